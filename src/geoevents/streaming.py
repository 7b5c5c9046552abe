"""Reading in bounded memory: inputs read lazily and grouped in chunks, and the published documents fed
to the run's deduplicator (``geoevents.dedup.StreamingDeduplicator``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from geoevents.dataset import Dataset
from geoevents.dedup import StreamingDeduplicator
from geoevents.errors import IngestError
from geoevents.ingest import Source
from geoevents.models import Document, Reject

__all__ = ["StreamingDeduplicator", "chunks", "iter_inputs", "load_published"]


def iter_inputs(sources: Iterable[Source]) -> Iterator[Document | Reject]:
    """``read_inputs`` without the lists: every record of every source, one at a time."""
    for source in sources:
        try:
            yield from source.records()
        except IngestError as err:
            yield Reject(str(getattr(source, "root", source)), err.reason, err.detail)


def load_published(dataset: Dataset, dedup: StreamingDeduplicator) -> None:
    """Feed the published documents to the deduplicator: every id, and the signatures of the recent window."""
    table = dataset.table("documents", columns=["doc_id", "origin", "published_at", "near_duplicate_of"])
    if not table.num_rows:
        return
    for batch in table.to_batches(max_chunksize=10_000):
        for r in batch.to_pylist():
            dedup.add_known(r["doc_id"], r["origin"] or "", r["published_at"], None, r["near_duplicate_of"])
    newest = pc.max(table.column("published_at")).as_py()
    del table
    recent = None
    if newest is not None and dedup.window is not None:
        recent = ds.field("published_at") >= pa.scalar(newest - dedup.window, pa.timestamp("us", tz="UTC"))
    signed = dataset.table("documents", columns=["doc_id", "origin", "published_at", "near_duplicate_of", "minhash"],
                           filter=recent)
    for batch in signed.to_batches(max_chunksize=10_000):
        for r in batch.to_pylist():
            dedup.add_known(r["doc_id"], r["origin"] or "", r["published_at"], r["minhash"], r["near_duplicate_of"])


def chunks(records: Iterable[Document | Reject], size: int, *, first: int | None = None
           ) -> Iterator[tuple[list[Document], list[Reject]]]:
    """``records`` in chunks of ``size`` (documents and rejects counted together), split into the two kinds.

    ``first``, when smaller than ``size``, is the size of the first chunk: a flow that codes a chunk while it
    reads the next can then start its workers after a few batches instead of a whole chunk.
    """
    docs: list[Document] = []
    rejects: list[Reject] = []
    limit = min(size, first) if first else size
    for rec in records:
        (docs if isinstance(rec, Document) else rejects).append(rec)  # type: ignore[arg-type]
        if len(docs) + len(rejects) >= limit:
            yield docs, rejects
            docs, rejects = [], []
            limit = size
    if docs or rejects:
        yield docs, rejects
