"""The published dataset: hive-partitioned Parquet tables and ``_manifest.json``, read and written.

A commit builds the next version in a staging folder beside the root (unchanged files hardlinked,
changed partitions rewritten), then swaps it with the root in one ``renameat2`` exchange: a reader
sees the old version or the new one, never half a run, and a run killed at any point leaves the
published dataset as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from geoevents import CODER_VERSION
from geoevents.errors import DatasetError, SchemaMismatchError
from geoevents.fsutil import exchange_dirs, file_lock, fsync_dir, hardlink_tree, sha256_file
from geoevents.schema import SCHEMA_VERSION, TABLES, arrow_schema

__all__ = ["LOCK_NAME", "MANIFEST", "Dataset", "validate_table"]

log = logging.getLogger(__name__)
MANIFEST = "_manifest.json"
LOCK_NAME = ".geoevents.lock"
KEY_COLUMN = {"events": "event_id"}


def validate_table(name: str, table: pa.Table) -> pa.Table:
    """Cast a table to its contract schema; raise ``SchemaMismatchError`` when it does not fit."""
    schema = arrow_schema(name)
    if table.schema.names != schema.names:
        missing = set(schema.names) - set(table.schema.names)
        extra = set(table.schema.names) - set(schema.names)
        raise SchemaMismatchError(f"{name}: missing {sorted(missing)}, unexpected {sorted(extra)}")
    try:
        cast = table.cast(schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError) as err:
        raise SchemaMismatchError(f"{name}: {err}") from err
    for field in schema:
        if not field.nullable and cast.column(field.name).null_count:
            raise SchemaMismatchError(f"{name}.{field.name}: nulls in a non-nullable column")
    return cast


def _partition_of(name: str, table: pa.Table) -> pa.Table:
    """Year and month partition columns from the table's partition source."""
    col = table.column(TABLES[name].partition_source)
    if pa.types.is_timestamp(col.type):
        fallback = table.column("ingested_at") if name == "documents" else col
        col = pc.if_else(pc.is_null(col), fallback, col)
    return table.append_column("year", pc.year(col).cast(pa.int32())).append_column(
        "month", pc.month(col).cast(pa.int32()))


