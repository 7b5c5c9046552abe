"""Military posture (CAMEO 15) told only in the words, and reduced relations (16) in wire forms the rows missed.

Sentences written for these tests (not from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


def test_a_test_naming_no_weapon_is_no_show_of_force(code: Code) -> None:
    assert code("Scientists conducted a test of the new malaria vaccine in Ghana.") == []
    assert code("North Korea conducted a nuclear test in September.") == [("PRK", "", "150")]


def test_a_drill_of_civil_life_is_no_show_of_force(code: Code) -> None:
    assert code("Students in Tokyo held an earthquake drill on Friday.") == []
    assert code("Iran's football team held a training drill in Doha.") == []
    assert code("China conducted live-fire drills near Taiwan.") == [("CHN", "TWN", "150")]


def test_troops_sent_to_a_disaster_are_no_mobilisation(code: Code) -> None:
    assert code("The Indonesian military deployed 500 personnel to help the earthquake victims in Sulawesi.") == []
    assert code("Nepal mobilised the army for earthquake relief in Jajarkot.") == []
    assert code("Rwanda deployed additional troops to its border with Congo.") == [("RWA", "COD", "154")]


def test_own_mission_closed_in_a_place(code: Code) -> None:
    assert code("Lithuania shut its consulate in St Petersburg, the foreign ministry said.") == [
        ("LTU", "RUS", "161")]
    assert code("Argentina shut down its consulate in Caracas.") == [("ARG", "VEN", "161")]


def test_mediation_halted_in_a_conflict(code: Code) -> None:
    assert code("Kenya ended its mediation in the South Sudan peace process.") == [("KEN", "SSD", "165")]


def test_peacekeepers_ordered_out_or_to_withdraw(code: Code) -> None:
    assert code("Congo ordered the UN peacekeeping mission out of the country.") == [("COD", "IGOUNO", "1661")]
    assert code("Mali's junta ordered the UN peacekeeping mission to withdraw.") == [("MLIMIL", "IGOUNO", "1661")]


def test_put_on_a_sanctions_list(code: Code) -> None:
    assert code("Beijing placed Lockheed Martin on its unreliable entity list.") == [("CHNGOV", "USABUS", "163")]
    assert code("The United States added 12 Chinese firms to its entity list.") == [("USA", "CHNBUS", "163")]
    assert code("The chef added salt to the list of ingredients.") == []


def test_stopped_cooperating_with(code: Code) -> None:
    assert code("Iran stopped cooperating with the IAEA.") == [("IRN", "IGOIAE", "160")]
    assert code("Washington stopped sharing intelligence with Kyiv.") == [("USAGOV", "UKRGOV", "160")]
    assert code("Iran resumed cooperating with the IAEA.") == [("IRN", "IGOIAE", "060")]


def test_visit_by_another_cancelled(code: Code) -> None:
    assert code("China cancelled a planned visit by the German foreign minister.") == [("CHN", "DEUGOV", "160")]


def test_revenues_withheld_from(code: Code) -> None:
    assert code("Israel withheld tax revenues from the Palestinian Authority.") == [("ISR", "PSEGOV", "162")]
