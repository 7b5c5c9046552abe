"""Threats that name no actor as their target, and the target of a vowed response.

coding_gold.md codes a threat with an empty target when none is named ("threatened to close the Strait of
Hormuz": a shipping lane no actor owns; "threatened to use nuclear arms"; "vowed to avenge its fighters"). Only
threats of force (138x) said with a threatening verb are coded open: "warned of war" with no target is a forecast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from geoevents.coding.actors import DocActors
from geoevents.coding.aims import AimReader
from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.tokens import kids
from geoevents.models import Actor

__all__ = ["answered_target", "hazard_warning", "idle_threat", "open_threat", "threat_target", "timed_demand",
           "warned_force"]

# the verbs that make a threat of force on their own (not "warn": "warned of war" foresees it)
_THREATENING = frozenset({"threaten", "vow", "pledge", "swear", "promise"})
_REPLYING = frozenset({"respond", "react"})
_REVENGE = frozenset({"retaliate", "avenge", "kill", "execute", "behead"})
# what a generic threat of force must name to be one when no target is named
_FORCE = frozenset({"force", "attack", "strike", "airstrike", "war", "weapon", "violence", "missile", "bomb",
                    "bombing", "offensive", "operation", "hostility", "fighting", "military", "army", "troop"})
# "gave X a week to ...": the verbs of a deadline, the spans it is counted in, and what a span to do is not
# an ultimatum for (a span to leave is an expulsion, 174, read by the rows)
_GRANTING = frozenset({"give", "grant"})
_SPANS = frozenset({"hour", "day", "week", "month", "minute"})
_LEAVING = frozenset({"leave", "depart", "quit", "exit", "go"})


def timed_demand(tok: Token) -> Rule | None:
    """"ECOWAS gave the junta one week to reinstate the president", "gave Hamas 72 hours to free the hostages":
    a deadline set on another party to act is an ultimatum (139); its target is the party given the span."""
    lemma = tok.lemma_.lower()
    if lemma not in _GRANTING:
        return None
    children = kids(tok)
    spans = [c for c in children if c.dep_ in ("dobj", "npadvmod", "dative") and c.lemma_.lower() in _SPANS and any(
        g.dep_ in ("nummod", "det") for g in kids(c))]
    if not spans or not any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in _SPANS for c in children):
        return None
    acts = [c for h in (tok, *spans) for c in kids(h) if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))]
    if not acts or any(c.lemma_.lower() in _LEAVING for c in acts):
        return None
    return verb_rule(lemma, "139")


def open_threat(tok: Token, kind: str, code: str) -> bool:
    """Whether a threat of force with no actor as target is coded with an empty target: its trigger is, or is the
    complement of, a threatening verb ("threatened to block the strait", "vowed to avenge the deaths")."""
    if kind != "verb" or code[:3] != "138":
        return False  # (most triggers: read nothing more)
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _REPLYING for c in (tok, *kids(tok))):
        return False  # "vowed to respond" (to what?): coded only at a named target
    cur = tok
    for _ in range(3):  # the trigger, or the infinitive (of an infinitive) it governs: "threatened to use force"
        if cur.lemma_.lower() in _THREATENING:
            return code != "138" or _forceful(tok)
        if cur.dep_ != "xcomp":
            return False
        cur = cur.head
    return False


def _forceful(tok: Token) -> bool:
    """Whether a generic threat of force (138) says force: "vowed to retaliate / avenge", "to resume attacks", "to
    use force", "threatened military action"; not "vowed to fight corruption / punish those responsible"."""
    acts = [tok, *(c for c in kids(tok) if c.dep_ == "xcomp")]
    return any(a.lemma_.lower() in _REVENGE or any(c.dep_ == "dobj" and (c.lemma_.lower() in _FORCE or any(
        m.dep_ in ("amod", "compound") and m.lemma_.lower() in _MARTIAL for m in kids(c))) for c in kids(a))
               for a in acts)


# "threatened to use / resort to force": the means used must be force, and one no row of "use" codes itself
_USING = frozenset({"use", "resort", "employ", "deploy"})
_MARTIAL = frozenset({"military", "armed"})
_MEANS = frozenset({"force", "military", "army", "troop", "weapon", "arm", "violence", "firepower"})
# outcomes that "threaten to" happen (likely, not threatened by anyone): "threatened to overshadow the summit"
_OUTCOMES = frozenset({"dominate", "overwhelm", "overshadow", "eclipse", "engulf", "swamp", "spill", "unravel",
                       "upend", "overtake", "outpace", "erode", "worsen", "deepen", "spiral", "tip", "dent", "dampen",
                       "become", "spread", "exacerbate", "sour"})
