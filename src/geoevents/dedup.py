"""Exact and near-duplicate documents: sha256 ids, MinHash signatures and LSH (datasketch).

``StreamingDeduplicator`` is fed one chunk at a time. It keeps the ids of every document seen (published or
in this run: exact duplicates, a few dozen bytes each) and the MinHash signatures of the documents published
within ``window`` of the newest one seen (near-duplicates: rewrites and syndicated copies follow their
original within days); older signatures leave the LSH index. ``window=None`` keeps every signature. Within
a chunk documents are taken in publication order, across chunks in arrival order, so ``near_duplicate_of``
points at the earliest document seen so far (the earliest of all when the inputs arrive in time order, as
feeds do, or when the run fits in one chunk). ``deduplicate`` is the same over one list.

Shingles are word n-grams (default bigrams) of the lower-cased text: a spun copy that swaps many
words for synonyms still shares enough bigrams with its original, while an independently written
article on the same story shares few (see ``bench/dedup_eval.py`` for the calibration).
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from geoevents.models import Document, Reject
from geoevents.settings import Settings

__all__ = [
    "DedupResult",
    "KnownDocument",
    "StreamingDeduplicator",
    "deduplicate",
    "signature",
    "signature_bytes",
    "signature_from_bytes",
]

log = logging.getLogger(__name__)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_FAR_FUTURE = dt.datetime.max.replace(tzinfo=dt.UTC)


def shingles(text: str, n: int) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + n]).encode() for i in range(len(words) - n + 1)}




def signature_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes, *, settings: Settings) -> MinHash:
    values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
    return MinHash(num_perm=settings.minhash_perm, hashvalues=values, scheme="affine32")


@dataclass(frozen=True, slots=True)
class KnownDocument:
    """A document already published: enough to find duplicates of it."""

    doc_id: str
    published_at: dt.datetime | None
    near_duplicate_of: str | None
    minhash: bytes | None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class DedupResult:
    documents: list[Document]
    rejects: list[Reject]
    signatures: dict[str, bytes]


_SCHEME = "affine32"


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> Any:
    """The affine permutations of ``MinHash(num_perm, seed=1)``, made once (MinHash makes them per object)."""
    return MinHash(num_perm=num_perm, scheme=_SCHEME).permutations


def _minhash(values: np.ndarray | None, settings: Settings) -> MinHash:
    perms = _permutations(settings.minhash_perm)
    if values is None:
        return MinHash(num_perm=settings.minhash_perm, scheme=_SCHEME, permutations=perms)
    return MinHash(hashvalues=values, scheme=_SCHEME, permutations=perms)


def signature(text: str, *, settings: Settings) -> MinHash:
    """The MinHash of ``text``'s word shingles (datasketch's seed-1 affine permutations, made once per size)."""
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
            sig = signature(doc.text, settings=self.settings)
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
        """The earliest-published root among indexed near-duplicates of ``sig`` with its similarity."""
        cands = self._lsh.query(sig)
        if not cands:
            return None
        values = np.asarray(sig.hashvalues)
        # one comparison for all candidates (the LSH's permissive bands return dozens when many texts share phrasing)
        sims = np.count_nonzero(np.stack([self._sigs[c] for c in cands]) == values, axis=1) / len(values)
        hits = np.flatnonzero(sims >= self.settings.near_dup_threshold)
        near = [(self._root[cands[i]], float(sims[i])) for i in hits]
        if not near:
            return None
        root, sim = min(near, key=lambda t: (self._dates.get(t[0], _FAR_FUTURE), t[0]))
        return root, sim


def deduplicate(docs: Iterable[Document], *, settings: Settings, known: Iterable[KnownDocument] = (),
                window: dt.timedelta | None = None) -> DedupResult:
    """Drop exact duplicates (reject ``duplicate``) and mark near-duplicates of ``docs`` in one go.

    Documents are taken in publication order, so ``near_duplicate_of`` points at the earliest one.
    ``known`` are documents already published: new ones are matched against them too. ``window`` as in
    ``StreamingDeduplicator`` (``None``: every signature stays indexed).
    """
    dedup = StreamingDeduplicator(settings, window)
    for k in known:
        dedup.add_known(k.doc_id, k.origin, k.published_at, k.minhash, k.near_duplicate_of)
    return dedup.process(list(docs))
