"""The party a coercive act (CAMEO 17) falls on when the parse hides it: the people of a nominal act that is the
verb's object ("ordered the detention of a lawyer"), the object of a particle the parser took for a preposition
("hauled in dozens of protesters"), "them" after a clause on people ("... marched, and police dispersed them"),
an unnamed group named by its kind ("banned two opposition coalitions"); and people sent home (a deportation)."""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.clauses import victims
from geoevents.coding.deportations import MASS_DEPORTATION_MIN
from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import COUNT_WORDS, HUMAN_NOUNS

__all__ = ["coerced_group", "coerced_head", "custody_rule", "forced_return", "sent_home"]

log = logging.getLogger(__name__)

# nominal acts whose "of" phrase names the people acted upon: "ordered the arrest / expulsion of X"
_ACT_NOUNS = frozenset({"arrest", "detention", "imprisonment", "prosecution", "expulsion", "deportation",
                        "internment", "incarceration", "eviction", "banishment", "crackdown", "clampdown",
                        "repression", "persecution"})
# titles before a person's name that say who the person is ("opposition leader X", "Bishop X", "journalist X")
_TITLES = frozenset({*HUMAN_NOUNS, "journalist", "reporter", "correspondent", "editor", "bishop", "pastor",
                     "opponent", "lawmaker", "unionist", "archbishop", "rabbi"})
_CRACKDOWNS = frozenset({"crackdown", "clampdown", "repression", "persecution"})
# what riot police fire, and the verbs of the purpose clause that names whom they fired it at
_MEANS = frozenset({"gas", "teargas", "canister", "cannon", "bullet", "pellet", "grenade", "ammunition", "birdshot",
                    "buckshot"})
_DISPERSING = frozenset({"disperse", "scatter", "break", "repel", "clear", "quell", "push", "drive", "chase"})
# particles of coercive phrasal verbs ("hauled in", "rounded up", "locked up") the parser may take for prepositions
_PARTICLES = frozenset({"in", "up", "away", "off"})
# organisations a coercive act may fall on, named by the kind of group that forms them ("opposition coalitions")
_GROUP_NOUNS = frozenset({"group", "coalition", "alliance", "bloc", "movement", "organisation", "organization",
                          "association", "union", "front", "network", "foundation", "society", "federation",
                          "platform", "party", "parties", "faction", "league", "council", "committee"})


