"""Coercion (CAMEO 17), helper round 13b: deportations of foreigners by the hundred or thousand stay 174 (a mass
expulsion, 201, is a population driven out); force used on a crowd named by its participle ("at students
marching"); merchant ships seized with no owner named (target empty), but not boats seized by police."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_deporting_foreigners_by_the_hundred_is_174(code: Callable[[str], Events]) -> None:
    assert code("Pakistan deported more than 500 Afghan refugees through the Torkham crossing on Monday.") == [
        ("PAK", "AFGREF", "174")]
    assert code("Dominican authorities sent back thousands of Haitian migrants across the border this month.") == [
        ("DOMGOV", "HTIREF", "174")]
    assert code("Saudi Arabia deported 9,000 Ethiopian workers in a single week.") == [("SAU", "ETHLAB", "174")]
    # a population driven out stays a mass expulsion
    assert code("Sudan's army expelled thousands of villagers from Darfur.") == [("SDNMIL", "SDNCVL", "201")]


def test_force_on_a_crowd_named_by_its_participle(code: Callable[[str], Events]) -> None:
    assert code("Kenyan police used water cannon on protesting teachers in Nairobi.") == [("KENCOP", "KENEDU", "175")]
    assert code("Police fired rubber bullets at nurses striking for higher pay in Harare.") == [
        ("ZWECOP", "ZWEHLH", "175")]


def test_unowned_ship_seized_by_an_armed_force(code: Callable[[str], Events]) -> None:
    assert code("Houthi rebels seized a cargo ship in the Red Sea on Sunday.") == [("YEMREB", "", "1711")]
    assert code("The Indian coast guard seized a boat carrying heroin.") == []


def test_handing_or_flying_migrants_back_is_a_deportation(code: Callable[[str], Events]) -> None:
    assert code("Iran handed back dozens of Afghan asylum seekers to the Taliban at the Islam Qala border post.") == [
        ("IRN", "AFGREF", "174")]
    assert code("Britain flew 40 Albanian migrants back to Tirana on a chartered plane.") == [("GBR", "ALBREF", "174")]


def test_seized_arms_burnt_groves_and_detained_aides(code: Callable[[str], Events]) -> None:
    assert code("Mexican troops confiscated rifles from a drug cartel in Sinaloa.") == [("MEXMIL", "MEXCRM", "1711")]
    assert code("Settlers torched Palestinian olive groves near Nablus.") == [("ISRCVL", "PSE", "1712")]
    assert code("Ugandan soldiers picked up the opposition candidate's bodyguards in Kampala.") == [
        ("UGAMIL", "UGAOPP", "173")]
