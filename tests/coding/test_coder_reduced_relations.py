"""Reducing relations (CAMEO 16) in wire forms the lemma rows missed: halting intelligence sharing, a state leaving
a body named by its acronym, and peacekeepers, inspectors or aid agencies ordered to leave."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey halted intelligence sharing with Sweden.", [("TUR", "SWE", "160")]),
    ("Turkey suspended information sharing with Sweden.", [("TUR", "SWE", "160")]),
])
def test_halted_sharing(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Niger withdrew from ECOWAS on Sunday.", [("NER", "IGOWAS", "160")]),
    ("Qatar quit OPEC.", [("QAT", "IGOOPC", "160")]),
    ("Israel pulled out of UNESCO.", [("ISR", "IGOUNO", "160")]),
    # a retreat from a town stays a retreat
    ("Russian troops withdrew from Kherson.", [("RUSMIL", "UKR", "0874")]),
])
def test_left_a_named_body(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali ordered the UN peacekeeping mission to leave the country.", [("MLI", "IGOUNO", "1661")]),
    ("Eritrea ordered UN peacekeepers to leave.", [("ERI", "IGOUNO", "1661")]),
    ("Iran ordered IAEA inspectors to leave the country.", [("IRN", "IGOIAE", "1662")]),
    ("Sudan told aid agencies to leave Darfur.", [("SDN", "SDNNGO", "1663")]),
    # no leave clause: no expulsion
    ("Ghana ordered its peacekeepers to patrol the border.", []),
])
def test_ordered_out(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
