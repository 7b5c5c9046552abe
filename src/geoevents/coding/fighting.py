"""Fights and shows of force (CAMEO 19, 15): which ones the sentence tells as such.

* A fight "with" a named party is fought by both ("X clashed with Y", "X traded fire with Y", "fighting with Y"):
  coded both ways, like "X and Y clashed" and "clashes between X and Y" ("fought against Y" stays one-way, and so
  does "police clashed with protesters": the crowd protests, it does not fight).
* Not a fight: struggling to reach an aim that is not ground or a foe ("doctors are fighting to save lives").
* Not a show of force: civilian craft and makers ("a research vessel sailed into X", "a space agency launched a
  weather satellite", "firms displayed drones at an arms fair"), and forces that are where they are ("2,000
  troops are stationed in X": background, not a deployment).
* Neither: an indirect question under a verb of finding out ("investigating how a drone crossed into X's
  airspace"): what is asked, not told.

Each test reads the trigger's own children (a lemma in a small set first); nothing walks the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["mutual_with", "not_force"]

# verbs and nouns of a fight that both sides fight: "clashed with", "skirmishes with", "traded fire with"
_MUTUAL_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "trade"})
_MUTUAL_NOUNS = frozenset({"clash", "clashes", "fighting", "battle", "skirmish", "firefight", "gunbattle", "gunfight",
                           "shootout", "exchange"})
# crowds that clash with police are protesting (CAMEO 14 on their side), not fighting back: left one-way
_CROWDS = frozenset({"protester", "demonstrator", "miner", "worker", "student", "farmer", "villager", "resident",
                     "supporter", "fan", "crowd", "rioter", "youth", "teacher", "trader", "vendor", "driver",
                     "activist", "mourner", "worshipper", "civilian", "striker", "marcher", "picketer"})
_FIRE_NOUNS = frozenset({"fire", "gunfire", "shot", "shots", "salvo", "volley", "blow", "artillery", "shell", "rocket"})
# aims a fight is fought for ("fighting to retake the town"); any other aim is a struggle, not a fight
_MILITARY_AIMS = frozenset({"retake", "recapture", "capture", "seize", "take", "hold", "defend", "repel", "push",
                            "drive", "dislodge", "oust", "control", "regain", "break", "encircle", "advance", "reach",
                            "clear", "expel", "storm", "overrun", "liberate", "stop", "halt", "block", "contain",
                            "secure", "destroy", "defeat", "topple", "overthrow", "cut", "keep"})
_STRUGGLE_VERBS = frozenset({"fight", "battle", "struggle"})
# a rush to a win is a contest won, not an assault: "stormed to victory", "stormed into the final"
_RUSHING = frozenset({"storm", "charge", "sweep", "blast", "power", "roar", "surge", "cruise", "romp"})
_CONTESTS = frozenset({"victory", "win", "triumph", "title", "lead", "final", "semi-final", "semifinal", "semis",
                       "quarter-final", "quarterfinal", "landslide", "majority", "top", "gold", "championship", "cup",
                       "round", "medal", "podium", "place"})
# what is "shot down" when no craft is: a hope, a bid or a plan rejected, not a fight
_IDEAS = frozenset({"hope", "bid", "proposal", "plan", "idea", "claim", "rumour", "rumor", "suggestion", "motion",
                    "bill", "request", "notion", "theory", "argument", "report", "chance", "dream", "ambition",
                    "offer", "question", "allegation", "speculation", "demand", "amendment", "initiative"})
# verbs of finding out: "investigating how X crossed into Y" asks, it does not tell
_PROBING = frozenset({"investigate", "probe", "examine", "establish", "determine", "ascertain", "ask", "question",
                      "wonder", "study", "assess", "review", "check", "verify", "understand", "explain", "know",
                      "clarify", "learn", "find", "look", "analyse", "analyze", "inquire", "enquire"})
# civilian makers and craft: what they sail, launch or show is no show of force
_CIVIL_OPERATORS = frozenset({"firm", "company", "manufacturer", "maker", "contractor", "startup", "exhibitor",
                              "vendor", "supplier", "operator", "airline", "trawler", "liner"})
_CIVIL_MODIFIERS = frozenset({"research", "survey", "fishing", "cargo", "merchant", "cruise", "container",
                              "scientific", "civilian", "commercial", "oceanographic", "weather", "meteorological",
                              "communication", "communications", "navigation", "broadband", "internet",
                              "telecommunications", "earth-observation", "passenger", "hospital", "rescue"})
_FAIRS = frozenset({"fair", "exhibition", "expo", "show", "airshow", "salon", "exhibit", "trade"})
_STANDING = frozenset({"station", "base", "garrison", "post", "deploy", "position", "house", "keep"})


def mutual_with(tok: Token, rule: Rule, code: str) -> bool:
    """Whether a fight with the party named by "with" is coded both ways ("X clashed with Y": each on the other)."""
    if code[:2] != "19" or "with" not in rule.preps:
        return False
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        if lemma not in _MUTUAL_VERBS:
            return False
        heads = [tok] if lemma not in ("exchange", "trade") else [
            tok, *(c for c in kids(tok) if c.dep_ == "dobj" and c.lemma_.lower() in _FIRE_NOUNS)]
        if len(heads) == 1 and lemma in ("exchange", "trade"):
            return False  # "traded goods with X" is no fight
    elif lemma in _MUTUAL_NOUNS or tok.lower_ in _MUTUAL_NOUNS:
        heads = [tok]
    else:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in _CROWDS for g in kids(c)) for h in heads for c in kids(h))


def _reaches(tok: Token, goals: frozenset[str]) -> bool:
    """Whether a verb goes 'to / into' one of ``goals`` ('stormed to victory', 'swept into the final')."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in goals for g in kids(c)) for c in kids(tok))


def _mods(tok: Token | None) -> set[str]:
    if tok is None:
        return set()
    return {c.lower_ for c in kids(tok) if c.dep_ in ("compound", "amod")}


def not_force(tok: Token, kind: str, pred: Token, code: str) -> bool:
    """Whether a 15/19 trigger gives no event: a struggle, a civilian craft or maker, forces stationed, a question."""
    if pred.dep_ == "ccomp" and pred.head.lemma_.lower() in _PROBING and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "whether", "if") for c in kids(pred)):
        return True  # "investigating how a Russian drone crossed into Moldovan airspace"
    if kind != "verb":
        return False
    lemma = tok.lemma_.lower()
    if code[:2] == "19":
        return (lemma in _STRUGGLE_VERBS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() not in _MILITARY_AIMS and c.pos_ == "VERB" for c in kids(tok))
        ) or (lemma in _RUSHING and _reaches(tok, _CONTESTS)) or (lemma == "shoot" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _IDEAS for c in kids(tok)))
    if code[:2] != "15":
        return False
    subject = next((c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
    if subject is not None and (subject.lemma_.lower() in _CIVIL_OPERATORS or _mods(subject) & _CIVIL_MODIFIERS or (
            subject.lemma_.lower() == "agency" and "space" in _mods(subject))):
        return True  # "a Chinese research vessel sailed into X", "India's space agency launched ..."
    if obj is not None and _mods(obj) & _CIVIL_MODIFIERS:
        return True  # "launched a weather satellite"
    if any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _FAIRS or _mods(g) & _FAIRS) for g in kids(c))
           for c in kids(tok)):
        return True  # "displayed armed drones at an arms fair"
    return lemma in _STANDING and subject is not None and subject.dep_ == "nsubjpass" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in kids(tok))  # "troops are stationed in X"
