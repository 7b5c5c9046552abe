"""Reducing relations (CAMEO 166) by withdrawing one's own forces from a country, in the wire forms the rows read
as a military retreat (0874).

- ``pulled_out_rule``: "Germany pulled its troops out of Mali", "Chad withdrew its soldiers from Niger", "the
  UN ended its peacekeeping mission in Mali": a state ends its military presence
  in another country (166; 1661 for peacekeepers), aimed at that country. Only a country named as such: "withdrew
  its troops from Kherson" (a town) stays a retreat (0874). ("The last French soldiers left Niger" is left to the
  readers of relative clauses, whose tests want no event from it.)
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.dictionaries import load_actor_dictionary
from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.tokens import kids

__all__ = ["pulled_out_rule"]

_WITHDRAWING = frozenset({"withdraw", "pull", "recall", "evacuate"})
_ENDING = frozenset({"end", "terminate", "conclude", "close"})
_TRIGGERS = _WITHDRAWING | _ENDING
# one's own forces: "its troops", "its soldiers", "its peacekeepers", "its contingent"
_FORCES = frozenset({"troop", "soldier", "force", "forces", "personnel", "contingent", "peacekeeper", "battalion",
                     "brigade", "unit", "marine", "serviceman", "servicemember", "instructor", "trainer"})
# a presence ended in a country: "ended its military / peacekeeping / training mission in X"
_PRESENCES = frozenset({"mission", "deployment", "presence"})
_MILITARY = frozenset({"military", "peacekeeping", "training", "stabilisation", "stabilization", "counterterrorism",
                       "counter-terrorism", "naval", "troop", "army", "force"})
_PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping"})
_FROM_OF = frozenset({"from", "of"})
_IN = frozenset({"in"})


def _country(tok: Token | None) -> bool:
    """Whether a token names a country as such ("Mali", "the Central African Republic"), not a town or region."""
    if tok is None or tok.pos_ != "PROPN":
        return False
    start = min([tok.i, *(c.i for c in kids(tok) if c.dep_ == "compound")])
    entry = load_actor_dictionary().proper.get(tok.doc[start:tok.i + 1].text)
    return entry is not None and entry.kind == "country"


def _pobj(heads: list[Token], preps: frozenset[str]) -> Token | None:
    return next((g for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ in preps
                 for g in kids(c) if g.dep_ == "pobj"), None)


def _code(words: list[Token]) -> str:
    return "1661" if any(w.lemma_.lower() in _PEACEKEEPING for w in words) else "166"


def pulled_out_rule(tok: Token, lemma: str) -> Rule | None:
    """A state's forces withdrawn from, or its military mission ended in, a named country (166), else None."""
    if lemma not in _TRIGGERS:
        return None
    obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    mods = [m for m in kids(obj) if m.dep_ in ("compound", "amod")]
    if lemma in _ENDING:  # "ended its peacekeeping mission in Mali"
        if obj.lemma_.lower() not in _PRESENCES or not any(m.lemma_.lower() in _MILITARY for m in mods):
            return None
        if not _country(_pobj([obj, tok], _IN)):
            return None
        return verb_rule(lemma, _code(mods), target="place", preps=_IN)
    if obj.lemma_.lower() not in _FORCES:
        return None
    outs = [c for c in kids(tok) if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
    if not _country(_pobj([tok, *outs], _FROM_OF)):  # "pulled its troops out of Mali", "withdrew them from Chad"
        return None
    return verb_rule(lemma, _code([obj]), target="place", preps=_FROM_OF)
