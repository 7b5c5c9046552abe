"""The writer: contract schemas, hive partitions, manifest, upserts, atomic exchange, the lock."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing as mp
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from geoevents.dataset import MANIFEST, Dataset, validate_table
from geoevents.errors import DatasetError, DatasetLockedError, SchemaMismatchError
from geoevents.fsutil import sha256_file
from geoevents.schema import arrow_schema

NOW = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)


def _event(event_id: str, day: dt.date, mentions: int) -> dict[str, object]:
    row: dict[str, object] = {name: None for name in arrow_schema("events").names}
    row.update(event_id=event_id, event_date=day, date_precision="day", event_code="042", event_base_code="042",
               event_root_code="04", quad_class=1, goldstein=1.9, num_mentions=mentions, num_sources=1,
               num_articles=1, first_doc_id="d1", confidence=0.9, coder_version="t", date_added=NOW,
               last_updated=NOW, actor1_code="USAGOV", actor2_code="KOR")
    return row


def _rejects(n: int) -> pa.Table:
    return pa.Table.from_pylist([{"origin": f"f{i}", "reason": "empty", "detail": "x", "run_id": "r",
                                  "rejected_at": NOW} for i in range(n)], schema=arrow_schema("rejects"))


def _commit_two_events(data: Dataset) -> None:
    """Version r1: events a (2023-11) and b (2024-01), two rejects."""
    events = pa.Table.from_pylist([_event("a", dt.date(2023, 11, 8), 1), _event("b", dt.date(2024, 1, 2), 1)],
                                  schema=arrow_schema("events"))
    with data.locked(timeout=5):
        data.commit(run_id="r1", appends={"rejects": _rejects(2)}, upserts={"events": events}, now=NOW)


def test_commit_partitions_manifest_and_upsert(tmp_path: Path) -> None:
    data = Dataset(tmp_path / "out")
    _commit_two_events(data)
    assert (data.root / "events/year=2023/month=11").is_dir() and (data.root / "events/year=2024/month=1").is_dir()
    manifest = json.loads((data.root / MANIFEST).read_text())
    assert manifest["tables"]["events"]["rows"] == 2 and manifest["tables"]["rejects"]["rows"] == 2
    for f in manifest["tables"]["events"]["files"]:
        assert sha256_file(data.root / f["path"]) == f["sha256"]
    untouched = data.root / manifest["tables"]["events"]["files"][1]["path"]
    inode = untouched.stat().st_ino
    again = pa.Table.from_pylist([_event("a", dt.date(2023, 11, 8), 3)], schema=arrow_schema("events"))
    with data.locked(timeout=5):
        data.commit(run_id="r2", appends={"rejects": _rejects(1)}, upserts={"events": again}, now=NOW)
    table = ds.dataset(data.root / "events", format="parquet", partitioning="hive").to_table()
    rows = {r["event_id"]: r["num_mentions"] for r in table.to_pylist()}
    assert rows == {"a": 3, "b": 1}
    assert untouched.stat().st_ino == inode  # only the affected partition was rewritten
    assert data.table("rejects").num_rows == 3
    assert not list(tmp_path.glob(".out.staging-*"))


def test_validate_rejects_wrong_tables() -> None:
    with pytest.raises(SchemaMismatchError):
        validate_table("rejects", pa.table({"origin": ["x"]}))
    loose = pa.schema([f.with_nullable(True) for f in arrow_schema("rejects")])
    bad = pa.Table.from_pylist([{"origin": None, "reason": "r", "detail": "d", "run_id": "r", "rejected_at": NOW}],
                               schema=loose)
    with pytest.raises(SchemaMismatchError):
        validate_table("rejects", bad)


def _hold_lock(root: str, ready: mp.synchronize.Event, seconds: float) -> None:  # type: ignore[name-defined]
    with Dataset(Path(root)).locked(timeout=5):
        ready.set()
        time.sleep(seconds)


def test_second_writer_waits_then_times_out(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_hold_lock, args=(str(tmp_path / "out"), ready, 3.0))
    proc.start()
    try:
        assert ready.wait(30)
        with pytest.raises(DatasetLockedError), Dataset(tmp_path / "out").locked(timeout=0.5):
            pass
    finally:
        proc.join(30)
    with Dataset(tmp_path / "out").locked(timeout=5):  # released when its holder ended
        pass


def test_lock_is_released_when_holder_is_killed(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_hold_lock, args=(str(tmp_path / "out"), ready, 60.0))
    proc.start()
    assert ready.wait(30)
    proc.kill()
    proc.join(10)
    with Dataset(tmp_path / "out").locked(timeout=5):
        pass


def _digest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): sha256_file(p) for p in sorted(root.rglob("*")) if p.is_file()}


def test_staged_version_streams_batches_and_publishes_once(tmp_path: Path) -> None:
    data = Dataset(tmp_path / "out")
    _commit_two_events(data)
    published = _digest(data.root)
    with data.locked(timeout=5), data.begin(run_id="r2", now=NOW) as version:
        for _batch in range(3):  # three appends: three new files, nothing held back in memory
            version.append("rejects", _rejects(2))
        version.upsert("events", pa.Table.from_pylist([_event("a", dt.date(2023, 11, 8), 5),
                                                       _event("c", dt.date(2023, 11, 9), 1)],
                                                      schema=arrow_schema("events")))
        assert _digest(data.root) == published  # nothing visible before publish, published inodes untouched
        assert len(version.new_files("rejects")) == 3
        manifest = version.publish(extra={"note": "x"})
    assert manifest["tables"]["rejects"]["rows"] == 8 and data.table("rejects").num_rows == 8
    rows = {r["event_id"]: r["num_mentions"] for r in data.table("events").to_pylist()}
    assert rows == {"a": 5, "b": 1, "c": 1}
    november = sorted((data.root / "events/year=2023/month=11").glob("*.parquet"))
    assert len(november) == 1  # the upserted partition was rewritten as one file, sorted by key
    assert ds.dataset(november[0], format="parquet").to_table().column("event_id").to_pylist() == ["a", "c"]
    listed = {f["path"]: f for t in manifest["tables"].values() for f in t["files"]}
    assert set(listed) == {p.relative_to(data.root).as_posix() for p in data.root.rglob("*.parquet")}
    for rel, entry in listed.items():
        assert sha256_file(data.root / rel) == entry["sha256"]
    assert manifest["runs"][-1]["note"] == "x"
    assert not list(tmp_path.glob(".out.staging-*"))


def test_unpublished_version_leaves_the_dataset_as_it_was(tmp_path: Path) -> None:
    data = Dataset(tmp_path / "out")
    events = pa.Table.from_pylist([_event("a", dt.date(2023, 11, 8), 1)], schema=arrow_schema("events"))
    with data.locked(timeout=5):
        data.commit(run_id="r1", appends={"rejects": _rejects(1)}, upserts={"events": events}, now=NOW)
    before = _digest(data.root)
    with pytest.raises(RuntimeError), data.locked(timeout=5), data.begin(run_id="r2", now=NOW) as version:
        version.append("rejects", _rejects(3))
        version.upsert("events", pa.Table.from_pylist([_event("a", dt.date(2023, 11, 8), 9)],
                                                      schema=arrow_schema("events")))
        raise RuntimeError("killed")
    assert _digest(data.root) == before
    assert not list(tmp_path.glob(".out.staging-*"))


def test_a_published_run_id_is_refused(tmp_path: Path) -> None:
    data = Dataset(tmp_path / "out")
    with data.locked(timeout=5):
        data.commit(run_id="r1", appends={"rejects": _rejects(1)}, upserts={}, now=NOW)
        before = _digest(data.root)
        with pytest.raises(DatasetError, match="r1"):
            data.begin(run_id="r1", now=NOW)
    assert _digest(data.root) == before
