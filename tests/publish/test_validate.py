"""``validate_dataset``: a good dataset passes every check; each kind of damage fails the right one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geoevents.publish.validate import ValidationReport, validate_dataset
from geoevents.schema import arrow_schema


def _failed(report: ValidationReport) -> set[tuple[str, str]]:
    return {(c.table, c.name) for c in report.failures}


def _rewrite(path: Path, table: pa.Table) -> None:
    pq.write_table(table, path)


def test_fixture_dataset_passes_every_check(dataset_root: Path) -> None:
    report = validate_dataset(dataset_root)
    assert report.ok, report.failures
    names = {c.name for c in report.checks}
    assert {"manifest", "manifest files", "schema", "non-null columns", "partitions", "event_id unique",
            "every event has a mention", "mentions point at events", "mentions point at documents"} <= names


def test_progress_hook_is_called(dataset_root: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    validate_dataset(dataset_root, progress=lambda step, done, total: calls.append((step, done, total)))
    assert ("validating", 4, 4) in calls and any(step == "checking file hashes" for step, _, _ in calls)


def test_tampered_file_fails_the_manifest_check(dataset_copy: Path) -> None:
    path = next((dataset_copy / "rejects").rglob("*.parquet"))
    table = pq.read_table(path, schema=arrow_schema("rejects"))
    _rewrite(path, table.slice(0, 1))
    assert ("rejects", "manifest files") in _failed(validate_dataset(dataset_copy))


def test_missing_manifest_and_unlisted_file(dataset_copy: Path) -> None:
    extra = next((dataset_copy / "events").rglob("*.parquet"))
    shutil.copy(extra, extra.with_name("part-stray.parquet"))
    failed = _failed(validate_dataset(dataset_copy))
    assert ("events", "manifest files") in failed and ("events", "event_id unique") in failed
    (dataset_copy / "_manifest.json").unlink()
    assert ("*", "manifest") in _failed(validate_dataset(dataset_copy))


def test_schema_drift_is_reported(dataset_copy: Path) -> None:
    path = next((dataset_copy / "documents").rglob("*.parquet"))
    table = pq.read_table(path)
    _rewrite(path, table.set_column(table.schema.get_field_index("n_chars"), "n_chars",
                                    table.column("n_chars").cast(pa.int32())))
    report = validate_dataset(dataset_copy)
    assert ("documents", "schema") in _failed(report)
    assert any("n_chars" in c.detail for c in report.failures)


def test_event_without_mention_and_mention_of_unknown_document(dataset_copy: Path) -> None:
    for path in (dataset_copy / "mentions").rglob("*.parquet"):
        table = pq.read_table(path, schema=arrow_schema("mentions"))
        doc = table.column("doc_id")
        table = table.set_column(table.schema.get_field_index("doc_id"), table.schema.field("doc_id"),
                                 pc.if_else(pc.equal(table.column("sentence_index"), 0), "0" * 64, doc))
        if "month=12" in str(path):
            table = table.slice(0, 0)
        _rewrite(path, table)
    failed = _failed(validate_dataset(dataset_copy))
    assert ("events", "every event has a mention") in failed
    assert ("mentions", "mentions point at documents") in failed
    assert ("mentions", "mentions point at events") not in failed


def test_wrong_partition_and_schema_version(dataset_copy: Path) -> None:
    src = next((dataset_copy / "rejects" / "year=2023").glob("month=12/*.parquet"))
    dest = dataset_copy / "rejects" / "year=2023" / "month=11" / "part-moved.parquet"
    shutil.move(src, dest)
    manifest = json.loads((dataset_copy / "_manifest.json").read_text())
    manifest["schema_version"] = "0.9.0"
    (dataset_copy / "_manifest.json").write_text(json.dumps(manifest))
    failed = _failed(validate_dataset(dataset_copy))
    assert ("rejects", "partitions") in failed and ("*", "manifest") in failed
