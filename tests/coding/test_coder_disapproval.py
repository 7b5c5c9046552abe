"""Disapproval (CAMEO 11) from a battery written by construction: a state that "protests" complains officially
(114, aimed at the one whose act it protests, also in an "after" clause), criticism that a subject "draws" or
"faces" from someone (the one after "from" criticises the subject or the named doer of the subject act), and
the lemma spaCy gives "lambasted".
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_a_state_that_protests_complains_officially(code: Callable[[str], Events]) -> None:
    assert code("Vietnam protested Beijing's decision to build an airstrip on the reef.") == [
        ("VNM", "CHNGOV", "114")]
    # with no object, the protest is aimed at the doer of the "after" clause
    assert code("The Philippines protested after Chinese coast guard ships fired water cannon at a supply boat.") == [
        ("PHL", "CHNCOP", "114")]
    assert code("Bolivia's government protested after Chile closed the border crossing.") == [("BOLGOV", "CHL", "114")]
    # crowds still demonstrate
    assert code("Thousands of farmers protested in Nairobi against the new tax.") == [("KENAGR", "KENGOV", "141")]


def test_criticism_drawn_from_someone_is_theirs(code: Callable[[str], Events]) -> None:
    events = code("Israel's raid on the Jenin camp drew condemnation from Jordan.")
    assert ("JOR", "ISR", "111") in events
    events = code("The missile test by North Korea drew condemnation from South Korea and Japan.")
    assert ("KOR", "PRK", "111") in events and ("JPN", "PRK", "111") in events
    assert code("Uganda's anti-gay law has drawn condemnation from the United States.") == [("USA", "UGA", "111")]
    assert code("Moscow faced sharp criticism from Kyiv over the shelling.") == [("UKRGOV", "RUSGOV", "111")]
    # a subject with no named doer gives no one to criticise
    assert code("The new law drew criticism from rights groups.") == []


def test_lambasted_is_criticism(code: Callable[[str], Events]) -> None:
    assert code("Ecuador lambasted Mexico for granting asylum to the former vice president.") == [
        ("ECU", "MEX", "111")]
    assert code("Peru's president lambasts Bolivia over the gas dispute.") == [("PERGOV", "BOL", "111")]
