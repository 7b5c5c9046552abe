"""Declared intentions (03x) and appeals (02x): who declares a plan, scheduled and forecast events, questions that
are not appeals, pledges to free captives of no named party (coding/intentions.py)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


def roots(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


# -- a plan, offer or pledge with no possessor belongs to the subject of the verb declaring it -------------------

def test_announced_plans_to_send_aid(code: Code) -> None:
    assert roots(code("Egypt announced plans to send aid convoys to Gaza.")) == {("EGY", "PSE", "033")}


def test_unveiled_a_plan_to_send_aid(code: Code) -> None:
    assert roots(code("Algeria unveiled a plan to send food aid to Niger.")) == {("DZA", "NER", "0333")}


def test_made_an_offer_to_mediate(code: Code) -> None:
    assert roots(code("Ethiopia made an offer to mediate between Sudan and South Sudan.")) == {
        ("ETH", "SDN", "039"), ("ETH", "SSD", "039")}


# -- a passive 'is set / scheduled to V' takes its subject --------------------------------------------------------

def test_is_set_to_deliver_aid(code: Code) -> None:
    assert roots(code("South Korea is set to deliver rice aid to Myanmar next month.")) == {("KOR", "MMR", "0333")}


def test_is_scheduled_to_visit(code: Code) -> None:
    assert roots(code("Indonesia's president is scheduled to visit Papua New Guinea in July.")) == {
        ("IDN", "PNG", "036")}


# -- a noun event that is scheduled is an intent (as with 'will'); one that is forecast is not coded --------------

def test_talks_set_to_resume_are_an_intent(code: Code) -> None:
    assert roots(code("Talks between Serbia and Albania are set to resume next week.")) == {
        ("SRB", "ALB", "036"), ("ALB", "SRB", "036")}


def test_talks_due_to_resume_are_an_intent(code: Code) -> None:
    assert roots(code("The talks between Bhutan and Nepal are due to resume in Kathmandu.")) == {
        ("BTN", "NPL", "036"), ("NPL", "BTN", "036")}


def test_talks_expected_to_resume_are_a_forecast(code: Code) -> None:
    assert code("Talks between Tajikistan and Kyrgyzstan are expected to resume in Dushanbe.") == []


# -- asking about something is a question, not an appeal -----------------------------------------------------------

def test_asked_about_is_no_appeal(code: Code) -> None:
    assert code("Reporters asked the minister about the Chinese loan.") == []


def test_asked_the_envoy_about_is_no_appeal(code: Code) -> None:
    assert code("Lawmakers asked the Brazilian ambassador about the election in Venezuela.") == []


def test_asked_to_is_still_an_appeal(code: Code) -> None:
    assert roots(code("The Solomon Islands asked Australia to send more police.")) == {("SLB", "AUS", "020")}


# -- pressing ahead or on is going on with something; pressing a claim asserts it; begging to differ disagrees -----

def test_pressed_ahead_with_is_no_appeal(code: Code) -> None:
    assert code("Israel pressed ahead with its offensive in Rafah.") == []


def test_pressed_on_with_is_no_appeal(code: Code) -> None:
    assert code("Serbia pressed on with the construction of the pipeline to Hungary.") == []


def test_pressed_its_claim_is_no_appeal(code: Code) -> None:
    assert code("Azerbaijan pressed its claim to the corridor through Armenia.") == []


def test_begged_to_differ_is_no_appeal(code: Code) -> None:
    assert code("Venezuela begged to differ with Guyana's account.") == []


def test_pressed_to_is_still_an_appeal(code: Code) -> None:
    assert roots(code("Kenya pressed Ethiopia to reopen the border.")) == {("KEN", "ETH", "020")}


# -- a pledge to free captives of no named party ------------------------------------------------------------------

def test_pledged_to_free_the_crew(code: Code) -> None:
    assert roots(code("The Houthis pledged to free the crew of the seized cargo ship.")) == {("YEM", "", "0353")}


def test_pledged_to_free_hostages(code: Code) -> None:
    assert roots(code("Al-Shabaab promised to release the hostages.")) == {("SOM", "", "0353")}


def test_decision_to_release_water_is_no_yield(code: Code) -> None:
    assert roots(code("Seoul criticised Tokyo's decision to release treated water into the sea.")) == {
        ("KOR", "JPN", "111")}
