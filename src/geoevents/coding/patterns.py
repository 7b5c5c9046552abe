"""Verb and noun patterns (``geoevents/data/verbs.csv``) -> CAMEO codes, indexed by lemma."""

from __future__ import annotations

import csv
import functools
import logging
from dataclasses import dataclass, replace

from geoevents.codebook import load_codebook
from geoevents.resources import data_dir

__all__ = ["PatternIndex", "Rule", "load_patterns", "verb_rule"]

log = logging.getLogger(__name__)
KINDS = {"verb", "noun", "adj"}
SOURCES = {"subj", "pobj", "poss", "between", "speaker"}  # speaker: who reports the judgment
TARGETS = {"obj", "pobj", "subj", "place", "none", "between"}
# wire synonyms and phrasal verbs that read as a plain verb: (lemma, particle) -> the plain verb's (lemma, particle)
# and the CAMEO roots or codes of its rows the synonym shares ("axed aid to X" as "cut aid", "jetted to X" as "flew";
# "a submarine torpedoed a ship" keeps torpedo's own 190 row: block's 191 rows are not shared)
# (a particle of two words is a preposition and its object: "put X on hold"; see fitting.rule_fits)
WIRE_SYNONYMS: dict[tuple[str, str], tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    ("turn", "down"): (("reject", "", ("12",)),),  # "turned down an offer to mediate" (126), "... a truce" (1246)
    ("brush", "aside"): (("reject", "", ("12",)),),
    ("put", "forward"): (("propose", "", ("03",)),),  # "put itself forward as a mediator", "... a peace plan"
    ("axe", ""): (("cut", "", ("16",)), ("scrap", "", ("16", "081", "085"))),
    ("ditch", ""): (("scrap", "", ("16", "081", "085")),),
    ("nix", ""): (("scrap", "", ("16", "081", "085")),),
    ("shelve", ""): (("scrap", "", ("16",)), ("suspend", "", ("16",))),
    ("scrap", ""): (("suspend", "", ("1622",)),),  # "scrapped an arms sale to X" as "suspended" (1622)
    ("cancel", ""): (("suspend", "", ("1622",)),),
    ("torpedo", ""): (("block", "", ("12", "16")),),
    ("scuttle", ""): (("block", "", ("12",)),),
    ("throng", ""): (("fill", "", ("14",)),),
    ("pack", ""): (("fill", "", ("14",)),),
    ("boot", "out"): (("kick", "out", ("17", "16")), ("expel", "", ("166",))),
    ("kick", "out"): (("expel", "", ("166",)),),  # ("kicked out the UN peacekeepers / inspectors": 1661, 1662)
    ("immobilise", ""): (("freeze", "", ("163",)),),  # "immobilised the assets of Russia's central bank"
    ("immobilize", ""): (("freeze", "", ("163",)),),
    ("shut", "off"): (("cut", "off", ("16",)),),  # "shut off gas to X", "turned off the gas taps to X" (163)
    ("turn", "off"): (("cut", "off", ("16",)),),
    ("thrash", "out"): (("hammer", "out", ("05",)),),
    ("iron", "out"): (("hammer", "out", ("05",)),),
    ("roll", "out"): (("unveil", "", ("07", "163")),),
    ("jet", ""): (("fly", "", ("04",)),),
    ("eye", ""): (("mull", "", ("01",)),),
    ("haul", "in"): (("summon", "", ("114",)),),
    ("call", "in"): (("summon", "", ("114",)),),
    ("walk", "out"): (("pull", "out", ("160", "164")),),
    ("back", "out"): (("pull", "out", ("160", "164")),),
    ("hold", "up"): (("block", "", ("12", "16")),),
    ("lob", ""): (("fire", "", ("15",)),),
    ("okay", ""): (("approve", "", ("06", "07", "163")),),
    ("greenlight", ""): (("approve", "", ("06", "07", "163")),),
    ("stonewall", ""): (("rebuff", "", ("12",)),),
    ("blast", ""): (("hammer", "", ("19",)),),  # (after blast's own 111 rows: "blasted X's position" is criticism)
    ("shell", "out"): (("provide", "", ("07",)),),
    ("stump", "up"): (("provide", "", ("07",)),),
    ("fork", "out"): (("provide", "", ("07",)),),
    ("cough", "up"): (("provide", "", ("07",)),),
    ("claw", "back"): (("retake", "", ("192",)),),
    # dismissals of a proposal, a request or talks as "dismissed" (only its rows with objects: "knocked back the
    # request", "threw out the proposal"; "threw out the ambassador" keeps its own 174 row)
    ("knock", "back"): (("dismiss", "", ("12",)),),
    ("bat", "away"): (("dismiss", "", ("12",)),),
    ("swat", "away"): (("dismiss", "", ("12",)),),
    ("swat", "aside"): (("dismiss", "", ("12",)),),
    ("wave", "away"): (("dismiss", "", ("12",)),),
    ("wave", "aside"): (("dismiss", "", ("12",)),),
    ("throw", "out"): (("dismiss", "", ("12",)),),
    # a prepositional idiom as the particle: "put the talks / the aid / the offensive on hold" as "suspended"
    ("put", "on hold"): (("suspend", "", ("16", "08")),),
    ("put", "on ice"): (("suspend", "", ("16", "08")),),
}


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    lemma: str
    particle: str
    objects: frozenset[str]
    preps: frozenset[str]
    source: str
    target: str
    code: str

    @property
    def specificity(self) -> int:
        return 4 * bool(self.objects) + 2 * bool(self.particle) + bool(self.preps)


