"""Sources and targets the coder used to miss or misplace, helper round 17 (attachment): the author of a text or
proposal reacted to ("rejected the terms put forward by X", "is studying the plan proposed by X"), the party whose
appeals a refusal went on despite, a domestic group owning a stance noun ("rejected opposition demands"), the
other side of a swap ("freed A in exchange for B held by X"), "X as well as Y", a place the parser left after a
bare preposition ("the junta in Niamey restore ..."), the condition of a warned threat rather than the maker of the
weapons it names, and figures or videos "released" (no one set free). Sentences are written for these tests (not
taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def _pairs(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


def test_author_of_rejected_terms_is_the_target(code: Callable[[str], Events]) -> None:
    events = code("The Houthis rejected the ceasefire terms put forward by Saudi Arabia, a spokesman for the group "
                  "said in Sanaa on Sunday, calling them a trap.")
    assert any(a[:3] == "YEM" and b[:3] == "SAU" and c[:2] == "12" for a, b, c in events)


def test_author_of_welcomed_proposal_is_the_target(code: Callable[[str], Events]) -> None:
    events = code("Armenia welcomed a proposal drafted by the United States for a transit corridor through its "
                  "southern province, Prime Minister Nikol Pashinyan told lawmakers in Yerevan.")
    assert ("ARM", "USA", "051") in _pairs(events)


def test_author_of_condemned_vote_is_the_target(code: Callable[[str], Events]) -> None:
    events = code("Ukraine's foreign ministry condemned the sham referendums organised by Moscow in the occupied "
                  "regions of Zaporizhzhia and Kherson, calling them null and void.")
    assert ("UKR", "RUS", "111") in _pairs(events)


def test_considered_plan_names_its_author(code: Callable[[str], Events]) -> None:
    events = code("Kyiv is studying the peace plan proposed by Beijing, a senior adviser to President Volodymyr "
                  "Zelensky said on Thursday.")
    assert ("UKR", "CHN", "014") in _pairs(events)
    events = code("Iran is weighing its response to the new sanctions announced by Washington, foreign ministry "
                  "spokesman Nasser Kanaani said on Monday.")
    assert ("IRN", "USA", "014") in _pairs(events)


def test_considered_plan_without_author_has_no_target(code: Callable[[str], Events]) -> None:
    events = code("Kyiv is studying a peace plan drafted last year, a senior adviser to President Volodymyr "
                  "Zelensky said on Thursday.")
    assert not any(c == "014" and b for a, b, c in events)


def test_refusal_despite_appeals_targets_the_appellant(code: Callable[[str], Events]) -> None:
    events = code("Serbia rejected sanctions on Russia despite mounting pressure from the European Union, President "
                  "Aleksandar Vucic told reporters in Belgrade on Monday.")
    assert ("SRB", "IGOEEC", "120") in {(a[:3], b, c) for a, b, c in events}
    assert not any(c[:2] == "12" and b[:3] == "RUS" for a, b, c in events)


def test_refusal_despite_weather_keeps_its_object(code: Callable[[str], Events]) -> None:
    events = code("Israel rejected a ceasefire in Lebanon despite heavy rain in the north, officials said.")
    assert ("ISR", "LBN", "1246") in _pairs(events)


def test_domestic_group_owning_demands_is_the_target(code: Callable[[str], Events]) -> None:
    events = code("Serbian President Aleksandar Vucic dismissed opposition calls for a snap election on Sunday, "
                  "telling reporters in Belgrade that the vote would take place as planned in 2027.")
    assert ("SRBGOV", "SRBOPP", "120") in events
    events = code("Kyrgyzstan's President Sadyr Japarov rejected opposition demands for a referendum on the border "
                  "deal with Uzbekistan, arguing that parliament had already ratified it.")
    assert ("KGZGOV", "KGZOPP", "120") in events
    assert not any(b[:3] == "UZB" for a, b, c in events)  # a party to the deal, not to the refusal


def test_swap_is_coded_both_ways(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Azerbaijan freed four Armenian prisoners of war on Friday in exchange for two "
                         "Azerbaijani soldiers held by Yerevan, officials said."))
    assert ("AZE", "ARM", "0841") in events and ("ARM", "AZE", "0841") in events
    events = _pairs(code("Hamas released three Israeli hostages on Saturday in exchange for 183 Palestinian "
                         "prisoners, the Israeli military said."))
    assert ("ISR", "PSE", "0841") in events


def test_release_for_no_people_is_one_way(code: Callable[[str], Events]) -> None:
    events = code("Venezuela freed ten Americans on Wednesday in exchange for sanctions relief, officials in "
                  "Caracas said.")
    assert ("VEN", "USA", "0841") in _pairs(events)
    assert not any(a[:3] == "USA" for a, b, c in events)


def test_as_well_as_coordinates_targets(code: Callable[[str], Events]) -> None:
    events = _pairs(code("South Korea condemned North Korea as well as Russia on Thursday over the treaty signed "
                         "in Pyongyang."))
    assert ("KOR", "PRK", "111") in events and ("KOR", "RUS", "111") in events


def test_place_after_a_bare_preposition_locates_the_junta(code: Callable[[str], Events]) -> None:
    events = code("Nigeria's Bola Tinubu demanded that the junta in Niamey restore President Mohamed Bazoum to "
                  "power.")
    assert ("NGA", "NER", "1041") in _pairs(events)


def test_threat_targets_its_condition_not_the_weapons_maker(code: Callable[[str], Events]) -> None:
    events = code("Belarusian President Alexander Lukashenko warned on Tuesday that Minsk would use the Russian "
                  "tactical nuclear weapons stationed on its territory if Poland attacked it.")
    assert any(a[:3] == "BLR" and b == "POL" and c[:2] == "13" for a, b, c in events)
    assert not any(b[:3] == "RUS" for a, b, c in events)


def test_released_figures_and_videos_free_no_one(code: Callable[[str], Events]) -> None:
    assert code("Brazil's population grew to 212 million last year, according to census figures released by the "
                "statistics institute in Rio de Janeiro on Thursday.") == []
    events = code("Hamas released a video on Monday showing two Israeli hostages held in Gaza, the group's armed "
                  "wing said on Telegram.")
    assert not any(c[:3] == "084" for a, b, c in events)
    events = code("Belarus released 37 political prisoners on Wednesday, including a journalist, the Viasna rights "
                  "group said.")
    assert any(a == "BLR" and c == "0841" for a, b, c in events)


def test_threat_does_not_target_the_maker_of_its_weapons(code: Callable[[str], Events]) -> None:
    events = code("Belarus's defence minister warned that Minsk would not hesitate to use the Russian nuclear weapons "
                  "deployed on its soil if the country came under attack.")
    assert not any(b[:3] == "RUS" for a, b, c in events)
    events = code("Iran warned that it would deploy its drones against Israeli ships in the Red Sea, a Revolutionary "
                  "Guards commander said.")
    assert ("IRN", "ISR", "138") in _pairs(events)


def test_inquiry_body_named_for_a_country_investigates_it(code: Callable[[str], Events]) -> None:
    events = code("The independent UN commission of inquiry on Syria is investigating reports of chemical attacks "
                  "in Idlib province, its chairman told reporters on Monday.")
    assert any(a == "IGOUNO" and b == "SYR" and c[:2] == "09" for a, b, c in events)
    events = code("A UN team in Geneva is investigating reports of abuses at a detention centre, officials said.")
    assert not any(b for a, b, c in events)  # where the team sits is no remit


def test_inter_korean_ties_name_the_other_korea(code: Callable[[str], Events]) -> None:
    events = code("Pyongyang severed the inter-Korean military communication lines on Friday, days after Seoul "
                  "resumed loudspeaker broadcasts along the border, Yonhap reported.")
    assert any(a[:3] == "PRK" and b[:3] == "KOR" and c[:2] == "16" for a, b, c in events)
    assert code("Japan condemned the inter-Korean summit on Friday, officials said.") == []


def test_concession_frame_names_whom_it_yields_to(code: Callable[[str], Events]) -> None:
    events = code("Bowing to weeks of street protests, Peru's president withdrew a pension reform that would have "
                  "raised the retirement age, his office said on Friday.")
    assert any(a[:3] == "PER" and b == "PERCVL" and c[:3] == "083" for a, b, c in events)
    events = code("Bowing to pressure from farmers, the Indian government repealed three agricultural laws on "
                  "Friday, Prime Minister Narendra Modi said in a televised address.")
    assert ("INDGOV", "INDAGR", "0832") in events
    assert not any(b is None or b == "" for a, b, c in events if c[:2] == "08")
