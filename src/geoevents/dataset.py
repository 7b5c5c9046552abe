"""The published dataset: hive-partitioned Parquet tables and ``_manifest.json``, read and written.

A new version is built in a staging folder beside the root (``Dataset.begin``): the current tree is
hardlinked into it, rows are appended as they come (each append writes new files, so memory holds
one batch, not the run), upserts rewrite the partitions they touch, and ``publish`` writes the
manifest, fsyncs and swaps the folder with the root in one ``renameat2`` exchange. A reader sees the
old version or the new one, never half a run, and a run killed at any point leaves the published
dataset as it was (the next ``locked()`` removes the staging folder it left).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import os
import shutil
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from geoevents import CODER_VERSION
from geoevents.errors import DatasetError, SchemaMismatchError
from geoevents.fsutil import exchange_dirs, file_lock, fsync_dir, hardlink_tree, sha256_file
from geoevents.schema import SCHEMA_VERSION, TABLES, arrow_schema

__all__ = ["LOCK_NAME", "MANIFEST", "Dataset", "StagedVersion", "validate_table"]

log = logging.getLogger(__name__)
MANIFEST = "_manifest.json"
LOCK_NAME = ".geoevents.lock"
KEY_COLUMN = {"events": "event_id"}
_PARTITIONING = ds.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")


def validate_table(name: str, table: pa.Table) -> pa.Table:
    """Cast a table to its contract schema; raise ``SchemaMismatchError`` when it does not fit."""
    schema = arrow_schema(name)
    if table.schema.names != schema.names:
        missing = set(schema.names) - set(table.schema.names)
        extra = set(table.schema.names) - set(schema.names)
        raise SchemaMismatchError(f"{name}: missing {sorted(missing)}, unexpected {sorted(extra)}")
    try:
        cast = table if table.schema.equals(schema, check_metadata=True) else table.cast(schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError) as err:
        raise SchemaMismatchError(f"{name}: {err}") from err
    for field in schema:
        if not field.nullable and cast.column(field.name).null_count:
            raise SchemaMismatchError(f"{name}.{field.name}: nulls in a non-nullable column")
    return cast


def with_partition(name: str, table: pa.Table) -> pa.Table:
    """The table with its ``year`` and ``month`` partition columns (from the table's partition source)."""
    col = table.column(TABLES[name].partition_source)
    if pa.types.is_timestamp(col.type):
        fallback = table.column("ingested_at") if name == "documents" else col
        col = pc.if_else(pc.is_null(col), fallback, col)
    return table.append_column("year", pc.year(col).cast(pa.int32())).append_column(
        "month", pc.month(col).cast(pa.int32()))


def partition_slices(table: pa.Table) -> Iterator[tuple[str, pa.Table]]:
    """Each partition's rows (``year=Y/month=M``, slice): one stable sort by (year, month), rows keep their order."""
    ym = (table.column("year").to_numpy().astype(np.int64) * 100 + table.column("month").to_numpy()).astype(np.int64)
    if len(ym) > 1 and bool(np.any(ym[1:] < ym[:-1])):
        order = np.argsort(ym, kind="stable")
        table, ym = table.take(pa.array(order)), ym[order]
    cuts = [0, *(np.flatnonzero(np.diff(ym)) + 1).tolist(), len(ym)]
    for a, b in itertools.pairwise(cuts):
        if b > a:
            y, m = divmod(int(ym[a]), 100)
            yield f"year={y}/month={m}", table.slice(a, b - a)


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
        return read_table(self.root / name, name, columns=columns, filter=filter)

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

    def begin(self, *, run_id: str, now: dt.datetime) -> StagedVersion:
        """Start the next version (call inside ``locked()``): append and upsert into it, then ``publish``."""
        return StagedVersion(self, run_id=run_id, now=now)

    def commit(self, *, run_id: str, appends: dict[str, pa.Table], upserts: dict[str, pa.Table],
               now: dt.datetime, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """Publish a new version in one call: append rows to some tables, replace rows by key in others.

        Call inside ``locked()``. Returns the new manifest.
        """
        with self.begin(run_id=run_id, now=now) as version:
            for name, table in appends.items():
                version.append(name, table)
            for name, table in upserts.items():
                version.upsert(name, table)
            return version.publish(extra=extra)


def read_table(path: Path, name: str, *, columns: list[str] | None = None,
               filter: pc.Expression | None = None) -> pa.Table:
    """Table ``name`` stored under ``path`` (a table folder); empty with the contract schema when absent."""
    schema = arrow_schema(name)
    if not path.is_dir() or not any(path.rglob("*.parquet")):
        empty = schema.empty_table()
        return empty.select(columns) if columns else empty
    dataset = ds.dataset(path, format="parquet", partitioning=_PARTITIONING, schema=schema)
    return dataset.to_table(columns=columns or schema.names, filter=filter)


class StagedVersion:
    """The next version of a dataset, built beside its root and published with one directory exchange.

    ``append`` validates a batch and writes it as new files (one per partition it touches), hashed and
    fsynced in the background; ``upsert`` replaces rows by key in the partitions it touches (the old
    files leave the staging tree; the published ones are untouched). ``scratch`` is a folder for the
    caller's temporary files, removed with the staging folder. Leaving the ``with`` block without
    ``publish`` (an error) discards everything.
    """

    def __init__(self, dataset: Dataset, *, run_id: str, now: dt.datetime) -> None:
        self.dataset, self.run_id, self.now = dataset, run_id, now
        root = dataset.root
        self.path = root.parent / f".{root.name}.staging-{run_id}"
        self.scratch = root.parent / f".{root.name}.staging-{run_id}.scratch"
        if any(r.get("run_id") == run_id for r in dataset.manifest().get("runs", [])):
            raise DatasetError(f"run id {run_id} is already published in {root}")
        for stale in (self.path, self.scratch):
            if stale.exists():
                log.info("removing %s left by an earlier attempt of run %s", stale, run_id)
                shutil.rmtree(stale)
        linked = hardlink_tree(root, self.path, skip={root / MANIFEST})
        if any(p.name.startswith(f"part-{run_id}-") for p in linked):
            shutil.rmtree(self.path, ignore_errors=True)
            raise DatasetError(f"run id {run_id} already wrote files in {root}")
        self.scratch.mkdir(parents=True)
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="geoevents-seal")
        self._new: dict[str, tuple[int, int, Future[str]]] = {}  # rel path -> rows, bytes, sha256
        self._seq = 0
        self._done = False

    def __enter__(self) -> StagedVersion:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self._done:
            self.discard()

    # -- building -----------------------------------------------------------------------------------
    def append(self, name: str, table: pa.Table) -> None:
        """Add rows to table ``name`` (new files in the partitions the rows fall in)."""
        if table.num_rows:
            self._write(name, with_partition(name, validate_table(name, table)))

    def upsert(self, name: str, table: pa.Table) -> None:
        """Replace rows of table ``name`` by key (insert the new ones); each touched partition is rewritten."""
        if not table.num_rows:
            return
        key = KEY_COLUMN[name]
        schema = arrow_schema(name)
        parts: list[pa.Table] = []
        replaced: list[Path] = []
        table = with_partition(name, validate_table(name, table))
        ym = pc.add(pc.multiply(table.column("year").cast(pa.int64()), 100), table.column("month").cast(pa.int64()))
        order = pc.sort_indices(pa.table({"ym": ym, "key": table.column(key)}),
                                sort_keys=[("ym", "ascending"), ("key", "ascending")])
        for rel, part in partition_slices(table.take(order)):  # one gather: by partition, then by key
            folder = self.path / name / rel
            old_files = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
            if old_files:
                old = pa.concat_tables([pq.read_table(f, schema=schema) for f in old_files])
                old = old.filter(pc.invert(pc.is_in(old.column(key), value_set=part.column(key))))
                part = with_partition(name, pa.concat_tables([old, part.drop_columns(["year", "month"])]).sort_by(key))
                replaced += old_files
            parts.append(part)
        self._write(name, pa.concat_tables(parts))
        for path in replaced:  # a staged link (or this run's own file): the published inode stays as it is
            self._new.pop(path.relative_to(self.path).as_posix(), None)
            path.unlink()

    def _write(self, name: str, table: pa.Table) -> None:
        """Write a table with partition columns as new Parquet files, then hash and fsync them in the background."""
        written: list[tuple[str, int, int]] = []
        self._seq += 1
        ds.write_dataset(table, self.path / name, format="parquet", partitioning=_PARTITIONING,
                         file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"),
                         basename_template=f"part-{self.run_id}-{self._seq:05d}-{{i}}.parquet",
                         existing_data_behavior="overwrite_or_ignore",  # names are new: run id + sequence
                         max_partitions=100_000, preserve_order=True,
                         file_visitor=lambda f: written.append((f.path, f.metadata.num_rows, f.size)))
        for path, rows, size in written:
            rel = Path(path).relative_to(self.path).as_posix()
            self._new[rel] = (rows, size, self._pool.submit(_seal, Path(path)))

    def new_files(self, name: str) -> list[Path]:
        """The files of table ``name`` written by this version so far."""
        return sorted(self.path / rel for rel in self._new if rel.startswith(f"{name}/"))

    # -- finishing ----------------------------------------------------------------------------------
    def publish(self, *, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """Write the manifest, make everything durable and swap the new version in. Returns the manifest."""
        for name in TABLES:  # every table is a folder, even before its first row
            (self.path / name).mkdir(parents=True, exist_ok=True)
        manifest = self._manifest(extra or {})
        tmp = self.path / (MANIFEST + ".tmp")
        tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path / MANIFEST)
        _seal(self.path / MANIFEST)
        for dirpath, _dirs, _files in os.walk(self.path):  # linked files are durable; new ones were sealed
            fsync_dir(Path(dirpath))
        exchange_dirs(self.path, self.dataset.root)
        self._done = True
        self._close()
        return manifest

    def discard(self) -> None:
        """Drop the staging folder; the published dataset is left as it is."""
        self._done = True
        self._close()

    def _close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.path, ignore_errors=True)  # after a swap: the previous version
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _manifest(self, extra: dict[str, Any]) -> dict[str, Any]:
        previous = self.dataset.manifest()
        known = {f["path"]: f for t in previous.get("tables", {}).values() for f in t.get("files", [])}
        tables: dict[str, Any] = {}
        for name in TABLES:
            files = []
            for path in sorted((self.path / name).rglob("*.parquet")):
                rel = path.relative_to(self.path).as_posix()
                if rel in self._new:
                    rows, size, digest = self._new[rel]
                    entry = {"path": rel, "rows": rows, "bytes": size, "sha256": digest.result()}
                else:
                    entry = known.get(rel) or {}
                    if entry.get("bytes") != path.stat().st_size:
                        entry = {"path": rel, "rows": pq.ParquetFile(path).metadata.num_rows,
                                 "bytes": path.stat().st_size, "sha256": sha256_file(path)}
                files.append(entry)
            tables[name] = {"rows": sum(f["rows"] for f in files), "files": files}
        runs = [*previous.get("runs", []), {"run_id": self.run_id, "finished_at": self.now.isoformat(), **extra}][-200:]
        return {"dataset": "geoevents", "schema_version": SCHEMA_VERSION, "coder_version": CODER_VERSION,
                "run_id": self.run_id, "updated_at": self.now.isoformat(), "tables": tables, "runs": runs}


def _seal(path: Path) -> str:
    """fsync a new file and return its sha256 (read back from the page cache)."""
    digest = sha256_file(path)
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return digest
