"""Round 18, organisations and armed groups: named armed groups, gangs and cartels, parties, state bodies and
EU/Council of Europe bodies added to ``actors/institutions.csv`` (each a fact: name, country, type), the coast
guards typed as police, the head of a named body as its doer ("the ISI chief"), two named groups of one state as
each other's targets, and places named after a state ("the Jordan River") that name no actor."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Harakat al-Nujaba threatened on Monday to resume attacks on U.S. forces in Iraq if Washington does not "
         "withdraw them by the end of the year.", "2024-05-15", [("IRQREB", "USAGOV", "130")]),
        ("La Familia Michoacana gunmen killed 13 police officers in an ambush in the State of Mexico.",
         "2024-05-15", [("MEXCRM", "MEXCOP", "180")]),
        ("The Cartel del Noreste attacked Mexican soldiers near Nuevo Laredo on Friday.", "2024-05-15",
         [("MEXCRM", "MEXMIL", "190")]),
        ("The Gran Grif gang killed at least 115 people in the town of Pont-Sonde, the UN said.", "2024-11-19",
         [("HTICRM", "HTICVL", "202")]),
        ("The KIA attacked a junta base in Kachin state on Sunday.", "2024-05-15", [("MMRREB", "MMRMIL", "190")]),
        ("The OLA killed 12 civilians in Oromia on Monday.", "2024-05-15", [("ETHREB", "ETHCVL", "180")]),
        ("BSF troops shot dead a Pakistani intruder on Sunday.", "2024-05-15", [("INDCOP", "PAK", "180")]),
        # HTS: rebels until Assad fell, then Syria's government (a dated type, like the Taliban's)
        ("HTS fighters attacked government troops near Hama.", "2024-11-30", [("SYRREB", "SYRMIL", "190")]),
        ("HTS criticised Israel on Tuesday.", "2025-02-10", [("SYRGOV", "ISR", "111")]),
    ],
)
def test_named_armed_groups(code: Callable[..., Events], text: str, published: str, expected: Events) -> None:
    assert code(text, published) == expected


def test_gaitanista_forces_are_colombian_not_japanese(code: Callable[[str], Events]) -> None:
    # "Self-Defense Forces" alone is Japan's; the longer name of the Gulf Clan wins
    events = code("The Gaitanista Self-Defense Forces of Colombia killed three soldiers in an ambush in Antioquia.")
    assert events and all(a1 == "COLCRM" for a1, _a2, _c in events)
    assert not any(a1.startswith("JPN") or a2.startswith("JPN") for a1, a2, _c in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Democrats accused the administration of abusing its power.", [("USAPTY", "USAGOV", "1122")]),
        ("Reform UK accused the government of surrendering British sovereignty.", [("GBRPTY", "GBRGOV", "112")]),
        ("The NDP criticized Prime Minister Mark Carney on Tuesday.", [("CANPTY", "CANGOV", "111")]),
        # parties of several states by one name: of the country named with them, not the US Democrats
        ("Denmark's Social Democrats criticized Russia on Tuesday.", [("DNKPTY", "RUS", "111")]),
        ("Sweden Democrats leader Jimmie Akesson criticized the government on Tuesday.",
         [("SWEPTY", "SWEGOV", "111")]),
    ],
)
def test_parties(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_bodies_of_the_eu_and_council_of_europe(code: Callable[[str], Events]) -> None:
    assert code("The European Court of Human Rights condemned Russia over the downing of flight MH17.") == [
        ("IGOCOE", "RUS", "111")]
    assert code("A PACE delegation visited Armenia on Tuesday.") == [("IGOCOE", "ARM", "042")]
    assert code("The ECB raised interest rates by a quarter point.") == []  # (monetary policy: no event)
    assert code("The Bank of Israel cut its benchmark rate by a quarter point on Monday.") == []


def test_named_coast_guards_are_police(code: Callable[[str], Events]) -> None:
    events = code("The China Coast Guard fired water cannon at a Philippine government vessel near Scarborough Shoal.")
    assert events and events[0][0] == "CHNCOP"
    assert not any(a1 == "CHNMIL" for a1, _a2, _c in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ISI chief met Taliban officials in Kabul on Tuesday.", [("PAKSPY", "AFGGOV", "040")]),
        ("The CIA director criticized Russia on Tuesday.", [("USASPY", "RUS", "111")]),
        ("The IAEA chief met Iranian officials in Tehran on Tuesday.", [("IGOIAE", "IRNGOV", "040")]),
        # the possessor's own state body outranks the bare country; another body's envoy stays the possessor's
        ("Pakistan's Inter-Services Intelligence chief met Afghan Taliban officials in Kabul on Tuesday.",
         [("PAKSPY", "AFGGOV", "040")]),
        ("Russia's FSB chief met Belarusian officials in Minsk on Tuesday.", [("RUSSPY", "BLRGOV", "040")]),
        ("China's UN envoy criticized the United States on Tuesday.", [("CHNGOV", "USA", "111")]),
    ],
)
def test_head_of_a_named_body(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_head_of_a_thing_is_still_no_doer(code: Callable[[str], Events]) -> None:
    assert code("The warhead hit Kyiv on Tuesday.") == []
    assert code("North Korea allowed IAEA inspectors to visit the Yongbyon reactor.") == [("PRK", "IGOIAE", "0862")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ahrar al-Sham attacked Hayat Tahrir al-Sham near Idlib on Wednesday.", [("SYRREB", "SYRREB", "190")]),
        ("The Sinaloa cartel attacked the Jalisco cartel in Culiacan on Wednesday.", [("MEXCRM", "MEXCRM", "190")]),
        ("The People Power Party criticized the Democratic Party of Korea on Sunday.", [("KORPTY", "KORPTY", "111")]),
    ],
)
def test_two_named_groups_of_one_state(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_one_group_is_not_its_own_target(code: Callable[[str], Events]) -> None:
    assert code("Hamas said its fighters attacked Israeli troops in Gaza on Wednesday.") == [
        ("PSEREB", "ISRMIL", "190")]
    assert code("Rebels attacked a rebel base in Idlib on Wednesday.") == []


def test_places_named_after_a_state(code: Callable[[str], Events]) -> None:
    # "the Jordan River", "the Niger Delta": a place, not Jordan or Niger
    events = code("The Knesset passed a resolution rejecting a Palestinian state west of the Jordan River on Thursday.")
    assert not any(a2 == "JOR" for _a1, a2, _c in events)
    assert code("Militants attacked an oil facility in the Niger Delta on Sunday.") == [("NGAREB", "NGACVL", "180")]
    assert code("Israel annexed the Jordan Valley on Sunday.") == []
    assert code("Niger's junta expelled the French ambassador on Sunday.") == [("NERMIL", "FRAGOV", "174")]


@pytest.mark.parametrize("text", [
    "Heavy rains flooded parts of Meta department in central Colombia, killing two people, officials said.",
    "Shares of Meta Platforms rose 3% on Wednesday after the company reported higher advertising revenue.",
    "Temperatures in the Syrian city of Hama reached 45 degrees Celsius on Monday.",
    "Richard Wagner's opera Parsifal opened the Bayreuth Festival on Tuesday.",
    "Kia Motors recalled 100,000 cars in the United States on Tuesday.",
    "Los Lobos played a concert in Los Angeles on Saturday.",
    "The Fed held interest rates steady on Wednesday.",
    "The Sinaloa cartel, founded in the late 1980s, grew into one of the largest drug trafficking organisations.",
])
def test_names_that_are_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []
