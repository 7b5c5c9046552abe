"""Direct quotes and attribution in wire style, round 18: what a speaker says another party must do is his demand
on it (10x, the sub-code read from the act), also in a split quote; the speaker of the second half of a split
quote ('"A," X said, "and Y will pay a heavy price."') is the attribution's subject; a reported clause the parser
hung on "X, formerly Twitter" in "said in a post on X, formerly Twitter, that ..."; a direct question quoted before
"X asked reporters" is no appeal; "our" in a quote is the speaker's; "will take countermeasures against X" and
"we are grateful to X"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ('"Hamas must release all the hostages immediately," the U.S. State Department spokesman said on Monday.',
     [("USAGOV", "PSEREB", "1053")]),
    ("Egypt's foreign minister told reporters in Cairo that Israel must halt its offensive in Rafah.",
     [("EGYGOV", "ISR", "1056")]),
    # the obligation's first verb names no appeal; its conjunct does
    ('"Hamas must lay down its arms and release the hostages," Israeli Prime Minister Benjamin Netanyahu said in a '
     "televised address.", [("ISRGOV", "PSEREB", "1053")]),
    ('"Nobody wants war," Scholz said, "but Russia must withdraw its troops from Ukraine."',
     [("DEUGOV", "RUS", "1056")]),
])
def test_obligation_laid_on_another_party_is_a_demand(code: Callable[[str], Events], text: str,
                                                      expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    '"We must withdraw our troops," the Iraqi prime minister said.',  # the speaker's own side
    '"Ukraine must win this war," Polish President Andrzej Duda said in a speech in Warsaw.',  # no act asked
    '"Europe must do more for its own security," French President Emmanuel Macron said at the Sorbonne.',
    '"Russia must not withdraw its troops," the Belarusian president said.',
])
def test_obligation_that_is_no_demand(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_speaker_of_second_half_of_split_quote(code: Callable[[str], Events]) -> None:
    assert code('"We are not afraid," Hamas leader Yahya Sinwar said, "and Israel will pay a heavy price for its '
                'crimes in Gaza."') == [("PSEREB", "ISR", "130")]
    assert code('"Iran is playing with fire," Israeli Prime Minister Benjamin Netanyahu said, "and Iran will pay a '
                'heavy price for its attacks on Israeli cities."') == [("ISRGOV", "IRN", "130")]


def test_heavy_price_is_a_threat_only_said_of_the_future(code: Callable[[str], Events]) -> None:
    assert code("Israeli Prime Minister Benjamin Netanyahu said Hamas would pay a heavy price for the attack.") == [
        ("ISRGOV", "PSEREB", "130")]
    assert code("Analysts said Russia had paid a heavy price for its gains around Bakhmut.") == []
    assert code('"We will pay a heavy price if the war continues," the Ukrainian finance minister said.') == []


def test_reported_clause_after_formerly_twitter(code: Callable[[str], Events]) -> None:
    assert code("Israeli Defence Minister Yoav Gallant wrote on X, formerly Twitter, that Israeli forces had killed "
                "a senior Hezbollah commander in southern Lebanon.") == [("ISRMIL", "LBNREB", "186")]
    assert code("Polish Prime Minister Donald Tusk said in a post on X, formerly Twitter, that Poland had expelled "
                "a Russian diplomat over the sabotage attempts.") == [("POL", "RUSGOV", "174")]


@pytest.mark.parametrize("text", [
    '"Is this really the partner we want?" the opposition leader asked reporters in Berlin on Tuesday.',
    '"Where is the international community?" a Sudanese refugee in Chad asked reporters on Monday.',
])
def test_quoted_question_is_no_appeal(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_our_in_a_quote_is_the_speaker(code: Callable[[str], Events]) -> None:
    assert code('"Chinese vessels rammed our supply boat," a spokesperson for the Philippine coast guard said.') == [
        ("CHN", "PHLGOV", "190")]


def test_countermeasures_and_gratitude(code: Callable[[str], Events]) -> None:
    assert code('"China will take resolute countermeasures against the United States," the foreign ministry '
                "spokesman said.") == [("CHN", "USA", "1312")]
    assert code("China took countermeasures against nine U.S. defence companies on Friday, the foreign ministry "
                "said.") == [("CHN", "USABUS", "163")]
    assert code("The government took measures against the pandemic.") == []
    assert code('"We are deeply grateful to the United States for its support," Ukrainian President Volodymyr '
                "Zelensky said in a post on X on Sunday.") == [("UKRGOV", "USA", "051")]
    assert code('"We are grateful that the rain has stopped," a farmer in Punjab said.') == []


def test_it_after_adding_that_is_the_speaker(code: Callable[[str], Events]) -> None:
    assert code('"This is completely unacceptable," the Dutch foreign ministry said in a statement, adding that it '
                "had summoned the Russian ambassador.") == [("NLDGOV", "RUSGOV", "114")]
    # after an act on a thing, "it" is still the thing ("condemned the raid, saying it violated ...")
    assert ("NLDGOV", "RUSGOV", "114") not in code(
        "The Dutch foreign ministry condemned the raid, adding that it had violated international law.")


def test_firm_response_announced_is_a_threat(code: Callable[[str], Events]) -> None:
    assert code('"We will respond firmly to any provocation from Pyongyang," the South Korean defence ministry said '
                "in a statement on Tuesday.") == [("KORMIL", "PRKGOV", "130")]
    assert code("China will respond resolutely to the new U.S. tariffs, the commerce ministry said.") == [
        ("CHN", "USA", "130")]
    assert code('"We will respond to the letter next week," the Iranian foreign minister said.') == []
    assert code("The Russian foreign ministry did not respond to a request for comment.") == [("RUSGOV", "", "011")]


def test_talks_held_by_telephone_are_a_call(code: Callable[[str], Events]) -> None:
    assert code("The Kremlin said Putin had held talks with Chinese President Xi Jinping by telephone.") == [
        ("RUSGOV", "CHNGOV", "041")]
    assert code("Putin held talks with Chinese President Xi Jinping in Beijing on Tuesday.") == [
        ("RUSGOV", "CHNGOV", "040")]
