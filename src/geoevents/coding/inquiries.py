"""Who an investigation (CAMEO 09x) is aimed at: the doer of what is looked into.

``crime_agents`` (demands.py) reads "an inquiry into abuses by X"; these read the doer where wire copy names it
one step further away: a participle clause on the looked-into noun ("evidence of atrocities committed by X"), an
"of" chain ("evidence of executions of prisoners by X"), or the clause a claim carries ("examining claims that X
tortured protesters": its subject).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from spacy.tokens import Token

from geoevents.models import Actor

__all__ = ["investigated_doers", "not_victims"]

log = logging.getLogger(__name__)

_CHAIN_PREPS = frozenset({"of", "into", "on"})
# nouns a clause of what happened hangs on: "claims that X tortured Y", "reports that X shelled Y"
_CONTENT_NOUNS = frozenset({"claim", "allegation", "report", "accusation", "suspicion", "evidence", "sign"})


def investigated_doers(looked: Iterable[Token]) -> list[Token]:
    """The doers named for the looked-into nouns (their "of" complements included, two deep): the agent of a
    participle clause on one, or the subject of the clause a claim-like noun carries."""
    todo = [n for n in looked if n.pos_ in ("NOUN", "PROPN")]
    nouns: list[Token] = []
    for _ in range(2):
        nxt = [g for n in todo for c in n.children if c.dep_ == "prep" and c.lower_ in _CHAIN_PREPS
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        nouns += todo
        todo = nxt
    nouns += todo
    out: list[Token] = []
    for n in nouns:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                out += [g for g in c.children if g.dep_ == "pobj"]  # "executions of prisoners by X"
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "atrocities committed by X"
                out += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            elif c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB" and n.lemma_.lower() in _CONTENT_NOUNS:
                out += [s for s in c.children if s.dep_ == "nsubj"]  # "claims that X tortured protesters"
    return out


# harms whose "of" complement names the victim: "an inquiry into the killing of a Pakistani journalist"
_HARMS = frozenset({"killing", "death", "murder", "shooting", "disappearance", "abduction", "kidnapping",
                    "assassination", "beating", "torture", "rape", "lynching", "poisoning", "stabbing"})


def not_victims(tok: Token, code: str, targets: list[Actor | None]) -> list[Actor | None]:
    """The targets of an investigation (09x) without the victims of the harm it looks into: "a probe into the killing
    of a Pakistani journalist" is not aimed at Pakistan (its doer is unnamed); other codes' targets unchanged."""
    if code[:2] != "09" or not targets or all(t is None for t in targets):
        return targets
    spans = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)) for h in tok.subtree
             if h.lemma_.lower() in _HARMS for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    doers = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)) for h in tok.subtree
             if h.dep_ == "agent" or (h.dep_ == "prep" and h.lower_ == "by") for g in h.children if g.dep_ == "pobj"]
    return [t for t in targets if t is None or not any(a <= t.start < b for a, b in spans) or any(
        a <= t.start < b for a, b in doers)]  # ("the deaths of protesters shot by police": the police did it)
