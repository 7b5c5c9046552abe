"""Disapproval (CAMEO 11) in wire phrasings the dictionary missed, from a battery written family by family before
the coder was run on it: phrasal criticism idioms, labels given with "described X as", judgments and accusations in
reported speech ("X said Y was responsible for / behind / had committed war crimes"), accusations levelled against
someone, charges of a crime (an accusation, 112x) and "called out X over Y".
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_phrasal_criticism_idioms(code: Callable[[str], Events]) -> None:
    # (the decision criticised is asserted, and coded too: Uganda's ban on Kenyan milk)
    assert code("Kenya's president took issue with Uganda's decision to ban imports of Kenyan milk.") == [
        ("KENGOV", "UGA", "111"), ("UGA", "KEN", "163")]
    assert code("Thailand's prime minister took a swipe at Cambodia over the temple dispute.") == [
        ("THAGOV", "KHM", "111")]
    assert code("Italy's prime minister tore into France over its migration policy.") == [("ITAGOV", "FRA", "111")]


def test_called_out_over_something_is_criticism(code: Callable[[str], Events]) -> None:
    assert code("Tajikistan's government called out Kyrgyzstan over the border shootings.") == [
        ("TJKGOV", "KGZ", "111")]
    # calling out troops has no reason phrase: no criticism of one's own army
    assert not any(e[2].startswith("11") for e in code("Nigeria's president called out the army after the riots."))


def test_described_as_a_crime_or_a_provocation(code: Callable[[str], Events]) -> None:
    assert code("Brazil's president described Israel's war in Gaza as genocide.") == [("BRAGOV", "ISR", "112")]
    assert code("Rwanda's foreign minister described Burundi's border closure as a provocation.") == [
        ("RWAGOV", "BDI", "111")]


def test_reported_responsibility_is_an_accusation(code: Callable[[str], Events]) -> None:
    assert code("Serbia's president said Croatia was responsible for the incident at the border.") == [
        ("SRBGOV", "HRV", "112")]
    # a duty, not a blame: the one responsible is no actor here, and nothing is coded
    assert code("The minister said the ministry was responsible for the distribution of food aid in Somalia.") == []


def test_reported_war_crimes_are_an_accusation(code: Callable[[str], Events]) -> None:
    assert code("The Palestinian Authority's foreign ministry said Israel had committed war crimes in Jenin.") == [
        ("PSEGOV", "ISR", "1124")]
    assert code("Armenia's prime minister said Azerbaijan had committed ethnic cleansing in Nagorno-Karabakh.",
                "2023-10-05") == [("ARMGOV", "AZE", "1124")]


def test_said_to_be_behind_an_attack(code: Callable[[str], Events]) -> None:
    assert code("Poland said Russian intelligence was behind the arson attacks in Warsaw.") == [("POL", "RUS", "112")]
    assert code("Israel said Hezbollah was behind the rocket strike on Majdal Shams.") == [("ISR", "LBNREB", "112")]
    # negated, speculated or a place: no accusation
    assert code("Ankara said Kurdish militants were not behind the bombing in Istanbul.") == []
    assert code("Analysts said Iran may have been behind the drone attack.") == []
    assert code("The troops said they were behind the lines near Bakhmut.") == []


def test_levelled_accusations(code: Callable[[str], Events]) -> None:
    assert code("Peru levelled accusations of interference against Mexico's president.") == [("PER", "MEXGOV", "112")]


def test_a_charge_of_a_crime_is_an_accusation(code: Callable[[str], Events]) -> None:
    assert code("Russia charged Ukraine with attacking the Zaporizhzhia nuclear plant.") == [("RUS", "UKR", "1123")]
    assert code("Prosecutors in Guatemala charged a former Honduran official with money laundering.") == [
        ("GTMJUD", "HNDELI", "1121")]


def test_a_charge_denied_aside_is_still_made(code: Callable[[str], Events]) -> None:
    # the parser makes the accusation the complement of "denies"; the accusation was made all the same
    assert ("CODGOV", "RWAGOV", "112") in code(
        "Kinshasa accused Kigali of backing the M23 rebels, a charge Rwanda denies.")
    # a denial of the deed itself is still no event of the deed
    assert code("Rwanda denies that it backs the M23 rebels.") == []
