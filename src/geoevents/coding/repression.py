"""Who domestic coercion (CAMEO 17) falls on, read where the parse or the dictionaries leave it unsaid.

- ``small_clause_object``: "police detained 300 people protesting against the draft": the parser makes the
  people the subject of the participle; they are the verb's object.
- ``domestic_party``: "a crackdown on dissent", "cracked down on protests", "arrested those who incited the
  riots": repression aimed at an activity of the population (or at people named only by a pronoun and the clause
  describing them) falls on the population of the country where it happens.
- ``previous_object``: "stripped 94 critics of their citizenship and confiscated their property": the owner of
  "their property" in the second of two coordinated acts is the first act's object.
- ``threatened_people``: "warned that those who incite riots would face harsh punishment", "warned women that
  they would be punished": a threat of punishment made to people of the country (CAMEO 13 against its CVL).
- ``reporting_authority``: "a journalist was arrested on Tuesday, police said": the body that reports an
  agentless arrest is the one that made it.
- ``participle_crowd``: "fired tear gas at students marching", "used water cannon on protesting teachers": the
  parser hangs the people on a participle after the preposition; they are the preposition's object.
- ``banned_body``: "dissolved a rights association": a body of the population a state bans (172x).
- ``foreign_envoy``: "expelled ten ambassadors", "recalled its envoy": envoys expelled or recalled are never of
  the population of the country acting.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from spacy.tokens import Token

from geoevents.coding.tokens import kids
from geoevents.coding.vocab import HUMAN_NOUNS
from geoevents.models import Actor

if TYPE_CHECKING:
    from geoevents.coding.actors import ActorRecognizer

__all__ = ["banned_body", "domestic_party", "foreign_envoy", "participle_crowd", "previous_object", "reporting_agent",
           "reporting_authority", "small_clause_object", "spared", "threatened_people", "warned_people"]

log = logging.getLogger(__name__)

# activities of a population that repression is aimed at ("a crackdown on dissent", "suppressed the protests")
_REPRESSED = frozenset({"dissent", "protest", "demonstration", "rally", "march", "gathering", "opposition", "activism",
                        "unrest", "uprising", "freedom", "speech", "press", "media", "society", "criticism",
                        "expression", "assembly", "strike", "movement", "sit-in"})
# pronouns that name people through the clause describing them: "those who incited the riots"
_PEOPLE_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "whoever"})
# people named by what they were doing, whom the dictionaries hold no role for: "dispersed mourners"
_CROWDS = frozenset({"mourner", "marcher", "crowd", "striker", "picketer", "fan", "spectator", "bystander", "onlooker",
                     "congregant", "parishioner", "churchgoer", "vendor", "trader", "motorist", "driver", "miner",
                     "squatter", "looter", "smuggler", "trafficker", "poacher", "reveller", "reveler"})
_COUNTS = frozenset({"dozen", "hundred", "thousand", "score"})
# people named by their trade or stand whom a state detains, jails or expels and the dictionaries hold no role for:
# "arrested a rights defender", "jailed a newspaper publisher", "detained an opposition organiser"
_DETAINED = frozenset({"defender", "publisher", "editor", "columnist", "commentator", "cartoonist", "presenter",
                       "influencer", "opponent", "organiser", "organizer", "campaigner", "advocate", "tycoon",
                       "magnate", "executive", "entrepreneur", "engineer", "employee", "unionist", "whistleblower",
                       "laureate", "director", "founder", "head", "chief", "mayor", "governor", "commander"})
_ENVOYS = frozenset({"ambassador", "diplomat", "envoy", "attache", "consul", "charge"})
# bodies of the population a state bans, dissolves or suspends (CAMEO 172x) that the dictionaries hold no role for:
# "dissolved a leading rights association", "banned the Movement for the Autonomy of Kabylie"
_BANNED_BODIES = frozenset({"party", "movement", "association", "organization", "organisation", "group", "union",
                            "league", "front", "society", "foundation", "federation", "coalition", "alliance", "ngo",
                            "charity", "brotherhood", "sect", "club", "council", "committee", "network"})


def small_clause_object(verb: Token) -> Token | None:
    """'detained 300 people protesting against X': the subject the parser gave a participle that follows the verb
    (and its would-be object), else None."""
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in kids(verb)):
        return None
    clause = next((c for c in kids(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i), None)
    subj = next((c for c in kids(clause) if c.dep_ == "nsubj" and c.i > verb.i), None) if clause else None
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


# what a crowd is doing when force is used on it: "fired tear gas at students marching", "on protesting teachers"
_CROWD_ACTS = frozenset({"protest", "march", "demonstrate", "rally", "strike", "picket", "chant", "mourn", "riot"})


def participle_crowd(pcomp: Token) -> Token | None:
    """'fired tear gas at students marching in X', 'used water cannon on protesting teachers': the people a
    preposition's participle (the parser's pcomp) says were protesting, else None."""
    if pcomp.tag_ != "VBG" or pcomp.lemma_.lower() not in _CROWD_ACTS:
        return None
    return next((c for c in kids(pcomp) if c.dep_ in ("nsubj", "dobj") and c.pos_ in ("NOUN", "PROPN")), None)


def domestic_party(head: Token, code: str) -> bool:
    """Whether the unnamed party a coercive act falls on is the population: 'a crackdown on dissent' (175),
    'arrested those who incited the riots', 'dispersed mourners' (any act on people)."""
    if head.lower_ in _PEOPLE_PRONOUNS:
        return any(c.dep_ in ("relcl", "amod", "acl") for c in kids(head))  # ("those responsible")
    lemma = head.lemma_.lower()
    if code[:2] == "17" and lemma in _COUNTS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(head)):
        return True  # "arrested dozens"
    if code[:2] == "17" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in kids(head)):
        return True  # "jailed the Nobel laureate Ales Bialiatski", "arrested the head of X, Rached Ghannouchi"
    return lemma in _CROWDS or (code[:3] == "175" and lemma in _REPRESSED) or (code[:2] == "17" and lemma in _DETAINED)


def banned_body(head: Token, code: str) -> bool:
    """Whether an unnamed body a state bans, dissolves or suspends (172x) is one of the population: 'dissolved a
    leading rights association', 'banned the Movement for the Autonomy of Kabylie' (when no known actor owns it)."""
    return code[:3] == "172" and head.lemma_.lower() in _BANNED_BODIES


