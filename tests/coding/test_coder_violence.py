"""Force and violence (CAMEO roots 15, 18, 19, 20): wire phrasings of each family, written for these tests.

Each case fails without the rule or dictionary rows it names (``coding/violence.py``, ``recode.py``, ``verbs.csv``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]

CASES = [
    # a mass expulsion: the object's lemma ("thousands" -> "thousand"), and deportations of hundreds or more (201)
    ("Russian forces deported thousands of Ukrainian civilians from occupied Mariupol.",
     [("RUSMIL", "UKRCVL", "201")]),
    ("Iran forcibly deported thousands of Afghan migrants last month.", [("IRN", "AFGREF", "201")]),
    # an armed group that "bombs" something sets off a bomb (183): it has no air force
    ("The Pakistani Taliban bombed a police checkpoint in Khyber Pakhtunkhwa, killing four officers.",
     [("PAKREB", "PAKCOP", "183")]),
    # chemical agents are chemical warfare (2041), not riot control (175)
    ("Syrian government forces used chlorine gas against civilians in Douma, the OPCW said.",
     [("SYRGOV", "SYRCVL", "2041")]),
    ("Russian troops used chloropicrin against Ukrainian soldiers near Bakhmut.", [("RUSMIL", "UKRMIL", "2041")]),
    # warplanes sent into another state's air defence zone are a show of force (150), not military aid (072)
    ("China sent 20 warplanes into Taiwan's air defence zone on Monday.", [("CHN", "TWNMIL", "150")]),
    # a carrier group sent to a sea; bombers approaching another state's airspace (150)
    ("The United States sent an aircraft carrier strike group to the eastern Mediterranean.", [("USA", "", "150")]),
    ("Japan scrambled fighter jets after two Russian bombers approached its airspace.",
     [("JPN", "RUS", "152"), ("RUS", "JPN", "150")]),
    # warplanes flying into another state's airspace (150); a barrage of missiles fired at a state is an attack (195)
    ("Russian warplanes flew into Finnish airspace near Kotka.", [("RUSMIL", "FIN", "150")]),
    ("Iran launched a barrage of about 180 missiles toward Israel.", [("IRN", "ISR", "195")]),
    # forty fighters of a group a tagger names like a person are no assassinated leader (186)
    ("Chadian soldiers killed 40 Boko Haram fighters near Lake Chad.", [("TCDMIL", "NGAREB", "190")]),
    # "air strikes on X killed 35": one strike, not the strikes and the killing
    ("Israeli air strikes on Rafah killed at least 35 people.", [("ISR", "PSECVL", "195")]),
    # "targeted X with missiles", "repelled X's attack"
    ("Houthi rebels targeted a US destroyer in the Red Sea with anti-ship missiles.", [("YEMREB", "USA", "195")]),
    ("Kenyan troops repelled an al-Shabaab attack on their base in Lamu.", [("KENMIL", "SOMREB", "190")]),
    # combat aircraft named by type are an air strike's means
    ("Azerbaijani Su-25s struck Armenian positions near the border.", [("AZE", "ARM", "195")]),
    # ground an armed group takes or besieges in its own country is taken from that country's state
    ("M23 rebels seized the eastern Congolese city of Goma.", [("CODREB", "COD", "192")]),
    ("Sudan's RSF besieged the city of El Fasher for months.", [("SDNREB", "SDN", "191")]),
    # bombings, hostage-taking and truce violations with no named victim or other side are coded without one
    ("Al-Shabaab militants detonated a car bomb outside a hotel in Mogadishu on Saturday.", [("SOMREB", "", "183")]),
    ("The RSF broke a humanitarian truce in Khartoum within hours, the Sudanese army said.", [("SDNREB", "", "196")]),
    ("Houthi rebels hijacked a cargo ship in the Red Sea and took its 25 crew members hostage.",
     [("YEMREB", "", "181")]),
    # "raped" (which the pipeline lemmatises as "rap", to criticise) and corporal punishment
    ("Sudan's RSF fighters raped women in El Geneina, rights groups said.", [("SDNREB", "SDNCVL", "1821")]),
    ("Taliban guards flogged two men in public in Kandahar.", [("AFGGOV", "AFGCVL", "182")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_violence(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)


def test_state_forces_in_their_own_country_name_no_target(code: Callable[[str], Events]) -> None:
    # a state's own ground is not its target: only armed groups take ground from the state
    assert ("TUR", "TUR", "192") not in {(a[:3], b[:3], c) for a, b, c in code(
        "Turkish troops took control of the town of Cizre after a curfew was imposed.")}


def test_bombs_set_off_by_police_or_thrown_by_protesters_need_a_target(code: Callable[[str], Events]) -> None:
    # a controlled detonation or a protest's petrol bombs are no bombing attack when no one is named as hit
    assert code("Police detonated a suspicious package near the Kenyan parliament.") == []
    # no 18x: only the march itself, of the place's civilians (geoevents.coding.crowds)
    assert code("Greek protesters hurled petrol bombs during the march in Athens.") == [("GRCCVL", "GRCGOV", "141")]
