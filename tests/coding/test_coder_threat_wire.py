"""Threats and protests (CAMEO 13, 14) in wire constructions: a vow to crush or annihilate an actor, a warning
of a danger from an actor (no threat), "protested his innocence" (no protest), property burnt by rioters (145 as
well as 1712), a labour strike read as an attack row ("staged a strike") or told as a subject noun ("a general
strike paralysed X"), a strike done "to protest against X" (one event), and riots placed by their clause ("riots
broke out in X") but not guessed from an "after nights of rioting" setting nor read in "riot police"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # a vow to crush / annihilate an actor is a threat of force at it (138), also at the state's own rebels
    ("Nigeria's army vowed to crush Boko Haram.", [("NGAMIL", "NGAREB", "138")]),
    ("Iran vowed to annihilate Israel.", [("IRN", "ISR", "138")]),
    # ... but a vow to crush a thing is no threat
    ("The governor vowed to crush corruption in the province.", []),
])
def test_vowed_force(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "staged a strike" matches an attack row, recoded as a labour strike: aimed at the workers' government
    ("Copper miners in Peru staged a strike on Tuesday.", [("PERLAB", "PERGOV", "143")]),
    # a strike noun with no doer, placed by the verb it is the subject of
    ("A general strike paralysed Nepal on Thursday.", [("NPLCVL", "NPLGOV", "143")]),
    ("A nationwide strike crippled Ghana on Monday.", [("GHACVL", "GHAGOV", "143")]),
])
def test_labour_strikes(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the purpose infinitive "to protest" of a strike is its aim, no second (141) event
    ("Chilean dockers went on strike to protest against the port privatisation.", [("CHLLAB", "CHLGOV", "143")]),
])
def test_strike_purpose(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Riots broke out in Dakar on Friday.", [("SENCVL", "SENGOV", "145")]),
    # the rioting that sets the scene of a response is not guessed a country
    ("Fiji sent police to Honiara after two nights of rioting.", [("FJI", "SLB", "153")]),
    # "riot police" are no riot
    ("Riot police in Lima fired tear gas at students.", [("PERCOP", "PEREDU", "175")]),
    ("Kenyan riot police dispersed the crowd.", [("KENCOP", "KENCVL", "175")]),
])
def test_placed_riots(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a warning of a danger from an actor is said about it, no threat to it
    ("Poland warned of a growing threat from Russian sabotage.", []),
    ("Kenya warned of the danger from al-Shabaab.", []),
    # ... while a warning to a named party stays a threat
    ("Japan warned China of consequences.", [("JPN", "CHN", "130")]),
])
def test_warnings_of_danger(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_protested_innocence_is_no_protest(code: Callable[[str], Events]) -> None:
    assert code("A Belarusian dissident protested his innocence.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # property burnt by rioters or protesters is a violent protest as well as its destruction
    ("Rioters torched police stations in Dhaka.", [("BGDCVL", "BGDCOP", "145"), ("BGDCVL", "BGDCOP", "1712")]),
    # ... but not when soldiers burn it
    ("Soldiers torched homes in the village in Myanmar.", [("MMRMIL", "MMRCVL", "1712")]),
])
def test_rioting_crowds(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
