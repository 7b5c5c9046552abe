"""Material cooperation and aid (CAMEO 06, 07): readings of the aid nouns that name no aid given.

* ``withheld``: aid (a package, a shipment, a loan) that is the object of blocking, freezing, looting or
  holding up ("Hungary blocked an EU aid package for Ukraine", "militias looted food aid bound for X", "the
  shipment was held up at the border") was not given: the noun codes no 07 event. The verb's own event (a
  veto, a cut in aid, a seizure) is read from its own row. A trade flow that is measured ("X's gas supplies to
  Y doubled", "trade with Y reached $5 billion") is a statistic, not an event (06; an aid total, "aid to Y from
  X reached $28 billion", says the aid was given); aid or trade that is the topic of talks or a proposal ("talks
  on a loan from X to Y") is not given yet.
* ``agreed``: "X agreed to invest $5 billion in Y", "X and Y agreed to share intelligence": an agreement to
  cooperate is the cooperation agreed (06), not a mere intention (031x); pledges and plans stay intentions.
* ``of_goods``: what a carrier noun carries, also behind a measure: "a shipment of 400 tonnes of flour", "a
  delivery of 2,000 doses of vaccine" name flour and vaccine for the noun's object list. ``bound_for``: where
  such goods are bound ("a shipment of flour for Gaza arrived at El Arish": Gaza, before the port reached).
* ``judicial_code``: "deported X to Y to face trial" hands a suspect over for justice (063, not an expulsion,
  174); police or troops sent on a mission to another country ("Kenya deployed 400 police officers to Haiti")
  provide protection (074), as a pledge to send them is an intent to provide it (0334); so do troops sent to
  another country to protect or guard something there ("deployed troops to Mozambique to protect gas fields").
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.found import Found
from geoevents.coding.modality import Modality
from geoevents.coding.ties import stopped_supply_rule
from geoevents.coding.tokens import first_conjunct, kids
from geoevents.models import Actor

__all__ = ["agreed", "agreed_deeds", "bound_for", "judicial_code", "of_goods", "withheld"]

log = logging.getLogger(__name__)

# verbs whose object (or passive subject) aid does not reach its recipient
WITHHOLDING_VERBS = frozenset({
    "block", "veto", "stall", "halt", "freeze", "suspend", "delay", "withhold", "reject", "oppose", "obstruct",
    "loot", "steal", "seize", "divert", "intercept", "hijack", "impede", "hamper", "restrict", "stop", "cancel",
    "scrap", "deny", "refuse", "cut", "slash", "pause", "bar", "prevent", "thwart", "plunder", "confiscate",
    "hold", "torpedo", "derail", "strand", "ransack", "pillage", "end", "terminate", "reduce", "curtail", "withdraw"})
_HELD = ("dobj", "nsubjpass")
# verbs that measure a flow named by their subject: "exports rose", "trade reached $5 billion", "aid fell"
CHANGING_VERBS = frozenset({
    "rise", "fall", "double", "triple", "halve", "drop", "increase", "decrease", "grow", "surge", "jump", "climb",
    "slump", "plunge", "decline", "soar", "dip", "shrink", "tumble", "slow", "rebound", "contract", "slide"})
# ... and verbs that do so only with an amount ("reached $5 billion", "hit a record"; "aid reached Gaza" arrived)
AMOUNT_VERBS = frozenset({"reach", "total", "hit", "top", "exceed", "stand", "amount", "account", "surpass"})
_AMOUNTS = ("MONEY", "QUANTITY", "PERCENT", "CARDINAL")
_LEVELS = frozenset({"record", "high", "low", "level", "peak", "mark", "percent", "%", "tonne", "ton", "barrel"})


def _measured(first: Token) -> bool:
    """Whether the flow noun ``first`` is the subject of a verb that measures it ("exports rose 8 percent")."""
    verb = first.head
    lemma = verb.lemma_.lower()
    if first.dep_ != "nsubj" or (lemma not in CHANGING_VERBS and lemma not in AMOUNT_VERBS):
        return False
    return lemma in CHANGING_VERBS or any(
        t.ent_type_ in _AMOUNTS or t.like_num or t.lemma_.lower() in _LEVELS
        for c in kids(verb) if c.dep_ in ("dobj", "prep", "attr", "npadvmod") for t in c.subtree)


# nouns whose topic ("talks on a loan to X", "a proposal for arms sales to Y") is discussed, not done
_TOPIC_HEADS = frozenset({"talk", "negotiation", "discussion", "consultation", "proposal", "plan", "dispute", "row",
                          "debate", "vote", "bill", "conversation", "dialogue", "meeting", "wrangling", "haggling"})
_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "for", "concerning"})


def withheld(tok: Token, code: str) -> bool:
    """Whether the aid noun ``tok`` (a 07 row) is the object of a verb that kept the aid from its recipient, or
    whose giving a stopping verb stops ("stopped providing aid to Y"), or
    a trade flow (06) that the sentence measures ("gas supplies to Y doubled", "trade with Y rose 8 percent"), or
    aid or trade that talks or a proposal are about ("talks on a loan to Y"), or aid a participle calls frozen,
    suspended or cut ("frozen aid to Y")."""
    if code[:2] not in ("06", "07"):
        return False
    first = first_conjunct(tok)  # "blocked fuel and food aid"
    if (code[:2] == "06" and _measured(first)) or (first.dep_ == "pobj" and first.head.lower_ in _TOPIC_PREPS and
                            first.head.head.lemma_.lower() in _TOPIC_HEADS):
        return True
    if code[:2] != "07":
        return False
    if any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in WITHHOLDING_VERBS - {"hold"}
           for c in kids(first)):
        return True  # "frozen aid to Mali", "the suspended loans" (also "had frozen aid", parsed as an adjective)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ in _HELD:
        first = first.head.head  # "looted tonnes of food aid", "blocked the delivery of aid"
    verb = first.head
    if first.dep_ == "dobj" and stopped_supply_rule(verb, verb.lemma_.lower()) is not None:
        return True  # "stopped providing development assistance to X": the giving stopped (162, ties)
    if first.dep_ not in _HELD or verb.pos_ != "VERB" or verb.lemma_.lower() not in WITHHOLDING_VERBS:
        return False
    return verb.lemma_.lower() != "hold" or any(c.dep_ == "prt" and c.lower_ in ("up", "back") for c in kids(verb))


# measures between a carrier noun and its goods: "a shipment of 400 tonnes of flour"
MEASURES = frozenset({"tonne", "ton", "kilogram", "kg", "litre", "liter", "gallon", "barrel", "truckload", "load",
                      "crate", "box", "bag", "sack", "carton", "pallet", "dose", "quantity", "amount", "lot", "worth",
                      "container", "planeload", "shipload", "consignment", "batch", "cubic", "metre", "meter"})


def _goods(tok: Token) -> list[Token]:
    """A noun's "of" objects, theirs behind a measure, and their conjuncts ("40 tonnes of flour and medicine")."""
    goods = [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"]
    goods += [g for m in goods if m.lemma_.lower() in MEASURES for c in kids(m) if c.dep_ == "prep" and
              c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"]
    return goods + [cj for g in goods for cj in g.conjuncts]


def of_goods(tok: Token) -> set[str]:
    """The lemmas of a noun's "of" objects, and of theirs behind a measure ("a shipment of 40 tonnes of rice")."""
    return {g.lemma_.lower() for g in _goods(tok)}


_BOUND_PREPS = frozenset({"for", "to", "into"})


def bound_for(carrier: Token) -> list[Token]:
    """The objects of "for" / "to" hung on the goods a carrier noun names: "a shipment of 40 tonnes of flour for
    Gaza" (the parser hangs "for Gaza" on the flour); asked for aid that reached a place."""
    return [p for g in _goods(carrier) for c in kids(g) if c.dep_ == "prep" and c.lower_ in _BOUND_PREPS
            for p in kids(c) if p.dep_ == "pobj"]


_POLICE_DISPATCH = "153"
# purposes of troops sent to another country that make the deployment protection (074), not a build-up (154)
_PROTECTING = frozenset({"protect", "guard", "escort", "shield", "safeguard", "defend", "police"})
# "deported X to Y to face trial": sent there for justice
_FACING = frozenset({"face", "stand"})
_JUSTICE = frozenset({"trial", "charge", "justice", "prosecution", "court", "sentence", "accusation"})


def judicial_code(tok: Token, kind: str, code: str, targets: list[Actor | None]) -> str:
    """'deported / expelled X to Y to face trial (charges, justice)': handing a suspect over for trial is judicial
    cooperation (063), not an expulsion (174); police sent to another country on a mission protect it (074)."""
    if code == _POLICE_DISPATCH and kind == "verb" and any(t is not None for t in targets) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in kids(c)) for c in kids(tok)):
        return "074"  # "deployed 400 police officers to Haiti" (a town at home names no target)
    if code == "154" and kind == "verb" and any(t is not None for t in targets) and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _PROTECTING and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for c in kids(tok)):
        return "074"  # "deployed troops to Mozambique to protect gas projects": sent there to protect
    if code != "174" or kind != "verb":
        return code
    for c in kids(tok):
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _FACING and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) and any(
                o.dep_ == "dobj" and o.lemma_.lower() in _JUSTICE for o in kids(c)):
            return "063"
    return code


