"""``geoevents validate``: check a dataset root against the data contract, check by check."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geoevents.dataset import MANIFEST, Dataset
from geoevents.errors import GeoeventsError
from geoevents.fsutil import sha256_file
from geoevents.publish.progress import ProgressHook, no_progress
from geoevents.publish.tables import day_of
from geoevents.schema import SCHEMA_VERSION, TABLES, arrow_schema

__all__ = ["Check", "ValidationReport", "validate_dataset"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Check:
    table: str
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class ValidationReport:
    root: Path
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]


def _same_fields(found: pa.Schema, expected: pa.Schema) -> str | None:
    """None when the schemas agree on names, types and nullability; else the first difference."""
    if found.names != expected.names:
        return f"columns {found.names} != contract {expected.names}"
    for have, want in zip(found, expected, strict=True):
        if have.type != want.type:
            return f"{want.name}: {have.type} != contract {want.type}"
        if have.nullable and not want.nullable:
            return f"{want.name}: nullable in the file, required by the contract"
    return None


def _rows(path: Path) -> int | None:
    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except (pa.ArrowException, OSError):
        return None


def _schema_difference(path: Path, expected: pa.Schema) -> str | None:
    try:
        found = pq.read_schema(path)
    except (pa.ArrowException, OSError) as err:
        return f"not readable Parquet ({err})"
    return _same_fields(found, expected)


class _Validator:
    def __init__(self, root: Path, progress: ProgressHook) -> None:
        self.root = root
        self.dataset = Dataset(root)
        self.progress = progress
        self.checks: list[Check] = []
        self.tables: dict[str, pa.Table] = {}

    def add(self, table: str, name: str, ok: bool, detail: str) -> None:
        self.checks.append(Check(table, name, ok, detail))
        if not ok:
            log.info("validate %s/%s failed: %s", table, name, detail)

    def manifest_files(self) -> None:
        try:
            manifest = self.dataset.manifest()
        except GeoeventsError as err:
            self.add("*", "manifest", False, str(err))
            return
        if not manifest:
            self.add("*", "manifest", False, f"no {MANIFEST} in {self.root}")
            return
        version = manifest.get("schema_version")
        self.add("*", "manifest", version == SCHEMA_VERSION,
                 f"schema version {version}" + ("" if version == SCHEMA_VERSION else f" != {SCHEMA_VERSION}"))
        entries = [(name, f) for name, t in manifest.get("tables", {}).items() for f in t.get("files", [])]
        problems: dict[str, list[str]] = {name: [] for name in TABLES}
        for i, (name, entry) in enumerate(entries):
            self.progress("checking file hashes", i, len(entries))
            path = self.root / entry["path"]
            if not path.is_file():
                problems.setdefault(name, []).append(f"{entry['path']} missing")
                continue
            if sha256_file(path) != entry.get("sha256"):
                problems.setdefault(name, []).append(f"{entry['path']} sha256 differs")
            rows = _rows(path)
            if rows is None:
                problems.setdefault(name, []).append(f"{entry['path']} is not readable Parquet")
            elif rows != entry.get("rows"):
                problems.setdefault(name, []).append(f"{entry['path']} has {rows} rows, manifest {entry.get('rows')}")
        self.progress("checking file hashes", len(entries), len(entries))
        listed = {e["path"] for _, e in entries}
        for name in TABLES:
            folder = self.root / name
            found = sorted(folder.rglob("*.parquet")) if folder.is_dir() else []
            on_disk = {p.relative_to(self.root).as_posix() for p in found}
            problems[name] += [f"{p} not in the manifest" for p in sorted(on_disk - listed)]
            n = sum(1 for t, _ in entries if t == name)
            rows = manifest.get("tables", {}).get(name, {}).get("rows", 0)
            self.add(name, "manifest files", not problems[name],
                     "; ".join(problems[name][:3]) or f"{n} files, {rows} rows, sha256 and row counts match")

    def schemas(self) -> None:
        for name in TABLES:
            expected = arrow_schema(name)
            folder = self.root / name
            files = sorted(folder.rglob("*.parquet")) if folder.is_dir() else []
            bad = [f"{f.relative_to(self.root).as_posix()}: {diff}" for f in files
                   if (diff := _schema_difference(f, expected)) is not None]
            self.add(name, "schema", not bad, bad[0] if bad else f"{len(files)} files match the contract")
            if bad:
                continue
            try:
                self.tables[name] = self.dataset.table(name)
            except (GeoeventsError, pa.ArrowException, OSError) as err:
                self.add(name, "readable", False, str(err))

    def columns(self) -> None:
        for name, table in self.tables.items():
            nulls = [f"{f.name} ({table.column(f.name).null_count})" for f in arrow_schema(name)
                     if not f.nullable and table.column(f.name).null_count]
            self.add(name, "non-null columns", not nulls,
                     "nulls in " + ", ".join(nulls) if nulls else f"{table.num_rows} rows, required columns filled")
            self._partitions(name)

    def _partitions(self, name: str) -> None:
        folder = self.root / name
        wrong = []
        for path in sorted(folder.rglob("*.parquet")) if folder.is_dir() else []:
            parts = dict(p.split("=", 1) for p in path.relative_to(folder).parts[:-1] if "=" in p)
            try:
                days = day_of(pq.read_table(path, schema=arrow_schema(name)), name)
            except (pa.ArrowException, OSError):
                wrong.append(path.relative_to(self.root).as_posix())
                continue
            years, months = pc.unique(pc.year(days)).to_pylist(), pc.unique(pc.month(days)).to_pylist()
            if years and (years != [int(parts.get("year", -1))] or months != [int(parts.get("month", -1))]):
                wrong.append(path.relative_to(self.root).as_posix())
        self.add(name, "partitions", not wrong,
                 f"rows outside their year/month folder in {', '.join(wrong[:3])}" if wrong
                 else f"rows sit in the year/month of {TABLES[name].partition_source}")

    def relations(self) -> None:
        events, mentions, documents = (self.tables.get(n) for n in ("events", "mentions", "documents"))
        if events is not None:
            ids = events.column("event_id")
            dupes = len(ids) - len(pc.unique(ids))
            self.add("events", "event_id unique", dupes == 0,
                     f"{dupes} duplicate event_id values" if dupes else f"{len(ids)} distinct ids")
        if events is not None and mentions is not None:
            self._contained("events", "every event has a mention", events.column("event_id"),
                            mentions.column("event_id"), "events without a mention")
            self._contained("mentions", "mentions point at events", mentions.column("event_id"),
                            events.column("event_id"), "mentions of unknown events")
        if mentions is not None and documents is not None:
            self._contained("mentions", "mentions point at documents", mentions.column("doc_id"),
                            documents.column("doc_id"), "mentions of unknown documents")

    def _contained(self, table: str, name: str, values: pa.ChunkedArray, within: pa.ChunkedArray,
                   what: str) -> None:
        missing = pc.invert(pc.is_in(values, value_set=pc.unique(within)))
        count = pc.sum(missing.cast(pa.int64())).as_py() or 0
        example = values.filter(missing)[0].as_py() if count else None
        self.add(table, name, count == 0, f"{count} {what}, e.g. {example}" if count else f"all {len(values)} ok")


_STEPS: tuple[Callable[[_Validator], None], ...] = (
    _Validator.manifest_files, _Validator.schemas, _Validator.columns, _Validator.relations)


def validate_dataset(root: Path, *, progress: ProgressHook = no_progress) -> ValidationReport:
    """Run every contract check on the dataset at ``root``; failures are reported, not raised."""
    validator = _Validator(Path(root), progress)
    for i, step in enumerate(_STEPS):
        progress("validating", i, len(_STEPS))
        step(validator)
    progress("validating", len(_STEPS), len(_STEPS))
    return ValidationReport(root=Path(root), checks=tuple(validator.checks))
