"""Mentions -> events, GDELT 2.0 style: one row per (date, actors, base code, place country).

Counting rules (also in the data dictionary): ``num_mentions`` counts sightings; ``num_articles``
counts distinct independent documents, a near-duplicate counting as the document it copies;
``num_sources`` counts the distinct sources of those independent documents.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

import polars as pl
import pyarrow as pa

from geoevents import CODER_VERSION
from geoevents.codebook import Codebook
from geoevents.models import Mention, Place
from geoevents.schema import arrow_schema

__all__ = ["RECORD_SCHEMA", "event_key", "events_table", "mention_records", "records_table", "unify_actors",
           "unify_mapping"]

_LEVEL = {"facility": 0, "city": 1, "water": 2, "landform": 2, "adm1": 3, "region": 4, "country": 5}


def event_key(m: Mention, codebook: Codebook) -> tuple[str, ...]:
    base = codebook.get(m.event_code).base_code
    place_country = (m.place.country_code if m.place else None) or ""
    return (m.event_date.isoformat(), m.date_precision, m.actor1.code if m.actor1 else "",
            m.actor2.code if m.actor2 else "", base, place_country)


def _hash(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def _rel(start: int | None, end: int | None, offset: int, limit: int) -> tuple[int | None, int | None]:
    """Offsets into the sentence, or nulls when the evidence lies outside it (read from context)."""
    if start is None or end is None or start < offset or end > limit or start >= end:
        return None, None
    return start - offset, end - offset


def _geo(prefix: str, p: Place | None) -> dict[str, Any]:
    return {
        f"{prefix}_name": p.name if p else None, f"{prefix}_type": p.feature_type if p else None,
        f"{prefix}_country_code": p.country_code if p else None, f"{prefix}_adm1": p.adm1 if p else None,
        f"{prefix}_adm1_code": p.adm1_code if p else None, f"{prefix}_lat": p.lat if p else None,
        f"{prefix}_lon": p.lon if p else None, f"{prefix}_feature_id": p.feature_id if p else None,
        f"{prefix}_is_centroid": p.is_centroid if p else None,
    }


def mention_records(mentions: Iterable[Mention], *, codebook: Codebook, run_id: str) -> list[dict[str, Any]]:
    """Flat records: the mentions-table columns plus the event attributes the aggregation needs."""
    out: list[dict[str, Any]] = []
    for m in mentions:
        ec = codebook.get(m.event_code)
        key = event_key(m, codebook)
        a1, a2 = m.actor1, m.actor2
        a1s, a1e = _rel(a1.start if a1 else None, a1.end if a1 else None, m.char_start, m.char_end)
        a2s, a2e = _rel(a2.start if a2 else None, a2.end if a2 else None, m.char_start, m.char_end)
        gs, ge = _rel(m.place.start if m.place else None, m.place.end if m.place else None, m.char_start, m.char_end)
        ds_, de = _rel(m.date_raw_start, (m.date_raw_start or 0) + len(m.date_raw or ""), m.char_start, m.char_end)
        rec: dict[str, Any] = {
            "mention_id": _hash([m.doc_id, str(m.sentence_index), str(m.action_start), m.event_code,
                                 key[2], key[3]]),
            "event_id": _hash(key), "doc_id": m.doc_id, "sentence_index": m.sentence_index,
            "char_start": m.char_start, "char_end": m.char_end, "sentence": m.sentence,
            "event_date": m.event_date, "date_precision": m.date_precision, "date_raw": m.date_raw,
            "event_code": m.event_code, "actor1_code": m.actor1.code if m.actor1 else None,
            "actor2_code": m.actor2.code if m.actor2 else None, "confidence": m.confidence,
            "flags": ",".join(m.flags) or None, "actor1_start": a1s, "actor1_end": a1e,
            "actor2_start": a2s, "actor2_end": a2e, "action_start": m.action_start - m.char_start,
            "action_end": m.action_end - m.char_start, "geo_start": gs, "geo_end": ge,
            "date_start": ds_ if m.date_raw else None, "date_end": de if m.date_raw else None, "run_id": run_id,
            # event attributes
            "event_base_code": ec.base_code, "event_root_code": ec.root_code,
            "place_level": _LEVEL.get(m.place.feature_type or "", 6) if m.place else 9,
            "place_confidence": m.place.confidence if m.place else 0.0,
        }
        for n, a in ((1, m.actor1), (2, m.actor2)):
            rec[f"actor{n}_name"] = a.name if a else None
            rec[f"actor{n}_country_code"] = a.country_code if a else None
            rec[f"actor{n}_type_code"] = a.type_code if a else None
        rec.update(_geo("action_geo", m.place))
        rec.update(_geo("actor1_geo", m.actor1_place))
        rec.update(_geo("actor2_geo", m.actor2_place))
        out.append(rec)
    return out


def unify_actors(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge 'South Korea' into 'South Korea's government' where the rest of the event key agrees.

    A bare country code is compatible with a typed actor of that country (KOR ~ KORGOV). Within
    mentions that share date, precision, base code and place country, a bare code takes the one typed
    code of its country in that role, when exactly one exists; the event id is then recomputed.
    """
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in records:
        key = (r["event_date"], r["date_precision"], r["event_base_code"], r["action_geo_country_code"] or "")
        groups.setdefault(key, []).append(r)
    for members in groups.values():
        for n in (1, 2):
            code_f, ctry_f, type_f = f"actor{n}_code", f"actor{n}_country_code", f"actor{n}_type_code"
            typed: dict[str, set[str]] = {}
            for r in members:
                if r[code_f] and r[type_f] and r[ctry_f]:
                    typed.setdefault(r[ctry_f], set()).add(r[code_f])
            for r in members:
                options = typed.get(r[ctry_f] or "", set())
                if r[code_f] and not r[type_f] and len(options) == 1:
                    model = next(m for m in members if m[code_f] in options)
                    for f in (code_f, type_f, f"actor{n}_name"):
                        r[f] = model[f]
    for r in records:
        r["event_id"] = _hash((r["event_date"].isoformat(), r["date_precision"], r["actor1_code"] or "",
                               r["actor2_code"] or "", r["event_base_code"], r["action_geo_country_code"] or ""))
    return records


