"""Reported speech and attribution, helper round 17: what a speaker says it does not know is not asserted ("was not
aware of any drones crossing"); a report told to the press ("told AFP", "told reporters") or trailing its clause
after a comma (parsed as a conjunct or a relative clause) is attribution, not a statement; a bare "the agency said"
stands for the doer of the clause it tells; a speech-act participle after a reported clause is the reporter's
(", announcing sanctions"); "its" in a clause the parser hung on an outer trailing report ("X said its jets ...,
state media reported") is the inner speaker's; "the bloc" tagged as a name still refers back to the EU; an
admission that one's own forces "carried out" a strike claims it (015); the release of a cited readout is no event;
and "X told Y in a phone call that ..." is a call to Y (041). Sentences are written for these tests (not taken from
the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def _pairs(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


def test_not_aware_of_a_crossing_asserts_nothing(code: Callable[[str], Events]) -> None:
    assert code("Belarus's border committee said on Friday it was not aware of any Polish helicopters crossing "
                "into its airspace near Grodno, contradicting claims by opposition bloggers.") == []


def test_not_sure_that_troops_withdrew_asserts_nothing(code: Callable[[str], Events]) -> None:
    events = code("The Indian army chief told a seminar in New Delhi that he was not sure that Chinese troops had "
                  "pulled back from the disputed plateau.")
    assert not any(c[:2] == "08" for _a, _b, c in events)


def test_report_told_to_a_news_agency_is_no_statement(code: Callable[[str], Events]) -> None:
    events = code("It remains unclear whether the junta will free the detained ministers, a West African diplomat "
                  "familiar with the mediation told Reuters on condition of anonymity.")
    assert not any(b[:3] == "GBR" for _a, b, _c in events)
    assert not any(c == "010" for _a, _b, c in events)


def test_trailing_report_to_lawmakers_is_attribution(code: Callable[[str], Events]) -> None:
    events = code("Iran has shipped hundreds of ballistic missiles to Russia by sea across the Caspian, Britain's "
                  "intelligence chief told lawmakers in London on Tuesday.")
    assert ("IRN", "RUS", "072") in _pairs(events)
    assert not any(c == "010" for _a, _b, c in events)


def test_the_agency_said_blaming_is_the_doers_accusation(code: Callable[[str], Events]) -> None:
    events = code("Lithuanian border guards turned back 40 migrants at the frontier overnight, the agency said, "
                  "blaming Minsk for orchestrating the attempts to cross.")
    assert any(a[:3] == "LTU" and b[:3] == "BLR" and c[:3] == "112" for a, b, c in events)


def test_named_speaker_after_report_keeps_its_own_accusation(code: Callable[[str], Events]) -> None:
    events = code("Russian drones hit a power plant in Kharkiv overnight, officials said, blaming Moscow for "
                  "targeting civilian infrastructure.")
    assert not any(a[:3] == "RUS" and b[:3] == "RUS" for a, b, _c in events)


def test_announcing_participle_after_told_clause_is_the_speakers(code: Callable[[str], Events]) -> None:
    events = code("Canada's foreign minister told the House of Commons that Iran had supplied Russia with "
                  "attack drones, announcing new sanctions on Iranian defence firms.")
    assert ("IRN", "RUS", "072") in _pairs(events)
    assert any(a[:3] == "CAN" and b[:3] == "IRN" and c[:3] == "163" for a, b, c in events)
    assert not any(a[:3] == "IRN" and c[:3] == "163" for a, _b, c in events)


def test_its_under_an_outer_trailing_report_is_the_inner_speakers(code: Callable[[str], Events]) -> None:
    events = code("Pakistan's military said its jets had struck militant hideouts in Afghanistan's Khost province, "
                  "state television reported on Monday.")
    assert any(a[:3] == "PAK" and b[:3] == "AFG" and c[:2] == "19" for a, b, c in events)
    assert not any(a[:3] not in ("PAK", "") for a, _b, _c in events)


def test_the_bloc_refers_back_to_the_union(code: Callable[[str], Events]) -> None:
    events = code("The European Union said on Wednesday the bloc had frozen the assets of six Belarusian officials "
                  "involved in the crackdown on protesters.")
    assert any(a[:3] == "IGO" and c[:2] == "16" for a, _b, c in events) or any(
        a[:3] == "IGO" and c[:2] == "17" for a, _b, c in events)


def test_admitting_own_forces_carried_out_a_strike_claims_it(code: Callable[[str], Events]) -> None:
    events = code("Nigeria's air force admitted on Tuesday that its aircraft had carried out the strike on a "
                  "village in Sokoto state that killed ten farmers.")
    assert any(a[:3] == "NGA" and c == "015" for a, _b, c in events)


def test_hedged_report_gives_no_event(code: Callable[[str], Events]) -> None:
    assert code("Some analysts believe Beijing could order its coast guard to board Taiwanese vessels near Kinmen "
                "within months, a regional security expert told the BBC.") == []


def test_the_bloc_before_a_trailing_spokesman_report(code: Callable[[str], Events]) -> None:
    events = code("The European Union said the bloc had imposed fresh sanctions on Iran over drone deliveries to "
                  "Russia, a spokesman told journalists in Brussels on Monday.")
    assert any(a[:3] == "IGO" and b[:3] == "IRN" and c[:2] == "16" for a, b, c in events)
    assert not any(c == "010" for _a, _b, c in events)


def test_release_of_a_cited_readout_is_no_event(code: Callable[[str], Events]) -> None:
    events = code("According to a readout of the meeting released by the Elysee, Macron urged Tebboune to free the "
                  "jailed French-Algerian writer Boualem Sansal on humanitarian grounds.")
    assert any(a[:3] == "FRA" and b[:3] == "DZA" and c[:2] == "02" for a, b, c in events)
    assert not any(c in ("0841", "010") for _a, _b, c in events)


def test_told_in_a_phone_call_is_a_call_to_the_addressee(code: Callable[[str], Events]) -> None:
    events = code("Saudi Crown Prince Mohammed bin Salman told Iran's president in a telephone call on Sunday that "
                  "the kingdom rejected any attack on Iranian territory, state news agency SPA reported.")
    assert ("SAU", "IRN", "041") in _pairs(events)
    assert not any(c == "010" for _a, _b, c in events)


def test_told_reporters_in_a_phone_call_is_no_call(code: Callable[[str], Events]) -> None:
    events = code("A Hamas official told reporters in a phone call from Doha that the group had received the new "
                  "proposal from Egyptian mediators.")
    assert not any(c == "041" for _a, _b, c in events)
