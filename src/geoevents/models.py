"""Frozen records passed between the stages. Each carries its evidence (spans, raw rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Actor", "Document", "Mention", "Place", "Reject", "Span"]


@dataclass(frozen=True, slots=True)
class Document:
    """One kept input, normalized. ``doc_id`` is the sha256 of the normalized text."""

    doc_id: str
    origin: str
    text: str
    source_name: str | None = None
    url: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None
    language: str | None = None
    near_duplicate_of: str | None = None

    @property
    def n_chars(self) -> int:
        return len(self.text)

    @property
    def published_date(self) -> dt.date | None:
        return None if self.published_at is None else self.published_at.date()


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be used: ``reason`` is a short code, ``detail`` says why."""

    origin: str
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into a text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: CAMEO-style ``code`` = country (or IGO) + type, with its evidence."""

    code: str
    name: str
    country_code: str | None
    type_code: str | None
    start: int
    end: int
    """Character offsets in the document text; -1 when the actor came from context."""
    is_person: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved toponym (or a centroid standing in for one)."""

    name: str
    lat: float | None
    lon: float | None
    feature_type: str | None
    country_code: str | None
    """ISO 3166-1 alpha-3."""
    feature_id: str | None = None
    adm1: str | None = None
    adm1_code: str | None = None
    start: int = -1
    end: int = -1
    text: str | None = None
    confidence: float = 0.0
    is_centroid: bool = False
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Mention:
    """One sighting of an event in one sentence of one document."""

    doc_id: str
    sentence_index: int
    char_start: int
    char_end: int
    sentence: str
    actor1: Actor | None
    actor2: Actor | None
    event_code: str
    event_date: dt.date
    date_precision: str
    date_raw: str | None
    date_raw_start: int | None
    action_start: int
    action_end: int
    confidence: float
    place: Place | None = None
    actor1_place: Place | None = None
    actor2_place: Place | None = None
    flags: tuple[str, ...] = ()
    """How the event was found: e.g. ``hedged``, ``reported``, ``passive``, ``nominal``."""
