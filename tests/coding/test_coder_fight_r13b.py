"""Fighting and assaults (helper round 13b): sentences written for these tests, not taken from the labelled set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # fighters shot dead or gunned down: a firefight (193), not a killing of civilians
    ("Israeli troops shot dead two Palestinian gunmen in Jenin.", [("ISRMIL", "PSEUAF", "193")]),
    ("Colombian soldiers gunned down three ELN rebels in Arauca.", [("COLMIL", "COLREB", "193")]),
    # civilians shot dead stay a killing, also when the parser hangs "dead" on the object
    ("Masked men shot dead two farmers in Michoacan.", [("MEXCVL", "MEXAGR", "180")]),
])
def test_fighters_shot_dead(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_chemical_attack_by_its_toll(code: Callable[[str], Events]) -> None:
    # an attack told by its chemical agent and its toll is chemical warfare (2041)
    assert code("A chlorine attack by Syrian government forces on Douma killed 43 people.") == [
        ("SYRGOV", "SYRCVL", "2041")]


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon that slammed or smashed into a place: a strike by the weapon's owner on the place's country
    ("A Russian missile slammed into a shopping centre in Kremenchuk.", [("RUS", "UKR", "195")]),
    ("A Ukrainian drone smashed into an oil depot in Russia's Bryansk region.", [("UKR", "RUS", "195")]),
])
def test_weapon_slammed_into(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
