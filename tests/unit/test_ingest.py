"""Ingest: decoding, normalization, the folder source with its sidecar, rejects with reasons."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest

from geoevents.errors import IngestError
from geoevents.ingest import FolderSource, decode_bytes, doc_id_of, normalize_text, parse_published
from geoevents.models import Document, Reject
from geoevents.settings import Settings

BODY = ("The foreign minister of Chile met her Peruvian counterpart in Lima on Tuesday to discuss border trade, "
        "the ministry said in a statement released after the talks.")


def test_decode_handles_boms_and_legacy_encodings() -> None:
    assert decode_bytes(codecs.BOM_UTF16_LE + "Café talks".encode("utf-16-le")) == "Café talks"
    assert decode_bytes("Café “talks”".encode("cp1252")) == "Café “talks”"
    assert decode_bytes("Zürich".encode("latin-1")) == "Zürich"
    with pytest.raises(IngestError) as err:
        decode_bytes(b"\x00\x01\x02binary\x00")
    assert err.value.reason == "binary"
    with pytest.raises(IngestError) as err:
        decode_bytes(b"   \n ")
    assert err.value.reason == "empty"


def test_control_bytes_above_five_percent_make_a_file_binary_but_whitespace_controls_do_not() -> None:
    text = b"Plain words and lines.\n" * 5
    assert decode_bytes(text + b"\t\f\r\n" * 40).startswith("Plain")  # tab, form feed, CR, LF are text
    assert decode_bytes(text + b"\x1b" * 5).startswith("Plain")  # 5 of 120 bytes: under 5%
    with pytest.raises(IngestError) as err:
        decode_bytes(text + b"\x1b\x07" * 4)  # 8 of 123 bytes
    assert err.value.reason == "binary"


def test_normalize_drops_boilerplate_and_junk_lines() -> None:
    text = "Headline here\r\n\r\n\r\nFirst  paragraph.\nBack to top\nRelated Articles\nxQzPlmRtaWvn\nLast one."
    assert normalize_text(text) == "Headline here\n\nFirst paragraph.\nLast one."
    assert doc_id_of("a") == doc_id_of("a") != doc_id_of("b")


def test_normalize_drops_control_and_format_characters_but_keeps_tabs_newlines_and_letters() -> None:
    text = "Soft\u00adhyphen and zero\u200bwidth\ufeff, a bell\x07 and a private\ue000 mark.\nTab\there, Ωmega é."
    assert normalize_text(text) == "Softhyphen and zerowidth, a bell and a private mark.\nTab here, Ωmega é."
    assert normalize_text("\x01\x02Only\x7f\x9f letters") == "Only letters"


def test_parse_published_forms() -> None:
    assert parse_published("2024-03-05").date() == dt.date(2024, 3, 5)
    assert parse_published("2024-03-05T23:30:00+09:00").date() == dt.date(2024, 3, 5)
    assert parse_published("March 5, 2024").date() == dt.date(2024, 3, 5)
    with pytest.raises(IngestError):
        parse_published("not a date at all")


def _write(root: Path, name: str, data: bytes | str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())


def test_folder_source_every_input_ends_somewhere(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Talks in Lima\n\n" + BODY)
    _write(tmp_path, "sub/b.html", f"<html><head><title>Lima talks</title></head><body><nav>Home | World</nav>"
                                   f"<article><h1>Lima talks</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>")
    _write(tmp_path, "c.jsonl", json.dumps({"id": "x", "text": BODY, "published": "2024-05-02"}) + "\n{broken\n")
    _write(tmp_path, "empty.txt", "")
    _write(tmp_path, "bin.txt", b"\x00\x01\x02\x03" * 50)
    _write(tmp_path, "nodate.txt", BODY)
    _write(tmp_path, "image.png", b"\x89PNG....")
    sidecar = [{"file": "a.txt", "published": "2024-05-01", "source": "s1"},
               {"file": "sub/b.html", "published": "2024-05-02", "source": "s2"},
               {"file": "empty.txt", "published": "2024-05-02"},
               {"file": "bin.txt", "published": "2024-05-02"},
               {"file": "../outside.txt", "published": "2024-05-02"},
               {"file": "/etc/passwd", "published": "2024-05-02"}]
    _write(tmp_path, "metadata.jsonl", "\n".join(json.dumps(s) for s in sidecar) + "\nnot json\n")
    now = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    records = list(FolderSource(tmp_path, settings=Settings(), now=now).records())
    docs = {r.origin: r for r in records if isinstance(r, Document)}
    rejects = {r.origin: r.reason for r in records if isinstance(r, Reject)}
    assert set(docs) == {"a.txt", "sub/b.html", "c.jsonl:1"}
    assert docs["a.txt"].source_name == "s1" and docs["a.txt"].published_date == dt.date(2024, 5, 1)
    assert "Home | World" not in docs["sub/b.html"].text
    assert rejects == {"c.jsonl:2": "bad_json", "empty.txt": "empty", "bin.txt": "binary", "nodate.txt": "no_date",
                       "image.png": "unsupported_type", "metadata.jsonl:5": "hostile_path",
                       "metadata.jsonl:6": "hostile_path", "metadata.jsonl:7": "bad_json"}


def test_too_large_file_is_rejected_without_reading(tmp_path: Path) -> None:
    _write(tmp_path, "big.txt", "x " * 600)
    records = list(FolderSource(tmp_path, settings=Settings(max_file_bytes=1000),
                                assume_date=dt.date(2024, 1, 1)).records())
    assert [(r.origin, r.reason) for r in records if isinstance(r, Reject)] == [("big.txt", "too_large")]


def test_future_and_foreign_language_are_rejected(tmp_path: Path) -> None:
    _write(tmp_path, "f.jsonl", "\n".join([
        json.dumps({"text": BODY, "published": "2031-01-01"}),
        json.dumps({"text": "Der Außenminister traf sich am Dienstag mit seinem Amtskollegen in Berlin und "
                            "sprach über die Lage an der Grenze, die nach wie vor angespannt ist.",
                    "published": "2024-01-01"}),
    ]))
    now = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    reasons = [r.reason for r in FolderSource(tmp_path, settings=Settings(), now=now).records()
               if isinstance(r, Reject)]
    assert reasons == ["future_date", "language"]


def test_chunks_keep_order_and_kinds_and_honour_a_smaller_first_chunk() -> None:
    from geoevents.streaming import chunks

    records: list[Document | Reject] = []
    for i in range(11):
        records.append(Reject(origin=f"r{i}", reason="empty", detail="no text") if i % 4 == 3
                       else Document(doc_id=f"d{i}", origin=f"d{i}", text="x"))
    plain = list(chunks(records, 4))
    assert [len(d) + len(r) for d, r in plain] == [4, 4, 3]
    ramped = list(chunks(records, 4, first=2))
    assert [len(d) + len(r) for d, r in ramped] == [2, 4, 4, 1]
    for split in (plain, ramped):
        assert [x.origin for d, _ in split for x in d] == [x.origin for x in records if isinstance(x, Document)]
        assert [x.origin for _, r in split for x in r] == [x.origin for x in records if isinstance(x, Reject)]
    assert [len(d) + len(r) for d, r in chunks(records, 4, first=9)] == [4, 4, 3]
