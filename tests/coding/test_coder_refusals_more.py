"""Refusals and complaints whose parties the generic readers misread (refusals_more.py, demands.answered_by)."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def _roots(events: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


def test_rejected_appeal_is_aimed_at_the_rejecter(code: Code) -> None:
    # the appeal turned down is the appealer's, aimed at the one who turned it down
    assert _roots(code("Laos dismissed an appeal from Vietnam for a ceasefire.")) == {
        ("LAO", "VNM", "120"), ("VNM", "LAO", "0256")}  # (an appeal for a ceasefire: 0256)
    assert _roots(code("Uzbekistan rejected calls from Tajikistan for talks on the border.")) == {
        ("UZB", "TJK", "125"), ("TJK", "UZB", "020")}


def test_complaint_lodged_with_a_body_is_aimed_at_the_party_complained_of(code: Code) -> None:
    assert _roots(code("Chad lodged a complaint with the UN Security Council against Sudan.")) == {
        ("TCD", "SDN", "114")}
    assert _roots(code("Qatar filed a complaint with the International Court of Justice against Bahrain.")) == {
        ("QAT", "BHR", "114")}
    assert _roots(code("Djibouti complained to the African Union about Eritrea's troop build-up.")) == {
        ("DJI", "ERI", "114")}


def test_protest_to_a_state_stays_aimed_at_that_state(code: Code) -> None:
    assert _roots(code("Tokyo lodged a protest with Beijing over China's survey ship.")) == {("JPN", "CHN", "114")}


def test_announced_refusal_to_let_a_party_in(code: Code) -> None:
    assert _roots(code("Honduras would not let two Venezuelan cargo planes land, its foreign ministry said.")) == {
        ("HND", "VEN", "120")}
    assert _roots(code("Nepal will not permit Chinese troops to use its airfields.")) == {("NPL", "CHN", "120")}


def test_letting_in_and_warnings_are_no_refusal(code: Code) -> None:
    assert code("Honduras allowed two Venezuelan cargo planes to land.") == []
    assert code("Kenya did not allow the vessel to dock.") == []
    assert code("Israel will not allow Iran to obtain nuclear weapons.") == []
