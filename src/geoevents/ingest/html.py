"""HTML pages to article text with trafilatura (navigation and boilerplate dropped)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import trafilatura
from trafilatura.settings import use_config

from geoevents.errors import IngestError

__all__ = ["HtmlArticle", "extract_html"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None
    published: dt.date | None


def _config() -> Any:
    cfg = use_config()
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout: we run in worker threads
    cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "40")
    cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", "40")
    return cfg


def extract_html(html: str, *, url: str | None = None) -> HtmlArticle:
    """Main text, title and page date of an HTML page; ``IngestError('no_text')`` when it is all chrome."""
    cfg = _config()
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, config=cfg)
    if not text or len(text.strip()) < 40:
        raise IngestError("no_text", "the page holds no article text (navigation or boilerplate only)")
    meta = trafilatura.extract_metadata(html, default_url=url, extensive=False)
    title = meta.title if meta is not None else None
    published: dt.date | None = None
    if meta is not None and meta.date:
        try:
            published = dt.date.fromisoformat(str(meta.date)[:10])
        except ValueError:
            log.debug("unparseable page date %r", meta.date)
    return HtmlArticle(text=text, title=title, published=published)
