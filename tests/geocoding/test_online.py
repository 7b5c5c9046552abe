"""make_geocoder: online providers through geopy, rate-limited and cached, tested with a fake adapter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from geopy.adapters import BaseSyncAdapter
from geopy.geocoders import Nominatim, Photon

from geoevents.errors import ConfigError
from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.geocoder import GazetteerGeocoder
from geoevents.geocoding.online import make_geocoder
from geoevents.settings import Settings

REQUESTS: list[str] = []


class FakeAdapter(BaseSyncAdapter):
    """Answers like a Nominatim server, without a network."""

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        REQUESTS.append(url)
        return [{"lat": "37.0906", "lon": "127.0296", "display_name": "Osan Air Base, Pyeongtaek, South Korea",
                 "place_id": 1}]

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        raise AssertionError("not used")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_nominatim_through_the_factory_is_rate_limited_and_cached(tmp_path: Path) -> None:
    REQUESTS.clear()
    clock = FakeClock()
    settings = Settings(geocoder="nominatim", geocoder_url="http://127.0.0.1:8080", geocoder_min_delay=2.0)
    geocoder = make_geocoder(settings, adapter_factory=FakeAdapter, cache_path=tmp_path / "cache.sqlite",
                             clock=clock, sleep=clock.sleep)
    assert isinstance(geocoder.geocoder, Nominatim)
    first = geocoder.geocode("Osan Air Base")
    assert first is not None and not isinstance(first, list) and first.latitude == pytest.approx(37.0906)
    assert REQUESTS[0].startswith("http://127.0.0.1:8080/search")
    geocoder.geocode("osan air base ")  # the same name: from the cache
    geocoder.geocode("Camp Humphreys")  # a new name: waits its turn
    assert len(REQUESTS) == 2 and geocoder.calls == 2
    assert clock.slept == [pytest.approx(2.0)]
    again = make_geocoder(settings, adapter_factory=FakeAdapter, cache_path=tmp_path / "cache.sqlite",
                          clock=clock, sleep=clock.sleep)
    assert again.geocode("Osan Air Base") is not None and len(REQUESTS) == 2  # disk cache


def test_photon_and_the_offline_default(tiny_gazetteer: Gazetteer) -> None:
    photon = make_geocoder(Settings(geocoder="photon", geocoder_url="127.0.0.1:2322"), adapter_factory=FakeAdapter)
    assert isinstance(photon.geocoder, Photon) and photon.geocoder.domain == "127.0.0.1:2322"
    offline = make_geocoder(Settings(), gazetteer=tiny_gazetteer)
    assert isinstance(offline.geocoder, GazetteerGeocoder)
    seoul = offline.geocode("Seoul")
    assert seoul is not None and not isinstance(seoul, list) and seoul.raw["country_code"] == "KOR"


def test_unknown_or_incomplete_settings_are_config_errors() -> None:
    with pytest.raises(ConfigError):
        make_geocoder(Settings(geocoder="mapquest"))
    with pytest.raises(ConfigError):
        make_geocoder(Settings(geocoder="pelias"))
