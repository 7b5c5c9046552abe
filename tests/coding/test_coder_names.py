"""Actor names that only modify the actor: sponsors before '-backed' / '-allied' / '-appointed' of any kind (not
only countries), sponsors that set no scene, service chiefs as the military, and backing participles that are no
support event of their own. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_institution_sponsor_is_not_the_actor(code: Callable[[str], Events]) -> None:
    assert code("Wagner-backed Malian troops attacked jihadists in Mopti.") == [("MLIMIL", "MLIREB", "190")]


def test_group_ally_keeps_its_country(code: Callable[[str], Events]) -> None:
    assert code("Hamas-allied militants fired rockets at Israel from Gaza.") == [("PSEREB", "ISR", "194")]
    assert code("Pro-Hamas protesters clashed with police in Paris.") == [("FRACVL", "FRACOP", "145")]


def test_capital_sponsor_sets_no_scene(code: Callable[[str], Events]) -> None:
    assert code("Moscow-backed rebels attacked Ukrainian troops.") == [("UKRREB", "UKRMIL", "190")]


def test_seat_sponsor_is_not_the_actor(code: Callable[[str], Events]) -> None:
    assert code("Kremlin-backed separatists attacked Ukrainian police in Donetsk.") == [("UKRREB", "UKRCOP", "180")]


def test_junta_appointed_official_is_government(code: Callable[[str], Events]) -> None:
    assert code("Junta-appointed officials in Mali expelled a French diplomat.") == [("MLIGOV", "FRAGOV", "174")]


def test_defence_chiefs_are_military(code: Callable[[str], Events]) -> None:
    assert code("Nigeria's defence chiefs met Chadian officials.") == [("NGAMIL", "TCDGOV", "040")]
    assert code("Kenya's navy chief met Somali officials in Mombasa.") == [("KENMIL", "SOMGOV", "040")]


def test_backing_opener_is_no_praise(code: Callable[[str], Events]) -> None:
    assert code("Backed by Rwanda, the M23 attacked Congolese troops near Goma.") == [("CODREB", "CODMIL", "190")]


def test_backing_aside_is_no_praise(code: Callable[[str], Events]) -> None:
    assert code("The Houthis, backed by Iran, fired missiles at Israel.") == [("YEMREB", "ISR", "195")]


def test_plain_backing_still_counts(code: Callable[[str], Events]) -> None:
    assert code("Ukraine was backed by Poland at the summit.") == [("POL", "UKR", "051")]
    assert code("Iran-backed Hezbollah fired drones at an Israeli base.") == [("LBNREB", "ISR", "1952")]


def test_armed_groups_of_the_country_they_fight_in(code: Callable[[str], Events]) -> None:
    assert code("The KNU attacked junta troops in Kayin state.") == [("MMRREB", "MMRMIL", "190")]
    assert code("Abu Sayyaf militants abducted three Indonesian fishermen off Sabah.") == [
        ("PHLREB", "IDNCVL", "181")]


def test_al_qaeda_is_rebels_where_it_acts(code: Callable[[str], Events]) -> None:
    assert code("Al-Qaeda attacked a Yemeni army base in Abyan.") == [("YEMREB", "YEMMIL", "190")]
