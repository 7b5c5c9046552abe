"""GazetteerGeocoder speaks geopy: Locations with raw rows, geopy's exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from geopy.exc import GeocoderQueryError, GeocoderServiceError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.geocoder import GazetteerGeocoder
from geoevents.settings import Settings


def test_geocode_returns_a_geopy_location_with_the_gazetteer_row(tiny_gazetteer: Gazetteer) -> None:
    geocoder = GazetteerGeocoder(tiny_gazetteer)
    assert isinstance(geocoder, Geocoder)
    loc = geocoder.geocode("Pyeongtaek")
    assert isinstance(loc, Location)
    assert loc.raw["id"] == "geonames:9100003" and loc.raw["country_code"] == "KOR"
    assert loc.latitude == pytest.approx(36.992) and loc.longitude == pytest.approx(127.113)


def test_ranking_prefers_the_capital_and_filters_by_country_and_type(tiny_gazetteer: Gazetteer) -> None:
    geocoder = GazetteerGeocoder(tiny_gazetteer)
    all_paris = geocoder.geocode("Paris", exactly_one=False)
    assert isinstance(all_paris, list) and all_paris[0].raw["country_code"] == "FRA"
    texan = geocoder.geocode("Paris", country_codes=["US"])
    assert isinstance(texan, Location) and texan.raw["adm1_code"] == "US-TX"
    base = geocoder.geocode("Osan AB", feature_types=["facility"])
    assert isinstance(base, Location) and base.raw["feature_code"] == "AIRB"
    assert geocoder.geocode("Nowhere-upon-Nothing") is None


def test_an_empty_query_is_a_geocoder_query_error(tiny_gazetteer: Gazetteer) -> None:
    with pytest.raises(GeocoderQueryError):
        GazetteerGeocoder(tiny_gazetteer).geocode("  ")


def test_a_gazetteer_that_cannot_open_is_a_geocoder_service_error(tmp_path: Path) -> None:
    broken = tmp_path / "gazetteer.sqlite"
    broken.write_text("not a database", encoding="utf-8")
    geocoder = GazetteerGeocoder(settings=Settings(gazetteer_path=broken, geonames_dump=tmp_path / "missing.txt"))
    with pytest.raises(GeocoderServiceError):
        geocoder.geocode("Seoul")


def test_the_offline_geocoder_refuses_network_requests(tiny_gazetteer: Gazetteer) -> None:
    geocoder = GazetteerGeocoder(tiny_gazetteer)
    with pytest.raises(GeocoderServiceError):
        geocoder.adapter.get_json("http://127.0.0.1:9/", timeout=1, headers={})
