"""False events the coder no longer gives, helper round 16 (precision): acts framed as a year or more before the
news ("two years after X crossed into Y"), reports their source flags as unconfirmed, generic present relatives
("sanctions on settlers who attack Palestinians"), past perfect relatives ("a blogger who had mocked the
army"), "threatened to" of a likely outcome ("threatened to dominate the market"), a refuge taken for where the
story happens ("fled to India"), play on a pitch or words from the stands, a participle of fighting that only
tells which armed group is meant ("the armed groups fighting them"), harm done by a natural hazard ("Nepal's
floods, which killed 200 people"), and a meeting's venue taken for its other party ("met on the Egyptian coast").
Sentences are written for these tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_act_framed_years_before_is_background(code: Callable[[str], Events]) -> None:
    events = code("Lithuania's president arrived in Kyiv on Friday, two years after Russian troops crossed into "
                  "Ukraine.", "2024-02-23")
    assert ("LTUGOV", "UKR", "042") in events
    assert not any(e[2][:2] == "19" for e in events)


def test_event_noun_framed_years_before_is_background(code: Callable[[str], Events]) -> None:
    events = code("Finland joined NATO on Tuesday, nearly a year after Russia's invasion of Ukraine prompted it to "
                  "drop its neutrality.", "2023-04-04")
    assert not any(e[2][:2] == "19" for e in events)


def test_act_framed_days_before_is_still_news(code: Callable[[str], Events]) -> None:
    events = code("Ukraine's foreign minister visited Warsaw on Monday, two weeks after Russian missiles struck "
                  "Lviv.")
    assert ("RUS", "UKR", "195") in events


def test_unconfirmed_reports_assert_nothing(code: Callable[[str], Events]) -> None:
    assert code("According to unverified reports on social media, Wagner fighters clashed with Malian troops "
                "near Tessalit.") == []
    assert code("Several local outlets reported that the Houthis had seized a Greek tanker in the Gulf of Aden, "
                "but the claim could not be confirmed.") == []


def test_confirmed_report_is_still_coded(code: Callable[[str], Events]) -> None:
    events = code("Local media reported that the Houthis had seized a Greek tanker in the Gulf of Aden, and the "
                  "group confirmed it.")
    assert any(e[0] == "YEMREB" for e in events)


def test_generic_present_relative_is_no_deed(code: Callable[[str], Events]) -> None:
    events = code("London would impose sanctions on Israeli settlers who attack Palestinians in the West Bank, "
                  "the foreign secretary said.")
    assert not any(e[2][:2] == "14" or e[2][:2] == "18" or e[2][:2] == "19" for e in events)
    assert not any(e[0] == "ISRCVL" for e in events)


def test_past_perfect_relative_is_background(code: Callable[[str], Events]) -> None:
    events = code("Kenya's president, who had sent police officers to Haiti despite a court ruling, faced "
                  "protests over a tax bill on Tuesday.")
    assert not any(e[1] == "HTI" for e in events)
    events = code("The senator, who had threatened to impose tariffs on Mexico, was re-elected on Tuesday.")
    assert not any(e[2][:2] == "13" for e in events)


def test_threatened_outcome_is_no_threat(code: Callable[[str], Events]) -> None:
    assert code("South Korean chipmaker Samsung threatened to dominate the memory market after its profits "
                "tripled.") == []
    assert code("China's solar manufacturers threatened to overwhelm European producers with cheap panels.") == []
    events = code("The Houthis threatened to attack US warships in the Red Sea if Washington struck Yemen again.")
    assert any(e[0] == "YEMREB" and e[2][:2] == "13" for e in events)


def test_refuge_is_not_where_the_story_happens(code: Callable[[str], Events]) -> None:
    events = code("Bangladesh's president dissolved parliament on Tuesday, a day after Sheikh Hasina fled to India "
                  "as protesters stormed her residence.")
    assert not any(e[0].startswith("IND") or e[1].startswith("IND") for e in events)


def test_play_and_words_from_the_stands(code: Callable[[str], Events]) -> None:
    assert code("India's captain attacked the Sri Lankan bowling from the start, and his team crushed the "
                "visitors by 302 runs.") == []
    assert code("Brazil's Vinicius Junior was racially abused by Valencia fans, and the club filed a complaint "
                "with prosecutors.") == []


def test_fighting_participle_describes_a_group(code: Callable[[str], Events]) -> None:
    events = code("Beijing hosted a meeting between Myanmar's junta and ethnic armed groups battling the military in "
                  "Shan state.")
    assert ("CHNGOV", "MMRMIL", "043") in events
    assert not any(e[2][:2] == "19" for e in events)
    assert not any(e[2][:2] == "19" for e in code("Washington sanctioned two militias fighting Israel from Syria, "
                                                   "the Treasury said."))


def test_harm_done_by_a_natural_hazard_has_no_doer(code: Callable[[str], Events]) -> None:
    assert code("Bangladesh's floods and landslides, which killed more than 150 people, were the worst in years, "
                "officials said.") == []
    events = code("Russian shelling, which killed four civilians in Kherson, drew condemnation from the UN.")
    assert any(e[0].startswith("RUS") and e[2][:2] == "19" for e in events)


def test_meeting_venue_is_no_partner(code: Callable[[str], Events]) -> None:
    assert code("Arab League foreign ministers met on the Egyptian coast on Sunday to discuss Gaza.") == []
    events = code("Egypt's foreign minister met with his Jordanian counterpart in Amman on Sunday.")
    assert any(e[0].startswith("EGY") and e[1].startswith("JOR") and e[2][:2] == "04" for e in events)
