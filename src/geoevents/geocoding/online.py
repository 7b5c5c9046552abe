"""``make_geocoder(settings)``: the configured geocoder behind one call, rate-limited and cached.

``gazetteer`` (the default) is offline. ``nominatim``, ``photon`` and ``pelias`` are geopy's
own providers pointed at ``Settings.geocoder_url``; every call goes through geopy's
``RateLimiter`` (``Settings.geocoder_min_delay`` seconds apart) and a cache (in memory, and
in a SQLite file when ``cache_path`` is given), so a repeated name costs no request.
Adapter, clock and sleep are injectable: tests run with no network and no real waiting.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim, Pelias, Photon
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geoevents.errors import ConfigError
from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.geocoder import GazetteerGeocoder
from geoevents.settings import Settings

__all__ = ["PROVIDERS", "CachedGeocoder", "GeocodeCache", "make_geocoder"]

log = logging.getLogger(__name__)
USER_AGENT = "geoevents (research event dataset)"
PROVIDERS: dict[str, type[Geocoder]] = {"nominatim": Nominatim, "photon": Photon, "pelias": Pelias}


class GeocodeCache:
    """Answers by query: a dict, backed by a SQLite file when ``path`` is given."""

    def __init__(self, path: Path | None = None) -> None:
        self._memory: dict[str, list[dict[str, Any]] | None] = {}
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False)
            self._db.execute("CREATE TABLE IF NOT EXISTS answers(key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def get(self, key: str) -> tuple[bool, list[Location] | None]:
        """(found, locations)."""
        with self._lock:
            if key not in self._memory and self._db is not None:
                row = self._db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
                if row is not None:
                    self._memory[key] = json.loads(row[0])
            if key not in self._memory:
                return False, None
            value = self._memory[key]
        return True, None if value is None else [Location(v["address"], (v["lat"], v["lon"]), v["raw"])
                                                 for v in value]

    def put(self, key: str, locations: list[Location] | None) -> None:
        value = None if locations is None else [
            {"address": loc.address, "lat": loc.latitude, "lon": loc.longitude, "raw": loc.raw} for loc in locations]
        with self._lock:
            self._memory[key] = value
            if self._db is not None:
                self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (key, json.dumps(value)))
                self._db.commit()

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()


class CachedGeocoder:
    """A geopy geocoder behind a cache and (for online providers) a rate limiter."""

    def __init__(self, geocoder: Geocoder, *, min_delay: float = 0.0, cache: GeocodeCache | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        self.geocoder = geocoder
        self.cache = cache or GeocodeCache()
        self.calls = 0
        limiter = _Limiter(geocoder.geocode, min_delay_seconds=min_delay, max_retries=1,
                           error_wait_seconds=max(min_delay, 1.0), swallow_exceptions=False)
        limiter.clock, limiter.sleeper = clock, sleep
        self._limited = limiter

    def geocode(self, query: str, *, exactly_one: bool = True) -> Location | list[Location] | None:
        """Locations for ``query`` (cached; a miss waits its turn before asking the provider)."""
        key = f"{type(self.geocoder).__name__}:{query.strip().casefold()}"
        found, locations = self.cache.get(key)
        if not found:
            self.calls += 1
            answer = self._limited(query, exactly_one=False)
            locations = None if not answer else list(answer) if isinstance(answer, list) else [answer]
            self.cache.put(key, locations)
        if not locations:
            return None
        return locations[0] if exactly_one else locations


class _Limiter(RateLimiter):
    """geopy's RateLimiter with an injectable clock and sleep."""

    clock: Callable[[], float] = staticmethod(time.monotonic)
    sleeper: Callable[[float], None] = staticmethod(time.sleep)

    def _clock(self) -> float:
        return self.clock()

    def _sleep(self, seconds: float) -> None:
        self.sleeper(seconds)


def make_geocoder(
    settings: Settings, *, gazetteer: Gazetteer | None = None, adapter_factory: Callable[..., Any] | None = None,
    cache_path: Path | None = None, clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> CachedGeocoder:
    """The geocoder ``settings.geocoder`` names, cached and (online) rate-limited."""
    name = settings.geocoder.lower()
    if name == "gazetteer":
        return CachedGeocoder(GazetteerGeocoder(gazetteer, settings=settings), clock=clock, sleep=sleep)
    provider = PROVIDERS.get(name)
    if provider is None:
        raise ConfigError(f"unknown geocoder {settings.geocoder!r}: use gazetteer, {', '.join(PROVIDERS)}")
    options: dict[str, Any] = {"user_agent": USER_AGENT}
    if settings.geocoder_url:
        parts = urlsplit(settings.geocoder_url if "//" in settings.geocoder_url else f"https://{settings.geocoder_url}")
        options.update(domain=parts.netloc + parts.path.rstrip("/"), scheme=parts.scheme or "https")
    elif name == "pelias":
        raise ConfigError("the pelias geocoder needs GEOEVENTS_GEOCODER_URL (its host)")
    if adapter_factory is not None:
        options["adapter_factory"] = adapter_factory
    log.info("geocoder %s at %s, %.1fs between requests", name, options.get("domain", "default"),
             settings.geocoder_min_delay)
    return CachedGeocoder(provider(**options), min_delay=settings.geocoder_min_delay, cache=GeocodeCache(cache_path),
                          clock=clock, sleep=sleep)
