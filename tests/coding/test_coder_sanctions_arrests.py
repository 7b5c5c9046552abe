"""Reducing relations (CAMEO 16) and coercion (17) in wire phrasings: people arrested who are named by their
trade or stand, people sent home, a negotiating team recalled from talks, and a state suspended by a body."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[..., list[tuple[str, str, str]]]


def test_arrested_person_named_by_trade_is_of_the_country(code: Code) -> None:
    # a person the dictionaries hold no role for, detained by the state: the country's people
    assert code("Burundian police arrested a prominent rights defender on Tuesday.") == [("BDICOP", "BDICVL", "173")]
    assert code("Guatemalan prosecutors arrested a newspaper publisher on money laundering charges.") == [
        ("GTMJUD", "GTMCVL", "173")]


def test_sent_home_is_deportation(code: Code) -> None:
    assert code("Honduras sent home 60 Nicaraguan migrants on Wednesday.") == [("HND", "NICREF", "174")]
    assert code("The school sent the students home early.") == []  # no state, no migrants: no deportation


def test_negotiating_team_recalled_halts_talks(code: Code) -> None:
    # the other party is the one named in the talks or the clause that provoked the recall, never the venue
    assert code("Israel recalled its negotiating team from Cairo after Hamas rejected the proposal.") == [
        ("ISR", "PSEREB", "164")]
    assert code("Armenia withdrew its delegation from the talks with Azerbaijan.") == [("ARM", "AZE", "164")]
    assert code("Russia recalled its delegation from the Olympic Games.") == []


def test_body_suspends_a_state(code: Code) -> None:
    assert code("The AU suspended Mali and Guinea.") == [("IGOAFU", "MLI", "160"), ("IGOAFU", "GIN", "160")]


def test_seized_property_falls_on_its_owner(code: Code) -> None:
    # the owner a participle names ("belonging to X", "owned by X") is whom the seizure hits
    assert code("Zambia's police seized 20 trucks belonging to a Chinese mining firm in Kitwe.") == [
        ("ZMBCOP", "CHNBUS", "171")]
    assert code("Argentine authorities impounded a cargo plane operated by a Venezuelan airline.") == [
        ("ARGGOV", "VENBUS", "1711")]


def test_export_controls_are_sanctions(code: Code) -> None:
    assert code("The United States tightened export controls on advanced chips to China.") == [("USA", "CHN", "163")]


def test_custody_and_persona_non_grata_the_parse_hides(code: Code) -> None:
    assert code("Cuban state security held a dissident artist incommunicado for three days.") == [
        ("CUBSPY", "CUBCVL", "173")]
    # "diplomats persona non grata" parsed as a clause: the expelled party is read inside it
    assert code("Moscow declared two Estonian diplomats persona non grata.") == [("RUSGOV", "ESTGOV", "174")]
    assert code("The two leaders held talks in Cairo.") == []


def test_blocked_access_to_media_restricts_freedoms(code: Code) -> None:
    assert code("Pakistani authorities restricted access to the internet in Balochistan.") == [
        ("PAKGOV", "PAKCVL", "1721")]
    assert code("Israel blocked access to the Al-Aqsa compound.") == []  # access to a place: not media
