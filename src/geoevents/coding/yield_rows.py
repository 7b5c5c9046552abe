"""Rows of yielding and of intents to cooperate that need more than an object to fit (see ``row_fits``).

* Measures an authority lets run out: "allowed the state of emergency to lapse", "let the curfew expire".
  Letting a measure lapse ends it as lifting it does (CAMEO 0814 state of emergency or martial law, 0813 curfew, 081
  restrictions, 085 sanctions). The allowing verb is the trigger; its measure is its object or the subject of its
  clause ("allowed the state of emergency to expire"), and the parser may take "lapse" for a noun ("let the state of
  emergency lapse"). Without a lapsing word these rows do not fit: "allowed the state to seize land" is no easing.
* An attack "treated / investigated as a war crime" (or a crime against humanity, genocide) is looked into as one
  (094), aimed at its doer, named on the act: "Kyiv is treating the Russian strike on a hospital as a war crime".
* An offer to lead a force or mission abroad: "Kenya offered to lead a multinational police force in Haiti" is an
  intent to provide protection (0334). The "lead a force" rows fit only under an offer, a pledge or a readiness
  ("Kenya leads the force in Haiti" is no intent; "was chosen to lead the mission" no offer).
* A person handed over by pronoun ("arrested him and handed him over to Spanish authorities") is judicial
  cooperation (063) only when the receivers are a named country's authorities, police or courts: "handed them over
  to the Red Cross" (freed captives) or "to the police" (one's own) are not.
"""

from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["SPECIAL_CODES", "lapsed_code", "row_fits"]

ALLOWING = frozenset({"allow", "let", "permit"})
_LAPSING = frozenset({"lapse", "expire"})
# the measure noun (or its modifier) -> the code of ending it
_MEASURES = MappingProxyType({
    "emergency": "0814", "martial": "0814", "curfew": "0813", "sanction": "085", "embargo": "085",
    "restriction": "081", "ban": "081", "curb": "081", "lockdown": "081"})
LAPSING_CODES = frozenset(_MEASURES.values())
_MISSION_CODE = "0334"
_WAR_CRIME_CODE = "094"
_DOER_TYPES = frozenset({"NORP", "GPE", "ORG"})
_TREATING = frozenset({"treat", "investigate", "probe", "classify"})
_GRAVE = frozenset({"war", "humanity", "genocide"})  # "a war crime", "a crime against humanity", "as genocide"
_LEADING = frozenset({"lead", "head", "command"})
_OFFERING = frozenset({"offer", "pledge", "vow", "promise", "agree", "volunteer", "commit", "undertake", "ready",
                       "willing", "prepared"})
_HANDOVER_CODE = "063"
_PRONOUNS = frozenset({"him", "her", "them"})
_AUTHORITIES = frozenset({"authority", "police", "prosecutor", "court", "judiciary", "justice", "official",
                          "counterpart"})
_NATIONAL = frozenset({"NORP", "GPE"})
SPECIAL_CODES = LAPSING_CODES | {_MISSION_CODE, _WAR_CRIME_CODE, _HANDOVER_CODE}  # the codes of the rows read here


def row_fits(rule: Rule, tok: Token, kind: str) -> bool | None:
    """Whether a row of these constructions fits the verb ``tok``; None for every other row (read as usual)."""
    if kind != "verb" or rule.code not in SPECIAL_CODES:
        return None
    if rule.lemma in ALLOWING and rule.code in LAPSING_CODES:
        return lapsed_code(tok) == rule.code
    if rule.lemma in _LEADING and rule.code == _MISSION_CODE:
        offered = tok.dep_ in ("xcomp", "acl") and tok.head.lemma_.lower() in _OFFERING
        return None if offered else False  # (under an offer, the row's objects and prepositions decide)
    if rule.code == _HANDOVER_CODE:
        return _to_national_authority(tok) if rule.objects & _PRONOUNS else None
    if rule.lemma in _TREATING and rule.code == _WAR_CRIME_CODE and not rule.objects:
        return _doer_named(tok) and any(_grave(g) for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "as"
                                        for g in kids(c) if g.dep_ == "pobj")
    return None


def lapsed_code(tok: Token) -> str | None:
    """The code of the measure an allowing verb lets lapse or expire, else None."""
    if tok.lemma_.lower() not in ALLOWING or not any(
            t.lemma_.lower() in _LAPSING and _under(t, tok) for t in tok.subtree):
        return None
    held = [c for c in kids(tok) if c.dep_ == "dobj"]
    held += [g for c in kids(tok) if c.dep_ in ("ccomp", "xcomp") for g in kids(c) if g.dep_ == "nsubj"]
    for noun in held:
        words = [noun, *(g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"
                         for g in kids(c) if g.dep_ == "pobj")]
        words += [m for w in list(words) for m in kids(w) if m.dep_ in ("compound", "amod")]
        code = next((_MEASURES[w.lemma_.lower()] for w in words if w.lemma_.lower() in _MEASURES), None)
        if code is not None:
            return code
    return None




def _to_national_authority(tok: Token) -> bool:
    """Whether the verb hands a pronoun over to a named country's authorities ("to Spanish police", "to Spain's
    prosecutors")."""
    if not any(c.dep_ == "dobj" and c.lower_ in _PRONOUNS for c in kids(tok)):
        return False
    receivers = [g for h in (tok, *(c for c in kids(tok) if c.dep_ == "prt")) for c in kids(h)
                 if c.dep_ == "prep" and c.lower_ == "to" for g in kids(c) if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _AUTHORITIES and any(
        m.dep_ in ("amod", "compound", "poss") and m.ent_type_ in _NATIONAL for m in kids(g)) for g in receivers)


def _doer_named(tok: Token) -> bool:
    """Whether the act treated as a crime names its doer on itself ("the Russian strike", "Moscow's strike", "the
    shelling by X"): the target is the doer, never the place or people struck ("an attack on a hospital")."""
    obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
    return obj is not None and any((c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _DOER_TYPES) or (
        c.dep_ == "prep" and c.lower_ == "by") for c in kids(obj))


def _grave(noun: Token) -> bool:
    """Whether "as X" names a war crime, a crime against humanity or genocide."""
    words = {noun.lemma_.lower()} | {w.lemma_.lower() for w in noun.subtree if w.i != noun.i}
    return bool(words & _GRAVE) and (noun.lemma_.lower() in ("crime", "genocide"))


def _under(t: Token, head: Token) -> bool:
    """Whether ``t`` hangs on ``head`` within three steps ("to lapse", "lapse" as the clause's verb or noun)."""
    cur = t
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == head.i:
            return True
    return False
