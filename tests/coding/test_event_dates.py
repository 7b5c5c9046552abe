"""Which date phrase dates an event: one attached to its predicate, not one that only dates a thing the sentence names
("a 2018 agreement", "Sunday's launch")."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

Dated = list[tuple[str, str, str | None]]  # (event code, event date, date phrase)


@pytest.fixture(scope="module")
def dated() -> Callable[[str, str], Dated]:
    from geoevents.coding.tool import code_lines
    from geoevents.pipeline import _coder
    from geoevents.settings import Settings

    coder = _coder(Settings.from_env({}))

    def run(text: str, published: str) -> Dated:
        line = json.dumps({"id": "t", "text": text, "published": published})
        (out,) = list(code_lines([line], coder=coder))
        events: list[dict[str, Any]] = out["events"]
        return [(e["event_code"], e["event_date"], e["date_raw"]) for e in events]

    return run


def test_a_year_that_names_an_agreement_does_not_date_its_suspension(dated: Callable[[str, str], Dated]) -> None:
    # published on a Thursday: "on Wednesday" is the day before
    events = dated("Moldova's government voted on Wednesday to suspend a 2015 trade agreement with Belarus.",
                   "2025-03-13")
    assert events, "the suspension is coded"
    assert all(date == "2025-03-12" for _code, date, _raw in events), events
    assert all(raw != "2015" for _code, _date, raw in events)


def test_a_year_that_names_a_decision_does_not_date_its_criticism(dated: Callable[[str, str], Dated]) -> None:
    events = dated("Brazil's foreign ministry on Wednesday criticised Washington's 2019 decision to leave the treaty.",
                   "2025-03-13")
    criticised = [e for e in events if e[0].startswith("11")]
    assert criticised, events
    assert all(date == "2025-03-12" and raw != "2019" for _code, date, raw in criticised), criticised


def test_a_date_on_the_predicate_still_dates_the_event(dated: Callable[[str, str], Dated]) -> None:
    events = dated("Kenya and Uganda signed a new border agreement on Monday in Nairobi.", "2025-03-13")
    signed = [e for e in events if e[0] == "057"]
    assert signed, events
    assert all(date == "2025-03-10" and raw is not None and "Monday" in raw for _code, date, raw in signed), signed
