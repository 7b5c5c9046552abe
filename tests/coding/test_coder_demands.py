"""Demands, investigations and protests (CAMEO 03, 09, 10, 14): the demanded party of a "that" clause, the
investigated doer of a crime, protest acts read by their doers, a demand someone rebuffs, and the wire
phrasings of blockades and settlement plans. Sentences written for these tests (not from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs the demanded party on the "that" clause as a compound or a possessor
    ("Seoul demanded that Tokyo apologise for wartime forced labour.", [("KORGOV", "JPNGOV", "100")]),
    ("The African Union demanded that Niger's junta restore constitutional order.", [("IGOAFU", "NER", "100")]),
])
def test_demanded_party_opening_a_that_clause(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_investigation_into_a_crime_targets_its_doer(code: Callable[[str], Events]) -> None:
    text = ("The International Criminal Court launched an investigation into alleged war crimes by Israeli forces"
            " in Gaza.")
    assert code(text) == [("IGOICC", "ISRMIL", "094")]


@pytest.mark.parametrize(("text", "expected"), [
    # civilians blockading: a protest blockade (144), not a military one (191)
    ("Polish truckers blockaded border crossings with Ukraine.", [("POLLAB", "UKR", "144")]),
    # ports and border crossings blocked by farmers; the same act by rebels is a blockade by force
    ("Farmers in Belgium blocked the port of Antwerp with tractors.", [("BELAGR", "BELGOV", "144")]),
    ("Houthi rebels blocked the port of Hodeidah.", [("YEMREB", "YEMGOV", "191")]),
    # setting up roadblocks
    ("Bolivian farmers set up roadblocks across the country.", [("BOLAGR", "BOLGOV", "144")]),
])
def test_blockades_read_by_their_doers(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a demand or an offer someone turns down was made to the one turning it down
    ("Berlin rebuffed Warsaw's renewed demand for war reparations.",
     [("DEUGOV", "POLGOV", "120"), ("POLGOV", "DEUGOV", "100")]),
    ("Hungary dismissed the European Commission's demands for judicial reform.",
     [("HUN", "IGOEEC", "120"), ("IGOEEC", "HUN", "100")]),
])
def test_a_rebuffed_demand_was_made_to_the_rebuffer(code: Callable[[str], Events], text: str,
                                                   expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a strike launched by unions stops work (143); it is no attack turned riot (145)
    ("Nigerian labour unions launched a nationwide strike over fuel prices.", [("NGALAB", "NGAGOV", "143")]),
    # going on hunger strike is a hunger strike only, not a labour strike as well
    ("Palestinian prisoners in Israeli jails went on hunger strike.", [("PSECVL", "PSEGOV", "142")]),
])
def test_strikes_by_workers_and_prisoners(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_settlement_plan_presented_to_a_party(code: Callable[[str], Events]) -> None:
    assert code("Qatar presented a peace plan to Ethiopia.") == [("QAT", "ETH", "037")]


@pytest.mark.parametrize(("text", "expected"), [
    # a pledge to send forces to a country promises it protection; a threat to send them stays a threat
    ("Rwanda pledged to deploy troops to Mozambique.", [("RWA", "MOZ", "0334")]),
    ("Chad promised to send soldiers to Mali.", [("TCD", "MLI", "0334")]),
    ("Russia threatened to send troops to Belarus.", [("RUS", "BLR", "138")]),
])
def test_pledged_troops_are_promised_protection(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
