"""Who an investigation (CAMEO 09x) is aimed at: the doer of what is looked into.

``crime_agents`` (demands.py) reads "an inquiry into abuses by X"; these read the doer where wire copy names it
one step further away: a participle clause on the looked-into noun ("evidence of atrocities committed by X"), an
"of" chain ("evidence of executions of prisoners by X"), or the clause a claim carries ("examining claims that X
tortured protesters": its subject).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.modality import Modality, modality_of
from geoevents.coding.tokens import kids
from geoevents.models import Actor

__all__ = ["commissioning_verb", "delegated", "inquiry_mood", "investigated_doers", "not_victims", "police_case"]

log = logging.getLogger(__name__)

_CHAIN_PREPS = frozenset({"of", "into", "on"})
# words that open the question looked into: "looking into whether X cut the cable" (X is the target)
_QUESTIONS = frozenset({"whether", "if", "how", "why"})
# nouns a clause of what happened hangs on: "claims that X tortured Y", "reports that X shelled Y"
_CONTENT_NOUNS = frozenset({"claim", "allegation", "report", "accusation", "suspicion", "evidence", "sign"})


def investigated_doers(looked: Iterable[Token]) -> list[Token]:
    """The doers named for the looked-into nouns (their "of" complements included, two deep): the agent of a
    participle clause on one, or the subject of the clause a claim-like noun carries."""
    todo = [n for n in looked if n.pos_ in ("NOUN", "PROPN")]
    nouns: list[Token] = []
    for _ in range(2):
        nxt = [g for n in todo for c in kids(n) if c.dep_ == "prep" and c.lower_ in _CHAIN_PREPS
               for g in kids(c) if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        nouns += todo
        todo = nxt
    nouns += todo
    out = [s for v in looked if v.dep_ == "pcomp" and v.pos_ in ("VERB", "AUX") and any(  # "into whether X did"
        c.dep_ in ("mark", "advmod") and c.lower_ in _QUESTIONS for c in kids(v)) for s in kids(v)
           if s.dep_ == "nsubj"]
    for n in nouns:
        for c in kids(n):
            if c.dep_ == "prep" and c.lower_ == "by":
                out += [g for g in kids(c) if g.dep_ == "pobj"]  # "executions of prisoners by X"
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "atrocities committed by X"
                out += [g for a in kids(c) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"]
            elif c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB" and n.lemma_.lower() in _CONTENT_NOUNS:
                out += [s for s in kids(c) if s.dep_ == "nsubj"]  # "claims that X tortured protesters"
    return out


# verbs of looking into something, and the bodies set up or sent to do it: "X formed a panel to probe Y"
_INQUIRING = frozenset({"investigate", "probe", "examine", "scrutinize", "scrutinise", "look", "delve", "dig",
                        "document", "audit", "inspect", "gather", "collect"})
_BODIES = frozenset({"commission", "panel", "committee", "team", "mission", "body", "board", "tribunal", "inquiry",
                     "taskforce", "investigator", "expert", "prosecutor", "rapporteur", "envoy", "delegation",
                     "council", "group", "unit"})
_SETTING_UP = frozenset({"set", "form", "appoint", "create", "establish", "name", "send", "dispatch", "deploy",
                         "convene", "constitute", "task", "mandate", "commission", "empower", "assemble", "nominate",
                         "install", "launch", "authorize", "authorise"})


def commissioning_verb(tok: Token) -> Token | None:
    """The verb of "X set up / appointed / sent a panel to investigate Y" when ``tok`` is that infinitive of looking
    into something and hangs on the body X set up: X investigates. Else None."""
    if tok.lemma_.lower() not in _INQUIRING or tok.dep_ not in ("xcomp", "advcl", "acl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)):
        return None
    body = tok.head if tok.dep_ == "acl" else next((c for c in kids(tok.head) if c.dep_ == "dobj"), None)
    if body is None or body.dep_ != "dobj" or body.lemma_.lower() not in _BODIES:
        return None
    verb = body.head
    if verb.lemma_.lower() not in _SETTING_UP or (verb.lemma_.lower() == "set" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in kids(verb))):
        return None
    return verb


def delegated(code: str, tok: Token) -> bool:
    """Whether ``tok`` only sets up the body whose inquiry its infinitive codes ("X set up a panel to probe Y": one
    inquiry, X's into Y, not a second one of the setting up)."""
    if code[:2] != "09" or tok.lemma_.lower() not in _SETTING_UP or tok.pos_ != "VERB":
        return False
    verbs = [c for c in kids(tok) if c.dep_ in ("xcomp", "advcl")]
    verbs += [g for c in kids(tok) if c.dep_ == "dobj" for g in kids(c) if g.dep_ == "acl"]
    return any(commissioning_verb(v) is not None for v in verbs)


def inquiry_mood(pred: Token, code: str) -> Modality:
    """The modality of ``pred``, made plain for the inquiry a body was set up or sent to make ("X appointed a panel
    to investigate Y": X's inquiry is under way once the panel is) when the setting up itself is asserted."""
    mod = modality_of(pred)
    if not mod.speculative or mod.negated or code[:2] != "09" or (verb := commissioning_verb(pred)) is None:
        return mod
    done = modality_of(verb)
    if done.negated or done.speculative or done.future or done.intent:
        return mod
    return replace(mod, speculative=False)


# police who look into an everyday crime or accident that names no doer or party: a police matter, no 09x event
_POLICE = frozenset({"police", "policeman", "officer", "detective", "constable"})
_ORDINARY = frozenset({"theft", "robbery", "burglary", "murder", "killing", "death", "stabbing", "shooting", "crash",
                       "accident", "fire", "blaze", "collapse", "drowning", "assault", "rape", "break-in", "carjacking",
                       "hit-and-run", "mugging", "heist"})
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def police_case(tok: Token, kind: str, code: str) -> bool:
    """Whether ``tok`` is police looking into an everyday crime or accident that names no party ("police are
    investigating the theft of a car", "police are investigating after a bus crashed"); not "police are probing
    the killing of an opposition figure by X" nor "police are investigating whether X ..."."""
    if code[:2] != "09" or kind != "verb" or tok.lemma_.lower() not in _INQUIRING or not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _POLICE for c in kids(tok)):
        return False
    looked = [c for c in kids(tok) if c.dep_ in ("dobj", "ccomp")]
    looked += [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in _CHAIN_PREPS for g in kids(c)
               if g.dep_ in ("pobj", "pcomp")]
    return not any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in kids(tok)) and all(
        n.lemma_.lower() in _ORDINARY and not any(t.ent_type_ in _PARTY_ENTS or (
        t.dep_ in ("prep", "agent") and t.lower_ == "by") for t in n.subtree) for n in looked)