def _record_schema() -> pa.Schema:
    """Columns of a mention record: the mentions table's, then the event attributes (all nullable)."""
    mentions, events = arrow_schema("mentions"), arrow_schema("events")
    attrs = ["event_base_code", "event_root_code",
             *(f"actor{n}_{f}" for n in (1, 2) for f in ("name", "country_code", "type_code")),
             *(n for n in events.names if n.startswith(("action_geo_", "actor1_geo_", "actor2_geo_")))]
    fields = [f.with_nullable(True) for f in mentions] + [events.field(n).with_nullable(True) for n in attrs]
    return pa.schema([*fields, pa.field("place_level", pa.int32()), pa.field("place_confidence", pa.float64())])


RECORD_SCHEMA = _record_schema()
"""Mention records as an Arrow table (what a coding task returns and a run spills to disk)."""
UNIFY_COLUMNS = ["event_date", "date_precision", "event_base_code", "action_geo_country_code",
                 *(f"actor{n}_{f}" for n in (1, 2) for f in ("code", "country_code", "type_code", "name"))]
"""The record columns ``unify_actors`` reads; it rewrites the actor ones and ``event_id``."""


def records_table(records: list[dict[str, Any]]) -> pa.Table:
    """Mention records (``mention_records``) as an Arrow table of ``RECORD_SCHEMA``."""
    return pa.Table.from_pylist(records, schema=RECORD_SCHEMA)


