"""Consult, yield and threaten (helper round 18): a warning "of consequences" aimed at the side its "after" clause
names, a bare "warned of X" that only foresees X, a warned passive "would be met with a devastating response",
"threatened to attack / target X", releases "in a swap" by two sides, the withdrawal "of X's troops" as a nominal
event, "a round of negotiations" (046, not 040), and Morocco's office holders."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


def _roots(events: Events, root: str) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events if c.startswith(root)}


def test_warning_of_consequences_answers_the_after_clause(code: Callable[..., Events]) -> None:
    assert _roots(code("South Korea warned of consequences on Sunday after North Korea launched a ballistic missile "
                       "into the sea, the defence ministry said."), "13") == {("KOR", "PRK", "130")}
    assert _roots(code("China warned of serious consequences after the Philippines and the United States held joint "
                       "patrols near the shoal."), "13") == {("CHN", "PHL", "130"), ("CHN", "USA", "130")}


@pytest.mark.parametrize("text", [
    "Shares of the Japanese carmaker fell on Thursday after investors warned of weaker demand in China.",
    "Analysts warned of a sharp slowdown in Chinese growth on Tuesday, citing weak exports.",
    "The World Bank warned of famine in Sudan as the fighting spread to farming areas.",
])
def test_warned_of_a_foreseen_topic_is_no_threat(code: Callable[..., Events], text: str) -> None:
    assert _roots(code(text), "13") == set()


def test_warned_passive_response_is_force(code: Callable[..., Events]) -> None:
    assert _roots(code("The Syrian army warned Turkey on Thursday that any incursion would be met with a decisive "
                       "response, state media reported."), "13") == {("SYR", "TUR", "138")}
    # a response with no forceful word stays a generic threat
    assert _roots(code("The Syrian army warned Turkey that any incursion would be met with a response."), "13") == {
        ("SYR", "TUR", "130")}


def test_threatened_to_attack_is_force(code: Callable[..., Events]) -> None:
    assert _roots(code("North Korea threatened on Monday to attack South Korean warships near the disputed sea "
                       "border."), "13") == {("PRK", "KOR", "138")}
    assert _roots(code("Iran threatened to target Israeli embassies abroad, a commander said."), "138") == {
        ("IRN", "ISR", "138")}
    assert _roots(code("Workers at the port threatened to strike if wages were not raised."), "138") == set()


def test_release_in_a_swap_is_each_to_the_other(code: Callable[..., Events]) -> None:
    assert _roots(code("Armenia and Azerbaijan freed dozens of prisoners in an exchange on Wednesday, the Armenian "
                       "government said."), "08") == {("ARM", "AZE", "0841"), ("AZE", "ARM", "0841")}
    assert _roots(code("Ukraine and Russia released 95 prisoners of war each as part of a swap, officials said."),
                  "08") == {("UKR", "RUS", "0841"), ("RUS", "UKR", "0841")}
    # one side's release "in exchange for" people held by the other is read as before
    assert _roots(code("Ukraine released 40 Russian soldiers in exchange for 40 Ukrainian prisoners held by Russia."),
                  "08") == {("UKR", "RUS", "0841"), ("RUS", "UKR", "0841")}


def test_nominal_withdrawal_of_troops(code: Callable[..., Events]) -> None:
    assert _roots(code("The withdrawal of French troops from Niger was completed on Friday, ending a decade-long "
                       "mission, the army said."), "08") == {("FRA", "NER", "0874")}
    assert _roots(code("The pullout of Russian troops from Kherson began on Wednesday, the Ukrainian military said."),
                  "08") == {("RUS", "UKR", "0874")}
    # a withdrawal demanded is wanted, not done
    assert _roots(code("Mali demanded the withdrawal of French troops from its territory."), "08") == set()


def test_round_of_negotiations_is_negotiation(code: Callable[..., Events]) -> None:
    assert _roots(code("Kenya and Somalia held a new round of negotiations on the maritime border in Nairobi on "
                       "Monday."), "04") == {("KEN", "SOM", "046"), ("SOM", "KEN", "046")}
    assert _roots(code("The Iranian foreign minister held a round of talks with his Omani counterpart in Muscat."),
                  "04") == {("IRN", "OMN", "040")}


def test_moroccan_office_holders(code: Callable[..., Events]) -> None:
    assert ("FRA", "MAR", "040") in _roots(code(
        "The French president held talks with King Mohammed VI in Rabat on Monday, the Elysee said."), "04")
    assert _roots(code("Nasser Bourita spoke by phone with the Spanish foreign minister on Tuesday."), "04") == {
        ("MAR", "ESP", "041")}


def test_portfolio_of_a_received_minister_is_no_thing(code: Callable[..., Events]) -> None:
    # "the defence minister" is a guest, not "defence" equipment received (072 needs "from X")
    assert _roots(code("Vietnam's president received the visiting Chinese defence minister in Hanoi on Monday, state "
                       "media said."), "04") == {("VNM", "CHN", "043"), ("CHN", "VNM", "042")}
    assert _roots(code("Ukraine received air defence systems from Germany."), "07") == {("DEU", "UKR", "072")}


def test_warned_party_of_consequences_stays_generic(code: Callable[..., Events]) -> None:
    # a named party's "of" phrase is the warning's topic, not a thing the object holds: "of consequences" is 130
    assert _roots(code("The IMF warned Egypt of economic consequences if subsidies were not cut."), "13") == {
        ("IGO", "EGY", "130")}
    assert _roots(code("China warned Japan of retaliation over the seafood ban."), "13") == {("CHN", "JPN", "138")}
