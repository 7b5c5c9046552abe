"""Protest wording (helper round 14, CAMEO 14): strikes told by wire phrases ("on strike", "stayed away from
work", "joined a national strike", "a walkout by X", a 48-hour strike), hunger strikes told as refusing food,
working people or their vehicles named only with a place, streets filled in protest, and what is no protest
(a general offensive, food aid refused, a crowd out to celebrate, a march only planned). Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


def test_a_strike_row_needs_a_strike(code: Code) -> None:
    assert code("Russian forces launched a general offensive in Donetsk.") == []


def test_a_strike_by_its_length(code: Code) -> None:
    assert code("Kenyan doctors staged a 48-hour strike.") == [("KENHLH", "KENGOV", "143")]


def test_joining_a_national_strike(code: Code) -> None:
    assert code("Thousands of Colombian teachers joined a national strike called by the FECODE union.") == [
        ("COLEDU", "COLGOV", "143")]


def test_being_on_strike(code: Code) -> None:
    assert code("Serbian rail workers have been on strike since Monday.") == [("SRBLAB", "SRBGOV", "143")]


def test_staying_away_from_work(code: Code) -> None:
    assert code("Chilean dock workers stayed away from work for a third day.") == [("CHLLAB", "CHLGOV", "143")]
    assert code("South African public sector workers stayed off work on Wednesday.") == [
        ("ZAFLAB", "ZAFGOV", "143")]
    assert code("Residents of Gaza City stayed away from the area.") == []


def test_refusing_food(code: Code) -> None:
    assert code("The jailed Azerbaijani journalist has refused food for 40 days.") == [("AZEMED", "AZEGOV", "142")]
    assert code("The Sudanese junta refused food aid.") == []


def test_filling_the_streets_in_protest(code: Code) -> None:
    assert code("Crowds of Venezuelans filled the streets of Caracas to protest against the election results.") == [
        ("VENCVL", "VENGOV", "141")]


def test_a_festive_crowd_is_no_protest(code: Code) -> None:
    assert code("Thousands of fans poured into the streets of Buenos Aires to celebrate Argentina's World Cup "
                "victory.") == []


def test_a_march_to_protest_is_one_protest(code: Code) -> None:
    assert code("Students in Nairobi marched to parliament to protest against the finance bill.") == [
        ("KENEDU", "KENGOV", "141")]


def test_a_march_planned_by_others_is_not_held(code: Code) -> None:
    assert code("The government of Chad banned a march planned by the opposition in N'Djamena.") == [
        ("TCDGOV", "TCDCVL", "1721")]


def test_working_people_named_by_their_place(code: Code) -> None:
    assert code("Air traffic controllers in France walked out for 24 hours over pension reform.") == [
        ("FRACVL", "FRAGOV", "143")]


def test_a_walkout_by_doctors(code: Code) -> None:
    assert code("A walkout by junior doctors shut outpatient clinics across Bangladesh.") == [
        ("BGDHLH", "BGDGOV", "143")]


def test_protesters_vehicles_block_a_port(code: Code) -> None:
    assert code("Fishermen's boats blocked the port of Dakar.") == [("SENCVL", "SENGOV", "144")]
