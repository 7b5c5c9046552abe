"""Coercion (CAMEO 17) in wire constructions: whom an arrest, a dispersal or a seizure falls on when the object
names a place, a person in apposition, a purpose clause, a possessive or a "from" phrase, and the wire synonyms
"picked up", "held without charge", "intensified a crackdown on"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # a place inside the object names the country of the people acted upon, not a bare-country target
    ("Nigerian police arrested the mayor of Kano.", [("NGACOP", "NGACVL", "173")]),
    ("Bolivian police arrested Santa Cruz governor Luis Fernando Camacho.", [("BOLCOP", "BOLCVL", "173")]),
    # a person named in apposition to the object ("the Nobel laureate X", "the head of Y, X")
    ("Belarusian authorities imprisoned the Nobel laureate Ales Bialiatski.", [("BLRGOV", "BLRCVL", "173")]),
    ("Tunisian authorities arrested the head of the Ennahda party, Rached Ghannouchi, at his home.",
     [("TUNGOV", "TUNOPP", "173")]),  # (Ennahda: an opposition party since July 2021, institutions.csv)
    # people named by their trade or post
    ("Russian authorities placed a theatre director under house arrest.", [("RUSGOV", "RUSCVL", "173")]),
])
def test_detained_people(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Caracas fired tear gas to disperse the protesters.", [("VENCOP", "VENCVL", "175")]),
    ("Kenyan police lobbed tear gas canisters to break up a rally by opposition supporters.",
     [("KENCOP", "KENCVL", "175")]),
    ("Police fired tear gas in Nairobi.", []),  # no one named: no event
])
def test_tear_gas_fired_to_disperse(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_coordinated_detention_of_its_organisers(code: Callable[[str], Events]) -> None:
    assert ("KAZCOP", "KAZCVL", "173") in code("Kazakh police broke up a rally in Almaty and detained its organisers.")


def test_own_envoys_still_spared(code: Callable[[str], Events]) -> None:
    assert code("Russia expelled its diplomats.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgian police picked up three journalists outside parliament in Tbilisi.", [("GEOCOP", "GEOMED", "173")]),
    ("Police picked up the pace of the investigation.", []),
    ("Eritrean authorities held the journalist without charge.", [("ERIGOV", "ERIMED", "173")]),
    ("The opposition leader was released on bail after being held for three days.", []),
    ("Chinese authorities intensified a crackdown on dissent.", [("CHNGOV", "CHNCVL", "175")]),
    ("Egypt has escalated its crackdown on critics.", [("EGY", "EGYOPP", "175")]),
    ("The Nigerian army confiscated weapons from herders in Benue state.", [("NGAMIL", "NGAAGR", "1711")]),
])
def test_wire_synonyms(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
