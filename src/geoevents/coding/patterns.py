"""Verb and noun patterns (``geoevents/data/verbs.csv``) -> CAMEO codes, indexed by lemma."""

from __future__ import annotations

import csv
import functools
import logging
from dataclasses import dataclass

from geoevents.codebook import load_codebook
from geoevents.resources import data_dir

__all__ = ["PatternIndex", "Rule", "load_patterns", "verb_rule"]

log = logging.getLogger(__name__)
KINDS = {"verb", "noun", "adj"}
SOURCES = {"subj", "pobj", "poss", "between", "speaker"}  # speaker: who reports the judgment
TARGETS = {"obj", "pobj", "subj", "place", "none", "between"}
# lemmas the English pipeline gets wrong for common news verbs ("staged" -> "stag"): rules are indexed under both
LEMMA_SLIPS = {"stage": ("stag",), "unfreeze": ("unfroze",), "retake": ("retook",)}


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
            for slip in LEMMA_SLIPS.get(rule.lemma, ()) if rule.kind == "verb" else ():
                grouped.setdefault((rule.kind, slip), []).append(rule)
    return PatternIndex({k: tuple(sorted(v, key=lambda r: -r.specificity)) for k, v in grouped.items()},
                        frozenset(lemma for _kind, lemma in grouped))
