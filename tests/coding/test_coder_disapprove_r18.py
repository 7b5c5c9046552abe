"""Disapproval (CAMEO 11) the coder used to miss or misplace, helper round 18 (disapprove): a condemnation or
protest the parser joined to the clause a speaker reports ("X said that Y's arms sales were interference and
condemned Y"), "X said Y bore responsibility for the attack" (an accusation, not Y's own claim), an accusation noun
whose "that" clause names the accused, an object moved after its judgment ("denounced as illegal X's decision"),
the doer of the act one "hits out at" or protests against ("the detention of X by Y"), the act a drawing
participle trails past a parenthetical report, a thing of the market blamed (no accusation), and the host state
that summons an envoy in an agentless passive ("Russia's ambassador was summoned to the foreign ministry in
Warsaw"). Sentences are written for these tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def _pairs(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


def _roots(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c[:2]) for a, b, c in events}


def test_condemnation_joined_to_a_reported_clause_is_the_reporters(code: Callable[[str], Events]) -> None:
    events = code("The foreign ministry in Beijing said on Monday that Washington's arms sales to Taiwan were a gross "
                  "interference in China's internal affairs and strongly condemned the United States.")
    assert ("CHN", "USA", "111") in _pairs(events)
    events = code("Ukraine's foreign ministry said on Friday that Belarus had allowed Russian troops to fire missiles "
                  "from its territory and denounced Minsk as an accomplice in the aggression.")
    assert ("UKR", "BLR", "111") in _pairs(events)
    assert not any(a[:3] == "RUS" and c[:2] == "11" for a, b, c in events)  # (not the troops' denunciation)
    events = code("The Japanese foreign ministry said on Friday that China's survey ship had entered Japan's exclusive "
                  "economic zone and lodged a protest with Beijing.")
    assert ("JPN", "CHN", "114") in _pairs(events)
    assert not any(c == "141" for a, b, c in events)


def test_people_of_a_reported_clause_keep_their_own_denunciation(code: Callable[[str], Events]) -> None:
    events = code("Kenya's interior ministry said on Tuesday that protesters had marched to parliament and denounced "
                  "the finance bill.")
    assert ("KENCVL", "KENGOV", "111") in events  # the protesters denounce, not the ministry
    assert ("KENGOV", "KENGOV", "111") not in events


def test_bearing_responsibility_said_of_another_is_an_accusation(code: Callable[[str], Events]) -> None:
    events = code("Lebanon's caretaker Prime Minister Najib Mikati said on Tuesday that Israel bore full "
                  "responsibility for the strike on a Beirut suburb.")
    assert ("LBN", "ISR", "112") in _pairs(events)
    assert not any(c == "015" for a, b, c in events)
    events = code("Israel bears responsibility for the humanitarian catastrophe in Gaza, the Turkish foreign "
                  "minister said on Monday.")
    assert ("TUR", "ISR", "112") in _pairs(events)


def test_bearing_responsibility_said_of_itself_is_a_claim(code: Callable[[str], Events]) -> None:
    events = code("Hamas said on Sunday that it bore full responsibility for the rocket attack on Tel Aviv.")
    assert any(a[:3] == "PSE" and c == "015" for a, b, c in events)
    assert not any(c[:3] == "112" for a, b, c in events)


def test_accusation_noun_with_a_that_clause_names_the_accused(code: Callable[[str], Events]) -> None:
    events = code("Moscow's accusation that Kyiv had used a dirty bomb was rejected by Britain, France and the "
                  "United States on Monday.")
    assert ("RUS", "UKR", "112") in _pairs(events)
    events = code("The accusation by Beijing that Manila had rammed its vessel was dismissed by the Philippine coast "
                  "guard.")
    assert ("CHN", "PHL", "112") in _pairs(events)
    # a pronoun in the clause names no one accused
    assert not any(c[:3] == "112" for a, b, c in code(
        "The allegation that it had hacked the ministry's servers was denied by Beijing on Tuesday."))


def test_object_moved_after_its_judgment(code: Callable[[str], Events]) -> None:
    events = code("The European Union denounced as illegal Israel's decision to seize Palestinian land in the Jordan "
                  "Valley, EU spokesman Peter Stano said in a statement on Friday.")
    assert ("IGO", "ISR", "111") in _pairs(events)
    events = code("China condemned as unacceptable the detention of its citizens by Philippine police in Manila on "
                  "Monday, the embassy said.")
    assert ("CHN", "PHL", "111") in _pairs(events)
    assert code("The minister described as positive the talks with Iran in Muscat.") == []


def test_doer_of_the_act_hit_out_at_is_the_target(code: Callable[[str], Events]) -> None:
    events = code("Beijing hit out on Tuesday at the detention of two Chinese nationals by Indian police in New "
                  "Delhi, calling the arrests groundless.")
    assert ("CHN", "IND", "111") in _pairs(events)
    assert not any(c == "111" and not b for a, b, c in events)


def test_criticism_drawn_past_a_parenthetical_report(code: Callable[[str], Events]) -> None:
    events = code("A Turkish court on Thursday convicted a Kurdish politician of terrorism charges, state "
                  "broadcaster TRT reported, drawing criticism from the European Union.")
    assert ("IGO", "TUR", "111") in _pairs(events) and ("TUR", "TUR", "116") in _pairs(events)
    assert not any(c == "111" and b == "TURMED" for a, b, c in events)  # (not the broadcaster that reported it)


def test_market_causes_blamed_are_no_accusation(code: Callable[[str], Events]) -> None:
    assert code("Shares in Tokyo fell sharply on Monday as investors blamed weaker-than-expected export data for "
                "the slide.") == []
    assert code("Investors blamed rising bond yields for the slump, traders in London said on Friday.") == []
    # a party blamed is still accused
    events = code("Pakistan blamed India for the bombing of a bus carrying Chinese engineers, Interior Minister "
                  "Mohsin Naqvi told reporters in Islamabad on Sunday.")
    assert ("PAK", "IND", "11") in _roots(events)


def test_envoy_summoned_without_agent_is_summoned_by_the_host(code: Callable[[str], Events]) -> None:
    events = code("Russia's ambassador was summoned to the foreign ministry in Warsaw on Monday after a missile "
                  "crossed into Polish airspace.")
    assert ("POL", "RUS", "114") in _pairs(events)
    events = code("The British ambassador to Iran was summoned on Sunday over the arrest of an Iranian-British "
                  "national.")
    assert ("IRN", "GBR", "114") in _pairs(events)
    # whose envoy is not said, or summoned to a hearing, or not summoned: no complaint
    assert code("The ambassador was summoned to the ministry in Baku on Tuesday.") == []
    assert not any(c == "114" for a, b, c in code(
        "The Chinese ambassador in Manila was summoned to a court hearing on the fraud case on Monday."))
    assert code("Russia's ambassador in Warsaw was not summoned on Monday, the Polish foreign ministry said.") == []
