"""Generic groups (see geoevents.coding.groups): a word for an armed group on a violent noun names its doer, one
attack that kills many is an attack (not 202), ethnic communities are of the country they live in, and plural
people nouns (dockers, vendors, mourners, pensioners, fans) are actors of the place they are in."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def test_group_word_on_attack_subject_is_the_doer(code: Code) -> None:
    assert code("A separatist attack in Cameroon killed four soldiers.") == [("CMRREB", "CMRMIL", "190")]


def test_group_word_on_the_attack_of_an_agentless_passive(code: Code) -> None:
    assert code("Six soldiers were killed in a militant attack in Niger.") == [("NERREB", "NERMIL", "190")]


def test_group_word_without_a_country_gives_no_doer(code: Code) -> None:
    assert code("A militant attack killed 12 soldiers.") == []


def test_many_killed_in_one_attack_is_an_attack_not_a_mass_killing(code: Code) -> None:
    assert code("An attack by militants killed 30 pilgrims in Pakistan.") == [("PAKREB", "PAKCVL", "180")]


def test_ethnic_community_is_of_the_country_it_lives_in(code: Code) -> None:
    assert code("Ethnic Russians in Moldova rallied in Chisinau.") == [("MDACVL", "MDAGOV", "141")]


def test_ethnic_community_with_no_place_keeps_its_demonym(code: Code) -> None:
    assert code("Ethnic Serbs protested in Belgrade.") == [("SRBCVL", "SRBGOV", "141")]


def test_dockers_are_labour_and_vendors_business(code: Code) -> None:
    assert code("Dockers in Chile went on strike.") == [("CHLLAB", "CHLGOV", "143")]
    assert code("Street vendors in Lagos protested against the new tax.") == [("NGABUS", "NGAGOV", "141")]


def test_pensioners_fans_and_mourners_are_civilians(code: Code) -> None:
    assert code("Pensioners in Chile marched through Santiago.") == [("CHLCVL", "CHLGOV", "141")]
    assert code("Football fans in Belgrade clashed with police.") == [("SRBCVL", "SRBCOP", "145")]
    assert code("Mourners in Baghdad protested against the United States.") == [("IRQCVL", "USA", "141")]
