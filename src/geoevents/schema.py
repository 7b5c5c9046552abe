"""The data contract: Arrow schemas of the four tables, with a description for every column.

This module is the one source of the contract. ``schemas/*.schema.json`` and
``schemas/DATA_DICTIONARY.md`` are generated from it (``geoevents schema --write-files``) and a
test checks that the checked-in files still equal what it generates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

__all__ = [
    "PARTITION_COLUMNS",
    "SCHEMA_VERSION",
    "TABLES",
    "Column",
    "TableSpec",
    "arrow_schema",
    "data_dictionary_markdown",
    "schema_json",
]

SCHEMA_VERSION = "1.0.0"
PARTITION_COLUMNS = ("year", "month")

STR = pa.string()
DATE = pa.date32()
TS = pa.timestamp("us", tz="UTC")
I32 = pa.int32()
I64 = pa.int64()
F64 = pa.float64()
BOOL = pa.bool_()
BIN = pa.binary()


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    description: str


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    description: str
    partition_source: str
    """The column whose year and month give the hive partition."""
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _geo(prefix: str, what: str) -> list[Column]:
    return [
        Column(f"{prefix}_name", STR, True, f"Name of the place of {what} (gazetteer name)."),
        Column(f"{prefix}_type", STR, True,
               f"Level of the place of {what}: country, adm1, city, facility, water, region or landform."),
        Column(f"{prefix}_country_code", STR, True, f"ISO 3166-1 alpha-3 country of the place of {what}."),
        Column(f"{prefix}_adm1", STR, True, f"First-level region (name) of the place of {what}, where known."),
        Column(f"{prefix}_adm1_code", STR, True, "ISO 3166-2 code of that region, where known."),
        Column(f"{prefix}_lat", F64, True, f"Latitude (WGS84) of the place of {what}."),
        Column(f"{prefix}_lon", F64, True, f"Longitude (WGS84) of the place of {what}."),
        Column(f"{prefix}_feature_id", STR, True,
               "Gazetteer id of the place: `geonames:<id>` for GeoNames rows, `cur:<slug>` for curated ones."),
        Column(f"{prefix}_is_centroid", BOOL, True,
               "True when the point is a country's or region's centroid standing in for a place the text did "
               "not name more precisely."),
    ]


def _actor(n: int) -> list[Column]:
    return [
        Column(f"actor{n}_code", STR, True,
               f"CAMEO-style code of actor {n}: country or IGO code followed by a type code (e.g. USAGOV)."),
        Column(f"actor{n}_name", STR, True, f"Name of actor {n} as coded (dictionary name)."),
        Column(f"actor{n}_country_code", STR, True, f"ISO 3166-1 alpha-3 country of actor {n}; null for IGOs."),
        Column(f"actor{n}_type_code", STR, True, f"CAMEO type of actor {n} (GOV, MIL, SPY, IGO, ...)."),
    ]


EVENTS = TableSpec(
    name="events",
    description="One row per distinct event (GDELT 2.0 event table, snake_case). Partitioned by event_date.",
    partition_source="event_date",
    columns=(
        Column("event_id", STR, False,
               "Deterministic id: sha256 of the event key (date, actor codes, base code, place country), 16 hex."),
        Column("event_date", DATE, False, "When the event happened, resolved against the publication date."),
        Column("date_precision", STR, False, "day, month or year: how precisely event_date is known."),
        *_actor(1),
        *_actor(2),
        Column("event_code", STR, False, "CAMEO event code (most frequent among the mentions)."),
        Column("event_base_code", STR, False, "The three-digit CAMEO base code."),
        Column("event_root_code", STR, False, "The two-digit CAMEO root code."),
        Column("quad_class", I32, False,
               "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
        Column("goldstein", F64, False, "Goldstein score of event_code (-10..10)."),
        Column("num_mentions", I64, False, "Sightings: mention rows of this event, in all documents."),
        Column("num_sources", I64, False,
               "Distinct sources among the independent documents (a near-duplicate counts as its original)."),
        Column("num_articles", I64, False,
               "Distinct independent documents (a near-duplicate adds a mention but not an article)."),
        *_geo("action_geo", "the action"),
        *_geo("actor1_geo", "actor 1"),
        *_geo("actor2_geo", "actor 2"),
        Column("plover_event_type", STR, True, "event_code mapped to the PLOVER event type (POLECAT)."),
        Column("plover_mode", STR, True, "PLOVER mode of the event, where the crosswalk gives one."),
        Column("first_doc_id", STR, False, "doc_id of the earliest published document mentioning the event."),
        Column("source_url", STR, True, "URL (or origin) of that first document."),
        Column("confidence", F64, False, "0..1: the highest mention confidence, raised by independent reports."),
        Column("coder_version", STR, False, "geoevents version that coded the event."),
        Column("date_added", TS, False, "When the event was first published; never rewritten."),
        Column("last_updated", TS, False, "When the event's row (counts) last changed; sync on this."),
    ),
)

MENTIONS = TableSpec(
    name="mentions",
    description="One row per sighting of an event in a sentence. Partitioned by the event's date.",
    partition_source="event_date",
    columns=(
        Column("mention_id", STR, False, "Deterministic id of the sighting (doc, sentence, action span, code)."),
        Column("event_id", STR, False, "The event this sighting belongs to."),
        Column("doc_id", STR, False, "The document it was read in."),
        Column("sentence_index", I32, False, "0-based index of the sentence in the document."),
        Column("char_start", I64, False, "Start of the sentence in the document text (0-based)."),
        Column("char_end", I64, False, "End of the sentence in the document text (exclusive)."),
        Column("sentence", STR, True, "The sentence text (null in exports made with --no-text)."),
        Column("event_date", DATE, False, "The event date as resolved in this mention."),
        Column("date_precision", STR, False, "day, month or year."),
        Column("date_raw", STR, True, "The date phrase used, or null when the publication date was taken."),
        Column("event_code", STR, False, "CAMEO code read in this sentence."),
        Column("actor1_code", STR, True, "Actor 1 as coded in this sentence."),
        Column("actor2_code", STR, True, "Actor 2 as coded in this sentence."),
        Column("confidence", F64, False, "0..1, from how the event was found (full pattern, partial, hedged)."),
        Column("flags", STR, True, "Comma-separated cues of how the event was read: passive, reported (said by "
               "a speaker), alleged, nominal (a noun, not a verb), coordinated (one of several actors), reciprocal "
               "(X and Y met), intent (a 03x/13x plan or threat), implied (X hosted Y implies Y visited X, and back), "
               "anaphora (a noun such as 'the attack' that takes its actors from the earlier event it names), "
               "date_context (date from an earlier event of the article), "
               "nearest_actor (target taken from the clause's nearest actor: lower confidence), implicit_agent "
               "(an agentless passive credited to the place's government: lower confidence)."),
        Column("actor1_start", I32, True, "Actor 1 evidence: start offset in `sentence` (null: from context)."),
        Column("actor1_end", I32, True, "Actor 1 evidence: end offset in `sentence` (exclusive)."),
        Column("actor2_start", I32, True, "Actor 2 evidence: start offset in `sentence`."),
        Column("actor2_end", I32, True, "Actor 2 evidence: end offset in `sentence`."),
        Column("action_start", I32, True, "The action word(s): start offset in `sentence`."),
        Column("action_end", I32, True, "The action word(s): end offset in `sentence`."),
        Column("geo_start", I32, True, "The place: start offset in `sentence` (null: from context)."),
        Column("geo_end", I32, True, "The place: end offset in `sentence`."),
        Column("date_start", I32, True, "The date phrase: start offset in `sentence`."),
        Column("date_end", I32, True, "The date phrase: end offset in `sentence`."),
        Column("run_id", STR, False, "The run that coded this sighting."),
    ),
)

DOCUMENTS = TableSpec(
    name="documents",
    description="One row per kept input. Partitioned by publication date (ingest date when unknown).",
    partition_source="published_at",
    columns=(
        Column("doc_id", STR, False, "sha256 (hex) of the normalized text."),
        Column("origin", STR, False, "Input file path relative to the input root, or the URL."),
        Column("source_name", STR, True, "Outlet or source id (sidecar `source`, feed title, host)."),
        Column("url", STR, True, "Canonical URL of the article, when known."),
        Column("title", STR, True, "Headline."),
        Column("published_at", TS, True, "Publication time (UTC); from the sidecar, feed or page."),
        Column("language", STR, True, "ISO 639-1 language code."),
        Column("n_chars", I64, False, "Characters in the normalized text."),
        Column("near_duplicate_of", STR, True,
               "doc_id of the earliest published document this one is a near-duplicate of (MinHash/LSH)."),
        Column("minhash", BIN, True, "MinHash signature (uint32 little-endian) used for near-duplicate search."),
        Column("ingested_at", TS, False, "When this run read the document."),
        Column("run_id", STR, False, "The run that kept the document."),
    ),
)

REJECTS = TableSpec(
    name="rejects",
    description="One row per input that could not be used. Partitioned by rejected_at.",
    partition_source="rejected_at",
    columns=(
        Column("origin", STR, False, "Input file path relative to the input root, or the URL."),
        Column("reason", STR, False, "Short code: empty, binary, encoding, too_large, bad_json, duplicate, ..."),
        Column("detail", STR, False, "What exactly was wrong."),
        Column("run_id", STR, False, "The run that rejected the input."),
        Column("rejected_at", TS, False, "When."),
    ),
)

TABLES: dict[str, TableSpec] = {t.name: t for t in (EVENTS, MENTIONS, DOCUMENTS, REJECTS)}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table's Parquet files (partition columns are in the path only)."""
    spec = TABLES[table]
    return pa.schema(
        [pa.field(c.name, c.type, nullable=c.nullable) for c in spec.columns],
        metadata={"geoevents.table": table, "geoevents.schema_version": SCHEMA_VERSION},
    )


