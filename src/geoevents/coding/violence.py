"""Codes of force and violence read from how the act was done, and one event per act of force.

- ``violence_code``: "militants bombed a checkpoint" is a bombing (183), not an air strike; "used sarin gas
  against civilians" is chemical warfare (2041), not riot control; "sent warplanes into X's air defence zone"
  is a show of force (150), not military aid; "fired shells filled with mustard agent", "attacked X with
  grenades filled with chloropicrin" are chemical warfare (2041) too.
- ``open_target``: "pirates hijacked a bulk carrier", "ambushed an aid convoy", "fired a missile at a tanker": force
  used on a ship or convoy that no actor owns is coded with an empty target, not dropped.
- ``one_event``: "Israeli air strikes on Rafah killed 35 people" tells one strike: the subject noun's event is the
  killing verb's event, not a second one.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from geoevents.coding.clauses import victims
from geoevents.coding.deportations import MASS_DEPORTATION_MIN, SEIZING, direct_objects, returnees, seized_ship
from geoevents.coding.force_codes import at_vessel
from geoevents.coding.found import Found
from geoevents.coding.patterns import Rule
from geoevents.coding.targets import ArgumentReader
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import COUNT_WORDS, NONSTATE_ARMED, PROTESTER_TYPES, STATE_TYPES
from geoevents.models import Actor

__all__ = ["BOMBING_WORDS", "CHEMICAL_AGENTS", "OPEN_FORCE", "PATROLLED_SPACES", "SALVO_WORDS", "TERRITORIAL",
           "aircraft_code", "fights_state", "held_countries", "one_event", "open_force", "open_target",
           "same_side", "violence_code"]

# what an armed group without an air force does when it "bombs" something: a bombing (CAMEO 183)
BOMBING_WORDS = frozenset({"bomb", "bombing", "firebomb"})
# aircraft and air means that make a non-state "bombing" an air strike all the same ("Houthi drones bombed X")
_AIR_WORDS = frozenset({"air", "aerial", "drone", "uav", "warplane", "jet", "aircraft", "plane", "helicopter",
                        "missile", "airstrike"})
# agents of chemical warfare (CAMEO 2041), not of riot control ("tear gas", "pepper spray" are 175)
CHEMICAL_AGENTS = frozenset({"sarin", "chlorine", "mustard", "nerve", "vx", "novichok", "chloropicrin", "phosgene",
                             "poison", "tabun", "soman"})
# attack nouns told by the agent they used ("a chlorine attack", "the sarin strike", "a chemical attack")
_ATTACK_NOUNS = frozenset({"attack", "strike", "bombing", "shelling", "assault", "raid"})
_GAS_MODS = CHEMICAL_AGENTS - {"poison"} | {"chemical", "gas"}
# crowds that are "gassed" with tear gas (riot control, CAMEO 175), not with a chemical weapon
_GASSED_CROWDS = frozenset({"protester", "demonstrator", "crowd", "rioter", "marcher", "student", "mourner", "fan"})
# spaces a state's forces are sent into to show force, not to hand weapons over: "sent jets into X's airspace"
PATROLLED_SPACES = frozenset({"airspace", "zone", "adiz", "water", "waters", "strait"})
_FIRED = frozenset({"fire", "launch", "shoot"})
_INTO = frozenset({"into", "through", "over", "near", "around", "across", "inside"})
# codes of violence told without a target (CAMEO 181 hostage-taking, 183 bombing, 196 truce violation)
OPEN_FORCE = frozenset({"181", "183", "196"})
# taking or besieging ground (CAMEO 191 blockade, 192 occupation): done to the state that holds it
TERRITORIAL = frozenset({"191", "192"})
# what an attack, hijacking or blockade is done to that no actor owns unless the text says whose: merchant ships
# and the convoys that carry aid or trade ("hijacked a bulk carrier", "ambushed an aid convoy": target "")
UNOWNED_TARGETS = frozenset({"ship", "tanker", "vessel", "freighter", "carrier", "containership", "bulker", "dhow",
                             "trawler", "ferry", "convoy", "shipping"})
_OPEN_VERBS = frozenset({"attack", "hijack", "commandeer", "ambush", "strike", "hit", "target", "raid", "board",
                         "blockade", "bomb"})
# volleys of missiles: an attack on the country they are fired at, not a test or a show of force
SALVO_WORDS = frozenset({"barrage", "salvo", "volley", "wave", "swarm", "hail"})
# combat aircraft named by type: "F-16s", "Su-25 jets", "MiG-29", "J-10", "B-52 bombers", "Tu-95"
_AIRCRAFT = re.compile(r"^(f|fa|su|mig|j|jf|b|tu|a|av|mq|tb)-?\d{1,3}[a-z]{0,2}$")
# how many people an expulsion moves for it to be a mass expulsion (CAMEO 201), not of individuals (174)
MASS_EXPULSION_MIN = 100
# verbs that remove people from a country (a deportation of foreigners stays 174: deportations.py)
_DEPORTING = frozenset({"deport", "expel", "send", "push", "force", "return", "repatriate", "kick", "hand", "fly",
                        "ship", "bus"})
_DRIVING = frozenset({"drive", "evict", "chase", "uproot", "displace"})
# who does cyber attacks: "hackers", "a hacking group", "a cyber unit" (their blows are 176, not armed force)
_HACKERS = frozenset({"hacker", "hacktivist", "cybercriminal"})
_HACKER_BODIES = frozenset({"group", "unit", "gang", "collective", "team", "army", "actor", "outfit"})
_CYBER = frozenset({"hacking", "hacker", "cyber", "ransomware", "cyberespionage"})
# the state's forces of order, and the crowds whose beating by them is repression (175), not an assault (182)
_SECURITY = frozenset({"COP", "MIL", "SPY"})
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd", "striker",
                         "picketer", "mourner"})


def _words(tok: Token) -> set[str]:
    """Lemmas of a token and its compound and adjective modifiers."""
    return {tok.lemma_.lower(), *(c.lemma_.lower() for c in kids(tok) if c.dep_ in ("compound", "amod"))}


def _object_words(tok: Token) -> set[str]:
    obj = ArgumentReader._object(tok)
    return _words(obj) if obj is not None else set()


def _filled(head: Token) -> set[str]:
    """A munition's words and what it is filled with: "shells filled with sarin", "bombs containing chlorine",
    "barrels of chlorine"."""
    held = [g for c in kids(head) if c.dep_ == "acl" for g in kids(c) if g.dep_ == "dobj"] + [
        g for c in kids(head) if c.dep_ == "acl" for p in kids(c) if p.dep_ == "prep" and p.lower_ == "with"
        for g in kids(p) if g.dep_ == "pobj"] + [g for c in kids(head) if c.dep_ == "prep" and c.lower_ == "of"
                                                    for g in kids(c) if g.dep_ == "pobj"]  # "barrels of chlorine"
    return _words(head).union(*(_words(g) for g in held))


def _weapon_words(tok: Token) -> set[str]:
    """What an act of force was done with: its object or its 'with / using' means, and what they are filled with
    ("fired shells filled with mustard agent", "attacked the town with chlorine gas")."""
    obj = ArgumentReader._object(tok)
    means = [g for h in (tok, obj) if h is not None for c in kids(h) if c.dep_ == "prep" and c.lower_ in (
        "with", "using") for g in kids(c) if g.dep_ == "pobj"] + [  # ("shelled X, using rockets ...")
        g for c in kids(tok) if c.dep_ == "advcl" and c.lemma_.lower() == "use" for g in kids(c)
        if g.dep_ == "dobj"]
    return set().union(*(_filled(h) for h in ([obj] if obj is not None else []) + means))


def _gas_attack(subj: Token | None) -> bool:
    """Whether a subject is an attack told by its chemical agent ('a sarin attack', 'the chemical strike')."""
    return subj is not None and subj.lemma_.lower() in _ATTACK_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _GAS_MODS and not any(
            g.lower_ in ("tear", "pepper") for g in kids(c)) for c in kids(subj))


def aircraft_code(tok: Token) -> str | None:
    """CAMEO 195 for a combat aircraft named by its type ("Thai F-16s struck ..."), else None."""
    word = tok.lemma_.lower()
    return "195" if _AIRCRAFT.match(word[:-1] if word.endswith("s") and word[-2].isdigit() else word) else None


def open_force(rule: Rule, code: str, sources: list[Actor]) -> bool:
    """Acts of violence whose row takes no direct object as target, coded without one when no target is named:
    "detonated a car bomb", "blew himself up", "took hostages", "broke the truce (with X)" (the victims or the
    other side are often mixed or unnamed). Bombs set off by police or thrown by protesters are no such attack."""
    return rule.kind == "verb" and rule.target in ("none", "pobj") and code[:3] in OPEN_FORCE and (
        code[:3] == "196" or not any(a.type_code in STATE_TYPES | PROTESTER_TYPES for a in sources))


def open_target(tok: Token, kind: str, code: str) -> bool:
    """Whether an act of force with no actor as target is coded with an empty one: aimed at a ship or convoy that
    no actor owns ("Houthi militants attacked a cargo ship", "pirates hijacked a bulk carrier") or a missile
    fired at one (``at_vessel``)."""
    if kind == "verb" and code[:3] == "171" and tok.lemma_.lower() in SEIZING:
        return seized_ship(tok, UNOWNED_TARGETS)  # "Houthi rebels seized a cargo ship" (deportations.py)
    if kind != "verb" or code[:2] not in ("18", "19") or tok.lemma_.lower() not in _OPEN_VERBS | _FIRED:
        return False  # (most triggers: read nothing more)
    described = (tok.head,) if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i else ()
    return at_vessel(tok, kind, code) or any(o.lemma_.lower() in UNOWNED_TARGETS for o in (
        *direct_objects(tok), *(c for c in kids(tok) if c.dep_ == "nsubjpass"), *described))
    # ("a ship was hijacked by X", "the convoy, attacked by X near Y, ...": the noun the participle describes)


def fights_state(source: Actor, code: str) -> bool:
    """Whether taking or besieging ground in the source's own country is done to that country's state: an armed
    group's ("M23 rebels seized Goma": the rebels took it from Congo)."""
    return code[:3] in TERRITORIAL and source.type_code in NONSTATE_ARMED


