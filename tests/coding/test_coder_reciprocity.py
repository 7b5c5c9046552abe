"""Joint and reciprocal acts (CAMEO 03-06) from a battery written and labelled before the coder was run on it:
mutual acts done "with" a partner are coded both ways, a planned hosting is planned by the guest too, a talk to
the press is no meeting, and a meeting that frames a clause ("During talks with Y, X urged ...") is X's meeting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


# -- a mutual act with the partner named by "with": each with the other ----------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The M23 rebels signed a ceasefire with the Congolese government in Doha.",
     [("CODREB", "CODGOV", "0871"), ("CODGOV", "CODREB", "0871")]),
    ("Tajikistan agreed a ceasefire with Kyrgyzstan after border clashes.",
     [("TJK", "KGZ", "0871"), ("KGZ", "TJK", "0871")]),
    ("Armenia swapped prisoners of war with Azerbaijan on the border.",
     [("ARM", "AZE", "0841"), ("AZE", "ARM", "0841")]),
    ("Kenya swapped intelligence with Uganda on al-Shabaab.", [("KEN", "UGA", "064"), ("UGA", "KEN", "064")]),
    ("Ghana agreed with Togo to step up joint patrols along their border.",
     [("GHA", "TGO", "030"), ("TGO", "GHA", "030")]),
    ("Honduras established diplomatic relations with China in March.", [("HND", "CHN", "054"), ("CHN", "HND", "054")]),
])
def test_mutual_act_with_a_partner_goes_both_ways(code: Callable[[str], Events], text: str,
                                                  expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya shared intelligence with Uganda on al-Shabaab.", [("KEN", "UGA", "064")]),
    ("Kenya recognised Somaliland.", [("KEN", "SOM", "054")]),
    ("Chile's president said he agreed with the protesters that pensions were too low.",
     [("CHLGOV", "CHLCVL", "019")]),
])
def test_one_sided_act_with_a_partner_stays_one_way(code: Callable[[str], Events], text: str,
                                                    expected: Events) -> None:
    assert code(text) == expected


# -- a planned hosting: the guest's planned visit --------------------------------------------------------------
def test_scheduled_hosting_is_planned_by_both(code: Callable[[str], Events]) -> None:
    assert code("Burundi will host the Congolese president in Bujumbura on Thursday.") == [
        ("BDI", "CODGOV", "036"), ("CODGOV", "BDI", "036")]


def test_offer_to_host_is_the_hosts_alone(code: Callable[[str], Events]) -> None:
    assert code("Kenya offered to host the Ugandan president.") == [("KEN", "UGAGOV", "036")]


# -- the press is an audience, not a party met -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Brazilian foreign minister spoke with reporters after the summit.",
    "Ecuador's president met journalists in Quito.",
])
def test_talk_to_the_press_is_no_meeting(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_spoke_to_officials_of_a_country_is_a_meeting(code: Callable[[str], Events]) -> None:
    assert code("Honduras's president spoke to Mexican officials about migration.") == [("HNDGOV", "MEXGOV", "040")]


# -- a meeting that frames the clause ---------------------------------------------------------------------
def test_talks_framing_an_appeal_are_a_meeting(code: Callable[[str], Events]) -> None:
    assert ("GHAGOV", "NGAGOV", "040") in code(
        "During talks with his Nigerian counterpart, Ghana's president urged closer trade ties.")


def test_leading_at_a_meeting_is_a_meeting(code: Callable[[str], Events]) -> None:
    assert code("At a meeting with Pakistani officials, the Afghan foreign minister pledged to curb militants.") == [
        ("AFGGOV", "PAKGOV", "040")]
