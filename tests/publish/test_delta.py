"""Delta Lake export: same rows as the dataset, one commit per run, time travel, incremental re-export.

Snapshots are read back through the Delta log (``DeltaTable(...).file_uris()``) and DuckDB's Parquet
reader. (``DeltaTable.to_pyarrow_table()`` of deltalake 1.6 on partitioned tables aborts the Python
process at exit now and then, which would kill the test run, so the tests avoid it.)
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from deltalake import DeltaTable

from geoevents.dataset import Dataset
from geoevents.errors import DatasetError
from geoevents.publish.tableformat import RUN_KEY, delta_runs, export_delta
from geoevents.schema import TABLES, arrow_schema

from .conftest import RUNS, build_dataset


def _snapshot(path: Path, name: str, version: int | None = None) -> pa.Table:
    uris = DeltaTable(str(path), version=version).file_uris()
    if not uris:
        return arrow_schema(name).empty_table()
    columns = ", ".join(arrow_schema(name).names)
    query = f"SELECT {columns} FROM read_parquet($files, hive_partitioning = true)"
    table = duckdb.connect().sql(query, params={"files": uris}).to_arrow_table()
    return table.cast(arrow_schema(name))


def _key(name: str) -> list[tuple[str, str]]:
    key = {"events": "event_id", "mentions": "mention_id", "documents": "doc_id"}.get(name, "origin")
    return [(key, "ascending")]


def test_delta_tables_hold_the_same_rows_one_commit_per_run(dataset_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "delta"
    result = export_delta(dataset_root, out)
    assert result.runs_added == RUNS
    ds = Dataset(dataset_root)
    for name in TABLES:
        assert delta_runs(out / name) == list(RUNS)
        assert DeltaTable(str(out / name)).version() == len(RUNS) - 1
        mine = ds.table(name).sort_by(_key(name))
        assert _snapshot(out / name, name).sort_by(_key(name)).equals(mine), name
        partitions = {tuple(sorted(p.items())) for p in DeltaTable(str(out / name)).partitions()}
        assert all({k for k, _ in p} == {"year", "month"} for p in partitions)
    history = DeltaTable(str(out / "events")).history()
    assert [h[RUN_KEY] for h in sorted(history, key=lambda h: h["version"])] == list(RUNS)


def test_time_travel_shows_the_dataset_after_each_run(dataset_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "delta"
    export_delta(dataset_root, out)
    mentions_v0 = _snapshot(out / "mentions", "mentions", version=0)
    assert set(mentions_v0.column("run_id").to_pylist()) == {"run-a"}
    events_v0 = _snapshot(out / "events", "events", version=0)
    assert sorted(events_v0.column("action_geo_name").to_pylist()) == ["Kyiv", "Seoul", "Yellow Sea"]
    assert _snapshot(out / "events", "events", version=1).num_rows == 5
    assert _snapshot(out / "rejects", "rejects", version=0).num_rows == 2


def test_re_export_adds_only_new_runs(tmp_path: Path) -> None:
    root = build_dataset(tmp_path / "dataset", runs=RUNS[:1])
    out = tmp_path / "delta"
    assert export_delta(root, out).runs_added == RUNS[:1]
    assert export_delta(root, out).runs_added == ()  # nothing new: no commit
    assert DeltaTable(str(out / "events")).version() == 0
    build_dataset(root, runs=RUNS[1:])
    again = export_delta(root, out)
    assert again.runs_added == RUNS[1:]
    events = _snapshot(out / "events", "events").sort_by(_key("events"))
    assert events.equals(Dataset(root).table("events").sort_by(_key("events")))
    kyiv = events.filter(pa.compute.equal(events.column("action_geo_name"), "Kyiv"))
    assert kyiv.column("num_mentions").to_pylist() == [2]  # merged: updated by run-b, not duplicated
    assert _snapshot(out / "events", "events", version=0).num_rows == 3


def test_not_a_dataset_is_a_dataset_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError):
        export_delta(tmp_path / "empty", tmp_path / "delta")
