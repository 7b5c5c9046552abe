"""Coercion (CAMEO 17) in less common wire phrasings: phrasal arrests, travel bans, bans on coalitions and
foundations, orders to detain, force used to disperse people, and migrants sent or pushed back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # "hauled in": the parser takes the particle for a preposition; its object is the people arrested
    ("Indonesian police hauled in dozens of student protesters for questioning.", [("IDNCOP", "IDNCVL", "173")]),
    ("Police hauled away dozens of protesters in Tbilisi.", [("GEOCOP", "GEOCVL", "173")]),
    # "ordered the detention / expulsion of X": the people of the nominal act the verb orders
    ("Egyptian prosecutors ordered the detention of a rights lawyer.", [("EGYJUD", "EGYCVL", "173")]),
])
def test_arrest_phrasings(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "prevented / blocked / stopped X from leaving": restricted movement (172), as "banned X from leaving" is
    ("Chadian authorities prevented the opposition leader from travelling abroad.", [("TCDGOV", "TCDOPP", "172")]),
    # bans on coalitions and foundations (1722); the group's kind ("opposition") names the party banned
    ("Cameroon's government banned two opposition coalitions ahead of the presidential vote.",
     [("CMRGOV", "CMROPP", "1722")]),
    ("Tajik authorities banned an Islamic opposition group.", [("TJKGOV", "TJKOPP", "1722")]),
])
def test_administrative_sanctions(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # force used to disperse people, whatever the object ("them": the people of the clause before)
    ("Zambian teachers picketed the education ministry, and riot police scattered them with batons.",
     [("ZMBEDU", "ZMBGOV", "141"), ("ZMBCOP", "ZMBEDU", "175")]),
    # migrants pushed or sent back across a border: expelled (174), not territory taken
    ("Polish border guards pushed back asylum seekers into Belarus.", [("POLCOP", "BLRREF", "174")]),
])
def test_repression_and_expulsion(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "Workers cleared the debris with bulldozers in Lima.",
    "The sprinter was banned from competition for four years for doping.",
    "Police did not arrest anyone at the demonstration in Lima.",
])
def test_no_coercion(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []
