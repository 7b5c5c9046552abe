"""A folder of .txt/.html/.json/.jsonl files with an optional ``metadata.jsonl`` sidecar."""

from __future__ import annotations

import fnmatch
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from geoevents.errors import IngestError
from geoevents.ingest.normalize import decode_bytes
from geoevents.ingest.sources import Source
from geoevents.models import Document, Reject

__all__ = ["SIDECAR", "FolderSource"]

log = logging.getLogger(__name__)

SIDECAR = "metadata.jsonl"
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_NOT_INPUTS = ("readme*", "license*", SIDECAR, "*.md")


class FolderSource(Source):
    """Walks a folder recursively (symlinks are not followed out of it), sorted, with glob filters."""

    def __init__(self, root: Path, *, include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.root = Path(root)
        self.include = include
        self.exclude = exclude

    def records(self) -> Iterator[Document | Reject]:
        if not self.root.is_dir():
            raise IngestError("not_found", f"{self.root} is not a folder")
        sidecar, sidecar_rejects = self._read_sidecar()
        yield from sidecar_rejects
        for path in self._walk():
            rel = path.relative_to(self.root).as_posix()
            yield from self._file_records(path, rel, sidecar.get(rel, {}))

    # -- walking -------------------------------------------------------------------------------
    def _walk(self) -> Iterator[Path]:
        root_real = self.root.resolve()
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith(".") or any(fnmatch.fnmatch(name.lower(), p) for p in _NOT_INPUTS):
                    continue
                path = Path(dirpath) / name
                rel = path.relative_to(self.root).as_posix()
                if self.include and not any(fnmatch.fnmatch(rel, p) for p in self.include):
                    continue
                if any(fnmatch.fnmatch(rel, p) for p in self.exclude):
                    continue
                if path.is_symlink():
                    try:
                        target = path.resolve(strict=True)
                    except (OSError, RuntimeError):
                        yield path  # reported as unreadable below
                        continue
                    if not target.is_relative_to(root_real):
                        log.warning("symlink %s leaves the input folder; not read", rel)
                    # a link to a folder is not walked; a link to a file inside the folder is read like a file
                yield path

    def _read_sidecar(self) -> tuple[dict[str, dict[str, Any]], list[Reject]]:
        path = self.root / SIDECAR
        meta: dict[str, dict[str, Any]] = {}
        rejects: list[Reject] = []
        if not path.is_file():
            return meta, rejects
        with path.open("rb") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                origin = f"{SIDECAR}:{lineno}"
                try:
                    entry = json.loads(line)
                    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                        raise ValueError("a sidecar line must be an object with a string 'file'")
                except ValueError as err:
                    rejects.append(Reject(origin, "bad_json", f"sidecar line {lineno}: {str(err)[:200]}"))
                    continue
                name = entry["file"]
                safe = _safe_relative(name)
                if safe is None:
                    rejects.append(Reject(origin, "hostile_path",
                                          f"sidecar names {name!r}, outside the input folder; ignored"))
                    continue
                if not (self.root / safe).is_file():
                    rejects.append(Reject(origin, "missing_file", f"sidecar names {safe!r}, which does not exist"))
                    continue
                meta[safe] = entry
        return meta, rejects

    # -- reading -------------------------------------------------------------------------------
    def _file_records(self, path: Path, rel: str, meta: dict[str, Any]) -> Iterator[Document | Reject]:
        if path.is_symlink() and _leaves(path, self.root):
            yield Reject(rel, "hostile_path", "symlink to a file outside the input folder; not read")
            return
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from self._jsonl_records(path, rel)
            return
        if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES:
            yield Reject(rel, "unsupported_type", f"file type {suffix or '(none)'!r} is not read")
            return
        try:
            size = path.stat().st_size
            if size > self.settings.max_file_bytes:
                yield Reject(rel, "too_large", f"{size} bytes > limit {self.settings.max_file_bytes}; not read")
                return
            data = path.read_bytes()
            text = decode_bytes(data)
        except IngestError as err:
            yield Reject(rel, err.reason, err.detail)
            return
        except (OSError, RuntimeError) as err:
            yield Reject(rel, "unreadable", f"{type(err).__name__}: {err}"[:300])
            return
        if suffix in JSON_SUFFIXES:
            yield from self._json_records(text, rel, meta)
        else:
            yield self._document(rel, text, meta, is_html=suffix in HTML_SUFFIXES or _sniff_html(text))

    def _json_records(self, text: str, rel: str, meta: dict[str, Any]) -> Iterator[Document | Reject]:
        try:
            obj = json.loads(text)
        except ValueError as err:
            yield Reject(rel, "bad_json", str(err)[:300])
            return
        items = obj if isinstance(obj, list) else [obj]
        for i, item in enumerate(items):
            origin = rel if len(items) == 1 else f"{rel}:{i + 1}"
            yield self._record(origin, item, meta)

    def _jsonl_records(self, path: Path, rel: str) -> Iterator[Document | Reject]:
        limit = self.settings.max_file_bytes
        try:
            fh = path.open("rb")
        except OSError as err:
            yield Reject(rel, "unreadable", str(err)[:300])
            return
        with fh:
            lineno = 0
            while True:
                line = fh.readline(limit + 1)
                if not line:
                    break
                lineno += 1
                origin = f"{rel}:{lineno}"
                if len(line) > limit:
                    while line and not line.endswith(b"\n"):  # skip the rest of the over-long line
                        line = fh.readline(limit)
                    yield Reject(origin, "too_large", f"line longer than {limit} bytes; not read")
                    continue
                if not line.strip():
                    continue
                try:
                    item = json.loads(decode_bytes(line))
                except IngestError as err:
                    yield Reject(origin, err.reason, err.detail)
                    continue
                except ValueError as err:
                    yield Reject(origin, "bad_json", str(err)[:300])
                    continue
                yield self._record(origin, item, {})

    def _record(self, origin: str, item: Any, meta: dict[str, Any]) -> Document | Reject:
        if not isinstance(item, dict):
            return Reject(origin, "bad_json", f"expected an object, got {type(item).__name__}")
        body = item.get("text") or item.get("body") or item.get("content")
        is_html = False
        if not body and item.get("html"):
            body, is_html = item["html"], True
        if not isinstance(body, str) or not body.strip():
            return Reject(origin, "empty", "the record has no 'text'")
        merged = {**meta, **{k: v for k, v in item.items() if k not in {"text", "body", "content", "html"}}}
        return self._document(origin, body, merged, is_html=is_html or _sniff_html(body))


def _safe_relative(name: str) -> str | None:
    """The sidecar path as a clean relative POSIX path, or None when it is absolute or climbs out."""
    if not name or "\x00" in name:
        return None
    p = PurePosixPath(name.replace("\\", "/"))
    if p.is_absolute() or ".." in p.parts or (p.parts and ":" in p.parts[0]):
        return None
    return p.as_posix()


def _leaves(path: Path, root: Path) -> bool:
    """True when a symlink resolves outside ``root`` (a broken or looping link is left to the reader)."""
    try:
        return not path.resolve(strict=True).is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def _sniff_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)
