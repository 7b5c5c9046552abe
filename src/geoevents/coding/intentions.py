"""Declared intentions and appeals: who declares a plan, what is not an appeal, which intents need no target.

* "Egypt announced plans to send aid to Gaza", "X unveiled a plan to ...", "X made an offer to mediate ...": the
  plan, offer or pledge noun has no possessor; its owner is the subject of the verb that declares it.
* "Reporters asked the minister about the loan", "asked whether X would ...": a question, not an appeal (020).
* "Talks between X and Y are set (due, scheduled) to resume": scheduled, like "will resume" (036 each way); "are
  expected to resume": a forecast nobody declares, not coded.
* "The Houthis pledged to free the crew": a pledge to release captives (0353) who belong to no named party is
  still coded, as the realised release is ("freed the crew": 0841 with no target).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.modality import Modality
from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["declarer", "not_appeal", "raised_future", "undirected_intent"]

# verbs that put forward a plan, offer or pledge as their subject's own: "announced plans to V", "made an offer to V"
_DECLARING = frozenset({"announce", "unveil", "outline", "present", "table", "submit", "reveal", "disclose",
                        "confirm", "reaffirm", "reiterate", "renew", "repeat", "declare", "make", "have", "put",
                        "extend", "lay", "detail", "publish", "release"})
# verbs of asking that are questions when they take "about" or an indirect question
_ASKING = frozenset({"ask", "question", "query"})
# "pressed ahead / on / forward": went on; "pressed its claim / its case / home its advantage": asserted, used
_ONWARD = frozenset({"ahead", "on", "forward", "onward", "onwards"})
_PRESSED_THINGS = frozenset({"claim", "case", "point", "advantage", "offensive", "attack", "assault", "campaign"})
_NOT_ALWAYS_APPEALS = frozenset(_ASKING | {"press", "beg"})
_QUESTION_MARKS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "which"})


def declarer(noun: Token) -> Token | None:
    """The subject of the verb declaring a plan/offer/pledge noun with no possessor ('X announced plans to V')."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _DECLARING or any(
            c.dep_ == "poss" for c in kids(noun)):
        return None
    return next((c for c in kids(noun.head) if c.dep_ == "nsubj"), None)


def not_appeal(rule: Rule, tok: Token) -> bool:
    """'asked X about Y', 'asked whether ...': a question put, not an appeal; 'pressed ahead / on with', 'pressed
    its claim': went on with or asserted; 'begged to differ': disagreed (only bare 020 rows of these verbs)."""
    if rule.code != "020" or rule.lemma not in _NOT_ALWAYS_APPEALS or tok.pos_ != "VERB":
        return False
    if rule.lemma == "press":
        return any((c.dep_ in ("advmod", "prt") and c.lower_ in _ONWARD) or (
            c.dep_ == "dobj" and c.lemma_.lower() in _PRESSED_THINGS) for c in kids(tok))
    if rule.lemma == "beg":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() == "differ" for c in kids(tok))
    if any(c.dep_ in ("xcomp", "dative") or (c.dep_ == "prep" and c.lower_ in ("for", "to")) for c in kids(tok)):
        return False  # "asked X to V", "asked X for Y": an appeal
    heads = [tok, *(c for c in kids(tok) if c.dep_ == "dobj")]  # ("asked the envoy about X": on the object)
    return any((c.dep_ == "prep" and c.lower_ in ("about", "regarding")) or (c.dep_ == "ccomp" and any(
        g.lower_ in _QUESTION_MARKS and g.i < c.i for g in kids(c))) for h in heads for c in kids(h))


def undirected_intent(rule: Rule, code: str) -> bool:
    """A pledge to release captives its row names ('vowed to free the crew'), who belong to no named party.

    Only rows that list the people released (hostages, prisoners, crew): 'release X' of any object is too loose
    ('its decision to release treated water')."""
    return code == "0353" and rule.code == "0841" and bool(rule.objects)


# what a noun event does when it is scheduled or forecast: "talks are set to resume / begin / open / take place"
_TAKING_PLACE = frozenset({"resume", "begin", "start", "open", "take", "go", "convene", "reconvene", "restart",
                           "proceed", "continue", "be", "get", "commence", "kick", "reopen"})
_SCHEDULED = frozenset({"set", "schedule", "due", "slate"})
_FORECAST = frozenset({"expect", "predict", "forecast", "project", "anticipate", "poise"})


def raised_future(tok: Token, kind: str, pred: Token, mod: Modality) -> Modality:
    """A noun event that is the subject of 'is set / due / scheduled to V' (scheduled: an intent, as with 'will'), or
    of 'is expected to V' (a forecast: speculative); else ``mod`` unchanged."""
    if kind != "noun" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != pred.i:
        return mod
    comp = next((c for c in kids(pred) if c.dep_ in ("xcomp", "acomp")), None)
    lemma = pred.lemma_.lower()
    if comp is not None and comp.dep_ == "acomp":  # "talks are due to resume"
        lemma, comp = comp.lemma_.lower(), next((c for c in kids(comp) if c.dep_ == "xcomp"), None)
    if comp is None or lemma not in _SCHEDULED | _FORECAST or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(comp)):
        return mod
    if lemma in _FORECAST:
        return replace(mod, speculative=True)
    return replace(mod, intent=True, future=True) if comp.lemma_.lower() in _TAKING_PLACE else mod
