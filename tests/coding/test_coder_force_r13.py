"""Blockades of ports by a force, chemical attacks told by the agent's vehicle and fights framed as "after days
of fighting with Y" (CAMEO 191, 2041, 190): sentences written for these tests.

Each case of ``CASES`` fails without the rule it names (``coding/force.py``, ``coding/munitions.py``,
``coding/embedded.py``); the cases of ``test_no_event`` guard their precision.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]

CASES = [
    # a navy or warships blockading a port: a military blockade (191), not a protest obstruction (force.py)
    ("The Russian navy blockaded the port of Odesa for weeks.", [("RUSMIL", "UKR", "191")]),
    ("The Indian navy blockaded Pakistan's ports during the war.", [("INDMIL", "PAK", "191")]),
    # a munition filled with a chemical agent, the aim hung on its participle (munitions.py, 2041)
    ("Sudanese army aircraft dropped bombs laced with chlorine on villages in Darfur.", [("SDNMIL", "SDNCVL", "2041")]),
    ("Russian troops dropped grenades loaded with chloropicrin on Ukrainian trenches near Kupiansk.",
     [("RUSMIL", "UKR", "2041")]),
    ("Islamist militants fired mortar rounds filled with chlorine at Iraqi army positions.",
     [("IRQREB", "IRQMIL", "2041")]),
    ("Assad's forces fired rockets tipped with sarin at rebel-held districts of Aleppo.",
     [("SYRMIL", "SYRCVL", "2041")]),
    # "after weeks of fighting with Y": a gerund the parser tags as a verb, fought by the clause's subject
    # (embedded.gerund_subject -> nominal.temporal_frame_subject), both ways
    ("Houthi fighters took the city of Marib after weeks of fighting with Yemeni government troops.",
     [("YEMREB", "YEM", "192"), ("YEMREB", "YEMGOV", "190"), ("YEMGOV", "YEMREB", "190")]),
]

NO_EVENT = [
    # a protest blockade of a port by a crowd keeps its protest reading (no 191)
    "Greek farmers blockaded the port of Piraeus to protest fuel prices.",
    # riot gas fired at a crowd is no chemical warfare
    "Kenyan police fired canisters filled with tear gas at protesters in Nairobi.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_force_r13(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(code: Callable[[str], Events], text: str) -> None:
    assert not any(c[:2] in ("19", "20") for _, _, c in code(text))
