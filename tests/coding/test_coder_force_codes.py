"""Code choice for acts of force (CAMEO 15, 18, 19): what crossed, where a missile was aimed,
whom state forces fired on and what an armed group attacked (see geoevents.coding.force_codes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Code = Callable[[str], list[tuple[str, str, str]]]


@pytest.mark.parametrize("text", [
    "Turkish aid trucks crossed into northwest Syria on Monday.",
    "A Sudanese cargo plane carrying food aid crossed into Chad.",
    "A WFP convoy of 40 lorries crossed into Tigray on Friday.",
])
def test_aid_and_cargo_crossing_is_no_incursion(code: Code, text: str) -> None:
    assert code(text) == []


def test_army_vehicles_crossing_stay_an_incursion(code: Code) -> None:
    assert code("Rwandan army vehicles crossed into North Kivu, a UN report said.") == [("RWAMIL", "COD", "192")]


def test_missile_launched_toward_a_city_is_a_strike(code: Code) -> None:
    assert code("Houthi forces launched a ballistic missile toward Eilat.") == [("YEMREB", "ISR", "195")]


def test_missile_launched_toward_the_sea_stays_a_test(code: Code) -> None:
    assert code("North Korea launched an intermediate-range missile toward the Sea of Japan.") == [
        ("PRK", "", "150")]


def test_state_forces_firing_on_protesters_is_repression(code: Code) -> None:
    assert code("Nicaraguan riot police opened fire on student protesters in Managua.") == [
        ("NICCOP", "NICEDU", "175")]
    # the killing told by the participle is the same act
    assert code("Uzbek troops fired on crowds in Nukus, killing at least 18 people, rights groups said.") == [
        ("UZBMIL", "UZBCVL", "175")]


def test_police_firing_on_armed_men_stays_a_gunfight(code: Code) -> None:
    assert ("BOLCOP", "BOLLAB", "193") in code("Bolivian police fired on armed miners blocking a highway.")


def test_armed_group_attacking_a_civilian_site_is_unconventional_violence(code: Code) -> None:
    assert code("Al-Shabaab militants attacked a hotel in Mogadishu on Friday.") == [("SOMREB", "SOMGOV", "180")]
    assert code("Militants attacked an army base in Mali's Mopti region.") == [("MLIREB", "MLIMIL", "190")]


def test_drone_fired_at_an_unowned_ship_is_an_attack(code: Code) -> None:
    assert code("Yemen's Houthis launched a drone at a commercial tanker off Hodeidah.") == [
        ("YEMREB", "", "1952")]


def test_coast_guard_shots_at_a_boat_are_no_attack(code: Code) -> None:
    assert code("The Greek coast guard fired shots at a smuggling boat off Crete.") == []
