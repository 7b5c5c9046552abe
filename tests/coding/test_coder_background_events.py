"""Events told in background phrases (background_events.py): a nominal event's "by" phrase hung on its aim's
object, nominal events named as only possible or as not taking place, and an "after" clause whose subject noun
the parser made the object of "after"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rights groups condemned the government after a deadly crackdown on students by Bangladeshi police.",
     [("BGDHRI", "BGDGOV", "111"), ("BGDCOP", "BGDEDU", "175")]),
    ("The UN denounced the attacks on displaced people by RSF fighters in Darfur.",
     [("IGOUNO", "SDNREF", "111"), ("SDNREB", "SDNREF", "180")]),
])
def test_agent_hung_on_the_aim(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_an_act_object_keeps_its_own_agent(code: Callable[[str], Events]) -> None:
    # the students protest; the crackdown is the police's (the light verb's subject), not the students'
    assert ("BGDEDU", "BGDEDU", "175") not in code("Police launched a crackdown on protests by students in Dhaka.")


@pytest.mark.parametrize("text", [
    "A visit to Caracas by Colombia's president is possible in the coming weeks, his spokesman said.",
    "Analysts said a visit to Pyongyang by the Russian president was likely later this year.",
    "The rumoured Chinese deployment of troops to Tajikistan was denied by Dushanbe.",
    "The cancelled visit to Islamabad by the Afghan foreign minister had been planned for months.",
])
def test_unreal_nominal_events(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the verb codes the act, as it does in a main clause ("Israeli shelling destroyed homes in X")
    ("Residents fled after days of Israeli shelling destroyed homes in southern Lebanon.", [("ISR", "LBN", "1712")]),
    # not the main clause's subject: Moldova struck nothing
    ("Moldova closed its airspace after a barrage of Russian missiles struck western Ukraine.",
     [("RUS", "UKR", "190")]),
])
def test_after_clause_subject_read_as_object_of_after(code: Callable[[str], Events], text: str,
                                                      expected: Events) -> None:
    assert code(text) == expected
