"""The codebook of a bundle: the CAMEO event codes and the actor codes its events use."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from geoevents.codebook import load_codebook
from geoevents.publish.gdelt import country_name

__all__ = ["ACTOR_CODE_SCHEMA", "EVENT_CODE_SCHEMA", "actor_codes", "event_codes"]

EVENT_CODE_SCHEMA = pa.schema([
    pa.field("code", pa.string(), nullable=False), pa.field("name", pa.string()),
    pa.field("root_code", pa.string()), pa.field("base_code", pa.string()), pa.field("goldstein", pa.float64()),
    pa.field("quad_class", pa.int32()), pa.field("plover_event_type", pa.string()),
    pa.field("plover_mode", pa.string()), pa.field("events", pa.int64(), nullable=False),
])
ACTOR_CODE_SCHEMA = pa.schema([
    pa.field("actor_code", pa.string(), nullable=False), pa.field("actor_name", pa.string()),
    pa.field("country_code", pa.string()), pa.field("country_name", pa.string()),
    pa.field("igo_code", pa.string()), pa.field("igo_name", pa.string()),
    pa.field("type_code", pa.string()), pa.field("type_name", pa.string()),
    pa.field("events", pa.int64(), nullable=False),
])
DESCRIPTIONS: dict[str, str] = {
    "code": "CAMEO event code (root, base or full code).",
    "name": "CAMEO name of the code.",
    "root_code": "Two-digit root code.",
    "base_code": "Three-digit base code.",
    "goldstein": "Goldstein score (-10..10).",
    "quad_class": "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
    "plover_event_type": "PLOVER event type of the code.",
    "plover_mode": "PLOVER mode, where the crosswalk gives one.",
    "events": "Events of this bundle that use the code.",
    "actor_code": "CAMEO-style actor code as used in actor1_code/actor2_code.",
    "actor_name": "Most frequent actor name coded with this code in the bundle.",
    "country_code": "ISO 3166-1 alpha-3 country of the actor.",
    "country_name": "Name of that country (GeoNames).",
    "igo_code": "IGO code when the actor is an international organisation.",
    "igo_name": "Name of the IGO.",
    "type_code": "CAMEO actor type code.",
    "type_name": "Name of the actor type.",
}
_CODE_COLUMNS = ("event_code", "event_base_code", "event_root_code")


def event_codes(events: pa.Table) -> pa.Table:
    """Every CAMEO code (full, base and root) the events use, with its codebook entry."""
    book = load_codebook()
    used: set[str] = set()
    for column in _CODE_COLUMNS:
        used |= {c for c in events.column(column).to_pylist() if c}
    rows: list[dict[str, Any]] = []
    for code in sorted(used):
        entry = book.codes.get(code)
        hits = pc.equal(events.column(_CODE_COLUMNS[0]), code)
        for column in _CODE_COLUMNS[1:]:
            hits = pc.or_(hits, pc.equal(events.column(column), code))
        rows.append({"code": code, "name": entry.name if entry else None,
                     "root_code": entry.root_code if entry else None, "base_code": entry.base_code if entry else None,
                     "goldstein": entry.goldstein if entry else None, "quad_class": entry.quad_class if entry else None,
                     "plover_event_type": entry.plover_event_type if entry else None,
                     "plover_mode": entry.plover_mode if entry else None,
                     "events": int(pc.sum(hits.cast(pa.int64())).as_py() or 0)})
    return pa.Table.from_pylist(rows, schema=EVENT_CODE_SCHEMA)


def actor_codes(events: pa.Table) -> pa.Table:
    """Every actor code the events use, split into country or IGO and type, with names."""
    book = load_codebook()
    names: dict[str, Counter[str]] = {}
    info: dict[str, tuple[str | None, str | None]] = {}
    counts: Counter[str] = Counter()
    for n in (1, 2):
        cols = [events.column(f"actor{n}_{c}").to_pylist() for c in ("code", "name", "country_code", "type_code")]
        for code, name, country, kind in zip(*cols, strict=True):
            if not code:
                continue
            counts[code] += 1
            names.setdefault(code, Counter())[name or ""] += 1
            info.setdefault(code, (country, kind))
    rows = []
    for code in sorted(counts):
        country, kind = info[code]
        igo = code[:3] if country is None and code[:3] in book.igos else None
        rows.append({"actor_code": code, "actor_name": names[code].most_common(1)[0][0] or None,
                     "country_code": country, "country_name": country_name(country) if country else None,
                     "igo_code": igo, "igo_name": book.igos.get(igo) if igo else None, "type_code": kind,
                     "type_name": book.actor_types.get(kind) if kind else None, "events": counts[code]})
    return pa.Table.from_pylist(rows, schema=ACTOR_CODE_SCHEMA)
