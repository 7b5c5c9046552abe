"""Negation and refusal (helper round 17): the asserted events of a negated sentence and announced refusals.

A refused deployment abroad ("ruled out sending troops to Ukraine": 1222), a refused attendance aimed at the
meeting's owner and kept though the meeting is dated ahead ("will not attend the NATO summit next month"), a
refused extradition aimed at the state that wants the suspects, "will no longer allow", "vowed never to",
"denied X's request" (a refusal, unlike a denial of a charge), "will not join EU sanctions" (1232); "they" of a
group set against its negated clause ("The Houthis did not claim ..., but they fired ..."), "not only / not
merely" (no negation), a participle set against a negated strike ("hitting only ..."), a veto where the Security
Council failed to adopt a text; and what gives nothing: a time clause awaited under a future refusal ("until Y
cracks down"), plain negations and a trailing ", the ministry insisted".
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def _codes(events: Events) -> set[str]:
    return {c for _a, _b, c in events}


def test_ruling_out_troops_for_a_state_is_a_refused_request_for_military_aid(code: Callable[[str], Events]) -> None:
    assert code("Poland ruled out sending combat troops to Ukraine on Thursday, saying its priority was to defend "
                "NATO's eastern flank, Prime Minister Donald Tusk told reporters in Warsaw.") == [
        ("POL", "UKR", "1222")]
    assert ("GHA", "HTI", "1224") in code(
        "Ghana will not send peacekeepers to Haiti next year, the defence minister said on Tuesday.")
    # a deployment to one's own border is no refused aid
    assert code("Poland will not deploy additional soldiers to its border with Belarus, the defence ministry "
                "said.") == []


def test_a_refused_attendance_is_aimed_at_the_meetings_owner(code: Callable[[str], Events]) -> None:
    events = code("Hungarian Prime Minister Viktor Orban will not attend the NATO summit in Washington next month, "
                  "his chief of staff said on Monday.")
    assert events == [("HUNGOV", "IGONAT", "125")]  # (refused now, though the summit is dated ahead)
    assert ("HUNGOV", "RUS", "125") in code("Viktor Orban will not attend Russia's Victory Day parade in Moscow.")
    # a state named before the meeting is its topic, not its owner: the host
    assert code("Poland will not attend the Ukraine reconstruction conference in Berlin next week, the foreign "
                "ministry said.") == [("POL", "DEU", "125")]
    assert code("Viktor Orban did not attend the NATO summit in Washington last month.") == []


def test_a_refused_extradition_is_aimed_at_the_state_that_wants_the_suspects(code: Callable[[str], Events]) -> None:
    assert code("Pakistan refused to extradite the two suspects wanted by India over the Pathankot attack, the "
                "foreign office in Islamabad said on Friday.") == [("PAK", "IND", "121")]
    events = code("Iran will not hand over the detained French tourists, judiciary spokesman Asghar Jahangir told "
                  "reporters in Tehran on Tuesday.")
    assert ("IRN", "FRACVL", "1243") in events
    assert code("Iran has not handed over the detained French tourists, their families said.") == []


def test_will_no_longer_allow_is_a_refusal_and_no_longer_allows_is_none(code: Callable[[str], Events]) -> None:
    assert ("NERMIL", "USAMIL", "120") in code(
        "Niger's military government will no longer allow US troops to operate from the drone base in Agadez, a "
        "spokesman for the junta said on state television.")
    assert code("Niger no longer allows US troops to operate from the drone base in Agadez.") == []


def test_vowing_never_to_negotiate_is_a_refused_meeting(code: Callable[[str], Events]) -> None:
    events = code("Kenya's president vowed never to negotiate with al-Shabaab, speaking after the militants killed "
                  "12 soldiers near the Somali border.")
    assert ("KENGOV", "SOMREB", "125") in events
    assert code("The minister promised not to raise taxes next year.") == []


def test_denying_a_request_is_a_refusal_not_a_denial(code: Callable[[str], Events]) -> None:
    assert code("Egypt denied Israel's request to deploy troops along the Philadelphi corridor, two Egyptian "
                "officials said on Sunday.") == [("EGY", "ISR", "120")]
    assert code("China denied sending warships into Vietnamese waters near the Paracel islands, calling the reports "
                "fabricated, foreign ministry spokeswoman Mao Ning said.") == []


def test_refusing_to_join_sanctions_rejects_a_call_for_a_policy(code: Callable[[str], Events]) -> None:
    assert code("Serbia will not join EU sanctions against Russia, President Aleksandar Vucic told reporters in "
                "Belgrade.") == [("SRB", "IGOEEC", "1232")]
    assert code("Hungary joined the EU sanctions against Belarus on Monday.") == [("HUN", "BLR", "163")]


def test_they_of_a_group_set_against_its_negated_clause_is_the_group(code: Callable[[str], Events]) -> None:
    events = code("The Houthis did not claim the attack on the Greek tanker, but they fired three drones at a US "
                  "destroyer in the Red Sea on Friday, the Pentagon said.")
    assert [(a, b) for a, b, c in events if c[:2] == "19"] == [("YEMREB", "USA")]
    assert code("The Houthis did not fire any drones at the US destroyer, the Pentagon said.") == []


def test_not_only_and_not_merely_assert_the_act(code: Callable[[str], Events]) -> None:
    assert ("PAK", "INDGOV", "174") in code("Pakistan did not merely protest, it expelled India's deputy envoy on "
                                            "Thursday.")
    assert ("CHNGOV", "USAGOV", "164") in code(
        "Beijing did not just condemn the visit; it also suspended military talks with Washington, the foreign "
        "ministry said.")
    assert code("Pakistan did not expel India's deputy envoy on Thursday.") == []


def test_a_participle_set_against_a_negated_strike_hits_the_same_side(code: Callable[[str], Events]) -> None:
    events = code("Israel did not strike Iranian nuclear facilities in the overnight raid, hitting only air-defence "
                  "radars, the military said.")
    assert [(a, b) for a, b, c in events if c[:2] == "19"] == [("ISR", "IRN")]
    assert code("Israel did not strike Iranian nuclear facilities in the overnight raid, the military said.") == []


def test_a_veto_where_the_council_failed_to_adopt_a_text_is_aimed_at_the_un(code: Callable[[str], Events]) -> None:
    assert code("The Security Council failed to adopt the text after Russia cast its veto on Monday, diplomats "
                "said.") == [("RUS", "IGOUNS", "129")]
    assert code("The Security Council failed to adopt the text on Monday, diplomats said.") == []


def test_a_time_clause_awaited_under_a_future_refusal_is_no_event(code: Callable[[str], Events]) -> None:
    events = code("Turkey will not approve Sweden's bid to join NATO until Stockholm cracks down on Kurdish "
                  "militants, President Recep Tayyip Erdogan told lawmakers in Ankara.")
    assert not any(c.startswith("17") for c in _codes(events))
    assert code("Washington will lift the sanctions once Caracas frees the detained Americans, a State Department "
                "official said.") == []
    # a past clause of 'after' is asserted
    assert any(c.startswith("19") for c in _codes(code(
        "Iran would not comment after Israel struck its consulate in Damascus on Monday.")))


def test_a_trailing_insisted_is_attribution_not_a_demand(code: Callable[[str], Events]) -> None:
    assert code("Russia never attacked civilian targets in Kharkiv, the defence ministry in Moscow insisted on "
                "Friday.") == []
    assert code("Israeli troops did not fire at the crowd, the army insisted on Thursday.") == []
    assert ("IGOUNO", "", "100") in code("Israel struck the camp, and the United Nations insisted on an "
                                         "investigation.")


def test_it_and_its_after_but_are_the_negated_clauses_subject(code: Callable[[str], Events]) -> None:
    events = code("North Korea has not conducted a nuclear test since 2017, but it fired two short-range ballistic "
                  "missiles into the sea off its east coast on Thursday, South Korea's military said.")
    assert events == [("PRK", "", "150")]  # (not the speaker's: the parser hangs "it fired" on "said")
    events = code("Hezbollah has never recognised Israel, but on Tuesday its fighters fired anti-tank missiles at "
                  "an Israeli army post near Metula, the Israeli military said.")
    assert [(a[:3], b[:3]) for a, b, c in events if c[:2] == "19"] == [("LBN", "ISR")]
    assert not any(a.startswith("ISR") for a, _b, _c in events)
