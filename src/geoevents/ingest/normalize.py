"""Bytes to clean article text: decoding, binary detection, boilerplate lines, the document id."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from geoevents.errors import IngestError

__all__ = ["decode_bytes", "doc_id_of", "looks_english", "normalize_text"]

_BOILERPLATE_LINES = (
    r"scroll to top", r"back to top( button)?", r"related (articles|stories|posts|news)", r"read more",
    r"share( this)?( article| story)?", r"advertisement", r"sponsored", r"featured[- ]image", r"subscribe( now)?",
    r"sign up( for our newsletter)?", r"print", r"email", r"click here.*", r"cookies? (policy|settings)",
    r"accept( all)? cookies", r"all rights reserved.*", r"copyright.*", r"follow us( on .*)?", r"leave a comment",
    r"comments?", r"tags?:.*", r"image:.*", r"photo:.*", r"skip to (main )?content", r"menu", r"home",
)
_BOILERPLATE = re.compile("^(" + "|".join(_BOILERPLATE_LINES) + ")$", re.IGNORECASE)
_CASE_SWITCH = re.compile(r"[a-z][A-Z]")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_ENGLISH = frozenset(
    "the of and to in a is that for on was with as by it at from his her said has have are be an not this "
    "which were their they its will who been after more also would but or".split()
)


def decode_bytes(data: bytes) -> str:
    """Decode an input file: BOMs first, then strict UTF-8, then cp1252 and Latin-1.

    Raises ``IngestError`` with reason ``empty`` or ``binary`` for unusable bytes.
    """
    if not data.strip():
        raise IngestError("empty", "the input holds no text")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF32_LE, "utf-32")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as err:
                raise IngestError("encoding", f"{enc} BOM but undecodable bytes: {err}") from err
    sample = data[:65536]
    if b"\x00" in sample or _control_ratio(sample) > 0.05:
        raise IngestError("binary", "NUL or control bytes: not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _control_ratio(sample: bytes) -> float:
    """The share of C0 control bytes other than tab, newline, form feed and carriage return (one C-level
    ``bytes.translate`` that deletes them, not a Python step per byte)."""
    bad = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bad / max(1, len(sample))


def _drop_control_chars(text: str) -> str:
    """``text`` without Unicode category C characters (controls, format, private use, unassigned) other
    than newline and tab. Each distinct character is classified once, so the cost is a set and one
    ``str.translate``, not a Python step per character."""
    drop = {ord(ch): None for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch)[0] == "C"}
    return text.translate(drop) if drop else text


def normalize_text(text: str, *, max_chars: int | None = None) -> str:
    """NFC, unified newlines and spaces, boilerplate and junk lines dropped, paragraphs kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _drop_control_chars(text)
    out: list[str] = []
    for raw in text.split("\n"):
        line = _WS.sub(" ", raw).strip()
        if line and (_BOILERPLATE.match(line) or _is_junk_token(line)):
            continue
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    cleaned = "\n".join(out).strip()
    if max_chars is not None and len(cleaned) > max_chars:
        cut = cleaned.rfind("\n", 0, max_chars)
        cleaned = cleaned[: cut if cut > max_chars // 2 else max_chars]
    return cleaned


def _is_junk_token(line: str) -> bool:
    """A lone token with several inner case switches (scraper debris such as 'xYzAbcDef')."""
    return " " not in line and len(line) >= 10 and len(_CASE_SWITCH.findall(line)) >= 2 and line.isalpha()


def doc_id_of(text: str) -> str:
    """The document id: sha256 (hex) of the normalized text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def looks_english(text: str) -> bool:
    """Cheap check that a text is English: share of common English function words."""
    words = re.findall(r"[a-zA-Z']+", text[:5000].lower())
    if len(words) < 8:
        return bool(words)
    return sum(w in _ENGLISH for w in words) / len(words) >= 0.08
