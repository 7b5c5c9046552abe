"""Second events told in a clause hanging off the main one, from a battery written construction by construction
before the coder was run on it: relative clauses whose object is the noun they describe ("the missile, which X
launched", "the offensive that X launched"), clauses dated in the distant past (background, not news), a leading
"Following talks with X" and "a wave / series / barrage of strikes" as the subject of a verb of result.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_relative_pronoun_object_is_the_described_noun(code: Callable[[str], Events]) -> None:
    assert code("Seoul condemned the missile, which Pyongyang launched early on Monday.") == [
        ("KORGOV", "PRKGOV", "111"), ("PRKGOV", "", "150")]
    assert code("The sanctions, which the European Union imposed on Belarus in March, were extended on Friday.",
                "2024-06-12") == [("IGOEEC", "BLR", "163")]
    assert code("Ankara welcomed the agreement, which Baku and Yerevan signed in Almaty on Friday.") == [
        ("TURGOV", "AZEGOV", "051"), ("TURGOV", "ARMGOV", "051"), ("AZEGOV", "ARMGOV", "057"),
        ("ARMGOV", "AZEGOV", "057")]
    assert code("The weapons, which Germany delivered to Kyiv in February, arrived at the front.") == [
        ("DEU", "UKRGOV", "072")]


def test_that_read_as_a_marker_still_opens_an_object_gap(code: Callable[[str], Events]) -> None:
    # the offensive is Russia's (190), and the condemnation is aimed at its doer
    assert code("Ukraine condemned the offensive that Russian forces launched near Kharkiv last week.") == [
        ("UKR", "RUSMIL", "111"), ("RUSMIL", "UKR", "190")]


def test_relative_object_guards(code: Callable[[str], Events]) -> None:
    # a doer only a pronoun names is left alone ("its troops" may be Uganda's or Kenya's)
    assert code("Kenya thanked Uganda for the offensive that its troops launched against al-Shabaab.") == [
        ("KEN", "UGA", "051")]
    # an act demanded of another is not the demander's; the clause does not say of whom
    assert code("The last Italian soldiers left Niger on Friday, ending a withdrawal that the junta had demanded."
                ) == []


def test_clause_dated_in_the_distant_past_is_background(code: Callable[[str], Events]) -> None:
    assert code("Israel, which invaded Lebanon in 1982, has long ruled out a full withdrawal.") == []
    assert not any(e[2].startswith("19") for e in code(
        "Russia, which annexed Crimea in 2014, hosted talks with Iran on Tuesday."))
    assert code("The embassy, which Iranian protesters stormed in 2016, reopened in Tehran on Monday.") == []
    # ("their largest joint drills in years" is no date of the clause: the drills are news)
    assert ("USA", "KOR", "062") in code(
        "China urged restraint on Friday, a day after the United States and South Korea began their largest joint "
        "drills in years.")


def test_following_talks_with_x_is_a_meeting_of_the_subject(code: Callable[[str], Events]) -> None:
    assert code("Following talks with Erdogan in Ankara, Aliyev praised Turkey's support.") == [
        ("AZEGOV", "TUR", "051"), ("AZEGOV", "TURGOV", "040")]


def test_a_series_of_strikes_is_the_subject_of_its_result(code: Callable[[str], Events]) -> None:
    assert code("A series of Ukrainian drone attacks damaged a refinery in Russia's Krasnodar region.") == [
        ("UKR", "RUS", "1952")]
