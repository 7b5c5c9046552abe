"""Phone calls named as the frame of another act: CAMEO 041.

- ``call_frames``: "In a phone call, X urged Y to ...", "X told Y during a video call that ...": the act was done on
  a call, so X > Y 041 as well. The caller is the actor, as for "X telephoned Y" (one way).
- ``scheduled_meetings``: "X is hosting Y next week", "X is meeting Y on Friday": a present progressive dated ahead
  is a meeting or visit that is due (036), not one that happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.dates import resolve_date
from geoevents.coding.found import Found
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import MEETING_NOUNS
from geoevents.models import Actor

__all__ = ["call_frames", "scheduled_meetings", "standing_pact", "third_location"]

_CALL_PREPS = frozenset({"in", "during", "over"})
_CALLS = frozenset({"call", "conversation", "conference"})
_LINES = frozenset({"phone", "telephone", "video"})


def _in_a_call(verb: Token) -> bool:
    """'In a phone call, X urged Y', 'X told Y during a video call': the verb has a phone-call phrase."""
    return any(c.dep_ == "prep" and c.lower_ in _CALL_PREPS and any(
        g.dep_ == "pobj" and (g.lemma_.lower() == "phonecall" or (g.lemma_.lower() in _CALLS and any(
            m.lower_ in _LINES for m in kids(g) if m.dep_ in ("compound", "amod")))) for g in kids(c))
        for c in kids(verb))


def call_frames(found: list[Found], seen: set[tuple[str, str, str]]) -> list[Found]:
    """Adds X > Y 041 for X's act towards Y done in a phone call (none when the act is itself of root 04; a
    meeting, 040, done in a call is the call)."""
    out = list(found)
    for k, f in enumerate(found):
        t, verb = f.target, f.trigger
        if f.code == "040" and verb.pos_ == "VERB" and _in_a_call(verb):  # "X spoke with Y in a phone call": 041
            out[k] = replace(f, code="041", realised_code="041")
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


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _progressive(verb: Token) -> bool:
    """'X is hosting', 'X and Y are meeting': the present progressive."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in kids(verb))


def _dated_ahead(verb: Token, day: dt.date) -> bool:
    """Whether the verb's own date phrase ('next week', 'on Thursday' as its modifier or its 'on / in' object)
    falls after the day following publication."""
    for ent in verb.sent.ents:
        if ent.label_ != "DATE":
            continue
        node = ent.root
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head
        if node.head.i == verb.i and (when := resolve_date(ent.text, day, future=True)) is not None and \
                when.date > day + dt.timedelta(days=1):
            return True
    return False


def scheduled_meetings(found: list[Found], day: dt.date) -> list[Found]:
    """A realised meeting or visit (04x) told in the present progressive and dated ahead ('X is hosting Y next
    week') is what it is, a meeting that is due (036); the coder would otherwise drop it as not yet happened."""
    return [replace(f, code="036", flags=(*f.flags, "intent"), future=True, confidence=round(f.confidence * 0.8, 3))
            if f.code[:2] == "04" and not f.future and f.trigger.pos_ == "VERB" and _progressive(f.trigger) and
            _dated_ahead(f.trigger, day) else f for f in found]


_VENUE_PREPS = frozenset({"in", "at", "on", "during"})  # "met in Munich", "on the sidelines of a summit in Kazan"
_PLACE_PREPS = frozenset({"in", "at"})
# what "on / during" a meeting is held at: "on the sidelines / margins of", "during a summit in X"
_GATHERINGS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes", "summit", "conference",
                         "forum", "session", "assembly"})


def _venue_country(trigger: Token, place_country: Callable[[Token], Actor | None]) -> str | None:
    """The country of the place a meeting is said to happen in: 'met in Munich', 'talks at Istanbul's palace',
    'met on the sidelines of the summit in Kazan' (the 'in / at' place under the trigger's own phrase, or under
    its meeting noun: 'held talks in Doha'); a topic's place ('discussed the conflict in Sudan') is none."""
    holders = (trigger, *(c for c in kids(trigger) if c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS))
    for c in (c for h in holders for c in kids(h)):
        if c.dep_ != "prep" or c.lower_ not in _VENUE_PREPS:
            continue
        if c.lower_ not in _PLACE_PREPS and not any(
                g.dep_ == "pobj" and g.lemma_.lower() in _GATHERINGS for g in kids(c)):
            continue  # ("talked on the war in Ukraine": a topic)
        for t in c.subtree:
            if t.pos_ == "PROPN" and (c.lower_ in _PLACE_PREPS or t.head.lower_ in _PLACE_PREPS or
                                      t.head.head.lower_ in _PLACE_PREPS):
                place = place_country(t)
                if place is not None and place.country_code:
                    return place.country_code
    return None


def _mediated_object(noun: Token, mediated: set[int]) -> bool:
    """Whether the talks noun is (inside "a round of") the object of a mediating verb."""
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ == "of":
        node = node.head.head  # ("mediated a fresh round of talks")
    return node.dep_ == "dobj" and node.head.i in mediated


def third_location(found: list[Found], place_country: Callable[[Token], Actor | None]) -> list[Found]:
    """A meeting (040) held in a country that is neither party's is a meeting at a third location (044):
    'X met Y in Munich', 'X and Y held talks in Doha' (coding_gold.md, "Visits"). Talks a third party mediates
    are negotiations (046) wherever they are held: 'Oman mediated talks between Tehran and Washington in Muscat'."""
    out = list(found)
    mediated = {m.trigger.i for m in found if m.code == "045"}
    for k, f in enumerate(found):
        if f.code != "040" or f.future or f.target is None or not f.source.country_code or \
                not f.target.country_code:
            continue  # (the cheap facts first: only a meeting of two known countries)
        if f.trigger.pos_ == "NOUN" and (f.trigger.i in mediated or _mediated_object(f.trigger, mediated)):
            out[k] = replace(f, code="046", realised_code="046")
            continue
        where = _venue_country(f.trigger, place_country)
        if where is not None and where not in (f.source.country_code, f.target.country_code):
            out[k] = replace(f, code="044", realised_code="044")
    return out
