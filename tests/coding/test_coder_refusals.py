"""Negated sentences that still carry events, and refusals worded negatively (refusals.py, wire.refusal_code)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # a conjunct set against a negated one ("but") is asserted on its own; its "it" is the first clause's subject
    ("Bolivia did not send troops to the border, but it recalled its ambassador from Peru.", [("BOL", "PER", "161")]),
    ("Moldova did not expel the Russian diplomat but summoned the Russian ambassador.", [("MDA", "RUSGOV", "114")]),
    ("Cuba did not free the protesters, though it released two priests.", [("CUB", "CUBREL", "0841")]),
    # a plain list shares the negation, and so does a conjunct negated on its own
    ("Russian forces did not attack or shell Kharkiv overnight.", []),
    ("Chad did not expel the French envoy, and it did not summon him either.", []),
])
def test_negated_sentence_keeps_its_contrasted_event(code: Callable[[str], Events], text: str,
                                                     expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "ruled out X-ing": the refusal of the act X (its 12x code)
    ("Germany ruled out sending Leopard tanks to Ukraine.", [("DEU", "UKR", "1222")]),
    ("Germany ruled out holding talks with Russia.", [("DEU", "RUS", "125")]),
    ("Germany did not rule out sending tanks to Ukraine.", []),
])
def test_ruling_out_an_act_is_a_refusal(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an announced refusal of aid or of a concession takes the sub-code of what is refused
    ("Kenya said it would not send food aid to Sudan.", [("KEN", "SDN", "1223")]),
    ("Japan will not ease its export controls on South Korea.", [("JPN", "KOR", "1241")]),
    # a refusal that holds only until something happens is a condition, not a refusal
    ("Serbia will not hold talks with Albania until the border police withdraw.", []),
])
def test_refusal_sub_codes(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
