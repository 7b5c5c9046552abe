"""A small contract-valid dataset, written through ``Dataset.commit`` in two runs (no event coder needed).

Run ``run-a`` (November 2023) keeps four documents, codes three events and rejects two inputs; run
``run-b`` (December) adds three documents, two new events (one dated 2023-10-31, outside November)
and a new mention of event ``e3``, whose counts it updates; it rejects one input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from geoevents.codebook import load_codebook
from geoevents.dataset import Dataset
from geoevents.schema import arrow_schema

UTC = dt.UTC


def _ts(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def _id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = arrow_schema(name)
    return pa.Table.from_pylist([{f: row.get(f) for f in schema.names} for row in rows], schema=schema)


DOCS: dict[str, dict[str, Any]] = {
    "d1": {"source_name": "Harbor Times", "published_at": "2023-11-02T08:00:00", "run": "run-a",
           "title": 'U.S. envoy lands in Seoul, says "talks are on"'},
    "d2": {"source_name": "Atlas Newswire", "published_at": "2023-11-02T09:30:00", "run": "run-a",
           "title": "Envoy's visit; artillery fire in the Yellow Sea"},
    "d3": {"source_name": "Bayview Chronicle", "published_at": "2023-11-03T07:00:00", "run": "run-a",
           "title": "Seoul visit (rewritten copy)", "near_duplicate_of": "d1"},
    "d4": {"source_name": "Meridian Post", "published_at": None, "run": "run-a",
           "title": "Moscow accuses Kyiv"},
    "d5": {"source_name": "Northgate Herald", "published_at": "2023-12-05T10:00:00", "run": "run-b",
           "title": "NATO ready to meet Russia"},
    "d6": {"source_name": "Pacific Ledger", "published_at": "2023-12-06T12:00:00", "run": "run-b",
           "title": "Alliance talks; Moscow repeats accusation"},
    "d7": {"source_name": "Pacific Ledger", "published_at": "2023-11-01T06:00:00", "run": "run-b",
           "title": "Beijing and Washington sign accord"},
}
DOC_ID = {key: hashlib.sha256(key.encode()).hexdigest() for key in DOCS}
INGESTED = {"run-a": _ts("2023-11-16T00:00:00"), "run-b": _ts("2023-12-07T00:00:00")}

GEO = {
    "Seoul": ("city", "KOR", "Seoul", "KR-11", 37.566, 126.978, "geonames:1835848", False),
    "Yellow Sea": ("water", None, None, None, 35.0, 123.0, "cur:yellow-sea", False),
    "Kyiv": ("city", "UKR", "Kyiv City", "UA-30", 50.45, 30.523, "geonames:703448", False),
    "Brussels": ("city", "BEL", "Brussels Capital", "BE-BRU", 50.85, 4.349, "geonames:2800866", False),
    "Beijing": ("city", "CHN", "Beijing", "CN-BJ", 39.907, 116.397, "geonames:1816670", False),
}
ACTORS = {
    "USAGOV": ("United States", "USA", "GOV"), "KORGOV": ("South Korea", "KOR", "GOV"),
    "PRKMIL": ("North Korea", "PRK", "MIL"), "KORMIL": ("South Korea", "KOR", "MIL"),
    "RUSGOV": ("Russia", "RUS", "GOV"), "UKRGOV": ("Ukraine", "UKR", "GOV"),
    "NAT": ("NATO", None, "IGO"), "CHNGOV": ("China", "CHN", "GOV"),
}
# key: (date, actor1, actor2, code, place, [(doc, run, sentence)])
EVENTS: dict[str, tuple[str, str, str, str, str, list[tuple[str, str, str]]]] = {
    "e1": ("2023-11-01", "USAGOV", "KORGOV", "042", "Seoul", [
        ("d1", "run-a", "The U.S. envoy visited Seoul on Wednesday, officials said."),
        ("d2", "run-a", "America's envoy visited Seoul, meeting South Korea's president."),
        ("d3", "run-a", "The U.S. envoy visited Seoul on Wednesday, officials confirmed.")]),
    "e2": ("2023-11-02", "PRKMIL", "KORMIL", "190", "Yellow Sea", [
        ("d1", "run-a", "North Korea's army fired artillery at South Korea's navy in the Yellow Sea."),
        ("d2", "run-a", "North Korea's army shelled South Korea's navy, \"a clear provocation\", in the Yellow Sea.")]),
    "e3": ("2023-11-15", "RUSGOV", "UKRGOV", "112", "Kyiv", [
        ("d4", "run-a", "Russia's government accused Ukraine's government over Kyiv\tstrikes."),
        ("d6", "run-b", "Russia again accused Ukraine's government of attacks near Kyiv.")]),
    "e4": ("2023-12-05", "NAT", "RUSGOV", "036", "Brussels", [
        ("d5", "run-b", "NATO said in Brussels it was ready to meet Russia's government."),
        ("d6", "run-b", "NATO signalled from Brussels it would meet Russia's government.")]),
    "e5": ("2023-10-31", "CHNGOV", "USAGOV", "057", "Beijing", [
        ("d7", "run-b", "China's government and the United States signed an accord in Beijing.")]),
}
REJECTS = [
    ("run-a", "inbox/empty.txt", "empty", "no text after normalisation", "2023-11-16T00:00:01"),
    ("run-a", "inbox/photo.jpg", "binary", "not a text file (NUL bytes)", "2023-11-16T00:00:02"),
    ("run-b", "inbox/feed.json", "bad_json", "line 3:\tExpecting ',' delimiter", "2023-12-07T00:00:01"),
]
RUNS = ("run-a", "run-b")
WINDOW_EVENTS = ("e1", "e2", "e3")  # event_date in 2023-11-01 .. 2023-11-30


def _doc_rows(run: str) -> list[dict[str, Any]]:
    rows = []
    for key, d in DOCS.items():
        if d["run"] != run:
            continue
        dup = d.get("near_duplicate_of")
        rows.append({"doc_id": DOC_ID[key], "origin": f"inbox/{key}.txt", "source_name": d["source_name"],
                     "url": f"https://news.example/{key}", "title": d["title"],
                     "published_at": _ts(d["published_at"]) if d["published_at"] else None, "language": "en",
                     "n_chars": 1200 + len(key), "near_duplicate_of": DOC_ID[dup] if dup else None,
                     "minhash": bytes(range(8)), "ingested_at": INGESTED[run], "run_id": run})
    return rows


def _geo_fields(prefix: str, place: str | None) -> dict[str, Any]:
    if place is None:
        return {}
    kind, country, adm1, adm1_code, lat, lon, fid, centroid = GEO[place]
    return {f"{prefix}_name": place, f"{prefix}_type": kind, f"{prefix}_country_code": country,
            f"{prefix}_adm1": adm1, f"{prefix}_adm1_code": adm1_code, f"{prefix}_lat": lat, f"{prefix}_lon": lon,
            f"{prefix}_feature_id": fid, f"{prefix}_is_centroid": centroid}


def _span(sentence: str, word: str) -> tuple[int | None, int | None]:
    at = sentence.find(word)
    return (at, at + len(word)) if at >= 0 else (None, None)


def _event_row(key: str, upto: str) -> dict[str, Any] | None:
    day, a1, a2, code, place, sightings = EVENTS[key]
    seen = [s for s in sightings if RUNS.index(s[1]) <= RUNS.index(upto)]
    if not seen:
        return None
    cb = load_codebook().get(code)
    independent = {DOCS[d].get("near_duplicate_of") or d for d, _, _ in seen}
    first = min((d for d, _, _ in seen), key=lambda d: DOCS[d]["published_at"] or "9999")
    runs = sorted({r for _, r, _ in seen}, key=RUNS.index)
    row: dict[str, Any] = {
        "event_id": _id(key), "event_date": dt.date.fromisoformat(day), "date_precision": "day",
        "event_code": code, "event_base_code": cb.base_code, "event_root_code": cb.root_code,
        "quad_class": cb.quad_class, "goldstein": cb.goldstein, "num_mentions": len(seen),
        "num_sources": len({DOCS[d]["source_name"] for d in independent}), "num_articles": len(independent),
        "plover_event_type": cb.plover_event_type, "plover_mode": cb.plover_mode, "first_doc_id": DOC_ID[first],
        "source_url": f"https://news.example/{first}", "confidence": 0.8 if len(seen) > 1 else 0.6,
        "coder_version": "geoevents-0.1.0", "date_added": INGESTED[runs[0]], "last_updated": INGESTED[runs[-1]],
        **_geo_fields("action_geo", place), **_geo_fields("actor1_geo", "Seoul" if a1 == "KORGOV" else None),
    }
    for n, actor in ((1, a1), (2, a2)):
        name, country, kind = ACTORS[actor]
        row |= {f"actor{n}_code": actor, f"actor{n}_name": name, f"actor{n}_country_code": country,
                f"actor{n}_type_code": kind}
    return row


def _mention_rows(run: str) -> list[dict[str, Any]]:
    rows = []
    for key, (day, a1, a2, code, place, sightings) in EVENTS.items():
        for i, (doc, r, sentence) in enumerate(sightings):
            if r != run:
                continue
            a1s, a1e = _span(sentence, ACTORS[a1][0].split()[0] if a1 != "USAGOV" else "U.S.")
            geo_s, geo_e = _span(sentence, place)
            rows.append({
                "mention_id": _id(key, doc, str(i)), "event_id": _id(key), "doc_id": DOC_ID[doc],
                "sentence_index": i, "char_start": 100 * i, "char_end": 100 * i + len(sentence),
                "sentence": sentence, "event_date": dt.date.fromisoformat(day), "date_precision": "day",
                "date_raw": "on Wednesday" if "Wednesday" in sentence else None, "event_code": code,
                "actor1_code": a1, "actor2_code": a2, "confidence": 0.8,
                "flags": "reported" if "said" in sentence else None, "actor1_start": a1s, "actor1_end": a1e,
                "geo_start": geo_s, "geo_end": geo_e,
                "action_start": 0, "action_end": 3, "run_id": run})
    return rows


def build_dataset(root: Path, runs: tuple[str, ...] = RUNS) -> Path:
    """Write the runs (default both, in order) into ``root`` and return it."""
    ds = Dataset(root)
    for run in runs:
        touched = {k for k, v in EVENTS.items() if any(s[1] == run for s in v[5])}
        events = [row for k in sorted(touched) if (row := _event_row(k, run)) is not None]
        rejects = [{"origin": o, "reason": r, "detail": d, "run_id": run_, "rejected_at": _ts(at)}
                   for run_, o, r, d, at in REJECTS if run_ == run]
        with ds.locked(timeout=10):
            ds.commit(run_id=run, now=INGESTED[run],
                      appends={"documents": _table("documents", _doc_rows(run)),
                               "mentions": _table("mentions", _mention_rows(run)),
                               "rejects": _table("rejects", rejects)},
                      upserts={"events": _table("events", events)})
    return root


@pytest.fixture(scope="session")
def dataset_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared fixture dataset: read it, never write into it (copy it with ``dataset_copy``)."""
    return build_dataset(tmp_path_factory.mktemp("publish") / "dataset")


@pytest.fixture
def dataset_copy(dataset_root: Path, tmp_path: Path) -> Iterator[Path]:
    """A private copy of the fixture dataset that a test may damage."""
    copy = tmp_path / "dataset"
    shutil.copytree(dataset_root, copy)
    yield copy
