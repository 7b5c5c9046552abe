"""Events told outside the main clause, on sentences written for these tests (not from the labelled set).

Clauses that name an event noun's doer ("strikes carried out by X", "the bombing, which was claimed by X"), the
pronoun subject of a relative clause ("the policemen it kidnapped"), visits that frame a clause ("said during a
visit by X"), leading passive participles ("Greeted by X, Y ..."), hosted and brokered talks, the respondent
of "in response to" / "X's response to" as the target of the event answered, and the one avenged on as the doer
of the act avenged.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_clause_naming_the_doer_of_an_event_noun(code: Callable[[str], Events]) -> None:
    # the condemned strikes stand for their doer, named by the participle's "by" phrase
    assert code("Peru condemned the airstrikes carried out by Chile on Bolivian villages.") == [
        ("PER", "CHL", "111"), ("CHL", "BOL", "195")]
    # an agreement "signed by" its parties: welcomed as theirs
    assert code("Chile welcomed the ceasefire signed by Peru and Bolivia.") == [
        ("CHL", "PER", "051"), ("CHL", "BOL", "051"), ("PER", "BOL", "0871"), ("BOL", "PER", "0871")]


def test_violent_noun_subject_with_named_doer(code: Callable[[str], Events]) -> None:
    assert code("Airstrikes carried out by Chilean jets killed ten Bolivian soldiers.") == [
        ("CHL", "BOLMIL", "195")]
    # the claim is a claim of responsibility too (015), as for "an attack claimed by X" (coding_gold.md)
    assert code("The bombing, which was claimed by al-Shabaab, killed six Kenyan police officers.") == [
        ("SOMREB", "", "015"), ("SOMREB", "KENCOP", "180")]


def test_pronoun_subject_of_a_relative_clause_is_the_clause_owner(code: Callable[[str], Events]) -> None:
    # "it" is al-Shabaab; the kidnapping is asserted though the release is denied
    assert code("Al-Shabaab has not released the two policemen it kidnapped in Mandera last month.") == [
        ("SOMREB", "KENCOP", "181")]
    # "they" does not agree with "the army": someone else seized the villages
    assert code("The army retook the villages they had seized last month.") == []


def test_relative_clause_without_object_acts_on_the_noun_it_describes(code: Callable[[str], Events]) -> None:
    assert code("Peru freed the Chilean fishermen that its navy detained in May.") == [
        ("PER", "CHLCVL", "0841"), ("PERMIL", "CHLCVL", "173")]


def test_visit_framing_a_clause_went_to_its_place_or_subject(code: Callable[[str], Events]) -> None:
    assert code("Peru's president said during a visit by Chile's foreign minister that trade would grow.") == [
        ("CHLGOV", "PER", "042")]
    # a clause signed "in Lima" during the visit: the visit was to Peru (the verb "sign" is no hearsay noun)
    assert code("Peru and Chile signed a trade pact in Lima during a visit by Chile's president.") == [
        ("PER", "CHL", "057"), ("CHL", "PER", "057"), ("CHLGOV", "PER", "042")]


def test_leading_passive_participle_acts_on_the_clause_subject(code: Callable[[str], Events]) -> None:
    assert code("Greeted at the airport by Peru's foreign minister, Chile's president began a two-day visit.") == [
        ("PERGOV", "CHLGOV", "043"), ("CHLGOV", "PER", "042")]
    # a thing's doing ("hit by sanctions") is no act done by anyone to the subject
    assert code("Hit by US sanctions, Russia turned to China for oil.") == []


def test_hosted_and_brokered_talks_have_the_clause_parties(code: Callable[[str], Events]) -> None:
    assert code("Bolivian officials met in Lima after two days of talks hosted by Peru's foreign minister.") == [
        ("PERGOV", "BOLGOV", "043"), ("BOLGOV", "PER", "042")]
    # the parties of talks a few nouns down the clause: "agreed to a truce in talks brokered by X"
    assert code("Bolivia and Peru agreed to a truce in talks brokered by the Organization of American States "
                "in Lima.") == [("BOL", "PER", "0871"), ("PER", "BOL", "0871"), ("IGOOAS", "BOL", "045"),
                               ("IGOOAS", "PER", "045")]


def test_event_answered_was_aimed_at_the_respondent(code: Callable[[str], Events]) -> None:
    assert code("Peru expelled two Chilean diplomats in response to the sanctions imposed by Chile.") == [
        ("PER", "CHLGOV", "174"), ("CHL", "PER", "163")]
    assert code("Peru's response to Chilean sanctions was swift.") == [("CHL", "PER", "163")]


def test_act_avenged_on_an_actor_was_done_by_it(code: Callable[[str], Events]) -> None:
    # "retaliation against X for <act>": X did the act (the parser hangs "for" on the verb or on the noun)
    assert code("Peru vowed revenge against Chile for the attack on a Peruvian border post.") == [
        ("PER", "CHL", "138"), ("CHL", "PER", "190")]


def test_subjectless_gerund_framing_a_clause_is_done_by_its_subject(code: Callable[[str], Events]) -> None:
    assert code("Peru expelled the Chilean ambassador two days after accusing Chile of spying.") == [
        ("PER", "CHLGOV", "174"), ("PER", "CHL", "1125")]
    assert code("Peru joined the talks after meeting Chile's president in Lima.") == [("PER", "CHLGOV", "040")]


def test_own_act_framing_a_clause_is_its_subjects_and_there(code: Callable[[str], Events]) -> None:
    # "during their occupation of the town": the subject's, aimed at the country of the clause's place
    assert code("Chilean soldiers looted shops in Tacna during their occupation of the town.") == [
        ("CHLMIL", "PER", "192")]


def test_agentless_violence_in_a_named_attack_is_the_attackers(code: Callable[[str], Events]) -> None:
    assert code("Four Peruvian fishermen were killed in a Chilean navy attack near Arica.") == [
        ("CHLMIL", "PERCVL", "190")]
    # (an air strike is 195, as in "a Chilean airstrike killed ten soldiers" and "were killed by an airstrike")
    assert code("Bolivia mourned the ten soldiers killed in a Chilean airstrike on Sunday.") == [
        ("CHL", "BOLMIL", "195")]
    # the killing and the airstrike it happened in are one event
    assert code("Ten Bolivian soldiers were killed in a Chilean airstrike on a Bolivian base.") == [
        ("CHL", "BOLMIL", "195")]
