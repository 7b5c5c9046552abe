"""Asking a court to order a party to act is a lawsuit against that party (115).

"Ukraine asked the International Court of Justice to order Russia to halt its invasion", "South Africa petitioned
the ICJ to order Israel to stop its offensive", "Guyana asked the World Court to bar Venezuela from holding the
vote": the court is where the case is brought, and the party it is asked to order is the one sued (coding_gold.md,
batch b: a lawsuit is coded against the opposing state). Asking a court anything else ("asked the court to
postpone the hearing") stays an appeal to the court.

``court_rule`` tests the verb's lemma first and reads its object and complement only for verbs of asking.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.tokens import kids

__all__ = ["LAWSUIT", "court_rule", "petitioned_party"]

LAWSUIT = "115"
_ASKING = frozenset({"ask", "petition", "urge", "request", "implore"})
_COURTS = frozenset({"court", "tribunal", "icj", "itlos", "judge", "judges", "arbitrator", "arbitration"})
# what a court is asked to order a party to do, or to keep it from doing
_ORDERING = frozenset({"order", "bar", "compel", "force", "require", "instruct", "direct", "oblige", "prevent",
                       "stop", "block", "prohibit", "forbid"})


def petitioned_party(court: Token | None) -> Token | None:
    """The party a court (``court``, the object of a verb of asking) is asked to order: 'asked the ICJ to order
    Russia to halt ...' -> Russia; else None."""
    if court is None or court.lemma_.lower() not in _COURTS or court.head.lemma_.lower() not in _ASKING:
        return None
    order = next((c for c in kids(court.head) if c.dep_ in ("xcomp", "ccomp", "advcl") and
                  c.lemma_.lower() in _ORDERING and c.i > court.i), None)
    if order is None:
        return None
    # "order Russia to halt": the object, or the subject the parser gave the ordered clause ("order Israel to halt")
    return next((c for c in kids(order) if c.dep_ in ("dobj", "nsubj")), None) or next(
        (g for c in kids(order) if c.dep_ in ("ccomp", "xcomp") for g in kids(c) if g.dep_ == "nsubj"), None)


def court_rule(verb: Token, lemma: str) -> Rule | None:
    """The lawsuit row (115, aimed at the party the court is asked to order) of a verb of asking, else None."""
    if lemma not in _ASKING or petitioned_party(next((c for c in kids(verb) if c.dep_ == "dobj"), None)) is None:
        return None
    return verb_rule(lemma, LAWSUIT)