def same_side(target: Actor, source: Actor, code: str) -> bool:
    """Whether a target is the source itself or its bare country ("Russia warned Russia would ..."); an armed
    group's country is the state it takes ground from, not its own side; people who assault, kidnap or kill
    people of their own country ("a mob lynched a man") act on others, not on themselves."""
    if code[:2] == "18" and target.type_code == "CVL" and source.type_code == "CVL":
        return False
    if target.code == source.code and target.type_code in _RIVAL_TYPES and _rivals(target, source):
        return False  # "Ahrar al-Sham attacked HTS", "the PPP accused the Democratic Party": two groups of one state
    return target.code == source.code or (bool(target.country_code) and target.country_code == source.country_code
                                          and not target.type_code and not fights_state(source, code))


# non-state groups of which one state has several, each named (armed groups, gangs, parties)
_RIVAL_TYPES = frozenset({"REB", "CRM", "UAF", "INS", "SEP", "PTY", "OPP"})


def _rivals(target: Actor, source: Actor) -> bool:
    """Whether two actors of one code are two bodies named apart in the text (not one mention, not a person)."""
    return target.name != source.name and not target.is_person and not source.is_person and \
        min(target.start, source.start) >= 0 and (target.start >= source.end or source.start >= target.end)


def own_ground(places: list[str | None], sources: list[Actor], code: str) -> bool:
    """Whether ground a state's forces took lies in their own country (``places``: the countries of the places
    taken, "Ukrainian troops recaptured Kherson", "the army regained control of Palmyra"): retaken from a party
    the sentence does not name, coded with an empty target (a party named in a 'from' phrase is read first)."""
    return code[:3] == "192" and any(
        iso is not None and iso == a.country_code and not fights_state(a, code) for iso in places for a in sources)


