"""Recoding a trigger's CAMEO code from its outcome and its actors' types.

"fired missiles into the sea" (no target) is a show of force; "shot dead" a killing; rioters attacking
is a violent protest, police storming a seizure, gunmen firing on worshippers unconventional violence;
"a suicide bomber" a suicide bombing; killing hundreds of civilians mass killing; deaths caused by air strikes
or shelling the strike or the shelling itself; drones or warplanes that "hit" X an air strike, tanks shelling;
protesters occupying a building a sit-in; a police raid on premises an investigation; killing a leader an
assassination.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Token

from geoevents.coding.assaults import (
    arrest_code,
    attack_noun,
    attempt_code,
    device_code,
    killed_outright,
    outright_code,
)
from geoevents.coding.clauses import object_lemmas, victims
from geoevents.coding.demands import family_code
from geoevents.coding.force_codes import DOWNING, site_or_crowd_code
from geoevents.coding.groups import one_attack
from geoevents.coding.inquiry_codes import inquiry_code
from geoevents.coding.massacres import militant_massacre
from geoevents.coding.material import judicial_code
from geoevents.coding.passives import attack_in, gerund_noun
from geoevents.coding.targets import ArgumentReader
from geoevents.coding.threats import warned_force
from geoevents.coding.tokens import kids
from geoevents.coding.violence import aircraft_code, violence_code
from geoevents.coding.vocab import (
    HUMAN_NOUNS,
    LETHAL_MEANS_VERBS,
    MASS_KILLING_MIN,
    MASS_KILLING_VERBS,
    NONCOMBATANTS,
    NONSTATE_ARMED,
    PROTESTER_TYPES,
    STATE_TYPES,
    STRIKE_MEANS,
    TEST_WEAPONS,
    UNARMED_TARGETS,
)
from geoevents.models import Actor

__all__ = ["recode"]

# the weapon or craft that does a generic attack decides its kind (CAMEO 195 air / missile / drone, 194 artillery):
# "Russian drones hit a power plant", "warplanes pounded the town", "struck the base with cruise missiles"
ATTACK_MEANS = MappingProxyType({
    **STRIKE_MEANS, "warplane": "195", "jet": "195", "bomber": "195", "aircraft": "195", "plane": "195",
    "helicopter": "195", "gunship": "195", "uav": "195", "airstrike": "195", "rocket": "194", "howitzer": "194",
    "gunboat": "194"})
_MEANS_DEPS = ("compound", "amod")
# sanctions (163) are a measure against another country or its people; the same measure a state takes against its
# own people or bodies is an administrative sanction (172): "froze the assets of opposition leaders" (an entry ban
# on another state's officials stays 172, as the rows code it)
_SANCTIONS = "163"
_ADMINISTRATIVE = "172"
_DOMESTIC_PARTIES = frozenset({"CVL", "OPP", "BUS", "MED", "HRI", "NGO"})
# searches of premises by police, prosecutors, security services or tax officials are investigations (CAMEO 091)
RAID_WORDS = frozenset({"raid", "search", "sweep", "roundup"})
INVESTIGATORS = frozenset({"COP", "JUD", "SPY", "GOV"})
# killing a named person or a leader is an assassination (CAMEO 186), whatever the weapon
KILLING_VERBS = frozenset({"kill", "assassinate", "murder", "slay", "eliminate"})
LEADER_NOUNS = frozenset({"leader", "commander", "chief", "head", "president", "minister", "governor", "mayor",
                          "general", "founder", "spokesman", "spokesperson", "lawmaker", "politician", "deputy"})


def _means(noun: Token | None, table: Mapping[str, str] = ATTACK_MEANS, *, modifier_first: bool = False) -> str | None:
    """The attack code of a weapon or craft noun ("drones", "Israeli warplanes", "cruise missiles"), else None;
    with ``modifier_first`` a modifier outranks the head ("artillery strikes": shelling)."""
    if noun is None or (noun.pos_ != "NOUN" and not gerund_noun(noun)):  # ("killed by Russian shelling")
        return None
    modifiers = [c for c in kids(noun) if c.dep_ in _MEANS_DEPS]
    words = [*modifiers, noun] if modifier_first else [noun, *modifiers]
    return next((table[w.lemma_.lower()] for w in words if w.lemma_.lower() in table), None) or (
        aircraft_code(noun) if table is ATTACK_MEANS else None)  # "Thai F-16s struck X": an air strike


def _leader(victim: Token | None) -> bool:
    """Whether a victim is a named person or a leader: "Hamas leader X", "the group's military chief"."""
    if victim is None:
        return False
    return victim.ent_type_ == "PERSON" or victim.lemma_.lower() in LEADER_NOUNS or any(
        c.dep_ in ("compound", "appos") and (c.lemma_.lower() in LEADER_NOUNS or (
            c.ent_type_ == "PERSON" and victim.tag_ != "NNS"))  # ("40 Boko Haram fighters" are no leader)
        for c in kids(victim))


def attack_means(tok: Token) -> str | None:
    """The code a generic attack verb takes from its doer or instrument: "drones hit X", "pounded X with artillery"."""
    found = _means(ArgumentReader._subject(tok))
    if found is None:
        found = next((m for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "with"
                      for g in kids(c) if g.dep_ == "pobj" and (m := _means(g)) is not None), None)
    if found is None and (frame := attack_in(tok)) is not None:  # "were killed in an Israeli drone strike"
        found = _means(frame, STRIKE_MEANS, modifier_first=True)
    return found


def recode(tok: Token, kind: str, code: str, sources: list[Actor], targets: list[Actor | None]) -> str:
    """The code of the event at ``tok`` given what it did and to whom (``code`` when nothing applies)."""
    code = violence_code(tok, kind, code, sources, targets)
    if kind == "verb" and code in ("190", "193", "194", "195") and (means := attack_means(tok)):
        code = means  # "Israeli jets struck Hamas positions" is an air strike, "a drone struck a ship" too
    if code[:2] == "19" and not targets and kind == "verb" and object_lemmas(tok) & TEST_WEAPONS and \
            tok.lemma_.lower() not in DOWNING:  # ("intercepted a missile": someone else's, no test)
        code = "150"  # "fired two ballistic missiles into the sea": a show of force, no one attacked
    if code[:2] == "19" and kind == "verb" and killed_outright(tok):  # ("gunned down")
        code = "186" if any(t is not None and t.is_person for t in targets) or _leader(
            ArgumentReader._object(tok)) else outright_code(tok)  # "shot dead the town's mayor": an assassination
    if code == "190" and kind == "verb" and all(a.type_code in PROTESTER_TYPES for a in sources):
        victim = ArgumentReader._object(tok)
        code = "182" if victim is not None and victim.lemma_.lower() in HUMAN_NOUNS and targets and all(
            t is not None and t.type_code in NONCOMBATANTS for t in targets) else "145"
        # "rioters attacked a hotel": a violent protest, not military force; "a mob attacked villagers": an assault
    elif code == "192" and kind == "verb" and tok.lemma_.lower() == "occupy" and all(
            a.type_code in PROTESTER_TYPES for a in sources):
        code = "144"  # "students occupied the university": a sit-in, not a military occupation
    elif code == "091" and tok.lemma_.lower() in RAID_WORDS and not all(a.type_code in INVESTIGATORS for a in sources):
        code = "170"  # a raid on premises: an investigation by police or tax officials, coercion by soldiers
    elif code[:3] == "145" and all(a.type_code in STATE_TYPES for a in sources):
        code = "171"  # "police stormed the embassy": a seizure by the state, not a protest
    elif code[:3] == "145" and all(a.type_code in NONSTATE_ARMED for a in sources):
        code = "190"  # "gunmen attacked a police station": armed force, not a protest
    if code in ("190", "193") and all(a.type_code in NONSTATE_ARMED for a in sources) and targets and all(
            t is not None and t.type_code in UNARMED_TARGETS for t in targets):
        code = "180"  # "gunmen opened fire on worshippers": unconventional violence, not military force
    code = site_or_crowd_code(tok, code, sources) if kind == "verb" else code  # ("police fired on mourners")
    if kind == "verb" and code[:2] in ("17", "18", "19") and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in kids(c))
            for c in kids(tok)):
        code = "180"  # "hacked / beaten / stoned to death": a killing, whatever the verb's other senses
    if kind == "verb" and code[:2] in ("18", "19", "20") and tok.lemma_.lower() in KILLING_VERBS and \
            _leader(ArgumentReader._object(tok)):
        return "186"  # "an air strike killed the group's commander", "killed Hamas leader X": an assassination
    subj = (ArgumentReader._subject(tok) or attack_in(tok)) if kind == "verb" and code[:2] in ("18", "19", "20") \
        else None  # (an agentless passive: "were killed in a Russian air strike")
    subj = attack_noun(tok, subj) if subj is not None else None  # "a suicide bombing that killed 12 soldiers"
    if subj is not None and any(t.lower_ == "suicide" for t in subj.subtree):
        code = "1831"  # "a suicide bomber ... killed": a suicide bombing
    elif subj is not None and (bombing := device_code(subj, code, sources)) != code:
        code = bombing  # "a roadside bomb killed four soldiers; X claimed responsibility"
    elif subj is not None and code[:2] in ("18", "20") and (
            means := _means(subj, STRIKE_MEANS, modifier_first=True)) is not None:
        return means  # "Israeli air strikes killed 20 people", "Russian shelling killed three civilians"
    if (code[:3] in MASS_KILLING_VERBS.get(tok.lemma_.lower(), ()) or (
            code[:3] in LETHAL_MEANS_VERBS.get(tok.lemma_.lower(), ()) and _lethal(tok))) and \
            victims(tok) >= MASS_KILLING_MIN and \
            targets and all(t is not None and t.type_code in NONCOMBATANTS for t in targets) and not one_attack(subj):
        code = "202"  # "killed hundreds of villagers"
    code = "202" if militant_massacre(tok, code, sources, targets) else code  # ("ISWAP executed scores of men")
    code = arrest_code(tok, code, [a.type_code for a in sources]) if kind == "verb" else code  # "police seized X"
    code = attempt_code(tok, code, sources, targets, ArgumentReader._object(tok)) if kind == "verb" else code
    code = inquiry_code(tok, kind, code)  # "opened an investigation into war crimes in X": 094
    code = warned_force(tok, kind, code)  # "warned that it would retaliate": a threat of force (138)
    if code == _SANCTIONS and _own_people(sources, targets):
        code = _ADMINISTRATIVE  # "froze the bank accounts of detained businessmen": a state's measure on its own people
    return family_code(tok, kind, judicial_code(tok, kind, code, targets), sources)  # (see demands, material)


def _own_people(sources: list[Actor], targets: list[Actor | None]) -> bool:
    """Whether a state body's measure falls only on people or bodies of its own country (not a state, not abroad)."""
    return bool(sources and targets) and all((a.type_code in STATE_TYPES or not a.type_code) and a.country_code
                                             for a in sources) and all(
        t is not None and t.type_code in _DOMESTIC_PARTIES and t.country_code == a.country_code
        for t in targets for a in sources)


def _lethal(verb: Token) -> bool:
    """Whether a verb of a means of harm tells death as its result: "shot dead", "stabbed to death", "gunned down"
    (the last is a killing by itself in wire copy)."""
    return any((c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp", "dobj", "amod")) or (
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in kids(c))) or (
        c.dep_ == "prt" and c.lower_ == "down" and verb.lemma_.lower() == "gun") for c in kids(verb))
