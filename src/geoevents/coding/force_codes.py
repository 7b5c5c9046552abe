"""Which code an act of force takes, or none, from what crossed, where a missile was aimed and at whom.

* Crossing into a country is an incursion (CAMEO 192) or a show of force (150) only when forces cross: people
  fleeing or migrating ("refugees crossed into Chad"), aid and trade convoys, lorries, cargo and passenger craft
  ("Turkish aid trucks crossed into Syria", "a UN convoy crossed into Gaza", "a ship carrying food aid entered
  X's waters") take no ground and show no force.
* A missile launched toward a place on land ("launched a ballistic missile toward Eilat") is a missile strike
  (195), not a test; into the sea or waters off a coast it stays a test (150).
* State forces that fire on a crowd of protesters or mourners ("police opened fire on demonstrators") repress
  dissent (CAMEO 175), they do not fight (193).
* A missile or drone fired at a ship that no actor owns ("launched a drone at a commercial tanker") is an attack
  all the same, on an unnamed target (as "the Houthi attacks on shipping" are).
* An armed group attacking a civilian site with no military context ("militants attacked a hotel", "gunmen
  stormed a market") is unconventional violence (180), not military force (190).

``force_code`` returns the code, or "" when the act is no event. It reads the trigger's own children and, only for
the few lemmas concerned, its subject's: nothing walks the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.killings import domestic_killing
from geoevents.coding.munitions import TEARING, torn_by_blast
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import FLEEING, NONSTATE_ARMED, STATE_TYPES
from geoevents.models import Actor

__all__ = ["DOWNING", "at_vessel", "force_code", "site_or_crowd_code"]

_CROSSING = frozenset({"cross", "enter"})
# what crosses without force: people on the move, and carriers of aid, trade or passengers
_MOVERS = frozenset({"refugee", "migrant", "asylum-seeker", "evacuee", "civilian", "family", "pilgrim", "tourist",
                     "trader", "traveller", "traveler", "passenger", "people", "person", "child", "woman", "resident",
                     "villager", "returnee", "worker"})
_CARRIERS = frozenset({"truck", "lorry", "convoy", "vehicle", "bus", "caravan", "shipment", "consignment", "plane",
                       "aircraft", "flight", "ship", "vessel", "boat", "ferry", "train", "airlift", "tanker",
                       "freighter", "barge", "airliner", "jet"})
# carriers that carry goods or people unless a modifier says otherwise ("a convoy of lorries")
_CIVIL_BY_DEFAULT = frozenset({"lorry", "convoy", "bus", "caravan", "shipment", "consignment", "ferry", "train",
                               "airlift", "freighter", "barge", "airliner"})
_CIVIL_WORDS = frozenset({"aid", "humanitarian", "relief", "food", "medical", "medicine", "supply", "supplies", "fuel",
                          "cargo", "commercial", "civilian", "passenger", "trade", "merchant", "fishing", "rescue",
                          "grain", "water", "ambulance", "evacuation", "un", "wfp", "unicef", "unhcr", "icrc", "red"})
_MILITARY_WORDS = frozenset({"military", "army", "navy", "naval", "armoured", "armored", "troop", "war", "combat",
                             "tank", "artillery", "militia", "rebel", "coast", "patrol", "warship"})
_CARRYING = frozenset({"carry", "bring", "deliver", "transport", "haul", "ferry", "load"})
# a missile launched toward a place is a strike; toward or into the sea a test
_LAUNCHING = frozenset({"launch", "fire", "shoot"})
# verbs of bringing down what another force fired or flew ("intercepted a missile", "shot down a drone")
DOWNING = frozenset({"intercept", "down", "shoot", "destroy", "neutralise", "neutralize"})
# verbs of impact whose subject, a weapon "launched / fired / flown by X", is one act with its launch
_STRIKING = frozenset({"hit", "strike", "slam", "smash", "target", "kill", "wound", "injure", "pound", "blast"})
_SEA_WORDS = frozenset({"sea", "water", "waters", "ocean", "gulf", "bay", "coast", "zone", "pacific", "atlantic",
                        "strait", "eez"})


# firing on a crowd: state forces repress dissent (CAMEO 175)
_FIRING = frozenset({"fire", "shoot", "open"})
_CROWDS = frozenset({"protester", "demonstrator", "mourner", "marcher", "crowd", "rally", "protest",
                     "demonstration", "procession", "gathering", "picketer", "striker", "rioter"})
# civilian sites whose attack by an armed group is terrorism-style violence (CAMEO 180), not a military attack
_CIVIL_SITES = frozenset({"hotel", "restaurant", "market", "marketplace", "church", "mosque", "synagogue", "temple",
                          "shrine", "school", "university", "college", "hospital", "clinic", "bus", "cafe", "café",
                          "nightclub", "bar", "mall", "supermarket", "shop", "wedding", "funeral", "festival",
                          "concert", "stadium", "theatre", "theater", "bakery", "guesthouse", "cinema"})


# ships attacked at sea: an attack on an unnamed target when no actor owns them
_VESSELS = frozenset({"ship", "tanker", "vessel", "freighter", "carrier", "boat", "containership", "bulker", "dhow",
                      "trawler", "ferry"})
_FIRED = frozenset({"fire", "launch", "shoot"})
# what is fired at a ship in an attack (shots fired by a coast guard at a smugglers' boat are policing)
_MUNITIONS = frozenset({"missile", "rocket", "drone", "uav", "torpedo", "grenade", "rpg", "projectile", "mortar",
                        "shell", "munition", "bomb"})


def _words(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_, *(c.lemma_.lower() for c in kids(tok) if c.dep_ in (
        "compound", "amod", "nmod", "poss"))}


def _civil_mover(subject: Token) -> bool:
    """Whether what crossed is people on the move or a carrier of aid, goods or passengers, not a force."""
    lemma = subject.lemma_.lower()
    if lemma in _MOVERS:
        return True
    if lemma not in _CARRIERS:
        return False
    words = _words(subject) | {g.lemma_.lower() for c in kids(subject) if c.dep_ == "prep" and c.lower_ == "of"
                               for g in kids(c) if g.dep_ == "pobj"}  # "a convoy of aid lorries"
    carrying = any(c.dep_ == "acl" and c.lemma_.lower() in _CARRYING and any(
        g.dep_ == "dobj" and _words(g) & _CIVIL_WORDS for g in kids(c)) for c in kids(subject))
    if carrying or words & _CIVIL_WORDS:
        return True  # "aid trucks", "a ship carrying medical supplies"
    return lemma in _CIVIL_BY_DEFAULT and not words & _MILITARY_WORDS


def _toward_land(tok: Token) -> bool:
    """Whether a launch is aimed at a place on land: 'toward Eilat', 'at Israel' (not 'into the sea off X')."""
    preps = [c for c in kids(tok) if c.dep_ == "prep"]
    obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
    if obj is not None:
        preps += [c for c in kids(obj) if c.dep_ == "prep"]  # ("a missile toward Eilat")
    if any(c.lower_ in ("into", "off", "over") for c in preps):
        return False
    return any(c.lower_ in ("at", "toward", "towards") and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and not _words(g) & _SEA_WORDS for g in kids(c)) for c in preps)


def _aimed_at(tok: Token) -> Token | None:
    """What a verb of force is aimed at: its object, or the object of 'on / at / upon' ('fired on mourners')."""
    obj = next((c for c in kids(tok) if c.dep_ == "dobj" and c.lemma_.lower() not in ("fire", "gunfire")), None)
    return obj or next((g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon")
                        for g in kids(c) if g.dep_ == "pobj"), None)


def at_vessel(tok: Token, kind: str, code: str) -> bool:
    """Whether a missile, rocket or drone fired at a ship is coded with no target ('fired a missile at a tanker')."""
    return kind == "verb" and code[:2] == "19" and tok.lemma_.lower() in _FIRED and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MUNITIONS for c in kids(tok)) and any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "toward", "towards") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _VESSELS for g in kids(c)) for c in kids(tok))


def site_or_crowd_code(tok: Token, code: str, sources: list[Actor]) -> str:
    """175 for state forces firing on a crowd, 180 for an armed group attacking a civilian site, else ``code``."""
    if code not in ("190", "193") or not sources:
        return code  # (most triggers: read nothing more)
    lemma = tok.lemma_.lower()
    if lemma in _FIRING and all(a.type_code in STATE_TYPES for a in sources):
        aimed = _aimed_at(tok)
        return "175" if aimed is not None and aimed.lemma_.lower() in _CROWDS else code
    if all(a.type_code in NONSTATE_ARMED for a in sources):
        aimed = _aimed_at(tok)
        return "180" if aimed is not None and aimed.lemma_.lower() in _CIVIL_SITES else code
    return code


def force_code(tok: Token, kind: str, code: str, sources: list[Actor]) -> str:
    """The code of an act of force at ``tok`` after the readings above ("" when it is no event)."""
    if code[:2] == "18" and kind == "verb" and domestic_killing(tok, code, sources):
        return ""  # "a man killed his wife and two children": a domestic crime, no political event (see killings)
    if kind == "verb" and tok.lemma_.lower() in TEARING and not torn_by_blast(tok):
        return ""  # "protesters tore through barricades": only a bomb or blast tears through a place in an attack
    if kind != "verb" or (code[:3] not in ("150", "192") and not (tok.dep_ == "acl" and code[:2] == "19")):
        return code  # (most triggers: read nothing more)
    lemma = tok.lemma_.lower()
    if tok.dep_ == "acl" and code[:2] in ("15", "19") and ((tok.head.dep_ in ("nsubj", "nsubjpass") and
                                                           tok.head.head.lemma_.lower() in _STRIKING) or (
            tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in DOWNING)):
        return ""  # "a missile launched by X struck Y" (the launch is the strike, coded at "struck"); "intercepted
        # a missile fired by X" (an attack whose target the text leaves to the reader, no test)
    if code[:3] in ("150", "192") and lemma in _CROSSING:
        if code == "192" and all(a.type_code in FLEEING for a in sources):
            return ""  # "refugees crossed into Chad": people fleeing or migrating, not forces taking ground
        subject = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        return "" if subject is not None and _civil_mover(subject) else code
    if code[:3] == "150" and lemma in _LAUNCHING and (_toward_land(tok) or at_vessel(tok, kind, "195")):
        return "195"  # "launched a ballistic missile toward Eilat", "fired a missile at a tanker": a strike
    return code
