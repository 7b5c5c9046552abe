"""Force as wire copy tells it (CAMEO 18, 19, 20): sentences written for these tests.

Each case of ``CASES`` fails without the rule or ``verbs.csv`` row it names; the cases of ``test_no_force_wire``
guard the rules' precision.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]

CASES = [
    # "gassed X" is chemical warfare (verbs.csv: gas, 2041); a crowd gassed by police is riot control (violence.py)
    ("Iraqi troops gassed Kurdish villagers in Halabja.", [("IRQMIL", "IRQCVL", "2041")]),
    ("Police gassed protesters in Nairobi.", [("KENCOP", "KENCVL", "175")]),
    # the weapon's participle names who fired it (force.py wielder)
    ("Rockets fired by Hezbollah hit the Israeli town of Metula.", [("LBNREB", "ISR", "194")]),
    # ... and the launch is the strike, not a missile test besides (force_codes.py)
    ("A missile launched by the Houthis struck a Greek-owned bulk carrier in the Gulf of Aden.",
     [("YEMREB", "GRC", "195")]),
    ("Ukrainian air defences shot down 30 drones launched by Russia overnight.", [("UKRMIL", "RUS", "195")]),
    # an armed attack on a political figure by people outside the state is an attempt on their life (assaults.py)
    ("Gunmen shot and wounded a Mexican mayoral candidate in Guerrero state.", [("MEXUAF", "MEXPTY", "185")]),
    ("Assailants opened fire on the convoy of Pakistani opposition leader Imran Khan in Wazirabad.",
     [("PAKUAF", "PAKOPP", "185")]),
    ("Gunmen shot dead a Mexican mayoral candidate in Guerrero state.", [("MEXUAF", "MEXPTY", "186")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_force_wire(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # a race to a win is no assault (fighting.py not_force)
    "Brazil stormed to victory over Argentina in the Copa America semi-final.",
    "Morocco stormed into the final with a win over France.",
    # a plan "shot down" is no fight (fighting.py not_force)
    "Nigeria's Super Eagles shot down Ghana's hopes with a late goal.",
    # a missile intercepted is no missile test of the interceptor's (recode.py, force_codes.py)
    "Israel intercepted a ballistic missile fired by the Houthis from Yemen.",
])
def test_no_force_wire(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_a_proposal_shot_down_is_a_rejection_not_force(code: Callable[[str], Events]) -> None:
    # (was in the no-event list above: a plan "shot down" is no fight, but a rejection, 12x: test_coder_idioms_r17)
    events = code("Washington shot down Moscow's proposal for a moratorium.")
    assert not any(c[:2] in ("18", "19", "20") for _a, _b, c in events)
    assert events == [("USAGOV", "RUSGOV", "120")]
