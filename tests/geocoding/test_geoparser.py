"""Toponym recognition and disambiguation, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoevents.geocoding.build import build_gazetteer
from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.geoparser import Geoparser
from geoevents.geocoding.recognize import Recognizer, _capitalized, _Proposal
from geoevents.models import Place
from geoevents.settings import Settings


def parse(geoparser: Geoparser, text: str, **kwargs: object) -> list[Place]:
    return geoparser.places(geoparser.nlp(text), **kwargs)  # type: ignore[arg-type]


def by_text(places: list[Place], text: str) -> Place:
    return next(p for p in places if p.text == text)


def test_air_base_beats_the_city_of_the_same_name(geoparser: Geoparser) -> None:
    text = "Fighter jets returned to Osan Air Base in Pyeongtaek on Tuesday after a week of drills."
    places = parse(geoparser, text)
    base = by_text(places, "Osan Air Base")
    assert base.feature_type == "facility" and base.feature_id == "test:osan-ab"
    assert base.lat == pytest.approx(37.09, abs=0.01) and base.lon == pytest.approx(127.03, abs=0.01)
    assert text[base.start:base.end] == "Osan Air Base"
    city = by_text(places, "Pyeongtaek")
    assert city.feature_type == "city" and city.country_code == "KOR"
    assert [p.start for p in places] == sorted(p.start for p in places)


def test_the_town_alone_is_the_town(geoparser: Geoparser) -> None:
    place = by_text(parse(geoparser, "Shops in Osan stayed shut during the holiday."), "Osan")
    assert place.feature_type == "city" and place.feature_id == "geonames:9100002"


def test_seoul_is_the_city_not_a_centroid(geoparser: Geoparser) -> None:
    place = by_text(parse(geoparser, "Negotiators met in Seoul late on Monday."), "Seoul")
    assert place.feature_type == "city" and not place.is_centroid
    assert place.lat == pytest.approx(37.566, abs=0.01) and place.country_code == "KOR"


def test_paris_is_in_france_unless_the_text_is_about_texas(geoparser: Geoparser) -> None:
    assert by_text(parse(geoparser, "Crowds gathered in Paris for the march."), "Paris").country_code == "FRA"
    texan = by_text(parse(geoparser, "A tornado hit Paris, Texas, and damaged homes near Dallas."), "Paris")
    assert texan.country_code == "USA" and texan.adm1_code == "US-TX"


def test_georgia_by_context(geoparser: Geoparser) -> None:
    caucasus = parse(geoparser, "Protesters filled the streets of Tbilisi as Georgia's parliament met.")
    assert by_text(caucasus, "Georgia").country_code == "GEO"
    south = parse(geoparser, "Storms hit Atlanta and Savannah before the governor of Georgia declared an emergency.")
    state = by_text(south, "Georgia")
    assert state.country_code == "USA" and state.feature_type == "adm1" and state.is_centroid


def test_demonyms_and_aliases_name_countries(geoparser: Geoparser) -> None:
    assert geoparser.country_of_name("South Korean") == "KOR"
    assert geoparser.country_of_name("North Koreans") == "PRK"
    assert geoparser.country_of_name("Britain's") == "GBR"
    assert geoparser.country_of_name("U.S.") == "USA"
    assert geoparser.country_of_name("Pyeongtaek") is None
    place = geoparser.resolve("French")
    assert place is not None and place.feature_type == "country" and place.country_code == "FRA"
    centroid = geoparser.country_place("kor")
    assert centroid is not None and centroid.is_centroid and centroid.feature_type == "country"


def test_demonyms_are_not_toponyms_in_running_text(geoparser: Geoparser) -> None:
    places = parse(geoparser, "French and German officials met Korean envoys in Seoul.")
    assert [p.text for p in places] == ["Seoul"]


def test_person_names_and_titles_are_not_places(geoparser: Geoparser) -> None:
    places = parse(geoparser, "President Paris said on Friday that Mr. Dallas will visit Busan.")
    assert [p.text for p in places] == ["Busan"]


def test_given_spans_resolve_exactly_those_spans_in_order(geoparser: Geoparser) -> None:
    text = "Officials in Pyeongtaek and Zzyzxville met envoys from France."
    france, zzyzx = text.index("France"), text.index("Zzyzx")
    spans = [(france, france + 6), (13, 23), (zzyzx, zzyzx + 10)]
    places = parse(geoparser, text, given_spans=spans)
    assert [p.text for p in places] == ["France", "Pyeongtaek", "Zzyzxville"]
    assert places[0].feature_type == "country" and places[0].is_centroid
    assert places[2].lat is None and places[2].lon is None
    assert [(p.start, p.end) for p in places] == spans


def test_given_spans_outside_the_text_are_an_error(geoparser: Geoparser) -> None:
    with pytest.raises(ValueError):
        parse(geoparser, "Seoul.", given_spans=[(0, 50)])


def test_resolve_uses_context_countries_and_feature_hints(geoparser: Geoparser) -> None:
    paris = geoparser.resolve("Paris", context_countries=["USA"])
    assert paris is not None and paris.country_code == "USA"
    georgia = geoparser.resolve("Georgia", context_countries=["USA"])
    assert georgia is not None and georgia.feature_type == "adm1" and georgia.adm1_code == "US-GA"
    plain = geoparser.resolve("Georgia")
    assert plain is not None and plain.country_code == "GEO"
    base = geoparser.resolve("Osan", feature_hint="facility")
    assert base is not None and base.feature_type == "facility"
    assert geoparser.resolve("Zzyzxville") is None


def test_a_common_word_is_a_town_only_with_a_cue(geoparser: Geoparser) -> None:
    assert [p.text for p in parse(geoparser, "Mobile surveillance teams were sent to Atlanta.")] == ["Atlanta"]
    assert [p.text for p in parse(geoparser, "Flights were cancelled at the Mobile Regional airport.")] == []
    place = by_text(parse(geoparser, "Flights to Mobile were cancelled on Monday."), "Mobile")
    assert place.feature_id == "geonames:9100016"


# Rows of our own invention for the cases the shared fixture has no names for (GeoNames dump columns:
# geonameid, name, alternate names, lat, lon, feature code, country, admin1, population).
_MORE_TOWNS = [
    (9200001, "Richmond", "", 37.541, -77.436, "PPLA", "US", "VA", 230_000),
    (9200002, "Richmond", "", 51.461, -0.303, "PPL", "GB", "ENG", 21_000),
    (9200003, "London", "", 51.507, -0.128, "PPLC", "GB", "ENG", 8_900_000),
    (9200004, "Norfolk", "", 36.847, -76.285, "PPL", "US", "VA", 240_000),
    (9200005, "Kelambu", "Kelam", 21.02, 79.31, "PPL", "IN", "16", 21_000),
    (9200006, "Lahore", "", 31.558, 74.351, "PPLA", "PK", "04", 6_300_000),
    (9200007, "The Hague", "Den Haag", 52.077, 4.300, "PPLG", "NL", "11", 510_000),
    (9200008, "Yellow Sea", "", 36.1, 120.3, "PPL", "CN", "08", 300_000),
]


@pytest.fixture(scope="module")
def more_towns(geoparser: Geoparser, tiny_files: tuple[Path, Path],
               tmp_path_factory: pytest.TempPathFactory) -> Geoparser:
    root = tmp_path_factory.mktemp("more-towns")
    dump = root / "allCountries.txt"
    with dump.open("w", encoding="utf-8") as fh:
        for gid, name, alts, lat, lon, code, cc, admin1, pop in _MORE_TOWNS:
            fh.write("\t".join([str(gid), name, name, alts, str(lat), str(lon), "P", code, cc, "", admin1, "", "", "",
                                str(pop), "", "0", "UTC", "2024-01-01"]) + "\n")
    settings = Settings(geonames_dump=dump, gazetteer_path=root / "gazetteer.sqlite")
    report = build_gazetteer(settings, force=True, curated=tiny_files[1])
    return Geoparser(Gazetteer(report.path), settings=settings, nlp=geoparser.nlp)


def _texts(geoparser: Geoparser, text: str) -> list[str]:
    return [p.text or "" for p in parse(geoparser, text)]


def test_a_place_word_in_a_news_outlets_name_is_no_toponym(geoparser: Geoparser) -> None:
    assert _texts(geoparser, "The Dallas Morning News said storms hit Houston on Monday.") == ["Houston"]
    assert _texts(geoparser, "Storms hit Houston, the Atlanta Journal reported.") == ["Houston"]
    assert _texts(geoparser, "Storms hit Houston, according to Television Paris and the Voice of America.") == [
        "Houston"]
    assert _texts(geoparser, "Storms hit Houston, the state news agency Dallas said.") == ["Houston"]
    assert _texts(geoparser, "Storms hit Houston and Dallas, the Paris newspapers said.") == ["Houston", "Dallas",
                                                                                              "Paris"]


def test_the_place_in_university_of_x_names_the_school(geoparser: Geoparser) -> None:
    text = "A nurse from the University of Texas treated patients in Houston."
    assert _texts(geoparser, text) == ["Houston"]
    assert _texts(geoparser, "Nurses in Texas said cases rose in Houston.") == ["Texas", "Houston"]


def test_a_country_code_on_a_dollar_sign_is_a_currency(geoparser: Geoparser) -> None:
    assert _texts(geoparser, "Exports were worth $US 15 billion last year, officials in Texas said.") == ["Texas"]
    assert _texts(geoparser, "The US crop is worth 2 billion dollars a year.") == ["US"]


def test_a_lower_case_name_tagged_a_place_is_a_common_noun(geoparser: Geoparser) -> None:
    doc = geoparser.nlp("Lions crossed the savannah near Dallas.")
    word = next(t.i for t in doc if t.text == "savannah")
    recognizer = Recognizer(geoparser.gazetteer, geoparser.nlp, demonyms=())
    assert recognizer._verdict(doc, _Proposal(word, word + 1, "ner", 0), {}, set()) is False
    capital = geoparser.nlp("Lions crossed into Savannah near Dallas.")
    word = next(t.i for t in capital if t.text == "Savannah")
    assert recognizer._verdict(capital, _Proposal(word, word + 1, "ner", 0), {}, set()) is True


def test_a_possessive_inside_a_name_keeps_the_name_whole(geoparser: Geoparser) -> None:
    doc = geoparser.nlp("Envoys of the People's Republic of Korea arrived.")
    start = next(t.i for t in doc if t.text == "People")
    assert _capitalized(doc, start, start + 5)
    assert not _capitalized(doc, start - 1, start + 5)  # "the" is lower-case


def test_a_sentence_may_start_with_a_place_called_the(more_towns: Geoparser) -> None:
    place = by_text(parse(more_towns, "The Hague hosted the talks on Monday."), "The Hague")
    assert place.country_code == "NLD"


def test_town_comma_city_holds_the_town_even_when_both_are_towns(more_towns: Geoparser) -> None:
    text = "Flu cases were found in Richmond, Virginia and in Norfolk. A third case was confirmed in Richmond, London."
    places = parse(more_towns, text)
    assert [p.country_code for p in places if p.text == "Richmond"] == ["USA", "GBR"]


def test_a_small_foreign_town_known_only_by_a_variant_needs_support(more_towns: Geoparser) -> None:
    pakistan = _texts(more_towns, "Relief flights landed in the town of Kelam, north of Lahore, Pakistan.")
    assert pakistan == ["Lahore", "Pakistan"]
    india = parse(more_towns, "Farmers near Kelam in India lost crops.")
    assert by_text(india, "Kelam").feature_id == "geonames:9200005"


def test_x_in_y_places_an_unknown_or_foreign_small_town_at_y(geoparser: Geoparser) -> None:
    text = "Storms flattened barns near Zzyzxville in Texas."
    start = text.index("Zzyzxville")
    village, _ = parse(geoparser, text, given_spans=[(start, start + 10), (text.index("Texas"), len(text) - 1)])
    assert village.feature_type == "adm1" and village.adm1_code == "US-TX" and village.confidence <= 0.3
    assert [p.text for p in parse(geoparser, text)] == ["Texas"]  # recognition alone emits no unknown name
    halden = by_text(parse(geoparser, "Storms flattened barns in Halden, Texas."), "Halden")
    assert halden.country_code == "USA" and halden.feature_type == "adm1"
    assert by_text(parse(geoparser, "Storms flattened barns in Halden and Dallas."), "Halden").country_code == "NOR"
    assert by_text(parse(geoparser, "Storms hit Eu, Savannah and Houston."), "Eu").country_code == "FRA"  # a list


def test_a_feature_word_inside_the_name_says_what_it_is(more_towns: Geoparser) -> None:
    # a town of our invention bears the sea's name; "Sea" inside the name makes it the sea
    place = by_text(parse(more_towns, "Two frigates sailed into the Yellow Sea on Friday."), "Yellow Sea")
    assert place.feature_type == "water" and place.feature_id == "test:yellow-sea"


def test_a_one_word_name_cited_with_according_to_is_a_source(geoparser: Geoparser) -> None:
    # Dallas and Paris are towns of the fixture; cited as sources they are people, "in Dallas" is the place
    texts = _texts(geoparser, "According to Dallas, the samples were tested in Paris.")
    assert texts == ["Paris"]
    assert _texts(geoparser, "According to South Korea, the drills ended.") == ["South Korea"]
