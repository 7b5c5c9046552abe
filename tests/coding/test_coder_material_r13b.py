"""Material cooperation and reduced relations, round 13b: aid money counted "in" a noun ("withheld $80 million in
military aid from X": 162), imports or purchases of a nation's goods ("resumed imports of Thai chicken": 061),
intelligence given by a participle's agent that helped a party (064 to that party), and a sports tour called off
(no 160).

Sentences written for these tests (not from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


def _roots(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


def test_money_in_aid_withheld(code: Code) -> None:
    expected = {("USA", "EGY", "1622")}
    assert _roots(code("The United States withheld $80 million in military aid from Egypt.")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan resumed imports of Thai chicken after a two-year ban.", {("JPN", "THA", "061")}),
    ("Bolivia resumed purchases of Argentine gas.", {("BOL", "ARG", "061")}),
])
def test_imports_of_a_nations_goods(code: Code, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _roots(code(text)) == expected


@pytest.mark.parametrize("text", [
    "Imports of Thai chicken rose 10 percent in March.",
    "The ministry resumed imports of vaccines.",
])
def test_import_statistics_give_nothing(code: Code, text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Intelligence supplied by France allowed Chadian troops to locate the convoy.", {("FRA", "TCD", "064")}),
    ("Data provided by Israel helped Azerbaijani forces locate the launchers.", {("ISR", "AZE", "064")}),
])
def test_intelligence_that_helped_a_party(code: Code, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _roots(code(text)) == expected


def test_intelligence_from_no_actor(code: Code) -> None:
    assert code("Intelligence provided by informants helped police arrest the gang.") == []


@pytest.mark.parametrize("text", [
    "Nepal's cricket board suspended its tour of Sri Lanka.",
    "Australia cancelled its rugby tour of Fiji.",
])
def test_sports_tour_called_off_is_no_reduced_relations(code: Code, text: str) -> None:
    assert code(text) == []


def test_state_tour_called_off_stays(code: Code) -> None:
    assert _roots(code("Ghana postponed the president's tour of Nigeria.")) == {("GHA", "NGA", "160")}
