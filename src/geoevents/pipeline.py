"""The stages as plain library calls, wired by ``flows/`` (Prefect) or run in sequence here.

read inputs -> deduplicate (against the published dataset too) -> code (parse, actors, events,
dates, places) -> aggregate -> commit atomically.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa

from geoevents.codebook import load_codebook
from geoevents.coding.coder import Coder
from geoevents.dataset import Dataset
from geoevents.dedup import DedupResult, KnownDocument, deduplicate
from geoevents.errors import IngestError
from geoevents.ingest import FolderSource, Source
from geoevents.models import Document, Reject
from geoevents.schema import arrow_schema
from geoevents.settings import Settings

__all__ = ["RunSummary", "code_batch", "deduplicate_against", "make_sources", "new_run_id", "publish",
           "read_inputs", "run_pipeline"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: str
    output: str
    documents: int
    rejects: int
    mentions: int
    events_new: int
    events_updated: int
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.rejects_by_reason.items())) or "none"
        return [
            f"run {self.run_id} -> {self.output}",
            f"documents kept: {self.documents}   rejects: {self.rejects} ({reasons})",
            f"mentions: {self.mentions}   events: {self.events_new} new, {self.events_updated} updated",
            "dataset now: " + ", ".join(f"{k} {v}" for k, v in self.totals.items()),
        ]


def new_run_id(now: dt.datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def make_sources(inputs: Sequence[str], *, settings: Settings, now: dt.datetime,
                 assume_date: dt.date | None = None) -> list[Source]:
    """One source per input: a folder now; feeds and URL lists where the operations module has them."""
    sources: list[Source] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            sources.append(FolderSource(path, settings=settings, now=now, assume_date=assume_date))
            continue
        from geoevents.ingest.remote import source_for  # feeds and URL lists

        sources.append(source_for(item, settings=settings, now=now, assume_date=assume_date))
    return sources


def read_inputs(sources: Iterable[Source]) -> tuple[list[Document], list[Reject]]:
    docs: list[Document] = []
    rejects: list[Reject] = []
    for source in sources:
        try:
            for rec in source.records():
                (docs if isinstance(rec, Document) else rejects).append(rec)  # type: ignore[arg-type]
        except IngestError as err:
            rejects.append(Reject(str(getattr(source, "root", source)), err.reason, err.detail))
    return docs, rejects


def known_documents(dataset: Dataset) -> list[KnownDocument]:
    t = dataset.table("documents", columns=["doc_id", "published_at", "near_duplicate_of", "minhash", "origin"])
    return [KnownDocument(doc_id=r["doc_id"], published_at=r["published_at"], near_duplicate_of=r["near_duplicate_of"],
                          minhash=r["minhash"], origin=r["origin"]) for r in t.to_pylist()]


def deduplicate_against(dataset: Dataset, docs: list[Document], *, settings: Settings) -> DedupResult:
    return deduplicate(docs, settings=settings, known=known_documents(dataset))


def make_geoparser(settings: Settings) -> Any:
    """The geoparser over the offline gazetteer (built by ``geoevents gazetteer build``)."""
    from geoevents.geocoding.gazetteer import Gazetteer
    from geoevents.geocoding.geoparser import Geoparser
    from geoevents.nlp import load_nlp

    return Geoparser(Gazetteer.open(settings), settings=settings, nlp=load_nlp(settings.spacy_model))


_CODER_LOCK = threading.Lock()
"""Serializes ``code_batch`` in threads (the thread task runner): a ``Coder`` is not thread-safe."""


@functools.lru_cache(maxsize=2)
def _coder(settings: Settings) -> Coder:
    return Coder(settings=settings, geoparser=make_geoparser(settings))


def code_batch(docs: list[Document], *, settings: Settings, run_id: str) -> list[dict[str, Any]]:
    """Code a batch of documents into mention records (the coder is built once per process)."""
    from geoevents.aggregate import mention_records

    codebook = load_codebook()
    out: list[dict[str, Any]] = []
    with _CODER_LOCK:  # the coder holds per-document state: one batch at a time per process
        coder = _coder(settings)
        for _doc, mentions in coder.code_documents(docs):
            out.extend(mention_records(mentions, codebook=codebook, run_id=run_id))
    return out


def batches(items: Sequence[Document], size: int) -> Iterator[list[Document]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def publish(dataset: Dataset, *, run_id: str, documents: list[Document], rejects: list[Reject],
            signatures: dict[str, bytes], records: list[dict[str, Any]], now: dt.datetime) -> RunSummary:
    """Aggregate mentions into events (merging with the published ones) and commit one new version."""
    from geoevents.aggregate import events_table, mentions_table, unify_actors

    codebook = load_codebook()
    records = unify_actors(records)
    docs_table = _documents_table(documents, signatures, run_id=run_id, now=now)
    rej_table = _rejects_table(rejects, run_id=run_id, now=now)
    event_ids = sorted({r["event_id"] for r in records})
    existing_events = _frame(dataset.table("events", filter=_in("event_id", event_ids)))
    old_sightings = _frame(dataset.table("mentions", columns=["event_id", "doc_id", "confidence"],
                                         filter=_in("event_id", event_ids)))
    new_sightings = pl.DataFrame({"event_id": [r["event_id"] for r in records],
                                  "doc_id": [r["doc_id"] for r in records],
                                  "confidence": [float(r["confidence"]) for r in records]},
                                 schema={"event_id": pl.String, "doc_id": pl.String, "confidence": pl.Float64})
    sightings = pl.concat([old_sightings, new_sightings], how="vertical_relaxed")
    doc_ids = sorted(set(sightings["doc_id"].to_list()))
    doc_info = _doc_info(dataset, docs_table, doc_ids)
    events = events_table(records, sightings=sightings, documents=doc_info,
                          existing=existing_events, codebook=codebook, now=now)
    mentions = mentions_table(records)
    manifest = dataset.commit(run_id=run_id, now=now,
                              appends={"documents": docs_table, "rejects": rej_table, "mentions": mentions},
                              upserts={"events": events},
                              extra={"documents": docs_table.num_rows, "rejects": rej_table.num_rows,
                                     "mentions": mentions.num_rows})
    existing_ids = set(existing_events["event_id"].to_list()) if existing_events.height else set()
    return RunSummary(
        run_id=run_id, output=str(dataset.root), documents=docs_table.num_rows, rejects=rej_table.num_rows,
        mentions=mentions.num_rows, events_new=len(set(event_ids) - existing_ids),
        events_updated=len(set(event_ids) & existing_ids),
        rejects_by_reason=dict(Counter(r.reason for r in rejects)),
        totals={k: v["rows"] for k, v in manifest["tables"].items()})


def _frame(table: pa.Table) -> pl.DataFrame:
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame


def _in(column: str, values: list[str]) -> Any:
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    return ds.field(column).isin(pa.array(values, pa.string())) if values else pc.scalar(False)


def _doc_info(dataset: Dataset, new_docs: pa.Table, doc_ids: list[str]) -> pl.DataFrame:
    cols = ["doc_id", "near_duplicate_of", "source_name", "published_at", "url", "origin"]
    old = dataset.table("documents", columns=cols, filter=_in("doc_id", doc_ids))
    both = pl.concat([_frame(old), _frame(new_docs.select(cols))], how="vertical_relaxed").unique("doc_id")
    canon = both.select(["doc_id", "source_name"]).rename({"doc_id": "canonical_id",
                                                           "source_name": "canonical_source_name"})
    return (both.with_columns(pl.coalesce("near_duplicate_of", "doc_id").alias("canonical_id"))
            .join(canon, on="canonical_id", how="left")
            .with_columns(pl.coalesce("canonical_source_name", "canonical_id").alias("canonical_source"))
            .select(["doc_id", "canonical_id", "canonical_source", "published_at", "url", "origin"]))


def _documents_table(docs: list[Document], sigs: dict[str, bytes], *, run_id: str, now: dt.datetime) -> pa.Table:
    rows = [{"doc_id": d.doc_id, "origin": d.origin, "source_name": d.source_name, "url": d.url, "title": d.title,
             "published_at": d.published_at, "language": d.language, "n_chars": d.n_chars,
             "near_duplicate_of": d.near_duplicate_of, "minhash": sigs.get(d.doc_id), "ingested_at": now,
             "run_id": run_id} for d in sorted(docs, key=lambda d: d.doc_id)]
    return pa.Table.from_pylist(rows, schema=arrow_schema("documents"))


def _rejects_table(rejects: list[Reject], *, run_id: str, now: dt.datetime) -> pa.Table:
    rows = [{"origin": r.origin, "reason": r.reason, "detail": r.detail, "run_id": run_id, "rejected_at": now}
            for r in sorted(rejects, key=lambda r: (r.origin, r.reason))]
    return pa.Table.from_pylist(rows, schema=arrow_schema("rejects"))


def run_pipeline(inputs: Sequence[str], output: Path, *, settings: Settings, now: dt.datetime | None = None,
                 assume_date: dt.date | None = None) -> RunSummary:
    """The whole pipeline in this process, without Prefect (the flow runs the same calls as tasks)."""
    now = now or dt.datetime.now(dt.UTC)
    run_id = new_run_id(now)
    dataset = Dataset(output)
    with dataset.locked(timeout=settings.lock_timeout):
        docs, rejects = read_inputs(make_sources(inputs, settings=settings, now=now, assume_date=assume_date))
        result = deduplicate_against(dataset, docs, settings=settings)
        records: list[dict[str, Any]] = []
        for batch in batches(result.documents, settings.batch_size):
            records.extend(code_batch(batch, settings=settings, run_id=run_id))
        return publish(dataset, run_id=run_id, documents=result.documents, rejects=rejects + result.rejects,
                       signatures=result.signatures, records=records, now=now)
