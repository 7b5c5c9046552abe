"""Yielding (CAMEO 08) and investigating (09) in wire phrasings the coder missed, from a battery written root by
root before the coder was run on it: demands acceded to ("agreed to / accepted / met X's demands"), a withdrawal
"out of" a place, and investigators gathering evidence of what someone else did (the doer is investigated).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_demands_acceded_to(code: Callable[[str], Events]) -> None:
    assert code("Peru's president accepted the truckers' demands on Friday.") == [("PERGOV", "PERLAB", "083")]
    assert code("Kenya's government agreed to the doctors' demands.") == [("KENGOV", "KENHLH", "083")]
    # "met X's demands" is no meeting with X
    assert code("Colombia's government met the strikers' demands.") == [("COLGOV", "COLLAB", "083")]


def test_withdrawal_out_of_a_place(code: Callable[[str], Events]) -> None:
    assert code("Eritrea pulled its troops out of Tigray.") == [("ERI", "ETH", "0874")]


def test_evidence_gathered_against_the_doer(code: Callable[[str], Events]) -> None:
    assert code("UN investigators are gathering evidence of atrocities committed by the Myanmar military.") == [
        ("IGOUNO", "MMRMIL", "094")]
    assert code("Investigators from the UN are collecting evidence of executions of Ukrainian prisoners by "
                "Russian forces.") == [("IGOUNO", "RUSMIL", "090")]


def test_deed_told_only_inside_a_report_or_evidence_is_not_asserted(code: Callable[[str], Events]) -> None:
    # the participle clause on a hearsay noun's object does not assert its deed (guards.guarded)
    assert code("Reports of atrocities committed by Sudanese troops have emerged.") == []
    assert code("Myanmar's military committed atrocities against the Rohingya, the UN said.") == [
        ("MMRMIL", "MMRCVL", "202")]
