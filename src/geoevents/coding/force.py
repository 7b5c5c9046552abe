"""Force told with a weapon or a craft as the doer, and mass expulsions told as driving out (CAMEO 15, 19, 201).

Wire copy names the means instead of the force that wields it: "Houthi drones targeted a tanker", "Russian
artillery hammered Ukrainian positions". ``force_rule`` gives such a verb the row it would have with an armed
force as its subject:

- a verb of impact (target, hammer, blast, ...) whose subject is a weapon or a combat craft is an attack on
  its object (CAMEO 190; ``recode`` makes it an air strike or shelling from the weapon: 195, 194);
- driving or forcing hundreds of people out ("drove 50,000 villagers out of the valley", "forced out thousands of
  residents") is a mass expulsion (CAMEO 201);

``wielder`` names who fired a weapon that is a subject: the agent of its participle ("rockets fired by X hit Y"),
else, when no owner is named on the weapon, the state it was fired from ("a drone launched from Yemen struck a
ship", "shells fired from the Russian side of the border hit Y"; "Russian drones launched from Belarus" stay
Russia's, and "from US-made launchers" names a maker, not a state).

``attacked_unit`` reads the other way round: a noun of a show of force that is what an attack hit ("ambushed an
army patrol", "an attack on a naval convoy") names the unit attacked, not a patrol or a drill held.

A person, a country or an institution as the subject gives no such row: "the sanctions target X's banks" and
"critics hammered the plan" keep their own rows (or none).
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.assaults import beaten_to_death
from geoevents.coding.clauses import victims
from geoevents.coding.munitions import chemical_rule
from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.targets import ArgumentReader
from geoevents.coding.tokens import kids
from geoevents.coding.violence import MASS_EXPULSION_MIN, aircraft_code

__all__ = ["IMPACT_VERBS", "WEAPON_DOERS", "attacked_unit", "force_rule", "wielder"]

# verbs of impact that are attacks when a weapon does them ("artillery hammered X", "drones targeted X")
# (each has rows of its own in verbs.csv: a word no row names is never read)
IMPACT_VERBS = frozenset({"target", "hammer", "blast", "smash", "slam", "pummel", "pound", "batter", "bombard",
                          "hit", "strike", "attack", "shell", "raid"})
# combat craft ("Houthi drones targeted X", "Thai F-16s struck X")
COMBAT_CRAFT = frozenset({"warplane", "jet", "fighter", "bomber", "aircraft", "helicopter", "gunship", "drone", "uav",
                          "warship", "destroyer", "frigate", "carrier", "submarine", "cruiser", "corvette",
                          "gunboat", "flotilla", "fleet", "interceptor", "reconnaissance"})
# weapons and craft whose use on an object is an attack (the kind of attack is read by ``recode``)
WEAPON_DOERS = COMBAT_CRAFT | frozenset({"missile", "rocket", "artillery", "mortar", "shell", "tank", "howitzer",
                                         "launcher", "munition", "bomb", "airstrike", "strike", "shelling",
                                         "barrage", "salvo", "projectile", "cannon", "gun"})
# participles of firing or flying a weapon, whose agent is the force that wields it ("rockets fired by X")
# stretches of land a weapon is fired from, named for the state that holds them
_LAUNCH_GROUND = frozenset({"territory", "side", "soil", "area", "region", "position", "airspace", "water", "waters"})
_OWNER_LABELS = frozenset({"NORP", "GPE", "ORG"})  # an owner named on a weapon: "Russian drones", "Hamas rockets"
_WIELDING = frozenset({"fire", "launch", "shoot", "operate", "fly", "pilot", "deploy", "use", "send", "lob", "drop"})
# forces a state sends, and the verbs that send them: "troops deployed by Rwanda", "soldiers sent by Moscow"
_SENT_FORCES = frozenset({"troop", "soldier", "force", "unit", "contingent", "mercenary", "marine", "paratrooper"})
_SENDING = frozenset({"deploy", "send", "dispatch", "station", "post", "redeploy"})
# verbs that push people out of a place when they have the particle "out": "drove ... out", "forced out"
OUSTING_VERBS = frozenset({"drive", "force", "push", "chase", "kick"})
# ports whose blockade by a force ("the navy blockaded the port of X") is a military blockade (191); a protest
# blockade of a port by fishermen or lorry drivers is turned back into 144 by the doers (``family_code``)
_PORTS = frozenset({"port", "ports", "harbour", "harbor", "harbours", "harbors", "seaport"})
# crowds that blockade a port in protest: their 144 row stands
_PROTESTING = frozenset({"protester", "demonstrator", "activist", "fisherman", "fishermen", "farmer", "trucker",
                         "driver", "docker", "worker", "union", "striker", "environmentalist", "resident", "villager",
                         "haulier", "crowd", "student", "miner"})
# verbs and nouns of an attack whose object is a unit, not an event: "ambushed a patrol", "fired on a convoy"
ASSAULTS = frozenset({"attack", "ambush", "hit", "strike", "target", "raid", "bomb", "shell", "storm", "fire", "shoot",
                      "overrun", "assault", "besiege", "encircle", "capture", "seize", "destroy", "blow", "intercept",
                      "sink", "ram", "attacker", "bombing", "shelling", "airstrike"})


def _craft(noun: Token | None, kinds: frozenset[str]) -> bool:
    """Whether a subject noun is one of ``kinds`` or a combat aircraft named by type ("F-16s", "Su-25 jets")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    return noun.lemma_.lower() in kinds or aircraft_code(noun) is not None


