"""Tests on a trigger's clause: its object's words, victim counts, "no" quantifiers, claimed responsibility,
thing-like subjects, governing verbs and past reference clauses."""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.actors import DocActors
from geoevents.coding.modality import FACT_PREPS, up_from
from geoevents.coding.targets import ArgumentReader
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import (
    BOUND_PREPS,
    CLAIM_VERBS,
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    HUMAN_NOUNS,
    QUANTITY_NOUNS,
)

__all__ = [
    "circumstance",
    "claimant",
    "document_authors",
    "governed_by",
    "in_bound_clause",
    "is_thing",
    "none_of",
    "object_lemmas",
    "presupposed",
    "victims",
]

# prepositions of the circumstances of a clause: what they name is not what the clause asks for or intends
_CIRCUMSTANCE_PREPS = frozenset({"after", "following", "amid", "amidst", "during", "despite"})


def object_lemmas(verb: Token) -> set[str]:
    obj = ArgumentReader._object(verb)
    if obj is None:
        return set()
    return {obj.lemma_.lower(), *(c.lemma_.lower() for c in kids(obj) if c.dep_ in ("compound", "amod"))}


def victims(verb: Token) -> int:
    """How many people the verb's object counts: 'hundreds of villagers' -> 200, 'at least 40 people' -> 40."""
    obj = ArgumentReader._object(verb)
    if obj is None:
        return 0
    words = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
    best = words.get(obj.lower_, 0)
    for t in obj.subtree:
        if t.like_num and t.dep_ in ("nummod", "pobj", "dobj", "nsubjpass", "compound"):
            try:
                best = max(best, int(float(t.text.replace(",", ""))))
            except ValueError:
                best = max(best, {"hundred": 100, "thousand": 1000, "dozen": 12}.get(t.lower_, 0))
        best = max(best, words.get(t.lower_, 0))
    span = " ".join(t.lower_ for t in obj.subtree)  # "tens / hundreds of thousands of Haitians": the product
    return max(best, *(n for phrase, n in _MULTIPLES if phrase in span), 0)


# counts told as multiples of a round number, and the count each stands for
_MULTIPLES = (("tens of thousands", 20_000), ("hundreds of thousands", 200_000), ("millions", 2_000_000))


def none_of(tok: Token, kind: str) -> bool:
    """'made no arrests', 'no talks were held': the event's noun (or the verb's object) is quantified by 'no'."""
    nouns = [tok] if kind == "noun" else [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.dep_ == "det" and c.lower_ == "no" for n in nouns for c in kids(n))


def claimant(tok: Token) -> Token | None:
    """The subject of 'claimed / took / admitted responsibility for <tok>', or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in ("responsibility", "credit"):
        return None
    verb = prep.head.head
    if prep.head.dep_ != "dobj" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    return next((c for c in kids(verb) if c.dep_ == "nsubj"), None)


# the heads of a body named before them ("the ISI chief", "the CIA director", "the Mossad boss"): people, not things
_OFFICE_NOUNS = frozenset({"chief", "director", "head", "boss", "chairman", "chairwoman", "chairperson", "deputy"})


def is_thing(subj: Token | None, actors: DocActors) -> bool:
    """A subject that names a thing, not an agent: a common noun with no actor word of its own."""
    if subj is None or subj.pos_ != "NOUN" or subj.i in actors.by_token or subj.ent_type_ or \
            subj.lemma_.lower() in HUMAN_NOUNS | QUANTITY_NOUNS | COLLECTIVE_NOUNS | _OFFICE_NOUNS:
        return False  # ("the CIA director met X", "the IAEA chief visited Y": the head of a named body)
    if subj.lemma_.lower() in DOCUMENT_NOUNS and (any(c.i in actors.by_token for c in kids(subj)) or any(
            g.i in actors.by_token for g in document_authors(subj))):
        return False  # "a UN report accused X", "an inquiry by X blamed Y": its author speaks
    # "the doctors' association", "military aircraft": an agent word in the phrase makes it an agent's
    return not any(actors.by_token[c.i].agent_type for c in kids(subj) if c.i in actors.by_token)


def document_authors(subj: Token) -> list[Token]:
    """The "by" objects of a document noun ('a report by Human Rights Watch'), else []."""
    if subj.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    return [g for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "by" for g in kids(c) if g.dep_ == "pobj"]


def governed_by(pred: Token, lemmas: set[str]) -> bool:
    return any(cur.head.lemma_.lower() in lemmas for cur in up_from(pred, 4))


def in_bound_clause(tok: Token) -> bool:
    """Inside 'since November, when X happened': a past reference point, not a report."""
    for cur in up_from(tok, 8):
        if cur.dep_ == "relcl" and cur.head.ent_type_ in ("DATE", "TIME"):
            date = cur.head
            while date.dep_ in ("compound", "amod", "npadvmod") and date.head.i != date.i:
                date = date.head
            return date.dep_ == "pobj" and date.head.lower_ in BOUND_PREPS
    return False


def circumstance(noun: Token, pred: Token) -> bool:
    """The noun is in a phrase of the circumstances of ``pred`` ("demanded an apology after the shelling of X",
    "called for restraint amid strikes on Y"): not the thing asked for, however deep the parser hung it."""
    cur = noun
    for _ in range(8):
        if cur.i == pred.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in _CIRCUMSTANCE_PREPS:
            return True
        cur = cur.head
    return False


def presupposed(noun: Token) -> bool:
    """An event noun that is the object of a cause or concession phrase on a verb ("threatened to take X to court
    over their bans on Y", "pressed ahead despite strikes on Y"): it is asserted by itself, not by the verb."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    return first.dep_ == "pobj" and prep.lower_ in FACT_PREPS and prep.dep_ == "prep" and prep.head.pos_ == "VERB"
