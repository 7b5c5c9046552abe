"""Joint and realised material cooperation (CAMEO 06): fighting alongside a partner, joint operations carried out
with a named partner, joint ventures formed by two parties."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


def test_fought_alongside_is_military_cooperation(code: Code) -> None:
    # fighting on the same side as Y's forces is 062, not an attack on Y
    assert code("Burundian troops fought alongside Congolese soldiers in South Kivu.") == [
        ("BDIMIL", "CODMIL", "062")]


def test_participial_fighting_alongside_keeps_the_main_event(code: Code) -> None:
    assert sorted(code("Chadian soldiers, battling alongside Nigerien forces, recaptured the town of Bosso.")) == [
        ("TCDMIL", "NER", "192"), ("TCDMIL", "NERMIL", "062")]


def test_joint_operation_carried_out_with_partner(code: Code) -> None:
    # each with the other, and no attack on the partner
    assert sorted(code("Kenyan forces carried out a joint operation with Somali troops in Gedo.")) == [
        ("KENMIL", "SOMMIL", "062"), ("SOMMIL", "KENMIL", "062")]
    assert sorted(code("Tajik troops mounted a joint raid with Afghan forces near the border.")) == [
        ("AFGMIL", "TJKMIL", "062"), ("TJKMIL", "AFGMIL", "062")]


def test_joint_operation_without_partner_stays_force(code: Code) -> None:
    assert code("Nigerian troops carried out a joint operation against bandits in Zamfara.") == [
        ("NGAMIL", "NGAREB", "190")]


def test_joint_venture_is_economic_cooperation(code: Code) -> None:
    assert sorted(code("Uzbekistan and Kazakhstan formed a joint venture to build trucks.")) == [
        ("KAZ", "UZB", "061"), ("UZB", "KAZ", "061")]
    assert sorted(code("Georgia and Armenia set up a joint venture to run the border crossing.")) == [
        ("ARM", "GEO", "061"), ("GEO", "ARM", "061")]
