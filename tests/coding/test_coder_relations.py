"""Reducing relations (CAMEO 16) and threats (13): wire phrasings of cutting aid, members suspended from a bloc,
decisions named by their agent, stated punitive measures, and warnings that only foretell."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # a warning about what a thing may do foretells: no threat
    ("Peru's foreign minister warned that the ruling could damage relations with Mexico.", []),
    ("The UN warned that famine could spread in Sudan.", []),
    # a warning addressed to a party stays a threat
    ("Venezuela warned Guyana against drilling in disputed waters.", [("VEN", "GUY", "130")]),
])
def test_warning_that_foretells(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_decision_named_by_its_agent(code: Callable[[str], Events]) -> None:
    assert code("The decision by Guatemala to break ties with Taiwan angered Taipei.") == [("GTM", "TWN", "161")]


@pytest.mark.parametrize(("text", "expected"), [
    ("China said it will impose tariffs on Canadian canola.", [("CHN", "CAN", "1312")]),
    ("Germany plans to cut aid to Mali.", [("DEU", "MLI", "1311")]),
    # refused or foreseen by others: nothing
    ("The United States said it would not cut aid to Egypt.", []),
    ("Analysts said Washington would likely sanction Turkish banks.", []),
    ("Japan will continue to impose sanctions on Russia.", []),  # a measure kept up: no new threat
])
def test_stated_punitive_measure_is_a_threat(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali was suspended from the African Union after the coup.", [("IGOAFU", "MLI", "160")]),
    ("ECOWAS suspended Guinea from the bloc.", [("IGOWAS", "GIN", "160")]),
    # suspended from a post, not from a body of states
    ("Kenya suspended two police officers from duty.", []),
])
def test_member_suspended_from_a_bloc(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain scaled back its aid to Rwanda.", [("GBR", "RWA", "162")]),
    ("Norway wound down its development assistance to Afghanistan.", [("NOR", "AFG", "162")]),
    ("The World Bank froze new lending to Uganda.", [("IGOWBK", "UGA", "162")]),
])
def test_aid_scaled_back(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
