"""Toponym recognition and disambiguation, on sentences written for these tests."""

from __future__ import annotations

import pytest

from geoevents.geocoding.geoparser import Geoparser
from geoevents.models import Place


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
