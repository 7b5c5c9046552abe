"""Actors every CAMEO family needs: sponsored groups, lists after "including" / "such as", wire descriptors of
IGOs, and whose peacekeepers. Sentences are written for these tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # "<country>-backed" / "pro-<country>": the group belongs where it operates (coding_gold.md, non-state groups)
    ("Iranian-backed militias attacked US forces in Syria.", [("SYRUAF", "USAMIL", "190")]),
    ("Iran-aligned militias attacked a US convoy in Iraq.", [("IRQUAF", "USA", "190")]),
    ("Pro-Russian separatists attacked OSCE monitors in Ukraine.", [("UKRREB", "IGOSCE", "190")]),
])
def test_sponsor_is_not_the_actor(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a group noun's list after "including" / "such as" names the actors, one event each
    ("Several European countries, including Spain and Ireland, recognised a Palestinian state.",
     [("ESP", "PSE", "054"), ("IRL", "PSE", "054")]),
    ("Western countries including the United States and Britain condemned Iran.",
     [("USA", "IRN", "111"), ("GBR", "IRN", "111")]),
    # the listed members stand in for the group ("NATO members"), which is not coded as well
    ("NATO members such as Poland and Lithuania sent tanks to Ukraine.",
     [("POL", "UKR", "072"), ("LTU", "UKR", "072")]),
])
def test_listed_members(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # wire descriptors of IGOs
    ("The 27-nation bloc imposed new sanctions on Russia.", [("IGOEEC", "RUS", "163")]),
    ("The West African bloc condemned the coup in Guinea.", [("IGOWAS", "GIN", "111")]),
    ("The Western military alliance condemned Russia's annexation of four regions.", [("IGONAT", "RUS", "111")]),
    ("The UN human rights chief condemned the executions in Iran.", [("IGOHCH", "IRN", "111")]),
])
def test_igo_descriptors(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "<organisation> peacekeepers" are that organisation's, not the generic peacekeeping body
    ("Serbia asked NATO peacekeepers to take over security in the north.", [("SRB", "IGONAT", "020")]),
    ("Gunmen attacked AU peacekeepers in Mogadishu.", [("SOMUAF", "IGOAFU", "190")]),
])
def test_whose_peacekeepers(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a definite state office with no country of its own, as the subject of the next sentence: the previous subject's
    ("Kenya recalled its ambassador from Uganda on Monday. The foreign minister accused Kampala of meddling.",
     [("KEN", "UGA", "161"), ("KENGOV", "UGAGOV", "112")]),
    ("Poland closed its border crossings with Belarus. The interior ministry accused Minsk of fomenting the crisis.",
     [("POL", "BLR", "191"), ("POLGOV", "BLRGOV", "112")]),
    # another country named before the office: not the previous subject's
    ("Japan lodged a protest with China. In Beijing, the foreign ministry rejected the protest.",
     [("JPN", "CHN", "114")]),
])
def test_office_of_previous_subject(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
