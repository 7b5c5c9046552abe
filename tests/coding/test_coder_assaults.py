"""Unconventional violence (CAMEO 18, 20 and the violent parts of 17): sentences written for these tests.

Each case of ``CASES`` fails without the rule or dictionary row it names (``coding/assaults.py``, ``verbs.csv``,
``actors/agents.csv``); the cases of ``test_no_assault`` guard the rules' precision.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]

CASES = [
    # the "by" agent of a violent subject noun did the violent verb (assaults.noun_doers)
    ("A suicide car bombing by al-Shabaab killed 20 soldiers at a base in Somalia.", [("SOMREB", "SOMMIL", "1831")]),
    # the one claiming an attack did it; a relative clause's "that" stands for the attack (assaults.attack_noun)
    ("The Baloch Liberation Army claimed a suicide bombing that killed 12 soldiers in Quetta.",
     [("PAKREB", "", "015"), ("PAKREB", "PAKMIL", "1831")]),
    ("Al-Shabaab claimed the attack on the Kenyan army base in Lamu county.",
     [("SOMREB", "KENMIL", "015"), ("SOMREB", "KENMIL", "190")]),
    # people seized by armed men are abducted (verbs.csv: seize / grab with people objects, 181) ...
    ("Unidentified gunmen seized five Turkish engineers working on a road project in Nigeria's Kogi state.",
     [("NGAUAF", "TUR", "181")]),
    # ... by police, arrested (assaults.arrest_code)
    ("Indian police seized two Kashmiri journalists at their homes in Srinagar.", [("INDCOP", "INDMED", "173")]),
    # "gunned down" reads as "shot dead" (assaults.killed_outright): a killing, of a leader an assassination
    ("Gunmen gunned down the mayor of a town in Mexico's Guerrero state.", [("MEXUAF", "MEXGOV", "186")]),
    # hired killers are criminals (agents.csv)
    ("Ecuadorian presidential candidate Fernando Villavicencio was shot dead by hitmen in Quito.",
     [("ECUCRM", "ECUPTY", "186")]),
    # Sahel jihadist groups of several states take the country where they act (agents.csv)
    ("JNIM claimed a suicide attack on an army post in Burkina Faso's Soum province.",
     [("BFAREB", "BFAMIL", "015"), ("BFAREB", "BFAMIL", "1831")]),
    ("JNIM abducted three Moroccan truck drivers in Mali's Kayes region.", [("MLIREB", "MAR", "181")]),
    # homes destroyed and people kidnapped whom no dictionary names are the population's (assaults.unnamed_victim)
    ("Haitian gangs torched dozens of homes in the town of Mirebalais.", [("HTICRM", "HTICVL", "1712")]),
    ("Armed herders razed three villages in Benue state, Nigeria, on Saturday.", [("NGAREB", "NGACVL", "1712")]),
    ("Gunmen kidnapped a village chief and 12 of his relatives in a night raid on a village in Nigeria's Katsina "
     "state, police said.", [("NGAUAF", "NGACVL", "181")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_assault(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "No group has claimed the attack on a police post in Tillaberi, Niger.",
    "The Pakistani Taliban did not claim the bombing of a mosque in Peshawar.",
    "The anniversary of the 2008 Mumbai attacks was marked with ceremonies across India.",
    "Kidnapping for ransom has become a lucrative business in northern Nigeria, analysts said.",
    "Police did not abduct the activist, the interior ministry insisted.",
])
def test_no_assault(code: Callable[[str], Events], text: str) -> None:
    assert not [e for e in code(text) if e[2][:2] in ("18", "19", "20")]


def test_seized_goods_stay_a_seizure(code: Callable[[str], Events]) -> None:
    assert code("Police seized two tonnes of cocaine at the port of Guayaquil, Ecuador.") == [("ECUCOP", "", "171")]


def test_islamic_state_is_the_armed_opposition_where_it_acts(code: Callable[[str], Events]) -> None:
    assert code("Daesh militants kidnapped 20 villagers in Niger.") == [("NERREB", "NERCVL", "181")]
    assert code("Islamic State fighters attacked a Syrian army post near Palmyra.") == [("SYRREB", "SYRMIL", "190")]
