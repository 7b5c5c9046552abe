"""Meetings (CAMEO 04) in wire phrasings, from a battery written before the coder was run on it: an act done
'in a phone call' or 'during a telephone conversation' is a phone call (041) from its actor as well."""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def _roots(events: Events, root: str) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events if c.startswith(root)}


def test_an_act_done_in_a_phone_call_is_a_call(code: Callable[[str], Events]) -> None:
    events = code("In a phone call, French President Emmanuel Macron urged Iranian President Ebrahim Raisi to release "
                  "detained French nationals.")
    assert _roots(events, "04") == {("FRA", "IRN", "041")}
    assert _roots(events, "02")
    events = code("During a telephone conversation, Kenyan President William Ruto thanked Tanzanian President Samia "
                  "Suluhu Hassan for her support.")
    assert _roots(events, "04") == {("KEN", "TZA", "041")}
    assert _roots(events, "05") == {("KEN", "TZA", "051")}


def test_no_call_named_is_no_call(code: Callable[[str], Events]) -> None:
    # the same act with no call phrase, and a call that is only the topic of a remark
    assert not _roots(code("French President Emmanuel Macron urged Iranian President Ebrahim Raisi to release "
                           "detained French nationals."), "04")
    assert not _roots(code("Kenyan President William Ruto thanked Tanzania for its support in a speech in Nairobi."),
                      "04")


def test_a_pact_held_is_no_signing(code: Callable[[str], Events]) -> None:
    # a standing tie in a relative clause is background; the protest (a state's: an official complaint) is the event
    events = code("The Philippines, which has a defence treaty with Washington, protested Chinese manoeuvres.")
    assert not _roots(events, "05")
    assert _roots(events, "11")
    # a pact signed is still coded
    assert _roots(code("Vietnam signed a strategic partnership agreement with Indonesia."), "05") == {
        ("VNM", "IDN", "057")}
