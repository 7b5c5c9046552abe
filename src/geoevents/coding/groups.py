"""Generic groups as doers and their country.

- ``adjective_doer``: "a militant attack killed 12 soldiers", "a jihadist ambush on a convoy in Niger": a word for a
  non-state armed group modifying a violent event noun names the noun's doer, a group of the country where the
  attack happens (the noun's own place, else the sentence's context country; none known: no doer).
- ``one_attack``: "a militant attack killed 26 tourists": many killed in one attack is an attack (18x), not a
  campaign of mass killing (202).
- ``ethnic_community``: "ethnic Albanians in North Macedonia": an ethnic community named with the country it lives
  in is of that country, not of its kin state.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from geoevents.coding.tokens import kids
from geoevents.models import Actor

__all__ = ["adjective_doer", "ethnic_community", "one_attack"]

# non-state armed groups only: a state's forces ("a military attack on X") may act abroad, so their country is not
# the place's
_GROUP_WORDS = {"militant": "REB", "rebel": "REB", "jihadist": "REB", "jihadi": "REB", "insurgent": "REB",
                "islamist": "REB", "separatist": "REB", "guerrilla": "REB", "militia": "REB", "bandit": "REB",
                "gang": "CRM", "cartel": "CRM"}
# single attacks (not "massacre", which is itself a mass killing)
_ATTACK_NOUNS = frozenset({"attack", "assault", "raid", "ambush", "bombing", "blast", "explosion", "shooting",
                           "gunfight", "incursion"})
_PLACE_PREPS = frozenset({"in", "near", "across"})
_MODIFIER_DEPS = frozenset({"amod", "compound"})


def adjective_doer(noun: Token, context: Callable[[], str | None], place_of: Callable[[Token], str | None],
                   names: Callable[[str], tuple[str, str]]) -> Actor | None:
    """The armed group an adjective or compound on a violent noun names as its doer ('a rebel attack'), of the
    noun's place ('in Niger') or the ``context`` country; ``names(iso)`` gives (CAMEO prefix, country name)."""
    word = next((c for c in kids(noun) if c.dep_ in _MODIFIER_DEPS and c.lower_ in _GROUP_WORDS), None)
    if word is None or any(c.dep_ == "prep" and c.lower_ == "by" for c in kids(noun)):
        return None  # (no group word, or "an attack by X": X)
    iso = next((p for c in kids(noun) if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
                for g in kids(c) if g.dep_ == "pobj" and (p := place_of(g)) is not None), None) or context()
    if iso is None:
        return None
    kind = _GROUP_WORDS[word.lower_]
    prefix, name = names(iso)
    return Actor(prefix + kind, f"{name} ({kind})", iso, kind, word.idx, word.idx + len(word.text))


def ethnic_community(head: Token) -> bool:
    """'ethnic Albanians': people named by an ethnic demonym (whose country is where they live, if named)."""
    return head.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in kids(head))


def one_attack(subj: Token | None) -> bool:
    """'a militant attack killed 26 tourists': the killing's subject is a single attack."""
    return subj is not None and subj.tag_ == "NN" and subj.lemma_.lower() in _ATTACK_NOUNS
