"""Sentences that tell several events (round 18): a reaction that points back at the act another clause told
('..., a move criticised by X', '..., in a move welcomed by X', '..., a visit that drew criticism from X',
'and X condemned the attack'), a drawing participle after coordinated verbs, a past verb the parser hangs on an
infinitive ('vowed to retaliate and recalled its envoy'), and an answer given 'with' an act noun."""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_appositive_move_criticised_by_someone_is_aimed_at_the_clause_doer(code: Callable[[str], Events]) -> None:
    got = code("The Taliban government detained two British aid workers in Kabul, a move criticised by the UK "
               "Foreign Office.")
    assert ("AFGGOV", "GBRNGO", "173") in got
    assert ("GBRGOV", "AFGGOV", "111") in got
    assert not any(c == "111" and a[:3] == "AFG" for a, _, c in got)  # the critic is not the detainer


def test_in_a_move_welcomed_by_someone(code: Callable[[str], Events]) -> None:
    got = code("Azerbaijan released four Armenian soldiers on Friday, in a move welcomed by the European Union.")
    assert ("IGOEEC", "AZE", "051") in got
    assert not any(c == "051" and b[:3] == "ARM" for _, b, c in got)  # the soldiers freed are not praised
    # no restated act, no praise of it: the move is only hoped for
    assert not any(c == "051" for _, _, c in code(
        "Azerbaijan may release four Armenian soldiers, in a move the European Union would welcome."))


def test_a_visit_that_drew_criticism(code: Callable[[str], Events]) -> None:
    got = code("Indian Prime Minister Narendra Modi arrived in Moscow on Monday for talks with Putin, a visit that "
               "drew criticism from Ukrainian President Volodymyr Zelensky.")
    assert ("UKRGOV", "INDGOV", "111") in got
    assert ("INDGOV", "RUS", "042") in got
    assert not any(c == "111" and b[:3] == "RUS" for _, b, c in got)  # Putin is no party criticised


def test_definite_act_noun_in_a_second_clause_is_the_first_clauses_act(code: Callable[[str], Events]) -> None:
    got = code("The Houthis fired a missile at a British oil tanker in the Gulf of Aden on Monday, and the United "
               "Kingdom condemned the attack as reckless.")
    assert ("YEMREB", "GBR", "195") in got
    assert ("GBR", "YEMREB", "111") in got
    # an act noun with a doer of its own keeps it
    got = code("The Houthis fired a missile at a British oil tanker on Monday, and the United Kingdom condemned "
               "Iran's support for the group.")
    assert not any(a[:3] == "GBR" and b[:3] == "YEM" for a, b, _ in got)


def test_drawing_protests_after_coordinated_verbs(code: Callable[[str], Events]) -> None:
    got = code("Myanmar's military junta arrested a former British ambassador in Yangon and deported an Australian "
               "adviser, drawing protests from London and Canberra, diplomats said on Thursday.")
    assert ("MMRMIL", "AUSGOV", "174") in got
    assert {("GBRGOV", "MMR", "114"), ("AUSGOV", "MMR", "114")} <= set(got)
    assert not any(c[:2] == "14" for _, _, c in got)  # a complaint drawn, not a street protest


def test_past_verb_hung_on_an_infinitive_is_done(code: Callable[[str], Events]) -> None:
    got = code("India's strike on militant camps in Pakistan drew a swift rebuke from Islamabad, which vowed to "
               "retaliate and recalled its high commissioner from New Delhi on Thursday.")
    assert ("PAKGOV", "IND", "161") in got
    assert ("PAKGOV", "IND", "111") in got
    assert not any(c == "1313" for _, _, c in got)  # recalled, not only vowed
    got = code("Niger's junta ordered French troops to leave the country and revoked military cooperation "
               "agreements with Paris, state television reported.")
    assert ("NERMIL", "FRAGOV", "160") in got
    assert not any(a[:3] == "FRA" and c[:2] == "16" for a, _, c in got)  # the troops told to leave revoked nothing
    # a bare infinitive conjunct is still only vowed
    assert not any(c == "174" for _, _, c in code("Russia vowed to retaliate and expel two Estonian diplomats."))


