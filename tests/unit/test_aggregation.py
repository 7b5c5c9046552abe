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
