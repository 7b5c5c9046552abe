"""Material cooperation and aid (CAMEO 06, 07) told the way wire copy tells it: multilateral drills named by a
participle or a relative clause, training given to forces, troops sent to protect, loans and injections of money,
taking part in drills, and weapons such as combat vehicles received. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


def _pairs(*codes: str, code: str = "062") -> list[tuple[str, str, str]]:
    return sorted((a, b, code) for a in codes for b in codes if a != b)


@pytest.mark.parametrize(("text", "expected"), [
    # the parties a drill noun's participle names take part in it, each with each other (taking_part, joint_drill)
    ("The drills, involving warships from Russia, China and Iran, began on Tuesday in the Indian Ocean.",
     _pairs("CHN", "IRN", "RUS")),
    ("Military drills involving Thai and Malaysian marines ended on Friday near Songkhla.",
     _pairs("MYSMIL", "THAMIL")),
    # drills done by two parties named in a relative clause, with no other party: each with the other (joint_drill)
    ("The naval exercise, which was conducted by Peruvian and Ecuadorian ships, ended on Friday.",
     _pairs("ECU", "PER")),
    # three coordinated nationality modifiers, the parser leaving the first unconjoined (targets.py)
    ("Chinese, Russian and Iranian warships held a joint drill in the Gulf of Oman.",
     _pairs("CHNMIL", "IRNMIL", "RUSMIL")),
    # taking part in drills; coordinated parties each with the other
    ("Soldiers from Kenya and Tanzania took part in the exercise near Arusha.", _pairs("KENMIL", "TZAMIL")),
    # hosting drills with partners is military cooperation, not a visit hosted
    ("Mongolia hosted joint peacekeeping drills with troops from India and the United States.",
     sorted([("INDMIL", "MNG", "062"), ("MNG", "INDMIL", "062"), ("MNG", "USAMIL", "062"), ("USAMIL", "MNG", "062")])),
    # training together, intransitive
    ("American and South Korean marines trained together at Pohang on Monday.", _pairs("KORMIL", "USAMIL")),
])
def test_joint_drills(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # training given to forces is military cooperation (062), not generic aid (070) ...
    ("South Africa provided training to Mozambican soldiers.", [("ZAF", "MOZMIL", "062")]),
    ("Belgium provided military training to Beninese troops.", [("BEL", "BENMIL", "062")]),
    # ... training given to civilians is not
    ("India provided training to Kenyan farmers.", []),
    ("French advisers mentored Chadian army units.", [("FRAGOV", "TCDMIL", "062")]),
    # troops sent to another country to protect something there provide protection (074), not a build-up (154)
    ("Rwandan troops were deployed to Mozambique's Cabo Delgado province to protect gas projects.",
     [("RWAMIL", "MOZ", "074")]),
    ("Russia deployed troops to the Belarusian border to pressure Ukraine.", [("RUS", "BLR", "154")]),
    # loans and money injected are economic aid (071)
    ("The United Arab Emirates loaned Egypt $5 billion in March.", [("ARE", "EGY", "071")]),
    ("Saudi Arabia pumped $1 billion into Egypt's economy.", [("SAU", "EGY", "071")]),
    # combat vehicles received are military aid, not a visit received
    ("The Ukrainian army received 40 Marder vehicles from Germany on Tuesday.", [("DEU", "UKRMIL", "072")]),
    # "condemned X's support for Y's forces": X's military aid to them as well (coding_gold.md, batch b) ...
    ("Ethiopia condemned Egypt's support for Somali forces.", [("EGY", "SOMMIL", "072"), ("ETH", "EGY", "111")]),
    # ... support for a party that is no armed force is not aid
    ("Washington welcomed Turkey's support for Sweden's membership.", [("USAGOV", "TUR", "051")]),
    # "took part in" is military cooperation only for drills
    ("Thousands of Kenyans took part in the protest.", [("KENCVL", "KENGOV", "141")]),
])
def test_transfers(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == expected
