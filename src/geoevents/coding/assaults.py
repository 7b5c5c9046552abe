"""Who did an act of unconventional violence told as a noun (CAMEO 18x, 20x), read off the phrase that holds it.

- ``noun_doers``: "a suicide bombing by al-Shabaab killed 20 soldiers", "an attack by gunmen wounded 12": the
  "by" agent of a violent subject noun is the doer of the violent verb; "X claimed the bombing (that killed ...)":
  the one claiming an attack did it (the claim is coded as 015 besides).
- ``attack_noun``: "a bombing that killed 12 soldiers": the noun a relative clause's pronoun subject stands for.
- ``killed_outright``: "gunned down the mayor" reads as "shot dead" (a killing: 180, of a leader 186).
- ``beaten_to_death``: "a mob beat a man to death" is a killing by physical assault, whoever the victim.
- ``unnamed_victim``: "gangs torched dozens of homes", "kidnapped a village chief": homes destroyed and people
  kidnapped or tortured whom no dictionary names are the population's (CVL).
- ``arrest_code``: "police seized two journalists": an arrest (173); "gunmen seized two engineers": 181.
- ``attempt_code``: "a gunman shot and wounded the prime minister", "opened fire on the convoy of opposition leader X":
  an attempt on a political figure's life (185); "shot dead a mayoral candidate": an assassination (186).
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.accusations import own_claim
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import NONSTATE_ARMED, RELATIVE_PRONOUNS, STATE_TYPES
from geoevents.models import Actor

__all__ = ["arrest_code", "attack_noun", "attempt_code", "beaten_to_death", "device_code", "killed_outright",
           "noun_doers", "outright_code", "unnamed_victim"]

_CLAIMING = frozenset({"claim"})
# what explodes: the device named as the subject of "killed", "tore through", "hit" ("a car bomb killed ...")
_DEVICES = frozenset({"bomb", "ied", "device", "explosive", "blast", "explosion", "bombing", "landmine"})
_BOMBS = frozenset({"bomb", "ied", "device", "explosive", "landmine"})  # (a "bombing" that killed stays 180)
_CAR_MODS = frozenset({"car", "truck", "vehicle", "lorry", "van", "motorcycle", "motorbike", "vbied", "vehicular"})
# participles that tell where a bomb was put ("a bomb hidden in a motorcycle"): the carrier names the bombing
_CONCEALING = frozenset({"hide", "plant", "pack", "strap", "attach", "conceal", "load", "fit", "place", "rig"})
_ROADSIDE_MODS = frozenset({"roadside", "improvised", "ied", "landmine"})
_NONE_DETS = frozenset({"no", "none", "neither"})
_ARRESTING_VERBS = frozenset({"seize", "grab"})  # (whose people-object rows give 181)
_ARRESTING_TYPES = frozenset({"COP", "JUD", "SPY", "GOV"})
_DWELLINGS = frozenset({"home", "house", "village", "dwelling", "hut", "homestead", "hamlet", "shelter", "tent",
                        "shack", "settlement", "camp"})
# deliberate destruction (not "damage" or "destroy", which also tell an attack's result)
_RAZING = frozenset({"raze", "torch", "burn", "demolish", "bulldoze", "level", "flatten", "loot", "ransack", "pillage",
                     "plunder", "dynamite", "firebomb"})
# verbs of blows that kill when done "to death" ("a mob beat a man to death", "stoned two officers to death")
_BLOWS = frozenset({"beat", "stone", "hack", "club", "kick", "bludgeon", "batter", "stab", "lynch", "trample", "flog",
                    "whip", "burn", "torture", "punch", "cudgel", "axe", "machete"})
# mass expulsion, killing and ethnic cleansing (CAMEO 201-203): done only to people, named by number or group
_MASS_CODES = frozenset({"201", "202", "203"})
_PEOPLE_ENTS = frozenset({"", "NORP", "CARDINAL"})
# acts done only to people, whose unnamed object is therefore of the population
_PERSON_VERBS = frozenset({"kidnap", "abduct", "snatch", "torture", "rape", "molest", "behead", "decapitate", "lynch",
                           "flog", "assassinate", "murder", "strangle", "stab"})


# attacks with a weapon that may or may not kill: on a political figure, an attempt on their life (CAMEO 185)
_ATTEMPT_VERBS = frozenset({"shoot", "stab", "fire", "open", "gun", "wound", "knife", "attack", "injure"})
_POLITICAL_TYPES = frozenset({"GOV", "OPP", "PTY", "LEG"})
_FIGURES = frozenset({"president", "minister", "leader", "candidate", "mayor", "governor", "senator", "lawmaker",
                      "legislator", "politician", "mp", "deputy", "congressman", "congresswoman", "premier",
                      "chancellor", "speaker", "hopeful", "chairman", "chief"})
_RIDES = frozenset({"convoy", "motorcade", "car", "vehicle", "home", "house", "residence", "plane", "helicopter"})


def _claimant(noun: Token) -> Token | None:
    """'X claimed the bombing': the subject of an unnegated 'claim' whose direct object the noun is."""
    verb, dep = noun.head, noun.dep_
    if dep == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() == "responsibility":
        verb, dep = verb.head.head, verb.head.dep_  # "X claimed responsibility for the bombing (that killed ...)"
    if dep != "dobj" or verb.lemma_.lower() not in _CLAIMING or verb.pos_ != "VERB" or any(
            c.dep_ == "neg" for c in kids(verb)):
        return None
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "det" and c.lower_ in _NONE_DETS for c in kids(subj)):
        return None  # ("no group claimed the attack")
    return subj


def noun_doers(noun: Token) -> list[Token] | None:
    """The doer tokens of a violent event noun: its 'by' agent, else the one claiming it, else None."""
    by = [g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "by" for g in kids(c) if g.dep_ == "pobj"]
    if by:
        return by
    claimant = _claimant(noun) or _responsible(noun)
    return [claimant] if claimant is not None else None


def _responsible(noun: Token) -> Token | None:
    """The group a claim of responsibility in the same sentence names, for a device that did the act: "a roadside
    bomb killed four soldiers; JNIM claimed responsibility", "... in an attack later claimed by JNIM", "..., and
    al-Shabaab said it was behind the attack"."""
    if noun.lemma_.lower() not in _DEVICES or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for tok in noun.sent:
        if own_claim(tok) and tok.head.dep_ in ("ccomp", "parataxis"):  # "... and X said it was behind the attack"
            subj = next((c for c in kids(tok.head.head) if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        if tok.lemma_.lower() not in _CLAIMING or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in kids(tok)):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in kids(tok)):
            subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
            if subj is not None and not any(c.dep_ == "det" and c.lower_ in _NONE_DETS for c in kids(subj)):
                return subj
        elif tok.dep_ in ("acl", "relcl") or any(c.dep_ == "auxpass" for c in kids(tok)):
            by = next((g for c in kids(tok) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"), None)
            if by is not None:  # "in an attack (later) claimed by X", "the attack was claimed by X"
                return by
    return None


def device_code(subj: Token, code: str, sources: list[Actor]) -> str:
    """'A roadside bomb killed four soldiers; X claimed it': a bombing (183; by a car 1832, roadside 1833) by the
    armed group, not a military attack (a state's bombs are air strikes: their code stays)."""
    if subj.lemma_.lower() not in _BOMBS or code[:2] not in ("18", "19") or not sources or not all(
            a.type_code in NONSTATE_ARMED for a in sources):
        return code
    mods = {t.lemma_.lower() for t in subj.subtree if t.i < subj.i}  # ("an improvised explosive device")
    mods |= {t.lemma_.lower() for c in kids(subj) if c.dep_ == "acl" and c.lemma_.lower() in _CONCEALING
             for t in c.subtree}  # "a bomb hidden in a motorcycle", "explosives packed into a car"
    return "1832" if mods & _CAR_MODS else "1833" if mods & _ROADSIDE_MODS else "183"


def attack_noun(verb: Token, subj: Token) -> Token:
    """The noun a relative pronoun subject stands for ('a bombing that killed 12': the bombing), else ``subj``."""
    if verb.dep_ == "relcl" and subj.lower_ in RELATIVE_PRONOUNS:
        return verb.head
    return subj


def killed_outright(verb: Token) -> bool:
    """'shot dead', 'gunned down': an act of force that killed its object."""
    lemma = verb.lemma_.lower()
    return any((c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod")) or (c.dep_ == "dobj" and any(
        g.lower_ == "dead" and g.i == verb.i + 1 for g in kids(c))) for c in kids(verb)) or (
        lemma == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids(verb)))
    # ("shot dead two farmers": the parser may hang "dead" on the object)


