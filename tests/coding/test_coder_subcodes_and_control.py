"""Coder rules of issue #4's second round: institutions whose type changes on a date (the Taliban), posts
standing for the body that holds them, CAMEO subcodes read from an accusation's "of" complement and from
the threatened act, returns of cultural property, and causative / object-control complements.

The sentences are written for these tests; none is taken from the evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_taliban_are_afghanistans_government_after_august_2021(code: Callable[[str], Events]) -> None:
    text = "The Taliban accused Pakistan of violating Afghan airspace."
    assert code(text, "2024-03-20") == [("AFGGOV", "PAK", "1123")]


def test_taliban_are_rebels_before_august_2021(code: Callable[[str], Events]) -> None:
    text = "The Taliban accused Pakistan of violating Afghan airspace."
    assert code(text, "2019-03-20") == [("AFGREB", "PAK", "1123")]


def test_attacked_post_stands_for_the_body_that_holds_it(code: Callable[[str], Events]) -> None:
    # "an army checkpoint": the army of the country where it happens is the target
    assert code("Taliban fighters attacked an army checkpoint in Helmand.", "2018-06-01") == [
        ("AFGREB", "AFGMIL", "190")]


def test_accusation_is_refined_by_its_of_complement(code: Callable[[str], Events]) -> None:
    assert code("Kyiv accused Moscow of war crimes in Bucha.") == [("UKRGOV", "RUSGOV", "1124")]
    assert code("Beijing accused Washington of spying on Chinese companies.") == [("CHNGOV", "USAGOV", "1125")]
    assert code("Kenya accused Uganda of election rigging.") == [("KEN", "UGA", "1121")]
    assert code("Kenya accused Uganda of hypocrisy.") == [("KEN", "UGA", "112")]  # no subcode for that


def test_threatened_act_gets_its_specific_threat_code(code: Callable[[str], Events]) -> None:
    # CAMEO has a threat code for each kind of threatened act: halting talks, cutting aid, a blockade
    assert code("Hamas threatened to withdraw from the negotiations with Israel.") == [("PSEREB", "ISR", "134")]
    assert code("Washington threatened to cut off military aid to Kyiv.") == [("USAGOV", "UKRGOV", "1311")]
    assert code("Russia threatened to impose a blockade on Moldova.") == [("RUS", "MDA", "1381")]


def test_returning_cultural_property_is_a_return_of_property(code: Callable[[str], Events]) -> None:
    assert code("France handed over 26 looted artefacts to Benin.") == [("FRA", "BEN", "0842")]


def test_causative_complement_happened_and_is_done_by_the_object(code: Callable[[str], Events]) -> None:
    # "forced Belgrade to recall": Belgrade recalled (realised), not the pressure; "persuaded X to send" is not coded
    assert code("Western pressure forced Belgrade to recall its ambassador from Pristina.") == [
        ("SRBGOV", "KSV", "161")]
    assert code("The sanctions compelled Tehran to resume talks with the IAEA.") == [("IRNGOV", "IGOIAE", "040")]
    assert code("Washington persuaded Seoul to send artillery shells to Ukraine.") == []


def test_response_in_a_prompting_clause_targets_the_provoker(code: Callable[[str], Events]) -> None:
    assert code("Two Russian bombers flew near Hokkaido, prompting Tokyo to scramble fighter jets.") == [
        ("RUS", "JPN", "150"), ("JPNGOV", "RUS", "152")]  # (the flight itself is a show of force: round 13)


def test_truckers_are_labour(code: Callable[[str], Events]) -> None:
    assert code("Chilean truckers went on strike.") == [("CHLLAB", "CHLGOV", "143")]
