"""Munitions filled with a chemical agent (CAMEO 2041), and where they were aimed when the parse hangs the aim on
the munition's participle.

Wire copy tells chemical attacks by the agent's vehicle: "dropped barrels packed with chlorine on X", "fired
rockets loaded with sarin at Y", "used grenades filled with chloropicrin against Z". The parser hangs "on X" /
"at Y" on the participle ("packed", "loaded") or on the agent inside it ("chlorine"), not on the verb, so the
verb's own rows find neither the chemical nor the target.

- ``chemical_rule``: such a verb with such an object is chemical warfare on what it is aimed at (2041).
- ``munition_holders``: the participle and its agent, whose aim phrases are read as the verb's.
- ``torn_by_blast``: "tore / ripped through X" is an attack (verbs.csv) only when a bomb, blast or munition does it
  ("a car bomb ripped through a market"), not protesters, a fire or a storm.

Both test a lemma in a small set first and read only the verb's object and its participle.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.tokens import kids

__all__ = ["TEARING", "chemical_rule", "munition_holders", "torn_by_blast"]

# verbs that tell a blast by its path ("a car bomb ripped through a market", "a blast tore through a convoy")
TEARING = frozenset({"tear", "rip"})
# what tears through a place in an attack: a device, its blast or a munition (not a fire, a storm or a crowd)
_BLASTS = frozenset({"bomb", "blast", "explosion", "bomber", "device", "ied", "vbied", "charge", "explosive",
                     "missile", "rocket", "shell", "drone", "grenade", "mine", "landmine", "barrage", "salvo"})

# verbs of firing, dropping or using a munition
_DISCHARGING = frozenset({"fire", "launch", "drop", "use", "lob", "rain", "hurl", "deploy", "unleash", "shoot",
                          "employ"})
# vehicles of a chemical agent
_MUNITIONS = frozenset({"rocket", "shell", "barrel", "bomb", "grenade", "missile", "mortar", "round", "munition",
                        "canister", "cylinder", "projectile", "warhead", "container"})
# participles that say what a munition holds ("filled / packed / loaded / laced with", "containing")
_HOLDING = frozenset({"fill", "pack", "load", "lace", "contain", "carry", "arm", "tip", "charge"})
# chemical, biological and radiological agents (tear gas and pepper spray are riot control, not here)
_AGENTS = frozenset({"sarin", "chlorine", "mustard", "nerve", "vx", "novichok", "chloropicrin", "phosgene", "tabun",
                     "soman", "cyanide", "ricin", "anthrax", "toxin", "radiological"})
_AIMING = frozenset({"at", "on", "onto", "against", "into", "upon", "toward", "towards", "over"})


def _participles(verb: Token) -> list[tuple[Token, list[Token]]]:
    """(participle, agents held) for each munition object of ``verb`` held by a participle."""
    out: list[tuple[Token, list[Token]]] = []
    for obj in kids(verb):
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in _MUNITIONS:
            continue
        for part in kids(obj):
            if part.dep_ == "acl" and part.lemma_.lower() in _HOLDING:
                held = [g for c in kids(part) if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
                        for g in ((c,) if c.dep_ == "dobj" else kids(c)) if g.dep_ in ("dobj", "pobj")]
                out.append((part, held))
            elif part.dep_ == "amod" and part.lemma_.lower() in _HOLDING and part.i > 0 and \
                    part.doc[part.i - 1].lower_ == "-":  # "chlorine-filled barrels": the agent before the hyphen
                out.append((part, [*(g for g in kids(part) if g.dep_ in ("npadvmod", "compound", "nmod")), obj]))
                # (the aim then hangs on the munition: "dropped chlorine-filled barrels on X")
    return out


def _chemical(held: list[Token]) -> bool:
    return any(w.lemma_.lower() in _AGENTS or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _AGENTS
                                                   for c in kids(w)) for w in held)


def chemical_rule(tok: Token, kind: str) -> Rule | None:
    """2041 for firing or dropping munitions filled with a chemical agent ('fired shells filled with mustard agent
    at X'), else None."""
    if kind != "verb" or tok.lemma_.lower() not in _DISCHARGING:
        return None  # (most triggers: read nothing more)
    if any(_chemical(held) for _, held in _participles(tok)):
        return verb_rule(tok.lemma_.lower(), "2041", target="pobj", preps=_AIMING)
    return None


def munition_holders(tok: Token) -> list[Token]:
    """The participle of a chemical munition object and the agent it holds, where the parser hangs the aim
    ('dropped barrels packed with chlorine on X': 'on X' under 'chlorine'); [] for any other trigger."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DISCHARGING:
        return []
    return [h for part, held in _participles(tok) if _chemical(held) for h in (part, *held)]


def torn_by_blast(verb: Token) -> bool:
    """Whether the subject of 'tore / ripped through X' is a bomb, a blast or a munition (True for no 'through')."""
    return not any(c.dep_ == "prep" and c.lower_ == "through" for c in kids(verb)) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _BLASTS for c in kids(verb))
