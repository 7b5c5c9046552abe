"""The party a coercive act (CAMEO 17) falls on when the parse hides it: the people of a nominal act that is the
verb's object ("ordered the detention of a lawyer"), the object of a particle the parser took for a preposition
("hauled in dozens of protesters"), "them" after a clause on people ("... marched, and police dispersed them"),
and an unnamed group named by its kind ("banned two opposition coalitions")."""

from __future__ import annotations

import logging

from spacy.tokens import Token

__all__ = ["coerced_group", "coerced_head"]

log = logging.getLogger(__name__)

# nominal acts whose "of" phrase names the people acted upon: "ordered the arrest / expulsion of X"
_ACT_NOUNS = frozenset({"arrest", "detention", "imprisonment", "prosecution", "expulsion", "deportation",
                        "internment", "incarceration", "eviction", "banishment"})
# particles of coercive phrasal verbs ("hauled in", "rounded up", "locked up") the parser may take for prepositions
_PARTICLES = frozenset({"in", "up", "away", "off"})
# organisations a coercive act may fall on, named by the kind of group that forms them ("opposition coalitions")
_GROUP_NOUNS = frozenset({"group", "coalition", "alliance", "bloc", "movement", "organisation", "organization",
                          "association", "union", "front", "network", "foundation", "society", "federation",
                          "platform", "party", "parties", "faction", "league", "council", "committee"})


def coerced_head(tok: Token, obj: Token | None, code: str) -> Token | None:
    """The phrase naming who a verb's coercive act (17x) falls on, when it is not the direct object itself.

    "ordered the detention of a rights lawyer": the lawyer; "hauled in dozens of protesters" (the parser's
    preposition "in"): the dozens. Any other object is returned as it is."""
    if code[:2] != "17":
        return obj
    if obj is None:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.i and nxt.lower_ in _PARTICLES:
            return next((g for g in nxt.children if g.dep_ == "pobj"), None)
        return None
    if obj.lower_ == "them" and tok.dep_ == "conj":  # "protesters marched ..., and police dispersed them"
        return next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), obj)
    if obj.lemma_.lower() in _ACT_NOUNS:
        return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), obj)
    return obj


def coerced_group(head: Token, code: str) -> bool:
    """Whether a coercive act falls on an unnamed organisation named by the kind of group that forms it, so that
    the word for that kind names the party: "banned two opposition coalitions" (the opposition of the country)."""
    return code[:2] == "17" and head.lemma_.lower() in _GROUP_NOUNS
