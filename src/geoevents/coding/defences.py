"""Verbal defence of a third party told by rejecting the criticism aimed at it (CAMEO 052).

"Russia dismissed Western criticism of Syria", "Beijing rejected accusations against Pyongyang", "Ankara brushed
aside condemnation of Baku": the speaker defends the party criticised (052 to it), as "came to the defence of X"
does. Only when the criticism names its party after "of" / "against" ("dismissed US criticism" rejects the critic's
words: 120 as before), and not the speaker itself ("rejected criticism of its policy" is a rejection).
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["DEFENCE_CODE", "defence_fits"]

DEFENCE_CODE = "052"
_REJECTING = frozenset({"dismiss", "reject", "rebuff", "deflect", "brush", "shrug", "slap", "swat"})
_CRITICISM = frozenset({"criticism", "criticisms", "condemnation", "condemnations", "censure", "accusation",
                        "accusations", "allegation", "allegations", "critique", "critiques"})
_PARTY_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_SELF = frozenset({"its", "itself", "his", "her", "their", "our", "it", "them", "us", "him"})


def _party(noun: Token) -> bool:
    """Whether ``noun`` names a party (a country, group or person, or one's government: "Syria's government")."""
    if noun.lower_ in _SELF:
        return False
    if noun.ent_type_ in _PARTY_TYPES:
        return True
    return any(c.dep_ in ("poss", "compound") and c.ent_type_ in _PARTY_TYPES for c in kids(noun))


def defence_fits(rule: Rule, tok: Token, kind: str) -> bool | None:
    """Whether a 052 row of a rejecting verb fits ``tok``: its object is criticism "of" / "against" a named party.
    None for every other row (read as usual)."""
    if kind != "verb" or rule.code != DEFENCE_CODE or rule.lemma not in _REJECTING:
        return None
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CRITICISM and any(
        p.dep_ == "prep" and p.lower_ in rule.preps and any(g.dep_ == "pobj" and _party(g) for g in kids(p))
        for p in kids(c)) for c in kids(tok))
