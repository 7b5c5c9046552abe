"""Actor phrases that are easy to misread: security agents, home-affairs ministries named without a country,
bodies of water named after a city, places named "New <country>", and defence manufacturers."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def test_security_agents_are_of_the_country_where_they_act(code: Code) -> None:
    assert code("Security agents detained two opposition lawmakers in Lusaka.") == [("ZMBCOP", "ZMBOPP", "173")]
    assert code("State security agents arrested an opposition leader in Kampala.") == [
        ("UGASPY", "UGAOPP", "173")]


def test_a_gulf_named_after_a_city_is_no_actor(code: Code) -> None:
    assert code("Houthi rebels fired a missile at a tanker in the Gulf of Aden.") == [("YEMREB", "", "195")]


def test_new_mexico_is_not_mexico(code: Code) -> None:
    assert code("The governor of New Mexico praised Canada.") == []
    assert code("Rebels in New Guinea attacked a police post.") == []


def test_defence_manufacturers_are_companies_of_their_country(code: Code) -> None:
    assert code("Rheinmetall delivered ammunition to Ukraine.") == [("DEUBUS", "UKR", "072")]
    assert code("Lockheed Martin delivered the first F-35 jets to Poland.") == [("USABUS", "POL", "072")]


def test_a_home_affairs_minister_without_country_is_of_the_sentence_country(code: Code) -> None:
    assert code("The interior minister praised the police in Quito.") == [("ECUGOV", "ECUCOP", "051")]
    assert code("The home minister banned a rally by the opposition in Dhaka.") == [("BGDGOV", "BGDCVL", "1721")]
    # a finance minister often acts abroad (IMF meetings): no country from the place
    assert code("The finance minister praised the central bank in Quito.") == []
