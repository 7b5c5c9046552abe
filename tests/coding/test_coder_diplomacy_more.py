"""Diplomatic wire phrasings (CAMEO 04, 05): visits that frame a meeting, mis-tagged leading participles, and
an idiom of meeting."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_paid_a_courtesy_call_on_is_a_meeting(code: Callable[[str], Events]) -> None:
    assert code("Brazil's foreign minister paid a courtesy call on Argentine President Javier Milei.") == [
        ("BRAGOV", "ARGGOV", "040")]


def test_leading_visit_participle_makes_the_partner_a_host(code: Callable[[str], Events]) -> None:
    assert code("Visiting Belgrade, Chinese President Xi Jinping held talks with Serbian President Aleksandar "
                "Vucic.") == [("CHNGOV", "SRBGOV", "042"), ("SRBGOV", "CHNGOV", "043")]


def test_visit_frame_noun_makes_the_partner_a_host(code: Callable[[str], Events]) -> None:
    assert ("PAKGOV", "IRNGOV", "043") in code(
        "During a visit to Islamabad, the Iranian foreign minister met Pakistani Prime Minister Shehbaz Sharif.")


def test_mistagged_visiting_phrase_is_no_subject(code: Callable[[str], Events]) -> None:
    # the tagger reads "Visiting Paris" as a proper-noun subject: the real subject is the president
    assert code("Visiting Paris, the Kenyan president criticised the United States.") == [
        ("KENGOV", "USA", "111"), ("KENGOV", "FRA", "042")]


def test_mistagged_visiting_phrase_gives_the_visit_and_the_host(code: Callable[[str], Events]) -> None:
    assert sorted(code("Visiting Kyiv, the Polish prime minister met Ukrainian President Volodymyr Zelensky.")) == [
        ("POLGOV", "UKR", "042"), ("POLGOV", "UKRGOV", "040"), ("UKRGOV", "POLGOV", "043")]


def test_visit_framing_no_meeting_adds_no_host(code: Callable[[str], Events]) -> None:
    assert code("Visiting Hanoi, the Australian foreign minister held a news conference.") == [
        ("AUSGOV", "VNMGOV", "042")]
