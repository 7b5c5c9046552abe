"""First-level regions: GeoNames admin1 codes -> ISO 3166-2, and points for regions and countries.

GeoNames gives each city an admin1 code that is ISO-derived for some countries (``CA`` for
California, ``ENG`` for England) and a FIPS-era number for most (``08`` for Ontario). We map a
country's ``(country, admin1)`` groups of cities to ISO 3166-2 codes by three rules, in order:

1. *code*: an alphabetic admin1 code equal to the suffix of a top-level ISO code of the same
   country (``US`` + ``CA`` -> ``US-CA``); GeoNames' alphabetic codes are the ISO ones.
2. *curated centroid*: for each curated ADM1 centroid (a point inside its region), the
   admin1 codes of its seven nearest cities of the same country vote; pairs are taken in order
   of their share of the votes (at least 40%), each code and each region once.
3. *namesake*: a top-level subdivision whose name is also the name of cities of that country
   (a province named after its capital) maps to those cities' admin1 code when they agree.
4. *stem*: a word of a still unmapped subdivision's name that begins with the name (or an
   alternate name) of one of the three biggest cities of a still unmapped admin1 group, less a
   final vowel (at least five letters left then, else four; "Sucúa" is too short for
   "Sucumbíos") ("Novosibirskaya oblast'" <- Novosibirsk,
   "Stockholms län" <- Stockholm, "Tverskaya oblast'" <- Tver). The biggest such city decides
   (Stockholm outranks the smaller Södermalm for "Stockholms län"); a region or group with two
   equally good partners is left out.

A mapping is kept only one to one. Points for regions and countries without a curated one are
the *settled-territory centre*: the area centroid of the convex hull of its settlements, after
dropping the 1% outermost on each axis (outlying islands, exclaves). Settlements of 500+ people
reach into a country's remote parts, so this lands near the geographic centre rather than the
biggest city; with fewer than five settlements, the population-weighted mean.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from geoevents.geocoding.names import name_key

__all__ = ["CityPoint", "map_admin1", "settled_center"]

_NEIGHBOURS = 7
_TRIM = 0.01


@dataclass(frozen=True, slots=True)
class CityPoint:
    """What the mapping needs of a city."""

    name: str
    country_code2: str
    admin1: str
    lat: float
    lon: float
    population: int
    names: tuple[str, ...] = ()
    """Alternate names (the stem rule matches them too)."""


_VOWELS = frozenset("aeiouy")


def _stem(key: str) -> str | None:
    """A one-word city key less a final vowel: four letters or more, five when a vowel went."""
    if " " in key or not key:
        return None
    stem = key[:-1] if key[-1] in _VOWELS else key
    return stem if len(stem) >= (5 if stem != key else 4) else None


def _stem_pairs(group: list[CityPoint], isos: Mapping[str, str]) -> list[tuple[str, str]]:
    """Rule 4 of the module docstring over the unmapped cities and regions of one country."""
    leaders: dict[str, list[CityPoint]] = defaultdict(list)
    for city in sorted(group, key=lambda c: -c.population):
        if len(leaders[city.admin1]) < 3:
            leaders[city.admin1].append(city)
    stems: dict[str, list[tuple[int, str]]] = defaultdict(list)  # stem -> (rank, admin1)
    for admin1, cities in leaders.items():
        for rank, city in enumerate(cities):
            for stem in {s for n in (city.name, *city.names) if (s := _stem(name_key(n)))}:
                stems[stem].append((rank, admin1))
    best: dict[str, tuple[int, set[str]]] = {}
    for iso, name in isos.items():
        words = [w for w in name_key(name).split() if len(w) >= 4]
        for word in words:
            for size in range(4, len(word) + 1):
                for rank, admin1 in stems.get(word[:size], ()):
                    top_rank, codes = best.get(iso, (rank, set()))
                    if rank < top_rank:
                        best[iso] = (rank, {admin1})
                    elif rank == top_rank:
                        best[iso] = (rank, codes | {admin1})
    claims: dict[str, list[tuple[int, str]]] = defaultdict(list)  # admin1 -> (rank, iso)
    for iso, (rank, codes) in best.items():
        if len(codes) == 1:
            claims[next(iter(codes))].append((rank, iso))
    pairs = []
    for admin1, by_rank in claims.items():
        top_rank = min(rank for rank, _ in by_rank)
        winners = [iso for rank, iso in by_rank if rank == top_rank]
        if len(winners) == 1:
            pairs.append((winners[0], admin1))
    return sorted(pairs)


def _percentile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull (Andrew's monotone chain), counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _polygon_centroid(poly: list[tuple[float, float]]) -> tuple[float, float] | None:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1], strict=True):
        step = x0 * y1 - x1 * y0
        area += step
        cx += (x0 + x1) * step
        cy += (y0 + y1) * step
    if abs(area) < 1e-9:
        return None
    return cx / (3 * area), cy / (3 * area)


def settled_center(points: Sequence[tuple[float, float, int]]) -> tuple[float, float]:
    """The centre of the settled territory of ``(lat, lon, population)`` points (module docstring)."""
    if not points:
        raise ValueError("no points")
    total = sum(max(p, 1) for _, _, p in points)
    mean = (sum(la * max(p, 1) for la, _, p in points) / total, sum(lo * max(p, 1) for _, lo, p in points) / total)
    if len(points) < 5:
        return round(mean[0], 4), round(mean[1], 4)
    lons = sorted(p[1] for p in points)
    shift = _percentile(lons, 0.98) - _percentile(lons, 0.02) > 180  # straddles the antimeridian
    xy = [((lo % 360) if shift else lo, la) for la, lo, _ in points]
    xs, ys = sorted(x for x, _ in xy), sorted(y for _, y in xy)
    x_lo, x_hi = _percentile(xs, _TRIM), _percentile(xs, 1 - _TRIM)
    y_lo, y_hi = _percentile(ys, _TRIM), _percentile(ys, 1 - _TRIM)
    kept = [(x, y) for x, y in xy if x_lo <= x <= x_hi and y_lo <= y <= y_hi]
    centre = _polygon_centroid(_hull(kept))
    if centre is None:
        return round(mean[0], 4), round(mean[1], 4)
    lon = (centre[0] + 180) % 360 - 180
    return round(centre[1], 4), round(lon, 4)


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
    votes: list[tuple[float, str, str, str]] = []
    for iso, lat, lon in curated_centroids:  # 2. curated centroid: strongest votes first, one to one
        cc2 = iso.split("-", 1)[0]
        group = by_country.get(cc2, [])
        if iso in taken or not group:
            continue
        nearest = sorted(group, key=lambda c: _dist2(lat, lon, c.lat, c.lon))[:_NEIGHBOURS]
        for admin1, count in Counter(c.admin1 for c in nearest).items():
            votes.append((count / len(nearest), iso, cc2, admin1))
    for share, iso, cc2, admin1 in sorted(votes, reverse=True):
        if share >= 0.4:
            claim(cc2, admin1, iso)
    for cc2, isos in top_level.items():  # 3. namesake
        group = by_country.get(cc2, [])
        biggest: dict[str, list[CityPoint]] = defaultdict(list)
        for city in sorted(group, key=lambda c: -c.population):
            if len(biggest[city.admin1]) < 3:
                biggest[city.admin1].append(city)
        leaders = [c for cities_ in biggest.values() for c in cities_]
        for iso, name in isos.items():
            codes = {c.admin1 for c in leaders if name_key(c.name) == name_key(name)}
            if len(codes) == 1 and iso not in taken:
                claim(cc2, codes.pop(), iso)
    for cc2, isos in top_level.items():  # 4. stem
        open_isos = {iso: name for iso, name in isos.items() if iso not in taken}
        open_group = [c for c in by_country.get(cc2, []) if (cc2, c.admin1) not in mapping]
        if open_isos and open_group:
            for iso, admin1 in _stem_pairs(open_group, open_isos):
                claim(cc2, admin1, iso)
    return mapping


def centers_by_key(points: Mapping[str, list[tuple[float, float, int]]]) -> dict[str, tuple[float, float]]:
    """Settled-area centre of each group of points."""
    return {key: settled_center(pts) for key, pts in points.items() if pts}
