"""Demands, investigations and protests (CAMEO 09, 10, 14): readings the general rules leave to these families.

* "demanded that Tokyo apologise": the parser may hang the demanded party on the clause as a compound or
  possessor rather than a subject; the name right after "that" is still the party the demand is aimed at.
* "opened an inquiry into war crimes by Israeli forces", "documented torture by the military": what is
  investigated is the doer of the crime the inquiry is about.
* Protest acts read by their doers: civilians blockading a road stage a protest blockade (144), not a military
  one (191); armed groups or soldiers blocking a port do the reverse; workers "launching a strike" stop work (143)
  and prisoners "going on hunger strike" fast (142).
* "Rwanda pledged to deploy troops to Mozambique": an intent to provide military protection (0334), not a threat.
* "Berlin rebuffed Warsaw's demand for reparations", "Hungary dismissed the Commission's demands": a demand or
  an offer the text has someone turn down was made to the one turning it down ("X's demand for Y was rejected by
  Z": a demand, made to Z; a passive proposal or offer is left alone).
* "called for the release of prisoners held in Israeli jails", "renewed its demand for the freeing of hostages
  held by Hamas": an appeal or demand to free captives is aimed at whoever holds them; "urged an inquiry into
  killings by X" at the one whose acts are to be investigated.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.inquiries import investigated_doers
from geoevents.coding.inquiry_frames import INQUIRY_NOUNS, framed_inquiry_target
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import NONSTATE_ARMED, PROTESTER_TYPES
from geoevents.models import Actor

__all__ = ["answered_by", "asked_clauses", "asked_parties", "crime_agents", "family_code", "that_subject"]

log = logging.getLogger(__name__)

_NAME_DEPS = frozenset({"compound", "poss", "nmod", "amod", "npadvmod", "dep"})
# what an inquiry looks into: the object, or the object of "into / of" on the verb or its object noun
_INQUIRY_PREPS = frozenset({"into", "of", "on"})
# verbs that turn down a demand or an offer made to their subject (accepting one is an event of its own: 038, 08x)
_REBUFFING = frozenset({"reject", "rebuff", "dismiss", "spurn", "snub", "ignore", "refuse", "decline", "defy"})
_ASKING_NOUNS = frozenset({"demand", "insistence", "ultimatum", "offer", "proposal", "call", "appeal", "request",
                           "plea"})
# a pledge to send forces *to* a country promises it protection (0334); "threatened to send troops" stays 138
_SENDING = frozenset({"send", "deploy", "dispatch"})
_PLEDGING = frozenset({"pledge", "promise"})
_WORK_STOPPAGES = frozenset({"strike", "walkout", "stoppage"})
_ARMED_BLOCKERS = frozenset({*NONSTATE_ARMED, "MIL"})


def that_subject(clause: Token) -> Token | None:
    """The name opening a "that" clause whose parse has no subject: 'demanded that Tokyo apologise' -> Tokyo.

    Only a proper name between "that" and the clause's head counts, as the parser's compound or possessor."""
    mark = next((c for c in kids(clause) if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    for t in clause.doc[mark.i + 1:clause.i]:
        if t.pos_ == "PROPN" and t.dep_ in _NAME_DEPS:
            return t
        if t.pos_ not in ("DET", "PROPN", "PART", "ADJ"):
            return None  # ("that the junta's leader ...": the first noun decides; no name in reach)
    return None


# the verbs of a trailing attribution (", the ministry said") the parser may hang a demanded clause under
_ATTRIBUTING = frozenset({"say", "tell", "add", "report", "state", "announce", "write", "note"})


def asked_clauses(verb: Token) -> list[Token]:
    """The clauses an appeal or demand asks for: its infinitive or "that" clause. 'X demanded that Moscow free Y, the
    State Department said': the parser hangs "that Moscow free Y" under the trailing "said" (its "that" left of
    the demanded verb); the demanded verb is then that clause, not the attribution."""
    out: list[Token] = []
    for c in kids(verb):
        if c.dep_ not in ("ccomp", "xcomp"):
            continue
        mark = next((m for m in kids(c) if m.dep_ == "mark" and m.lower_ == "that"), None)
        inner = next((v for v in kids(c) if v.dep_ == "ccomp" and mark is not None and mark.i < v.i < c.i), None) \
            if c.lemma_.lower() in _ATTRIBUTING and any(s.dep_ == "nsubj" and s.i > mark.i for s in kids(c)
                                                        if mark is not None) else None
        out.append(inner if inner is not None else c)
    return out


def answered_by(tok: Token, code: str) -> Token | None:
    """The subject of the verb that turns down a nominal demand or offer: 'X rejected Y's demand that ...' -> X;
    else the holder of the captives a nominal appeal asks to free ('his call for the release of ...')."""
    if code[:2] == "09":
        return framed_inquiry_target(tok)  # "after a long probe, X charged Y": aimed at Y
    if code[:2] not in ("02", "03", "10") or tok.lemma_.lower() not in _ASKING_NOUNS:
        return None
    if tok.dep_ == "nsubjpass" and code[:2] == "10" and tok.head.lemma_.lower() in _REBUFFING:
        return next((g for c in kids(tok.head) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"),
                    None)  # "X's demand that ... was rejected by Y": made to Y
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _REBUFFING:
        return next(iter(asked_parties(tok, code)), None)
    return next((c for c in kids(tok.head) if c.dep_ == "nsubj"), None)


# what an appeal or demand asks for: freeing captives (aimed at their holder) or an inquiry (at the investigated)
_FREEING = frozenset({"release", "freedom", "freeing", "return", "repatriation", "handover"})
# "held in X's jails" names the holder; "abducted in X" only where it happened ("abducted by X" names the captor)
_HOLDING = frozenset({"hold", "detain", "jail", "imprison", "keep", "incarcerate", "intern"})
_CAPTURING = frozenset({*_HOLDING, "capture", "abduct", "kidnap", "seize", "take"})
# the doer named as a modifier of what an inquiry is to look into: "police violence", "Israeli abuses"
_DOER_ENTS = frozenset({"NORP", "GPE", "ORG"})
_FORCES = frozenset({"police", "army", "military", "militia", "soldier", "troop", "security"})


def asked_parties(tok: Token, code: str) -> list[Token]:
    """Whom an appeal or a demand (02, 10) with no addressee is aimed at, read from what it asks for: the holder
    of the captives to be freed ('the release of hostages held by X / in X's jails'), or the doer of what an
    inquiry is to look into ('called for an investigation into killings by X')."""
    if code[:2] not in ("02", "10") or tok.pos_ not in ("VERB", "NOUN"):
        return []
    asked = [c for c in kids(tok) if c.dep_ == "dobj"] if tok.pos_ == "VERB" else []
    asked += [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "for" for g in kids(c)
              if g.dep_ == "pobj"]
    out: list[Token] = []
    for thing in asked:
        lemma = thing.lemma_.lower()
        if lemma in INQUIRY_NOUNS:
            out += crime_agents(thing)
        elif lemma in _FREEING:
            captives = [g for c in kids(thing) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                        if g.dep_ == "pobj"]
            out += [h for n in captives for v in kids(n) if v.dep_ in ("acl", "relcl") and v.lemma_.lower()
                    in _CAPTURING for p in kids(v) if p.dep_ in ("agent", "prep") and (p.lower_ == "by" or (
                        p.lower_ == "in" and v.lemma_.lower() in _HOLDING)) for h in kids(p) if h.dep_ == "pobj"]
    return out


def crime_agents(tok: Token) -> list[Token]:
    """The doers of what an investigation looks into: 'an inquiry into abuses by X', 'documented torture by X'."""
    obj = next((c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
    holders = [tok] if obj is None else [tok, obj]
    looked = [obj] if obj is not None and tok.pos_ == "VERB" else []
    looked += [g for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ in _INQUIRY_PREPS
               for g in kids(c) if g.dep_ in ("pobj", "pcomp")]  # ("looked into whether X cut Y": pcomp)
    looked += [cj for n in list(looked) for cj in n.conjuncts]
    return [g for n in looked if n.pos_ == "NOUN" for c in kids(n) if c.dep_ == "prep" and c.lower_ == "by"
            for g in kids(c) if g.dep_ == "pobj"] or investigated_doers(looked) or [
        mods[-1] for n in looked if n.pos_ == "NOUN" and (mods := [  # "a probe into police / Israeli abuses"
            c for c in n.lefts if c.dep_ in ("amod", "compound") and (c.ent_type_ in _DOER_ENTS or c.lemma_.lower()
                                                                       in _FORCES)])]  # (the nearest one)


def family_code(tok: Token, kind: str, code: str, sources: list[Actor]) -> str:
    """The protest code an act takes from its doers and its object, or the protection a pledge of troops
    promises (``code`` when nothing applies)."""
    if kind != "verb" or not sources:
        return code
    if code == "138" and tok.lemma_.lower() in _SENDING and tok.dep_ == "xcomp" and \
            tok.head.lemma_.lower() in _PLEDGING and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids(tok)):
        return "0334"  # "pledged to send troops to Haiti": protection promised to the country, no threat of force
    protesters = all(a.type_code in PROTESTER_TYPES for a in sources)
    objects = [c for c in kids(tok) if c.dep_ in ("dobj", "pobj") or (c.dep_ == "prep" and c.lower_ == "on")]
    objects = [g for c in objects for g in ((c,) if c.dep_ == "dobj" else kids(c)) if g.pos_ == "NOUN"]
    stoppage = next((o for o in objects if o.lemma_.lower() in _WORK_STOPPAGES), None)
    if stoppage is not None and code[:2] in ("14", "19") and (protesters or code[:3] in ("142", "143")):
        hunger = any(c.lower_ == "hunger" for c in kids(stoppage))
        return "142" if hunger else ("143" if code[:3] != "142" else code)  # a strike by workers stops work
    if code[:3] == "191" and protesters:
        return "144"  # "farmers blockaded the border crossings": a protest blockade
    if code[:3] == "144" and all(a.type_code in _ARMED_BLOCKERS for a in sources):
        return "191"  # "the rebels blocked the port": a blockade by force
    return code
