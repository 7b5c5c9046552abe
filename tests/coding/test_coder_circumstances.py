"""A nominal event in a phrase of the circumstances of an appeal or a demand ("after", "following", "amid",
"during", "despite") happened: it is coded, where the thing asked for ("called for an end to X") is not. A
nominal strike "on" a place that names no actor is aimed at the place's country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU called for restraint amid Israeli air strikes on Lebanon.", ("ISR", "LBN", "195")),
    ("Qatar appealed for dialogue following Saudi air strikes on Yemen.", ("SAU", "YEM", "195")),
    ("Jordan urged calm during Israeli raids on the West Bank.", ("ISR", "PSE", "190")),
])
def test_circumstance_of_a_directive_is_coded(code: Callable[[str], Events], text: str,
                                              expected: tuple[str, str, str]) -> None:
    assert expected in code(text)


@pytest.mark.parametrize("text", [
    "The EU called for an end to Israeli air strikes on Lebanon.",
    "Germany demanded Russian air strikes on Ukraine.",
])
def test_the_thing_asked_for_is_not_coded(code: Callable[[str], Events], text: str) -> None:
    assert not [e for e in code(text) if e[2][:2] == "19"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey condemned Israeli air strikes on Rafah.", ("ISR", "PSE", "195")),
    ("The UN condemned Russian strikes on Kharkiv.", ("RUS", "UKR", "190")),
    ("The UN condemned the Russian shelling of Kherson.", ("RUS", "UKR", "194")),
])
def test_a_struck_place_gives_the_target_of_a_nominal_strike(code: Callable[[str], Events], text: str,
                                                            expected: tuple[str, str, str]) -> None:
    assert expected in code(text)


@pytest.mark.parametrize("text", [
    "A barrage of missiles hit the port.",
    "The siege of Mariupol lasted almost three months.",
])
def test_a_violent_noun_with_no_doer_or_no_place_gives_nothing(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel pressed ahead with the offensive despite appeals from the United States for restraint.",
     ("USA", "ISR", "0256")),  # (an appeal for restraint or a pause: 0256, as the verb "appealed for restraint")
    ("Russia kept up its strikes despite a plea by the UN chief for a pause.", ("IGOUNO", "RUS", "0256")),
])
def test_an_appeal_defied_is_made_to_the_defier(code: Callable[[str], Events], text: str,
                                               expected: tuple[str, str, str]) -> None:
    assert expected in code(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU criticised Poland and Hungary over their ban on Ukrainian grain imports.",
     [("IGOEEC", "POL", "111"), ("IGOEEC", "HUN", "111"), ("POL", "UKR", "163"), ("HUN", "UKR", "163")]),
    ("Kyiv threatened to sue Poland and Hungary over their bans on Ukrainian grain.",
     [("POL", "UKR", "163"), ("HUN", "UKR", "163")]),
])
def test_an_act_named_as_a_cause_is_a_fact_owned_by_the_object(code: Callable[[str], Events], text: str,
                                                              expected: Events) -> None:
    found = code(text)
    assert all(e in found for e in expected)
    assert not [e for e in found if e[2] == "1312"]  # the ban is not threatened: it is in force
