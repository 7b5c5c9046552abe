"""Shared plumbing of every source: metadata + raw text -> a ``Document`` (or an ``IngestError``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import dateparser

from geoevents.errors import IngestError
from geoevents.ingest.html import extract_html
from geoevents.ingest.normalize import doc_id_of, looks_english, normalize_text
from geoevents.models import Document
from geoevents.settings import Settings

__all__ = ["build_document", "parse_published"]

_DATE_KEYS = ("published", "published_at", "date", "pubdate", "publish_date")


def parse_published(value: Any) -> dt.datetime:
    """A publication date/time from metadata, as an aware UTC datetime.

    ISO dates and datetimes are read directly; other forms go through dateparser.
    Raises ``IngestError('bad_date')`` when nothing sensible comes out.
    """
    if isinstance(value, dt.datetime):
        parsed: dt.datetime | None = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime(value.year, value.month, value.day)
    else:
        raw = str(value).strip()
        parsed = None
        try:
            parsed = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            # strict: day, month and year must all be there ("N/A", "12" or "Monday" are not dates)
            parsed = dateparser.parse(raw, settings={"RETURN_AS_TIMEZONE_AWARE": True, "TO_TIMEZONE": "UTC",
                                                     "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})
    if parsed is None or not 1900 <= parsed.year <= 2200:
        raise IngestError("bad_date", f"unparseable publication date {str(value)[:60]!r}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _first(meta: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = meta.get(k)
        if v not in (None, ""):
            return v
    return None


def build_document(origin: str, raw_text: str, meta: Mapping[str, Any], *, settings: Settings,
                   now: dt.datetime, is_html: bool = False, assume_date: dt.date | None = None) -> Document:
    """Normalize one input into a Document; raises ``IngestError`` with a reject reason."""
    title = _first(meta, ("title", "headline"))
    page_date: dt.date | None = None
    text = raw_text
    if is_html:
        article = extract_html(raw_text, url=_first(meta, ("url", "link")))
        text = article.text
        title = title or article.title
        page_date = article.published
    text = normalize_text(text, max_chars=settings.max_doc_chars)
    if title and not text.startswith(str(title).strip()):
        # the headline is part of what we code: put it first, as a paragraph of its own
        text = normalize_text(f"{str(title).strip()}\n\n{text}", max_chars=settings.max_doc_chars)
    if len(text) < settings.min_doc_chars:
        raise IngestError("too_short", f"{len(text)} characters of text after cleaning")
    language = _first(meta, ("language", "lang"))
    language = str(language).lower()[:2] if language else None
    if (language and language != "en") or (language is None and not looks_english(text)):
        raise IngestError("language", f"not English (language={language or 'detected'}); the coder reads English")
    date_value = _first(meta, _DATE_KEYS) or page_date or assume_date
    if date_value is None:
        raise IngestError("no_date", "no publication date in the sidecar, record or page (see --assume-date)")
    published = parse_published(date_value)
    if published > now + dt.timedelta(days=settings.future_tolerance_days):
        raise IngestError("future_date", f"publication date {published.date()} is after the run date {now.date()}")
    return Document(
        doc_id=doc_id_of(text),
        origin=origin,
        text=text,
        source_name=_opt_str(_first(meta, ("source", "source_name", "outlet", "site"))),
        url=_opt_str(_first(meta, ("url", "link"))),
        title=_opt_str(title),
        published_at=published,
        language=language or "en",
    )


def _opt_str(v: Any) -> str | None:
    return None if v is None else str(v)[:2000]
