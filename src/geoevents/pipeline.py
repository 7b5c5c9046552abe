"""The stages as plain library calls, wired by ``flows/`` (Prefect) or run in sequence here.

read inputs lazily, chunk by chunk -> deduplicate (against the published dataset and the run so far)
-> stage documents and rejects -> code in batches (parse, actors, events, dates, places) -> spill the
mention records -> at the end, mentions and events month by month -> publish one version atomically
(``geoevents.runwriter``).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from geoevents.aggregate import mention_records, records_table
from geoevents.codebook import load_codebook
from geoevents.coding.coder import Coder
from geoevents.dataset import Dataset
from geoevents.ingest import FolderSource, Source
from geoevents.models import Document, Reject
from geoevents.runwriter import RunWriter
from geoevents.settings import Settings
from geoevents.streaming import chunks, iter_inputs

__all__ = ["CodeFn", "RunSummary", "batches", "code_batch", "code_table", "make_sources", "new_run_id", "read_inputs",
           "run_pipeline", "summarize"]

log = logging.getLogger(__name__)

CodeFn = Callable[[list[Document], str], pa.Table]
"""Codes one batch of documents under a run id into mention records (``RECORD_SCHEMA``)."""


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
    """Every record of every source, in two lists (for small inputs and tests; a run streams them)."""
    docs: list[Document] = []
    rejects: list[Reject] = []
    for rec in iter_inputs(sources):
        (docs if isinstance(rec, Document) else rejects).append(rec)  # type: ignore[arg-type]
    return docs, rejects


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
    codebook = load_codebook()
    out: list[dict[str, Any]] = []
    with _CODER_LOCK:  # the coder holds per-document state: one batch at a time per process
        coder = _coder(settings)
        for _doc, mentions in coder.code_documents(docs):
            out.extend(mention_records(mentions, codebook=codebook, run_id=run_id))
    return out


def code_table(docs: list[Document], *, settings: Settings, run_id: str) -> pa.Table:
    """``code_batch`` as one Arrow table (``RECORD_SCHEMA``): what a run stages, and cheap to send between processes."""
    return records_table(code_batch(docs, settings=settings, run_id=run_id))


def batches(items: Sequence[Document], size: int) -> Iterator[list[Document]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def summarize(run: RunWriter, manifest: dict[str, Any]) -> RunSummary:
    """The run's counts and the dataset's totals after it."""
    c = run.counts
    return RunSummary(run_id=run.run_id, output=str(run.dataset.root), documents=c["documents"], rejects=c["rejects"],
                      mentions=c["mentions"], events_new=c["events_new"], events_updated=c["events_updated"],
                      rejects_by_reason={k.removeprefix("reject:"): v for k, v in sorted(c.items())
                                         if k.startswith("reject:")},
                      totals={k: v["rows"] for k, v in manifest["tables"].items()})


def run_pipeline(inputs: Sequence[str], output: Path, *, settings: Settings, now: dt.datetime | None = None,
                 assume_date: dt.date | None = None, code: CodeFn | None = None,
                 on_chunk: Callable[[int, RunWriter], None] | None = None) -> RunSummary:
    """The whole pipeline in this process, without Prefect (the flow runs the same steps as tasks).

    Inputs are read lazily in chunks of ``settings.chunk_size``; each chunk is deduplicated, staged and
    coded in batches (``code``, default ``code_table`` here) into one new version, published once at the
    end. ``on_chunk`` is told each chunk's index and the run (progress, memory probes).
    """
    now = now or dt.datetime.now(dt.UTC)
    run_id = new_run_id(now)
    dataset = Dataset(output)
    coder: CodeFn = code or (lambda docs, rid: code_table(docs, settings=settings, run_id=rid))
    with dataset.locked(timeout=settings.lock_timeout):
        sources = make_sources(inputs, settings=settings, now=now, assume_date=assume_date)
        with RunWriter(dataset, run_id=run_id, now=now, settings=settings) as run:
            for k, (docs, rejects) in enumerate(chunks(iter_inputs(sources), settings.chunk_size)):
                for batch in batches(run.add_inputs(docs, rejects), settings.batch_size):
                    run.add_records(coder(batch, run_id))
                if on_chunk is not None:
                    on_chunk(k, run)
            manifest = run.finish()
    return summarize(run, manifest)
