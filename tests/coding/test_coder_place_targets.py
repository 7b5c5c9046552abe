"""Places and populations as the targets of acts of force (``coding/place_targets.py``): sentences written for
these tests.

Each case of ``CASES`` fails without the rule it names; the cases of ``GUARDS`` keep the rules' precision (the
source's own location is no target, a police raid is no attack, one act told twice is coded once, no event where
none is asserted).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]

CASES = [
    # a place the tagger took for a person, in the object phrase: its country (struck_place)
    ("Russian forces shelled residential districts of Kherson overnight, the regional governor said.",
     [("RUSMIL", "UKR", "194")]),
    # the place an act of force is aimed at by a preposition ("dropped bombs on", "fired rockets at")
    ("Russian jets dropped guided bombs on a residential area of Zaporizhzhia.", [("RUS", "UKR", "195")]),
    # a settlement or civilian site in the source's own country: that country's population
    ("Sudanese army jets fired rockets at a market in Nyala, residents said.", [("SDNMIL", "SDNCVL", "195")]),
    ("Ethiopian government drones struck a crowded bus station in Amhara region, witnesses said.",
     [("ETHGOV", "ETHCVL", "195")]),
    ("M23 rebels shelled a displacement camp outside Goma.", [("CODREB", "CODCVL", "194")]),
    ("Nigerian air force jets mistakenly bombed a village in Kaduna state during a religious festival.",
     [("NGAMIL", "NGACVL", "195")]),
    # the people harmed are of the place the act named, not of the source's country (act_place)
    ("Russia's shelling of Kharkiv killed three people on Sunday, Ukrainian officials said.",
     [("RUS", "UKRCVL", "194")]),
    # a bare own-country place target of force is the population, not dropped (own_population)
    ("Arakan Army fighters shelled the town of Sittwe in Myanmar's Rakhine state.", [("MMRREB", "MMRCVL", "190")]),
    ("Houthi rebels shelled residential areas of Taiz, Yemen's government said.", [("YEMREB", "YEMCVL", "194")]),
    # an armed group's positions in a third country: that country too (hosted_place)
    ("Turkish drones struck PKK positions in northern Iraq.", [("TURMIL", "TURREB", "195"), ("TURMIL", "IRQ", "195")]),
    ("Israeli jets struck Hezbollah weapons depots in Syria overnight.",
     [("ISR", "LBNREB", "195"), ("ISR", "SYR", "195")]),
]

GUARDS = [
    # the source's own location is not the target
    ("Russian troops in Kherson shelled Mykolaiv on Tuesday.", [("RUSMIL", "UKR", "194")]),
    # a police raid on a neighbourhood of its own country is no attack on its population
    ("Venezuelan security forces raided a neighbourhood in Caracas and arrested dozens of residents.",
     [("VENCOP", "VENCVL", "173")]),
    # the group's own country is no host
    ("Kenyan aircraft bombed al-Shabaab camps in Somalia's Gedo region.", [("KEN", "SOMREB", "195")]),
    ("Ethiopian troops attacked al-Shabaab fighters in Somalia.", [("ETHMIL", "SOMREB", "190")]),
    # one act told by whom it harmed: no second event on the place
    ("RSF fighters stormed the town of Tawila and killed dozens of villagers.", [("SDNREB", "SDNCVL", "202")]),
    ("Baloch separatists attacked a convoy in Balochistan's Kech district, killing seven soldiers.",
     [("PAKREB", "PAKMIL", "190")]),
    # no event
    ("The bombed-out market in El Fasher reopened on Monday.", []),
    ("Kherson has been under regular Russian shelling since November.", []),
    ("A fire at a market in Lagos destroyed dozens of shops.", []),
    ("Russian forces did not shell Zaporizhzhia on Sunday, the governor said.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_targets(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_place_target_guards(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)
