"""Wire wordings of CAMEO roots 11-20 that rules fitted to one labeller's sentences missed, helper round 16: a light
verb carrying a weapon-named attack ("launched a missile attack on X": 195, not 190); a deadline set on another party
("gave the junta a week to ..."): an ultimatum; a bloc named only as the frame of the object ("an EU aid package for
X", "the EU-mediated dialogue with X"); the trailing speaker the parser hung on the clause ("..., Iran's Revolutionary
Guards said, blaming Israel"); "X said it was behind the attack" (a claim, 015, and the claimed bombing); a person
titled by a human noun the tagger took for an organisation; "sentenced a protester to six years in prison" parsed as
one phrase; "found X guilty" with an unnamed person; what a rejected proposal proposes (126, 125); "accused X of
committing genocide / waging a war"; "waged" / "waging" lemmatised as "wag"; "tens / hundreds of thousands"; "shot
dead" and "stabbed to death" many people (202); a drill's live fire; "warned that its forces would strike X" (138);
"Gunmen linked to X killed ..." parsed with "linked" as the main verb; "settlers accused of ..." with no accuser;
"broke into X's networks" (176); "would face a crushing response" (138); "a bomb hidden in a motorcycle" (1832).
Sentences are written for these tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow launched a massive missile attack on Ukraine's power plants overnight, Kyiv said.",
     [("RUSGOV", "UKR", "195")]),
    ("Hamas launched a rocket attack on southern Israel on Saturday.", [("PSEREB", "ISR", "194")]),
    ("The Pakistani Taliban carried out a suicide attack on a police station in Bannu.",
     [("PAKREB", "PAKCOP", "1831")]),
])
def test_light_verb_takes_the_code_of_the_weapon_named_attack(code: Callable[[str], Events], text: str,
                                                              expected: Events) -> None:
    assert code(text) == expected


def test_light_verb_attack_without_a_weapon_stays_generic(code: Callable[[str], Events]) -> None:
    assert code("Russia launched a large-scale attack on Ukraine's energy grid.") == [("RUS", "UKR", "190")]
    # a missile fired into the sea stays a test
    assert code("North Korea launched a ballistic missile into the sea off Japan.") == [("PRK", "JPN", "150")]


def test_deadline_set_on_another_party_is_an_ultimatum(code: Callable[[str], Events]) -> None:
    assert code("ECOWAS gave Niger's coup leaders one week to reinstate the ousted president.") == [
        ("IGOWAS", "NERMIL", "139")]
    assert code("Israel gave Hamas 72 hours to free the remaining hostages.") == [("ISR", "PSEREB", "139")]
    # a span to leave stays an expulsion, not an ultimatum
    assert code("Niger's junta gave the French ambassador 48 hours to leave the country.") == [
        ("NERMIL", "FRAGOV", "174")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary vetoed an EU aid package for Ukraine.", [("HUN", "UKR", "129")]),
    ("Serbia threatened to pull out of the EU-mediated dialogue with Kosovo.", [("SRB", "KSV", "134")]),
])
def test_a_bloc_framing_the_object_is_not_the_party(code: Callable[[str], Events], text: str,
                                                    expected: Events) -> None:
    assert code(text) == expected


def test_a_bloc_named_as_the_object_stays_the_party(code: Callable[[str], Events]) -> None:
    assert code("Turkey criticised the EU over its migration deal with Greece.")[0] == ("TUR", "IGOEEC", "111")
    assert ("RUS", "IGOUNO", "129") in code("Russia vetoed a UN resolution on Syria.")


def test_trailing_speaker_hung_on_the_clause_blames(code: Callable[[str], Events]) -> None:
    events = code("A senior commander was killed in a strike on his home in Damascus, Iran's Revolutionary Guards "
                  "said on Wednesday, blaming Israel.")
    assert ("IRNMIL", "ISR", "112") in events
    assert not any(a == "SYR" for a, _b, _c in events)  # the place of the strike is not the speaker


def test_said_it_was_behind_the_attack_is_a_claim(code: Callable[[str], Events]) -> None:
    assert code("A roadside bomb killed four soldiers in central Mali, and JNIM said it was behind the attack.") == [
        ("MLIREB", "MLIMIL", "1833"), ("MLIREB", "", "015")]
    assert code("The Pakistani Taliban said they were behind the attack on the police station.") == [
        ("PAKREB", "", "015")]
    # another party named as the culprit stays an accusation
    assert code("Israel said Hezbollah was behind the rocket attack.") == [("ISR", "LBNREB", "112")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A court in Tehran sentenced the rapper Toomaj Salehi to death.", [("IRNJUD", "IRNCVL", "116")]),
    ("An Iranian court sentenced a protester to six years in prison.", [("IRNJUD", "IRNCVL", "116")]),
    ("A court in Tehran sentenced the rapper Toomaj Salehi to six years in prison.", [("IRNJUD", "IRNCVL", "116")]),
    ("A Moscow court found the playwright Zhenya Berkovich guilty of justifying terrorism.",
     [("RUSJUD", "RUSCVL", "116")]),
])
def test_the_person_sentenced_or_convicted(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_a_sentence_served_is_not_a_new_conviction(code: Callable[[str], Events]) -> None:
    assert code("The rapper Toomaj Salehi has spent six years in prison, his lawyer said.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad rejected an offer from Qatar to mediate between the government and the rebels.",
     [("TCD", "QAT", "126"), ("QAT", "TCD", "039")]),
    ("Russia rejected a Ukrainian proposal for talks in Istanbul.", [("RUS", "UKR", "125")]),
    ("Armenia rejected an Azerbaijani call for a peace treaty.", [("ARM", "AZE", "127"), ("AZE", "ARM", "020")]),
])
def test_what_a_rejected_proposal_proposes(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_a_rejected_proposal_of_unlisted_content_stays_generic(code: Callable[[str], Events]) -> None:
    assert code("Hungary rejected a Polish proposal to admit Ukraine.")[0] == ("HUN", "POL", "120")
    # only the rows read before the generic one (talks, mediation, settlement) take over: a request to release
    # stays 120, as "the ceasefire proposal" does
    assert code("Tehran turned down a French request to release the detained sailors.") == [("IRNGOV", "FRA", "120")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pretoria accused Israel of committing genocide in Gaza.", [("ZAFGOV", "ISR", "1124")]),
    ("Poland accused Minsk of waging a hybrid war against the European Union.", [("POL", "BLRGOV", "1123")]),
    ("Kyiv accused Moscow of carrying out attacks on civilians.", [("UKRGOV", "RUSGOV", "1123")]),
    ("Russia waged war on Ukraine in 2022.", [("RUS", "UKR", "190")]),
])
def test_the_deed_committed_names_the_accusation(code: Callable[[str], Events], text: str,
                                                 expected: Events) -> None:
    assert code(text) == expected


def test_large_counts_and_lethal_means(code: Callable[[str], Events]) -> None:
    assert code("Iran expelled hundreds of thousands of Afghans last year.") == [("IRN", "AFGCVL", "201")]
    assert code("ADF rebels shot dead more than 40 villagers in eastern Congo.") == [("CODREB", "CODCVL", "202")]
    assert code("ADF rebels stabbed more than 40 villagers to death in eastern Congo.") == [
        ("CODREB", "CODCVL", "202")]
    # wounded, not killed: no mass killing
    assert code("Militants shot and wounded 25 villagers in Borno.") == [("NGAREB", "NGACVL", "180")]


def test_a_drills_live_fire_is_not_an_attack(code: Callable[[str], Events]) -> None:
    assert code("Iran's Revolutionary Guards staged war games near the Strait of Hormuz, firing cruise missiles and "
                "drones at mock targets.") == [("IRNMIL", "", "150")]


def test_warned_that_its_forces_would_strike(code: Callable[[str], Events]) -> None:
    assert code("Iran warned that it would strike Israel if attacked.") == [("IRN", "ISR", "138")]
    assert code("The WHO warned that the virus would hit poor countries hardest.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen linked to al-Shabaab killed 12 villagers in Lamu county.", [("KENUAF", "KENCVL", "180")]),
    ("Fighters allied to the RSF stormed a village in North Darfur.", [("SDNREB", "SDNCVL", "180")]),
])
def test_affiliation_participle_taken_for_the_main_verb(code: Callable[[str], Events], text: str,
                                                        expected: Events) -> None:
    assert code(text) == expected


def test_described_accusation_without_accuser_is_no_event(code: Callable[[str], Events]) -> None:
    assert code("Britain sanctioned two outposts and four Israeli settlers accused of attacking Palestinians.") == [
        ("GBR", "ISRCVL", "163")]
    assert code("The journalist, accused by Moscow of spying, was freed in a prisoner swap.") == [
        ("RUSGOV", "RUSMED", "1125")]


def test_broke_into_networks_is_a_cyber_attack(code: Callable[[str], Events]) -> None:
    assert code("Russian hackers broke into the email accounts of German lawmakers.") == [
        ("RUSCRM", "DEULEG", "176")]
    assert code("Thieves broke into a warehouse in Lagos.") == []


def test_warned_party_would_face_a_forceful_response(code: Callable[[str], Events]) -> None:
    assert code("Khamenei warned that Israel would face a crushing response if it attacked Iranian soil.") == [
        ("IRNGOV", "ISR", "138")]
    assert code("The minister warned that farmers would face severe losses if the drought continued.") == []


def test_a_bomb_hidden_in_a_vehicle_is_a_vehicle_bombing(code: Callable[[str], Events]) -> None:
    events = code("A bomb hidden in a motorcycle exploded near a market in Peshawar, killing seven people, and the "
                  "Pakistani Taliban said they were behind the attack.")
    assert events == [("PAKREB", "PAKCVL", "1832"), ("PAKREB", "", "015")]
