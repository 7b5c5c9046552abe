"""Acts of force whose target no actor names: ships and convoys nobody owns (target ""), missiles fired at a ship,
chemical agents told by what a munition is filled with, and people expelled or massacred whom no dictionary names
(the population of the place)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


@pytest.mark.parametrize(("text", "expected"), [
    # a missile fired at a ship off a coast is an attack, not a test into the sea
    ("Houthi rebels fired an anti-ship missile at a bulk carrier off Mokha.", [("YEMREB", "", "195")]),
    ("Hezbollah fired an anti-tank missile at a merchant vessel near Haifa.", [("LBNREB", "", "195")]),
])
def test_missile_at_a_ship_is_a_strike(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_missile_into_the_sea_stays_a_test(code: Code) -> None:
    assert code("North Korea fired two ballistic missiles into the sea off its east coast.") == [("PRK", "", "150")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Houthi militants hijacked a car carrier in the Red Sea.", [("YEMREB", "", "181")]),
    ("Somali pirates hijacked a bulk carrier off the coast of Somalia.", [("SOMCRM", "", "181")]),
    ("Al-Shabaab fighters ambushed an aid convoy near Baidoa.", [("SOMREB", "", "190")]),
])
def test_unowned_ship_or_convoy_is_an_open_target(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_owned_convoy_keeps_its_owner(code: Code) -> None:
    assert code("Al-Shabaab fighters ambushed a Kenyan army convoy near Mandera.") == [("SOMREB", "KENMIL", "190")]


def test_chemical_filling_of_the_means(code: Code) -> None:
    assert code("Russian troops attacked Ukrainian positions with grenades filled with chloropicrin.") == [
        ("RUSMIL", "UKR", "2041")]
    assert code("Russian forces attacked Ukrainian positions with drones.") == [("RUSMIL", "UKR", "190")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Myanmar soldiers drove 300,000 Rohingya out of Rakhine state.", [("MMRMIL", "MMRCVL", "201")]),
    ("Janjaweed militiamen massacred scores of Masalit in Darfur.", [("SDNREB", "SDNCVL", "202")]),
])
def test_unnamed_people_expelled_or_massacred(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_beaten_to_death_whoever_the_victim(code: Code) -> None:
    # "beat" alone wants a listed victim ("beat protesters"); "to death" is a killing of anyone
    assert code("A mob beat a Christian man to death in Sargodha.") == [("PAKCVL", "PAKCVL", "180")]
    assert code("Brazil beat Argentina in the final.") == []


def test_civilians_assaulting_civilians_keep_the_target(code: Code) -> None:
    assert code("A mob lynched two men accused of blasphemy in Punjab province.") == [("PAKCVL", "PAKCVL", "1823")]