def schema_json(table: str) -> dict[str, Any]:
    """The JSON form of a table's schema, as written to ``schemas/<table>.schema.json``."""
    spec = TABLES[table]
    return {
        "table": spec.name,
        "schema_version": SCHEMA_VERSION,
        "description": spec.description,
        "partitioning": {"style": "hive", "columns": list(PARTITION_COLUMNS), "from": spec.partition_source},
        "columns": [
            {"name": c.name, "type": str(c.type), "nullable": c.nullable, "description": c.description}
            for c in spec.columns
        ],
    }


def schema_json_text(table: str) -> str:
    return json.dumps(schema_json(table), indent=2, ensure_ascii=False) + "\n"


def data_dictionary_markdown() -> str:
    """``schemas/DATA_DICTIONARY.md``: every table and column, generated from this module."""
    lines = [
        "# geoevents data dictionary",
        "",
        f"Schema version {SCHEMA_VERSION}. Generated from `src/geoevents/schema.py` by "
        "`geoevents schema --write-files schemas`; a test checks it is current.",
        "",
        "Every table is a folder of Parquet files (zstd), hive-partitioned as `year=YYYY/month=M/`. "
        "Timestamps are microseconds UTC, dates are date32, integers are signed.",
        "",
        "## Counting rules",
        "",
        "- An event is the key (event_date, actor1_code, actor2_code, event_base_code, country of the "
        "action place). Mentions with the same key merge into one event across sentences and documents.",
        "- `num_mentions` counts every sighting, near-duplicate documents included.",
        "- `num_articles` counts distinct independent documents: a near-duplicate document "
        "(`documents.near_duplicate_of` set) is counted as the document it copies, so a spun copy adds a "
        "mention but not an article. `num_sources` counts the distinct `source_name`s of those "
        "independent documents.",
        "- `date_added` is set when an event is first published and never rewritten; `last_updated` "
        "moves whenever the event's counts change. Sync incrementally on `last_updated`.",
        "",
    ]
    for spec in TABLES.values():
        lines += [f"## `{spec.name}`", "", spec.description, "",
                  "| column | type | nullable | description |", "| --- | --- | --- | --- |"]
        for c in spec.columns:
            lines.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.description} |")
        lines += ["", "Partition columns (in the path): `year` (int32), `month` (int32), "
                  f"from `{spec.partition_source}`.", ""]
    return "\n".join(lines)
