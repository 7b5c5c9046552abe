"""Precision guards (geoevents.coding.guards): triggers whose event the sentence does not assert as news.

Sentences are our own, written as traps: each names a tempting event that did not happen (or not now).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize("text", [
    "Reports that Burundi had deployed troops to South Kivu could not be verified.",
    "Rumours that Ethiopia had massed troops on the Eritrean border could not be confirmed.",
])
def test_hearsay_that_clause_is_not_asserted(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_denied_claims_keep_only_the_denial(code: Callable[[str], Events]) -> None:
    # the claimed shelling is not coded (nor read with the wrong parties); the denial gives no event either
    assert code("The Kremlin dismissed claims that its troops had shelled a school in Sumy.") == []


@pytest.mark.parametrize("text", [
    "Talks between Sudan's army and the RSF were postponed indefinitely.",
    "A summit between Egypt and Ethiopia on the Nile dam was called off.",
])
def test_called_off_meeting_did_not_take_place(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_market_rally_is_no_protest(code: Callable[[str], Events]) -> None:
    assert code("Peru's currency rallied after the central bank raised rates.") == []
    assert code("Supporters of Imran Khan rallied in Lahore on Friday.") == [("PAKELI", "PAKGOV", "141")]


@pytest.mark.parametrize("text", [
    "The Azerbaijani army's drills usually take place in spring.",
    "Vietnam's navy routinely patrols the waters near the Spratly Islands.",
])
def test_habits_are_no_events(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "The ceasefire between Israel and Hezbollah has largely held since November.",
    "The truce between Armenia and Azerbaijan collapsed within hours.",
])
def test_how_a_truce_fares_is_no_declaration(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_questions_are_asked_not_told(code: Callable[[str], Events]) -> None:
    assert code("Why did Iran attack Israel?") == []
    assert code("Did Serbian troops shell Kosovo villages?") == []


def test_a_quarrel_over_a_topic_is_no_clash_of_arms(code: Callable[[str], Events]) -> None:
    assert code("Indonesia and Malaysia clashed over palm oil rules at the WTO.") == []
    assert code("Indian and Chinese troops clashed over a disputed stretch of the border.") == [
        ("INDMIL", "CHNMIL", "190"), ("CHNMIL", "INDMIL", "190")]


def test_market_demand_is_no_political_demand(code: Callable[[str], Events]) -> None:
    assert code("Indian demand for Russian crude oil surged last year.") == []
