"""Diplomatic speech acts and contacts in wire phrasings (CAMEO roots 01, 02, 04): sentences written for these
tests, one or more per rule class of ``geoevents.coding.diplomacy`` and its ``verbs.csv`` rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin had no immediate comment on the report.", [("RUSGOV", "", "011")]),
    ("Kenya's interior ministry did not respond to a request for comment.", [("KENGOV", "", "011")]),
    ("Venezuela's foreign ministry did not return requests for comment on Friday.", [("VENGOV", "", "011")]),
    ("The Pakistani foreign office did not comment on the drone strike.", [("PAKGOV", "", "011")]),
])
def test_refusals_to_comment_in_negative_form(code: Callable[[str], Events], text: str,
                                              expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "Russia responded to the attack with a wave of missile strikes on Kyiv.",
    "The Nigerian army replied to the protesters' demands on Monday.",
    "The mayor had comments on the plan.",
])
def test_comment_rows_used_positively_give_no_011(code: Callable[[str], Events], text: str) -> None:
    assert not any(c == "011" for _a, _b, c in code(text))


def test_expressed_sorrow_is_sympathy(code: Callable[[str], Events]) -> None:
    assert code("Singapore's prime minister expressed sorrow over the loss of life in the Nepal floods.") == [
        ("SGPGOV", "NPL", "018")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sri Lanka turned to India for emergency fuel supplies.", [("LKA", "IND", "023")]),
    ("Zambia turned to the IMF for a bailout.", [("ZMB", "IGOIMF", "023")]),
])
def test_turned_to_x_for_help_is_an_appeal_for_aid(code: Callable[[str], Events], text: str,
                                                   expected: Events) -> None:
    assert code(text) == expected


def test_turned_to_a_means_is_no_appeal(code: Callable[[str], Events]) -> None:
    assert code("Ethiopia turned to diplomacy to end the border dispute.") == []


def test_talked_to_a_counterpart_is_a_meeting(code: Callable[[str], Events]) -> None:
    assert code("Australian Foreign Minister Penny Wong talked to her Chinese counterpart about trade.") == [
        ("AUSGOV", "CHNGOV", "040")]


@pytest.mark.parametrize("text", [
    "Zelensky spoke to reporters in Kyiv after the talks.",
    "The Iraqi prime minister spoke to the nation on television.",
])
def test_spoke_to_an_audience_is_no_meeting(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_played_host_to_is_hosting(code: Callable[[str], Events]) -> None:
    assert code("Kenya's president played host to his Ugandan counterpart at State House in Nairobi.") == [
        ("KENGOV", "UGAGOV", "043"), ("UGAGOV", "KEN", "042")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Greece's prime minister conveyed his congratulations to Cyprus's president.", [("GRCGOV", "CYPGOV", "051")]),
    ("The Peruvian government sent a congratulatory message to the new Colombian president.",
     [("PERGOV", "COLGOV", "051")]),
])
def test_sent_congratulations_is_praise(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sweden welcomed Turkey's approval of its NATO membership.", [("SWE", "TUR", "051")]),
    ("Seoul welcomed the reopening of the Chinese consulate in Busan.", [("KORGOV", "CHNGOV", "051")]),
])
def test_welcomed_an_act_is_praise_not_hosting(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_welcomed_a_visitor_is_still_hosting(code: Callable[[str], Events]) -> None:
    assert code("The Japanese prime minister welcomed the Indian premier at his residence.") == [
        ("JPNGOV", "INDGOV", "043"), ("INDGOV", "JPN", "042")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Italy's prime minister took a call from the Tunisian president.", [("TUNGOV", "ITAGOV", "041")]),
    ("The Georgian president got a call from the French president on Friday.", [("FRAGOV", "GEOGOV", "041")]),
])
def test_took_a_call_from_x_is_x_calling(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
