"""Shows of force, alerts, mobilisation and threats of force (helper round 13): sentences written for these
tests, not taken from the labelled set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # police or troops sent to a match, a concert, a festival or a peace mission show no force
    ("Police were deployed for the football match in Buenos Aires.", []),
    ("Kenya deployed police for the marathon in Nairobi.", []),
    ("Thousands of police were deployed at the Kumbh Mela festival in India.", []),
    ("Fiji sent soldiers to join the peacekeeping force in the Golan Heights.", [("FJI", "IGOPKO", "060")]),
    # a rally or a march keeps its 153
    ("Bangladesh deployed police across Dhaka ahead of an opposition march.", [("BGD", "", "153")]),
])
def test_sent_to_occasions(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a military craft flying over or near a country's ground or airspace: 150 toward it
    ("Two Russian bombers flew near Alaska on Tuesday.", [("RUS", "USA", "150")]),
    ("Russian bombers flew near Japan's airspace on Thursday.", [("RUS", "JPN", "150")]),
    ("Two Russian military aircraft flew over Finland's territory.", [("RUS", "FIN", "150")]),
    # not a minister's or a cargo plane's flight, nor one over open water, nor a joint flight of two sides
    ("The prime minister flew over the flooded districts of Sindh.", []),
    ("A cargo plane flew near Kabul.", []),
    ("Russian bombers flew over the Baltic Sea.", []),
    ("Chinese and Russian bombers flew near Japan's airspace on Thursday.", []),
])
def test_warcraft_flights(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # put on alert, standby or a war footing; went on alert (152); police put on alert (151)
    ("Israel's army placed its northern command on high alert.", [("ISRMIL", "", "152")]),
    ("Algeria put its army on a war footing.", [("DZA", "", "152")]),
    ("Pakistan's navy went on high alert off Karachi.", [("PAKMIL", "", "152")]),
    ("Bangladesh put its police on high alert.", [("BGD", "", "151")]),
    ("Kenyan police were placed on high alert in Mombasa.", [("KENCOP", "", "151")]),
    # put on trial or on leave, hospitals on alert: no alert of a force
    ("Five soldiers were put on trial in Kinshasa.", []),
    ("Hospitals in Gaza went on high alert.", []),
])
def test_alerts(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fighters, militants and gunmen mobilised or massed: 154, placed by the border they face
    ("Hezbollah mobilised thousands of fighters along the border with Israel.", [("LBNREB", "ISR", "154")]),
    ("Hungary mobilised thousands of fighters.", [("HUN", "", "154")]),
    # conscripted men, students or prisoners: 154
    ("Myanmar's junta began conscripting young men.", [("MMRMIL", "", "154")]),
])
def test_mobilised_fighters(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # threatened to use force / military action: 138, aimed at the "against" of the infinitive
    ("Ethiopia threatened to use force.", [("ETH", "", "138")]),
    ("India threatened military action.", [("IND", "", "138")]),
    ("Turkey threatened to use military force against Kurdish fighters in Syria.", [("TUR", "SYRREB", "138")]),
    # the use of a weapon its own row codes (1385), or of means that are no force
    ("North Korea threatened to use nuclear weapons against South Korea.", [("PRK", "KOR", "1385")]),
    ("Russia threatened to use its veto against the resolution.", []),
    ("The governor threatened to use the courts against the newspaper.", []),
])
def test_threats_to_use_force(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # power shown in a field other than arms, or by a side that bears none; a parade of a feast
    ("China flexed its economic muscle against Lithuania.", []),
    ("Saudi Arabia flexed its diplomatic might at the summit.", []),
    ("The Indian team showed great strength in the final against Pakistan.", []),
    ("Russia staged a Victory Day parade in Moscow.", []),
    # arms shown keep their 150
    ("China flexed its military muscle near Taiwan.", [("CHN", "TWN", "150")]),
    ("Russia held a Victory Day military parade on Red Square.", [("RUS", "", "150")]),
])
def test_shows_of_civil_power(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
