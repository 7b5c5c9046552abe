"""Actors listed with a subject in shapes the parser does not read as one coordination, so that each of them is
given its own event ("coordinated actors are distributed"): a list whose second member the parser took for an
apposition ("Canada, Ukraine, Sweden and Britain took Iran to court"), companions hung on the verb or on the
subject ("Kenya, along with Ethiopia, condemned ...", "Australia, alongside New Zealand, pledged ...", "Egypt,
joined by Jordan, condemned ...", "Poland joined Lithuania in condemning ...") and a second subject the parser left
beside the first ("Norway as well as Denmark imposed ...") or in a headline's first place ("Japan, Philippines sign
defence pact")."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from spacy.tokens import Token

from geoevents.coding.tokens import kids
from geoevents.coding.vocab import BORDER_NOUNS

if TYPE_CHECKING:
    from geoevents.coding.actors import Hit

__all__ = ["agent_compound", "excluded", "listed_with", "shared_frontier"]

log = logging.getLogger(__name__)

_NAMED = frozenset({"GPE", "ORG", "NORP"})
_COMPANION_PREPS = frozenset({"along", "together"})
# a line two neighbours share: "A and B each moved troops to their shared border"
_FRONTIERS = frozenset(BORDER_NOUNS - {"line"})  # ("their front line" is no border they share)
# armed bodies that act with a subject: "Uganda, with Congolese forces, attacked ..."
_FORCES = frozenset({"force", "troop", "soldier", "army", "police", "navy", "militia", "fighter", "ally", "partner",
                     "unit", "warship", "jet", "officer", "counterpart"})


def listed_with(head: Token) -> list[Token]:
    """Tokens heading the actor phrases listed with ``head`` (a subject or an object) outside its conjuncts; []."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or head.conjuncts:
        return []
    subject = head.dep_ in ("nsubj", "nsubjpass")
    out: list[Token] = []
    for c in kids(head):
        if c.dep_ == "appos" and c.i > head.i and _same_name_kind(head, c) and _ends_in_and(c):
            out += [c, *c.conjuncts]  # "Canada, Ukraine, Sweden and Britain": a list, not an apposition
        elif subject and c.i > head.i and c.dep_ == "prep":
            out += _set_off(c)  # "Australia, alongside New Zealand, pledged ..."
        elif subject and c.i > head.i and c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() == "join":
            out += [m for a in kids(c) if a.dep_ == "agent" for m in _members(a)]  # "Egypt, joined by Jordan,"
    if head.dep_ != "nsubj" or head.head.i == head.i:
        return out
    verb = head.head
    if verb.lemma_.lower() == "join" and verb.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in kids(c))
            for c in kids(verb)):  # "Poland joined Lithuania and Latvia in condemning X": each of them condemned X
        out += [m for o in kids(verb) if o.dep_ == "dobj" and o.pos_ == "PROPN" for m in (o, *o.conjuncts)]
    for c in kids(verb):
        if not head.i < c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _COMPANION_PREPS:  # "Kenya, along with Ethiopia, condemned ..."
            out += [m for w in kids(c) if w.dep_ == "prep" and w.lower_ == "with" for m in _members(w)]
        elif c.dep_ == "prep":
            out += _set_off(c)  # "Washington, with Tokyo, imposed ..."
        elif c.dep_ == "nsubj" and any(k.dep_ == "cc" and head.i < k.i < c.i for k in kids(head)):
            out += [c, *c.conjuncts]  # "Norway as well as Denmark imposed ...": the parser's second subject
    return out + _headline_pair(head, verb)


def _headline_pair(head: Token, verb: Token) -> list[Token]:
    """'Japan, Philippines sign defence pact', 'India, UAE sign trade deal': a headline's two parties set off by a
    comma at the sentence's start, which the parser reads as two subjects or as a modifier and a subject, else []."""
    if head.pos_ != "PROPN" or head.ent_type_ not in _NAMED or head.i > verb.i:
        return []
    out: list[Token] = []
    for c in kids(verb):
        if c.i == head.i or c.dep_ not in ("npadvmod", "nsubj", "dep") or c.pos_ != "PROPN" or \
                c.ent_type_ not in _NAMED or c.i > verb.i:
            continue
        first, second = (c, head) if c.i < head.i else (head, c)
        comma = second.left_edge.i - 1  # (the parser may hang the comma on the first name)
        if first.left_edge.i == first.sent.start and first.i < comma <= first.right_edge.i + 1 and \
                first.doc[comma].text == ",":
            out.append(c)
    return out


def _set_off(prep: Token) -> list[Token]:
    """The partners of ', alongside Y,' or ', with Y forces,' set off by commas after a subject, else []."""
    if prep.lower_ not in ("alongside", "with") or not _comma_before(prep):
        return []
    return [m for m in _members(prep) if m.pos_ == "PROPN" or m.lemma_.lower() in _FORCES]
    # (not "Israel, with US backing, ...", "Russia, with its vast reserves, ...")


def _members(prep: Token) -> list[Token]:
    return [m for g in kids(prep) if g.dep_ == "pobj" for m in (g, *g.conjuncts)]


def _comma_before(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _same_name_kind(head: Token, appos: Token) -> bool:
    """Both are proper names of the same kind of entity (two countries, two organisations)."""
    return head.pos_ == "PROPN" and appos.pos_ == "PROPN" and head.ent_type_ in _NAMED and \
        appos.ent_type_ == head.ent_type_


def _ends_in_and(first: Token) -> bool:
    """The apposition is the first of a list closed by 'and' ('Ukraine, Sweden and Britain')."""
    conj = first.conjuncts
    return bool(conj) and any(k.dep_ == "cc" and k.lower_ in ("and", "&", "as") for t in (first, *conj)
                              for k in kids(t))  # ("Lebanon, Jordan as well as Iraq")


def excluded(member: Token) -> bool:
    """A conjunct set apart by 'not': "the United States, but not Britain (or France), condemned ..." (they did not),
    "Canada and not Mexico imposed ..."."""
    cur = member
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        if any(c.dep_ == "neg" for c in kids(cur)):
            return True
        cur = cur.head
    return False


def agent_compound(head: Token, by_token: dict[int, Hit]) -> bool:
    """'coast guard vessels', 'navy ships': a noun that names no agent, compounded with one that does; 'vessels from
    A, B and C' are then the agents' of each country ("ministers from A and B", not "imports from A and B")."""
    return head.n_lefts > 0 and any(c.dep_ == "compound" and (h := by_token.get(c.i)) is not None and
                                    h.agent_type is not None for c in head.lefts)


def shared_frontier(verb: Token) -> bool:
    """'A and B each moved troops to / massed troops along their (shared) border': the act of each coordinated subject
    on the border they share is aimed at the other (asked only when the subjects are several and no target is)."""
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]  # ("deployed thousands of soldiers along their frontier")
    lines = objs + [g for h in (verb, *objs) for c in kids(h) if c.dep_ == "prep" for g in kids(c)
                    if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _FRONTIERS and any(p.dep_ == "poss" and p.lower_ == "their" for p in kids(g))
               and not any(p.dep_ == "prep" and p.lower_ == "with" for p in kids(g))  # (not "their border with X")
               for g in lines)
