"""Date phrases resolved against the publication date, with tense."""

from __future__ import annotations

import datetime as dt

import pytest

from geoevents.coding.dates import ResolvedDate, resolve_date

WED = dt.date(2023, 11, 8)  # a Wednesday


@pytest.mark.parametrize(("phrase", "future", "expected", "precision"), [
    ("late Wednesday", False, dt.date(2023, 11, 8), "day"),
    ("on Monday", False, dt.date(2023, 11, 6), "day"),
    ("Thursday", True, dt.date(2023, 11, 9), "day"),
    ("on Tuesday", True, dt.date(2023, 11, 14), "day"),
    ("Nov. 8", False, dt.date(2023, 11, 8), "day"),
    ("Nov 30", True, dt.date(2023, 11, 30), "day"),
    ("last month", False, dt.date(2023, 10, 1), "month"),
    ("in September", False, dt.date(2023, 9, 1), "month"),
    ("last year", False, dt.date(2022, 1, 1), "year"),
    ("May 2022", False, dt.date(2022, 5, 1), "month"),
    ("yesterday", False, dt.date(2023, 11, 7), "day"),
    ("three days ago", False, dt.date(2023, 11, 5), "day"),
    ("last week", False, dt.date(2023, 10, 30), "week"),
])
def test_resolve(phrase: str, future: bool, expected: dt.date, precision: str) -> None:
    got = resolve_date(phrase, WED, future=future)
    assert got is not None and (got.date, got.precision) == (expected, precision)


def test_year_rollover_and_durations() -> None:
    jan = dt.date(2025, 1, 6)
    assert resolve_date("December 3", jan).date == dt.date(2024, 12, 3)  # type: ignore[union-attr]
    assert resolve_date("December 3 last year", jan).date == dt.date(2024, 12, 3)  # type: ignore[union-attr]
    assert resolve_date("two and a half years", jan) is None
    assert resolve_date("decades-long", jan) is None
    for phrase in ("a day", "a second week", "a third consecutive day", "the first night"):
        assert resolve_date(phrase, jan) is None, phrase  # counts of days, not dates
    for phrase in ("in May", "mid-May", "late May", "since May"):
        assert resolve_date(phrase, jan) == ResolvedDate(dt.date(2024, 5, 1), "month"), phrase
