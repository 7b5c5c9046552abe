"""Rules added for gazetteer gaps and lists: US counties, named features, enumerations, inhabited islands."""

from __future__ import annotations

import pytest

from geoevents.geocoding.assemble import _counties, assemble
from geoevents.geocoding.geoparser import Geoparser
from geoevents.geocoding.records import Entry, NameKind, importance
from geoevents.geocoding.sources import CountryInfo, County, Subdivision


def _city(gid: int, name: str, admin1: str, lat: float, lon: float, pop: int) -> Entry:
    return Entry(id=f"geonames:{gid}", name=name, feature_type="city", feature_code="PPL", country_code="USA",
                 country_code2="US", lat=lat, lon=lon, population=pop, admin1=admin1,
                 names=((name, NameKind.PRIMARY),))


def test_a_county_takes_the_biggest_namesake_town_of_its_own_state() -> None:
    cities = [_city(1, "Santa Clara", "CA", 37.35, -121.96, 120_000),
              _city(2, "Santa Clara", "UT", 37.13, -113.65, 7_000),
              _city(3, "Santa Clara", "CA", 34.0, -118.0, 500)]
    subs = {"US-CA": Subdivision("US-CA", "California", "US", None, "State"),
            "US-UT": Subdivision("US-UT", "Utah", "US", None, "State")}
    counties = [County("06085", "Santa Clara County", "CA"), County("49053", "Washington County", "UT"),
                County("00000", "Santa Clara", "CA")]
    rows = _counties(counties, cities, subs)
    assert len(rows) == 1  # no town named Washington in Utah here; a name without "County" is not a county
    row = rows[0]
    assert (row.id, row.feature_type, row.adm1_code, row.lat, row.lon) == (
        "us-county:06085", "adm2", "US-CA", 37.35, -121.96)
    assert row.coord_source == "derived:namesake-city"


def test_an_inhabited_island_weighs_like_a_city_of_its_people() -> None:
    assert importance("landform", "ISL", 0) == 0.45
    assert importance("landform", "ISL", 50_000_000) > importance("city", "PPL", 5_000)
    assert importance("city", "PPLC", 1_000) == 0.75  # cities unchanged


def test_an_enumeration_of_states_keeps_its_items_in_one_country(geoparser: Geoparser) -> None:
    text = ("Colony collapse hit Canada and the United States, and France. "
            "Losses were worst in Georgia, Texas and Washington.")
    places = geoparser.places(geoparser.nlp(text))
    georgia = next(p for p in places if p.text == "Georgia")
    assert georgia.country_code == "USA" and georgia.feature_type == "adm1"


def test_a_lone_country_name_is_still_the_country(geoparser: Geoparser) -> None:
    text = "Beekeepers lost colonies in Georgia last winter, officials in Tbilisi said."
    georgia = next(p for p in geoparser.places(geoparser.nlp(text)) if p.text == "Georgia")
    assert georgia.country_code == "GEO"


def test_a_given_name_with_a_feature_word_falls_back_to_its_town(geoparser: Geoparser) -> None:
    text = "Flights resumed at Pyeongtaek Airport and ferries left Osan County."
    doc = geoparser.nlp(text)
    airport, county = geoparser.places(doc, given_spans=[(19, 37), (55, 66)])
    assert airport.feature_type == "city" and airport.lat == pytest.approx(36.992, abs=0.01)
    assert county.lat is None  # a county is seldom at the town of its name: left unresolved


def test_a_curated_county_row_lies_in_its_state_and_does_not_move_the_state() -> None:
    cities = [_city(1, "Davenport", "IA", 41.52, -90.58, 100_000), _city(2, "Des Moines", "IA", 41.60, -93.61,
                                                                         210_000)]
    iowa = Subdivision("US-IA", "Iowa", "US", None, "State")
    county = Entry(id="cur:us-county-19163", name="Scott County", feature_type="adm2", feature_code="ADM2",
                   country_code="USA", country_code2="US", lat=41.6, lon=-90.6, adm1_code="US-IA",
                   coord_source="curated:derived settled-area centre", source="curated",
                   names=(("Scott County", NameKind.PRIMARY),))
    us = CountryInfo(geonameid=6252001, alpha2="US", alpha3="USA", name="United States", capital="Washington",
                     population=330_000_000, names=(("United States", NameKind.PRIMARY),))
    rows = {r.id: r for r in assemble(cities, countries=[us], subdivisions=[iowa], continents=[], curated=[county])}
    assert rows["cur:us-county-19163"].adm1_code == "US-IA"
    state = next(r for r in rows.values() if r.feature_type == "adm1" and r.adm1_code == "US-IA")
    assert (state.lat, state.lon) != (41.6, -90.6)  # the county's point does not stand for all of Iowa
