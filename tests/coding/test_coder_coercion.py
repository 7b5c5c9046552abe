"""Reduce relations, coerce, reject (CAMEO 16, 17, 12): wire phrasings of the codebook families.

Sentences are written for these tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # the passive subject carries the party: "ties with X were severed by Y"
    ("Relations with Venezuela were severed by Paraguay on Monday.", [("PRY", "VEN", "161")]),
    # the particle carries the preposition: "pulled out of X"
    ("Pakistan pulled out of negotiations with the Taliban.", [("PAK", "AFGGOV", "164")]),
    ("Burkina Faso pulled out of the International Criminal Court.", [("BFA", "IGOICC", "160")]),
])
def test_party_on_passive_subject_or_particle(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # walking out of talks is breaking off negotiations, not a labour walkout
    ("Venezuela's opposition walked out of the talks with the government.", [("VENOPP", "VENGOV", "164")]),
    # scaling back cooperation / ties
    ("Hungary has scaled back its cooperation with Ukraine, the foreign minister said.", [("HUN", "UKR", "160")]),
    ("Algeria has scaled down its ties with Spain.", [("DZA", "ESP", "161")]),
])
def test_reduce_relations_phrasal_verbs(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_withdrawing_from_an_organisation_is_not_a_troop_withdrawal(code: Callable[[str], Events]) -> None:
    assert all(e[2] != "0874" for e in code("Hungary withdrew from the regional bloc on Sunday."))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Iranian navy captured a US-bound oil tanker in the Gulf of Oman.", [("IRNMIL", "USA", "1711")]),
    ("Egyptian security forces took a prominent blogger into custody.", [("EGYCOP", "EGYMED", "173")]),
    ("Police in Belarus placed two Lithuanian reporters in detention.", [("BLRCOP", "LTUMED", "173")]),
    ("Peru's government decreed a curfew in Lima.", [("PERGOV", "PERCVL", "1723")]),
    ("Thailand's army enforced martial law in three southern provinces.", [("THAMIL", "THACVL", "1724")]),
    ("The Sri Lankan president proclaimed martial law in Colombo.", [("LKAGOV", "LKACVL", "1724")]),
    ("The army proclaimed a curfew in Niamey.", [("NERMIL", "NERCVL", "1723")]),
    ("Iranian forces commandeered a British cargo shipment in the Gulf.", [("IRNMIL", "GBR", "1711")]),
    ("Saudi authorities threw the blogger in jail.", [("SAUGOV", "SAUMED", "173")]),
    ("Guinea's junta put the former president under arrest.", [("GINMIL", "GINGOV", "173")]),
])
def test_coercion_wire_synonyms(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the proposal's author named by a participle is the rejected party
    ("Israel rejected the ceasefire proposal put forward by Egypt.", [("ISR", "EGY", "120")]),
    ("Tehran dismissed a draft resolution tabled by Britain and France.",
     [("IRNGOV", "GBR", "120"), ("IRNGOV", "FRA", "120")]),
])
def test_rejection_targets_the_proposer(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil balked at Washington's proposal for a joint naval patrol.", [("BRA", "USAGOV", "120")]),
    ("North Korea vowed to retaliate against South Korea for the leaflet launches.", [("PRK", "KOR", "138")]),
    ("Iran swore to punish Israel for the strike in Damascus.", [("IRN", "ISR", "138")]),
    # rubber bullets on protesters are crowd control (repression), not small-arms fire
    ("Kenyan police used rubber bullets against demonstrators in Nairobi.", [("KENCOP", "KENCVL", "175")]),
    ("Police in Bangladesh fired rubber bullets at protesting students.", [("BGDCOP", "BGDEDU", "175")]),
])
def test_reject_threaten_repress_synonyms(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_live_fire_stays_small_arms(code: Callable[[str], Events]) -> None:
    assert code("Soldiers fired live bullets at protesters in Khartoum.") == [("SDNMIL", "SDNCVL", "193")]