# fighters whose shooting dead in combat is small-arms fighting (193), not a killing of civilians (180)
_COMBATANTS = frozenset({"soldier", "troop", "fighter", "militant", "rebel", "insurgent", "gunman", "attacker",
                         "jihadist", "guerrilla", "guerilla", "militiaman", "bandit", "terrorist", "serviceman"})


def outright_code(verb: Token) -> str:
    """'shot dead / gunned down X' (not of a leader): 193 when X are fighters ('troops shot dead two gunmen',
    'rebels gunned down three soldiers': a firefight), else 180 (a killing)."""
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
    return "193" if obj is not None and obj.lemma_.lower() in _COMBATANTS else "180"


def beaten_to_death(verb: Token) -> bool:
    """'beat a man to death', 'hacked three farmers to death': a killing by physical assault (its row 1823;
    ``recode`` reads "to death" as 180), whoever the object is (the verb's own rows may want a listed victim)."""
    return verb.lemma_.lower() in _BLOWS and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lower_ == "death" for g in kids(c)) for c in kids(verb))


def arrest_code(verb: Token, code: str, source_types: list[str | None]) -> str:
    """'police seized two journalists': people seized by police, courts, spies or officials are arrested (173),
    not abducted (181)."""
    if code == "181" and verb.lemma_.lower() in _ARRESTING_VERBS and source_types and all(
            t in _ARRESTING_TYPES for t in source_types):
        return "173"
    return code


