"""A tiny gazetteer built from a GeoNames-format file and a curated CSV written here (no network)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geoevents.geocoding.build import build_gazetteer
from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.geoparser import Geoparser
from geoevents.settings import Settings

# geonameid, name, alternate names, lat, lon, feature code, country, admin1, population (our own rounded figures)
CITIES = [
    (9100001, "Seoul", "Soul,Seoul-si", 37.566, 126.978, "PPLC", "KR", "11", 9_700_000),
    (9100002, "Osan", "", 37.150, 127.077, "PPL", "KR", "13", 230_000),
    (9100003, "Pyeongtaek", "Pyongtaek", 36.992, 127.113, "PPL", "KR", "13", 470_000),
    (9100004, "Busan", "Pusan", 35.180, 129.076, "PPL", "KR", "10", 3_400_000),
    (9100005, "Suwon", "", 37.264, 127.029, "PPL", "KR", "13", 1_200_000),
    (9100006, "Paris", "Lutetia", 48.857, 2.352, "PPLC", "FR", "11", 2_100_000),
    (9100007, "Lyon", "", 45.764, 4.836, "PPL", "FR", "84", 520_000),
    (9100008, "Paris", "", 33.661, -95.556, "PPL", "US", "TX", 25_000),
    (9100009, "Dallas", "", 32.777, -96.797, "PPL", "US", "TX", 1_300_000),
    (9100010, "Houston", "", 29.760, -95.370, "PPL", "US", "TX", 2_300_000),
    (9100011, "Atlanta", "", 33.749, -84.388, "PPL", "US", "GA", 500_000),
    (9100012, "Savannah", "", 32.081, -81.091, "PPL", "US", "GA", 145_000),
    (9100013, "Tbilisi", "Tiflis", 41.715, 44.827, "PPLC", "GE", "TB", 1_100_000),
    (9100014, "Kutaisi", "", 42.268, 42.695, "PPL", "GE", "IM", 150_000),
    (9100015, "Washington, D.C.", "Washington", 38.895, -77.036, "PPLC", "US", "DC", 690_000),
    (9100016, "Mobile", "", 30.694, -88.043, "PPL", "US", "AL", 190_000),
    (9100017, "Eu", "", 50.048, 1.419, "PPL", "FR", "28", 7_000),
    (9100018, "Halden", "", 59.123, 11.387, "PPL", "NO", "30", 31_000),
    (9100019, "Western", "", -15.250, 23.130, "PPL", "ZM", "01", 9_000),
]
CURATED = [
    {"id": "test:osan-ab", "name": "Osan Air Base", "alternate_names": "Osan AB|K-55", "feature_type": "facility",
     "feature_code": "AIRB", "country_code": "KR", "admin1_iso": "KR-41", "lat": "37.0906", "lon": "127.0296",
     "population": "", "coord_source": "test", "note": "fixture"},
    {"id": "test:korea-centre", "name": "South Korea", "alternate_names": "", "feature_type": "country",
     "feature_code": "PCLI", "country_code": "KR", "admin1_iso": "", "lat": "36.4", "lon": "127.9",
     "population": "", "coord_source": "test centroid", "note": "fixture"},
    {"id": "test:yellow-sea", "name": "Yellow Sea", "alternate_names": "West Sea", "feature_type": "water",
     "feature_code": "SEA", "country_code": "", "admin1_iso": "", "lat": "35.0", "lon": "123.0",
     "population": "", "coord_source": "test", "note": "fixture"},
]


def write_dump(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for gid, name, alts, lat, lon, code, cc, admin1, pop in CITIES:
            cols = [str(gid), name, name, alts, str(lat), str(lon), "P", code, cc, "", admin1, "", "", "", str(pop),
                    "", "0", "UTC", "2024-01-01"]
            fh.write("\t".join(cols) + "\n")
    return path


def write_curated(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(CURATED[0]))
        writer.writeheader()
        writer.writerows(CURATED)
    return path


@pytest.fixture(scope="session")
def tiny_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("gaz")
    return write_dump(root / "allCountries.txt"), write_curated(root / "curated.csv")


@pytest.fixture(scope="session")
def tiny_settings(tiny_files: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Settings:
    dump, _ = tiny_files
    return Settings(geonames_dump=dump, gazetteer_path=tmp_path_factory.mktemp("cache") / "gazetteer.sqlite")


@pytest.fixture(scope="session")
def tiny_gazetteer(tiny_settings: Settings, tiny_files: tuple[Path, Path]) -> Gazetteer:
    report = build_gazetteer(tiny_settings, force=True, curated=tiny_files[1])
    assert report.built and report.rows > 0
    return Gazetteer(report.path)


@pytest.fixture(scope="session")
def geoparser(tiny_gazetteer: Gazetteer, tiny_settings: Settings) -> Geoparser:
    return Geoparser(tiny_gazetteer, settings=tiny_settings)
