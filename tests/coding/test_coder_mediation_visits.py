"""Intents to meet or mediate, scheduled hostings and nominal calls and talks (CAMEO 03x / 04x), from a battery
of wire sentences written and labelled before the coder was run on them."""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def _roots(events: Events, root: str) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events if c.startswith(root)}


def test_declared_readiness_noun_is_the_declarer_s_intent(code: Callable[[str], Events]) -> None:
    # "expressed readiness / signalled willingness to V": the intent of V by the one who declared it
    assert _roots(code("Kazakh President Kassym-Jomart Tokayev expressed readiness to mediate between Russia and "
                       "Ukraine."), "0") == {("KAZ", "RUS", "039"), ("KAZ", "UKR", "039")}
    assert _roots(code("North Korea signalled willingness to hold talks with Japan."), "0") == {
        ("PRK", "JPN", "036")}


def test_a_present_hosting_dated_ahead_is_due(code: Callable[[str], Events]) -> None:
    # "is hosting Y next week": a meeting that is due (036 for each side), not dropped as not yet happened
    assert _roots(code("Kazakh President Kassym-Jomart Tokayev is hosting Uzbek President Shavkat Mirziyoyev in "
                       "Astana next week."), "0") == {("KAZ", "UZB", "036"), ("UZB", "KAZ", "036")}
    # dated today, it is happening: a realised hosting
    assert _roots(code("Kazakh President Kassym-Jomart Tokayev is hosting Uzbek President Shavkat Mirziyoyev in "
                       "Astana today."), "04") == {("KAZ", "UZB", "043"), ("UZB", "KAZ", "042")}


def test_a_call_or_talks_between_two_parties(code: Callable[[str], Events]) -> None:
    # the "between" row of a phone call or of peace talks, not the "with" row that finds no party
    assert _roots(code("A phone call between Turkish President Recep Tayyip Erdogan and Vladimir Putin focused on "
                       "the grain corridor."), "04") == {("TUR", "RUS", "041"), ("RUS", "TUR", "041")}
    assert _roots(code("Peace talks between Armenia and Azerbaijan resumed in Almaty on Monday."), "04") == {
        ("ARM", "AZE", "046"), ("AZE", "ARM", "046")}
    # the "with" row still reads a call with one party
    assert _roots(code("Erdogan's phone call with Putin focused on grain."), "04") == {("TUR", "RUS", "041")}


def test_a_third_party_s_expectation_or_hope_is_no_event(code: Callable[[str], Events]) -> None:
    # "analysts expect X to visit Y": their guess, not X's plan; "hopes of a meeting" are not a meeting
    assert not code("Analysts expect Indian Prime Minister Narendra Modi to visit Washington later this year.")
    assert not code("Hopes of a meeting between the Ethiopian and Eritrean leaders faded.")
    # the actor's own expectation to act is still an intent
    assert _roots(code("Indian Prime Minister Narendra Modi expects to visit Washington next month."), "03") == {
        ("IND", "USA", "036")}


def test_signing_off_on_a_bid_endorses_its_bidder(code: Callable[[str], Events]) -> None:
    assert _roots(code("Hungary signed off on Sweden's bid to join NATO."), "05") == {("HUN", "SWE", "051")}
    # approving a package is no endorsement of a party
    assert not _roots(code("Biden signed off on a 1 billion dollar arms package for Taiwan."), "05")
