"""Cooperation, aid, yielding and disapproval wording (helper round 14): labels and places the parser hangs
elsewhere, and wire phrasings of praise and criticism."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def test_held_responsible_hung_as_a_clause(code: Code) -> None:
    # the parser may hang "responsible" on the verb as an adverbial clause, not as its small-clause complement
    assert code("Israel held Iran responsible for the attack on the tanker.") == [("ISR", "IRN", "112")]


def test_withdrawal_from_positions_near_a_place(code: Code) -> None:
    assert code("Russian troops pulled back from positions near Kyiv.") == [("RUSMIL", "UKR", "0874")]


def test_repatriated_remains(code: Code) -> None:
    # "remains" has the lemma "remain": the release rows name both
    assert code("Japan repatriated the remains of Korean war dead to Seoul.") == [("JPN", "KOR", "0841")]


def test_lavished_praise_on(code: Code) -> None:
    assert code("South Korea's president lavished praise on Poland for its arms purchases.") == [
        ("KORGOV", "POL", "051")]


def test_took_aim_at_a_named_party(code: Code) -> None:
    assert code("Iran's foreign ministry took aim at France over its nuclear stance.") == [("IRNGOV", "FRA", "111")]
    assert code("A gunman took aim at a police officer in Kabul.") == []


def test_goods_given_as_aid(code: Code) -> None:
    assert code("Saudi Arabia shipped tonnes of dates to Syria as humanitarian assistance.") == [
        ("SAU", "SYR", "073")]
    assert code("Japan gave five patrol boats to the Philippines as military aid.") == [("JPN", "PHL", "072")]
    assert code("The company shipped cars to Kenya as part of a deal.") == []


def test_standing_stance_is_no_act(code: Code) -> None:
    # "has long backed", "has always supported": a stance held over years, not an act of praise or criticism
    assert code("Egypt has long backed the Sudanese army.") == []
    assert code("The Netherlands, which has long backed Kyiv, delivered its first F-16 jets to Ukraine on Thursday.") \
        == [("NLD", "UKR", "072")]


def test_pronoun_handed_over_to_national_authorities(code: Code) -> None:
    assert code("Bulgaria turned him over to German prosecutors.") == [("BGR", "DEUJUD", "063")]
    assert code("Soldiers detained two men and handed them over to the police.") == []
