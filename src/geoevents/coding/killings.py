"""Killings that are no political event (a private person's killing of kin), and a killing that tells what an
attack was (a massacre).

* (massacres.militant_massacre: an armed group's "executed / beheaded scores of villagers" is a mass killing.)
* ``domestic_killing``: a private person who kills or attacks their own kin ("a man killed his wife and two
  children") commits an ordinary domestic crime, no political event (coding_gold.md: crime gives no event). It
  reads the code and the sources' type first and nothing more for every other trigger.
* ``told_massacre``: a generic attack or raid with a trailing participle of mass killing ("raided the village of
  X, killing 37 villagers") is one act, a mass killing (202), as "stormed the town and killed dozens of villagers"
  is.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.tokens import kids
from geoevents.models import Actor

__all__ = ["domestic_killing", "told_massacre"]

# kin a private person may kill in a domestic crime, named with a possessive ("his wife", "their children")
_KIN = frozenset({"wife", "husband", "spouse", "child", "children", "son", "daughter", "mother", "father", "parent",
                  "brother", "sister", "girlfriend", "boyfriend", "partner", "fiancee", "fiance", "family",
                  "relative", "stepdaughter", "stepson", "baby", "infant", "grandmother", "grandfather"})
_POSSESSIVE = frozenset({"his", "her", "their"})
# verbs of a killing or assault a private person may commit on kin
_HARMING = frozenset({"kill", "slay", "stab", "strangle", "beat", "shoot", "murder", "poison", "attack", "assault"})


def domestic_killing(verb: Token, code: str, sources: list[Actor]) -> bool:
    """'A man killed his wife and two children', 'a woman stabbed her husband': a private person harming kin."""
    if code[:2] != "18" or not sources or any(a.type_code != "CVL" for a in sources) or \
            verb.lemma_.lower() not in _HARMING:
        return False
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in _KIN and any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVE for c in kids(obj))


def told_massacre(part_code: str, main_code: str) -> bool:
    """Whether a trailing participle's mass killing (202: "..., killing 37 villagers") tells what a generic attack
    or raid (180, 190: "raided the village of X") was: one act, coded by the worse."""
    return part_code == "202" and main_code in ("180", "190")