def held_countries(sources: list[Actor], code: str) -> set[str | None]:
    """The countries whose places are no target of the sources' force: a state's own; an armed group's own too,
    unless it takes or besieges ground there ("jihadists besieged a town in Burkina Faso": Burkina Faso)."""
    return {a.country_code for a in sources if not fights_state(a, code)}


def _hackers(subj: Token | None) -> bool:
    """Whether a subject names hackers: 'hackers', 'a hacking group', 'a cyber unit', 'ransomware gang'."""
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    return lemma in _HACKERS or (lemma in _HACKER_BODIES and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CYBER for c in kids(subj)))


def _nationals(obj: Token | None) -> bool:
    """Whether a deportation's object names foreigners by their nationality alone: 'deported hundreds of Syrians'
    (a nationality, not an ethnic group driven out: 'ethnic Albanians')."""
    if obj is not None and (obj.like_num or obj.lemma_.lower() in COUNT_WORDS):
        obj = next((g for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                    if g.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ == "NORP" and obj.tag_ in ("NNPS", "NNS") and not any(
        c.lower_ == "ethnic" for c in kids(obj))


def _ethnic(tok: Token) -> str | None:
    """The mass-violence code of a removal told by its ethnic aim: 203 for one the clause calls ethnic cleansing
    ("drove out 700,000 Rohingya in an ethnic cleansing campaign"), 201 for an ethnic group driven out as such
    ("expelled ethnic Armenians from Nagorno-Karabakh"); None for others ("deported an ethnic Uyghur activist")."""
    if any(t.lower_ == "cleansing" and t.i > 0 and t.nbor(-1).lower_ == "ethnic" for c in kids(tok)
           if c.dep_ == "prep" and c.lower_ in ("in", "as", "during") for t in c.subtree):
        return "203"  # (the verb's own "in / as part of an ethnic cleansing campaign", not a critic's label)
    obj = ArgumentReader._object(tok)
    if obj is None or obj.tag_ not in ("NNPS", "NNS") or obj.ent_type_ != "NORP":
        return None
    return "201" if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in kids(obj)) else None


def violence_code(tok: Token, kind: str, code: str, sources: list[Actor], targets: list[Actor | None]) -> str:
    """The code of an act of force given how it was done (``code`` when nothing applies)."""
    lemma = tok.lemma_.lower()
    if kind == "verb" and code[:3] == "150" and any(t is not None for t in targets) and (
            obj := ArgumentReader._object(tok)) is not None and obj.lemma_.lower() in SALVO_WORDS:
        return "195"  # "launched a barrage of 180 missiles toward Israel": an attack on X, not a test
    if code[:3] == "195" and lemma in BOMBING_WORDS and sources and all(
            a.type_code in NONSTATE_ARMED for a in sources):
        subj = ArgumentReader._subject(tok) if kind == "verb" else None
        means = _words(tok) | (_words(subj) if subj is not None else set())
        if not means & _AIR_WORDS:
            return "183"  # "the Pakistani Taliban bombed a police post": a bombing, not an air strike
    if kind == "verb" and code[:3] == "175" and _object_words(tok) & CHEMICAL_AGENTS:
        return "2041"  # "used chlorine gas against civilians": chemical warfare, not riot control
    if code == "2041" and kind == "verb" and tok.lemma_.lower() == "gas" and _object_words(tok) & _GASSED_CROWDS:
        return "175"  # "police gassed protesters": tear gas on a crowd, not chemical warfare
    if kind == "verb" and code[:2] == "19" and _weapon_words(tok) & CHEMICAL_AGENTS:
        return "2041"  # "fired shells filled with sarin at X", "attacked X with chlorine gas"
    if kind == "verb" and code[:2] in ("18", "19", "20") and _gas_attack(ArgumentReader._subject(tok)):
        return "2041"  # "a chlorine attack by X on Douma killed 43 people": chemical warfare told by its toll
    if kind == "verb" and code in ("174", "201") and lemma in _DEPORTING and (returnees(
            obj := ArgumentReader._object(tok)) or (lemma == "deport" and _nationals(obj))) and obj is not None and \
            victims(tok) < MASS_DEPORTATION_MIN and not any(t.lower_ in ("million", "millions") for t in obj.subtree):
        return "174"  # "deported 120 Myanmar nationals", "expelled hundreds of migrants": deportations (174)
    if kind == "verb" and code == "174" and (victims(tok) >= MASS_EXPULSION_MIN or (
            (obj := ArgumentReader._object(tok)) is not None and any(t.lower_ in ("million", "millions")
                                                                    for t in obj.subtree))):
        return "201"  # "deported thousands of villagers": a mass expulsion, not of individuals
    if kind == "verb" and (code[:2] in ("18", "19") or code == "145") and _hackers(ArgumentReader._subject(tok)):
        return "176"  # "Russian hackers attacked its power grid": a cyber attack, not armed force
    if kind == "verb" and code == "173" and lemma == "charge" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "into", "on") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _PROTESTERS for g in kids(c)) for c in kids(tok)):
        return "175"  # "riot police charged at demonstrators with batons": force on a crowd, no legal charge
    if kind == "verb" and code == "182" and sources and all(a.type_code in _SECURITY for a in sources) and (
            obj := ArgumentReader._object(tok)) is not None and obj.lemma_.lower() in _PROTESTERS:
        return "175"  # "police beat demonstrators with batons": violent repression of a crowd, not an assault
    if kind == "verb" and code in ("174", "201") and lemma in _DEPORTING | _DRIVING and (
            ethnic := _ethnic(tok)) is not None:
        return ethnic  # "drove out 700,000 Rohingya in an ethnic cleansing campaign", "expelled ethnic Armenians"
    if kind == "verb" and code[:2] == "07" and any(
            c.dep_ == "prep" and c.lower_ in _INTO and any(g.dep_ == "pobj" and _words(g) & PATROLLED_SPACES
                                                           for g in kids(c)) for c in kids(tok)):
        return "150"  # "sent 20 warplanes into Taiwan's air defence zone": a show of force, not military aid
    return code


def one_event(found: list[Found]) -> list[Found]:
    """Drop a nominal act of force that is the subject of a verb of force telling the same act ("air strikes on X
    killed 35": the strikes are the killing), when both have the same code and the same parties' countries."""
    def parties(f: Found) -> tuple[str | None, str | None]:
        return f.source.country_code, f.target.country_code if f.target is not None else None

    verbs = [f for f in found if "nominal" not in f.flags and f.code[:2] in ("18", "19", "20")]
    if not verbs:
        return found
    return [f for f in found if not ("nominal" in f.flags and f.code[:2] in ("18", "19", "20") and any(
        f.trigger.dep_ in ("nsubj", "nsubjpass") and f.trigger.head.i == v.trigger.i and v.code[:3] == f.code[:3]
        and parties(v) == parties(f) for v in verbs))]
