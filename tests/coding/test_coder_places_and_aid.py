"""Event coder (issue #4): places the tagger takes for people, aid that arrives somewhere, judicial
punishment, and evacuations, on sentences written for these tests (none from the evaluation set)."""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_place_tagged_as_person_is_the_country_attacked(code: Callable[[str], Events]) -> None:
    # spaCy reads the bare "Lalibela" as a PERSON; the object of shelling is the gazetteer's town in Ethiopia
    assert code("Eritrean troops shelled Lalibela on Sunday.") == [("ERIMIL", "ETH", "194")]


def test_settlement_of_place_is_the_country_attacked(code: Callable[[str], Events]) -> None:
    assert code("Eritrean soldiers stormed the town of Lalibela, residents said.") == [("ERIMIL", "ETH", "190")]


def test_person_attacked_is_still_a_person(code: Callable[[str], Events]) -> None:
    # no gazetteer place named so: the person is a civilian of the country where it happened
    assert code("Gunmen attacked Salman Rushdie on stage in New York.") == [("USAUAF", "USACVL", "180")]


def test_aid_reaching_a_place_is_aid_to_its_country(code: Callable[[str], Events]) -> None:
    assert code("Aid from Jordan reached Gaza on Monday.") == [("JOR", "PSE", "070")]


def test_shipment_of_aid_arriving_is_aid_to_its_country(code: Callable[[str], Events]) -> None:
    assert code("A shipment of Turkish aid arrived in Port Sudan on Thursday.") == [("TUR", "SDN", "070")]


def test_convoy_carrying_aid_is_aid_to_its_country(code: Callable[[str], Events]) -> None:
    assert code("A convoy carrying Egyptian food aid entered Gaza through the Rafah crossing.") == [
        ("EGY", "PSE", "073")]


def test_judicial_punishment(code: Callable[[str], Events]) -> None:
    # jailing is a coercive detention (173); a conviction or sentence is the legal finding of guilt (116)
    assert code("A Russian court jailed an American journalist for 16 years on espionage charges.") == [
        ("RUSJUD", "USAMED", "173")]
    assert code("Egyptian authorities imprisoned three activists on Sunday.") == [("EGYGOV", "EGYNGO", "173")]
    assert code("A Moscow court convicted a US citizen of smuggling drugs.") == [("RUSJUD", "USACVL", "116")]


def test_evacuating_own_nationals_is_no_retreat(code: Callable[[str], Events]) -> None:
    assert code("France evacuated its citizens and diplomats from Niger on Tuesday.") == []
    # troops are still withdrawn
    assert code("Britain evacuated its troops from Basra.") == [("GBR", "IRQ", "0874")]


def test_unnamed_person_sentenced_is_of_the_country(code: Callable[[str], Events]) -> None:
    # a court's conviction of an unnamed person: a civilian of the court's country (not dropped for want of a target)
    assert code("An Iranian court sentenced the rapper to death, his lawyer said.") == [("IRNJUD", "IRNCVL", "116")]


def test_agent_of_nominal_event_hung_on_its_of_object(code: Callable[[str], Events]) -> None:
    # the small parser attaches "by Germany" to "diplomats"; it is still the agent of the expulsion
    assert code("The expulsion of four Russian diplomats by Germany angered Moscow.") == [("DEU", "RUSGOV", "174")]


def test_agentless_expulsion_is_by_the_state_expelled_from(code: Callable[[str], Events]) -> None:
    assert code("Two Russian diplomats were expelled from Norway on suspicion of spying.") == [
        ("NORGOV", "RUSGOV", "174")]
    assert code("A Chinese journalist was deported from India.") == [("INDGOV", "CHNMED", "174")]
    # an agentless passive of another kind with a place does not get the place's state as its agent
    assert code("Aid was suspended in Gaza.") == []


def test_source_of_aid_hung_on_its_recipient(code: Callable[[str], Events]) -> None:
    # the parser attaches "from Germany" to "Ukraine"; Germany is still the giver
    assert code("Military aid to Ukraine from Germany reached 28 billion euros.") == [("DEU", "UKR", "072")]


def test_relief_goods_carried_to_a_place(code: Callable[[str], Events]) -> None:
    assert code("Relief supplies from India were flown to Myanmar after the earthquake.") == [("IND", "MMR", "073")]
    # goods with no giver named are no event
    assert code("Medical supplies were flown to Myanmar after the earthquake.") == []


def test_country_word_naming_a_sea_is_no_target(code: Callable[[str], Events]) -> None:
    # "the Gulf of Oman" is water, not Oman: the seizure has no named victim, so nothing is coded
    assert code("Iran seized an oil tanker in the Gulf of Oman, the US Navy said.") == []
    assert code("Russia attacked Oman.") == [("RUS", "OMN", "190")]


def test_document_speaks_for_its_author(code: Callable[[str], Events]) -> None:
    assert code("A report by Human Rights Watch accused Saudi border guards of killing migrants.") == [
        ("IGOHRW", "SAUCOP", "112")]
    assert code("An investigation by Dutch prosecutors blamed Russia for the downing of the airliner.") == [
        ("NLDJUD", "RUS", "112")]
    # a document with no author named is still a thing
    assert code("A report on the economy criticised the government.") == []
