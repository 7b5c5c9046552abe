"""Rows of criticism and accusation (CAMEO 111, 112) that fit only by what the verb names or blames.

* Name-calling (111): "called Maduro a dictator", "labelled X a rogue state", "branded the vote a sham"; with an
  accusing label it is 112 ("called X a war criminal", "labelled Iran a terrorist state": their own rows).

The naming rows of ``verbs.csv`` (code 111 or 112, a naming verb, no preposition) list the labels that make a
naming a criticism. The label is the verb's small-clause complement (the parser's ``oprd``, or an appositive it took for
one); it matches by its head ("a traitor"), a modifier ("a terrorist state", "a criminal regime") or its "of"
complement ("a regime of thugs"). "call" names only with such a label: "called the separatist leader" is a phone
call, so its name rows need the label; the other naming verbs keep their usual reading when there is none.
* Taking aim at (111): "took aim at Paris over its nuclear stance", "took aim at Washington's policy" is a
  criticism; "a gunman took aim at a police officer" is not: the row fits only when the one aimed at is named (a
  proper noun, or a thing someone owns) or the verb carries the topic of a criticism ("over", "for").
* Retorts (111): "hit back at Beijing, saying Manila would not be intimidated", "fired back at X, accusing it of
  ...": a participle of speech tells a verbal retort from a military riposte ("hit back at Hamas with airstrikes",
  "hit back at Hamas over the weekend"), whose force rows it then leaves.
* Blaming a thing (no 112): "farmers blamed the weather / the drought / rising prices for the losses" blames no
  one: an impersonal cause (nature, the market, a disease, a mishap) as the object of "blame" is no accusation.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["CENSURE_LEMMAS", "censure_fits"]

log = logging.getLogger(__name__)

_NAMING = frozenset({"call", "brand", "label", "dub"})
_RETORTING = frozenset({"hit", "fire"})  # "hit / fired back at X"
# the lemmas of the rows read here (the caller tests this first)
CENSURE_LEMMAS = _NAMING | _RETORTING | {"blame", "take"}
_AIM = "aim"
_TOPIC_PREPS = frozenset({"over", "for"})
# participles of speech that make "hit back at X" a verbal retort ("..., saying / accusing it of / calling ...")
_SPEECH_PARTICIPLES = frozenset({"say", "accuse", "call", "describe", "brand", "dismiss", "insist", "argue", "warn",
                                 "denounce", "reject", "label", "tell", "claim", "charge", "slam", "condemn", "deny",
                                 "urge", "demand", "vow", "write", "state", "declare", "stress", "add"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# causes nobody did: nature and weather, disease, the market, mishaps
_IMPERSONAL = frozenset({
    "weather", "drought", "flood", "flooding", "rain", "rainfall", "storm", "cyclone", "hurricane", "typhoon", "heat",
    "heatwave", "cold", "snow", "fog", "climate", "monsoon", "earthquake", "landslide", "wildfire",
    "virus", "pandemic", "epidemic", "outbreak", "disease", "covid", "market", "markets", "price", "prices",
    "inflation", "economy", "downturn", "recession", "glitch", "malfunction",
    "demand", "slowdown", "luck", "pest", "pests", "locust",
    "locusts", "data", "datum", "figure", "statistic", "rate", "yield", "volatility", "uncertainty", "sentiment",
    "earnings", "shortage", "supply", "currency"})


def censure_fits(rule: Rule, tok: Token, kind: str) -> bool | None:
    """Whether a naming or blaming row fits the verb ``tok``; None for every other row (read as usual)."""
    if rule.lemma not in CENSURE_LEMMAS or kind != "verb":
        return None
    if rule.lemma in _RETORTING:
        spoken = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in kids(tok)) and _spoken(tok)
        if rule.code == "111" and rule.particle == "back" and not rule.objects:
            return spoken  # "hit back at Beijing, saying ...": the retort row, its target "at" X
        return False if spoken and rule.code[:2] in ("18", "19", "20") else None  # (no riposte by force)
    if rule.lemma == "take":
        return _aim_fits(tok) if _AIM in rule.objects and rule.code == "111" else None
    if rule.lemma == "blame" and rule.code == "112":
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in _IMPERSONAL and not any(
                c.dep_ == "poss" for c in kids(obj)) and not any(
                c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in kids(tok)):
            return False  # "blamed the weather for the harvest" ("blamed X's policy", "blamed the failure on X" accuse)
        return None
    if rule.lemma == "call" and rule.code == "041" and not rule.preps and _labels(tok):
        return False  # "calling Prague a true friend", "called the vote a sham": a naming, no phone call
    return naming_fits(rule, tok, kind)


def _labels(tok: Token) -> list[Token]:
    """The small-clause label of a naming verb: its ``oprd``, a second object ("calling Prague a true friend"), or
    an appositive the parser took for one ("called X's blockade of Y a crime")."""
    objects = [c for c in kids(tok) if c.dep_ == "dobj"]
    return [c for c in kids(tok) if c.dep_ == "oprd"] or [
        o for o in objects[1:] if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in kids(o))] or [
        t for c in objects for t in c.subtree if t.dep_ == "appos" and t.left_edge.i > 0
        and not tok.doc[t.left_edge.i - 1].is_punct and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in kids(t))]


def _spoken(tok: Token) -> bool:
    """Whether "hit back at X" is carried by a participle of speech in its own clause ("..., saying ...",
    "after Y imposed curbs, accusing it of ...") and by no weapon or deed ("with airstrikes")."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in kids(tok)):
        return False
    return any(t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in _SPEECH_PARTICIPLES
               for t in tok.subtree)


def _aim_fits(tok: Token) -> bool:
    """Whether "took aim at X" criticises: X named or owned ("at Paris", "at X's policy"), or a topic given."""
    if not any(c.dep_ == "dobj" and c.lower_ == _AIM for c in kids(tok)):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in kids(tok)):
        return True
    targets = [g for c in kids(tok) for p in (c, *kids(c)) if p.dep_ == "prep" and p.lower_ == "at"
               for g in kids(p) if g.dep_ == "pobj"]
    return any(g.pos_ == "PROPN" or any(c.dep_ == "poss" for c in kids(g)) for g in targets)


def naming_fits(rule: Rule, tok: Token, kind: str) -> bool | None:
    """Whether a naming row fits the verb ``tok`` by its label; None for other rows (read as usual)."""
    if rule.lemma not in _NAMING or rule.code not in ("111", "112") or rule.preps:
        return None  # (112: "called X a terrorist state / a war criminal" is an accusation: its own rows)
    labels = _labels(tok)
    if not labels:
        return False if rule.lemma == "call" else None
    words = {t.lemma_.lower() for lab in labels for t in (
        lab, *(c for c in kids(lab) if c.dep_ in _MODIFIERS),
        *(g for c in kids(lab) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"))}
    return bool(words & rule.objects)
