"""Second events of wire sentences (helper round 14, wire): a time clause under a denial is not denied; a trailing
", accusing it of" names the body the main clause acted on; "X, whose troops took Y" is X's act; "launched what it
called an operation" is the launcher's operation."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_time_clause_under_denial_is_asserted(code: Callable[[str], Events]) -> None:
    # the denial covers what Burundi denies, not the accusation "hours after" which it came
    assert code("Burundi denied sheltering rebels, hours after Rwanda's president accused Gitega of arming them.") == [
        ("RWAGOV", "BDIGOV", "112")]


def test_accusing_it_of_is_the_body_acted_on(code: Callable[[str], Events]) -> None:
    assert code("China sanctioned the American defence firm, accusing it of arming Taiwan.") == [
        ("CHN", "USABUS", "163"), ("CHN", "USABUS", "112")]
    assert ("THA", "THAOPP", "112") in code("Thailand outlawed the opposition party, accusing it of plotting a coup.")


def test_whose_troops_are_the_named_ones(code: Callable[[str], Events]) -> None:
    assert code("Somalia praised Kenya, whose troops recaptured the town from al-Shabaab last week.") == [
        ("SOM", "KEN", "051"), ("KEN", "SOMREB", "192")]


def test_act_named_by_a_free_relative_is_the_light_verbs(code: Callable[[str], Events]) -> None:
    assert code("Ethiopia carried out what it called a special operation against Fano militias in Amhara.") == [
        ("ETH", "ETHREB", "190")]
    assert code("Turkey launched what it described as a military operation against Kurdish militants in "
                "northern Iraq.") == [("TUR", "IRQREB", "190")]
