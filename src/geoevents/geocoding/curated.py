"""Read the curated gazetteer additions (``geoevents/data/gazetteer_curated.csv``).

Columns: ``id,name,alternate_names,feature_type,feature_code,country_code,admin1_iso,lat,lon,
population,coord_source,note`` with ``country_code`` ISO alpha-2 and ``alternate_names``
separated by ``;`` or ``|``. Rows keep their ids; a bad row is an error naming its line. A first- or
second-level region row may leave ``lat``/``lon`` empty: it only adds names (``NAMES_ONLY``).
"""

from __future__ import annotations

import csv
import logging
import math
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from geoevents.errors import GazetteerError
from geoevents.geocoding.records import FEATURE_TYPES, Entry, NameKind

__all__ = ["NAMES_ONLY", "curated_path", "read_curated"]

log = logging.getLogger(__name__)
_SPLIT = re.compile(r"\s*[;|]\s*")
REQUIRED = ("id", "name", "feature_type", "country_code", "lat", "lon")
NAMES_ONLY = "curated:names-only"
"""``coord_source`` of a region row without a point: its names join the ISO 3166-2 subdivision of its
``admin1_iso`` code, which keeps the point it gets otherwise (English names of derived regions)."""


def curated_path() -> Path | None:
    """The packaged curated CSV, or None while it does not exist."""
    path = Path(str(resources.files("geoevents").joinpath("data", "gazetteer_curated.csv")))
    return path if path.is_file() else None


def read_curated(path: Path, *, alpha3: Callable[[str], str | None]) -> list[Entry]:
    """Parse the curated CSV into entries (``alpha3`` turns ISO alpha-2 into alpha-3)."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise GazetteerError(f"{path}: missing columns {missing}")
            return [_entry(row, line, alpha3) for line, row in enumerate(reader, start=2) if row.get("id")]
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise GazetteerError(f"cannot read curated gazetteer {path}: {err}") from err


def _entry(row: dict[str, str], line: int, alpha3: Callable[[str], str | None]) -> Entry:
    feature_type = (row.get("feature_type") or "").strip().lower()
    if feature_type not in FEATURE_TYPES:
        raise GazetteerError(f"curated line {line}: unknown feature_type {feature_type!r}")
    adm1_code = (row.get("admin1_iso") or "").strip().upper() or None
    names_only = not (row.get("lat") or "").strip() and not (row.get("lon") or "").strip()
    if names_only and (feature_type not in ("adm1", "adm2") or adm1_code is None):
        raise GazetteerError(f"curated line {line}: only a region with an admin1_iso code may omit its point")
    try:
        lat, lon = (math.nan, math.nan) if names_only else (float(row["lat"]), float(row["lon"]))
        population = int(float(row.get("population") or 0))
    except ValueError as err:
        raise GazetteerError(f"curated line {line}: {err}") from err
    if not names_only and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"curated line {line}: coordinate out of range ({lat}, {lon})")
    cc2 = (row.get("country_code") or "").strip().upper() or None
    name = row["name"].strip()
    alternates = [a for a in _SPLIT.split(row.get("alternate_names") or "") if a]
    names = ((name, NameKind.PRIMARY), *((a, NameKind.ALIAS) for a in alternates if a != name))
    return Entry(
        id=row["id"].strip(), name=name, feature_type=feature_type,
        feature_code=(row.get("feature_code") or "").strip().upper() or feature_type.upper(),
        country_code=alpha3(cc2) if cc2 else None, country_code2=cc2, lat=lat, lon=lon,
        population=population, adm1_code=adm1_code,
        coord_source=NAMES_ONLY if names_only
        else "curated:" + ((row.get("coord_source") or "").strip() or "unspecified"),
        source="curated", names=names,
    )