def verb_rule(lemma: str, code: str, *, target: str = "obj", source: str = "subj", particle: str = "",
              preps: frozenset[str] = frozenset()) -> Rule:
    """A verb row built by a rule that reads what the dictionary rows cannot ("beat X to death", "held X
    incommunicado"): no object list, the given source and target readings."""
    return Rule("verb", lemma, particle, frozenset(), preps, source, target, code)


@dataclass(frozen=True)
class PatternIndex:
    rules: dict[tuple[str, str], tuple[Rule, ...]]
    """(kind, lemma) -> rules, most specific first."""
    lemmas: frozenset[str] = frozenset()
    """Every lemma some rule is indexed under, of any kind: a word outside it gives no event."""

    def lookup(self, kind: str, lemma: str) -> tuple[Rule, ...]:
        return self.rules.get((kind, lemma), ())

    def __len__(self) -> int:
        return sum(len(v) for v in self.rules.values())


def _set(cell: str | None) -> frozenset[str]:
    return frozenset(p.strip().lower() for p in (cell or "").split("|") if p.strip())


@functools.lru_cache(maxsize=1)
def load_patterns() -> PatternIndex:
    codebook = load_codebook()
    grouped: dict[tuple[str, str], list[Rule]] = {}
    path = data_dir() / "verbs.csv"
    with path.open(encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            code = (row.get("code") or "").strip()
            kind = (row.get("kind") or "").strip()
            source = (row.get("source") or "subj").strip()
            target = (row.get("target") or "obj").strip()
            if code not in codebook or kind not in KINDS or source not in SOURCES or target not in TARGETS:
                log.warning("verbs.csv line %d skipped: %s", n, dict(row))
                continue
            rule = Rule(kind=kind, lemma=row["lemma"].strip().lower(), particle=(row.get("particle") or "").strip(),
                        objects=_set(row.get("objects")), preps=_set(row.get("preps")), source=source,
                        target=target, code=code)
            grouped.setdefault((rule.kind, rule.lemma), []).append(rule)
    for (lemma, particle), plains in WIRE_SYNONYMS.items():
        shared = [replace(r, lemma=lemma, particle=particle) for plain, plain_particle, codes in plains
                  for r in grouped.get(("verb", plain), ()) if r.particle == plain_particle and r.lemma == plain
                  and r.code.startswith(codes)]
        grouped.setdefault(("verb", lemma), []).extend(shared)  # (lemmas the pipeline gets wrong: nlp.IRREGULAR_LEMMAS)
    return PatternIndex({k: tuple(sorted(v, key=lambda r: -r.specificity)) for k, v in grouped.items()},
                        frozenset(lemma for _kind, lemma in grouped))