_AGREEING = frozenset({"agree", "consent"})
# verbs that grow a tie rather than do a deed: "agreed to expand cooperation / boost trade" stays an intention
_GROWING = frozenset({"expand", "boost", "deepen", "strengthen", "enhance", "increase", "step", "bolster", "intensify",
                      "promote", "advance", "broaden", "improve", "develop", "resume", "upgrade", "widen", "elevate"})


# deeds that "agreed to" reports as done, not as a plan: material cooperation (06) and concessions (08)
_AGREED_ROOTS = frozenset({"06", "08"})


def agreed(mod: Modality, pred: Token, code: str) -> Modality:
    """``mod`` without its intent when a 06 deed or an 08 concession is the complement of "agreed to" (in the past,
    not a plan): "agreed to buy gas from Y", "agreed to share intelligence", "agreed to let aid trucks into Gaza",
    "agreed to reopen the crossing"; "agreed to expand cooperation" stays 031."""
    if not mod.intent or mod.future or mod.speculative or mod.negated or code[:2] not in _AGREED_ROOTS or \
            pred.dep_ != "xcomp" or pred.head.lemma_.lower() not in _AGREEING or pred.head.tag_ not in ("VBD", "VBN") \
            or pred.lemma_.lower() in _GROWING:
        return mod
    return replace(mod, intent=False)


def agreed_deeds(found: list[Found]) -> list[Found]:
    """Without the agreeing verb's own 03 event when the deed it agreed to is coded as done (see ``agreed``)."""
    deeds = {f.anchor.head.i for f in found if f.code[:2] in _AGREED_ROOTS and "intent" not in f.flags and
             f.anchor.dep_ == "xcomp" and f.anchor.head.lemma_.lower() in _AGREEING}
    return [f for f in found if not (deeds and f.code[:2] == "03" and f.trigger.i in deeds)]
