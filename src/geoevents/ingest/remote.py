"""Sources on the web: a feed (or page) URL, and a file listing URLs. Both yield the same Documents.

``source_for(item)`` picks one: an http(s) URL is fetched and read as a feed when it is one (each
entry's link is then fetched as an article), else as a single article page; an existing
``.txt``/``.urls``/``.lst`` file is a URL list (one URL a line, ``#`` comments). Every URL ends as a
Document or a Reject carrying the fetch's reason (``timeout``, ``too_large``, ``blocked_address`` ...).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from geoevents.errors import IngestError
from geoevents.ingest.feeds import FeedEntry, looks_like_feed, looks_like_html, parse_feed
from geoevents.ingest.fetch import Fetcher, FetchResult, check_url
from geoevents.ingest.normalize import decode_bytes
from geoevents.ingest.sources import Source
from geoevents.models import Document, Reject
from geoevents.settings import Settings

__all__ = ["URL_LIST_SUFFIXES", "UrlListSource", "UrlSource", "WebSource", "source_for"]

log = logging.getLogger(__name__)

URL_LIST_SUFFIXES = frozenset({".txt", ".urls", ".lst"})
MAX_LINE_BYTES = 8192
_TRAILING_COMMENT = re.compile(r"\s+#.*$")


def source_for(item: str, *, settings: Settings, now: dt.datetime | None = None,
               assume_date: dt.date | None = None, fetcher: Fetcher | None = None) -> Source:
    """The source for one input that is not a folder; ``IngestError('not_found')`` when it is neither."""
    scheme = urlsplit(item).scheme.lower()
    if scheme in ("http", "https"):
        return UrlSource(item, settings=settings, now=now, assume_date=assume_date, fetcher=fetcher)
    path = Path(item)
    if path.is_file() and path.suffix.lower() in URL_LIST_SUFFIXES:
        return UrlListSource(path, settings=settings, now=now, assume_date=assume_date, fetcher=fetcher)
    if path.is_file():
        raise IngestError("not_found", f"{item}: a single file is read only as a URL list "
                                       f"({', '.join(sorted(URL_LIST_SUFFIXES))}); put articles in a folder")
    raise IngestError("not_found", f"{item}: no such folder or URL-list file, and not an http(s) URL")


class WebSource(Source):
    """Shared plumbing of the web sources: one fetcher per ``records()`` pass, fetched bytes to records."""

    def __init__(self, *, fetcher: Fetcher | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._fetcher = fetcher

    def records(self) -> Iterator[Document | Reject]:
        if self._fetcher is not None:
            yield from self._records(self._fetcher)
            return
        with Fetcher(settings=self.settings) as fetcher:
            yield from self._records(fetcher)

    def _records(self, fetcher: Fetcher) -> Iterator[Document | Reject]:
        raise NotImplementedError

    def _resolve(self, fetcher: Fetcher, url: str, origin: str) -> Iterator[Document | Reject]:
        """A URL given by the user: a feed's entries, or one article."""
        try:
            result = fetcher.fetch(url)
        except IngestError as err:
            yield Reject(origin, err.reason, err.detail)
            return
        if looks_like_feed(result.body, result.content_type):
            try:
                feed = parse_feed(result.body, url=result.url, content_type=result.content_type)
            except IngestError as err:
                yield Reject(origin, err.reason, err.detail)
                return
            log.info("feed %s: %d entries", url, len(feed.entries))
            if not feed.entries:
                yield Reject(origin, "empty", "the feed has no entries")
            for index, entry in enumerate(feed.entries, start=1):
                yield self._entry(fetcher, entry, f"{origin}#entry-{index}", feed_url=result.url)
            return
        yield self._article(result, origin, {})

    def _entry(self, fetcher: Fetcher, entry: FeedEntry, fallback_origin: str, *, feed_url: str) -> Document | Reject:
        meta: dict[str, Any] = {"title": entry.title,
                                "published": entry.published.isoformat() if entry.published else None}
        if entry.link:
            try:
                result = fetcher.fetch(entry.link)
            except IngestError as err:
                return Reject(entry.link, err.reason, err.detail)
            if looks_like_feed(result.body, result.content_type):
                return Reject(entry.link, "unsupported_type", "the entry links to another feed, not an article")
            return self._article(result, entry.link, meta)
        if entry.content:
            return self._document(fallback_origin, entry.content, {**meta, "source": _host(feed_url)}, is_html=True)
        return Reject(fallback_origin, "no_link", "the feed entry has neither a link nor content")

    def _article(self, result: FetchResult, origin: str, meta: dict[str, Any]) -> Document | Reject:
        is_html = looks_like_html(result.body, result.content_type)
        if not is_html and result.content_type not in ("", "text/plain"):
            return Reject(origin, "unsupported_type", f"content type {result.content_type!r} is not an article")
        try:
            text = result.text()
        except IngestError as err:
            return Reject(origin, err.reason, err.detail)
        merged = {"url": result.url, "source": _host(result.url), **{k: v for k, v in meta.items() if v is not None}}
        return self._document(origin, text, merged, is_html=is_html)


class UrlSource(WebSource):
    """One URL from the command line or a deployment: a feed, or a single article page."""

    def __init__(self, url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url = url.strip()
        self.root = self.url  # how ``read_inputs`` names the source if it ever fails whole

    def _records(self, fetcher: Fetcher) -> Iterator[Document | Reject]:
        yield from self._resolve(fetcher, self.url, self.url)


class UrlListSource(WebSource):
    """A text file of URLs (feeds or articles), one a line; blank lines and ``#`` comments skipped."""

    def __init__(self, path: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.path = Path(path)
        self.root = str(self.path)

    def _records(self, fetcher: Fetcher) -> Iterator[Document | Reject]:
        for lineno, line in self._lines():
            origin = f"{self.path.name}:{lineno}"
            if line is None:
                yield Reject(origin, "bad_url", f"line longer than {MAX_LINE_BYTES} bytes")
                continue
            try:
                url = str(check_url(line))
            except IngestError as err:
                yield Reject(origin, err.reason, err.detail)
                continue
            yield from self._resolve(fetcher, url, line)

    def _lines(self) -> Iterator[tuple[int, str | None]]:
        """(line number, URL text) for every non-blank, non-comment line; None for an over-long line."""
        try:
            fh = self.path.open("rb")
        except OSError as err:
            raise IngestError("unreadable", f"{self.path}: {err}") from err
        with fh:
            lineno = 0
            while raw := fh.readline(MAX_LINE_BYTES + 1):
                lineno += 1
                if len(raw) > MAX_LINE_BYTES:
                    while raw and not raw.endswith(b"\n"):
                        raw = fh.readline(MAX_LINE_BYTES)
                    yield lineno, None
                    continue
                try:
                    line = decode_bytes(raw).strip()
                except IngestError:
                    line = raw.decode("latin-1").strip()
                line = _TRAILING_COMMENT.sub("", line)
                if line and not line.startswith("#"):
                    yield lineno, line


def _host(url: str) -> str | None:
    """The outlet name we record for a web document: the host without ``www.``."""
    return (urlsplit(url).hostname or "").removeprefix("www.") or None
