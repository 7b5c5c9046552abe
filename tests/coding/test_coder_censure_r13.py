"""Criticism, accusation and complaint wording (helper round 13b): name-calling with "call" and a label's modifier,
"described / dismissed X as illegal / a provocation", "poured cold water on", a complaint's target (the one
complained of, not the body complained to), accusations of persecution (1122) and blame laid on a thing."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


def test_call_names_a_traitor(code: Code) -> None:
    assert code("The Honduran president called the opposition leader a traitor.") == [("HNDGOV", "HNDOPP", "111")]


def test_label_by_its_modifier(code: Code) -> None:
    assert code("Iran's supreme leader labelled Israel a rogue regime.") == [("IRNGOV", "ISR", "111")]


def test_accusing_label_by_its_modifier(code: Code) -> None:
    assert code("Iran's supreme leader labelled Israel a terrorist regime.") == [("IRNGOV", "ISR", "112")]


def test_call_without_a_label_is_no_naming(code: Code) -> None:
    assert code("Kenya's president called the separatist leader on Monday.") == []
    assert code("Kenya's president called the terrorist leader on Monday.") == []


def test_described_as_illegal(code: Code) -> None:
    assert code("Egypt described Ethiopia's filling of the dam as illegal.") == [("EGY", "ETH", "111")]


def test_dismissed_as_a_provocation(code: Code) -> None:
    # (the exercises, told as a fact, are also Greece's show of force: coding_gold.md's nominal events)
    assert code("Turkey dismissed Greece's military exercises as a provocation.") == [
        ("TUR", "GRC", "111"), ("GRC", "", "150")]


def test_dismissed_accusations_are_a_denial(code: Code) -> None:
    assert code("Greece dismissed the Turkish accusations as baseless.") == []


def test_poured_cold_water_on(code: Code) -> None:
    # a public dismissal of a proposal: a rejection (12x), as "Moscow dismissed the Ukrainian peace plan" is
    assert code("Moscow poured cold water on the Ukrainian peace plan.") == [("RUSGOV", "UKR", "120")]


def test_complained_to_a_body_about_a_state(code: Code) -> None:
    assert code("Mali's junta complained to the United Nations about French surveillance flights.") == [
        ("MLIMIL", "FRA", "114")]


def test_complaint_with_the_council_over_strikes(code: Code) -> None:
    assert code("Lebanon filed a complaint with the Security Council over Israeli air strikes.") == [
        ("LBN", "ISR", "114")]


def test_accused_of_persecuting(code: Code) -> None:
    assert code("Venezuela's opposition accused the government of persecuting activists.") == [
        ("VENOPP", "VENGOV", "1122")]


def test_blamed_the_drought(code: Code) -> None:
    assert code("Kenyan farmers blamed the drought for the losses.") == []


def test_rallied_public_opinion_against(code: Code) -> None:
    assert code("Kyiv rallied public opinion against Moscow.") == [("UKRGOV", "RUSGOV", "113")]
