"""Actor dictionaries, read from the CSV files in ``geoevents/data/actors`` (our own, reviewed in diffs)."""

from __future__ import annotations

import csv
import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from geoevents.resources import data_dir, schemas_dir

__all__ = ["ActorDictionary", "Entry", "Term", "load_actor_dictionary"]


@dataclass(frozen=True, slots=True)
class Term:
    """One office held by a person."""

    iso3: str
    role: str
    type_code: str
    start: dt.date
    end: dt.date | None
    title: str


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase in text refers to."""

    kind: str
    """country, demonym, capital, seat, institution, igo, person"""
    key: str
    """alpha-3 country, IGO code, or the person's canonical name"""
    name: str
    type_code: str | None = None
    since: dt.date | None = None
    """From this date the phrase names ``type_since`` instead ("the Taliban": rebels, then the government)."""
    type_since: str | None = None

    def type_on(self, day: dt.date) -> str | None:
        """The type code the phrase has on ``day``."""
        if self.since is not None and self.type_since and day >= self.since:
            return self.type_since
        return self.type_code


@dataclass(frozen=True)
class ActorDictionary:
    proper: dict[str, Entry]
    """Case-sensitive phrases (names, aliases, demonyms, capitals, institutions, people, IGOs)."""
    agents: dict[str, str]
    """Lower-case agent phrases -> CAMEO type code."""
    countries: dict[str, tuple[str, str]]
    """alpha-3 -> (CAMEO country code, English short name)."""
    people: dict[str, tuple[Term, ...]] = field(default_factory=dict)
    igo_names: dict[str, str] = field(default_factory=dict)

    def cameo_country(self, iso3: str) -> str:
        return self.countries.get(iso3, (iso3, iso3))[0]

    def country_name(self, iso3: str) -> str:
        return self.countries.get(iso3, (iso3, iso3))[1]

    def terms_on(self, person: str, day: dt.date) -> list[Term]:
        return [t for t in self.people.get(person, ()) if t.start <= day and (t.end is None or day <= t.end)]

    def last_term_before(self, person: str, day: dt.date) -> Term | None:
        past = [t for t in self.people.get(person, ()) if t.start <= day]
        return max(past, key=lambda t: t.start) if past else None


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _date(s: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def load_actor_dictionary() -> ActorDictionary:
    base = data_dir() / "actors"
    proper: dict[str, Entry] = {}
    countries: dict[str, tuple[str, str]] = {}

    def put(phrase: str, entry: Entry) -> None:
        # first writer wins: countries before people, so a surname never hides a country
        if phrase and phrase not in proper:
            proper[phrase] = entry
        if phrase[:1].islower():  # "al-Shabab", "the Philippines": also at the start of a sentence or headline
            put(phrase[0].upper() + phrase[1:], entry)

    for row in _rows(base / "countries.csv"):
        iso3, name = row["iso3"], row["name"]
        countries[iso3] = (row.get("cameo") or iso3, name)
        for p in [name, *_split(row.get("aliases", ""))]:
            put(p, Entry("country", iso3, name))
        for p in _split(row.get("demonyms", "")):
            put(p, Entry("demonym", iso3, name))
        for p in _split(row.get("capitals", "")):
            put(p, Entry("capital", iso3, name, "GOV"))
        for p in _split(row.get("context", "")):
            put(p, Entry("seat", iso3, name, "GOV"))
    for c in pycountry.countries:  # official names the curated file may lack
        countries.setdefault(c.alpha_3, (c.alpha_3, getattr(c, "common_name", c.name)))
        for alias in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if alias:
                put(str(alias), Entry("country", c.alpha_3, countries[c.alpha_3][1]))
    igo_names: dict[str, str] = {}
    for row in _rows(schemas_dir() / "cameo_igo_codes.csv"):
        code = "IGO" + row["code"]
        igo_names[code] = row["name"]
        for p in [row["name"], *_split(row.get("aliases", ""))]:
            put(p, Entry("igo", code, row["name"], "IGO"))
    for row in _rows(base / "institutions.csv"):
        if row["iso3"].startswith("IGO"):  # a seat or body that stands for an IGO: "Brussels" (the EU)
            put(row["phrase"], Entry("igo", row["iso3"], igo_names.get(row["iso3"], row["phrase"]), "IGO"))
            continue
        put(row["phrase"], Entry("institution", row["iso3"], row["phrase"], row.get("type_code") or None,
                                 since=_date(row.get("since", "")), type_since=row.get("type_since") or None))
    people: dict[str, list[Term]] = {}
    for row in _rows(base / "people.csv"):
        start = _date(row.get("start", ""))
        if not row.get("name") or start is None or not row.get("iso3"):
            continue
        term = Term(iso3=row["iso3"], role=row.get("role", "other"), type_code=row.get("type_code") or "GOV",
                    start=start, end=_date(row.get("end", "")), title=row.get("note", ""))
        people.setdefault(row["name"], []).append(term)
        for p in [row["name"], *_split(row.get("aliases", ""))]:
            put(p, Entry("person", row["name"], row["name"]))
    agents = {row["phrase"].lower(): row["type_code"] for row in _rows(base / "agents.csv") if row.get("phrase")}
    return ActorDictionary(proper=proper, agents=agents, countries=countries,
                           people={k: tuple(v) for k, v in people.items()}, igo_names=igo_names)
