"""Actor roles read from the phrase around an actor (sentences written for these tests): members of an
organisation, possessors, claims, protest participants, extradition requesters, recipients, negated subjects and
declared readiness."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def test_negated_subjects_code_nothing(code: Code) -> None:
    assert code("No Russian warships entered the Estonian waters on Tuesday, the navy said.") == []
    assert code("Neither Serbia nor Kosovo has signed the agreement that mediators drafted in Brussels.") == []
    assert code("None of the Turkish jets crossed into Greek airspace, Ankara said.") == []


def test_member_takes_the_country_of_its_organisation(code: Code) -> None:
    assert code("A spokesman for Japan's foreign ministry criticised China on Tuesday.") == [("JPNGOV", "CHN", "111")]
    assert code("Hackers working for China's Ministry of State Security attacked the servers of a Taiwanese bank.") \
        == [("CHNSPY", "TWNBUS", "176")]


def test_possessor_is_the_party_not_an_igo_compound(code: Code) -> None:
    assert code("Greece blocked the start of Albania's EU accession talks.") == [("GRC", "ALB", "129")]


def test_possessing_agent_owns_the_plan(code: Code) -> None:
    assert code("The mayor of Athens condemned the protesters' plan to march on the Turkish consulate.") == [
        ("GRCGOV", "GRCCVL", "111")]


def test_claim_of_responsibility_has_no_target(code: Code) -> None:
    assert code("The Houthis claimed responsibility for a drone attack on Saudi oil facilities.") == [
        ("YEMREB", "", "015"), ("YEMREB", "SAU", "1952")]


def test_protest_noun_takes_the_subject_of_its_verb(code: Code) -> None:
    assert code("Nigeria's unions shut down airports in a nationwide strike over fuel prices.") == [
        ("NGALAB", "NGAGOV", "143")]


def test_extradition_goes_to_the_state_that_wants_the_person(code: Code) -> None:
    assert code("Italy extradited a Ukrainian citizen wanted in Germany on fraud charges.") == [("ITA", "DEU", "063")]


def test_peer_noun_misparsed_onto_the_thing_given_is_the_recipient(code: Code) -> None:
    assert code("Polish police handed their Czech counterparts intelligence on the smugglers behind the robbery near "
                "the border town of Cieszyn.") == [("POLCOP", "CZEGOV", "064")]


def test_charge_describing_the_target_names_no_party(code: Code) -> None:
    assert code("Kenya's anti-graft agency opened an inquiry into senior officials accused of selling Ugandan "
                "passports.") == [("KENGOV", "KENCVL", "090")]


def test_domestic_challenger_is_the_other_side_of_a_deployment(code: Code) -> None:
    assert code("Police deployed thousands of officers across Nairobi ahead of a planned march by opposition "
                "supporters.") == [("KENCOP", "KENOPP", "153")]


def test_would_be_willing_is_a_declared_intent(code: Code) -> None:
    assert code("Iran would be willing to meet with Washington again if sanctions were lifted, the foreign minister "
                "said.") == [("IRN", "USAGOV", "036")]
    assert code("Iran would not be willing to meet with Washington, the foreign minister said.") == []
    assert code("Russia could be ready to attack NATO within five years, analysts said.") == []


def test_reported_subject_owned_by_its_is_the_speakers(code: Code) -> None:
    assert code("Israel's army said its jets had struck Hezbollah positions in southern Lebanon.") == [
        ("ISRMIL", "LBNREB", "195")]
    assert code("The Pentagon acknowledged that one of its drones had struck a wedding party in Yemen.") == [
        ("USAMIL", "", "015"), ("USAMIL", "YEM", "190")]


def test_entered_territory_of_its_belongs_to_the_main_subject(code: Code) -> None:
    assert code("Estonia summoned Moscow's envoy after a Russian helicopter entered its airspace.") == [
        ("EST", "RUSGOV", "114"), ("RUS", "EST", "150")]


def test_demand_aimed_at_the_subject_of_a_mistagged_subjunctive(code: Code) -> None:
    # (the demanded release names the sub-code: 1053)
    assert code("Ghana's president demanded that the junta in Niamey release the ousted president.") == [
        ("GHAGOV", "NERMIL", "1053")]