class Dataset:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- reading ------------------------------------------------------------------------------------
    def manifest(self) -> dict[str, Any]:
        path = self.root / MANIFEST
        if not path.is_file():
            return {}
        try:
            return dict(json.loads(path.read_text(encoding="utf-8")))
        except ValueError as err:
            raise DatasetError(f"{path} is not valid JSON: {err}") from err

    def table(self, name: str, *, columns: list[str] | None = None,
              filter: pc.Expression | None = None) -> pa.Table:
        """A whole table (or some columns / rows); an empty table of the right schema when absent."""
        schema = arrow_schema(name)
        path = self.root / name
        if not path.is_dir() or not any(path.rglob("*.parquet")):
            empty = schema.empty_table()
            return empty.select(columns) if columns else empty
        part = ds.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")
        dataset = ds.dataset(path, format="parquet", partitioning=part, schema=schema)
        return dataset.to_table(columns=columns or schema.names, filter=filter)

    # -- writing ------------------------------------------------------------------------------------
    @contextmanager
    def locked(self, *, timeout: float) -> Iterator[None]:
        """One writer at a time; also cleans what a killed run left beside the root."""
        self.root.parent.mkdir(parents=True, exist_ok=True)
        swap = self.root.with_name(self.root.name + ".swap")
        if not self.root.exists() and swap.exists():  # killed inside the two-rename fallback
            os.rename(swap, self.root)
        self.root.mkdir(parents=True, exist_ok=True)
        with file_lock(self.root / LOCK_NAME, timeout=timeout):
            for leftover in self.root.parent.glob(f".{self.root.name}.staging-*"):
                log.info("removing %s left by an interrupted run", leftover)
                shutil.rmtree(leftover, ignore_errors=True)
            yield

    def commit(self, *, run_id: str, appends: dict[str, pa.Table], upserts: dict[str, pa.Table],
               now: dt.datetime, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """Publish a new version: append rows to some tables, replace rows by key in others.

        Call inside ``locked()``. Returns the new manifest.
        """
        staging = self.root.parent / f".{self.root.name}.staging-{run_id}"
        shutil.rmtree(staging, ignore_errors=True)
        new_files: dict[Path, pa.Table] = {}
        skip: set[Path] = set()
        for name, table in appends.items():
            if table.num_rows:
                for rel, part in self._split(name, validate_table(name, table)):
                    new_files[Path(name) / rel / f"part-{run_id}.parquet"] = part
        for name, table in upserts.items():
            if not table.num_rows:
                continue
            key = KEY_COLUMN[name]
            for rel, part in self._split(name, validate_table(name, table)):
                old_dir = self.root / name / rel
                old_files = sorted(old_dir.glob("*.parquet")) if old_dir.is_dir() else []
                if old_files:
                    old = pa.concat_tables([pq.read_table(f, schema=arrow_schema(name)) for f in old_files])
                    keep = pc.invert(pc.is_in(old.column(key), value_set=part.column(key)))
                    part = pa.concat_tables([old.filter(keep), part])
                    skip.update(old_files)
                new_files[Path(name) / rel / f"part-{run_id}.parquet"] = part.sort_by(key)
        hardlink_tree(self.root, staging, skip=skip | {self.root / MANIFEST})
        for rel_path, part in new_files.items():
            dest = staging / rel_path
            dest.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(part, dest, compression="zstd", write_statistics=True)
            _fsync_file(dest)
        for name in TABLES:  # every table is a folder, even before its first row
            (staging / name).mkdir(parents=True, exist_ok=True)
        manifest = self._manifest(staging, run_id=run_id, now=now, extra=extra or {})
        tmp = staging / (MANIFEST + ".tmp")
        tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, staging / MANIFEST)
        _fsync_file(staging / MANIFEST)
        _fsync_dirs(staging)  # hardlinked files are already durable; new files were synced as written
        exchange_dirs(staging, self.root)
        shutil.rmtree(staging, ignore_errors=True)
        return manifest

    @staticmethod
    def _split(name: str, table: pa.Table) -> Iterator[tuple[str, pa.Table]]:
        with_parts = _partition_of(name, table)
        keys = with_parts.select(["year", "month"]).group_by(["year", "month"]).aggregate([])
        for year, month in zip(keys.column("year").to_pylist(), keys.column("month").to_pylist(), strict=True):
            mask = pc.and_(pc.equal(with_parts.column("year"), year), pc.equal(with_parts.column("month"), month))
            yield f"year={year}/month={month}", with_parts.filter(mask).drop_columns(["year", "month"])

    def _manifest(self, staging: Path, *, run_id: str, now: dt.datetime, extra: dict[str, Any]) -> dict[str, Any]:
        previous = self.manifest()
        known = {f["path"]: f for t in previous.get("tables", {}).values() for f in t.get("files", [])}
        tables: dict[str, Any] = {}
        for name in TABLES:
            files = []
            for path in sorted((staging / name).rglob("*.parquet")) if (staging / name).is_dir() else []:
                rel = path.relative_to(staging).as_posix()
                entry = known.get(rel)
                if entry is None or entry.get("bytes") != path.stat().st_size:
                    entry = {"path": rel, "rows": pq.ParquetFile(path).metadata.num_rows,
                             "bytes": path.stat().st_size, "sha256": sha256_file(path)}
                files.append(entry)
            tables[name] = {"rows": sum(f["rows"] for f in files), "files": files}
        runs = [*previous.get("runs", []), {"run_id": run_id, "finished_at": now.isoformat(), **extra}][-200:]
        return {"dataset": "geoevents", "schema_version": SCHEMA_VERSION, "coder_version": CODER_VERSION,
                "run_id": run_id, "updated_at": now.isoformat(), "tables": tables, "runs": runs}


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dirs(root: Path) -> None:
    for dirpath, _dirs, _files in os.walk(root):
        fsync_dir(Path(dirpath))