# where an attack in words is made: "attacked X on social media / in a post / in an interview", "attacked X online"
_OUTLETS = frozenset({"media", "medium", "post", "tweet", "speech", "interview", "statement", "article", "op-ed",
                      "editorial", "column", "message", "video", "podcast", "broadcast", "letter", "platform",
                      "twitter", "facebook", "telegram", "instagram", "tiktok", "x", "blog", "newspaper", "television",
                      "radio"})
_VERBALLY = frozenset({"online", "verbally", "publicly", "rhetorically"})


def _in_words(verb: Token) -> bool:
    """Whether an attack is made in words: an outlet phrase (on the verb or, as the parser may hang it, on its
    object) or an adverb that says so (see ``_OUTLETS``)."""
    holders = [verb, *(c for c in kids(verb) if c.dep_ == "dobj")]
    return any((c.dep_ == "advmod" and c.lower_ in _VERBALLY) or (c.dep_ == "prep" and c.lower_ in (
        "on", "in", "via", "through") and any(g.dep_ == "pobj" and g.lemma_.lower() in _OUTLETS
                                                         for g in kids(c))) for h in holders for c in kids(h))


def force_rule(tok: Token, kind: str) -> Rule | None:
    """The row of an attack by a weapon or of a mass expulsion, else None.

    Read before the lemma's own rows: "artillery blasted X" is no criticism, "drones targeted X" no cyber attack,
    "forced out thousands of residents" no coercion."""
    lemma = tok.lemma_.lower()
    if kind == "verb" and beaten_to_death(tok):  # "a mob beat a man to death": a killing by physical assault
        return verb_rule(lemma, "1823")
    if (chemical := chemical_rule(tok, kind)) is not None:  # "dropped barrels packed with chlorine on X" (2041)
        return chemical
    if kind == "verb" and lemma == "attack" and _in_words(tok):  # "attacked the judge in a post on X": 111
        return verb_rule(lemma, "111")
    if kind != "verb" or (lemma not in OUSTING_VERBS and lemma not in IMPACT_VERBS and lemma != "blockade"):
        return None  # (most triggers: read nothing more)
    if lemma == "blockade":
        return verb_rule(lemma, "191") if any(c.dep_ == "dobj" and c.lemma_.lower() in _PORTS for c in kids(tok)) \
            and not any(c.dep_ == "nsubj" and c.lemma_.lower() in _PROTESTING for c in kids(tok)) else None
    obj = ArgumentReader._object(tok) if lemma in OUSTING_VERBS else None
    if obj is not None and any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in kids(tok)) and (
            victims(tok) >= MASS_EXPULSION_MIN or any(t.lower_ in ("million", "millions") for t in obj.subtree)):
        return verb_rule(lemma, "201", particle="out")
    if lemma in IMPACT_VERBS and any(c.dep_ == "dobj" for c in kids(tok)) and \
            _craft(ArgumentReader._subject(tok), WEAPON_DOERS):
        return verb_rule(lemma, "190")
    return None


def wielder(noun: Token | None) -> Token | None:
    """Who fired or flew a weapon or craft that is a subject: 'rockets fired by Hezbollah hit X', 'a drone launched
    by the Houthis struck Y', 'drones operated by the RSF' (the agent of its participle), or sent forces that are
    one ('troops deployed by Rwanda are fighting ...'), else None."""
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma in _SENT_FORCES:  # "troops deployed by Rwanda are fighting ...": the sender's forces
        return next((g for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SENDING
                     for a in kids(c) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"), None)
    if lemma not in WEAPON_DOERS:
        return None  # (most subjects: read nothing more)
    fired = [c for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _WIELDING]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _WIELDING and any(
            c.dep_ == "conj" and c.pos_ == "VERB" for c in kids(noun.head)):
        fired.append(noun.head)  # "Missiles fired from Iran struck X", parsed as "missiles fired ... and struck X"
    agent = next((g for c in fired for a in kids(c) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"),
                 None)
    if agent is not None or any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in _OWNER_LABELS
                                for c in kids(noun)):
        return agent  # ("Russian drones launched from Belarus": Russia's, not Belarus's)
    # "a drone launched from Yemen", "rockets fired from southern Lebanon": the state it was fired from
    return next((_launch_state(g) for c in fired for p in kids(c) if p.dep_ == "prep" and p.lower_ == "from"
                 for g in kids(p) if g.dep_ == "pobj" and _launch_state(g) is not None), None)


def _launch_state(place: Token) -> Token | None:
    """The state a weapon was fired from: a named state ('from Yemen'), or the state named on a stretch of land
    ('from the Russian side of the border', 'from Lebanese territory', 'from territory in Yemen'); else None
    ('from a US-made launcher' names a maker, not the state that fired)."""
    if place.ent_type_ == "GPE":
        return place
    if place.lemma_.lower() not in _LAUNCH_GROUND:
        return None
    return next((t for t in place.subtree if t.i != place.i and t.ent_type_ in ("GPE", "NORP") and (
        (t.dep_ in ("amod", "compound", "nmod") and t.head.i == place.i) or t.dep_ == "pobj")), None)


def attacked_unit(tok: Token, code: str) -> bool:
    """Whether a show-of-force noun (CAMEO 15) is the unit an attack hit: 'ambushed an army patrol', 'a patrol
    was ambushed', 'an attack on a naval convoy', 'fired on a police patrol'."""
    if code[:2] != "15":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("on", "against", "at", "upon"):
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.lemma_.lower() in ASSAULTS
