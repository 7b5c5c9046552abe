"""The specific CAMEO code of a declared intention or threat, from the act it declares.

The coder maps an intended act to its root's intent code (a visit -> 036, aid -> 033, force -> 138); the act's
own sub-code often names the intent more precisely: mediating is an offer to mediate (039), sending military
aid a pledge of it (0332), using nerve gas or nuclear arms a threat of WMD (1385).
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from spacy.tokens import Token

from geoevents.coding.modality import Modality, up_from
from geoevents.coding.offers import committed_gerund
from geoevents.coding.tokens import kids

__all__ = ["DECIDED_ROOTS", "DECIDING", "INTENT_SUBCODES", "decided", "intent_subcode", "mission_intent",
           "yielded_code"]

# realised code (longest prefix first) -> the intent or threat code that names it
INTENT_SUBCODES = MappingProxyType({
    "045": "039", "074": "0334",  # mediate -> intent to mediate; peacekeepers -> intent to provide them
    "061": "0311", "062": "0312", "063": "0313", "064": "0314",  # economic, military, judicial, intelligence
    "081": "0351", "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356",  # yield
    "18": "1383",  # unconventional violence: killing hostages, bombings
    "193": "1384", "194": "1384", "195": "1384",  # conventional attacks: fighting, shelling, strikes
    "201": "1383", "202": "1383", "204": "1385",  # mass expulsion or killing; weapons of mass destruction
})
# the generic codes the coder gives an intended act (what a sub-code may refine)
_GENERIC = frozenset({"030", "031", "032", "033", "035", "036", "130", "137", "138"})


def intent_subcode(code: str, realised: str) -> str | None:
    """The specific intent or threat code for an intent-coded ``code`` whose declared act is ``realised``."""
    if code not in _GENERIC:
        return None
    for n in (4, 3, 2):
        hit = INTENT_SUBCODES.get(realised[:n])
        if hit is not None:
            return hit if hit[:2] == code[:2] else None
    return None


# a decision, a vote or a resolution to act: for acts that have no intent code of their own (rejecting, reducing
# relations, coercing), the decision is the act announced ("X decided to suspend talks with Y": 164)
DECIDING = frozenset({"decide", "decision", "vote", "resolve"})
DECIDED_ROOTS = frozenset({"12", "16", "17"})


def decided(mod: Modality, pred: Token, code: str) -> Modality:
    """``mod`` without its intent when ``pred`` is an act of ``DECIDED_ROOTS`` that its actor decided on; other
    intentions stay intentions ("X decided to send aid" is 033, an intent to provide aid). An act a gerund commits
    its subject to ("X committed to supplying Y") is an intention (see offers)."""
    if pred.tag_ == "VBG" and pred.dep_ == "pcomp" and not mod.intent and committed_gerund(pred) is not None:
        return replace(mod, intent=True)
    if not mod.intent or mod.future or mod.speculative or mod.negated or code[:2] not in DECIDED_ROOTS or \
            not any(cur.head.lemma_.lower() in DECIDING for cur in up_from(pred, 4)):
        return mod
    return replace(mod, intent=False)


# police sent abroad on a declared mission: "X is ready to send 1,000 police officers to Haiti" (an intent to
# provide protection, 0334); sending them at home is a show of force, coded only when done (153)
_POLICE_DISPATCH = "153"
_MISSION_INTENT = "0334"


def mission_intent(code: str, tok: Token) -> str | None:
    """The intent code of a declared act of force that is a mission to another country, else None."""
    if code != _POLICE_DISPATCH or tok.pos_ != "VERB":
        return None
    return _MISSION_INTENT if any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in kids(c)) for c in kids(tok)) else None


def yielded_code(code: str, realised: str) -> str:
    """The code whose unnamed party an intent to ease a measure shares with the act it declares: "promised to lift
    the curfew", "vowed to end the state of emergency" concern the country's own people as the realised act does
    (0813, 0814 -> a domestic target). Only measures eased (081x): the captives of "pledged to free the hostages"
    belong to no named party, and "prepares to hand over power" (0831) has no people of its own to yield to. Any
    other code is returned unchanged."""
    return realised if code[:2] == "03" and realised[:3] == "081" else code
