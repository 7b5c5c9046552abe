"""A real PostgreSQL server loads the four tables through the generated DDL and agrees with pyarrow."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.csv as pcsv
import pytest

from geoevents.dataset import Dataset
from geoevents.publish.ddl import generate_ddl
from geoevents.publish.formats import csv_ready
from geoevents.publish.tables import with_partitions
from geoevents.schema import TABLES

from . import pgserver
from .pgserver import pg_bin_or_skip, running_server


def test_missing_postgres_skips_with_a_stated_reason(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(pgserver, "PG_ROOT", tmp_path)
    with pytest.raises(pytest.skip.Exception, match="make postgres"):
        pg_bin_or_skip()


@pytest.mark.slow
def test_postgres_loads_the_tables_through_the_generated_ddl(dataset_root: Path, tmp_path: Path) -> None:
    ds = Dataset(dataset_root)
    csvs = {}
    for name in TABLES:
        path = tmp_path / f"{name}.csv"
        pcsv.write_csv(csv_ready(with_partitions(name, ds.table(name)), binary="postgres"), path)
        csvs[name] = path
    with running_server() as pg:
        pg.psql(stdin=generate_ddl("postgres"))
        for name, path in csvs.items():
            pg.psql("-c", f"\\copy {name} FROM '{path}' WITH (FORMAT csv, HEADER true)")
        for name in TABLES:
            assert int(pg.psql("-c", f"SELECT count(*) FROM {name}")) == ds.table(name).num_rows, name
        events = ds.table("events")
        assert int(pg.psql("-c", "SELECT sum(num_mentions) FROM events")) == pc.sum(
            events.column("num_mentions")).as_py()
        rows = pg.psql("-F", ",", "-c", "SELECT event_root_code, count(*) FROM events GROUP BY 1 ORDER BY 1")
        counts = pc.value_counts(events.column("event_root_code"))
        expected = dict(zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist(), strict=True))
        assert {k: int(v) for k, v in (line.split(",") for line in rows.split())} == expected
        # types survived the trip: dates, timestamps, bytea, booleans and text with quotes and tabs
        assert pg.psql("-c", "SELECT min(event_date)::text FROM events").strip() == "2023-10-31"
        assert pg.psql("-c", "SELECT count(*) FROM documents WHERE published_at IS NULL").strip() == "1"
        assert pg.psql("-c", "SELECT encode(minhash, 'hex') FROM documents LIMIT 1").strip() == bytes(range(8)).hex()
        assert pg.psql("-c", "SELECT count(*) FROM rejects WHERE detail LIKE E'%\\t%'").strip() == "1"
        assert pg.psql("-c", "SELECT count(*) FROM documents WHERE title LIKE '%\"talks are on\"%'").strip() == "1"
        described = pg.psql("-c", "SELECT col_description('events'::regclass, 1)")
        assert "Deterministic id" in described
