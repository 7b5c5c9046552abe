"""A warning of a danger is no threat: "Poland warned of a growing threat from Russian sabotage".

The warn rows (130) take the actor a sentence names near the verb as the one threatened; when the warning names
no one warned and speaks "of / about" a threat, danger or risk, that actor is the danger the speaker fears (a
statement of concern), and the speaker threatens no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.found import Found
from geoevents.coding.tokens import kids

__all__ = ["danger_warnings"]

_WARNING = frozenset({"warn", "caution"})
# what a warning "of / about" foresees, when the actor named in it is the danger, not the one warned
_DANGERS = frozenset({"threat", "danger", "risk", "menace", "peril", "spectre", "specter"})


def danger_warnings(found: list[Found]) -> list[Found]:
    """``found`` without a 130 whose warning names no one warned and warns "of / about" a danger: "X warned of a
    growing threat from Y", "of the danger posed by Y" (Y is the danger X speaks of; X threatens no one)."""
    return [f for f in found
            if not (f.code == "130" and f.trigger.lemma_.lower() in _WARNING and _of_danger(f.trigger))]


def _of_danger(tok: Token) -> bool:
    """Whether a warning names no one warned and warns "of / about" a threat, danger or risk."""
    if any(c.dep_ in ("dobj", "iobj") for c in kids(tok)):
        return False  # "warned Y of the danger": Y is warned
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _DANGERS for c in kids(tok)
               if c.dep_ == "prep" and c.lower_ in ("of", "about") for g in kids(c))
