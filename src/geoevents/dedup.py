"""Exact and near-duplicate documents: sha256 ids, MinHash signatures and LSH (datasketch).

Shingles are word n-grams (default bigrams) of the lower-cased text: a spun copy that swaps many
words for synonyms still shares enough bigrams with its original, while an independently written
article on the same story shares few (see ``bench/dedup_eval.py`` for the calibration).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np
from datasketch import MinHash, MinHashLSH

from geoevents.models import Document, Reject
from geoevents.settings import Settings

__all__ = [
    "DedupResult",
    "KnownDocument",
    "NearDuplicateIndex",
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


def signature(text: str, *, settings: Settings) -> MinHash:
    m = MinHash(num_perm=settings.minhash_perm, scheme="affine32")
    m.update_batch(list(shingles(text, settings.shingle_size)))
    return m


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


@dataclass
class NearDuplicateIndex:
    """LSH over MinHash signatures; remembers each document's date and original."""

    settings: Settings
    _lsh: MinHashLSH = field(init=False)
    _sigs: dict[str, MinHash] = field(default_factory=dict)
    _dates: dict[str, dt.datetime] = field(default_factory=dict)
    _root: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.settings.near_dup_threshold, num_perm=self.settings.minhash_perm)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._sigs

    def add(self, doc_id: str, sig: MinHash, published_at: dt.datetime | None, original: str | None) -> None:
        if doc_id in self._sigs:
            return
        self._lsh.insert(doc_id, sig)
        self._sigs[doc_id] = sig
        self._dates[doc_id] = published_at or _FAR_FUTURE
        self._root[doc_id] = self._root.get(original, original) if original else doc_id

    def original_of(self, sig: MinHash) -> tuple[str, float] | None:
        """The earliest-published original among indexed near-duplicates of ``sig``, with the similarity."""
        best: list[tuple[dt.datetime, str, float]] = []
        for cand in self._lsh.query(sig):
            sim = sig.jaccard(self._sigs[cand])
            if sim >= self.settings.near_dup_threshold:
                root = self._root[cand]
                best.append((self._dates.get(root, _FAR_FUTURE), root, sim))
        if not best:
            return None
        _date, root, sim = min(best, key=lambda t: (t[0], t[1]))
        return root, sim


@dataclass(frozen=True, slots=True)
class DedupResult:
    documents: list[Document]
    rejects: list[Reject]
    signatures: dict[str, bytes]


def deduplicate(docs: Iterable[Document], *, settings: Settings,
                known: Iterable[KnownDocument] = ()) -> DedupResult:
    """Drop exact duplicates (reject ``duplicate``) and mark near-duplicates.

    Documents are taken in publication order, so ``near_duplicate_of`` points at the earliest one.
    ``known`` are documents already published: new ones are matched against them too.
    """
    index = NearDuplicateIndex(settings)
    origins: dict[str, str] = {}
    for k in known:
        origins[k.doc_id] = k.origin
        if k.minhash:
            index.add(k.doc_id, signature_from_bytes(k.minhash, settings=settings), k.published_at,
                      k.near_duplicate_of)
    kept: list[Document] = []
    rejects: list[Reject] = []
    sigs: dict[str, bytes] = {}
    ordered = sorted(docs, key=lambda d: (d.published_at or _FAR_FUTURE, d.origin))
    for doc in ordered:
        if doc.doc_id in origins:
            rejects.append(Reject(doc.origin, "duplicate",
                                  f"same normalized text as doc {doc.doc_id[:16]} ({origins[doc.doc_id]})"))
            continue
        origins[doc.doc_id] = doc.origin
        sig = signature(doc.text, settings=settings)
        found = index.original_of(sig)
        original = found[0] if found else None
        if found:
            log.info("%s is a near-duplicate of %s (J~%.2f)", doc.origin, found[0][:12], found[1])
        index.add(doc.doc_id, sig, doc.published_at, original)
        sigs[doc.doc_id] = signature_bytes(sig)
        kept.append(replace(doc, near_duplicate_of=original) if original else doc)
    return DedupResult(documents=kept, rejects=rejects, signatures=sigs)
