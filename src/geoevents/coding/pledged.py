"""Aid and help that are only pledged or offered, not given (the intent is coded by the pledge itself).

* "announced a pledge of 300 million euros in aid to Ukraine", "an offer of food aid to Sudan": the aid noun
  inside a pledge, offer, promise or commitment, or a verb's aid row read through its pledge object, names what
  is pledged; it was not delivered (no 07x). The pledge noun's own row codes the intent (033x).
* "pledged to help mediate between X and Y", "offered to help broker a truce": helping to mediate is mediating
  (039 from the complement); "help" without a recipient of its own gives no aid (070 / 033) beside it.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["pledged_only"]

_PLEDGE_NOUNS = frozenset({"pledge", "offer", "promise", "commitment"})
_INSIDE = frozenset({"pobj", "prep", "compound", "conj", "appos"})
_HELPING = frozenset({"help", "assist"})
_MEDIATING = frozenset({"mediate", "broker", "facilitate", "negotiate", "arbitrate"})


def _in_pledge(noun: Token) -> bool:
    cur = noun
    for _ in range(5):
        if cur.dep_ not in _INSIDE or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in _PLEDGE_NOUNS:
            return True
    return False


def pledged_only(rule: Rule, tok: Token) -> bool:
    """Whether the trigger is aid only pledged (a noun inside a pledge) or help that is a mediation (see above)."""
    if rule.code[:2] != "07":
        return False  # (the cheap facts first)
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.dep_ in ("pobj", "compound", "conj", "appos") and _in_pledge(tok)
    if tok.pos_ == "VERB" and rule.objects and any(  # "announced a pledge of 300 million euros": the pledge's
            c.dep_ == "dobj" and c.lemma_.lower() in _PLEDGE_NOUNS for c in kids(tok)):  # own row codes it
        return True
    return rule.lemma in _HELPING and tok.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "dative") for c in kids(tok)) and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _MEDIATING for c in kids(tok))
