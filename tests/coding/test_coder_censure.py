"""Criticism and accusation (CAMEO 11) as wire services write it, from a battery of about 130 sentences written
family by family and labelled before the coder was run on it: blame idioms ("pinned the blame on X"), scorn and
rebuke idioms, verbal retorts ("hit back at X over his remarks"), name-calling ("branded X a separatist"), court
sentences handed to someone (116), judgment nouns in reported speech ("X said Y's move was a provocation"), quotes
whose speaker comes after them ('"This is a violation," X said of Y's deal'), "in a rebuke to X" phrases and
participles of blame appended to a reported clause ("X said six soldiers were killed, blaming Y").
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_blame_idioms_are_accusations(code: Callable[[str], Events]) -> None:
    assert code("Kyrgyzstan pinned the blame for the border clashes on Tajikistan.") == [("KGZ", "TJK", "112")]
    assert code("Moscow laid the blame for the drone attack on Ukrainian intelligence.") == [("RUSGOV", "UKR", "112")]


def test_scorn_and_rebuke_idioms_are_criticism(code: Callable[[str], Events]) -> None:
    assert code("India's foreign ministry poured scorn on Pakistan's claims at the UN.") == [("INDGOV", "PAK", "111")]
    assert code("Lithuania's president took Belarus to task over the migrant crossings.") == [
        ("LTUGOV", "BLR", "111")]
    assert code("Mexico's president heaped criticism on the United States over its border law.") == [
        ("MEXGOV", "USA", "111")]


def test_a_retort_over_remarks_is_criticism_not_force(code: Callable[[str], Events]) -> None:
    assert code("Ukraine's foreign ministry hit back at Hungary's prime minister over his remarks on Crimea.") == [
        ("UKRGOV", "HUNGOV", "111")]
    # hitting back with airstrikes is force, not words
    assert not any(e[2].startswith("11") for e in code("Israel hit back at Hezbollah with airstrikes on Lebanon."))


def test_name_calling_is_criticism(code: Callable[[str], Events]) -> None:
    assert code("Beijing branded the Taiwanese president a separatist.") == [("CHNGOV", "TWNGOV", "111")]
    assert code("Azerbaijan's president dubbed the French government a puppet.") == [("AZEGOV", "FRAGOV", "111")]


def test_a_sentence_handed_to_someone_is_a_conviction(code: Callable[[str], Events]) -> None:
    assert code("An Iranian court handed a death sentence to a Swedish-Iranian doctor.") == [
        ("IRNJUD", "SWEHLH", "116")]
    assert code("A Minsk court handed down a ten-year sentence on a Polish journalist.") == [
        ("BLRJUD", "POLMED", "116")]


def test_a_reported_judgment_noun_is_criticism(code: Callable[[str], Events]) -> None:
    assert code("Turkey's foreign ministry said the Greek move was a provocation.") == [("TURGOV", "GRC", "111")]
    assert code("The move was a provocation.") == []  # no speaker: no one criticises


def test_a_quote_judged_by_a_speaker_after_it(code: Callable[[str], Events]) -> None:
    assert code('"This is a flagrant violation of our sovereignty," the Somali foreign ministry said of '
                "Ethiopia's port deal.") == [("SOMGOV", "ETH", "111")]


def test_in_a_rebuke_to_someone(code: Callable[[str], Events]) -> None:
    assert code("In a rebuke to Beijing, the Czech Senate speaker travelled to Taipei.") == [
        ("CZELEG", "TWN", "042"), ("CZELEG", "CHNGOV", "111")]
    assert code("In a swipe at Washington, the Chinese president said hegemony would fail.") == [
        ("CHNGOV", "USAGOV", "111")]


def test_blaming_appended_to_a_reported_clause_is_the_reporters(code: Callable[[str], Events]) -> None:
    assert code("The Pakistani army said eight soldiers were killed in an ambush, blaming militants based in "
                "Afghanistan.") == [("PAKMIL", "AFGREB", "112")]
    assert code("Kenyan police said the bombing killed six people, blaming Somalia.") == [("KENCOP", "SOM", "112")]


def test_wire_synonyms_of_criticism_and_blame(code: Callable[[str], Events]) -> None:
    assert code("Zimbabwe's opposition flayed the government over the currency collapse.") == [
        ("ZWEOPP", "ZWEGOV", "111")]
    assert code("The Honduran leader reproved Nicaragua for harbouring fugitives.") == [("HNDGOV", "NIC", "111")]
    assert code("Turkish investigators fingered Kurdish militants for the Ankara bombing.") == [
        ("TURCOP", "TURREB", "112")]
    assert code("The storm savaged the coast of Fiji.") == []  # no actor is criticised


def test_came_in_for_criticism_from_someone(code: Callable[[str], Events]) -> None:
    assert code("Georgia's government came in for sharp criticism from the European Union over the foreign "
                "agents law.") == [("IGOEEC", "GEO", "111")]
    assert code("Peru's president came in for criticism over her handling of the protests.") == []  # no critic named


# helper round 12: breadth of wire criticism, complaint and rejection


def test_criticism_of_an_act_is_aimed_at_its_doer(code: Callable[[str], Events]) -> None:
    assert code("Paraguay's senate condemned the detention of a Paraguayan citizen by Argentine police.") == [
        ("PRYLEG", "ARGCOP", "111"), ("ARGCOP", "PRYCVL", "173")]
    assert ("RWA", "UGAMIL", "111") in code("Rwanda condemned the killing of three Congolese soldiers by Ugandan "
                                            "troops.")


def test_criticism_drawn_by_a_national_act(code: Callable[[str], Events]) -> None:
    assert code("The Israeli strike drew a sharp rebuke from Qatar.") == [("QAT", "ISR", "111")]


def test_a_complaint_drawn_from_someone(code: Callable[[str], Events]) -> None:
    assert ("IGOEEC", "CHNGOV", "114") in code(
        "Beijing's curbs on Lithuanian exports drew a formal complaint from the European Union.")


def test_a_rebuke_issued_to_someone(code: Callable[[str], Events]) -> None:
    assert code("Poland issued a strong rebuke to Israel over the killing of an aid worker.") == [
        ("POL", "ISR", "111")]


def test_charged_that_is_an_accusation(code: Callable[[str], Events]) -> None:
    assert ("UKROPP", "UKRGOV", "112") in code(
        "Ukraine's opposition charged that the government had lied about the losses.")
    assert code("Police charged the protesters in Dhaka.") == []  # a baton charge, no accusation


def test_summoning_envoys_of_every_title(code: Callable[[str], Events]) -> None:
    assert code("Bangladesh's foreign ministry summoned the Indian high commissioner over the border killings.") == [
        ("BGDGOV", "IND", "114")]
    assert code("Azerbaijan called in the French ambassador to protest remarks by the French president.") == [
        ("AZE", "FRAGOV", "114")]



def test_a_retort_over_a_visit_or_decision_is_criticism(code: Callable[[str], Events]) -> None:
    assert code("The Chinese embassy hit back at the Czech senator over his visit to Taipei.") == [
        ("CHNGOV", "CZELEG", "111")]
    assert not any(e[2].startswith("11") for e in code("Israel hit back at Hamas over the weekend."))


def test_displeasure_idioms_are_criticism(code: Callable[[str], Events]) -> None:
    assert code("Ethiopia bristled at Egypt's comments on the dam.") == [("ETH", "EGY", "111")]
    assert code("Hanoi took umbrage at Beijing's new map.") == [("VNMGOV", "CHNGOV", "111")]
    assert code("The minister bristled at the question.") == []  # no one is criticised


def test_joined_someone_in_condemning(code: Callable[[str], Events]) -> None:
    # (France criticised Hungary too: "joined Y in Xing" asserts Y's act, one event per actor, helper round 17)
    assert sorted(code("Germany joined France in criticising Hungary's veto.")) == [("DEU", "HUN", "111"),
                                                                                   ("FRA", "HUN", "111")]


def test_a_state_protesting_an_act_protests_to_its_doer(code: Callable[[str], Events]) -> None:
    assert ("JPN", "CHNGOV", "114") in code("Japan protested the detention of a Japanese businessman by Chinese "
                                            "authorities.")


def test_a_censured_act_is_coded_as_done_by_the_censured(code: Callable[[str], Events]) -> None:
    # "condemned X for V-ing Y" takes X's act as done, as "thanked X for V-ing" does (vocab.CENSURING)
    assert code("The EU condemned Russia for shelling Kharkiv.") == [("IGOEEC", "RUS", "111"), ("RUS", "UKR", "194")]
    assert code("Ukraine criticised Hungary for blocking EU aid to Kyiv.") == [
        ("UKR", "HUN", "111"), ("HUN", "UKRGOV", "162")]
    # an accusation only alleges the act: no second event
    assert code("Poland accused Belarus of pushing migrants across the border.") == [("POL", "BLR", "112")]
