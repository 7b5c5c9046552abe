"""Reducing relations (CAMEO 166) by withdrawing one's own forces from a country, in the wire forms the rows read
as a military retreat (0874).

- ``pulled_out_rule``: "Germany pulled its troops out of Mali", "Chad withdrew its soldiers from Niger", "the
  UN ended its peacekeeping mission in Mali": a state ends its military presence
  in another country (166; 1661 for peacekeepers), aimed at that country. Only a country named as such: "withdrew
  its troops from Kherson" (a town) stays a retreat (0874). ("The last French soldiers left Niger" is left to the
  readers of relative clauses, whose tests want no event from it.)
- ``stopped_supply_rule``: "Washington stopped sending weapons to Kyiv", "Japan has stopped providing development
  assistance to Myanmar": aid whose giving is stopped is reduced (1622 for arms, 1623 for relief, else 162), aimed
  at the one it went to, not aid given (07).
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.dictionaries import load_actor_dictionary
from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.tokens import kids

__all__ = ["pulled_out_rule", "stopped_supply_rule"]

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
# giving stopped: "stopped sending weapons to X", "ceased providing aid to X", "halted supplying fuel to X"
_GIVING = frozenset({"send", "provide", "supply", "deliver", "give", "ship", "transfer"})
_STOPPING = frozenset({"stop", "cease", "halt", "suspend", "end", "quit", "pause", "discontinue"})
_ARMS = frozenset({"weapon", "arm", "arms", "ammunition", "munition", "missile", "rocket", "shell", "tank", "drone",
                   "jet", "artillery", "military", "air-defence", "air-defense", "bomb", "howitzer", "interceptor"})
_RELIEF = frozenset({"humanitarian", "food", "medicine", "medical", "relief", "grain", "water", "fuel", "vaccine"})
_AID = frozenset({"aid", "assistance", "support", "funding", "fund", "money", "loan", "grant", "financing", "budget",
                  "subsidy", "payment", "contribution", "credit"})
_RECIPIENT_PREPS = frozenset({"to", "for"})
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


def stopped_supply_rule(tok: Token, lemma: str) -> Rule | None:
    """'stopped sending weapons to Kyiv' (1622), 'ceased providing assistance to Myanmar' (162): the giving verb
    of a stopping verb, with aid, arms or relief as its object; None for other verbs and other things given
    ("stopped sending newsletters to its customers")."""
    if lemma not in _GIVING or tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in _STOPPING:
        return None
    obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    words = {obj.lemma_.lower(), *(c.lemma_.lower() for c in kids(obj) if c.dep_ in ("compound", "amod"))}
    code = "1622" if words & _ARMS else "1623" if words & _RELIEF else "162" if words & _AID else None
    return verb_rule(lemma, code, target="pobj", preps=_RECIPIENT_PREPS) if code is not None else None
