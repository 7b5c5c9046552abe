"""Subordinate clauses and wire constructions: the arguments of "after" / "while" clauses and trailing participles,
armed groups referred back to as "the group", and obligations in quotes. Sentences are written for these tests (not
taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # the pronoun object of a trailing participle is the object of the verb it belongs to
    ("Moldova expelled two Russian diplomats on Friday, accusing them of espionage.",
     [("MDA", "RUSGOV", "174"), ("MDA", "RUSGOV", "1125")]),
    ("Iran executed two Kurdish activists, accusing them of spying for Israel.",
     [("IRN", "IRNNGO", "1823"), ("IRN", "IRNNGO", "1125")]),
])
def test_trailing_participle_pronoun(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_after_clause_subject_parsed_as_object_of_after(code: Callable[[str], Events]) -> None:
    # the parser reads "after London" as a prepositional phrase: London is still the clause's subject
    assert code("Tehran summoned the British charge d'affaires after London imposed new sanctions on Iranian "
                "officials.") == [("IRNGOV", "GBRGOV", "114"), ("GBRGOV", "IRNGOV", "163")]


@pytest.mark.parametrize(("text", "expected"), [
    # a subjectless participle after "while" / "when" is done by the subject of the active clause it frames
    ("Kenyan President William Ruto praised Ethiopia while visiting Addis Ababa.",
     [("KENGOV", "ETH", "051"), ("KENGOV", "ETHGOV", "042")]),
    ("While visiting Nairobi, Indian Prime Minister Narendra Modi signed a maritime security pact with Kenya.",
     [("INDGOV", "KENGOV", "042"), ("INDGOV", "KEN", "057")]),
])
def test_participle_framed_by_a_time_conjunction(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_the_group_is_the_armed_group_named_before(code: Callable[[str], Events]) -> None:
    assert code("A spokesman for the Houthis said the group fired missiles at a U.S. destroyer.") == [
        ("YEMREB", "USA", "195")]


def test_obligation_in_a_quote_is_no_deed(code: Callable[[str], Events]) -> None:
    # no withdrawal by Russia; what the speaker says Russia must do is her demand on it (round 18, quotes)
    assert code('"Russia must withdraw its troops from Moldova," Romanian Foreign Minister Luminita Odobescu '
                'said.') == [("ROUGOV", "RUS", "1056")]
