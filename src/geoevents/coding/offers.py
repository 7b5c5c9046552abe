"""Offers and proposals one party makes and another takes up or turns down.

* "Israel rejected an offer by Qatar to mediate", "Ethiopia turned down an offer from Kenya to mediate",
  "Armenia accepted a Russian proposal to deploy peacekeepers", "Caracas accepted Brazil's offer to host talks":
  the offer noun's 'to' infinitive is its owner's intent (03x by its content). The owner is the noun's possessor,
  the agent it names with 'by' or 'from', or the country adjective on it (``offer_owner``); the one the offer is
  made to is the subject of the verb that takes it up or turns it down (``offer_taker``).
* Turning the offer down does not unmake it (``owned_offer``): "rejected Qatar's offer to mediate" still tells
  Qatar's offer (039), while "denied plans to invade" or "rejected an offer to mediate" (no owner named) stay
  unasserted.
* Mediation in a named conflict: "X offered to mediate in the conflict between Y and Z" is offered to Y and Z
  (``offered_to``: the parties the conflict noun names with 'between' / 'among').
* A commitment told by a gerund: "Germany committed to supplying wheat to Somalia", "X is committed to sending
  troops to Y": the gerund is the committed party's intent (``committed_gerund``; its owner by ``offer_owner``).
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["committed_gerund", "offer_owner", "offered_to", "owned_offer"]

# nouns whose 'to' infinitive is an act offered or proposed by their owner
_OFFER_NOUNS = frozenset({"offer", "proposal", "readiness", "willingness", "preparedness"})
# verbs by which the one an offer is made to takes it up or turns it down ("turn down", "brush aside"); not
# "welcome" or "hail", which a third party does as often ("the UN welcomed Y's offer to host talks")
_TAKING = frozenset({"accept", "reject", "turn", "rebuff", "decline", "spurn", "dismiss", "refuse", "embrace",
                     "consider", "weigh", "study", "receive", "snub", "brush"})
_TURNING_DOWN = frozenset({"reject", "rebuff", "decline", "spurn", "dismiss", "refuse", "turn", "snub", "brush"})
_OWN_PRONOUNS = frozenset({"its", "their", "his", "her"})
_AGENT_PREPS = frozenset({"by", "from"})
_MEDIATING = frozenset({"mediate", "arbitrate", "intercede"})
_CONFLICT_NOUNS = frozenset({"conflict", "dispute", "war", "crisis", "standoff", "row", "feud", "fighting", "spat",
                             "quarrel", "tension", "tensions", "clash", "clashes", "rift", "talk", "talks",
                             "negotiation", "negotiations"})
# verbs whose 'to' + gerund is an act their subject commits to ("committed to supplying", "recommitted to holding")
_COMMITTING = frozenset({"commit", "recommit", "dedicate", "pledge"})


def _named_owner(noun: Token) -> Token | None:
    """The party an offer noun names as its maker: a possessor that is no pronoun ('Brazil's offer'), the object of
    'by' / 'from' ('an offer by Qatar'), or the noun itself when an adjective or name modifies it ('a Russian
    proposal'), else None."""
    for c in kids(noun):
        if c.dep_ == "poss":
            return None if c.lower_ in _OWN_PRONOUNS else c
        if c.dep_ == "prep" and c.lower_ in _AGENT_PREPS:
            return next((g for g in kids(c) if g.dep_ == "pobj"), None)
    return noun if any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") for c in kids(noun)) else None


def _offer_noun(verb: Token) -> Token | None:
    """The offer noun a 'to' infinitive describes ('an offer by X to mediate'), else None."""
    if verb.dep_ != "acl" or verb.tag_ != "VB" or verb.head.lemma_.lower() not in _OFFER_NOUNS:
        return None
    return verb.head if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)) else None


def committed_gerund(verb: Token) -> Token | None:
    """The verb committing its subject to the act a gerund names ('X committed to supplying Y': committed)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "to" or verb.head.dep_ != "prep":
        return None
    gov = verb.head.head
    return gov if gov.lemma_.lower() in _COMMITTING and gov.pos_ in ("VERB", "ADJ") else None


def offer_owner(verb: Token) -> Token | None:
    """Who offers the act an offer noun's infinitive names ('an offer from Kenya to mediate': Kenya), or commits
    to the act a gerund names ('X is committed to supplying Y': X), else None."""
    noun = _offer_noun(verb)
    if noun is not None:
        return _named_owner(noun)
    gov = committed_gerund(verb) if verb.tag_ == "VBG" else None
    return next((c for c in kids(gov) if c.dep_ in ("nsubj", "nsubjpass")), None) if gov is not None else None


def offered_to(verb: Token) -> Token | None:
    """The one an offered act is made to (``offer_taker``), else the first party of the conflict a mediating verb
    is 'in' ('mediate in the conflict between Y and Z': Y, and Z as its conjunct), else None."""
    taker = offer_taker(verb)
    if taker is not None or verb.lemma_.lower() not in _MEDIATING:
        return taker
    return next((g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "in" for n in kids(c)
                 if n.dep_ == "pobj" and n.lemma_.lower() in _CONFLICT_NOUNS for p in kids(n)
                 if p.dep_ == "prep" and p.lower_ in ("between", "among") for g in kids(p) if g.dep_ == "pobj"),
                None)


def offer_taker(verb: Token) -> Token | None:
    """The one an offer is made to: the subject of the verb taking up or turning down the offer noun whose
    infinitive ``verb`` is ('Israel rejected an offer by Qatar to mediate': Israel), else None."""
    noun = _offer_noun(verb)
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _TAKING:
        return None
    return next((c for c in kids(noun.head) if c.dep_ == "nsubj"), None)


def owned_offer(clause: Token, gov: Token) -> bool:
    """Whether ``gov`` only turns down an offer another party named in the noun phrase made: 'rejected an offer by
    Qatar to mediate' (the offer was made), not 'denied plans to invade' or 'rejected the offer to mediate'."""
    return clause.dep_ == "dobj" and clause.lemma_.lower() in _OFFER_NOUNS and \
        gov.lemma_.lower() in _TURNING_DOWN and _named_owner(clause) is not None
