"""Actor phrases that are easy to misread: security agents, home-affairs ministries named without a country,
bodies of water named after a city, places named "New <country>", defence manufacturers, and relatives of leaders."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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


@pytest.mark.parametrize(("text", "expected"), [
    # a relative named through a person is of the person's country, an elite, not the office holder
    # (actor_context.kin_of_person); a relative named by an apposition is that person
    ("Kim Jong Un's sister criticised South Korea.", [("PRKELI", "KOR", "111")]),
    ("Erdogan's son-in-law criticised Greece.", [("TURELI", "GRC", "111")]),
    ("North Korean leader Kim Jong Un's sister, Kim Yo Jong, warned Seoul against sending leaflets.",
     [("PRKGOV", "KORGOV", "130")]),
    ("Putin's spokesman criticised Germany.", [("RUSGOV", "DEU", "111")]),
])
def test_a_relative_of_a_leader_is_of_his_country_not_his_office(code: Code, text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a domestic body with no country of its own is of the government it is coordinated with, not of the
    # country where the sentence is set (actor_context.conjunct_country)
    ("The Venezuelan government and the opposition signed an agreement in Barbados.",
     [("VENGOV", "VENOPP", "057"), ("VENOPP", "VENGOV", "057")]),
    ("Norway offered to mediate between the Venezuelan government and the opposition.",
     [("NOR", "VENGOV", "039"), ("NOR", "VENOPP", "039")]),
])
def test_a_body_coordinated_with_a_government_is_of_its_country(code: Code, text: str,
                                                                expected: list[tuple[str, str, str]]) -> None:
    assert code(text) == expected
