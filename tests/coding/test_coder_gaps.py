"""Gaps in the coder's rule choice (issue #4): which code a trigger takes from its doer, its instrument, its victim
and its complement, and which party an agentless or passive act gets. Each case is a sentence written for this test
(none is taken from the labelled evaluation set); the commented controls must keep their old reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.coding.conftest import Events

CASES = [
    # 195 / 194: a generic attack verb takes its kind from the craft or weapon that does it, or that it uses
    ("Russian drones hit a power plant in Kharkiv on Tuesday.", [("RUSMIL", "UKR", "195")]),
    ("Israeli warplanes pounded targets in southern Lebanon overnight.", [("ISRMIL", "LBN", "195")]),
    ("A maternity hospital in Zaporizhzhia was hit by a Russian missile overnight.", [("RUS", "UKRHLH", "195")]),
    ("Sudanese army helicopters attacked RSF convoys near El Fasher.", [("SDNMIL", "SDNREB", "195")]),
    ("Russian forces struck Odesa with cruise missiles overnight.", [("RUSMIL", "UKR", "195")]),
    ("Russian forces pounded Kherson with artillery and drones.", [("RUSMIL", "UKR", "194")]),
    # 190: troops attacking enemy "positions" is force, not criticism of a position
    ("Ukrainian troops attacked Russian positions near Robotyne.", [("UKRMIL", "RUS", "190")]),
    # 091: a police or tax raid on premises is an investigation; a raid by soldiers stays coercion (control)
    ("Kenyan police searched the Nairobi headquarters of an opposition newspaper.", [("KENCOP", "KENOPP", "091")]),
    ("A police raid on the headquarters of Georgia's main opposition party drew condemnation.",
     [("GEOCOP", "GEOOPP", "091")]),
    ("Turkish police raided the offices of the pro-Kurdish HDP party.", [("TURCOP", "TUROPP", "091")]),
    ("US special forces raided a compound in northern Syria.", [("USAMIL", "SYR", "170")]),
    # 144: protesters or students occupying a building hold a sit-in, not a military occupation
    ("Students occupied the University of Belgrade's faculty of law.", [("SRBEDU", "SRBGOV", "144")]),
    ("Protesters occupied the Ministry of Finance in Tirana.", [("ALBCVL", "ALBGOV", "144")]),
    # 1721: a state's internet shutdown with no named outlet is aimed at its own population
    ("Iranian authorities suspended internet services across the country.", [("IRNGOV", "IRNCVL", "1721")]),
    ("Ethiopia shut down mobile internet in the Amhara region.", [("ETH", "ETHCVL", "1721")]),
    # settlers are Israeli civilians; civilians attacking people is an assault (182), a building a riot (145)
    ("Settlers attacked Palestinian villagers south of Hebron.", [("ISRCVL", "PSECVL", "182")]),
    ("Settlers attacked a Palestinian village in the West Bank.", [("ISRCVL", "PSE", "145")]),
    ("Rioters attacked a mosque in Southport.", [("GBRCVL", "GBRREL", "145")]),
    # 152: forces "were put on high alert" (agentless passive): the forces' own state raised the alert
    ("Thai troops were put on high alert near the Cambodian frontier.", [("THAMIL", "KHM", "152")]),
    # 174: an expulsion by ultimatum ("gave X two days to quit", "ordered X to leave the country"); without the
    # "to leave" clause no expulsion is read
    ("Chad gave the German ambassador two days to quit the country.", [("TCD", "DEUGOV", "174")]),
    ("Ghana ordered the Nigerian envoy to leave the country within 48 hours.", [("GHA", "NGAGOV", "174")]),
    ("Iran ordered the expulsion of the German ambassador.", [("IRN", "DEUGOV", "174")]),
    ("Mali gave the French negotiators two more days.", []),
    # 186: killing a named person or a leader is an assassination, whatever the weapon
    ("An Israeli airstrike killed Hamas leader Ismail Haniyeh in Tehran.", [("ISR", "PSEREB", "186")]),
    ("Israel killed Hezbollah commander Fuad Shukr in Beirut.", [("ISR", "LBNREB", "186")]),
    ("Gunmen shot dead a local mayor in Guerrero state.", [("MEXUAF", "MEXGOV", "186")]),
    ("Ukrainian forces killed two Russian soldiers near Bakhmut.", [("UKRMIL", "RUSMIL", "190")]),
    ("Russian shelling killed three civilians in Kherson.", [("RUS", "UKRCVL", "194")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_choice_codes_the_sentence(code: Callable[..., Events], text: str, expected: Events) -> None:
    assert code(text) == expected
