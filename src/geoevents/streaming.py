"""Reading and deduplicating in bounded memory: inputs read lazily and grouped in chunks, and a
deduplicator fed one chunk at a time.

``StreamingDeduplicator`` keeps the ids of every document seen (published or in this run: exact
duplicates, a few dozen bytes each) and the MinHash signatures of the documents published within
``window`` of the newest one seen (near-duplicates: rewrites and syndicated copies follow their
original within days); older signatures leave the LSH index. ``window=None`` keeps every signature.
Within a chunk documents are taken in publication order, across chunks in arrival order, so
``near_duplicate_of`` points at the earliest document seen so far (the earliest of all when the
inputs arrive in time order, as feeds do, or when the run fits in one chunk).
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
from datasketch import MinHash, MinHashLSH

from geoevents.dataset import Dataset
from geoevents.dedup import DedupResult, shingles, signature_bytes, signature_from_bytes
from geoevents.errors import IngestError
from geoevents.ingest import Source
from geoevents.models import Document, Reject
from geoevents.settings import Settings

__all__ = ["StreamingDeduplicator", "chunks", "iter_inputs", "load_published"]

log = logging.getLogger(__name__)
_FAR_FUTURE = dt.datetime.max.replace(tzinfo=dt.UTC)
_SCHEME = "affine32"

def iter_inputs(sources: Iterable[Source]) -> Iterator[Document | Reject]:
    """``read_inputs`` without the lists: every record of every source, one at a time."""
    for source in sources:
        try:
            yield from source.records()
        except IngestError as err:
            yield Reject(str(getattr(source, "root", source)), err.reason, err.detail)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> Any:
    """The affine permutations of ``MinHash(num_perm, seed=1)``, made once (MinHash makes them per object)."""
    return MinHash(num_perm=num_perm, scheme=_SCHEME).permutations


def _minhash(values: np.ndarray | None, settings: Settings) -> MinHash:
    perms = _permutations(settings.minhash_perm)
    if values is None:
        return MinHash(num_perm=settings.minhash_perm, scheme=_SCHEME, permutations=perms)
    return MinHash(hashvalues=values, scheme=_SCHEME, permutations=perms)


def fast_signature(text: str, *, settings: Settings) -> MinHash:
    """The same values as ``dedup.signature`` (same seed, scheme and shingles), without a new RNG per text."""
    m = _minhash(None, settings)
    m.update_batch(list(shingles(text, settings.shingle_size)))
    return m


@dataclass
class StreamingDeduplicator:
    """Exact and near-duplicate detection fed one chunk at a time, in bounded memory.

    Keeps every doc id seen (exact duplicates) and the signatures of documents published within
    ``window`` of the newest one seen (near-duplicates); older signatures leave the LSH index.
    """

    settings: Settings
    window: dt.timedelta | None = dt.timedelta(days=30)
    _lsh: MinHashLSH = field(init=False)
    _origins: dict[str, str] = field(default_factory=dict)
    _sigs: dict[str, np.ndarray] = field(default_factory=dict)
    _dates: dict[str, dt.datetime] = field(default_factory=dict)
    _root: dict[str, str] = field(default_factory=dict)
    _by_date: list[tuple[dt.datetime, str]] = field(default_factory=list)
    _newest: dt.datetime | None = None

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.settings.near_dup_threshold, num_perm=self.settings.minhash_perm)

    def __len__(self) -> int:
        """Signatures currently indexed."""
        return len(self._sigs)

    def add_known(self, doc_id: str, origin: str, published_at: dt.datetime | None, minhash: bytes | None,
                  near_duplicate_of: str | None) -> None:
        """A document already published (its signature is indexed when it falls in the window)."""
        self._origins[doc_id] = origin
        if minhash:
            values = np.asarray(signature_from_bytes(minhash, settings=self.settings).hashvalues)
            self._index(doc_id, values, published_at, near_duplicate_of)

    def process(self, docs: Sequence[Document]) -> DedupResult:
        """Drop exact duplicates and mark near-duplicates of one chunk, against everything kept so far."""
        kept: list[Document] = []
        rejects: list[Reject] = []
        sigs: dict[str, bytes] = {}
        for doc in sorted(docs, key=lambda d: (d.published_at or _FAR_FUTURE, d.origin)):
            if doc.doc_id in self._origins:
                rejects.append(Reject(doc.origin, "duplicate", f"same normalized text as doc {doc.doc_id[:16]} "
                                                               f"({self._origins[doc.doc_id]})"))
                continue
            self._origins[doc.doc_id] = doc.origin
            sig = fast_signature(doc.text, settings=self.settings)
            found = self._original_of(sig)
            original = found[0] if found else None
            if found:
                log.info("%s is a near-duplicate of %s (J~%.2f)", doc.origin, found[0][:12], found[1])
            self._index(doc.doc_id, np.asarray(sig.hashvalues), doc.published_at, original)
            sigs[doc.doc_id] = signature_bytes(sig)
            kept.append(replace(doc, near_duplicate_of=original) if original else doc)
        return DedupResult(documents=kept, rejects=rejects, signatures=sigs)

    # -- the windowed index ------------------------------------------------------------------------
    def _index(self, doc_id: str, values: np.ndarray, published_at: dt.datetime | None,
               original: str | None) -> None:
        if doc_id in self._sigs:
            return
        when = published_at or _FAR_FUTURE
        if self.window is not None and self._newest is not None and when < self._newest - self.window:
            return  # already outside the window
        self._lsh.insert(doc_id, _minhash(values, self.settings))
        self._sigs[doc_id] = values.astype(np.uint32)
        self._dates[doc_id] = when
        self._root[doc_id] = self._root.get(original, original) if original else doc_id
        if published_at is not None:
            heapq.heappush(self._by_date, (published_at, doc_id))
            if self._newest is None or published_at > self._newest:
                self._newest = published_at
                self._evict()

    def _evict(self) -> None:
        if self.window is None or self._newest is None:
            return
        oldest = self._newest - self.window
        while self._by_date and self._by_date[0][0] < oldest:
            _when, doc_id = heapq.heappop(self._by_date)
            if doc_id in self._sigs:
                self._lsh.remove(doc_id)
                del self._sigs[doc_id], self._dates[doc_id], self._root[doc_id]

    def _original_of(self, sig: MinHash) -> tuple[str, float] | None:
        """As ``NearDuplicateIndex.original_of``: the earliest-published root among indexed near-duplicates."""
        best: list[tuple[dt.datetime, str, float]] = []
        values = np.asarray(sig.hashvalues)
        for cand in self._lsh.query(sig):
            sim = float(np.count_nonzero(values == self._sigs[cand])) / len(values)
            if sim >= self.settings.near_dup_threshold:
                root = self._root[cand]
                best.append((self._dates.get(root, _FAR_FUTURE), root, sim))
        if not best:
            return None
        _date, root, sim = min(best, key=lambda t: (t[0], t[1]))
        return root, sim


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
