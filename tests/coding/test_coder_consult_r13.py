"""Consultations (helper round 13): wire synonyms of calls, meetings and trips, frames opened by a participle, the
'visiting' guest of a meeting, and trips or receptions that are no diplomatic visit or hosting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


def _roots(events: Events, root: str) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events if c.startswith(root)}


@pytest.mark.parametrize(("text", "expected"), [
    # wire synonyms: 'huddled with' (040), 'dialled', 'X's call with Y' (041), 'went / came to <place>' (042)
    ("Nepal's prime minister huddled with Indian officials on Tuesday.", {("NPL", "IND", "040")}),
    ("The Ethiopian prime minister dialled his Kenyan counterpart after the border clash.", {("ETH", "KEN", "041")}),
    ("Macron's call with the Algerian president on Sunday eased tensions.", {("FRA", "DZA", "041")}),
    ("The Senegalese president went to Paris on Thursday.", {("SEN", "FRA", "042")}),
    ("The Moldovan prime minister went to Bucharest for talks with his Romanian counterpart.",
     {("MDA", "ROU", "042"), ("ROU", "MDA", "043")}),
])
def test_wire_synonyms(code: Callable[..., Events], text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _roots(code(text), "04") == expected


def test_participle_opens_a_visit_or_talks_frame(code: Callable[..., Events]) -> None:
    assert ("HUN", "SRB", "042") in _roots(code(
        "Speaking on a visit to Belgrade, the Hungarian prime minister praised Serbia's economic reforms."), "04")
    assert _roots(code("Speaking after talks with the Senegalese president, the French foreign minister announced "
                       "new aid."), "04") == {("FRA", "SEN", "040")}


def test_visiting_guest_of_a_meeting(code: Callable[..., Events]) -> None:
    assert _roots(code("Qatar's emir held talks with the visiting Jordanian king in Doha."), "04") == {
        ("QAT", "JOR", "040"), ("JOR", "QAT", "042"), ("QAT", "JOR", "043")}


@pytest.mark.parametrize("text", [
    "Migrants from Guinea travelled to Morocco in search of work.",
    "Haitian refugees arrived in the Bahamas by boat.",
    "Students from Nepal travelled to Australia to study.",
    "Hundreds of Russian tourists arrived in Goa on charter flights.",
    "The Vatican received thousands of pilgrims for Easter.",
    # a thing received, welcomed or met is no guest or party
    "The Japanese company received an order from India for high-speed trains.",
    "Iran welcomed the UN report on sanctions.",
    "Ghanaian students received scholarships from Turkey.",
    "The Indian firm met its delivery deadline for the Brazilian order.",
    # 'go / come to' is a trip only to a named place
    "Georgia went to court over the pipeline dispute with Russia.",
])
def test_no_diplomatic_trip_or_hosting(code: Callable[..., Events], text: str) -> None:
    assert _roots(code(text), "04") == set()


def test_announced_visit_is_only_planned(code: Callable[..., Events]) -> None:
    assert _roots(code("Moldova's president announced a visit to Romania."), "0") == {("MDA", "ROU", "036")}


def test_guests_are_still_hosted(code: Callable[..., Events]) -> None:
    assert _roots(code("Cuba welcomed a delegation of Vietnamese lawmakers to Havana."), "04") == {
        ("CUB", "VNM", "043"), ("VNM", "CUB", "042")}
    assert _roots(code("Iran's supreme leader received Iraq's prime minister in Tehran."), "04") == {
        ("IRN", "IRQ", "043"), ("IRQ", "IRN", "042")}
