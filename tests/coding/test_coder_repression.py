"""Who domestic coercion falls on, and the less common phrasings of coercion, reduced relations and threats
(CAMEO 17, 16, 13).

Sentences are written for these tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


def test_people_read_as_a_participle_subject_are_the_object(code: Callable[[str], Events]) -> None:
    # the parser makes "dozens of farmers" the subject of "marching": they are the ones detained
    assert code("Pakistani police detained dozens of farmers marching towards Islamabad.") == [
        ("PAKCOP", "PAKAGR", "173"), ("PAKAGR", "PAKGOV", "141")]


@pytest.mark.parametrize(("text", "expected"), [
    # people named by what they were doing, with no role in the dictionaries
    ("Iranian security forces dispersed mourners at a cemetery in Saqqez.", [("IRNCOP", "IRNCVL", "175")]),
    # people named by a pronoun and the clause describing them
    ("Nigerian police arrested those who incited the riots.", [("NGACOP", "NGACVL", "173")]),
    # repression aimed at an activity of the population
    ("Tunisian police launched a crackdown on dissent.", [("TUNCOP", "TUNCVL", "175")]),
])
def test_unnamed_population_is_the_target(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_expelled_envoys_are_not_of_the_expelling_country(code: Callable[[str], Events]) -> None:
    assert ("TUR", "TURGOV", "174") not in code("Turkey expelled ten Western ambassadors.")


def test_second_act_on_the_first_acts_object(code: Callable[[str], Events]) -> None:
    # "their property" belongs to the critics stripped of their citizenship
    assert code("Belarus stripped 30 exiled critics of their citizenship and confiscated their property.") == [
        ("BLR", "BLROPP", "172"), ("BLR", "BLROPP", "1711")]


def test_warning_of_punishment_to_people(code: Callable[[str], Events]) -> None:
    assert code("The Ugandan police chief warned that those who incite violence would face harsh punishment.") == [
        ("UGACOP", "UGACVL", "130")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moldova declared a Russian diplomat persona non grata.", [("MDA", "RUSGOV", "174")]),
    ("Mali suspended its membership in the African Union.", [("MLI", "IGOAFU", "160")]),
    ("Niger ended its security cooperation with France.", [("NER", "FRA", "160")]),
    ("The junta in Niamey banned the activities of French media outlets.", [("NERMIL", "FRAMED", "172")]),
])
def test_wire_phrasings_of_expulsion_reduced_ties_and_bans(code: Callable[[str], Events], text: str,
                                                           expected: Events) -> None:
    assert code(text) == expected


def test_the_body_reporting_an_agentless_arrest_made_it(code: Callable[[str], Events]) -> None:
    assert code("A Gabonese blogger was arrested on Sunday, police said.") == [("GABCOP", "GABMED", "173")]


def test_a_bare_count_of_people_arrested(code: Callable[[str], Events]) -> None:
    assert code("Bolivian riot police clashed with miners and arrested dozens.") == [
        ("BOLCOP", "BOLLAB", "190"), ("BOLCOP", "BOLCVL", "173")]


def test_travel_ban_on_a_person(code: Callable[[str], Events]) -> None:
    assert code("Tajikistan banned a prominent lawyer from leaving the country.") == [("TJK", "TJKCVL", "172")]
