"""Round 13, roots 05-07: leading a peacekeeping or security mission (074), praise of a sport or an art (no 051)
and trade resumed or begun (061: "resumed exports of X to Y", "began importing Australian beef").

Sentences written for these tests (not from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


def _roots(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya is leading the multinational security mission in Haiti.", {("KEN", "HTI", "074")}),
    ("Rwanda heads the African stabilisation force in Mozambique.", {("RWA", "MOZ", "074")}),
])
def test_leading_a_security_mission_is_protection(code: Code, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _roots(code(text)) == expected


@pytest.mark.parametrize("text", [
    "Critics lauded the Colombian painter's new exhibition in Bogota.",
    "The Argentine football team was praised by fans after winning the Copa America.",
])
def test_praise_of_a_sport_or_an_art_is_no_endorsement(code: Code, text: str) -> None:
    assert code(text) == []


def test_praise_of_a_party_stays(code: Code) -> None:
    assert _roots(code("Kenyan President William Ruto praised Ethiopia's mediation efforts in Sudan on Tuesday.")) == {
        ("KEN", "ETH", "051")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia resumed exports of palm oil to Pakistan after a three-month pause.", {("IDN", "PAK", "061")}),
    ("South Korea began importing Australian beef again after lifting a ban.", {("KOR", "AUS", "061")}),
])
def test_trade_resumed_or_begun_is_economic_cooperation(code: Code, text: str,
                                                       expected: set[tuple[str, str, str]]) -> None:
    assert _roots(code(text)) == expected


def test_trade_statistics_stay_uncoded(code: Code) -> None:
    assert code("Tunisia's exports of olive oil to Spain surged in 2023.") == []
