"""RSS/Atom feeds, parsed safely: defusedxml vets the bytes before feedparser ever sees them.

Entity declarations and external references (billion laughs, quadratic blow-up, XXE) are refused
with reason ``xml_bomb`` and never expanded; bytes that are no feed at all give ``bad_feed``.
Sloppy but harmless XML (an undefined ``&nbsp;``) is left to feedparser's lenient parser.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import defusedxml
import defusedxml.ElementTree
import feedparser

from geoevents.errors import IngestError

__all__ = ["Feed", "FeedEntry", "looks_like_feed", "looks_like_html", "parse_feed"]

_DTD_SUBSET = re.compile(rb"<!(ENTITY|DOCTYPE[^>]*\[)", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: where the article is, and what the feed says about it."""

    link: str | None
    title: str | None
    published: dt.datetime | None
    content: str | None
    """The entry's own HTML (``content:encoded`` or the summary), used when it has no link."""


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    entries: tuple[FeedEntry, ...]


def _head(body: bytes) -> bytes:
    return body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()


def looks_like_html(body: bytes, content_type: str) -> bool:
    """An HTML page (by its first bytes, or its declared type when the bytes do not say)."""
    head = _head(body)
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    if _FEED_ROOT.search(body[:4096]):
        return False
    if head.startswith(b"<?xml"):
        return b"<html" in head  # XHTML
    return "html" in content_type


def looks_like_feed(body: bytes, content_type: str) -> bool:
    """XML that may be a feed (or a bomb dressed as one): it goes through ``parse_feed``."""
    if looks_like_html(body, content_type):
        return False
    head = _head(body)
    return head.startswith((b"<?xml", b"<!doctype", b"<rss", b"<feed", b"<rdf")) or content_type in _FEED_TYPES


def parse_feed(data: bytes, *, url: str, content_type: str = "") -> Feed:
    """The entries of a feed; raises ``IngestError('xml_bomb' | 'bad_feed')``."""
    _vet_xml(data)
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed: Any = feedparser.parse(data, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, _HARMLESS):
        problem = None
    if not parsed.entries and (problem is not None or not parsed.get("version")):
        raise IngestError("bad_feed", f"not an RSS/Atom feed{f': {problem}' if problem else ''}"[:300])
    entries = tuple(_entry(e) for e in parsed.entries)
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return Feed(title=str(title) if title else None, entries=entries)


def _vet_xml(data: bytes) -> None:
    if not data.strip():
        raise IngestError("bad_feed", "empty response")
    try:
        defusedxml.ElementTree.fromstring(data)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden) as err:
        raise IngestError("xml_bomb", f"entity declarations or external references refused: {err!r}"[:300]) from err
    except ET.ParseError as err:
        # Malformed XML: harmless only if it declares nothing; the lenient parser may still read it.
        if _DTD_SUBSET.search(data):
            raise IngestError("xml_bomb", f"malformed XML with a DTD subset refused: {err}") from err
        if not _FEED_ROOT.search(data[:65536]):
            raise IngestError("bad_feed", f"not well-formed XML: {err}") from err


def _entry(raw: Any) -> FeedEntry:
    link = raw.get("link") or None
    title = raw.get("title") or None
    stamp = raw.get("published_parsed") or raw.get("updated_parsed")
    published = _utc(stamp) if stamp else None
    content = None
    if raw.get("content"):
        content = "\n".join(str(c.get("value", "")) for c in raw["content"]) or None
    content = content or raw.get("summary") or None
    return FeedEntry(link=str(link).strip() if link else None, title=str(title) if title else None,
                     published=published, content=content)


def _utc(stamp: time.struct_time) -> dt.datetime | None:
    try:
        return dt.datetime(*stamp[:6], tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None