# what an extortioner threatens to do with what it holds: "threatened to publish the stolen data unless paid" (a
# ransom demand on a victim, no political threat)
_DISCLOSING = frozenset({"publish", "leak", "release", "sell", "dump", "expose", "auction", "post"})
_HELD_DATA = frozenset({"data", "datum", "information", "file", "document", "record", "email", "detail", "photo",
                        "image", "video", "database"})
_OWN_ROWS = frozenset({"nuclear", "atomic", "chemical", "biological", "nuke", "gas", "drone"})


def idle_threat(tok: Token, kind: str, code: str) -> bool:
    """Whether a "threatened to use / resort to X" row (138, matched on the infinitive) threatens no force of its
    own: X is no force ("to use its veto", "to use the courts"), or a weapon whose use is coded by the "use" rows
    ("to use nuclear weapons": 1385 there, not also 138 here); or "threatened to" tells a likely outcome, not a
    threat made to anyone ("threatened to dominate the market", "to overwhelm hospitals", "to spill over"); or
    a holder of stolen data threatens to publish it (130: extortion, no political threat)."""
    if kind != "verb" or tok.lemma_.lower() != "threaten" or code[:2] != "13":
        return False  # (most triggers: read nothing more)
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _OUTCOMES for c in kids(tok)):
        return True  # "BYD threatened to dominate the market", "the row threatened to spill over": a likely outcome
    if code == "130" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _DISCLOSING and any(
            g.dep_ == "dobj" and g.lemma_.lower() in _HELD_DATA for g in kids(c)) for c in kids(tok)):
        return True  # "a ransomware gang threatened to publish the stolen data": extortion of a victim
    if code != "138":
        return False
    using = [c for c in kids(tok) if c.dep_ == "xcomp" and c.lemma_.lower() in _USING]
    if not using:
        return False
    means = [g for u in using for c in kids(u)
             for g in ((c,) if c.dep_ == "dobj" else (g for g in kids(c) if g.dep_ == "pobj") if
                       c.dep_ == "prep" and c.lower_ == "to" else ())]
    return not any(m.lemma_.lower() in _MEANS and not any(
        t.lemma_.lower() in _OWN_ROWS for t in kids(m) if t.dep_ in ("amod", "compound")) for m in means)


# ills a warning foresees that nobody wields: "warned that Somalia could face famine", "that X faces a recession"
_ILLS = frozenset({"famine", "hunger", "starvation", "recession", "shortage", "drought", "flood", "flooding",
                   "outbreak", "epidemic", "pandemic", "inflation", "default", "downturn", "slowdown", "blackout",
                   "heatwave", "malnutrition", "bankruptcy", "insolvency", "deficit"})
_FACING = frozenset({"face", "suffer", "see", "experience", "endure", "risk", "confront"})


def hazard_warning(tok: Token, kind: str, code: str) -> bool:
    """A bare warning (130) that a party will face an ill nobody wields ("the UN warned that Somalia could face
    famine", "the IMF warned Argentina could face a recession"): a forecast, no threat ("would face consequences"
    is one)."""
    if kind != "verb" or code != "130" or tok.lemma_.lower() != "warn":
        return False
    return any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in _FACING and any(
        g.dep_ == "dobj" and g.lemma_.lower() in _ILLS for g in kids(c)) for c in (*kids(tok), tok.head)
        if c.i != tok.i)


# what a vowed response answers, under its infinitive: "vowed to respond to India's strikes", "to retaliate
# against the RSF", "to hit back at the rebels"
_ANSWERING = frozenset({"respond", "react", "retaliate", "avenge", "punish", "hit", "strike",
                        "use", "resort", "employ"})  # ("threatened to use force against X": X)
_AIMED_PREPS = frozenset({"against", "at", "on"})
# the hostile acts a response "to" answers (its author is the target): not "respond to the crisis / concerns"
_HOSTILE_ACTS = frozenset({"attack", "strike", "airstrike", "aggression", "provocation", "assault", "bombing",
                           "shelling", "raid", "incursion", "killing", "assassination", "invasion", "offensive",
                           "escalation", "violation", "act", "action", "move", "drill", "test", "launch"})


