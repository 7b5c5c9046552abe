"""Asking a court to order a party to act is a lawsuit against that party (115); asking a court anything else is
no lawsuit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("South Africa asked the ICJ to order Israel to halt its offensive in Rafah.", [("ZAF", "ISR", "115")]),
    ("Gambia petitioned the court to order Myanmar to stop the killings.", [("GMB", "MMR", "115")]),
    ("Guyana asked the World Court to bar Venezuela from holding the referendum.", [("GUY", "VEN", "115")]),
])
def test_a_court_asked_to_order_a_party_is_a_lawsuit_against_it(code: Callable[[str], Events], text: str,
                                                                expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "Lawyers asked the court to postpone the hearing.",
    "The opposition asked the Supreme Court to annul the election results.",
])
def test_other_requests_to_a_court_are_no_lawsuit(code: Callable[[str], Events], text: str) -> None:
    assert not [e for e in code(text) if e[2] == "115"]
