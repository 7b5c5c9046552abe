"""Wire constructions that span two predicates, on sentences written for these tests (not from the labelled set).

Participial results folded into their attack, announced refusals (12x), leading frames ("In a phone call, ...",
"In a letter to X, ..."), nouns that restate a clause ("..., a decision welcomed by X"), agents that carry the
target ("an assault by X on Y"), passive recipients, verbs sharing one object, and responses aimed at the actor
of an "after" / "ahead of" phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_participial_result_is_part_of_the_attack(code: Callable[[str], Events]) -> None:
    # the killing is the shelling's result: one event, its victims the target (not a second attack)
    assert code("Chilean troops shelled the town of Arica in Peru, killing four civilians.") == [
        ("CHLMIL", "PERCVL", "194")]
    assert code("Ghana's army attacked a rebel camp in Togo, destroying two trucks and killing nine fighters.") == [
        ("GHAMIL", "TGOREB", "190")]


def test_announced_refusal_is_a_reject_event(code: Callable[[str], Events]) -> None:
    assert code("Peru will not hold talks with Chile, its foreign minister said.") == [("PER", "CHL", "125")]
    assert code("Chile would not send food aid to Peru, its foreign minister said.") == [("CHL", "PER", "1223")]
    # a plain negation, or a refusal under a condition, is still not coded
    assert code("Peru did not hold talks with Chile.") == []
    assert code("Chile would not attend the summit in Lima if Peru invited Bolivia.") == []


def test_leading_phone_call_frame_is_a_call_between_the_subjects(code: Callable[[str], Events]) -> None:
    events = code("In a phone call on Friday, Peru's president and Chile's foreign minister discussed border security.")
    assert sorted(events) == [("CHLGOV", "PERGOV", "041"), ("PERGOV", "CHLGOV", "041")]


def test_leading_letter_names_the_addressee(code: Callable[[str], Events]) -> None:
    assert code("In an open letter to Santiago, Peru's president called for the release of the detained "
                "fishermen.") == [("PERGOV", "CHLGOV", "0253")]


def test_restating_noun_stands_for_the_clause_doer(code: Callable[[str], Events]) -> None:
    assert code("Ghana expelled the Togolese envoy, a decision welcomed by Benin.") == [
        ("GHA", "TGOGOV", "174"), ("BEN", "GHA", "051")]


def test_target_hung_on_the_agent_of_an_event_noun(code: Callable[[str], Events]) -> None:
    # "a raid by X on Y": the parser attaches "on Y" to X
    assert code("A raid by Kenyan police on Somali traders in Nairobi drew protests.") == [
        ("KENCOP", "SOMBUS", "190")]


def test_passive_recipient_of_a_transfer(code: Callable[[str], Events]) -> None:
    assert code("Peru was sent weapons by Chile.") == [("CHL", "PER", "072")]


def test_coordinated_verbs_share_their_object(code: Callable[[str], Events]) -> None:
    assert code("Chile condemned and sanctioned Peru.") == [("CHL", "PER", "111"), ("CHL", "PER", "163")]


def test_response_aimed_at_the_actor_it_follows(code: Callable[[str], Events]) -> None:
    assert ("PER", "CHL", "161") in code(
        "Peru recalled its ambassador on Monday, days after Chile expelled two Peruvian diplomats.")
    assert code("Peru deployed troops along the border ahead of a planned march by Bolivian farmers.") == [
        ("PER", "BOLAGR", "154")]


def test_second_clause_subject_hung_on_the_first_clause_object(code: Callable[[str], Events]) -> None:
    # "X did A to B and Y did C": the small parser conjoins the bare name Y to B and leaves the second verb without
    # a subject; Y is that verb's subject and not a second party of the first act
    assert sorted(code("Chile freed nine Peruvian fishermen and Peru released four Chilean fishermen on Monday.")) == [
        ("CHL", "PERCVL", "0841"), ("PER", "CHLCVL", "0841")]
    assert sorted(code("Ghana recalled its envoy from Togo and Benin expelled Ghana's ambassador.")) == [
        ("BEN", "GHAGOV", "174"), ("GHA", "TGO", "161")]
    # a name that is really the second object stays an object
    assert sorted(code("Ghana condemned Togo and Benin on Monday.")) == [("GHA", "BEN", "111"), ("GHA", "TGO", "111")]
