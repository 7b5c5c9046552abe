"""One event found in a sentence (before dating and geocoding), and filters over a sentence's events."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from geoevents.coding.intents import intent_subcode
from geoevents.coding.tokens import kids
from geoevents.models import Actor

__all__ = ["Found", "earlier_doer", "earlier_event", "most_specific", "one_threat", "specific_intents"]


@dataclass(frozen=True, slots=True)
class Found:
    code: str
    trigger: Token
    source: Actor
    target: Actor | None
    flags: tuple[str, ...]
    confidence: float
    anchor: Token
    """The predicate whose date phrase (or whose governors' date phrase) dates the event."""
    place_hint: Token | None
    future: bool
    realised_code: str = ""
    """The code before an intention was mapped to 03x (for event anaphora)."""
    antecedent: Found | None = None


def earlier_doer(obj: Token, codes: set[str], history: list[Found]) -> Actor | None:
    """'Thai police arrested three activists. Amnesty condemned the arrests': the doer of the latest event of an
    earlier sentence that a definite act noun with no doer of its own restates (one of ``codes``, the noun's own
    codes, by root), else None."""
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") or c.ent_type_ in ("DATE", "TIME")
           for c in kids(obj)) or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in kids(obj)):
        return None  # ("condemned Israel's attack", "an attack", "the May 3 attack": not the one told before)
    roots = {c[:2] for c in codes}
    for prev in reversed(history):
        if prev.trigger.sent.start < obj.sent.start and prev.realised_code[:2] in roots and \
                obj.sent.start - prev.trigger.sent.start <= 400:
            return replace(prev.source, start=-1, end=-1)
    return None


def one_threat(found: list[Found]) -> list[Found]:
    """One event per predicate chain: 'threatened to impose sanctions' is the specific threat (1312), not
    also the bare 'threaten' (130); 'agreed to expand cooperation' is 031, not also 'agree' (030); 'refused to
    extradite the suspects' is the refusal of the extradition (121), not also the bare 'refuse' (120)."""
    found = specific_intents(found)
    generic = {"130", "030", "120"}
    specific = [f for f in found if f.code[:2] in ("13", "03", "12") and f.code not in generic]
    if not specific:
        return found
    return [f for f in found if not (f.code in generic and any(
        g.code[:2] == f.code[:2] and g.source.code == f.source.code and g.trigger.i != f.trigger.i
        and g.trigger in f.trigger.subtree and (f.code != "120" or (  # (only the refusing verb's own infinitive)
            g.trigger.dep_ == "xcomp" and g.trigger.head.i == f.trigger.i)) for g in specific))]


def most_specific(found: list[Found]) -> list[Found]:
    """A root's bare code (040, 010, 190) is dropped when the sentence codes the same actors with a sub-code of
    that root: "In a phone call, X and Y discussed ..." is X<>Y 041, not also 040."""
    def pair(f: Found) -> tuple[str, str]:
        return f.source.code, f.target.code if f.target is not None else ""

    return [f for f in found if not (len(f.code) == 3 and f.code.endswith("0") and any(
        g.code != f.code and g.code[:2] == f.code[:2] and pair(g) == pair(f) for g in found))]


def specific_intents(found: list[Found]) -> list[Found]:
    """An intent's generic code refined by the act it declares: 'would keep mediating' is 039, not 036."""
    out: list[Found] = []
    for f in found:
        sub = intent_subcode(f.code, f.realised_code) if "intent" in f.flags else None
        out.append(replace(f, code=sub) if sub is not None else f)
    return out


def earlier_event(tok: Token, code: str, history: list[Found]) -> Found | None:
    """'the visit', 'this trip', 'the Seoul visit': the document's latest earlier event of that kind (``code``'s
    base), in an earlier sentence; None for an indefinite noun or one with its own date or name."""
    children = list(kids(tok))
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in children) or any(
        c.dep_ == "compound" for c in children)
    own_date = any(t.ent_type_ in ("DATE", "TIME") for c in children for t in c.subtree)
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC") for c in children)
    if not definite or own_date or named:
        return None  # "the 2023 Camp David summit" is another event
    for prev in reversed(history):
        gap = tok.sent.start - prev.trigger.sent.start
        if prev.realised_code[:3] == code[:3] and prev.trigger.sent != tok.sent and gap <= 400:
            return prev
    return None
