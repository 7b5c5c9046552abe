"""``geoevents export``: researcher bundles (zip or folder) and Delta Lake copies of a dataset.

A bundle holds ``data/<format>/<table>.<ext>`` for the chosen formats, ``datapackage.json``,
``codebook/``, ``gdelt/events.export.tsv``, ``source_volume.csv``, ``CITATION.cff`` and a
``README.md`` with provenance and every file's sha256. It is built in a staging folder beside the
output and moved into place at the end, so a failed export leaves nothing half-written.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from geoevents.errors import ConfigError, DatasetError
from geoevents.fsutil import sha256_file
from geoevents.publish.bundle_docs import BundleFacts, citation_cff, readme_markdown
from geoevents.publish.codebook_export import DESCRIPTIONS, actor_codes, event_codes
from geoevents.publish.datapackage import BundleFile, frictionless_field, package_descriptor, resource_descriptor
from geoevents.publish.formats import TABLE_FORMATS, write_table
from geoevents.publish.gdelt import GDELT_COLUMNS, write_gdelt_tsv
from geoevents.publish.progress import ProgressHook, no_progress
from geoevents.publish.selection import TEXT_COLUMNS, Selection, select_window
from geoevents.publish.tables import DateWindow
from geoevents.schema import SCHEMA_VERSION, TABLES

__all__ = ["BundleOptions", "BundleResult", "export_bundle", "parse_formats"]

log = logging.getLogger(__name__)
GDELT_PATH = "gdelt/events.export.tsv"
VOLUME_PATH = "source_volume.csv"


@dataclass(frozen=True, slots=True)
class BundleOptions:
    formats: tuple[str, ...] = ("parquet", "csv")
    window: DateWindow = field(default_factory=DateWindow)
    include_text: bool = True


@dataclass(frozen=True, slots=True)
class BundleResult:
    out: Path
    files: tuple[BundleFile, ...]
    rows: dict[str, int]


def parse_formats(text: str) -> tuple[str, ...]:
    """``"parquet,csv"`` -> ("parquet", "csv"); ``delta`` stands alone."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    known = {*TABLE_FORMATS, "delta"}
    unknown = [f for f in formats if f not in known]
    if unknown or not formats:
        raise ConfigError(f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from "
                          f"{', '.join(TABLE_FORMATS)} (comma-separated) or delta")
    if "delta" in formats and len(formats) > 1:
        raise ConfigError("--format delta writes Delta tables to a folder; it cannot be combined with others")
    return formats


class _Writer:
    """Writes the files of one bundle into a staging folder and records what it wrote."""

    def __init__(self, staging: Path) -> None:
        self.staging = staging
        self.files: list[BundleFile] = []

    def record(self, rel: str, *, rows: int | None = None, table: str | None = None,
               fmt: str | None = None) -> BundleFile:
        path = self.staging / rel
        entry = BundleFile(path=rel, sha256=sha256_file(path), bytes=path.stat().st_size, rows=rows, table=table,
                           format=fmt)
        self.files.append(entry)
        return entry

    def table(self, table: pa.Table, rel: str, fmt: str, *, contract: str | None = None) -> BundleFile:
        path = self.staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        write_table(table, path, fmt)
        return self.record(rel, rows=table.num_rows, table=contract, fmt=fmt)

    def text(self, rel: str, text: str) -> BundleFile:
        path = self.staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return self.record(rel)


def _extra_schema(schema: pa.Schema, descriptions: dict[str, str]) -> dict[str, Any]:
    return {"fields": [frictionless_field(f.name, f.type, nullable=f.nullable, description=descriptions.get(f.name, ""))
                       for f in schema], "missingValues": [""]}


_VOLUME_DESCRIPTIONS = {
    "date": "Publication day (UTC; ingest day when unknown).", "source_name": "Source (outlet).",
    "documents": "Documents kept from the source that day.",
    "independent_documents": "Of those, documents that are not near-duplicates of another.",
}


