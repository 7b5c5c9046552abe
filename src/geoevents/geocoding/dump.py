"""Read a user's GeoNames dump: ``allCountries.txt`` / ``citiesNNN.txt`` (tab separated, 19 columns),
and, when it lies beside it, ``alternateNamesV2.txt`` (English, abbreviation and unlabelled names).

Only what a news geoparser needs is kept: countries, first- and second-level divisions,
populated places, and named water bodies, facilities, regions and landforms.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from geoevents.errors import GazetteerError
from geoevents.geocoding.names import is_latin
from geoevents.geocoding.records import Entry, NameKind
from geoevents.geocoding.sources import alpha3_of

__all__ = ["feature_type_of", "read_dump"]

log = logging.getLogger(__name__)

_COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"}
_KEEP = {
    "H": {"OCN", "SEA", "GULF", "BAY", "STRT", "LK", "LKS", "RSV", "CHN", "SD", "RF", "LGN"},
    "S": {"AIRB", "AIRF", "AIRP", "AIRH", "PRT", "MILB", "INSM", "NVB", "CSTL", "PAL", "DAM", "PS", "PSN",
          "BDG", "CMP", "CMPRF", "PRN", "EMB", "STDM", "MNMT", "HSTS", "RECG", "HSP", "UNIV", "ZOO"},
    "L": {"CONT", "RGN", "RGNE", "AREA", "PRK", "RESV", "RESN", "DMZ", "ZN", "OILF", "GASF", "PRT"},
    "T": {"ISL", "ISLS", "MT", "MTS", "PEN", "DSRT", "VAL", "PLN", "PLAT", "CAPE", "ATOL", "VLC", "PASS"},
}


def feature_type_of(feature_class: str, feature_code: str) -> str | None:
    """Our feature type for a GeoNames class and code, or None to skip the row."""
    if feature_class == "A":
        if feature_code in _COUNTRY_CODES:
            return "country"
        return {"ADM1": "adm1", "ADM2": "adm2"}.get(feature_code)
    if feature_class == "P":
        return "city"
    if feature_code in _KEEP.get(feature_class, set()):
        return {"H": "water", "S": "facility", "L": "region", "T": "landform"}[feature_class]
    return None


def _alternates(path: Path, wanted: set[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or parts[2] not in ("", "en", "abbr", "en-US", "en-GB"):
                continue
            gid = int(parts[1])
            if gid in wanted and (len(parts) < 8 or parts[7] != "1") and is_latin(parts[3]):
                out[gid].append(parts[3])
    return out


def read_dump(path: Path, *, alternate_names: Path | None = None) -> Iterator[Entry]:
    """Entries of a GeoNames dump (raises GazetteerError on a file that is not one)."""
    if alternate_names is None:
        beside = path.with_name("alternateNamesV2.txt")
        alternate_names = beside if beside.is_file() else None
    rows: list[list[str]] = []
    try:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 19:
                    raise GazetteerError(f"{path}:{number}: expected 19 tab-separated columns, got {len(parts)}")
                if feature_type_of(parts[6], parts[7]) is not None:
                    rows.append(parts)
        extra = _alternates(alternate_names, {int(r[0]) for r in rows}) if alternate_names else {}
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise GazetteerError(f"cannot read GeoNames dump {path}: {err}") from err
    log.info("GeoNames dump %s: %d rows kept", path, len(rows))
    for parts in rows:
        gid = int(parts[0])
        name = parts[1]
        names: dict[str, int] = {name: NameKind.PRIMARY}
        for alt in extra.get(gid, []):
            names.setdefault(alt, NameKind.ALIAS)
        for alt in parts[3].split(","):
            if alt and len(alt) > 1 and is_latin(alt):
                names.setdefault(alt, NameKind.ALTERNATE)
        cc2 = parts[8] or None
        yield Entry(
            id=f"geonames:{gid}", name=name, feature_type=feature_type_of(parts[6], parts[7]) or "city",
            feature_code=parts[7], country_code=alpha3_of(cc2) if cc2 else None, country_code2=cc2,
            lat=float(parts[4]), lon=float(parts[5]), population=int(parts[14] or 0),
            admin1=parts[10] or None, source="geonames-dump", names=tuple(names.items()),
        )
