"""Argument readings for acts of pressure (CAMEO 12, 13, 16, 17): where a reduce-relations or coercion verb's
prepositional party hangs (on the passive subject, on a verb particle), and who authored a rejected proposal."""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["PARTY_PREPS", "by_doer", "of_things", "owned_aim", "particle_holders", "party_holders", "proposer"]

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
    return [c for c in kids(tok) if (c.dep_ == "nsubjpass" and c.pos_ == "NOUN") or (
        c.lower_ in _PHRASAL and (c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and c.i == tok.i + 1)))]


# verbs that name who authored a proposal: "the plan put forward by X", "a draft tabled by X", "an offer made by X"
_AUTHORING = frozenset({"put", "propose", "draft", "table", "submit", "make", "present", "offer", "extend", "sponsor",
                        "float", "unveil", "announce", "issue", "send", "deliver", "lay", "suggest", "advance"})


# participles that name the owner of property seized: "trucks belonging to X", "a tanker owned by X"; and those
# that tie it to a party: "a ship linked to an Israeli businessman"
_OWNING = frozenset({"own", "operate", "run", "charter"})
_TIED = frozenset({"belong", "link", "tie", "connect"})


def proposer(obj: Token | None, code: str) -> Token | None:
    """The party a participle on the object names, when the object phrase itself does not: who authored the
    proposal a rejection (12x) turns down ("rejected the ceasefire proposal put forward by Egypt" -> Egypt), or
    whose property was seized or hijacked (171, 181: "seized trucks belonging to a Chinese firm", "a tanker owned
    by X", "hijacked a ship linked to an Israeli businessman")."""
    seized = code[:3] in ("171", "181")
    if obj is None or (not seized and code[:2] != "12") or any(c.dep_ == "poss" for c in kids(obj)):
        return None
    for c in kids(obj):
        if seized and c.dep_ == "acl" and c.lemma_.lower() in _TIED:
            return next((g for p in kids(c) if p.dep_ == "prep" and p.lower_ == "to" for g in kids(p)
                         if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in (_OWNING if seized else _AUTHORING):
            agent = next((a for a in kids(c) if a.dep_ == "agent"), None)
            doer = next((g for g in kids(agent) if g.dep_ == "pobj"), None) if agent is not None else None
            if doer is not None:
                return doer
    return None


PARTY_PREPS = frozenset({"with", "between", "against", "on", "to"})


def of_things(tok: Token) -> list[Token]:
    """The common nouns an act noun's "of" names, and theirs ("the signing of a memorandum of understanding", "the
    collapse of talks"): the parser hangs the other party ("with X") on them, not on the act noun."""
    if tok.pos_ != "NOUN":
        return []
    out: list[Token] = []
    cur = tok
    for _ in range(2):
        nxt = next((g for c in kids(cur) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                    if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if nxt is None:
            break
        out.append(nxt)
        cur = nxt
    return out


# participles of reaching an accord, which the parser may read as the verb of its noun ("the truce agreed between X
# and Y was holding": "agreed" with "truce" as its subject)
_SETTLING = frozenset({"agree", "reach", "sign", "seal", "strike", "broker", "conclude", "negotiate", "announce"})


def party_holders(tok: Token) -> list[Token]:
    """Where the other party of an act noun may hang besides the noun itself: ``of_things``, and the participle that
    qualifies it ("the truce reached between X and Y", "the accord signed with X")."""
    if tok.pos_ != "NOUN":
        return []
    out = of_things(tok) + [c for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBN"]
    verb = tok.head
    if ((tok.dep_ == "nsubj" and verb.i == tok.i + 1) or tok.dep_ == "nsubjpass") and \
            verb.lemma_.lower() in _SETTLING and verb.tag_ in ("VBN", "VBD") and \
            any(c.dep_ == "prep" and c.lower_ == "between" for c in kids(verb)):
        out.append(verb)  # ("the ceasefire agreed between X and Y on Monday was holding": a misread participle;
        # "a deal was reached between X and Y": the passive's subject)
    return out


def by_doer(noun: Token) -> Token | None:
    """The doer a 'by' phrase names for an act noun: its own 'by' phrase ('the test by X'), the one the parser hangs
    on its 'of' complement ('the arrest of two journalists by X', 'the deportation of hundreds of refugees by X'),
    or the agent of a participle on it ('the deal struck by X and Y', 'the sanctions imposed by X'), or a "by" phrase
    the parser hung on the verb the noun is the object of; else None."""
    holders = [noun, *(g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                       if g.dep_ == "pobj")]
    holders += [g for h in holders[1:] for c in kids(h) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                if g.dep_ == "pobj"]  # ("hundreds of refugees by X")
    for h in holders:
        doer = next((g for c in kids(h) if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in kids(c)
                     if g.dep_ == "pobj"), None)
        if doer is not None:
            return doer
    agent = next((g for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and not any(
        n.dep_ == "neg" for n in kids(c)) for a in kids(c) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"),
        None)  # (a negated participle names no doer: "the restrictions not approved by the UN")
    verb = noun.head  # ("criticised the deportation of migrants by X": the parser may hang "by X" on the verb)
    if agent is not None or noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(
            c.dep_ in ("auxpass", "agent") for c in kids(verb)):
        return agent
    return next((g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
                 for g in kids(c) if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)


# roots of acts done to another party by force or coercion, whose "its" aim in a reported clause is the speaker's
_HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})
_AIM_PREPS = frozenset({"on", "against", "at", "targeting"})
_CLOSING = frozenset({"close", "shut", "seal", "reopen", "open"})  # one's own border or airspace: "closed its border"


# the reporter's own: "its", "their", and in a direct quote "our" ('"X rammed our boat," Y said')
_OWNERS = frozenset({"its", "their", "our"})


def owned_aim(tok: Token, code: str) -> bool:
    """Whether a coercive or violent act is aimed at something owned by 'its' / 'their' (its object, or the 'on /
    against' phrase of the verb or its object): 'Albania said Iran carried out a cyber attack on its government
    websites' (Iran attacking its own sites makes no sense: the owner is the one reporting)."""
    if code[:2] not in _HOSTILE_ROOTS or tok.pos_ != "VERB" or tok.lemma_.lower() in _CLOSING:
        return False
    objs = [c for c in kids(tok) if c.dep_ == "dobj"]
    aims = objs + [g for h in (tok, *objs) for c in kids(h) if c.dep_ == "prep" and c.lower_ in _AIM_PREPS
                   for g in kids(c) if g.dep_ == "pobj"]
    return any(c.dep_ == "poss" and c.lower_ in _OWNERS for a in aims for c in kids(a)) and not any(
        c.lower_ == "own" for a in aims for c in kids(a))  # ("shelled its own positions": the doer's)
