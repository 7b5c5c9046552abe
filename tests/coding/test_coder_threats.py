"""Threats of force that name no actor as target (coded with an empty one), and the target of a vowed response
read from the phrase under its infinitive (threats.py)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_threat_to_close_a_strait_has_an_empty_target(code: Callable[[str], Events]) -> None:
    # a shipping lane is no actor: the blockade threat is coded without a target
    assert code("The Houthis threatened to close the Bab el-Mandeb strait to Western shipping.") == [
        ("YEMREB", "", "1381")]


def test_nuclear_threat_with_no_target(code: Callable[[str], Events]) -> None:
    assert code("North Korea threatened to use nuclear weapons if it were attacked.") == [("PRK", "", "1385")]


def test_vow_to_avenge_with_no_actor_named(code: Callable[[str], Events]) -> None:
    assert code("Hezbollah vowed to avenge the deaths of its fighters.") == [("LBNREB", "", "138")]


def test_threat_to_resume_attacks_on_a_thing(code: Callable[[str], Events]) -> None:
    assert code("The ELN threatened to resume attacks on oil pipelines in Colombia.") == [("COLREB", "", "138")]


def test_pledges_that_are_no_threat_stay_uncoded(code: Callable[[str], Events]) -> None:
    # a generic act of force with no target is a threat only when it names force: not a pledge to fight poverty
    assert code("Sri Lanka pledged to fight poverty in the north.") == []
    assert code("The Kenyan president vowed to fight corruption in the police force.") == []
    assert code("Pakistan's prime minister vowed to punish those responsible for the attack.") == []


def test_vowed_response_to_a_hostile_act_targets_its_author(code: Callable[[str], Events]) -> None:
    assert code("Pakistan vowed to respond to India's missile strikes.") == [("PAK", "IND", "138")]
    assert code("Seoul pledged to react firmly to North Korea's provocations.") == [("KORGOV", "PRK", "138")]


def test_vowed_retaliation_against_a_named_group(code: Callable[[str], Events]) -> None:
    assert code("Sudan's army chief vowed to retaliate against the RSF for the attack on El Fasher.") == [
        ("SDNMIL", "SDNREB", "138")]


def test_vowed_response_to_no_hostile_act_is_uncoded(code: Callable[[str], Events]) -> None:
    assert code("Japan vowed to respond to China's concerns about the water release.") == []
    assert code("Pakistan vowed to respond to the attack.") == []
