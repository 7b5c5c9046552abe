"""Investigations (CAMEO 09x) told by a noun that frames a clause: "After a five-year investigation, prosecutors
charged X", "police arrested X as part of an inquiry", "issued a warrant for X following a probe".

The noun names neither its investigator nor its aim (no possessor, no "by" agent, no "into" / "of" phrase):
the clause's subject made the inquiry, and it was aimed at the one the clause then acts on (the clause verb's
object, or whom a warrant or a case is "for" / "against"). Only the cheap facts are tested before any walk: the
noun's lemma, its dependency and its preposition.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["INQUIRY_NOUNS", "framed_inquiry_target", "inquiry_frame_subject"]

log = logging.getLogger(__name__)

INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe"})
# prepositions of a frame that an inquiry led to or was the setting of the clause ("as part of" climbs to "as")
_FRAMING = frozenset({"after", "following", "as"})
# what the clause's object is for or against: "a warrant for X", "charges against X"
_ON_PREPS = frozenset({"for", "against"})
# prepositions by which the noun names its own investigator or aim
_OWN_PREPS = frozenset({"by", "into", "of", "on", "against"})


def _frame_verb(tok: Token) -> Token | None:
    """The clause verb that an inquiry noun frames, when the noun names no investigator of its own."""
    if tok.lemma_.lower() not in INQUIRY_NOUNS or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() == "part" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "as part of an investigation"
    elif prep.lower_ == "as":
        return None  # ("as an investigation": a role, no frame)
    if prep.dep_ != "prep" or prep.lower_ not in _FRAMING or prep.head.pos_ != "VERB":
        return None
    if any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in _OWN_PREPS) for c in kids(tok)):
        return None  # ("after an inquiry by X", "after X's probe", "a probe into Y": its own parties, read elsewhere)
    return prep.head


def inquiry_frame_subject(tok: Token) -> Token | None:
    """The subject of the clause an investigation noun frames ("After a long probe, X charged Y" -> X)."""
    verb = _frame_verb(tok)
    return None if verb is None else next((c for c in kids(verb) if c.dep_ == "nsubj"), None)


def framed_inquiry_target(tok: Token) -> Token | None:
    """Whom an investigation noun framing a clause was aimed at: the clause verb's object ("charged X"), or whom
    that object is for or against ("sought a warrant for X")."""
    verb = _frame_verb(tok)
    obj = None if verb is None else next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    on = [g for c in kids(obj) if c.dep_ == "prep" and c.lower_ in _ON_PREPS for g in kids(c)
          if g.dep_ == "pobj"]
    return on[0] if on else obj
