"""Disapproval (CAMEO 11) as wires phrase it, from a battery written by disapproval family rather than from
labelled-set errors: the agent of a condemned act hung on the verb by the parser, labels given in a small
clause ("called X's actions a genocide"), verbal attacks with a reason ("attacked X for ..."), and the bare
"in protest" that gives the reason for another act.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_the_agent_of_a_condemned_act_is_the_target(code: Callable[[str], Events]) -> None:
    # the parser hangs "by X" on the active verb; an active verb has no agent of its own, so it is the noun's
    events = code("Beijing condemned the naval exercises by Japan and Australia.")
    assert ("CHNGOV", "JPN", "111") in events and ("CHNGOV", "AUS", "111") in events
    assert code("Cairo welcomed the decision by Khartoum to reopen the border crossing.")[0][:2] == ("EGYGOV", "SDNGOV")


def test_a_label_in_a_small_clause_is_criticism(code: Callable[[str], Events]) -> None:
    assert code("Chile's president called Venezuela's election result a farce.") == [("CHLGOV", "VEN", "111")]
    assert code("Pretoria's foreign minister called Israel's blockade of Gaza a crime.") == [("ZAFGOV", "ISR", "112")]
    assert code("The Kenyan president called the Tanzanian border closure unacceptable.") == [("KENGOV", "TZA", "111")]
    # naming without a pejorative label is no event, and no phone call (041) either
    assert code("Brazil's president called Argentina's plan a bold idea.") == []


def test_attacking_someone_for_something_is_verbal(code: Callable[[str], Events]) -> None:
    assert code("Slovakia's prime minister attacked Brussels for delaying the payments.") == [
        ("SVKGOV", "IGOEEC", "111")]
    # a time phrase with "for" is no reason: still a military attack
    assert code("Israeli troops attacked Hezbollah positions for the third day.") == [("ISRMIL", "LBNREB", "190")]


def test_the_bare_in_protest_is_the_reason_for_the_act_that_governs_it(code: Callable[[str], Events]) -> None:
    assert code("Algeria recalled its ambassador to Paris in protest at France's stance on Western Sahara.") == [
        ("DZA", "FRAGOV", "161")]
    assert ("ZAFLAB", "ZAFGOV", "141") in code(
        "Thousands of South African miners marched in Johannesburg in protest against the new mining law.")


def test_a_reported_pejorative_judgment_is_the_speakers_criticism(code: Callable[[str], Events]) -> None:
    assert code("Warsaw said Minsk's conduct at the border was reckless and hostile.") == [("POLGOV", "BLRGOV", "111")]
    assert code("Turkey's annexation plan for the north is unlawful, the Cypriot government said.") == [
        ("CYPGOV", "TUR", "111")]
    # no speaker: a judgment nobody states is no event
    assert code("Serbia's new mining law is illegal under European rules.") == []


def test_what_is_discussed_is_a_topic_not_a_party(code: Callable[[str], Events]) -> None:
    # (talks, not disapproval: kept here with the other constructions of this battery)
    assert code("Lula and Petro discussed the crisis in Venezuela by phone.") == [
        ("BRAGOV", "COLGOV", "041"), ("COLGOV", "BRAGOV", "041")]
    assert code("Ramaphosa discussed the conflict in Sudan with Ruto.") == [("ZAFGOV", "KENGOV", "040")]


def test_holding_someone_responsible_and_railing_against_them(code: Callable[[str], Events]) -> None:
    assert code("Baku held Yerevan responsible for the shelling of the border village.") == [
        ("AZEGOV", "ARMGOV", "112")]
    assert code("Bolivia's president railed against Chile in a speech to parliament.") == [("BOLGOV", "CHL", "111")]
    assert code("Police held three men for questioning.") == []
