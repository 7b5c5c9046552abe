"""Protest acts (CAMEO 14) and yielding (08): strikes kept up, shutdowns observed, seized vehicles returned.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


def test_remaining_on_strike(code: Code) -> None:
    assert code("Kenyan doctors remained on strike for a third week.") == [("KENHLH", "KENGOV", "143")]


def test_observing_a_shutdown(code: Code) -> None:
    assert code("Nepali shopkeepers observed a general shutdown in Kathmandu.") == [("NPL", "NPLGOV", "143")]


def test_returning_seized_vehicles(code: Code) -> None:
    assert code("Kyrgyzstan returned the seized Kazakh trucks to Kazakhstan.") == [("KGZ", "KAZ", "0842")]
