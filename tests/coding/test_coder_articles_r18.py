"""Whole articles (round 18): what only happens across sentences. 'The group' after a lead whose report trails
('X fired ..., the British military said'), 'the militants' and 'They' for an armed group named before, 'the two
leaders' after 'X met Y', 'the minister' after a named official, 'the envoy' after 'summoned X's ambassador', 'the
arrests' condemned in a later paragraph, and the date a later undated paragraph goes on from."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.coding.conftest import Events

Rows = list[dict[str, Any]]


@pytest.fixture(scope="module")
def rows() -> Callable[[str], Rows]:
    from geoevents.coding.tool import code_lines
    from geoevents.pipeline import _coder
    from geoevents.settings import Settings

    coder = _coder(Settings.from_env({}))

    def run(text: str, published: str = "2024-05-14") -> Rows:
        line = json.dumps({"id": "t", "text": text, "published": published})
        (out,) = list(code_lines([line], coder=coder))
        return list(out["events"])

    return run


def _tuples(got: Rows, sentence: int) -> set[tuple[str, str, str]]:
    return {(r["actor1_code"] or "", r["actor2_code"] or "", r["event_code"]) for r in got
            if r["sentence_index"] == sentence}


def test_the_group_after_a_trailing_report_is_the_body_the_report_told_of(code: Callable[[str], Events]) -> None:
    got = code("SANAA, May 12 (Wire) - Yemen's Houthi rebels fired two missiles at a cargo ship in the Red Sea on "
               "Sunday, the British military said.\n\nThe group claimed responsibility for the attack in a statement.")
    assert ("YEMREB", "", "015") in got
    assert not any(c == "015" and a[:3] == "GBR" for a, _, c in got)  # the reporter claimed nothing


def test_the_militants_and_they_stand_for_the_armed_group_named_before(code: Callable[[str], Events]) -> None:
    got = code("Yemen's Houthi rebels fired two missiles at a cargo ship on Sunday, the British military said.\n\n"
               "The group claimed responsibility in a statement.\n\nThe militants have attacked dozens of merchant "
               "vessels since November.\n\nThey also launched a drone at an American destroyer on Monday, the "
               "Pentagon said.")
    assert any(a == "YEMREB" and b[:3] == "USA" and c[:2] == "19" for a, b, c in got)
    assert not any(a[:3] == "USA" for a, _, _ in got)  # the Pentagon only reports it
    # people arrested are what 'They' may mean: the police are not made the doers of the next sentence
    got = code("Thai police arrested dozens of protesters on Monday. They later accused the government of fraud.")
    assert not any(c[:2] == "11" for _, _, c in got)


def test_the_two_leaders_after_a_meeting_are_its_two_parties(rows: Callable[[str], Rows]) -> None:
    got = rows("BERLIN — French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday."
               "\n\nThe two leaders agreed to step up joint purchases of air defence systems, a French official "
               "said.")
    second = _tuples(got, max(r["sentence_index"] for r in got))
    assert ("FRAGOV", "DEUGOV", "0312") in second and ("DEUGOV", "FRAGOV", "0312") in second
    assert not any(a[:3] not in ("FRA", "DEU") for a, _, _ in second)


def test_the_minister_after_a_named_official_is_of_the_officials_state(code: Callable[[str], Events]) -> None:
    got = code("Indian Foreign Minister Subrahmanyam Jaishankar visited Dhaka on Monday. The minister accused "
               "Pakistan of backing militants.")
    assert ("INDGOV", "PAK", "112") in got
    # an opposition leader is no state's official: 'the minister' is nobody named
    got = code("Pakistani opposition leader Imran Khan visited Dhaka on Monday. The minister accused Pakistan of "
               "backing militants.")
    assert not any(c == "112" for _, _, c in got)


def test_the_envoy_is_the_ambassador_named_before(code: Callable[[str], Events]) -> None:
    got = code("SEOUL, May 14 (Wire) - South Korea summoned China's ambassador on Tuesday.\n\nThe foreign ministry "
               "said it had lodged a strong protest with the envoy.")
    assert got.count(("KORGOV", "CHNGOV", "114")) == 1 and ("KOR", "CHNGOV", "114") in got
    assert not any(b[:3] == "KOR" for _, b, _ in got)


def test_arrests_condemned_in_a_later_sentence_are_aimed_at_the_arresters(code: Callable[[str], Events]) -> None:
    got = code("Thai police arrested three activists in Bangkok on Tuesday. Amnesty International condemned the "
               "arrests.")
    assert ("IGOAMN", "THACOP", "111") in got
    # arrests the condemnation names as another's are not the police's
    got = code("Thai police arrested three activists in Bangkok on Tuesday. Amnesty International condemned "
               "Myanmar's arrests of journalists.")
    assert not any(c == "111" and b == "THACOP" for _, b, c in got)
