"""Reducing relations, round 13: forces withdrawn from, or a military mission ended in, a country (166)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_troops_pulled_out_of_a_country(code: Callable[[str], Events]) -> None:
    assert code("Uganda pulled its soldiers out of Somalia.") == [("UGA", "SOM", "166")]


def test_troops_withdrawn_from_a_country(code: Callable[[str], Events]) -> None:
    assert code("Chad withdrew its troops from Niger after the coup.") == [("TCD", "NER", "166")]


def test_military_mission_ended_in_a_country(code: Callable[[str], Events]) -> None:
    assert code("The African Union ended its military mission in Somalia.") == [("IGOAFU", "SOM", "166")]
    assert code("The UN ended its peacekeeping mission in Lebanon.") == [("IGOUNO", "LBN", "1661")]


def test_withdrawal_from_a_town_stays_a_retreat(code: Callable[[str], Events]) -> None:
    assert code("Ukraine withdrew its troops from Avdiivka.") == [("UKR", "", "0874")]


def test_no_withdrawal_event(code: Callable[[str], Events]) -> None:
    assert code("The army cut off supply lines to the rebels.") == []
    assert code("The team left Brazil for the World Cup.") == []
