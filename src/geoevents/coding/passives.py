"""Passive readings that name the one acted on as a clause's subject and the doer in a phrase.

'Army positions came under attack from the RSF', 'the convoy came under heavy shelling by X', 'the town was
under fire from X': the act is the noun's (an attack by X), aimed at the subject of 'come/fall/be under'.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.modality import REPORTING
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import VIOLENT_ROOTS

__all__ = ["attack_in", "claimed_by", "gerund_noun", "passive_conjunct", "phrase_noun", "shared_agent",
           "speakers_object", "stranded_subject", "under_attack", "under_attack_agents", "under_verb"]

log = logging.getLogger(__name__)

_OWNING = frozenset({"its", "their"})
_CLAIMING = frozenset(REPORTING | {"claim", "allege", "accuse", "complain", "protest", "charge"})
_SEIZING = frozenset({"171", "173", "174"})  # seized its ships, detained / expelled its citizens
_FRAME_PREPS = frozenset({"in", "during"})
_UNDER_VERBS = frozenset({"come", "fall", "be", "remain"})  # "came under attack", "was under fire"
_AGENT_PREPS = frozenset({"from", "by"})
_TOPIC_PREPS = frozenset({"over", "for", "about"})  # "came under attack over its budget": criticism
_CRITICS = frozenset({  # "came under attack from critics / the opposition / lawmakers": words, not force
    "critic", "opposition", "lawmaker", "legislator", "mp", "senator", "politician", "party", "activist",
    "campaigner", "rights", "group", "media", "press", "newspaper", "commentator", "analyst", "rival", "voter",
    "union", "observer", "watchdog", "expert", "economist", "investor", "member", "leader", "minister"})


def under_verb(noun: Token) -> Token | None:
    """The verb of 'came / fell / was under <noun>', else None (whatever the noun)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep" or \
            prep.head.lemma_.lower() not in _UNDER_VERBS:
        return None
    return prep.head


def under_attack(noun: Token, code: str) -> Token | None:
    """The subject of 'X came under <violent noun>': X, the one attacked; else None."""
    verb = under_verb(noun) if code[:2] in VIOLENT_ROOTS else None
    if verb is None or any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for h in (noun, verb) for c in kids(h)):
        return None
    if any(t.lemma_.lower() in _CRITICS for c in kids(noun) if c.dep_ in ("prep", "agent")
           and c.lower_ in _AGENT_PREPS for t in c.subtree):
        return None
    return next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)


def under_attack_agents(noun: Token, code: str) -> tuple[Token, list[Token]] | None:
    """'came under attack from / by Y': the verb and Y (as an agent clause reads them); else None."""
    if under_attack(noun, code) is None:
        return None
    agents = [g for c in kids(noun) if c.dep_ in ("prep", "agent") and c.lower_ in _AGENT_PREPS
              for g in kids(c) if g.dep_ == "pobj"]
    return (noun.head.head, agents) if agents else None


def attack_in(verb: Token) -> Token | None:
    """The act an agentless passive happened in, read as its doer would be: 'were killed in a Russian air strike'
    (as 'a Russian air strike killed ...'); the first common noun after 'in' / 'during', else None."""
    if verb.dep_ != "acl" and not any(c.dep_ == "nsubjpass" for c in kids(verb)):
        return None
    return next((g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in _FRAME_PREPS
                 for g in kids(c) if (g.dep_ == "pobj" and g.pos_ == "NOUN") or gerund_noun(g)), None)


def gerund_noun(tok: Token) -> bool:
    """Whether a preposition's gerund complement is a noun the parser took for a clause: 'by / in Russian
    shelling' (a modifier and no object or subject of its own), not 'by shelling the town'."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and any(c.dep_ in ("amod", "compound") for c in kids(tok)) and \
        not any(c.dep_ in ("dobj", "nsubj", "aux", "auxpass") for c in kids(tok))


def phrase_noun(prep: Token) -> Token | None:
    """The noun a preposition (or agent 'by') governs: its object, or a gerund noun ('by Russian shelling')."""
    return next((g for g in kids(prep) if g.dep_ == "pobj" or gerund_noun(g)), None)


# prepositions of what an act of force is aimed at ("fired on its positions", "rammed into its boat")
_AIMED = frozenset({"on", "at", "against", "upon", "into"})


def speakers_object(verb: Token, code: str) -> Token | None:
    """'X said Y had fired on its positions', 'Y rammed its boat, X said': X, whose positions an act of force
    or coercion reported by X hit (one does not attack one's own); the speaker's subject token, else None."""
    if (code[:2] not in VIOLENT_ROOTS or code[:3] == "191") and code[:3] not in _SEIZING:
        return None  # ("Y had closed its border": a blockade of Y's own making)
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in _AIMED for g in kids(c)
             if g.dep_ == "pobj"]  # ("fired into the sea off its coast": the shooter's own coast)
    objs += [g for o in list(objs) for c in kids(o) if c.dep_ == "prep" and c.lower_ == "of"
             for g in kids(c) if g.dep_ == "pobj"]  # "one of its drones"
    if not any(c.dep_ == "poss" and c.lower_ in _OWNING for o in objs for c in kids(o)):
        return None
    gov = verb.head if verb.dep_ == "ccomp" else next(
        (c for c in kids(verb) if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _CLAIMING), None)
    if gov is None or gov.i == verb.i or gov.lemma_.lower() not in _CLAIMING:
        return None
    return next((c for c in kids(gov) if c.dep_ == "nsubj"), None)


def passive_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is a later participle of a passive it is joined to, with no subject or auxiliary of its own:
    'seized' in 'the ship was boarded and seized by X' (it shares the passive's subject)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.i >= verb.i:
        return False
    own = [c.dep_ for c in kids(verb)]
    head = verb.head  # (a passive clause, or a reduced one: "an official, targeted and killed by X, ...")
    return not any(d in ("nsubj", "nsubjpass", "auxpass", "aux", "dobj") for d in own) and (
        (head.dep_ == "acl" and head.tag_ == "VBN") or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(head)))


def shared_agent(verb: Token) -> Token | None:
    """The 'by' phrase a passive shares with a later participle joined to it ('the ship was boarded and seized by X':
    X boarded it too); None when the verb has an agent of its own or no such conjunct carries one."""
    kin = kids(verb)
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in kin):
        return None
    return next((a for c in kin if c.dep_ == "conj" and passive_conjunct(c) for a in kids(c) if a.dep_ == "agent"),
                None)


def claimed_by(noun: Token) -> list[Token]:
    """The doers an attack noun's own participle names as claiming it: 'in a suicide bombing claimed by X' (X did
    it); [] for anything else ('islands claimed by X' are no act, and only the noun's own clause counts)."""
    return [g for v in kids(noun) if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() == "claim" and not any(
        c.dep_ == "neg" for c in kids(v)) for c in kids(v) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"]


def stranded_subject(verb: Token, preps: frozenset[str]) -> Token | None:
    """The subject of a prepositional passive, which the stranded preposition is about: 'the boat was fired on /
    upon by X' (X fired on the boat); None when the preposition has an object of its own or there is no passive."""
    if not any(c.dep_ in ("prep", "prt") and c.lower_ in preps and not kids(c)
               for c in kids(verb)):
        return None
    return next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
