"""Appeals, demands and denials (CAMEO 01, 02, 10): an appeal or demand to free captives is aimed at their
holder, a nominal call names its sub-code by what it asks for, an appeal to lift sanctions is 0254, a plea
for a humanitarian pause is 0256, and a denial is no event. Sentences written for these tests (not from the
labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # the captives' holder, named by "held in <place or adjective>" or "held by <agent>"
    ("Hamas called for the release of Palestinian prisoners held in Israeli jails.", [("PSEREB", "ISR", "0253")]),
    ("Iran demanded the release of its nationals detained in Sweden.", [("IRN", "SWE", "1053")]),
    ("The Philippine government appealed for the release of Filipino sailors held by Houthi rebels.",
     [("PHLGOV", "YEMREB", "0253")]),
])
def test_release_appeal_targets_the_holder(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nominal call or appeal "for the release of" is 0253, at the holder
    ("The Armenian prime minister renewed his call for the release of Armenian detainees held in Azerbaijan.",
     [("ARMGOV", "AZE", "0253")]),
    ("Kyrgyzstan's president renewed his appeal for the release of Kyrgyz fishermen held by Tajikistan.",
     [("KGZGOV", "TJK", "0253")]),
])
def test_nominal_call_for_release(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cuba called on Washington to lift the embargo on the island.", [("CUB", "USAGOV", "0254")]),
    ("Belarus urged the European Union to ease sanctions on its potash exports.", [("BLR", "IGOEEC", "0254")]),
    # asking for sanctions on a third party is no easing
    ("Ukraine urged the European Union to impose sanctions on Russian steel.", [("UKR", "IGOEEC", "020")]),
])
def test_appeal_to_lift_sanctions(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_plea_for_a_humanitarian_pause(code: Callable[[str], Events]) -> None:
    assert [e[2] for e in code("Qatar pleaded for a humanitarian pause in the fighting in Sudan.")] == ["0256"]


@pytest.mark.parametrize("text", [
    "Rwanda rejected accusations that it backs M23 rebels.",
    "Venezuela dismissed allegations of vote rigging.",
    "Ukraine's foreign ministry denied any involvement in the sabotage of the pipeline.",
])
def test_denials_give_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # what a demand asks names its sub-code as an appeal's does (1041: leadership change, 1053: release)
    ("Kenya's opposition leader demanded that President William Ruto step down.", [("KENOPP", "KENGOV", "1041")]),
    ("ECOWAS demanded that the junta in Niger restore President Mohamed Bazoum.", [("IGOWAS", "NERMIL", "1041")]),
    ("Washington demanded that Russia release the detained reporter.", [("USAGOV", "RUS", "1053")]),
    ("The Arab League urged Sudan's generals to restore the civilian government.", [("IGOARL", "SDNMIL", "0241")]),
    # standing troops down is no change of leadership
    ("Uganda urged the Congolese army to stand down its troops near the border.", [("UGA", "CODMIL", "020")]),
])
def test_demand_and_appeal_for_a_change_of_leader(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_abducted_in_a_place_is_no_holder(code: Callable[[str], Events]) -> None:
    # "held in X" names the holder; "abducted in X" only where it happened
    assert code("Nigeria's bishops' conference called for the release of priests abducted in Cameroon.") == [
        ("NGAREL", "", "0253")]
