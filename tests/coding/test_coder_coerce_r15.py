"""Coercion (CAMEO 17) and its borders with assault (18) and mass violence (20), helper round 15: owners of hijacked
ships and hackers named by a participle ('linked to X'); cyber attacks told as disrupting or defacing sites or by
hackers as doers; 'its' in a reported hostile act is the speaker's; ethnic expulsions (201) and ethnic cleansing
(203), not a body's member expelled (160); the state's forces beating or charging a crowd (175); bans imposed on
parties or gatherings (1722, 1721); hostages taken; village chiefs as victims; ships seized in the passive or in a
relative clause; an attack made in words is no force; a deportation's destination is no party."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_owner_of_a_hijacked_ship(code: Callable[[str], Events]) -> None:
    assert code("Houthi rebels hijacked a cargo ship linked to an Israeli businessman in the Red Sea.") == [
        ("YEMREB", "ISRBUS", "181")
    ]
    assert code("Iran seized a tanker linked to a Greek company.") == [("IRN", "GRCBUS", "1711")]
    # no owner named: an empty target, as before
    assert code("Houthi rebels hijacked a cargo ship in the Red Sea.") == [("YEMREB", "", "181")]


def test_ship_seized_in_the_passive_or_a_relative_clause(code: Callable[[str], Events]) -> None:
    assert code("The vessel was seized by Iranian commandos in the Strait of Hormuz.") == [("IRNMIL", "", "1711")]
    assert code("A cargo ship was hijacked by Somali pirates.") == [("SOMCRM", "", "181")]
    assert code("The ship that the Houthis hijacked in November remains in Hodeidah.") == [("YEMREB", "", "181")]
    # a coast guard seizing a boat polices smugglers
    assert code("The boat was seized by the Indian coast guard.") == []


def test_cyber_attacks_by_hackers_and_on_websites(code: Callable[[str], Events]) -> None:
    assert code("Hackers backed by Iran attacked Albanian government websites.") == [("IRNCRM", "ALBGOV", "176")]
    assert code("Iranian hackers defaced the website of an Israeli newspaper.") == [("IRNCRM", "ISRMED", "176")]
    assert code("Ukraine said Russian hackers attacked its power grid.") == [("RUSCRM", "UKR", "176")]
    assert code("The storm disrupted the email servers of the city council.") == []


def test_its_target_in_a_reported_hostile_act_is_the_speakers(code: Callable[[str], Events]) -> None:
    assert code("Albania said Iran carried out a cyber attack on its government websites.") == [("IRN", "ALB", "176")]
    # closing one's own border stays the doer's own
    assert code("Niger's junta said Benin had closed its border with the country.") == []


def test_ethnic_expulsions_and_cleansing(code: Callable[[str], Events]) -> None:
    assert code("Azerbaijan expelled ethnic Armenians from Nagorno-Karabakh.") == [("AZE", "ARMCVL", "201")]
    assert code("Myanmar's army drove out more than 700,000 Rohingya in an ethnic cleansing campaign.") == [
        ("MMRMIL", "MMRCVL", "203")
    ]
    # one person of an ethnic group is deported, not driven out; a member state is suspended from a bloc
    assert code("China deported an ethnic Uyghur activist to Xinjiang.") == [("CHN", "CHNNGO", "174")]
    assert code("ECOWAS suspended Mali from the bloc.") == [("IGOWAS", "MLI", "160")]


def test_security_forces_beating_or_charging_a_crowd_is_repression(code: Callable[[str], Events]) -> None:
    assert code("Police clubbed protesters in Lagos.") == [("NGACOP", "NGACVL", "175")]
    assert code("Riot police charged at demonstrators with batons in Tbilisi.") == [("GEOCOP", "GEOCVL", "175")]
    # a charge brought by prosecutors is legal action; blows to women by fighters an assault
    assert ("BGDJUD", "BGDCVL", "173") in code("Prosecutors charged the protesters with rioting in Dhaka.")
    assert code("Taliban fighters whipped two women in Kabul.") == [("AFGGOV", "AFGCVL", "182")]


def test_bans_imposed_on_parties_and_gatherings(code: Callable[[str], Events]) -> None:
    assert code("Pakistan imposed a ban on the Pakistan Tehreek-e-Insaf party.") == [("PAK", "PAKPTY", "1722")]
    assert code("The government imposed a ban on all public gatherings in Dhaka.") == [("BGDGOV", "", "1721")]
    assert code("Russia imposed a ban on Georgian wine imports.") == [("RUS", "GEO", "163")]


def test_hostages_taken(code: Callable[[str], Events]) -> None:
    assert code("Hamas took 240 Israelis hostage.") == [("PSEREB", "ISRCVL", "181")]
    assert code("Gunmen took two French tourists hostage in Mali.") == [("MLIUAF", "FRACVL", "181")]
    assert code("The president took questions from reporters.") == []


def test_village_chiefs_as_victims(code: Callable[[str], Events]) -> None:
    assert code("Militants kidnapped three village chiefs in Tillaberi.") == [("NERREB", "NERCVL", "181")]
    assert code("Gunmen killed a village chief in Ituri.") == [("CODUAF", "CODCVL", "186")]
    assert code("The village chief welcomed the visitors.") == []


def test_an_attack_in_words_is_no_force(code: Callable[[str], Events]) -> None:
    assert code("Trump attacked the judge in a post on Truth Social.") == []
    assert code("Gunmen attacked a journalist in Karachi.") == [("PAKUAF", "PAKMED", "180")]


def test_a_deportations_destination_is_no_party(code: Callable[[str], Events]) -> None:
    assert code("Nicaragua expelled the bishop.") == [("NIC", "NICREL", "174")]
    assert code("Pakistan deported 300 Afghan refugees to Afghanistan.") == [("PAK", "AFGREF", "174")]
    assert all(e[1] != "ITAGOV" for e in code("Nicaragua expelled a Catholic bishop to Rome."))


def test_aid_workers_acted_on_are_of_no_one_country(code: Callable[[str], Events]) -> None:
    assert code("Militants abducted six aid workers in South Sudan.") == [("SSDREB", "", "181")]
    # a nationality named stays; aid workers as doers stay the place's
    assert code("Gunmen killed three Sudanese aid workers in Darfur.") == [("SDNUAF", "SDNNGO", "180")]
    assert code("Aid workers delivered food to Gaza.") == [("PSENGO", "", "073")]


def test_foreigners_deported_by_nationality_stay_174(code: Callable[[str], Events]) -> None:
    assert code("Turkey deported hundreds of Syrians to Idlib.") == [("TUR", "SYRCVL", "174")]
    # an ethnic group, or people driven out by force, is a mass expulsion
    assert code("Serbia deported thousands of ethnic Albanians from Kosovo.") == [("SRB", "ALBCVL", "201")]
    assert code("Azerbaijani forces expelled thousands of Armenians from the region.") == [("AZEMIL", "ARMCVL", "201")]


def test_put_on_trial_is_legal_action(code: Callable[[str], Events]) -> None:
    assert code("Russia put a US journalist on trial for espionage.") == [("RUS", "USAMED", "173")]
    assert code("The coach put the players on trial in training.") == []
    assert code("Russia did not put the journalist on trial.") == []
