"""One run's new dataset version, filled chunk by chunk in bounded memory and published once.

``RunWriter`` deduplicates each chunk of inputs (against the published documents and everything
seen so far in the run), appends its ``documents`` and ``rejects`` rows to the staged version, and
spills the mention records coded from it to scratch Arrow files, one folder per event month. At
the end, one month at a time: actors are unified over the run's records of that month (the unify
groups share an event date, so a month holds whole groups), the ``mentions`` rows are appended,
and the month's events are recomputed from all their sightings (published and new) and upserted.
Then the version is published with one swap. Memory holds one chunk of documents, the spill
buffer and one month of records, never the run.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from geoevents.aggregate import RECORD_SCHEMA, UNIFY_COLUMNS, events_table, unify_mapping
from geoevents.codebook import load_codebook
from geoevents.dataset import Dataset, StagedVersion, partition_slices, read_table
from geoevents.dedup import StreamingDeduplicator
from geoevents.models import Document, Reject
from geoevents.schema import arrow_schema
from geoevents.settings import Settings
from geoevents.streaming import load_published

__all__ = ["RunCounts", "RunWriter"]

log = logging.getLogger(__name__)
_DOC_INFO = ["doc_id", "near_duplicate_of", "source_name", "published_at", "url", "origin"]


class RunCounts(Counter[str]):
    """documents, rejects, mentions, events_new, events_updated, plus ``reject:<reason>`` entries."""


class RunWriter:
    """Build one run's version: ``add_inputs`` and ``add_records`` per chunk, then ``finish`` (publish)."""

    def __init__(self, dataset: Dataset, *, run_id: str, now: dt.datetime, settings: Settings) -> None:
        self.dataset, self.run_id, self.now, self.settings = dataset, run_id, now, settings
        window = dt.timedelta(days=settings.near_dup_window_days) if settings.near_dup_window_days > 0 else None
        self.dedup = StreamingDeduplicator(settings, window)
        load_published(dataset, self.dedup)
        self.version: StagedVersion = dataset.begin(run_id=run_id, now=now)
        self.counts = RunCounts()
        self._spill = _RecordSpill(self.version.scratch / "records", flush_rows=settings.spill_rows)

    def __enter__(self) -> RunWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.version.__exit__(exc_type, exc, tb)

    def add_inputs(self, docs: Sequence[Document], rejects: Sequence[Reject]) -> list[Document]:
        """Deduplicate one chunk and stage its documents and rejects; returns the documents to code."""
        result = self.dedup.process(docs)
        every_reject = [*rejects, *result.rejects]
        self.version.append("documents", documents_table(result.documents, result.signatures, run_id=self.run_id,
                                                         now=self.now))
        self.version.append("rejects", rejects_table(every_reject, run_id=self.run_id, now=self.now))
        self.counts.update(documents=len(result.documents), rejects=len(every_reject))
        self.counts.update(f"reject:{r.reason}" for r in every_reject)
        return result.documents

    def add_records(self, records: pa.Table) -> None:
        """Mention records (``RECORD_SCHEMA``) coded from documents added to this run."""
        self._spill.add(records)

    def finish(self, *, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """Mentions and events month by month, then publish the version. Returns the manifest."""
        self._spill.flush()
        codebook = load_codebook()
        new_docs = pl.DataFrame(schema={c: pl.String for c in _DOC_INFO} | {"published_at": pl.Datetime("us", "UTC")})
        files = self.version.new_files("documents")
        if files:
            new_docs = _frame(ds.dataset(files, format="parquet", schema=arrow_schema("documents"))
                              .to_table(columns=_DOC_INFO))
        new_ids = set(new_docs.get_column("doc_id").to_list())
        for rel, paths in sorted(self._spill.partitions.items()):
            self._month(rel, paths, new_docs, new_ids, codebook)
        return self.version.publish(extra={"documents": self.counts["documents"], "rejects": self.counts["rejects"],
                                           "mentions": self.counts["mentions"], **(extra or {})})

    def _month(self, rel: str, paths: list[Path], new_docs: pl.DataFrame, new_ids: set[str], codebook: Any) -> None:
        scan = pl.scan_ipc(paths)
        mapping = unify_mapping(scan.select(UNIFY_COLUMNS).collect())
        new_cols = [c for c in mapping.columns if c.startswith("new_")]
        unified = (scan.join(mapping.lazy(), on=UNIFY_COLUMNS, how="left", nulls_equal=True, maintain_order="left")
                   .with_columns([pl.col(c).alias(c.removeprefix("new_")) for c in new_cols]).drop(new_cols))
        mentions = unified.select(arrow_schema("mentions").names).collect()
        self.version.append("mentions", mentions.to_arrow())
        self.counts.update(mentions=mentions.height)
        del mentions
        keep = [c for c in RECORD_SCHEMA.names if c not in {"sentence", "flags", "date_raw", "run_id"}
                and not c.endswith(("_start", "_end"))] + ["sentence_index"]
        records = unified.select(list(dict.fromkeys(keep))).collect()
        event_ids = records.get_column("event_id").unique().to_list()
        published = self.dataset.root
        existing = _frame(read_table(published / "events" / rel, "events", filter=_in("event_id", event_ids)))
        old = _frame(read_table(published / "mentions" / rel, "mentions", columns=["event_id", "doc_id", "confidence"],
                                filter=_in("event_id", event_ids)))
        sightings = pl.concat([old, records.select(["event_id", "doc_id", "confidence"])], how="vertical_relaxed")
        doc_info = self._doc_info(sightings.get_column("doc_id").unique().to_list(), new_docs, new_ids)
        events = events_table(records, sightings=sightings, documents=doc_info, existing=existing, codebook=codebook,
                              now=self.now)
        self.version.upsert("events", events)
        updated = existing.height
        self.counts.update(events_new=events.num_rows - updated, events_updated=updated)

    def _doc_info(self, doc_ids: list[str], new_docs: pl.DataFrame, new_ids: set[str]) -> pl.DataFrame:
        """(doc_id, canonical_id, canonical_source, published_at, url, origin) of the sighted documents.

        A near-duplicate counts as its original (``canonical_id``) and the original's source; the original
        is looked up among this run's documents and the published ones.
        """
        published = self.dataset.root / "documents"
        missing = sorted(set(doc_ids) - new_ids)
        old = _frame(read_table(published, "documents", columns=_DOC_INFO, filter=_in("doc_id", missing))) \
            if missing else new_docs.clear()
        mine = new_docs.filter(pl.col("doc_id").is_in(pl.Series(doc_ids, dtype=pl.String).implode()))
        both = pl.concat([old, mine], how="vertical_relaxed").unique("doc_id", maintain_order=True)
        originals = set(both.get_column("near_duplicate_of").drop_nulls().to_list())
        originals -= set(both.get_column("doc_id").to_list())
        pool = [both, new_docs.filter(pl.col("doc_id").is_in(pl.Series(sorted(originals & new_ids),
                                                                        dtype=pl.String).implode()))]
        if originals - new_ids:
            pool.append(_frame(read_table(published, "documents", columns=_DOC_INFO,
                                          filter=_in("doc_id", sorted(originals - new_ids)))))
        canon = pl.concat(pool, how="vertical_relaxed").select([pl.col("doc_id").alias("canonical_id"),
                             pl.col("source_name").alias("canonical_source_name")]).unique("canonical_id")
        return (both.with_columns(pl.coalesce("near_duplicate_of", "doc_id").alias("canonical_id"))
                .join(canon, on="canonical_id", how="left")
                .with_columns(pl.coalesce("canonical_source_name", "canonical_id").alias("canonical_source"))
                .select(["doc_id", "canonical_id", "canonical_source", "published_at", "url", "origin"]))


class _RecordSpill:
    """Mention records buffered up to ``flush_rows``, then written as Arrow IPC files, one folder per event month."""

    def __init__(self, folder: Path, *, flush_rows: int) -> None:
        self.folder, self.flush_rows = folder, flush_rows
        self.partitions: dict[str, list[Path]] = {}
        self._pending: list[pa.Table] = []
        self._rows = 0
        self._seq = itertools.count()

    def add(self, records: pa.Table) -> None:
        if records.num_rows:
            self._pending.append(records.select(RECORD_SCHEMA.names).cast(RECORD_SCHEMA))
            self._rows += records.num_rows
            if self._rows >= self.flush_rows:
                self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        table = pa.concat_tables(self._pending)
        self._pending, self._rows = [], 0
        col = table.column("event_date")
        parts = table.append_column("year", pc.year(col).cast(pa.int32())).append_column(
            "month", pc.month(col).cast(pa.int32()))
        seq = next(self._seq)
        for rel, part in partition_slices(parts):
            path = self.folder / rel / f"{seq:06d}.arrow"
            path.parent.mkdir(parents=True, exist_ok=True)
            with pa.ipc.new_file(str(path), RECORD_SCHEMA,
                                 options=pa.ipc.IpcWriteOptions(compression="lz4")) as writer:
                writer.write_table(part.drop_columns(["year", "month"]))
            self.partitions.setdefault(rel, []).append(path)


def documents_table(docs: Sequence[Document], sigs: dict[str, bytes], *, run_id: str, now: dt.datetime) -> pa.Table:
    rows = [{"doc_id": d.doc_id, "origin": d.origin, "source_name": d.source_name, "url": d.url, "title": d.title,
             "published_at": d.published_at, "language": d.language, "n_chars": d.n_chars,
             "near_duplicate_of": d.near_duplicate_of, "minhash": sigs.get(d.doc_id), "ingested_at": now,
             "run_id": run_id} for d in sorted(docs, key=lambda d: d.doc_id)]
    return pa.Table.from_pylist(rows, schema=arrow_schema("documents"))


def rejects_table(rejects: Sequence[Reject], *, run_id: str, now: dt.datetime) -> pa.Table:
    rows = [{"origin": r.origin, "reason": r.reason, "detail": r.detail, "run_id": run_id, "rejected_at": now}
            for r in sorted(rejects, key=lambda r: (r.origin, r.reason))]
    return pa.Table.from_pylist(rows, schema=arrow_schema("rejects"))


def _frame(table: pa.Table) -> pl.DataFrame:
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame


def _in(column: str, values: list[str]) -> Any:
    return ds.field(column).isin(pa.array(values, pa.string())) if values else pc.scalar(False)
