"""What a researcher bundle holds: the events of a date window and everything they point at."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from geoevents.dataset import Dataset
from geoevents.errors import DatasetError
from geoevents.publish.tables import DateWindow, day_of, read_table

__all__ = ["TEXT_COLUMNS", "Selection", "select_window", "source_volume"]

log = logging.getLogger(__name__)
TEXT_COLUMNS: dict[str, tuple[str, ...]] = {"mentions": ("sentence",), "documents": ("title",)}
"""Columns left out (set to null) by ``--no-text``; offsets, ids and URLs stay."""


@dataclass(frozen=True, slots=True)
class Selection:
    tables: dict[str, pa.Table]
    """events, mentions, documents and rejects, each in its contract schema."""
    source_volume: pa.Table
    window: DateWindow
    include_text: bool
    run_ids: tuple[str, ...]
    """Runs that wrote any selected mention, document or reject, in manifest order."""
    manifest: dict[str, Any]


def _window_filter(window: DateWindow) -> ds.Expression | None:
    expr: ds.Expression | None = None
    for op, day in (("greater_equal", window.start), ("less_equal", window.end)):
        if day is None:
            continue
        part = getattr(pc, op)(ds.field("event_date"), pa.scalar(day, pa.date32()))
        expr = part if expr is None else expr & part
    return expr


def _isin(column: str, values: pa.Array | pa.ChunkedArray) -> ds.Expression:
    return ds.field(column).isin(pc.unique(values).drop_null())


def source_volume(documents: pa.Table, window: DateWindow) -> pa.Table:
    """Documents per source per day (publication day, ingest day when unknown) inside the window.

    ``documents`` counts every kept document; ``independent_documents`` leaves out near-duplicates,
    matching how ``num_articles`` counts. Divide event counts by these to normalise for coverage.
    """
    days = day_of(documents, "documents")
    keep = window.mask(days)
    table = pa.table({
        "date": days.filter(keep),
        "source_name": pc.fill_null(documents.column("source_name").filter(keep), "(unknown)"),
        "independent": pc.is_null(documents.column("near_duplicate_of").filter(keep)).cast(pa.int64()),
    })
    grouped = table.group_by(["date", "source_name"]).aggregate([("independent", "count"), ("independent", "sum")])
    out = pa.table({
        "date": grouped.column("date"),
        "source_name": grouped.column("source_name"),
        "documents": grouped.column("independent_count").cast(pa.int64()),
        "independent_documents": grouped.column("independent_sum").cast(pa.int64()),
    })
    return out.sort_by([("date", "ascending"), ("source_name", "ascending")])


def _blank(table: pa.Table, columns: tuple[str, ...]) -> pa.Table:
    for name in columns:
        i = table.schema.get_field_index(name)
        table = table.set_column(i, table.schema.field(i), pa.nulls(table.num_rows, table.schema.field(i).type))
    return table


def select_window(root: Path, window: DateWindow, *, include_text: bool = True) -> Selection:
    """Events whose ``event_date`` is in the window, their mentions and documents, and the runs' rejects.

    Documents that selected documents are near-duplicates of come along, so every pointer resolves.
    """
    dataset = Dataset(root)
    manifest = dataset.manifest()
    if not manifest:
        raise DatasetError(f"{root} has no _manifest.json: not a geoevents dataset")
    events = read_table(dataset, "events", filter=_window_filter(window)).sort_by("event_id")
    mentions = read_table(dataset, "mentions", filter=_isin("event_id", events.column("event_id")))
    mentions = mentions.sort_by([("event_id", "ascending"), ("mention_id", "ascending")])
    documents = read_table(dataset, "documents", filter=_isin("doc_id", mentions.column("doc_id")))
    originals = pc.unique(documents.column("near_duplicate_of")).drop_null()
    missing = pc.filter(originals, pc.invert(pc.is_in(originals, value_set=documents.column("doc_id"))))
    if len(missing):
        documents = pa.concat_tables([documents, read_table(dataset, "documents", filter=_isin("doc_id", missing))])
    documents = documents.sort_by("doc_id")
    order = [str(r["run_id"]) for r in manifest.get("runs", [])]
    used = set(pc.unique(mentions.column("run_id")).to_pylist()) | set(
        pc.unique(documents.column("run_id")).to_pylist())
    runs = tuple(sorted(used, key=lambda r: (order.index(r) if r in order else -1, r)))
    rejects = read_table(dataset, "rejects", filter=ds.field("run_id").isin(pa.array(runs, pa.string())))
    rejects = rejects.sort_by([("rejected_at", "ascending"), ("origin", "ascending")])
    volume = source_volume(read_table(dataset, "documents"), window)
    tables = {"events": events, "mentions": mentions, "documents": documents, "rejects": rejects}
    if not include_text:
        tables = {name: _blank(t, TEXT_COLUMNS.get(name, ())) for name, t in tables.items()}
    log.info("selected %d events, %d mentions, %d documents, %d rejects for %s", events.num_rows,
             mentions.num_rows, documents.num_rows, rejects.num_rows, window.describe())
    return Selection(tables=tables, source_volume=volume, window=window, include_text=include_text,
                     run_ids=runs, manifest=manifest)
