"""The gazetteer on disk: one SQLite file with a ``places`` table and a ``names`` index.

SQLite opens in microseconds, answers an indexed name look-up in tens of microseconds and
needs no memory beyond its page cache, so a process can open the gazetteer per task.
The file is written under a temporary name and renamed into place, so readers never see a
half-written gazetteer.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from geoevents.errors import GazetteerError
from geoevents.geocoding.names import name_key
from geoevents.geocoding.records import COLUMNS, Entry

__all__ = ["open_readonly", "write_store"]

_SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places(rid INTEGER PRIMARY KEY, {", ".join(
    c + (" REAL" if c in ("lat", "lon", "importance") else " INTEGER" if c == "population" else " TEXT")
    for c in COLUMNS)});
CREATE TABLE names(key TEXT NOT NULL, rid INTEGER NOT NULL, kind INTEGER NOT NULL,
                   PRIMARY KEY (key, rid)) WITHOUT ROWID;
CREATE TABLE vocab(name TEXT PRIMARY KEY) WITHOUT ROWID;
"""
VOCAB_MIN_POPULATION = 100_000
"""Cities this big, and every row that is not a city, are matched in text even where NER misses them."""
_INDEXES = """
CREATE UNIQUE INDEX places_id ON places(id);
CREATE INDEX places_country ON places(country_code, feature_type);
"""


def write_store(path: Path, entries: Iterable[Entry], meta: Mapping[str, str]) -> tuple[int, int]:
    """Write ``entries`` to a new SQLite file at ``path``; returns (rows, names)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    n_rows = n_names = 0
    try:
        with contextlib.closing(sqlite3.connect(tmp)) as db:
            db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            insert = f"INSERT INTO places(rid, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})"
            name_rows: list[tuple[str, int, int]] = []
            seen_ids: set[str] = set()
            vocab: set[str] = set()
            for entry in entries:
                if entry.id in seen_ids:
                    continue
                seen_ids.add(entry.id)
                n_rows += 1
                db.execute(insert, (n_rows, *entry.values()))
                best: dict[str, int] = {}
                for name, kind in entry.names or ((entry.name, 0),):
                    key = name_key(name)
                    if key and kind < best.get(key, 99):
                        best[key] = kind
                name_rows.extend((key, n_rows, kind) for key, kind in best.items())
                if entry.feature_type != "city" or entry.population >= VOCAB_MIN_POPULATION:
                    vocab.update(name for name, kind in entry.names if kind < 2 and len(name) > 1)
            name_rows.sort()
            db.executemany("INSERT INTO names VALUES (?, ?, ?)", name_rows)
            n_names = len(name_rows)
            db.executemany("INSERT INTO vocab VALUES (?)", sorted((v,) for v in vocab))
            db.executemany("INSERT INTO meta VALUES (?, ?)", sorted({**meta, "rows": str(n_rows)}.items()))
            db.executescript(_INDEXES + "ANALYZE;")
            db.commit()
        tmp.replace(path)
    except (sqlite3.Error, OSError) as err:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot write gazetteer {path}: {err}") from err
    return n_rows, n_names


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open a built gazetteer read-only (GazetteerError when it is missing or not one)."""
    if not path.is_file():
        raise GazetteerError(f"no gazetteer at {path}: run `geoevents gazetteer build`")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        db.execute("PRAGMA query_only=ON")
        db.execute("SELECT value FROM meta WHERE key = 'rows'").fetchone()
    except sqlite3.Error as err:
        raise GazetteerError(f"cannot open gazetteer {path}: {err}") from err
    return db
