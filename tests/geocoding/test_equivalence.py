"""The fast paths give what the plain definitions give: rows as dicts, nearest distances."""

from __future__ import annotations

import dataclasses
import random

from geoevents.geocoding.disambiguate import anchors, haversine_km, nearest_km
from geoevents.geocoding.gazetteer import Row
from geoevents.geocoding.records import COLUMNS


def _row(i: int, lat: float, lon: float) -> Row:
    return Row(f"t:{i}", f"P{i}", "city", "PPL", "KOR", "KR", "11", "KR-11", "Seoul", lat, lon, 1000 + i,
               "geonames", "test", 0.3)


def test_as_dict_is_asdict_in_column_order() -> None:
    row = _row(1, 37.5, 127.0)
    assert row.as_dict() == dataclasses.asdict(row)
    assert tuple(row.as_dict()) == COLUMNS == tuple(f.name for f in dataclasses.fields(Row))


def test_nearest_km_is_the_minimum_haversine_to_the_last_bit() -> None:
    rng = random.Random(7)
    rows = [_row(i, rng.uniform(-80, 80), rng.uniform(-180, 180)) for i in range(25)]
    points = [_row(100 + i, rng.uniform(-80, 80), rng.uniform(-180, 180)) for i in range(9)]
    prepared = anchors(points)
    for row in rows:
        assert nearest_km(row, prepared) == min(haversine_km(row.lat, row.lon, p.lat, p.lon) for p in points)
    assert nearest_km(points[3], prepared) == 0.0
