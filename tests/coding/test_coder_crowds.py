"""Nominal protests with no named protester (geoevents.coding.crowds).

A protest noun that the sentence places ("protests erupted in Lima"), or that sets the scene of the main clause
("after weeks of protests, X resigned": the sentence's country), is an event of the civilians of that
place against their government; a protest still to come ("a planned march", "banned a rally") or one with no
place is not coded. Sentences are our own (published 2024-05-15).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Protests erupted in Lima over the president's removal.", [("PERCVL", "PERGOV", "141")]),
    ("Mass protests swept Nairobi on Tuesday.", [("KENCVL", "KENGOV", "141")]),
    ("Protests in Lima turned violent on Monday.", [("PERCVL", "PERGOV", "141")]),
    ("Demonstrations against the junta continued in Niamey.", [("NERCVL", "NERMIL", "141")]),
    ("The march in Belgrade drew thousands.", [("SRBCVL", "SRBGOV", "141")]),
])
def test_placed_protest_is_the_places_civilians(code: Callable[[str], Events], text: str,
                                                 expected: Events) -> None:
    assert code(text) == expected


def test_placed_protest_beside_another_event(code: Callable[[str], Events]) -> None:
    assert code("Journalists covering the rallies in Caracas were detained by police.") == [
        ("VENCOP", "VENMED", "173"), ("VENCVL", "VENGOV", "141")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police were deployed across Dhaka ahead of a planned march by opposition supporters.",
     [("BGDCOP", "BGDOPP", "153")]),
    ("Supporters gathered for a rally in Kampala.", []),
    ("Police banned a rally in Minsk.", [("BLRCOP", "BLRCVL", "1721")]),
    ("The protest movement in Hong Kong was crushed in 2020.", []),
    ("He resigned in protest.", []),
    ("Honduras switched its recognition to Beijing in March.", [("HND", "CHNGOV", "054")]),
    ("Wagner's march on Moscow ended within a day.", []),
])
def test_protest_not_held_or_not_placed_is_not_coded(code: Callable[[str], Events], text: str,
                                                     expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("After months of protests, Serbia's prime minister resigned.",
     [("SRBGOV", "", "0831"), ("SRBCVL", "SRBGOV", "141")]),
    ("Amid mass demonstrations, the Georgian government suspended EU accession talks.",
     [("GEOGOV", "IGOEEC", "164"), ("GEOCVL", "GEOGOV", "141")]),
    ("Russia accused the West of fomenting protests.", []),
    ("Thousands of fans watched the protests on television.", []),
])
def test_protest_setting_the_main_clause_is_of_the_sentences_country(code: Callable[[str], Events], text: str,
                                                                     expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a protest whose subject is only a count of people is a crowd of the place's civilians (crowds.counted_crowd)
    ("Thousands marched in Caracas on Saturday against the government.", [("VENCVL", "VENGOV", "141")]),
    ("Tens of thousands demonstrated across Serbia on Sunday.", [("SRBCVL", "SRBGOV", "141")]),
    ("Hundreds blocked the main highway into Lima.", [("PERCVL", "PERGOV", "144")]),
    # a count of something else, or of people who do no protest, is no crowd
    ("Hundreds of tonnes of aid reached Gaza.", []),
    ("Thousands fled the fighting in Sudan's Darfur region.", []),
])
def test_a_counted_crowd_is_the_places_civilians(code: Callable[[str], Events], text: str,
                                                 expected: Events) -> None:
    assert code(text) == expected
