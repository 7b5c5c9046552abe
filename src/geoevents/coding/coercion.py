"""Argument readings for acts of pressure (CAMEO 12, 13, 16, 17): where a reduce-relations or coercion verb's
prepositional party hangs (on the passive subject, on a verb particle), and who authored a rejected proposal."""

from __future__ import annotations

import logging

from spacy.tokens import Token

__all__ = ["particle_holders", "proposer"]

log = logging.getLogger(__name__)

# particles that open a prepositional phrase of the verb: "pulled out of the talks", "walked away from the deal"
_PHRASAL = frozenset({"out", "away", "off", "back"})


def particle_holders(tok: Token) -> list[Token]:
    """Tokens besides the verb that may carry its prepositions.

    "Diplomatic ties with X were severed": the passive subject carries "with X" (the object row's party);
    "pulled out of negotiations", "withdrew back from", "pushed back into", "sent the fugitive back to X": the
    particle (or the adverb the parser takes it for) carries the preposition ("out of").
    """
    if tok.pos_ != "VERB":
        return []
    return [c for c in tok.children if (c.dep_ == "nsubjpass" and c.pos_ == "NOUN") or (
        c.lower_ in _PHRASAL and (c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and c.i == tok.i + 1)))]


# verbs that name who authored a proposal: "the plan put forward by X", "a draft tabled by X", "an offer made by X"
_AUTHORING = frozenset({"put", "propose", "draft", "table", "submit", "make", "present", "offer", "extend", "sponsor",
                        "float", "unveil", "announce", "issue", "send", "deliver", "lay", "suggest", "advance"})


# participles that name the owner of property seized: "trucks belonging to X", "a tanker owned by X"
_OWNING = frozenset({"own", "operate", "run", "charter"})


def proposer(obj: Token | None, code: str) -> Token | None:
    """The party a participle on the object names, when the object phrase itself does not: who authored the
    proposal a rejection (12x) turns down ("rejected the ceasefire proposal put forward by Egypt" -> Egypt), or
    whose property was seized (171: "seized trucks belonging to a Chinese firm", "a tanker owned by X")."""
    if obj is None or (code[:3] != "171" and code[:2] != "12") or any(c.dep_ == "poss" for c in obj.children):
        return None
    seized = code[:3] == "171"
    for c in obj.children:
        if seized and c.dep_ == "acl" and c.lemma_.lower() == "belong":
            return next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                         if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in (_OWNING if seized else _AUTHORING):
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            doer = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if doer is not None:
                return doer
    return None
