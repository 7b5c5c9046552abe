"""Declared intentions, offers and threats (CAMEO 03x / 13x): how the modality of an announced act is read
and which intent code it gets. Sentences written for these tests (not from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Token

from geoevents.coding.intents import intent_subcode
from geoevents.coding.modality import Modality, modality_of

Events = list[tuple[str, str, str]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    from geoevents.nlp import load_nlp
    from geoevents.settings import Settings

    return load_nlp(Settings.from_env({}).spacy_model)


def _mod(nlp: Language, text: str, word: str) -> Modality:
    tok: Token = next(t for t in nlp(text) if t.text == word)
    return modality_of(tok)


# -- an announced "would" on a governing verb: "said X would keep / continue to ..." --------------------------

def test_said_would_keep_mediating_is_an_offer_to_mediate(code: Callable[[str], Events]) -> None:
    got = code("Norway said Oslo would keep facilitating negotiations between Colombia and the ELN.")
    assert sorted(got) == [("NORGOV", "COL", "039"), ("NORGOV", "COLREB", "039")]


def test_said_would_continue_to_mediate(code: Callable[[str], Events]) -> None:
    got = code("Qatar said it would continue to mediate between Israel and Hamas.")
    assert sorted(got) == [("QAT", "ISR", "039"), ("QAT", "PSEREB", "039")]


def test_said_would_keep_sending_arms_is_a_pledge(code: Callable[[str], Events]) -> None:
    assert code("Canada said Ottawa would keep sending artillery shells to Ukraine.") == [("CANGOV", "UKR", "0332")]


# -- the intent code named by the declared act's sub-code --------------------------------------------------

def test_intended_pullback_is_intent_to_de_escalate(code: Callable[[str], Events]) -> None:
    assert code("Serbia said it would pull its troops back from the border with Kosovo.") == [("SRB", "KSV", "0356")]


def test_intent_subcode_table() -> None:
    assert intent_subcode("036", "045") == "039"
    assert intent_subcode("031", "062") == "0312"
    assert intent_subcode("035", "0872") == "0356"
    assert intent_subcode("138", "2042") == "1385"
    assert intent_subcode("138", "195") == "1384"
    assert intent_subcode("138", "190") is None  # a generic use of force stays 138
    assert intent_subcode("0353", "0841") is None  # an already specific code is kept


# -- "would not hesitate to": litotes -----------------------------------------------------------------------

def test_would_not_hesitate_is_an_intent_not_a_refusal(code: Callable[[str], Events]) -> None:
    got = code("Egypt said it would not hesitate to host talks between Israel and Hamas.")
    assert sorted(got) == [("EGY", "ISR", "039"), ("EGY", "PSEREB", "039")]


def test_did_not_hesitate_is_realised(code: Callable[[str], Events]) -> None:
    got = code("Seoul did not hesitate to condemn Pyongyang's missile launch.")
    assert ("KORGOV", "PRKGOV", "111") in got


def test_hesitated_is_not_done(code: Callable[[str], Events]) -> None:
    assert code("Germany hesitated to send tanks to Ukraine.") == []


def test_would_not_hesitate_to_use_force_is_a_threat(nlp: Language) -> None:
    m = _mod(nlp, "Ankara said it would not hesitate to bomb the militants' bases.", "bomb")
    assert (m.negated, m.speculative, m.intent, m.threat) == (False, False, True, True)


# -- the nearest speaker owns a pronoun subject --------------------------------------------------------------

def test_pronoun_subject_is_the_nearest_speaker(code: Callable[[str], Events]) -> None:
    got = code("Hamas told Egyptian mediators it would free the Israeli hostages, two officials said.")
    assert got == [("PSEREB", "ISRCVL", "0353")]


# -- threats: a condition the actor sets on its own act, and the warner's own announced act ------------------

def test_conditional_intent_is_a_threat(nlp: Language) -> None:
    m = _mod(nlp, "Eritrea is ready to send troops into Ethiopia if Addis Ababa attacks its border.", "send")
    assert (m.speculative, m.intent, m.threat) == (False, True, True)
    m = _mod(nlp, "Hezbollah will strike Israel if it invades Lebanon, the group's leader said.", "strike")
    assert (m.speculative, m.intent, m.threat) == (False, True, True)


def test_unconditional_intent_is_no_threat(nlp: Language) -> None:
    m = _mod(nlp, "Eritrea is ready to send troops to Somalia.", "send")
    assert (m.intent, m.threat) == (True, False)


def test_third_party_speculation_is_no_threat(nlp: Language) -> None:
    m = _mod(nlp, "Analysts said Hezbollah could strike Israel if it invades Lebanon.", "strike")
    assert m.speculative and not m.threat


def test_analysts_account_of_an_intent_is_speculation(code: Callable[[str], Events]) -> None:
    assert code("Iran will send drones to Russia next month, experts said.") == []


def test_warned_that_it_would_is_the_warners_own_act(nlp: Language) -> None:
    m = _mod(nlp, "Iran warned that it would strike Israel.", "strike")
    assert (m.speculative, m.intent) == (False, True)
    assert m.speaker is not None and m.speaker.text == "Iran"


def test_warned_that_another_would_is_a_forecast(nlp: Language) -> None:
    assert _mod(nlp, "Ukraine warned that Russia would attack again.", "attack").speculative
    assert _mod(nlp, "Iran warned that it could strike Israel.", "strike").speculative


def test_threat_target_from_a_condition_in_an_adverbial_clause(code: Callable[[str], Events]) -> None:
    got = code("Hezbollah threatened retaliation on Sunday, saying it would respond if Israel struck Beirut again.")
    assert got == [("LBNREB", "ISR", "138")]


# -- end to end once events.py reads Modality.threat and targets.py resolves "it" under warn (see report) --

def test_conditional_force_threat_end_to_end(code: Callable[[str], Events]) -> None:
    got = code("Mali's junta told French envoys that the army would shell rebel camps if the Tuareg fighters "
               "refused to disarm.")
    assert got == [("MLIMIL", "MLIREB", "1384")]


def test_warned_it_would_end_to_end(code: Callable[[str], Events]) -> None:
    assert code("Iran warned that it would strike Israel.") == [("IRN", "ISR", "138")]


def test_a_decision_to_reduce_relations_or_coerce_is_the_act(code: Callable[[str], Events]) -> None:
    # acts with no intent code of their own (12, 16, 17): the decision announces the act
    assert code("Bolivia decided to suspend trade talks with Chile.") == [("BOL", "CHL", "164")]
    assert code("Estonia decided to expel a Belarusian diplomat.") == [("EST", "BLRGOV", "174")]
    # negated or hedged decisions are not, and a decision to cooperate stays an intention
    assert code("Bolivia decided not to suspend trade talks with Chile.") == []
    assert code("Bolivia may decide to suspend trade talks with Chile.") == []
