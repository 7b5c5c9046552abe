"""Read access to the built gazetteer: candidates by name, rows by id, countries by ISO code."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geoevents.errors import GazetteerError
from geoevents.geocoding.build import ensure_gazetteer
from geoevents.geocoding.names import name_key
from geoevents.geocoding.records import COLUMNS
from geoevents.geocoding.store import open_readonly
from geoevents.settings import Settings

__all__ = ["Candidate", "Gazetteer", "Row"]

log = logging.getLogger(__name__)
MAX_CANDIDATES = 60
_CACHE_LIMIT = 200_000
_SELECT = f"SELECT {', '.join('p.' + c for c in COLUMNS)}"


@dataclass(frozen=True, slots=True)
class Row:
    """One gazetteer row (``COLUMNS``)."""

    id: str
    name: str
    feature_type: str
    feature_code: str
    country_code: str | None
    country_code2: str | None
    admin1: str | None
    adm1_code: str | None
    adm1: str | None
    lat: float
    lon: float
    population: int
    coord_source: str
    source: str
    importance: float

    def as_dict(self) -> dict[str, Any]:
        """The row as a plain dict (what ``Location.raw`` and ``Place.raw`` carry), in ``COLUMNS`` order.

        Built field by field: every value is an immutable scalar, so no deep copy is needed.
        """
        return {
            "id": self.id, "name": self.name, "feature_type": self.feature_type, "feature_code": self.feature_code,
            "country_code": self.country_code, "country_code2": self.country_code2, "admin1": self.admin1,
            "adm1_code": self.adm1_code, "adm1": self.adm1, "lat": self.lat, "lon": self.lon,
            "population": self.population, "coord_source": self.coord_source, "source": self.source,
            "importance": self.importance,
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """A row found under a name, and how it was named (``NameKind``)."""

    row: Row
    kind: int


class Gazetteer:
    """A read-only gazetteer file. Safe to share between threads (look-ups are serialized)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = open_readonly(path)
        self._lock = threading.Lock()
        self._by_key: dict[str, tuple[Candidate, ...]] = {}
        self._countries: dict[str, Row] | None = None

    @classmethod
    def open(cls, settings: Settings) -> Gazetteer:
        """Open the gazetteer for ``settings``, building it first if it is missing or stale."""
        return cls(ensure_gazetteer(settings))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise GazetteerError(f"gazetteer query failed ({self.path}): {err}") from err

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Rows named ``name`` (any of their names), most important first."""
        return self.lookup_key(name_key(name))

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        """Rows under an already normalized key (see ``names.name_key``)."""
        found = self._by_key.get(key)
        if found is None:
            rows = self._query(
                f"{_SELECT}, n.kind FROM names n JOIN places p ON p.rid = n.rid WHERE n.key = ? "
                "ORDER BY n.kind > 1, p.importance DESC, p.population DESC LIMIT ?", (key, MAX_CANDIDATES))
            found = tuple(Candidate(Row(*r[:-1]), int(r[-1])) for r in rows)
            if len(self._by_key) >= _CACHE_LIMIT:
                self._by_key.clear()
            self._by_key[key] = found
        return found

    def lookup_prefix(self, key: str, feature_types: tuple[str, ...]) -> tuple[Candidate, ...]:
        """Rows of these types with a name that starts with the words of ``key`` ("osan" -> Osan Air Base)."""
        if not key or not feature_types:
            return ()
        marks = ", ".join("?" * len(feature_types))
        rows = self._query(
            f"{_SELECT}, n.kind FROM names n JOIN places p ON p.rid = n.rid WHERE n.key > ? AND n.key < ? "
            f"AND p.feature_type IN ({marks}) ORDER BY p.importance DESC LIMIT ?",
            (key + " ", key + " \uffff", *feature_types, MAX_CANDIDATES))
        return tuple(Candidate(Row(*r[:-1]), max(int(r[-1]), 1)) for r in rows)

    def has_key(self, key: str) -> bool:
        """Whether any row is named by ``key``."""
        return bool(self.lookup_key(key))

    def by_id(self, ident: str) -> Row | None:
        """The row with this id (``geonames:1835848``, a curated id ...)."""
        rows = self._query(f"{_SELECT} FROM places p WHERE p.id = ?", (ident,))
        return Row(*rows[0]) if rows else None

    def country(self, iso3: str) -> Row | None:
        """The country row of an ISO alpha-3 code."""
        if self._countries is None:
            rows = self._query(f"{_SELECT} FROM places p WHERE p.feature_type = 'country'", ())
            self._countries = {r[4]: Row(*r) for r in rows if r[4]}
        return self._countries.get(iso3.upper())

    def vocabulary(self) -> list[str]:
        """Surface names always matched in text: every non-city row's names, and big cities'."""
        return [r[0] for r in self._query("SELECT name FROM vocab", ())]

    def info(self) -> dict[str, Any]:
        """Path, build metadata and row counts by feature type and coordinate source."""
        meta = dict(self._query("SELECT key, value FROM meta", ()))
        types = dict(self._query("SELECT feature_type, count(*) FROM places GROUP BY 1 ORDER BY 2 DESC", ()))
        coords = dict(self._query("SELECT coord_source, count(*) FROM places GROUP BY 1 ORDER BY 2 DESC", ()))
        n_names = self._query("SELECT count(*) FROM names", ())[0][0]
        return {"path": str(self.path), "size_bytes": self.path.stat().st_size, **meta, "names": n_names,
                "feature_types": types, "coord_sources": coords}
