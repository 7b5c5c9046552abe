"""Investigations (CAMEO 09) in wire phrasings, from a battery written family by family before the coder was run on
it: an inquiry told through the body set up or sent to make it ("X appointed a panel to investigate Y"), one inquiry
only when the setting up is itself an inquiry row ("set up a commission to probe Y"), "looking into whether Y did
Z" (Y is the target), and police looking into an everyday crime or accident that names no party (no event).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_body_appointed_or_sent_to_investigate(code: Callable[[str], Events]) -> None:
    # the one who sets up or sends the body investigates; the target is the doer of what is looked into
    assert code("The African Union named a panel to investigate alleged abuses by Ethiopian troops in Tigray.") == [
        ("IGOAFU", "ETHMIL", "092")]
    # nothing set up, nothing coded
    assert code("Chile did not appoint a panel to investigate the army.") == []


def test_set_up_commission_is_one_inquiry(code: Callable[[str], Events]) -> None:
    # not a second, targetless inquiry of the setting up (KEN > KENGOV 090)
    assert code("Kenya set up a commission to investigate the killing of protesters by police.") == [
        ("KEN", "KENCOP", "091")]


def test_looking_into_whether_someone_did_it(code: Callable[[str], Events]) -> None:
    assert code("Taiwan is looking into whether a Chinese ship cut the undersea cable.") == [("TWN", "CHN", "090")]


def test_police_on_an_everyday_crime_is_no_inquiry_event(code: Callable[[str], Events]) -> None:
    assert code("Police in Nairobi are investigating the theft of a car from a parking lot.") == []
    assert code("Police are investigating after a bus crashed in the Andes.") == []
    # a named party, or a question of who did it, is still an inquiry
    assert code("Police in Dhaka are investigating whether the opposition leader ordered the attack.") == [
        ("BGDCOP", "BGDOPP", "090")]
