"""Idioms and figurative verbs of wire copy (helper round 17): a verbal retort carried by a participle of speech
("hit back at X, saying ..."), "came out in support of X", "threw its support behind X", "broke bread with X",
"rattled sabres at X", "held out an olive branch to X", "put X on hold / on ice" (as "suspended X"), dismissals
of a proposal ("shot down / knocked back / waved away / threw out X's proposal", "gave short shrift to",
"turned a deaf ear to", "poured cold water on": 12x), "beat a retreat" / "raised the white flag" (0874), "put X
behind bars" (173), "threw a lifeline to X" (070), "had harsh / kind words for X", "sang the praises of X" and
"slapped X with charges", "traded barbs" (111, not the accusations' 112) -- each with its literal sense, which
gives no event.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.coding.conftest import Events


def _codes(events: Events) -> set[str]:
    return {c for _a, _b, c in events}


def test_a_retort_with_a_participle_of_speech_is_criticism(code: Callable[[str], Events]) -> None:
    events = code("The Philippine president hit back at Beijing on Saturday, saying Manila would not be "
                  "intimidated after Chinese coast guard ships fired water cannon at a supply boat.")
    assert ("PHLGOV", "CHNGOV", "111") in events
    assert not any(c.startswith("19") for c in _codes(events))
    events = code("China hit back at the United States on Monday after Washington imposed new export controls on "
                  "chips, accusing it of abusing national security concepts, the commerce ministry said.")
    assert ("CHN", "USA", "111") in events
    assert not any(c.startswith("19") for c in _codes(events))


def test_a_riposte_by_force_is_no_retort(code: Callable[[str], Events]) -> None:
    events = code("Israel hit back at Hezbollah with airstrikes on southern Lebanon, saying it had targeted rocket "
                  "launch sites.")
    assert not any(c.startswith("11") for c in _codes(events))
    assert not any(c.startswith("11") for c in _codes(code("Israel hit back at Hamas over the weekend.")))


def test_coming_out_in_support_and_throwing_support_behind_are_endorsements(
        code: Callable[[str], Events]) -> None:
    assert code("The African Union came out in support of Somalia on Wednesday in its dispute with Ethiopia over "
                "a port deal.") == [("IGOAFU", "SOM", "051")]
    assert code("France threw its support behind Morocco's autonomy plan for Western Sahara on Tuesday, "
                "President Emmanuel Macron said.") == [("FRA", "MAR", "051")]
    assert code("The results of the count came out in favour of the incumbent.") == []


def test_breaking_bread_with_a_leader_is_a_meeting(code: Callable[[str], Events]) -> None:
    assert ("SAUGOV", "SYRGOV", "040") in code(
        "Saudi Crown Prince Mohammed bin Salman broke bread with Syrian President Bashar al-Assad in Jeddah on "
        "Thursday.")
    assert code("The villagers broke bread with the visiting monks after the harvest.") == []


def test_sabre_rattling_at_a_state_is_a_threat_of_force(code: Callable[[str], Events]) -> None:
    assert code("Russia rattled its sabre at NATO on Wednesday as its bombers flew over the Baltic.")[:1] == [
        ("RUS", "IGONAT", "138")]
    assert code("The old soldier rattled his sabre at the parade.") == []


def test_an_olive_branch_is_an_intent_to_cooperate(code: Callable[[str], Events]) -> None:
    assert code("Ethiopia's prime minister Abiy Ahmed held out an olive branch to Eritrea on Thursday.") == [
        ("ETHGOV", "ERI", "030")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union put talks on a trade deal with Australia on hold on Monday after the two sides failed to "
     "agree on farm access.", [("IGOEEC", "AUS", "164")]),
    ("Washington put military aid to Egypt on hold over human rights concerns, the State Department said.",
     [("USAGOV", "EGY", "1622")]),
    ("Brussels put its talks with London on ice.", [("IGOEEC", "GBRGOV", "164")]),
])
def test_putting_on_hold_is_suspending(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_putting_on_the_agenda_is_no_suspension(code: Callable[[str], Events]) -> None:
    assert not any(c.startswith("16") for c in _codes(code(
        "The Japanese minister put the issue on the agenda for talks with South Korea.")))
    assert code("The Spanish company put the project on hold because of rising costs.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States shot down a Russian proposal for a UN resolution on Monday.", [("USA", "RUS", "120")]),
    ("The European Commission knocked back Hungary's request for the release of frozen funds.",
     [("IGOEEC", "HUN", "120")]),
    ("The Kremlin waved away a French proposal for an Olympic truce.", [("RUSGOV", "FRA", "120")]),
    ("Berlin batted away Kyiv's request for Taurus missiles.", [("DEUGOV", "UKRGOV", "120")]),
    ("Ethiopia threw out the proposal by Egypt for binding arbitration.", [("ETH", "EGY", "120")]),
    ("Ukraine's foreign minister gave short shrift to the Chinese peace plan.", [("UKRGOV", "CHN", "120")]),
    ("The Hungarian government poured cold water on the European Commission's plan to use frozen Russian assets.",
     [("HUNGOV", "IGOEEC", "120")]),
])
def test_dismissal_idioms_are_rejections(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_literal_shooting_down_and_throwing_out_stay_as_they_were(code: Callable[[str], Events]) -> None:
    assert not any(c.startswith("12") for c in _codes(code("Israel shot down a Houthi drone over the Red Sea.")))
    assert code("Police shot down three protesters in Dhaka.") == [("BGDCOP", "BGDCVL", "175")]
    assert not any(c.startswith("12") for c in _codes(code("Poland threw out the Russian ambassador.")))


def test_retreat_and_white_flag_are_military_retreat(code: Callable[[str], Events]) -> None:
    assert code("Armenian troops beat a retreat from the border villages on Tuesday.") == [("ARMMIL", "", "0874")]
    assert code("M23 rebels raised the white flag in Goma on Monday.")[:1] == [("CODREB", "", "0874")]
    assert not _codes(code("Protesters waved flags outside parliament.")) & {"0874"}


def test_putting_behind_bars_is_an_arrest(code: Callable[[str], Events]) -> None:
    assert code("Indian police put the opposition leader behind bars.") == [("INDCOP", "INDOPP", "173")]
    assert code("The bartender put the glasses behind the bar.") == []


def test_a_lifeline_is_aid(code: Callable[[str], Events]) -> None:
    assert code("The IMF threw a lifeline to Pakistan with a $3 billion loan.")[:1] == [("IGOIMF", "PAK", "070")]


def test_words_for_a_party_are_criticism_or_praise_by_their_modifier(code: Callable[[str], Events]) -> None:
    assert code("The Chinese ambassador to Ottawa had harsh words for Canada over the arrests.") == [
        ("CHNGOV", "CAN", "111")]
    assert code("The Indian prime minister had kind words for Russia at the summit.") == [("INDGOV", "RUS", "051")]
    assert code("The Indian prime minister had strong support for Russia at the summit.") == []
    assert code("Azerbaijan's president sang the praises of Turkey in Baku.") == [("AZEGOV", "TUR", "051")]


def test_slapping_with_charges_is_legal_action(code: Callable[[str], Events]) -> None:
    assert code("Thai prosecutors slapped the opposition leader with charges of insulting the monarchy.") == [
        ("THAJUD", "THAOPP", "173")]


def test_traded_barbs_are_criticism_and_traded_accusations_accusations(code: Callable[[str], Events]) -> None:
    assert code("Britain and France traded barbs on Thursday over the handling of migrant boats in the Channel.") == [
        ("GBR", "FRA", "111"), ("FRA", "GBR", "111")]
    assert code("India and Pakistan traded accusations over the attack in Kashmir.") == [
        ("IND", "PAK", "112"), ("PAK", "IND", "112")]


def test_staying_tight_lipped_declines_comment(code: Callable[[str], Events]) -> None:
    assert code("The Kremlin stayed tight-lipped on Tuesday about reports of a prisoner swap with the United "
                "States.") == [("RUSGOV", "", "011")]
    assert code("Beijing kept mum on the fate of the detained Canadians.") == [("CHNGOV", "", "011")]
    assert code("The Kremlin remained silent on Tuesday about the arrests.") == []  # (silence may be literal)
    assert code("The doctor kept the patient warm.") == []


def test_getting_on_the_phone_is_a_call(code: Callable[[str], Events]) -> None:
    assert code("Biden got on the phone with Netanyahu on Sunday.") == [("USAGOV", "ISRGOV", "041")]
    assert code("Macron picked up the phone to Putin on Friday.") == [("FRAGOV", "RUSGOV", "041")]
    assert code("The French president got on a plane to Kyiv.") == []


def test_striking_work_is_a_labour_strike(code: Callable[[str], Events]) -> None:
    events = code("Doctors in Bangladesh struck work on Monday to protest against an attack on a colleague.")
    assert events == [("BGDHLH", "BGDGOV", "143")]
    assert code("The workers resumed work at the plant on Monday.") == []


def test_taking_out_a_military_target_is_force(code: Callable[[str], Events]) -> None:
    assert code("Ukrainian forces took out a Russian command post in Kherson.") == [("UKRMIL", "RUS", "190")]
    assert code("The Pakistani government took out a loan from China.") == []
