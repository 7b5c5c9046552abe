"""Investigations and demands (helper round 14, inquiry): an investigation told by a noun that frames a clause and
names neither its investigator nor its aim ("After a three-year investigation, X charged Y": X's 090 aimed at Y),
a demand that the text has turned down in the passive ("X's demand for Y was rebuffed by Z": X's 10x made to Z,
besides Z's rejection), and an appeal or demand for an inquiry aimed at the doer named as a modifier of what is to
be looked into ("called for an inquiry into Israeli abuses": at Israel); "will / would no longer" do an act is an
announced refusal (12x) and "no longer does" a negation (no event)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("After a three-year investigation, Belgian prosecutors charged two Rwandan army officers.",
     [("BELJUD", "RWAMIL", "090")]),
    ("Following a lengthy inquiry, Argentina issued an arrest warrant for Iran's former intelligence minister.",
     [("ARG", "IRNELI", "173"), ("ARG", "IRNELI", "090")]),
    ("After an investigation, the police chief resigned.", []),  # no one the inquiry was aimed at
    ("The probe is expected to take months.", []),
])
def test_inquiry_framing_a_clause(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland's demand for reparations was rebuffed by Germany.", [("DEU", "POL", "120"), ("POL", "DEU", "100")]),
])
def test_demand_turned_down_in_the_passive(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The UN called for an inquiry into Israeli abuses in Gaza.", [("IGOUNO", "ISR", "020")]),
    ("Amnesty International called for a probe into Nigerian army killings of protesters.",
     [("IGOAMN", "NGAMIL", "020")]),  # (one target: the nearest modifier)
])
def test_inquiry_asked_into_a_named_doer(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Venezuela said it would no longer hold talks with Guyana over the Essequibo dispute.", [("VEN", "GUY", "125")]),
    ("Mali's junta said it would no longer cooperate with France on counterterrorism.", [("MLIMIL", "FRA", "121")]),
    ("Russia no longer supplies gas to Moldova.", []),
    ("Niger no longer recognises the ECOWAS court.", []),
])
def test_no_longer(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
