"""Posts and assets of a country's forces named by an adjective, as the target of an act of force.

"Al-Shabaab fighters attacked a military base in Lower Shabelle", "JNIM ambushed a military convoy": the base or
convoy is the armed forces' (MIL) of the country where the act happened, as "an army base" already is through its
noun modifier (an actor token). The adjective "military" is no actor token, so it is read here. Only an armed
group's act in its own country, or any act on a foreign country's post, is read: a state's forces acting on "a
military base" with no country named may be their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.tokens import kids
from geoevents.coding.vocab import NONSTATE_ARMED
from geoevents.models import Actor

__all__ = ["military_asset"]

# adjectives that make a post, unit or vehicle one of the country's armed forces
_MILITARY_ADJECTIVES = frozenset({"military", "paramilitary", "naval"})
# what an adjective may name that is not a post or asset of forces ("a military coup", "military rule")
_NOT_ASSETS = frozenset({"coup", "rule", "junta", "government", "regime", "court", "tribunal", "operation",
                         "offensive", "campaign", "pressure", "aid", "option", "solution", "action", "intervention"})


def military_asset(head: Token, source: Actor, iso: str) -> str | None:
    """'MIL' when ``head`` is a post or asset of the armed forces of ``iso`` named by an adjective ('a military
    base', 'a military convoy') and the source is an armed group or ``iso`` is not its own country, else None."""
    if (source.type_code not in NONSTATE_ARMED and iso == source.country_code) or head.pos_ != "NOUN" or \
            head.lemma_.lower() in _NOT_ASSETS:
        return None
    return "MIL" if any(c.dep_ == "amod" and c.lower_ in _MILITARY_ADJECTIVES for c in kids(head)) else None