def unnamed_victim(verb: Token, head: Token, code: str) -> bool:
    """Whether an object no dictionary names is the population: 'torched dozens of homes', 'razed three villages'
    (homes destroyed, 1712); 'kidnapped a village chief and 20 of his relatives', 'tortured the detainees' (only
    people are kidnapped, tortured or beheaded)."""
    if code == "1712":  # (not "shelling damaged homes": the result of an attack, coded as the attack)
        return head.lemma_.lower() in _DWELLINGS and verb.lemma_.lower() in _RAZING
    if code[:3] in _MASS_CODES:  # "drove 300,000 Rohingya out of Rakhine": only people are expelled or massacred
        return head.pos_ in ("NOUN", "NUM", "PROPN") and head.ent_type_ in _PEOPLE_ENTS
    return code[:2] == "18" and head.pos_ in ("NOUN", "NUM") and verb.lemma_.lower() in _PERSON_VERBS


def _figure(victim: Token) -> bool:
    """A named person or a political office ('Prime Minister X', 'a mayoral candidate'), or their convoy or home."""
    if victim.ent_type_ == "PERSON" or victim.lemma_.lower() in _FIGURES:
        return True
    return victim.lemma_.lower() in _RIDES and any(
        g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.lemma_.lower() in _FIGURES)
        for c in kids(victim) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c))


def attempt_code(verb: Token, code: str, sources: list[Actor], targets: list[Actor | None],
                 victim: Token | None) -> str:
    """185 for an armed attack by people outside the state on a political figure, 186 when it killed them."""
    if code not in ("180", "182", "190", "193") or verb.lemma_.lower() not in _ATTEMPT_VERBS:
        return code  # (most triggers: read nothing more)
    if victim is None or victim.lemma_.lower() == "fire":  # "opened fire on X", "fired at X"
        heads = [verb] if victim is None else [verb, victim]
        victim = next((g for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ in ("on", "at")
                       for g in kids(c) if g.dep_ == "pobj"), None)
    if not sources or any(a.type_code in STATE_TYPES for a in sources) or not targets or not all(
            t is not None and t.type_code in _POLITICAL_TYPES for t in targets) or victim is None or not _figure(
            victim):
        return code
    return "186" if killed_outright(verb) else "185"  # ("shot dead": killed; "opened fire on", "wounded": an attempt)