def test_retaliated_with_strikes(code: Callable[[str], Events]) -> None:
    got = code("Iranian missiles struck targets in Pakistan's Balochistan province on Tuesday, and Pakistan "
               "retaliated with airstrikes on militant hideouts inside Iran two days later.")
    assert ("IRN", "PAK", "195") in got
    assert ("PAK", "IRN", "195") in got
    assert code("Pakistan may retaliate with airstrikes on militant hideouts inside Iran, analysts said.") == []


def test_reporters_own_reaction_after_a_told_perfect_clause(code: Callable[[str], Events]) -> None:
    got = code("Egypt's foreign ministry said Israeli troops had seized the Rafah border crossing, and condemned the "
               "move as a dangerous escalation on Wednesday.")
    assert ("EGYGOV", "ISRMIL", "111") in got
    assert not any(a[:3] == "ISR" and c == "111" for a, _, c in got)
    got = code("The White House said Iran had supplied ballistic missiles to Russia and announced new sanctions on "
               "Iranian shipping firms.")
    assert ("USAGOV", "IRNBUS", "163") in got
    assert not any(a[:3] == "IRN" and c[:2] in ("16", "17") for a, _, c in got)  # Iran sanctioned no one
    # a deed conjoined in the told clause stays the told doer's
    got = code("Ukraine said Russian troops had shelled Kherson and killed two civilians.")
    assert not any(a[:3] == "UKR" for a, _, _ in got)


def test_a_mission_or_gesture_that_drew_praise(code: Callable[[str], Events]) -> None:
    got = code("Kenya deployed 400 police officers to Haiti on Tuesday, a mission that drew praise from the United "
               "States and the United Nations.")
    assert {("USA", "KEN", "051"), ("IGOUNO", "KEN", "051")} <= set(got)
    assert not any(c == "051" and b[:3] == "HTI" for _, b, c in got)
    got = code("The Dutch king visited Kenya on Monday and apologised for colonial-era abuses, a gesture welcomed by "
               "Kenyan President William Ruto.")
    assert ("KENGOV", "NLDGOV", "051") in got
    assert not any(a[:3] == "NLD" and c == "051" for a, _, c in got)


def test_disapproval_answering_an_after_clause(code: Callable[[str], Events]) -> None:
    got = code("China's foreign ministry expressed strong dissatisfaction on Friday after the Dutch government "
               "restricted exports of chipmaking equipment to Chinese firms.")
    assert ("CHNGOV", "NLDGOV", "110") in got
    assert ("CHNGOV", "USAGOV", "111") in code("Beijing condemned the decision after Washington approved an arms "
                                               "sale to Taiwan.")
    # an act noun of another kind is not the 'after' clause's: its doer is not named
    got = code("Seoul condemned the launch on Friday after Japan and the United States held talks in Tokyo.")
    assert not any(c[:2] == "11" for _, _, c in got)
    assert code("The minister expressed dissatisfaction with the pace of reforms.") == []


def test_a_critics_relative_clause_is_aimed_at_the_one_criticised(code: Callable[[str], Events]) -> None:
    got = code("Israel's killing of seven aid workers in a strike on a convoy in Gaza drew a rebuke from Australia, "
               "which demanded full accountability.")
    assert ("AUS", "ISR", "100") in got
    assert ("AUS", "ISR", "111") in got
    got = code("Georgian riot police dispersed thousands of protesters in Tbilisi with tear gas on Thursday, drawing "
               "criticism from the European Union, which called for restraint.")
    assert ("IGOEEC", "GEO", "0256") in got
    # a relative clause on a party that criticises nothing keeps its own (absent) aim
    got = code("Australia, which demanded full accountability, sent a team to Gaza on Monday.")
    assert not any(c == "100" and b for _, b, c in got)


def test_claim_in_a_relative_clause_on_the_place_of_the_attack(code: Callable[[str], Events]) -> None:
    # the parser hangs the relative clause on the last noun ("Mogadishu"): it describes the bombing
    assert ("SOMREB", "", "015") in code("The bombing of a market in Mogadishu, which al-Shabaab claimed, killed 12 "
                                         "people.")
    assert not any(c == "015" for _, _, c in code("Israeli jets struck a market in Rafah, which Hamas controls, "
                                                  "killing 12 people."))


def test_a_deed_on_the_first_clauses_act_is_not_read_as_an_answer_to_it(code: Callable[[str], Events]) -> None:
    got = code("Russia massed troops near Kharkiv on Monday, and Belarus joined the offensive two days later.")
    assert not any(a[:3] == "BLR" and b[:3] == "RUS" for a, b, _ in got)
