"""The coder as a tool of its own: JSON lines in, coded events per line out (``geoevents code``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from geoevents.aggregate import mention_records
from geoevents.codebook import load_codebook
from geoevents.coding.coder import Coder
from geoevents.ingest.normalize import doc_id_of
from geoevents.models import Document

__all__ = ["code_lines"]

EVENT_FIELDS = (
    "actor1_code", "actor1_name", "actor1_country_code", "actor1_type_code",
    "actor2_code", "actor2_name", "actor2_country_code", "actor2_type_code",
    "event_code", "event_base_code", "event_root_code", "event_date", "date_precision", "date_raw",
    "action_geo_name", "action_geo_type", "action_geo_country_code", "action_geo_adm1_code", "action_geo_lat",
    "action_geo_lon", "action_geo_feature_id", "action_geo_is_centroid", "confidence", "flags",
    "sentence_index", "char_start", "char_end",
)


def _parse(line: str, lineno: int) -> tuple[str, Document | None, str | None]:
    try:
        obj = json.loads(line)
    except ValueError as err:
        return f"line-{lineno}", None, f"bad JSON: {err}"
    if not isinstance(obj, dict):
        return f"line-{lineno}", None, "expected a JSON object"
    ident = str(obj.get("id", f"line-{lineno}"))
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return ident, None, "missing 'text'"
    try:
        published = dt.date.fromisoformat(str(obj.get("published", ""))[:10])
    except ValueError:
        return ident, None, "missing or bad 'published' (YYYY-MM-DD)"
    doc = Document(doc_id=doc_id_of(text), origin=ident, text=text,
                   published_at=dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC))
    return ident, doc, None


def code_lines(lines: Iterable[str], *, coder: Coder) -> Iterator[dict[str, Any]]:
    """One output object per input line, in order; a bad line gets ``{"id", "error"}``."""
    codebook = load_codebook()
    parsed = [_parse(line, i + 1) for i, line in enumerate(lines) if line.strip()]
    good = [doc for _id, doc, _err in parsed if doc is not None]
    coded = iter(coder.code_documents(good))
    for ident, doc, err in parsed:
        if doc is None:
            yield {"id": ident, "error": err}
            continue
        _doc, mentions = next(coded)
        records = mention_records(mentions, codebook=codebook, run_id="code")
        events = []
        for rec, m in zip(records, mentions, strict=True):
            ec = codebook.get(m.event_code)
            row = {k: rec.get(k) for k in EVENT_FIELDS}
            row.update(quad_class=ec.quad_class, goldstein=ec.goldstein, plover_event_type=ec.plover_event_type,
                       event_date=m.event_date.isoformat())
            events.append(row)
        yield {"id": ident, "events": events}
