"""Targets (helper round 15): ground a state retakes in its own country (an empty target, not no event), a thing
done by a named person the dictionaries do not know (not the place named in its phrase), aid sent to a named place
(the place's country), the country where the source's own people were held or treated (for criticism of it),
people named as foreigners (an empty target) and keeping people out ('blocked the entry of X')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]
Code = Callable[..., Events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian troops recaptured Kherson on Friday.", [("UKRMIL", "", "192")]),
    ("The Syrian army regained control of Palmyra, state media said.", [("SYRMIL", "", "192")]),
    ("Azerbaijani troops regained Shusha, the defence ministry said.", [("AZEMIL", "", "192")]),
])
def test_own_ground_retaken_has_an_empty_target(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_ground_retaken_from_a_named_party_or_abroad_keeps_it(code: Code) -> None:
    assert code("Ukrainian troops recaptured Kherson from Russian forces.") == [("UKRMIL", "RUSMIL", "192")]
    assert code("Russian troops captured Avdiivka.") == [("RUSMIL", "UKR", "192")]
    assert code("Iraqi troops regained the town from Islamic State fighters.") != []


def test_own_ground_needs_a_realised_taking(code: Code) -> None:
    assert code("Ukrainian troops could recapture Kherson next year, analysts said.") == []
    assert code("Ukrainian troops did not recapture Kherson.") == []
    assert code("The president regained consciousness.") == []
    assert code("The ruling party regained its majority.") == []


def test_visit_of_a_known_speaker_targets_her_state(code: Code) -> None:
    assert ("CHN", "USALEG", "111") in code("China condemned Pelosi's visit to Taiwan.")
    assert ("CHN", "TWN", "111") not in code("China condemned Pelosi's visit to Taiwan.")


@pytest.mark.parametrize("text", [
    "China condemned Smith's visit to Taiwan.",
    "Iran condemned John Smith's remarks about Israel.",
])
def test_act_of_an_unknown_person_does_not_target_the_place_named(code: Code, text: str) -> None:
    assert code(text) == []


def test_possessed_act_of_a_known_party_is_unchanged(code: Code) -> None:
    assert code("Egypt rejected Ethiopia's plan to fill the dam.") == [("EGY", "ETH", "120")]
    assert ("RUS", "DEUGOV", "111") in code("Russia condemned Scholz's trip to Kyiv.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan sent aid to Kherson.", [("JPN", "UKR", "070")]),
    ("The World Food Programme delivered aid to Lalibela.", [("IGOWFP", "ETH", "070")]),
])
def test_aid_sent_to_a_named_place(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_aid_to_a_place_of_ones_own_country_or_no_aid(code: Code) -> None:
    assert code("Ukraine sent aid to Kherson.") == []
    assert code("Japan sent a letter to Kherson.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing condemned the detention of Chinese citizens in Myanmar.", [("CHNGOV", "MMR", "111")]),
    ("India criticised the treatment of Indian workers in Qatar.", [("IND", "QAT", "111")]),
    ("Japan protested the arrest of a Japanese businessman in Beijing.", [("JPN", "CHN", "114")]),
])
def test_own_people_held_abroad_target_the_country(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_own_people_held_with_a_named_doer_or_no_place(code: Code) -> None:
    assert code("Paraguay's senate condemned the detention of a Paraguayan citizen by Argentine police.")[0] == (
        "PRYLEG", "ARGCOP", "111")
    assert ("CHNGOV", "MMR", "111") not in code("Beijing condemned the detention of Chinese citizens.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas seized foreign hostages.", [("PSEREB", "", "181")]),
    ("Iran arrested a foreign national.", [("IRN", "", "173")]),
    ("Police arrested foreign journalists in Minsk.", [("BLRCOP", "", "173")]),
])
def test_foreigners_are_of_no_country(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_named_nationals_and_foreign_officials_keep_their_country(code: Code) -> None:
    assert code("Iran arrested a French national.") == [("IRN", "FRA", "173")]
    assert code("Foreign journalists protested in Minsk.") == [("BLRMED", "BLRGOV", "141")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Serbia blocked the entry of Kosovo officials.", [("SRB", "KSVGOV", "172")]),
    ("Russia banned the entry of British ministers.", [("RUS", "GBRGOV", "172")]),
])
def test_entry_blocked(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_entry_blocked_needs_people_and_a_fact(code: Code) -> None:
    assert code("Protesters blocked the entry to the parliament.") == []
    assert code("Serbia may block the entry of Kosovo officials.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's president visited Lalibela.", [("KENGOV", "ETH", "042")]),
    ("Kenya's president visited Kherson.", [("KENGOV", "UKR", "042")]),
])
def test_visit_to_a_place_taken_for_a_person(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected


def test_visit_to_a_person_or_ones_own_place_is_no_visit(code: Code) -> None:
    assert code("Kenya's president visited Smith.") == []
    assert code("Ukraine's president visited Kherson.") == []


def test_place_read_as_an_adverb_is_the_object(code: Code) -> None:
    # the parser hangs "Kupiansk" off the verb as an adverb: re-attached as the object (place_objects.py)
    assert code("Ukrainian forces recaptured Kupiansk.") == [("UKRMIL", "", "192")]
    assert code("Ukrainian forces did not recapture Kupiansk.") == []
