"""A country name the parser read as an adverb of the verb ("Nauru severed ...": a name it does not know) is
still the verb's subject when the verb has no other."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_a_name_read_as_an_adverb_is_the_subject(code: Callable[[str], Events]) -> None:
    assert code("Nauru severed diplomatic ties with Taiwan.") == [("NRU", "TWN", "161")]


def test_a_real_adverb_is_no_subject(code: Callable[[str], Events]) -> None:
    assert code("Yesterday severed ties were restored.") == []
