"""The family of input sources: one base class; every member yields Documents or Rejects."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any

from geoevents.errors import IngestError
from geoevents.ingest.documents import build_document
from geoevents.models import Document, Reject
from geoevents.settings import Settings

__all__ = ["Source"]


class Source(ABC):
    """An input: a folder, a feed, a URL list. ``records()`` never raises for one bad item."""

    def __init__(self, *, settings: Settings, now: dt.datetime | None = None,
                 assume_date: dt.date | None = None) -> None:
        self.settings = settings
        self.now = now or dt.datetime.now(dt.UTC)
        self.assume_date = assume_date

    @abstractmethod
    def records(self) -> Iterator[Document | Reject]:
        """Every item of the source, as a kept Document or a Reject with a reason."""

    def _document(self, origin: str, text: str, meta: dict[str, Any], *, is_html: bool = False) -> Document | Reject:
        try:
            return build_document(origin, text, meta, settings=self.settings, now=self.now,
                                  is_html=is_html, assume_date=self.assume_date)
        except IngestError as err:
            return Reject(origin=origin, reason=err.reason, detail=err.detail)
