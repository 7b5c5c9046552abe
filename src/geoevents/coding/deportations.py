"""Deportations of foreigners told with a count (CAMEO 174 or 201), and ships seized with no owner named (1711).

A state that deports, expels or sends back migrants, refugees, workers or nationals of another country removes
individuals under its immigration law (174), even by the hundred or the thousand ("deported 120 Myanmar
nationals", "sent more than 1,000 nationals home", "expelled hundreds of migrants"). A mass expulsion (201) is a
population driven out ("drove 300,000 Rohingya out of Rakhine": the driving rows), or removals by the hundred
thousand or the million.

A merchant ship seized by an armed force or group is coded with an empty target when no owner or flag is named
("Houthi rebels seized a cargo ship in the Red Sea"), as an attack on one is; police, customs or coast guards
seizing a boat are policing smugglers and stay uncoded, and a state named as the taker ("Iran seized a tanker in
the Gulf of Oman") is left as before."""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.tokens import kids
from geoevents.coding.vocab import COUNT_WORDS, RELATIVE_PRONOUNS

__all__ = ["MASS_DEPORTATION_MIN", "RETURNEES", "SEIZING", "direct_objects", "returnees", "seized_ship"]

log = logging.getLogger(__name__)

# people whose removal from a country is a deportation under its immigration law
RETURNEES = frozenset({"migrant", "refugee", "national", "citizen", "seeker", "worker", "foreigner", "immigrant",
                       "deportee", "asylum", "labourer", "laborer", "returnee", "undocumented", "overstayer"})
# counts that make a deportation of foreigners a mass expulsion (201)
MASS_DEPORTATION_MIN = 100_000
_FORCIBLY = frozenset({"forcibly", "forcefully", "forcably", "violently"})
_COUNTS = COUNT_WORDS


def returnees(obj: Token | None) -> bool:
    """Whether a removal verb's object names foreigners sent back: 'migrants', '120 Myanmar nationals',
    'hundreds of Afghan refugees' (the count's 'of' phrase). Removals told as done by force ('forcibly deported
    thousands of migrants') are left to the mass-expulsion reading."""
    if obj is None or any(c.dep_ == "advmod" and c.lower_ in _FORCIBLY for c in kids(obj.head)):
        return False
    lemma = obj.lemma_.lower()
    if lemma in RETURNEES:
        return True
    if lemma not in _COUNTS and not obj.like_num:
        return False
    return any(g.lemma_.lower() in RETURNEES for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of"
               for g in kids(c) if g.dep_ == "pobj")


# verbs of taking a ship, and the takers who police the seas rather than seize ships of a party
SEIZING = frozenset({"seize", "capture", "hijack", "commandeer", "impound", "detain", "board"})
_POLICING = frozenset({"police", "customs", "guard", "coastguard", "officer", "official", "agent", "authority",
                       "inspector", "policeman"})


def direct_objects(verb: Token) -> list[Token]:
    """A verb's direct objects, with the noun a relative clause describes for its relative pronoun or gap: 'the
    tanker, which the Guards seized', 'the ship (that) the Houthis hijacked'."""
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and verb.head.i != verb.i and (not objs or all(
            o.lower_ in RELATIVE_PRONOUNS for o in objs)) and not any(
            c.dep_ == "nsubjpass" for c in kids(verb)):
        return [verb.head]
    return objs


def seized_ship(verb: Token, ships: frozenset[str]) -> bool:
    """Whether a seizing verb's object is an unowned ship and its subject is no policing body."""
    taken = [*direct_objects(verb), *(c for c in kids(verb) if c.dep_ == "nsubjpass")]  # ("was seized by X")
    if not any(o.lemma_.lower() in ships for o in taken):
        return False
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None) or next(
        (g for c in kids(verb) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"), None)
    if subj is None or subj.ent_type_ == "GPE":
        return False
    return not ({subj.lemma_.lower()} | {c.lemma_.lower() for c in kids(subj) if c.dep_ == "compound"}) & _POLICING
