"""Aggregation on a corpus of our own where the right events are known (tests/fixtures/aggregation).

One story told by five outlets, two near-duplicate rewrites, and two meetings of the same actors
on different days. Also: incremental runs update counts in place (same event_id, date_added kept).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from geoevents.pipeline import run_pipeline
from geoevents.settings import Settings

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "aggregation"
EXPECTED = json.loads((FIXTURE / "expected.json").read_text())


def _copy(files: list[str], dest: Path) -> Path:
    dest.mkdir(parents=True)
    lines = [line for line in (FIXTURE / "metadata.jsonl").read_text().splitlines()
             if json.loads(line)["file"] in files]
    (dest / "metadata.jsonl").write_text("\n".join(lines) + "\n")
    for f in files:
        shutil.copy(FIXTURE / f, dest / f)
    return dest


def _rows(root: Path, table: str) -> list[dict[str, object]]:
    return ds.dataset(root / table, format="parquet", partitioning="hive").to_table().to_pylist()


def _story(events: list[dict[str, object]]) -> list[dict[str, object]]:
    exp = EXPECTED["story_event"]
    return [e for e in events if e["actor1_country_code"] == exp["actor1"] and e["actor2_country_code"] == exp["actor2"]
            and e["event_root_code"] == exp["root_code"] and str(e["event_date"]) == exp["date"]]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = sorted(p.name for p in FIXTURE.glob("*.txt"))
    src = _copy(files, tmp_path_factory.mktemp("agg") / "in")
    out = src.parent / "out"
    run_pipeline([str(src)], out, settings=Settings())
    return out


def test_one_story_is_one_event_told_by_five_articles(built: Path) -> None:
    story = _story(_rows(built, "events"))
    best = max(story, key=lambda e: e["num_articles"])  # type: ignore[arg-type,return-value]
    assert best["num_articles"] == EXPECTED["story_event"]["num_articles"]
    assert best["num_sources"] == best["num_articles"]  # the near-duplicates add no source
    assert best["num_mentions"] >= EXPECTED["story_event"]["num_mentions_at_least"]
    assert best["action_geo_name"] == EXPECTED["story_event"]["location"]
    mentions = [m for m in _rows(built, "mentions") if m["event_id"] == best["event_id"]]
    assert len(mentions) == best["num_mentions"]
    assert len({m["doc_id"] for m in mentions}) > best["num_articles"]  # near-duplicates were sighted too


def test_near_duplicates_point_at_their_originals(built: Path) -> None:
    docs = {d["origin"]: d for d in _rows(built, "documents")}
    for copy, original in EXPECTED["near_duplicates"].items():
        a, b = docs[copy], docs[original]
        # linked, one way or the other (same-day publication leaves "earliest" a tie)
        assert a["near_duplicate_of"] == b["doc_id"] or b["near_duplicate_of"] == a["doc_id"]
    independent = [d for d in docs.values() if d["near_duplicate_of"] is None]
    assert len(independent) == len(docs) - len(EXPECTED["near_duplicates"])


def test_same_actors_on_different_days_are_different_events(built: Path) -> None:
    events = _rows(built, "events")
    ids = set()
    for sep in EXPECTED["separate_events"]:
        match = [e for e in events if e["actor1_country_code"] == sep["actor1"]
                 and e["actor2_country_code"] == sep["actor2"] and e["event_root_code"] == sep["root_code"]
                 and str(e["event_date"]) == sep["date"]]
        assert match, sep
        ids |= {e["event_id"] for e in match}
    assert len(ids) >= 2


def test_incremental_run_updates_counts_in_place(tmp_path: Path) -> None:
    stories = sorted(EXPECTED["story_event"]["articles"])
    out = tmp_path / "out"
    t1 = dt.datetime(2025, 1, 15, 8, tzinfo=dt.UTC)
    run_pipeline([str(_copy(stories[:2], tmp_path / "a"))], out, settings=Settings(), now=t1)
    first = {e["event_id"]: e for e in _story(_rows(out, "events"))}
    assert first
    files_before = {p: p.stat().st_ino for p in (out / "events").rglob("*.parquet")}
    t2 = dt.datetime(2025, 1, 16, 8, tzinfo=dt.UTC)
    run_pipeline([str(_copy(stories[2:], tmp_path / "b"))], out, settings=Settings(), now=t2)
    second = {e["event_id"]: e for e in _story(_rows(out, "events"))}
    grown = [i for i in first if i in second and second[i]["num_articles"] > first[i]["num_articles"]]
    assert grown, "the story's event kept its id and gained articles"
    for i in grown:
        assert second[i]["date_added"] == first[i]["date_added"]
        assert second[i]["last_updated"] > first[i]["last_updated"]
    ids = [e["event_id"] for e in _rows(out, "events")]
    assert len(ids) == len(set(ids))
    untouched = [p for p in files_before if p.exists() and p.stat().st_ino == files_before[p]]
    rewritten = [p for p in files_before if not p.exists()]
    assert rewritten and all("year=2025/month=1" in str(p) for p in rewritten)
    assert all("year=2025/month=1" not in str(p) for p in untouched)


def _record(day: int, a1: tuple[str | None, str | None, str | None], name: str, base: str = "042") -> dict[str, object]:
    code, country, kind = a1
    return {"event_date": dt.date(2024, 5, day), "date_precision": "day", "event_base_code": base,
            "action_geo_country_code": "KOR", "actor1_code": code, "actor1_country_code": country,
            "actor1_type_code": kind, "actor1_name": name, "actor2_code": "USA", "actor2_country_code": "USA",
            "actor2_type_code": None, "actor2_name": "United States"}


def test_unify_mapping_equals_unifying_every_record() -> None:
    import polars as pl

    from geoevents.aggregate import UNIFY_COLUMNS, unify_actors, unify_mapping

    records = [_record(1, ("KOR", "KOR", None), "South Korea"), _record(1, ("KORGOV", "KOR", "GOV"), "Seoul gov"),
               _record(1, ("KOR", "KOR", None), "South Korea"), _record(1, ("KORGOV", "KOR", "GOV"), "Other name"),
               _record(2, ("KOR", "KOR", None), "South Korea"),  # another day: nothing typed to merge with
               _record(3, ("KOR", "KOR", None), "South Korea"), _record(3, ("KORGOV", "KOR", "GOV"), "g"),
               _record(3, ("KORMIL", "KOR", "MIL"), "m"),  # two typed codes: ambiguous, left alone
               _record(1, (None, None, None), "")]
    expected = unify_actors([dict(r) for r in records])
    frame = pl.DataFrame(records)
    mapping = unify_mapping(frame)
    assert mapping.height < len(records)  # computed over the distinct rows only
    joined = frame.join(mapping, on=UNIFY_COLUMNS, how="left", nulls_equal=True, maintain_order="left")
    for got, want in zip(joined.to_dicts(), expected, strict=True):
        for col in ("actor1_code", "actor1_type_code", "actor1_name", "actor2_code", "event_id"):
            assert got[f"new_{col}"] == want[col], col
    assert expected[0]["actor1_code"] == "KORGOV" and expected[4]["actor1_code"] == "KOR"
    assert expected[5]["actor1_code"] == "KOR"


def test_a_run_in_many_chunks_and_spills_finds_the_same_events(built: Path, tmp_path: Path) -> None:
    """Chunks of 3 inputs and a spill every 5 records: same mentions, events and counts as one chunk."""
    src = built.parent / "in"
    out = tmp_path / "chunked"
    run_pipeline([str(src)], out, settings=Settings(chunk_size=3, spill_rows=5, near_dup_window_days=0))
    for table, key in (("mentions", "mention_id"), ("events", "event_id")):
        one = {r[key]: r for r in _rows(built, table)}
        many = {r[key]: r for r in _rows(out, table)}
        assert set(one) == set(many), table
    events = {e["event_id"]: e for e in _rows(out, "events")}
    for e in _rows(built, "events"):
        assert events[e["event_id"]]["num_mentions"] == e["num_mentions"]
        assert events[e["event_id"]]["num_articles"] == e["num_articles"]
    assert len(list((out / "documents").rglob("*.parquet"))) > 1  # appended chunk by chunk
