"""Fights and shows of force (CAMEO 19, 15): fights 'with' a party both ways; struggles, civilian craft and
makers, stationed forces and indirect questions give no event. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def _roots(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c[:2]) for a, b, c in events}


def test_clashed_with_is_both_ways(code: Callable[[str], Events]) -> None:
    got = code("Colombian troops clashed with ELN guerrillas in Arauca province, the army said.")
    assert _roots(got) == {("COL", "COL", "19")}
    assert len(got) == 2 and {(a, b) for a, b, _ in got} == {("COLMIL", "COLREB"), ("COLREB", "COLMIL")}


def test_skirmished_with_is_both_ways(code: Callable[[str], Events]) -> None:
    got = code("Libyan forces loyal to Tripoli skirmished with a rival militia near Zawiya overnight.")
    assert _roots(got) == {("LBY", "LBY", "19")} and len(got) == 2 and got[0][:2] == got[1][1::-1]


def test_police_clashing_with_protesters_stays_one_way(code: Callable[[str], Events]) -> None:
    got = code("Peruvian police clashed with protesters in Juliaca, leaving 17 dead.")
    assert got == [("PERCOP", "PERCVL", "190")]


def test_exchanged_and_traded_fire_with(code: Callable[[str], Events]) -> None:
    got = code("Thai soldiers exchanged fire with Cambodian troops along the border on Thursday.")
    assert _roots(got) == {("THA", "KHM", "19"), ("KHM", "THA", "19")}
    got = code("Pakistani troops traded fire with Afghan border forces near the Torkham crossing.")
    assert _roots(got) == {("PAK", "AFG", "19"), ("AFG", "PAK", "19")}


def test_traded_goods_with_is_no_fight(code: Callable[[str], Events]) -> None:
    assert not any(c.startswith("19") for _, _, c in code("Vietnam traded rice with the Philippines last year."))


def test_fighting_to_save_lives_is_no_fight(code: Callable[[str], Events]) -> None:
    assert code("Doctors in Gaza are fighting to save the lives of wounded children.") == []


def test_civilian_craft_and_makers_show_no_force(code: Callable[[str], Events]) -> None:
    assert code("A Chinese research vessel sailed into the Indian Ocean on Tuesday to map the seabed.") == []
    assert code("A Russian survey ship sailed through the Skagerrak strait on Monday.") == []
    assert code("India's space agency launched a weather satellite from Sriharikota on Friday.") == []
    assert code("A Japanese company unveiled a new drone at a defence exhibition in Tokyo.") == []
    assert code("Turkish firms displayed armed drones at an arms fair in Abu Dhabi this week.") == []


def test_warships_and_military_satellites_still_show_force(code: Callable[[str], Events]) -> None:
    assert _roots(code("Chinese warships sailed into waters near Taiwan's Pratas island.")) == {("CHN", "TWN", "15")}
    assert _roots(code("The US Space Force launched a classified military satellite from Cape Canaveral.")) == {
        ("USA", "", "15")}


def test_stationed_troops_are_background(code: Callable[[str], Events]) -> None:
    assert code("About 2,000 French troops are stationed in Djibouti under a long-standing defence pact.") == []
    assert code("About 3,500 US troops are based in Poland on a rotational basis.") == []


def test_how_a_drone_crossed_is_asked_not_told(code: Callable[[str], Events]) -> None:
    assert code("Investigators are trying to establish how a Russian drone crossed into Moldovan airspace.") == []