def _write_all(sel: Selection, writer: _Writer, options: BundleOptions, progress: ProgressHook) -> list[dict[str, Any]]:
    resources: list[dict[str, Any]] = []
    steps = len(options.formats) * len(TABLES) + 3
    step = 0
    for fmt in options.formats:
        for name in TABLES:
            progress("writing bundle", step, steps)
            step += 1
            entry = writer.table(sel.tables[name], f"data/{fmt}/{name}{TABLE_FORMATS[fmt]}", fmt, contract=name)
            blanked = () if options.include_text else TEXT_COLUMNS.get(name, ())
            resources.append(resource_descriptor(entry, name=f"{name}-{fmt}", description=TABLES[name].description,
                                                 blanked=blanked))
    progress("writing bundle", step, steps)
    for rel, table, description in (
            ("codebook/event_codes.csv", event_codes(sel.tables["events"]), "CAMEO event codes used by the events."),
            ("codebook/actor_codes.csv", actor_codes(sel.tables["events"]), "Actor codes used by the events."),
            (VOLUME_PATH, sel.source_volume, "Documents per source per day, to normalise event counts.")):
        entry = writer.table(table, rel, "csv")
        descriptions = _VOLUME_DESCRIPTIONS if rel == VOLUME_PATH else DESCRIPTIONS
        resources.append(resource_descriptor(entry, name=Path(rel).stem.replace("_", "-"), description=description,
                                             schema=_extra_schema(table.schema, descriptions)))
    progress("writing bundle", step + 1, steps)
    gdelt = writer.staging / GDELT_PATH
    gdelt.parent.mkdir(parents=True, exist_ok=True)
    rows = write_gdelt_tsv(sel.tables["events"], sel.tables["mentions"], gdelt)
    entry = writer.record(GDELT_PATH, rows=rows, fmt="tsv")
    gdelt_schema = {"fields": [{"name": c.name, "type": "string", "description": c.source or "not coded (empty)"}
                               for c in GDELT_COLUMNS], "missingValues": [""]}
    resources.append(resource_descriptor(entry, name="gdelt-events", header=False, schema=gdelt_schema,
                                         description="Events in GDELT 2.0 event-table layout (61 columns, no header)."))
    return resources


def _facts(sel: Selection, options: BundleOptions, created: dt.datetime) -> BundleFacts:
    finished = {str(r["run_id"]): str(r.get("finished_at", "")) for r in sel.manifest.get("runs", [])}
    coders = sorted({v for v in sel.tables["events"].column("coder_version").to_pylist() if v})
    return BundleFacts(
        title=f"geoevents event data, {sel.window.describe()}", window=sel.window.describe(),
        include_text=options.include_text, created=created, runs=[(r, finished.get(r, "")) for r in sel.run_ids],
        coder_versions=coders, rows={n: t.num_rows for n, t in sel.tables.items()}, formats=options.formats,
        gdelt_path=GDELT_PATH, source_volume_path=VOLUME_PATH)


def _zip(folder: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            zf.write(path, path.relative_to(folder).as_posix())


def export_bundle(root: Path, out: Path, *, options: BundleOptions, progress: ProgressHook = no_progress,
                  now: dt.datetime | None = None) -> BundleResult:
    """Write a researcher bundle of the dataset at ``root`` to ``out`` (a ``.zip`` file, or a new folder)."""
    bad = [f for f in options.formats if f not in TABLE_FORMATS]
    if bad or not options.formats:
        raise ConfigError(f"bundle formats must be among {', '.join(TABLE_FORMATS)}, got {', '.join(bad) or 'none'}")
    as_zip = out.suffix.lower() == ".zip"
    if not as_zip and out.exists() and any(out.iterdir()):
        raise ConfigError(f"{out} exists and is not empty; choose a new folder or a .zip path")
    created = now or dt.datetime.now(dt.UTC)
    progress("selecting rows", 0, 1)
    sel = select_window(root, options.window, include_text=options.include_text)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        writer = _Writer(staging / "bundle")
        resources = _write_all(sel, writer, options, progress)
        facts = _facts(sel, options, created)
        writer.text("CITATION.cff", citation_cff(facts))
        sources = [{"title": f"geoevents run {run}", "path": f"run:{run}"} for run in sel.run_ids]
        descriptor = package_descriptor(
            resources, name=f"geoevents-{created.strftime('%Y%m%d%H%M%S')}", title=facts.title,
            description=f"Geocoded CAMEO events for {facts.window}. See README.md for provenance.",
            created=created, version=SCHEMA_VERSION, sources=sources)
        writer.text("datapackage.json", json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")
        (writer.staging / "README.md").write_text(readme_markdown(facts, writer.files), encoding="utf-8")
        files = (*writer.files, writer.record("README.md"))
        if as_zip:
            _zip(writer.staging, staging / "bundle.zip")
            os.replace(staging / "bundle.zip", out)
        else:
            if out.exists():
                out.rmdir()
            os.replace(writer.staging, out)
    except OSError as err:
        raise DatasetError(f"cannot write the bundle {out}: {err}") from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress("writing bundle", 1, 1)
    log.info("bundle %s: %d files", out, len(files))
    return BundleResult(out=out, files=files, rows=dict(facts.rows))
