"""Offers, intents and mediation (helper round 14, intents): an offer or proposal one party makes and another takes
up or turns down ('Israel rejected an offer by Qatar to mediate': Qatar's 039 to Israel as well as the rejection),
mediation offered in a named conflict ('offered to mediate in the war between X and Y'), mediation accepted from
a mediator named with 'by' / 'from', commitments told by a gerund ('committed to supplying wheat to X'), and the
wider family of things brokered between two parties ('brokered a pact / compromise / rapprochement between')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijan rejected a French offer to mediate in its dispute with Armenia.",
     [("AZE", "FRA", "126"), ("FRA", "AZE", "039")]),
    ("Kinshasa turned down an offer by Angola to mediate with Rwanda.",
     [("CODGOV", "AGO", "126"), ("AGO", "CODGOV", "039")]),
    ("Bolivia rejected Chile's proposal to hold talks on the border.", [("BOL", "CHL", "125"), ("CHL", "BOL", "036")]),
    ("Tajikistan accepted an offer by Iran to mediate.", [("IRN", "TJK", "039")]),
    ("Armenia accepted Iran's willingness to mediate.", [("IRN", "ARM", "039")]),
    ("The UN welcomed Ethiopia's readiness to hold talks.", []),  # a third party's welcome: no addressee
    ("Mali rejected the offer to mediate.", []),  # nobody named makes it
    ("Russia denied plans to invade Moldova.", []),  # its own plan, denied
])
def test_offer_made_by_another_party(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("South Africa offered to mediate in the war between Russia and Ukraine.",
     [("ZAF", "RUS", "039"), ("ZAF", "UKR", "039")]),
    ("Indonesia mediated in the dispute between Cambodia and Thailand.",
     [("IDN", "KHM", "045"), ("IDN", "THA", "045")]),
    ("Qatar mediated in Doha.", []),
])
def test_mediation_in_a_named_conflict(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Eritrea accepted mediation by Qatar.", [("ERI", "QAT", "038")]),
    ("Sudan welcomed mediation by the African Union.", [("SDN", "IGOAFU", "038")]),
])
def test_mediation_accepted_from_a_named_mediator(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada committed to sending medical supplies to Haiti.", [("CAN", "HTI", "0333")]),
    ("Japan is committed to providing aid to Myanmar.", [("JPN", "MMR", "033")]),
    ("Ghana was not committed to sending troops.", []),
])
def test_commitment_told_by_a_gerund(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Angola brokered a compromise between Kinshasa and Kigali.", [("AGO", "CODGOV", "045"), ("AGO", "RWAGOV", "045")]),
    ("Qatar brokered an understanding between Washington and Caracas.",
     [("QAT", "USAGOV", "045"), ("QAT", "VENGOV", "045")]),
    ("Oman brokered a compromise between Riyadh and the Houthis.",
     [("OMN", "SAUGOV", "045"), ("OMN", "YEMREB", "045")]),
])
def test_brokered_between_two_parties(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese premier stopped over in Karachi.", [("CHNGOV", "PAK", "042")]),
    ("Rwanda's foreign minister stopped in Kampala on his way home.", [("RWAGOV", "UGA", "042")]),
    ("Police stopped protesters in Lagos.", []),  # stopping someone else is no trip
])
def test_stop_on_a_trip(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