def unify_mapping(keys: pl.DataFrame) -> pl.DataFrame:
    """``unify_actors`` over the distinct ``UNIFY_COLUMNS`` rows of some records (first-seen order).

    Returns those columns plus ``new_<actor column>`` and ``new_event_id``: join it to the records on
    ``UNIFY_COLUMNS`` (nulls equal). Unifying the distinct rows equals unifying every record: a record's
    outcome depends only on its own columns and on the set of typed codes in its group, and the first
    record carrying a code is also the first distinct row carrying it.
    """
    rows = keys.select(UNIFY_COLUMNS).unique(maintain_order=True)
    unified = unify_actors(rows.to_dicts())
    changed = [f"actor{n}_{f}" for n in (1, 2) for f in ("code", "type_code", "name")]
    new = pl.DataFrame({f"new_{c}": [r[c] for r in unified] for c in changed}, schema={f"new_{c}": pl.String
                                                                                       for c in changed})
    return pl.concat([rows, new, pl.DataFrame({"new_event_id": [r["event_id"] for r in unified]},
                                              schema={"new_event_id": pl.String})], how="horizontal")


def events_table(records: list[dict[str, Any]] | pl.DataFrame, *, sightings: pl.DataFrame, documents: pl.DataFrame,
                 existing: pl.DataFrame, codebook: Codebook, now: dt.datetime) -> pa.Table:
    """Event rows for every event touched by ``records`` (dicts, or a frame of ``RECORD_SCHEMA`` columns).

    ``sightings``: (event_id, doc_id, confidence) of ALL mentions of those events, old and new.
    ``documents``: (doc_id, canonical_id, source_name, published_at, url, origin) of those documents.
    ``existing``: the published rows of those events (their attributes and ``date_added`` are kept).
    """
    schema = arrow_schema("events")
    new = records if isinstance(records, pl.DataFrame) else pl.DataFrame(records, infer_schema_length=None)
    if not new.height:
        return schema.empty_table()
    code = (new.group_by(["event_id", "event_code"]).agg(pl.len().alias("n"), pl.col("confidence").max().alias("c"))
            .sort(["event_id", "n", "c", "event_code"], descending=[False, True, True, False])
            .unique("event_id", keep="first").select(["event_id", "event_code"]))
    attrs = (new.sort(["event_id", "place_level", "place_confidence", "doc_id", "sentence_index"],
                      descending=[False, False, True, False, False])
             .unique("event_id", keep="first").drop("event_code").join(code, on="event_id"))
    counted = sightings.join(documents, on="doc_id", how="left")
    counts = counted.group_by("event_id").agg(
        pl.len().alias("num_mentions"),
        pl.col("canonical_id").n_unique().alias("num_articles"),
        pl.col("canonical_source").n_unique().alias("num_sources"),
        pl.col("confidence").max().alias("max_conf"),
    )
    first = (counted.sort(["event_id", "published_at", "doc_id"], nulls_last=True)
             .unique("event_id", keep="first")
             .select(["event_id", pl.col("doc_id").alias("first_doc_id"),
                      pl.coalesce("url", "origin").alias("source_url")]))
    cb = pl.DataFrame([{"event_code": c.code, "goldstein": c.goldstein, "quad_class": c.quad_class,
                        "plover_event_type": c.plover_event_type, "plover_mode": c.plover_mode}
                       for c in codebook.codes.values()])
    out = (attrs.join(counts, on="event_id", how="left").join(first, on="event_id", how="left")
           .join(cb, on="event_code", how="left"))
    out = out.with_columns(
        pl.min_horizontal(pl.lit(0.99), 1 - (1 - pl.col("max_conf")) * pl.lit(0.7).pow(pl.col("num_articles") - 1))
        .round(3).alias("confidence"),
        pl.lit(CODER_VERSION).alias("coder_version"),
        pl.lit(now).alias("date_added"), pl.lit(now).alias("last_updated"),
    )
    if existing.height:
        keep_cols = [c for c in schema.names if c not in {"num_mentions", "num_sources", "num_articles", "confidence",
                                                           "first_doc_id", "source_url", "last_updated"}]
        old = existing.select(keep_cols)
        fresh = out.filter(~pl.col("event_id").is_in(old["event_id"].implode()))
        updated = (old.join(out.select(["event_id", "num_mentions", "num_sources", "num_articles", "confidence",
                                        "first_doc_id", "source_url", "last_updated"]), on="event_id", how="inner"))
        out = pl.concat([fresh.select(schema.names), updated.select(schema.names)], how="vertical_relaxed")
    table = out.select(schema.names).sort("event_id").to_arrow()
    return table.cast(schema)
