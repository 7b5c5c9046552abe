"""One exception family for the whole library.

Every error the library raises on purpose is a ``GeoeventsError``; each subclass also
subclasses the builtin it resembles, so callers may catch either.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DatasetError",
    "DatasetLockedError",
    "GazetteerError",
    "GeoeventsError",
    "IngestError",
    "SchemaMismatchError",
]


class GeoeventsError(Exception):
    """Base of every error raised by geoevents."""


class ConfigError(GeoeventsError, ValueError):
    """A setting or argument is invalid."""


class IngestError(GeoeventsError, ValueError):
    """An input could not be read as a document; ``reason`` is the short reject code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class DatasetError(GeoeventsError, OSError):
    """The published dataset could not be read or written."""


class DatasetLockedError(DatasetError, TimeoutError):
    """Another run holds the dataset's writer lock."""


class SchemaMismatchError(DatasetError):
    """A table does not match the data contract."""


class GazetteerError(GeoeventsError, LookupError):
    """The gazetteer could not be built, opened or queried."""