def coerced_head(tok: Token, obj: Token | None, code: str) -> Token | None:
    """The phrase naming who a verb's coercive act (17x) falls on, when it is not the direct object itself.

    "ordered the detention of a rights lawyer": the lawyer; "hauled in dozens of protesters" (the parser's
    preposition "in"): the dozens. Any other object is returned as it is."""
    if code[:2] != "17":
        return obj
    if obj is None:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.i and nxt.lower_ in _PARTICLES:
            return next((g for g in kids(nxt) if g.dep_ == "pobj"), None)
        return None
    if obj.lower_ == "them" and tok.dep_ == "conj":  # "protesters marched ..., and police dispersed them"
        return next((c for c in kids(tok.head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), obj)
    if obj.lower_ == "incommunicado":  # "held a dissident artist incommunicado" parsed as one noun phrase
        return next((c for c in reversed(list(kids(obj))) if c.dep_ in ("compound", "amod")
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if code[:3] == "171" and obj.lemma_.lower() not in HUMAN_NOUNS:  # "confiscated weapons from herders"
        owner = next((g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "from" for g in kids(c)
                      if g.dep_ == "pobj" and (g.lemma_.lower() in HUMAN_NOUNS or g.ent_type_ == "PERSON")), None)
        if owner is not None:
            return owner
    if obj.lemma_.lower() in _MEANS:  # "fired tear gas to disperse the crowd": the people dispersed
        return next((g for c in kids(tok) if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _DISPERSING
                     for g in kids(c) if g.dep_ == "dobj"), obj)
    if obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON":  # "arrested opposition activist Pavel X" (an unknown
        title = next((c for c in kids(obj) if c.dep_ == "compound" and c.lemma_.lower() in _TITLES), None)
        if title is not None:  # name the tagger took for an organisation): the title names the party
            return title
    if obj.lemma_.lower() in _ACT_NOUNS:
        preps = ("on", "against") if obj.lemma_.lower() in _CRACKDOWNS else ("of",)  # "intensified a crackdown on X"
        return next((g for c in kids(obj) if c.dep_ == "prep" and c.lower_ in preps
                     for g in kids(c) if g.dep_ == "pobj"), obj)
    return obj


def coerced_group(head: Token, code: str) -> bool:
    """Whether a coercive act falls on an unnamed organisation named by the kind of group that forms it, so that
    the word for that kind names the party: "banned two opposition coalitions" (the opposition of the country)."""
    return code[:2] == "17" and head.lemma_.lower() in _GROUP_NOUNS


# people a state sends back to where they came from: "sent home 60 migrants", "sent 1,000 nationals home"
_RETURNED = frozenset({"migrant", "refugee", "national", "citizen", "seeker", "worker", "foreigner", "immigrant",
                       "deportee", "asylum"})


def sent_home(tok: Token) -> bool:
    """Whether "send" sends people home, a deportation (174): "sent home 60 Nicaraguan migrants", "sent 300
    nationals home" (the parser hangs "home" on the verb or on the object), by the thousand too (deportations.py)."""
    obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _RETURNED:
        return False
    return any(c.lower_ == "home" and c.dep_ in ("advmod", "prt") for c in (*kids(tok), *kids(obj))) and \
        victims(tok) < MASS_DEPORTATION_MIN


# "forcibly returned / sent back hundreds of refugees": a deportation (174)
_RETURNING = frozenset({"return", "send", "repatriate", "transfer", "push"})
_BY_FORCE = frozenset({"forcibly", "forcefully", "forcedly"})


def forced_return(tok: Token, lemma: str) -> bool:
    """Whether a verb of returning people says they were returned by force: "hundreds of Syrian refugees have been
    forcibly returned to Syria by Lebanese authorities", "forcibly sent back 40 migrants"."""
    if lemma not in _RETURNING or not any(c.dep_ == "advmod" and c.lower_ in _BY_FORCE for c in kids(tok)):
        return False
    people = next((c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
    if people is not None and people.lemma_.lower() in COUNT_WORDS:  # "hundreds of refugees"
        people = next((g for c in kids(people) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                       if g.dep_ == "pobj"), people)
    return people is not None and people.lemma_.lower() in _RETURNED | HUMAN_NOUNS


_CUSTODY = frozenset({"custody", "detention", "incommunicado"})
# "took / held X hostage": a hostage-taking (181) whatever the parse makes of "hostage"
_CAPTURING = frozenset({"take", "hold"})
_CAPTIVE = frozenset({"hostage", "captive"})
_TRIAL = frozenset({"trial", "charge"})  # "has held the journalist without trial since 2001"
# the state bodies by whom a person "has been held" (in custody; not hostages held by a group)
_CUSTODIANS = frozenset({"authority", "police", "force", "service", "agency", "government", "junta", "regime",
                         "official", "officer", "guard", "army", "military", "intelligence", "prosecutor", "court"})
_KIDNAPPED = frozenset({"hostage", "captive"})
# what a state cuts its people off from when it blocks access to it ("blocked access to social media")
_OUTLETS = frozenset({"internet", "media", "medium", "website", "site", "platform", "network", "app", "service",
                      "facebook", "instagram", "whatsapp", "tiktok", "youtube", "telegram", "twitter", "signal"})
_CUTTING = frozenset({"block", "restrict", "cut", "suspend", "curb", "limit", "shut", "disrupt"})


def custody_rule(tok: Token, lemma: str) -> Rule | None:
    """The row of a detention or an expulsion the parse hides from the lemma's rows, else None: "held the activist
    in custody", "held a dissident incommunicado", "held X without charge" (173); "blocked access to social media"
    (1721: the object is "access"); "declared two diplomats persona non grata" parsed as a clause (174: the party
    is read in it); "took 240 people hostage" with "hostage" parsed as a clause of its own (181)."""
    if lemma in _CAPTURING and any(c.dep_ in ("xcomp", "advcl", "oprd", "npadvmod", "attr") and c.lemma_.lower() in
                                   _CAPTIVE and not list(kids(c)) for c in kids(tok)) and any(
            c.dep_ == "dobj" for c in kids(tok)):
        return verb_rule(lemma, "181")
    if lemma == "hold":
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if any(t.lower_ == "incommunicado" for t in (*kids(tok), *(kids(obj) if obj is not None else ()))) \
                or (obj is not None and obj.lower_ == "incommunicado") or any(
                c.dep_ == "prep" and ((c.lower_ == "in" and any(g.lemma_.lower() in _CUSTODY for g in kids(c))) or (
                    c.lower_ == "without" and any(g.lemma_.lower() in _TRIAL for g in kids(c))))
                for c in kids(tok)):
            return verb_rule(lemma, "173")
        if _held_by_state(tok):  # "a US journalist has been held by Russian authorities since March"
            return verb_rule(lemma, "173")
    elif lemma in _CUTTING:  # "blocked access to social media", "restricted access to the internet" (1721)
        obj = next((c for c in kids(tok) if c.dep_ == "dobj" and c.lower_ == "access"), None)
        if obj is not None and any((c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _OUTLETS for g in kids(c))) or (
                c.dep_ == "compound" and c.lemma_.lower() in _OUTLETS) for c in kids(obj)):  # "internet access"
            return verb_rule(lemma, "1721", target="none")
    elif lemma == "declare" and any(c.dep_ == "ccomp" and any(t.lower_ == "grata" for t in c.subtree)
                                    for c in kids(tok)):
        return verb_rule(lemma, "174")
    return None



def _held_by_state(verb: Token) -> bool:
    """'X has been held by Russian authorities': a person held in a passive whose agent is a state body."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lemma_.lower() in _KIDNAPPED or not (
            subj.ent_type_ == "PERSON" or subj.lemma_.lower() in _TITLES):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _CUSTODIANS for c in kids(verb) if c.dep_ == "agent"
               for g in kids(c))
