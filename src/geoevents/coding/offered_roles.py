"""An offer named by the role it puts forward: "offered Muscat as a venue for talks between X and Y", "offered
itself as a mediator between X and Y" (039, an offer to mediate, toward the parties the role names)."""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["offered_purpose", "offered_roles", "role_parties"]

_PARTY_PREPS = frozenset({"between", "among"})
# a place offered as a venue is an offer to mediate only for talks ("as a venue for the trade fair" is not)
_VENUES = frozenset({"venue", "host", "location", "site"})
_TALKS = frozenset({"talk", "negotiation", "meeting", "summit", "conference", "dialogue", "round", "consultation",
                    "discussion", "mediation", "contact"})


def offered_roles(verb: Token) -> list[Token]:
    """The role nouns of a verb's "as" complement, on the verb or on its object ("offered Bangkok as a venue
    for talks", "offered itself as an intermediary"): what is offered, when the object is only who or where
    offers it."""
    holders = [verb, *(c for c in kids(verb) if c.dep_ == "dobj")]
    roles = [g for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ == "as"
             for g in kids(c) if g.dep_ == "pobj"]
    return [r for r in roles if r.lemma_.lower() not in _VENUES or any(
        t.lemma_.lower() in _TALKS for t in _purposes(r))]


def _purposes(role: Token) -> list[Token]:
    """What a role is for: its "for" objects and their "of" objects ("for a new round of peace talks")."""
    out = [g for c in kids(role) if c.dep_ == "prep" and c.lower_ == "for" for g in kids(c) if g.dep_ == "pobj"]
    return out + [g for h in out for c in kids(h) if c.dep_ == "prep" and c.lower_ == "of"
                  for g in kids(c) if g.dep_ == "pobj"]


def role_parties(verb: Token) -> list[Token]:
    """The parties of the offered role's "between" phrase, on the role or on its "for talks" ("as a venue for
    talks between Iran and the United States", "as a mediator between Venezuela and Guyana")."""
    out: list[Token] = []
    for role in offered_roles(verb):
        holders = [role, *_purposes(role)]
        out += [p for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ in _PARTY_PREPS
                for g in kids(c) if g.dep_ == "pobj" for p in (g, *g.conjuncts)]
    return out


def offered_purpose(noun: Token) -> bool:
    """Whether a noun is what an offered role is for ("offered Muscat as a venue for talks", "for a new round of
    talks"): an act offered, not one held."""
    cur = noun
    for _ in range(3):  # (up "for" and "of" phrases to the role noun)
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or cur.head.lower_ not in ("for", "of"):
            return False
        cur = cur.head.head
        if cur.pos_ == "NOUN" and any(cur.i == r.i for v in (cur.head.head,) for r in offered_roles(v)):
            return cur.head.dep_ == "prep" and cur.head.lower_ == "as"
    return False
