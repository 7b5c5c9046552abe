"""Phone calls named as the frame of another act: CAMEO 041.

- ``call_frames``: "In a phone call, X urged Y to ...", "X told Y during a video call that ...": the act was done on
  a call, so X > Y 041 as well. The caller is the actor, as for "X telephoned Y" (one way).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.found import Found

__all__ = ["call_frames", "standing_pact"]

_CALL_PREPS = frozenset({"in", "during", "over"})
_CALLS = frozenset({"call", "conversation", "conference"})
_LINES = frozenset({"phone", "telephone", "video"})


def _in_a_call(verb: Token) -> bool:
    """'In a phone call, X urged Y', 'X told Y during a video call': the verb has a phone-call phrase."""
    return any(c.dep_ == "prep" and c.lower_ in _CALL_PREPS and any(
        g.dep_ == "pobj" and (g.lemma_.lower() == "phonecall" or (g.lemma_.lower() in _CALLS and any(
            m.lower_ in _LINES for m in g.children if m.dep_ in ("compound", "amod")))) for g in c.children)
        for c in verb.children)


def call_frames(found: list[Found], seen: set[tuple[str, str, str]]) -> list[Found]:
    """Adds X > Y 041 for X's act towards Y done in a phone call (none when the act is itself of root 04)."""
    out = list(found)
    for f in found:
        t, verb = f.target, f.trigger
        if t is None or f.code[:2] == "04" or verb.pos_ != "VERB" or t.code == f.source.code:
            continue
        key = ("041", f.source.code, t.code)
        if key not in seen and _in_a_call(verb):
            seen.add(key)
            out.append(replace(f, code="041", realised_code="041", flags=(*f.flags, "implied")))
    return out


_HOLDING = frozenset({"have", "hold", "maintain", "enjoy", "share"})


def standing_pact(tok: Token) -> bool:
    """'X, which has a defence treaty with Y', 'Y maintains a pact with X': an agreement held, a standing tie
    (no event), not one signed."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HOLDING and tok.head.pos_ in ("VERB", "AUX")