def answered_target(tok: Token, actors_at: Callable[[Token], list[Actor]], exclude: set[str]) -> list[Actor | None]:
    """Whom a vowed response is aimed at, in a phrase under its infinitive: the pobj of "against / at / on", or the
    author of the hostile act it answers ("respond to X's strike", "to the strike by X")."""
    verbs = [tok, *(c for c in kids(tok) if c.dep_ == "xcomp")]
    for v in verbs:
        if v.lemma_.lower() not in _ANSWERING:
            continue
        for p in kids(v):
            if p.dep_ != "prep" or (p.lower_ not in _AIMED_PREPS and p.lower_ != "to"):
                continue
            for g in kids(p):
                if g.dep_ != "pobj":
                    continue
                if p.lower_ == "to":
                    if g.lemma_.lower() not in _HOSTILE_ACTS:
                        continue
                    heads = [c for c in kids(g) if c.dep_ in ("poss", "amod", "compound")]
                    heads += [a for c in kids(g) if c.dep_ == "prep" and c.lower_ in ("by", "from")
                              for a in kids(c) if a.dep_ == "pobj"]
                else:
                    heads = [g]
                found = [a for h in heads for a in actors_at(h) if a.code not in exclude]
                if found:
                    return list(found)
    return []


def threat_target(reader: AimReader, pred: Token, tok: Token, actors: DocActors, day: dt.date,
                  exclude: set[str]) -> list[Actor | None]:
    """Whom an untargeted threat is aimed at: the actor of its condition ("would retaliate if X attacked"), else
    the one its vowed response answers."""
    return reader._condition_target(pred, actors, day, exclude) or answered_target(
        tok, lambda t: reader._actors_at(t, actors, day), exclude)


# the verbs of a warning whose announced response may be force: "warned that it would retaliate"
_WARNING = frozenset({"warn", "threaten", "vow"})
_WILL = frozenset({"would", "will", "'ll"})
# what a warned "would" clause says its forces will do to be a threat of force: "warned that it would strike X"
_ATTACKING = frozenset({"strike", "attack", "bomb", "invade", "shell", "hit", "destroy", "target", "annihilate",
                        "crush", "pound", "raid", "obliterate"})


def warned_force(tok: Token, kind: str, code: str) -> str:
    """A generic threat (130) whose warned clause announces force is a threat of force (138): "warned that Tehran
    would retaliate if Israel attacked", "warned Y that it would respond with overwhelming force", "that it would
    use force"; not "warned that it would respond" (to what, how?) nor a negated clause."""
    if code != "130" or kind != "verb" or tok.lemma_.lower() not in _WARNING:
        return code
    for clause in kids(tok):
        if clause.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ in _WILL for a in kids(clause)) or any(
                a.dep_ == "neg" for a in kids(clause)):
            continue
        means = [g for p in kids(clause) if p.dep_ == "prep" and p.lower_ == "with" for g in kids(p)
                 if g.dep_ == "pobj"]
        if _forceful_fate(clause):  # "warned that Israel would face a crushing response"
            return "138"
        if clause.lemma_.lower() in _REVENGE | _ATTACKING or (clause.lemma_.lower() in _REPLYING and any(
                m.lemma_.lower() in _FORCE or any(c.dep_ == "amod" and c.lemma_.lower() in _MARTIAL
                                                  for c in kids(m)) for m in means)) or _forceful(clause):
            return "138"
    return code


# what a warned party is told it will face, when that is force: "would face a crushing response"
_FATES = frozenset({"face", "meet", "receive", "suffer"})
_RESPONSES = frozenset({"response", "retaliation", "reprisal", "reply", "blow", "punishment", "strike", "attack"})
_CRUSHING = frozenset({"crushing", "decisive", "devastating", "military", "forceful", "overwhelming", "fierce"})


def _forceful_fate(clause: Token) -> bool:
    """Whether a warned "would face X" clause names a forceful response: "would face a crushing response"."""
    if clause.lemma_.lower() not in _FATES:
        return False
    # "would face a crushing response", or passive "(any attack) would be met with a devastating response"
    fates = [c for c in kids(clause) if c.dep_ == "dobj"] + [
        g for p in kids(clause) if p.dep_ == "prep" and p.lower_ == "with" for g in kids(p) if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in _RESPONSES and any(m.dep_ == "amod" and m.lower_ in _CRUSHING for m in kids(c))
               for c in fates)
