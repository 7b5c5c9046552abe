"""Passive events read as their active reading, on sentences written for these tests (not from the labelled set).

Coordinated participles of one passive share its "by" phrase and its subject ("was boarded and impounded by X",
"an official, targeted and killed by X, ..."), a reduced passive on an unowned vessel or convoy is coded with an
empty target ("the convoy, attacked by X, ..."), a gerund attack noun the parser took for a clause is the doer
("killed by Russian shelling"), the attack an agentless passive happened in gives the code its means ("killed in
Israeli air strikes": 195), "a deal was reached between X and Y" names both parties, "teargassed" is force on a
crowd, and an agentless killing names its doer by the group claiming the attack it happened in.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_coordinated_participles_share_the_agent_and_the_subject(code: Callable[[str], Events]) -> None:
    # the "by" phrase hangs on the last participle; the first one's doer is the same navy
    assert code("A Vietnamese trawler was boarded and impounded by the Indonesian navy off the Natuna islands on "
                "Wednesday.") == [("IDNMIL", "VNM", "1711")]
    # a reduced passive: the participles describe the commander, who is the one killed
    assert code("A Ukrainian brigade commander, targeted and killed by a Russian missile near Pokrovsk, was buried "
                "on Friday.") == [("RUS", "UKRMIL", "186")]
    # an unknown doer is no doer: nothing is coded
    assert code("The fishing boat was boarded and searched by officers who found no contraband, the harbour master "
                "said.") == []


def test_reduced_passive_on_an_unowned_convoy(code: Callable[[str], Events]) -> None:
    assert code("The aid convoy, attacked by RSF fighters near the town of Kosti on Friday, was carrying food for "
                "displaced families, the UN said.") == [("SDNREB", "", "190")]
    # a storm is no doer
    assert code("The freighter was hit by a wave and damaged in a storm off the coast of Crete, the coast guard "
                "said.") == []


def test_gerund_attack_noun_after_by_is_the_doer(code: Callable[[str], Events]) -> None:
    assert code("Three Ukrainian soldiers were killed by Russian shelling near Bakhmut.") == [
        ("RUS", "UKRMIL", "194")]
    # "by" + a gerund with an object of its own is a means, not an attack noun
    assert code("The ministry was criticised for closing the border crossing.") == []


def test_agentless_killing_takes_the_means_of_the_attack_it_happened_in(code: Callable[[str], Events]) -> None:
    assert code("Four Syrian soldiers were killed in Israeli air strikes near Damascus, state media said.") == [
        ("ISR", "SYRMIL", "195")]
    # an attack whose means is not named stays generic
    assert code("Two soldiers were killed in a Taliban attack on a checkpoint in Kunduz.") == [
        ("AFGGOV", "AFGMIL", "190")]


def test_attack_claimed_by_a_group_names_the_doer(code: Callable[[str], Events]) -> None:
    assert code("Twelve soldiers were killed in an ambush claimed by al-Shabaab near Mogadishu.") == [
        ("SOMREB", "SOMMIL", "190"), ("SOMREB", "", "015")]
    # an attack no one claimed has no doer
    assert code("Twelve soldiers were killed in an ambush near Mogadishu, in an attack that nobody has claimed.") == []


def test_deal_reached_between_parties_in_the_passive(code: Callable[[str], Events]) -> None:
    assert code("A prisoner swap deal was agreed between Moscow and Kyiv on Friday.") == [
        ("RUSGOV", "UKRGOV", "057"), ("UKRGOV", "RUSGOV", "057")]
    assert code("A truce was reached between Armenia and Azerbaijan after two days of border clashes, the Kremlin "
                "said.") == [("ARM", "AZE", "0871"), ("AZE", "ARM", "0871")]
    # a negated one is not coded
    assert code("No deal was reached between Serbia and Kosovo at the talks in Brussels, the EU envoy said.") == []


def test_teargassed_crowd(code: Callable[[str], Events]) -> None:
    assert code("Dozens of students were teargassed by riot police outside the university in Dhaka on Monday.") == [
        ("BGDCOP", "BGDEDU", "175")]
    # chemical weapons stay 2041; tear gas is not one
    assert ("BGDCOP", "BGDEDU", "2041") not in code("Police teargassed students in Dhaka.")


def test_prepositional_passive_targets_its_subject(code: Callable[[str], Events]) -> None:
    # "was fired upon by X": X fired upon the troops
    assert code("Indian troops were fired upon by Pakistani soldiers along the Line of Control.") == [
        ("PAKMIL", "INDMIL", "193")]
    # no doer named: nothing
    assert code("Ukraine was fired on.") == []


def test_placed_under_sanctions_is_a_sanction_not_an_arrest(code: Callable[[str], Events]) -> None:
    events = code("Russia's central bank governor, who was placed under sanctions by Washington last year, said the "
                  "economy was overheating.")
    assert events == [("USAGOV", "RUSGOV", "163")]
    assert all(c != "173" for _a, _b, c in events)
    # "placed under house arrest" stays an arrest
    assert code("Myanmar's junta placed Aung San Suu Kyi under house arrest.") == [("MMRMIL", "MMRELI", "173")]


def test_forces_sent_by_a_state_are_its_forces(code: Callable[[str], Events]) -> None:
    events = code("Soldiers sent by Moscow attacked Ukrainian positions near Kupiansk.")
    assert ("RUSGOV", "UKR", "190") in events
    # a state that trained another's soldiers did not send them: the soldiers stay their own country's
    events = code("Ukrainian soldiers trained by Britain attacked Russian positions near Kupiansk.")
    assert ("UKRMIL", "RUS", "190") in events and not any(a == "GBR" and c == "190" for a, _b, c in events)


def test_participle_read_as_a_clausal_subject_gives_the_passive_its_subject(code: Callable[[str], Events]) -> None:
    # "marching on parliament" describes the demonstrators, who are the ones beaten
    events = code("Demonstrators marching on parliament were beaten by Georgian riot police.")
    assert ("GEOCOP", "GEOCVL", "175") in events
    assert not any(a == "GEOCVL" and c == "175" for a, _b, c in events)
    # a true clausal subject has no subject noun to move: no doer, no victim
    assert code("Blocking the border crossing was banned by the Polish government.") == []
