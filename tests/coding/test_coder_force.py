"""Force told through its means and less common wire verbs (CAMEO 15, 19, 201): sentences written for these tests.

Each case of ``CASES`` fails without the rule or ``verbs.csv`` rows it names (``coding/force.py``,
``coding/patterns.py``); the cases of ``test_no_force`` guard the rules' precision.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]

CASES = [
    # a weapon or a combat craft as the doer of a verb of impact is an attack, coded by the weapon (force.py)
    ("Houthi drones targeted an Israeli warship in the Red Sea.", [("YEMREB", "ISR", "195")]),
    ("Israeli tanks blasted Hamas positions in Khan Younis.", [("ISRMIL", "PSEREB", "194")]),
    # "hammered X's positions" (verbs.csv: hammer with the objects of an attack)
    ("Russian artillery hammered Ukrainian positions near Kupiansk overnight.", [("RUSMIL", "UKR", "194")]),
    # jets buzzing another state's plane; warning shots (verbs.csv, 150)
    ("Chinese fighter jets buzzed an Australian surveillance plane over the Yellow Sea.", [("CHNMIL", "AUS", "150")]),
    ("South Korean troops fired warning shots after North Korean soldiers crossed the border.",
     [("KORMIL", "PRKMIL", "150")]),
    # advancing on X is an offensive against X (verbs.csv, 190)
    ("Ukrainian troops advanced on Russian positions south of Bakhmut.", [("UKRMIL", "RUS", "190")]),
    # ground that is no town: heights, ridges, checkpoints (verbs.csv, 192)
    ("Azerbaijani troops seized several heights inside Armenian territory.", [("AZEMIL", "ARM", "192")]),
    # ground taken from someone: the one it is taken from is the target (verbs.csv: "from" rows)
    ("Somali troops recaptured the town of Harardhere from al-Shabaab.", [("SOMMIL", "SOMREB", "192")]),
    # "retook" is lemmatised as itself by the pipeline (nlp.IRREGULAR_LEMMAS sets "retake")
    ("Sudan's army retook the city of Wad Madani from the RSF.", [("SDNMIL", "SDNREB", "192")]),
    ("Iraqi security forces retook the city of Ramadi from Islamic State.", [("IRQCOP", "IRQREB", "192")]),
    # laying siege to X is a blockade (verbs.csv, 191)
    ("Al-Shabaab fighters laid siege to a Somali army base in Middle Shabelle.", [("SOMREB", "SOMMIL", "191")]),
    # an army patrol that is ambushed is the unit attacked, not a patrol held (force.py attacked_unit)
    ("Kurdish YPG fighters ambushed a Turkish army patrol in northern Syria.", [("SYRREB", "TURMIL", "190")]),
    # an armed group that carries out or stages a bombing (verbs.csv, 183)
    ("Pakistani Taliban militants staged a bombing at a police station in Peshawar.", [("PAKREB", "PAKCOP", "183")]),
    # the result told as the event: "left N dead" is a killing, coded like "killed N" (verbs.csv: leave ... dead)
    ("Israeli strikes left 40 Palestinians dead in Gaza, the health ministry said.", [("ISR", "PSECVL", "195")]),
    ("Boko Haram gunmen left three Nigerian police officers dead in an ambush.", [("NGAREB", "NGACOP", "180")]),
    # driving or forcing out hundreds or more is a mass expulsion (force.py; verbs.csv: force out)
    ("Iran drove out 400,000 Afghan migrants in the first half of the year.", [("IRN", "AFGREF", "201")]),
    ("Pakistan forced out more than a million Afghan refugees last year.", [("PAK", "AFGREF", "201")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_force(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Critics hammered the government's budget plan on Tuesday.",  # no weapon: no attack
    "The new sanctions target Russian banks and energy traders.",  # a measure, not an act of force
    "India's new missiles are capable of striking targets across China.",  # a capability, not an act
    "The earthquake left more than 300 people dead in Herat.",  # no doer of force
])
def test_no_force(code: Callable[[str], Events], text: str) -> None:
    assert not [e for e in code(text) if e[2][:2] in ("15", "19", "20")]


def test_people_fleeing_across_a_border_take_no_ground(code: Callable[[str], Events]) -> None:
    # crossing into a country is an incursion (192) for forces, flight or migration for refugees and migrants
    assert code("Thousands of Malian refugees crossed into Mauritania last month.") == []
    assert code("Haitian migrants entered the Dominican Republic near Dajabon.") == []
    assert code("Ethiopian troops crossed into Somalia's Gedo region on Monday.") == [("ETHMIL", "SOM", "192")]
