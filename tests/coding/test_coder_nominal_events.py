"""Nominal events (coding_gold.md, "Nominal events"): an event noun is coded when the sentence presents it as
fact, not when it is background, a possibility or only wanted. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # an act of force that is the subject of a verb of result happened, aimed where its result was
    ("Russian missile strikes knocked out power in Kharkiv on Tuesday.", [("RUS", "UKR", "195")]),
    ("Azerbaijani artillery fire damaged several homes in the Armenian village of Sotk.", [("AZE", "ARM", "194")]),
    ("Israeli tank fire wounded four Lebanese soldiers near the border town of Khiam.", [("ISR", "LBNMIL", "194")]),
    # the doer hung on the noun's compound ("Ukrainian" on "drone")
    ("Ukrainian drone strikes set fire to an oil depot in Russia's Bryansk region overnight.",
     [("UKR", "RUS", "1952")]),
    # ... also when it fills a span of time ("a week of strikes")
    ("A week of Turkish drone strikes knocked out power across northeast Syria.", [("TUR", "SYR", "1952")]),
    # a labour strike that paralyses ports is no act of force
    ("A nationwide general strike paralysed ports across Argentina on Wednesday.", []),
])
def test_act_of_force_as_subject_of_a_result(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the shelled place's civilians, not the shelling side's: one act
    ("Russian shelling of Kherson killed two civilians on Friday, the regional governor said.",
     [("RUS", "UKR", "194")]),
    # the verb names whom the strike hit: the strike noun adds no untargeted copy
    ("A Russian drone strike on Odesa killed three people overnight.", [("RUS", "UKRCVL", "195")]),
])
def test_violent_subject_and_its_verb_are_one_act(code: Callable[[str], Events], text: str,
                                                  expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "The film recounts the 1982 Israeli invasion of Lebanon.",  # dated background
    "The 2008 Russian invasion of Georgia still shapes Tbilisi's foreign policy.",
    "The risk of a Chinese blockade of Taiwan has grown, analysts said.",  # only possible
    "Calls for talks between Armenia and Azerbaijan have grown louder, diplomats said.",  # only wanted
    "Kyiv fears a renewed Russian offensive on Kharkiv this summer.",  # only feared
])
def test_unasserted_nominal_events(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the act of a decision / offer noun's infinitive is its owner's, with the noun's modality (an intent);
    # aid credited with no named recipient went to the one thanking or hailing it
    ("Zelensky thanked Norway for its decision to send more air defence systems.",
     [("UKRGOV", "NOR", "051"), ("NOR", "UKRGOV", "0332")]),  # (coding_gold.md: "its decision to send F-16s": 0332)
    ("Qatar's offer to mediate between Kabul and Islamabad was accepted by both sides.",
     [("QAT", "AFGGOV", "039"), ("QAT", "PAKGOV", "039")]),
    ("Kyiv hailed Japan's pledge of $4.5 billion in new aid.", [("UKRGOV", "JPN", "051"), ("JPN", "UKRGOV", "033")]),
    # "thanked X for its ...": X's act
    ("Cuba thanked Mexico for its shipment of fuel.", [("CUB", "MEX", "051"), ("MEX", "CUB", "073")]),
    # the recipient named in the pledge's "of" complement
    ("Japan's pledge of new aid to Ukraine was announced on Friday.", [("JPN", "UKR", "033")]),
])
def test_decisions_pledges_and_credited_aid(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