# harms whose "of" complement names the victim: "an inquiry into the killing of a Pakistani journalist"
_HARMS = frozenset({"killing", "death", "murder", "shooting", "disappearance", "abduction", "kidnapping",
                    "assassination", "beating", "torture", "rape", "lynching", "poisoning", "stabbing"})


def not_victims(tok: Token, code: str, targets: list[Actor | None]) -> list[Actor | None]:
    """The targets of an investigation (09x) without the victims of the harm it looks into: "a probe into the killing
    of a Pakistani journalist" is not aimed at Pakistan (its doer is unnamed); other codes' targets unchanged."""
    if code[:2] != "09" or not targets or all(t is None for t in targets):
        return targets
    spans = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)) for h in tok.subtree
             if h.lemma_.lower() in _HARMS for c in kids(h) if c.dep_ == "prep" and c.lower_ == "of"
             for g in kids(c) if g.dep_ == "pobj"]
    doers = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)) for h in tok.subtree
             if h.dep_ == "agent" or (h.dep_ == "prep" and h.lower_ == "by") for g in kids(h) if g.dep_ == "pobj"]
    return [t for t in targets if t is None or not any(a <= t.start < b for a, b in spans) or any(
        a <= t.start < b for a, b in doers)]  # ("the deaths of protesters shot by police": the police did it)
