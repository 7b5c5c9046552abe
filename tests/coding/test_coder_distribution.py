"""Coordinated actors are distributed, one event per actor pair, in the shapes the parser does not read as one
coordination: lists led by an apposition, companions set off by commas ("along with", "alongside", "with",
"joined by", "as well as"), 'vessels from A, B and C', 'A's and B's ministers', passive agents hung on the object,
members set apart by 'but not', and neighbours acting on their shared border (each on the other). Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]

CASES = [
    # a list whose second member the parser takes for an apposition of the first
    ("Canada, Ukraine, Sweden and Britain took Iran to the International Court of Justice on Tuesday.",
     [("CAN", "IRN", "115"), ("UKR", "IRN", "115"), ("SWE", "IRN", "115"), ("GBR", "IRN", "115")]),
    ("Lebanon, Jordan as well as Iraq condemned the Israeli raid.",
     [("LBN", "ISR", "111"), ("JOR", "ISR", "111"), ("IRQ", "ISR", "111")]),
    # companions hung on the verb between subject and verb
    ("Kenya, along with Ethiopia, condemned Eritrea on Sunday.", [("KEN", "ERI", "111"), ("ETH", "ERI", "111")]),
    ("Brazil, along with Argentina and Uruguay, recognised Palestine.",
     [("BRA", "PSE", "054"), ("ARG", "PSE", "054"), ("URY", "PSE", "054")]),
    ("Washington, with Tokyo, imposed sanctions on Pyongyang.",
     [("USAGOV", "PRKGOV", "163"), ("JPNGOV", "PRKGOV", "163")]),
    # companions hung on the subject
    ("Australia, alongside New Zealand, pledged aid to Tonga.", [("AUS", "TON", "033"), ("NZL", "TON", "033")]),
    ("Ethiopia, with Somali troops, attacked al-Shabaab fighters near Baidoa.",
     [("ETH", "SOMREB", "190"), ("SOMMIL", "SOMREB", "190")]),
    ("Egypt, joined by Jordan, condemned Israel.", [("EGY", "ISR", "111"), ("JOR", "ISR", "111")]),
    # the parser's second subject
    ("Norway as well as Denmark imposed sanctions on Iran.", [("NOR", "IRN", "163"), ("DNK", "IRN", "163")]),
    # 'vessels from A, B and C': a noun compounded with an agent noun
    ("Coast guard vessels from the Philippines, Japan and the United States sailed together through the "
     "Scarborough Shoal.",
     [("PHLCOP", "JPNCOP", "062"), ("PHLCOP", "USACOP", "062"), ("JPNCOP", "PHLCOP", "062"),
      ("JPNCOP", "USACOP", "062"), ("USACOP", "PHLCOP", "062"), ("USACOP", "JPNCOP", "062")]),
    # coordinated possessors
    ("Japan's and South Korea's trade ministers met in Tokyo.",
     [("JPNGOV", "KORGOV", "040"), ("KORGOV", "JPNGOV", "040")]),
    # a passive whose coordinated "by" phrase the parser hangs on the thing given
    ("Ukraine was given Patriot systems by Germany and the Netherlands.",
     [("DEU", "UKR", "072"), ("NLD", "UKR", "072")]),
    # 'but not': the member set apart did not act
    ("The United States, but not Britain, condemned the coup leaders in Niger.", [("USA", "NERMIL", "111")]),
    # what coordinated neighbours do on the border they share is aimed at each other
    ("India and China massed troops along their disputed border.", [("IND", "CHN", "154"), ("CHN", "IND", "154")]),
    ("Eritrea and Ethiopia each deployed thousands of soldiers along their frontier.",
     [("ERI", "ETH", "154"), ("ETH", "ERI", "154")]),
]

GUARDS = [
    # backing is no companion; a description in apposition is no list member
    ("Israel, with US backing, struck Hezbollah targets in Lebanon.", [("ISR", "LBNREB", "190")]),
    ("Russia, Ukraine's northern neighbour, attacked Kharkiv overnight.", [("RUS", "UKR", "190")]),
    ("Fiji and Samoa, two Pacific island states, condemned China.", [("FJI", "CHN", "111"), ("WSM", "CHN", "111")]),
    # a border shared with a third party: that party is the target
    ("Kenya and Ethiopia deployed troops to their border with Somalia.",
     [("KEN", "SOM", "154"), ("ETH", "SOM", "154")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_distributed(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_not_distributed(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)