def spared(head: Token, code: str) -> bool:
    """Whether people named as a verb's object are not acted upon: the source's own ('withdrew its troops'), or
    envoys expelled or recalled (``foreign_envoy``). People a coercive act (17x) falls on are acted upon even so:
    'broke up the rally and detained its organisers', 'arrested their leaders' (not the arresting body's own)."""
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in kids(head)):
        return not (code[:2] == "17" and (head.lemma_.lower() in HUMAN_NOUNS or head.lemma_.lower() in _DETAINED))
    return foreign_envoy(head, code)


def foreign_envoy(head: Token, code: str) -> bool:
    """'expelled ten ambassadors': an envoy expelled (174) or recalled (161) is not of the acting country."""
    return code[:3] in ("161", "174") and head.lemma_.lower() in _ENVOYS


def previous_object(verb: Token, obj: Token | None) -> list[Token]:
    """'arrested the activists and seized their phones': for an object owned by 'their' / 'his' / 'her' of a verb
    coordinated after another, that first verb's object (when it has one and the second verb no subject)."""
    if obj is None or verb.dep_ != "conj" or not any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her")
                                                     for c in kids(obj)):
        return []
    first = verb.head
    if first.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return []
    return [c for c in kids(first) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")][:1]


# what people are threatened with: "would face punishment", "would be prosecuted"
_PENALTIES = frozenset({"punishment", "prosecution", "arrest", "jail", "prison", "charge", "penalty", "consequence",
                        "action", "trial", "sentence", "imprisonment", "detention", "deportation", "expulsion"})
_PUNISHING = frozenset({"punish", "arrest", "prosecute", "jail", "detain", "imprison", "charge", "deport", "expel",
                        "fine", "try"})


def threatened_people(verb: Token) -> Token | None:
    """The people a warning of punishment is aimed at: the subject of its clause ('warned that those who incite
    riots would face punishment', 'that protesters would be arrested'), or the warned object that a 'they' stands
    for ('warned women that they would be punished'); else None."""
    clause = next((c for c in kids(verb) if c.dep_ == "ccomp"), None)
    if clause is None or not (any(c.dep_ == "dobj" and c.lemma_.lower() in _PENALTIES for c in kids(clause)) or (
            clause.lemma_.lower() in _PUNISHING and any(c.dep_ == "auxpass" for c in kids(clause)))):
        return None
    subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("they", "he", "she"):
        subj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if subj is None or not (domestic_party(subj, "17") or subj.lemma_.lower() in HUMAN_NOUNS):
        return None
    return subj


# bodies that make arrests and report them, with the role each stands for
_AUTHORITIES = {"police": "COP", "policeman": "COP", "army": "MIL", "military": "MIL", "prosecutor": "JUD",
                "judiciary": "JUD", "court": "JUD", "authority": "GOV", "ministry": "GOV", "force": "COP"}
_REPORTING = frozenset({"say", "report", "announce", "confirm", "state", "tell"})


def reporting_authority(verb: Token) -> str | None:
    """The role of the body whose report an agentless passive is ('was arrested on Tuesday, police said'), else
    None (the caller has checked that the verb is such a passive)."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or head.lemma_.lower() not in _REPORTING:
        return None
    subj = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
    return _AUTHORITIES.get(subj.lemma_.lower()) if subj is not None else None


def _people_of(recognizer: ActorRecognizer, iso: str, role: str, at: Token | None) -> Actor:
    """An actor of the country ``iso`` with the role ``role`` (at a token, or unplaced)."""
    start, end = (at.idx, at.idx + len(at.text)) if at is not None else (-1, -1)
    return Actor(recognizer.d.cameo_country(iso) + role, recognizer.d.country_name(iso), iso, role, start, end)


def warned_people(verb: Token, recognizer: ActorRecognizer, own: str) -> list[Actor]:
    """The people of the country (where it happens, else ``own``) a warning of punishment is aimed at, or []."""
    who = threatened_people(verb)
    return [_people_of(recognizer, recognizer.context_country or own, "CVL", who)] if who is not None else []


def reporting_agent(verb: Token, recognizer: ActorRecognizer) -> list[Actor]:
    """The body of the sentence's country that reports an agentless passive arrest ('..., police said'), or []."""
    role, iso = reporting_authority(verb), recognizer.context_country
    return [_people_of(recognizer, iso, role, None)] if role is not None and iso else []
