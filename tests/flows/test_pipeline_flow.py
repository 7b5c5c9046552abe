"""The Prefect flow end to end on our own samples, under the Prefect test harness."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tests.conftest import SAMPLES

TABLES = ("events", "mentions", "documents", "rejects")


def _read(root: Path, name: str) -> list[dict[str, object]]:
    return ds.dataset(root / name, format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Path:
    from flows.pipeline import geoevents_pipeline

    out = tmp_path_factory.mktemp("flow") / "dataset"
    summary = geoevents_pipeline(inputs=[str(SAMPLES)], output=str(out))
    assert summary["documents"] > 0
    return out


def test_flow_writes_the_four_tables_and_manifest(built: Path) -> None:
    manifest = json.loads((built / "_manifest.json").read_text())
    for name in TABLES:
        assert (built / name).is_dir(), name
        assert manifest["tables"][name]["rows"] == len(_read(built, name))
    docs, rejects = _read(built, "documents"), _read(built, "rejects")
    wire = (SAMPLES / "jsonl" / "wire.jsonl").read_text().splitlines()
    inputs = len(wire) + len((SAMPLES / "metadata.jsonl").read_text().splitlines())
    assert len(docs) + len(rejects) == inputs  # nothing is lost
    events, mentions = _read(built, "events"), _read(built, "mentions")
    assert len(events) >= 20
    assert {m["event_id"] for m in mentions} == {e["event_id"] for e in events}
    assert len({e["event_root_code"] for e in events}) >= 8


def test_evidence_spans_slice_the_sentence(built: Path) -> None:
    mentions = _read(built, "mentions")
    assert mentions
    for m in mentions:
        s = m["sentence"]
        for field in ("actor1", "actor2", "action", "geo", "date"):
            start, end = m[f"{field}_start"], m[f"{field}_end"]
            if start is not None:
                assert 0 <= start < end <= len(s), (field, m)
        if m["date_start"] is not None:
            assert s[m["date_start"]:m["date_end"]] == m["date_raw"]


def test_rerun_adds_nothing(built: Path, tmp_path: Path, prefect_harness: None) -> None:
    from flows.pipeline import geoevents_pipeline

    copy = tmp_path / "dataset"
    shutil.copytree(built, copy)
    before = {n: len(_read(copy, n)) for n in ("events", "mentions", "documents")}
    summary = geoevents_pipeline(inputs=[str(SAMPLES)], output=str(copy))
    after = {n: len(_read(copy, n)) for n in ("events", "mentions", "documents")}
    assert after == before
    assert summary["documents"] == 0 and summary["mentions"] == 0
    assert summary["rejects_by_reason"].get("duplicate", 0) == before["documents"]
