"""Reducing relations and rejecting, round 15: cooperation named by other nouns ("coordination", "intelligence
sharing") and cut off (160), aid stopped in a gerund ("stopped funding X": 162, not aid given), a leader's "his
government" as the speaker's state, refusals to meet or negotiate (125), typed offers ("offer of talks": 125),
asset freezes as nouns (163), and the object's type not read off an affiliation participle ("Hezbollah-linked")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Palestinian Authority halted security coordination with Israel.", [("PSEGOV", "ISR", "160")]),
    ("Niger has cut off intelligence sharing with France.", [("NER", "FRA", "160")]),
    ("Bamako suspended its collaboration with Paris on counterterrorism.", [("MLIGOV", "FRAGOV", "160")]),
])
def test_cooperation_nouns_halted_or_cut_off(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_stopped_funding_is_aid_stopped_not_given(code: Callable[[str], Events]) -> None:
    assert code("Canada stopped funding UNRWA.") == [("CAN", "IGOUNO", "162")]
    assert code("Washington ceased arming the Syrian rebels.") == [("USAGOV", "SYRREB", "1622")]
    assert code("Canada did not stop funding UNRWA.") == []
    assert code("Canada could stop funding UNRWA, a newspaper reported.") == []
    assert code("The company stopped funding the research.") == []


def test_affiliation_participle_is_not_the_object_type(code: Callable[[str], Events]) -> None:
    # "Hezbollah-linked" says whose accounts, not that ties ("link") were frozen: 163, not 161
    assert code("Kuwait froze the bank accounts of a Hezbollah-linked businessman.") == [("KWT", "LBNREB", "163")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel refused to negotiate with Hamas.", [("ISR", "PSEREB", "125")]),
    ("Zelensky refused to meet Putin.", [("UKRGOV", "RUSGOV", "125")]),
    ("Venezuela's president declined to meet the American envoy.", [("VENGOV", "USAGOV", "125")]),
    ("The Taliban refused to hand over Osama bin Laden to the United States.", [("AFGGOV", "USA", "1243")]),
    ("Israel did not refuse to negotiate with Hamas.", []),
    ("The referee refused to meet the players.", []),
])
def test_refused_to_meet_or_negotiate(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_typed_offer_or_proposal_rejected(code: Callable[[str], Events]) -> None:
    assert ("PRK", "KOR", "125") in code("North Korea rejected South Korea's offer of talks.")
    assert ("PRK", "KOR", "120") not in code("North Korea rejected South Korea's offer of talks.")
    assert code("Egypt rejected Turkey's proposal of mediation.") == [("EGY", "TUR", "126")]
    # a ceasefire proposal stays a plain rejection (test_coder_coercion)
    assert code("Israel rejected the ceasefire proposal put forward by Egypt.") == [("ISR", "EGY", "120")]


def test_leaders_own_government_or_country(code: Callable[[str], Events]) -> None:
    assert code("Colombian President Gustavo Petro said his government was severing ties with Israel.") == [
        ("COLGOV", "ISR", "161")]
    assert code("Chile's president said his country had recalled its ambassador from Israel.") == [
        ("CHLGOV", "ISR", "161")]


def test_frozen_aid_is_not_aid_given(code: Callable[[str], Events]) -> None:
    # "had frozen aid" parsed as "had [frozen aid]": no aid provided (070) to or by Mali
    assert code("The minister said his government had frozen aid to Mali.") == []
    assert code("Sweden has frozen aid to Mali.") == [("SWE", "MLI", "162")]


def test_asset_freeze_noun(code: Callable[[str], Events]) -> None:
    assert code("Britain announced an asset freeze against two Iranian generals.") == [("GBR", "IRNMIL", "163")]
    assert code("Japan imposed an asset freeze on Russian banks.") == [("JPN", "RUSBUS", "163")]
    assert code("The government imposed a hiring freeze on public sector workers.") == []
    assert code("An asset freeze can take months to enforce, lawyers said.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran refused to allow IAEA inspectors into the site.", [("IRNGOV", "IGOIAE", "1245")]),
    ("Germany refused to send Taurus missiles to Ukraine.", [("DEU", "UKR", "1222")]),
    ("Serbia refused to sign the agreement with Kosovo.", [("SRB", "KSV", "127")]),
    ("Hungary refused to allow Ukrainian officials into the meeting.", [("HUN", "UKRGOV", "120")]),
    ("Iran did not refuse to allow IAEA inspectors into the site.", []),
    ("The minister refused to comment on the talks with Iran.", []),
])
def test_refused_act_takes_its_own_rejection_code(code: Callable[[str], Events], text: str,
                                                  expected: Events) -> None:
    # "refused to V" is coded like "will not V": the refused act's 12x sub-code, not a bare 120
    assert code(text) == expected


def test_military_cooperation_suspended_is_cooperation_not_arms(code: Callable[[str], Events]) -> None:
    assert code("Military cooperation with France was suspended by Mali.") == [("MLI", "FRA", "160")]
    assert code("Seoul suspended a 2018 military agreement with Pyongyang.") == [("KORGOV", "PRKGOV", "160")]
    assert code("Russia halted arms deliveries to Iran.") == [("RUS", "IRN", "1622")]


@pytest.mark.parametrize(("text", "expected"), [
    ("US sanctions Chinese firms over drone parts for Russia", [("USA", "CHNBUS", "163")]),
    ("EU sanctions Russian oligarchs", [("IGOEEC", "RUSBUS", "163")]),
    ("China halts climate talks with US", [("CHN", "USA", "164")]),
    ("Turkey halts all trade with Israel", [("TUR", "ISR", "163")]),
    ("EU sanctions package for Russia", []),
    ("US sanctions on Iran hit oil exports", [("USA", "IRN", "163")]),
])
def test_headline_read_as_subject_verb_object(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
