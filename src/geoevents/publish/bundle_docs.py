"""The human-readable parts of a researcher bundle: ``README.md`` (provenance) and ``CITATION.cff``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from geoevents import CODER_VERSION
from geoevents.publish.datapackage import BundleFile
from geoevents.publish.gdelt import mapping_markdown
from geoevents.publish.selection import TEXT_COLUMNS
from geoevents.schema import SCHEMA_VERSION

__all__ = ["BundleFacts", "citation_cff", "readme_markdown"]


@dataclass(frozen=True, slots=True)
class BundleFacts:
    """What the README and CITATION.cff state about a bundle."""

    title: str
    window: str
    include_text: bool
    created: dt.datetime
    runs: Sequence[tuple[str, str]]
    """(run id, finished at) of every run that wrote a selected row."""
    coder_versions: Sequence[str]
    rows: dict[str, int]
    formats: Sequence[str]
    gdelt_path: str
    source_volume_path: str


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def citation_cff(facts: BundleFacts) -> str:
    """A Citation File Format 1.2.0 file for the bundle."""
    return "\n".join([
        "cff-version: 1.2.0",
        'message: "If you use this event data, please cite it as below."',
        "type: dataset",
        f"title: {_yaml_str(facts.title)}",
        f"version: {_yaml_str(SCHEMA_VERSION)}",
        f"date-released: {facts.created.date().isoformat()}",
        "authors:",
        '  - name: "geoevents contributors"',
        f"abstract: {_yaml_str(f'Geocoded CAMEO events coded from news, {facts.window}, by {CODER_VERSION}.')}",
        "keywords:",
        *[f"  - {_yaml_str(k)}" for k in ("event data", "CAMEO", "PLOVER", "GDELT", "geocoding")],
        "",
    ])


def _files_table(files: Sequence[BundleFile]) -> list[str]:
    lines = ["| file | rows | bytes | sha256 |", "| --- | ---: | ---: | --- |"]
    for f in files:
        rows = "" if f.rows is None else str(f.rows)
        lines.append(f"| `{f.path}` | {rows} | {f.bytes} | `{f.sha256}` |")
    return lines


def readme_markdown(facts: BundleFacts, files: Sequence[BundleFile]) -> str:
    """The bundle README: what is inside, where it came from, and how to check and use it."""
    text_note = ("Text is included: mention sentences and document titles are present." if facts.include_text
                 else "Text is left out (--no-text): " + ", ".join(
                     f"`{t}.{c}`" for t, cols in TEXT_COLUMNS.items() for c in cols)
                 + " are empty; offsets, ids and URLs are kept, so the text can be recovered from the sources.")
    runs = [f"- `{run}` (finished {finished or 'unknown'})" for run, finished in facts.runs] or ["- (none)"]
    return "\n".join([
        f"# {facts.title}",
        "",
        f"Events whose `event_date` falls in **{facts.window}**, with every mention of them, the documents "
        "those mentions were read in, and the rejected inputs of the runs that wrote them.",
        "",
        "## Provenance",
        "",
        f"- Exported: {facts.created.astimezone(dt.UTC).isoformat(timespec='seconds')} by {CODER_VERSION}",
        f"- Schema version: {SCHEMA_VERSION} (column meanings: `datapackage.json` and the geoevents data "
        "dictionary)",
        f"- Coder version(s) of the events: {', '.join(facts.coder_versions) or '(no events)'}",
        f"- Date window (event_date, inclusive): {facts.window}",
        f"- {text_note}",
        "- Rows: " + ", ".join(f"{name} {n}" for name, n in facts.rows.items()),
        f"- Table formats: {', '.join(facts.formats)}",
        "- Runs:",
        *[f"  {line}" for line in runs],
        "",
        "## Files",
        "",
        "Check a file with `sha256sum`; `datapackage.json` describes every table (Frictionless Data "
        "Package; validate it with `frictionless validate datapackage.json`).",
        "",
        *_files_table(files),
        "",
        "- `data/<format>/<table>.<ext>`: the four tables. CSV/TSV: UTF-8 with a header row, timestamps "
        "ISO 8601 UTC, empty cell = null, binary (`documents.minhash`) as base64.",
        "- `codebook/event_codes.csv`, `codebook/actor_codes.csv`: the CAMEO event codes and actor codes used.",
        f"- `{facts.source_volume_path}`: documents per source per day in the window; divide event counts "
        "by it to normalise for how much each source published (`independent_documents` leaves out "
        "near-duplicates, as `num_articles` does).",
        f"- `{facts.gdelt_path}`: the events in GDELT 2.0 event-table layout (below).",
        "",
        "## GDELT 2.0 compatible events",
        "",
        f"`{facts.gdelt_path}` has GDELT 2.0's 61 event columns in GDELT's order, tab-separated, no header "
        "row, as in GDELT's own files. Columns geoevents does not code are empty. Geo country codes are "
        "FIPS 10-4 as in GDELT; GLOBALEVENTID is the first 15 hex digits of `event_id` read as an integer.",
        "",
        mapping_markdown(),
        "",
    ])
