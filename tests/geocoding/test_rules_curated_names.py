"""Curated rows without a point add names (English ones, say) to an ISO 3166-2 region that keeps its own point."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geoevents.errors import GazetteerError
from geoevents.geocoding.build import build_gazetteer
from geoevents.geocoding.curated import NAMES_ONLY, read_curated
from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.sources import alpha3_of
from geoevents.settings import Settings
from tests.geocoding.conftest import CURATED

NAMES_ROW = {"id": "test:texas-name", "name": "Lone Star State", "alternate_names": "Tejas Region",
             "feature_type": "adm1", "feature_code": "ADM1", "country_code": "US", "admin1_iso": "US-TX", "lat": "",
             "lon": "", "population": "", "coord_source": "", "note": "fixture: a name only"}


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(CURATED[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_names_only_row_names_the_region_and_keeps_its_derived_point(
        tmp_path: Path, tiny_files: tuple[Path, Path]) -> None:
    curated = _write(tmp_path / "curated.csv", [*CURATED, NAMES_ROW])
    settings = Settings(geonames_dump=tiny_files[0], gazetteer_path=tmp_path / "g.sqlite")
    report = build_gazetteer(settings, force=True, curated=curated)
    with Gazetteer(report.path) as gazetteer:
        texas = [c.row for c in gazetteer.lookup("Lone Star State")]
        assert [(r.feature_type, r.adm1_code) for r in texas] == [("adm1", "US-TX")]
        assert texas[0].coord_source.startswith("derived") and texas[0].name == "Texas"
        assert 29.0 < texas[0].lat < 34.0  # between Dallas, Houston and Paris, TX
        assert [c.row.id for c in gazetteer.lookup("Tejas Region")] == [texas[0].id]
        assert gazetteer.by_id("test:texas-name") is None


def test_only_a_region_row_may_leave_out_its_point(tmp_path: Path) -> None:
    rows = read_curated(_write(tmp_path / "ok.csv", [NAMES_ROW]), alpha3=alpha3_of)
    assert rows[0].coord_source == NAMES_ONLY
    facility = {**CURATED[0], "lat": "", "lon": ""}
    with pytest.raises(GazetteerError, match="omit its point"):
        read_curated(_write(tmp_path / "bad.csv", [facility]), alpha3=alpha3_of)
