"""Ingest: sources of articles, decoded and normalized into Documents; bad input into Rejects."""

from geoevents.ingest.documents import build_document, parse_published
from geoevents.ingest.folder import FolderSource
from geoevents.ingest.normalize import decode_bytes, doc_id_of, normalize_text
from geoevents.ingest.sources import Source

__all__ = ["FolderSource", "Source", "build_document", "decode_bytes", "doc_id_of", "normalize_text",
           "parse_published"]
