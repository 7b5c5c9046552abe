"""First-level regions: GeoNames admin1 codes -> ISO 3166-2, and points for regions and countries.

GeoNames gives each city an admin1 code that is ISO-derived for some countries (``CA`` for
California, ``ENG`` for England) and a FIPS-era number for most (``08`` for Ontario). We map a
country's ``(country, admin1)`` groups of cities to ISO 3166-2 codes by three rules, in order:

1. *code*: an alphabetic admin1 code equal to the suffix of a top-level ISO code of the same
   country (``US`` + ``CA`` -> ``US-CA``); GeoNames' alphabetic codes are the ISO ones.
2. *curated centroid*: for each curated ADM1 centroid (a point inside its region), the
   admin1 codes of its nearest cities of the same country vote; a clear majority maps it.
3. *namesake*: a top-level subdivision whose name is also the name of cities of that country
   (a province named after its capital) maps to those cities' admin1 code when they agree.

A mapping is kept only one to one. Points for regions and countries without a curated one are
the *settled-area centre*: the middle of the box holding the 2nd..98th percentile of its
settlements' latitudes and longitudes (robust to outlying islands, near a geographic centre
rather than the biggest city); with fewer than five settlements, the population-weighted mean.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from geoevents.geocoding.names import name_key

__all__ = ["CityPoint", "map_admin1", "settled_center"]

_NEIGHBOURS = 5


@dataclass(frozen=True, slots=True)
class CityPoint:
    """What the mapping needs of a city."""

    name: str
    country_code2: str
    admin1: str
    lat: float
    lon: float
    population: int


def _percentile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def settled_center(points: Sequence[tuple[float, float, int]]) -> tuple[float, float]:
    """The settled-area centre of ``(lat, lon, population)`` points (see the module docstring)."""
    if not points:
        raise ValueError("no points")
    if len(points) < 5:
        total = sum(max(p, 1) for _, _, p in points)
        lat = sum(la * max(p, 1) for la, _, p in points) / total
        lon = sum(lo * max(p, 1) for _, lo, p in points) / total
        return round(lat, 4), round(lon, 4)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    span = _percentile(lons, 0.98) - _percentile(lons, 0.02)
    if span > 180:  # straddles the antimeridian (Russia, Fiji): measure eastwards from 0..360
        lons = sorted(lo % 360 for lo in lons)
    lat = (_percentile(lats, 0.02) + _percentile(lats, 0.98)) / 2
    lon = (_percentile(lons, 0.02) + _percentile(lons, 0.98)) / 2
    lon = (lon + 180) % 360 - 180
    return round(lat, 4), round(lon, 4)


def _dist2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlon = (lon1 - lon2 + 180) % 360 - 180
    return (lat1 - lat2) ** 2 + (dlon * math.cos(math.radians((lat1 + lat2) / 2))) ** 2


def map_admin1(
    cities: Iterable[CityPoint],
    *,
    top_level: Mapping[str, Mapping[str, str]],
    curated_centroids: Iterable[tuple[str, float, float]],
) -> dict[tuple[str, str], str]:
    """``(country alpha-2, admin1) -> ISO 3166-2``.

    ``top_level`` is ``{alpha-2: {iso code: name}}`` of top-level subdivisions;
    ``curated_centroids`` are ``(iso code, lat, lon)`` of curated ADM1 points.
    """
    by_country: dict[str, list[CityPoint]] = defaultdict(list)
    for city in cities:
        if city.admin1 and city.admin1 != "00":
            by_country[city.country_code2].append(city)
    mapping: dict[tuple[str, str], str] = {}
    taken: set[str] = set()

    def claim(cc2: str, admin1: str, iso: str) -> None:
        if (cc2, admin1) not in mapping and iso not in taken:
            mapping[(cc2, admin1)] = iso
            taken.add(iso)

    for cc2, group in by_country.items():  # 1. code
        isos = top_level.get(cc2, {})
        for admin1 in sorted({c.admin1 for c in group}):
            if admin1.isalpha() and f"{cc2}-{admin1}" in isos:
                claim(cc2, admin1, f"{cc2}-{admin1}")
    for iso, lat, lon in curated_centroids:  # 2. curated centroid
        cc2 = iso.split("-", 1)[0]
        group = by_country.get(cc2, [])
        if iso in taken or not group:
            continue
        nearest = sorted(group, key=lambda c: _dist2(lat, lon, c.lat, c.lon))[:_NEIGHBOURS]
        (admin1, votes), = Counter(c.admin1 for c in nearest).most_common(1)
        if votes * 2 > len(nearest):
            claim(cc2, admin1, iso)
    for cc2, isos in top_level.items():  # 3. namesake
        group = by_country.get(cc2, [])
        for iso, name in isos.items():
            codes = {c.admin1 for c in group if name_key(c.name) == name_key(name)}
            if len(codes) == 1 and iso not in taken:
                claim(cc2, codes.pop(), iso)
    return mapping


def centers_by_key(points: Mapping[str, list[tuple[float, float, int]]]) -> dict[str, tuple[float, float]]:
    """Settled-area centre of each group of points."""
    return {key: settled_center(pts) for key, pts in points.items() if pts}
