"""Reducing relations, coercion and threats (helper round 14): threats told by a noun ('X's threat to invade Y'),
a threat stated through a negated 'rule out', a state's exit from a named body told by a noun, a ban on another
country's goods told by a noun, high commissioners recalled or expelled, people 'picked up' by the police, and bans
on opposition rallies (1721, not a ban on the opposition itself)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's threat to invade Moldova drew condemnation.", [("RUS", "MDA", "1382")]),
    ("The Russian threat to cut gas supplies to Moldova worried officials.", [("RUS", "MDA", "1312")]),
    ("Washington's threat to impose sanctions on Rwanda angered Kigali.", [("USAGOV", "RWAGOV", "1312")]),
    ("Fears of a threat to invade Taiwan have grown.", []),  # a threat no one is said to make
])
def test_threat_told_by_a_noun(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Sudanese army did not rule out military action against the RSF.", [("SDNMIL", "SDNREB", "138")]),
    ("Ankara has not ruled out a new ground operation against Kurdish fighters in Syria.",
     [("TURGOV", "SYRREB", "138")]),
    ("Brussels would not rule out sanctions against Hungary.", [("IGOEEC", "HUN", "1312")]),
    ("The company did not rule out legal action against Uber.", []),  # no force
    ("Delhi did not rule out talks with Islamabad.", []),
])
def test_threat_through_a_negated_rule_out(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS.",
     [("BFA", "IGOWAS", "160"), ("MLI", "IGOWAS", "160"), ("NER", "IGOWAS", "160")]),
    ("Venezuela announced its exit from OPEC.", [("VEN", "IGOOPC", "160")]),
    ("The withdrawal from Kherson was completed.", []),  # a retreat from a town, by no one named
])
def test_exit_from_a_body_told_by_a_noun(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_ban_on_another_countrys_goods_told_by_a_noun(code: Callable[[str], Events]) -> None:
    assert code("Hungary's ban on Ukrainian grain imports angered Kyiv.") == [("HUN", "UKR", "163")]
    assert code("Kenya's ban on plastic bags was praised.") == []


def test_high_commissioner_recalled(code: Callable[[str], Events]) -> None:
    assert code("Kenya recalled its high commissioner from Uganda.") == [("KEN", "UGA", "161")]


def test_people_picked_up_by_border_guards(code: Callable[[str], Events]) -> None:
    assert code("Russian border guards picked up two Finnish fishermen near the Gulf of Finland.") == [
        ("RUSCOP", "FINCVL", "173")]


def test_ban_on_opposition_rallies(code: Callable[[str], Events]) -> None:
    assert code("The Burundian government banned all opposition rallies ahead of the vote.") == [
        ("BDIGOV", "BDICVL", "1721")]
    assert code("Tajikistan banned the opposition party.") == [("TJK", "TJKOPP", "1722")]


def test_forces_put_on_the_highest_level_of_alert(code: Callable[[str], Events]) -> None:
    assert code("Pakistan placed its air force on the highest state of alert.") == [("PAK", "", "152")]
