"""Uses of praise, backing and hosting verbs that give no event of CAMEO root 04 / 05.

- ``descriptive_backing``: "militias backed by Rwanda", "the M23, which is backed by Kigali": a passive participle
  or relative clause describing who stands behind an actor is background (mostly armed sponsorship), not an
  asserted verbal endorsement (051).
- ``welcomed_time``: "welcomed the new year", "greeted the dawn": a time is no guest (043).
- ``called_off``: "talks between X and Y collapsed", "the visit was postponed / ruled out": a meeting or visit
  named only to say that it failed or will not happen.
- ``leisure_trip``: "tourists visiting Nepal", "the national football team travelled to Lima", "the cricket team
  toured Pakistan": travellers on leisure or sport make no diplomatic visit (042) or meeting (040). Praise of the
  same kind is no endorsement (051) either: "fans hailed the national football team", "critics lauded the painter's
  exhibition", "the striker was praised by his coach" (a sport or an art, not a party).
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["called_off", "descriptive_backing", "leisure_trip", "welcomed_time"]

_BACKING = frozenset({"back", "support", "sponsor"})
_TIMES = frozenset({"DATE", "TIME"})
_HOSTING = frozenset({"welcome", "greet", "receive", "host"})
# travellers whose trip is no state visit; a team or squad only when it plays ("a negotiating team" travels on duty)
_LEISURE = frozenset({"tourist", "fan", "athlete", "footballer", "cricketer", "holidaymaker", "backpacker",
                      "pilgrim", "sightseer", "cyclist", "climber", "mountaineer", "skier"})
_TEAMS = frozenset({"team", "squad", "club", "eleven"})
_SPORTS = frozenset({"football", "soccer", "cricket", "rugby", "basketball", "hockey", "volleyball", "handball",
                     "tennis", "olympic", "national", "baseball", "polo", "chess"})


def descriptive_backing(rule: Rule, tok: Token) -> bool:
    """'X backed by Y' (a passive participle qualifying X) or 'X, which is backed by Y': a description of X."""
    if rule.code[:3] != "051" or rule.lemma not in _BACKING or tok.tag_ != "VBN":
        return False  # (the cheap facts first)
    if tok.dep_ == "acl":
        return True
    return tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in kids(tok))


def welcomed_time(rule: Rule, tok: Token) -> bool:
    """'welcomed the new year': the object of a hosting verb is a date or time."""
    return rule.code == "043" and rule.lemma in _HOSTING and any(
        c.dep_ == "dobj" and c.ent_type_ in _TIMES for c in kids(tok))
# who praises or is praised on a sport or an art, not a party ("critics lauded the painter's new exhibition")
_ONLOOKERS = frozenset({"fan", "critic", "spectator", "audience", "reviewer", "viewer", "moviegoer", "crowd"})
_LEISURE_PRAISED = frozenset({"athlete", "footballer", "cricketer", "striker", "goalkeeper", "midfielder",
                              "sprinter", "boxer", "medallist", "medalist", "singer", "artist", "painter",
                              "actress", "novelist", "musician", "band", "film", "movie", "album", "song",
                              "novel", "exhibition", "painting", "concert"})
_PRAISE_ROLES = ("nsubj", "nsubjpass", "dobj", "agent")


def _leisure_praise(tok: Token) -> bool:
    """'fans hailed the football team', 'critics lauded the painter's exhibition': praise of a sport or an art."""
    heads = [c for c in kids(tok) if c.dep_ in _PRAISE_ROLES]
    heads += [g for c in heads if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"]
    for h in heads:
        lemma = h.lemma_.lower()
        if lemma in _ONLOOKERS or (h.dep_ != "nsubj" and lemma in _LEISURE_PRAISED) or (lemma in _TEAMS and any(
                m.dep_ in ("compound", "amod") and m.lemma_.lower() in _SPORTS for m in kids(h))):
            return True
    return False


def leisure_trip(rule: Rule, tok: Token) -> bool:
    """'tourists visiting Nepal', 'the football team travelled to Lima': a leisure or sporting trip; 'fans hailed
    the football team': praise of a sport or an art."""
    if rule.code == "051" and not rule.objects and tok.pos_ == "VERB":
        return _leisure_praise(tok)
    if rule.code not in ("040", "042") or tok.pos_ != "VERB":
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        doer: Token | None = tok.head  # "tourists visiting Nepal"
    else:
        doer = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
    if doer is None:
        return False
    lemma = doer.lemma_.lower()
    return lemma in _LEISURE or (lemma in _TEAMS and any(
        m.dep_ in ("compound", "amod") and m.lemma_.lower() in _SPORTS for m in kids(doer)))


# what befalls a meeting or visit that then does not take place (the noun is the predicate's subject)
_FAILING = frozenset({"collapse", "stall", "fail", "falter", "founder", "cancel", "postpone", "delay", "scrap",
                      "suspend", "shelve", "derail", "abandon", "scupper", "torpedo", "deadlock"})


def called_off(rule: Rule, tok: Token) -> bool:
    """'Talks between X and Y collapsed', 'the visit was postponed', 'a visit by X has been ruled out'."""
    if rule.code[:2] != "04" or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma == "break":  # "talks broke down"
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in kids(head))
    if lemma == "rule":  # "was ruled out"
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in kids(head))
    if lemma == "call":  # "was called off"
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in kids(head))
    return lemma in _FAILING
