"""Trips and receptions that are no diplomatic visit or hosting (CAMEO 042 / 043 / 040 give no event).

- ``private_trip``: migrants, refugees, students or workers who travel to or arrive in a country, and a host that
  receives, welcomes or hosts them ("Poland welcomed Ukrainian refugees", "the Vatican received pilgrims"): people
  on their own business make no state visit, and taking them in is no hosting of their country.
- ``received_thing``: "received an order from India", "welcomed the UN report", "met its delivery deadline": the
  object of a bare hosting or meeting verb is a thing, not a guest or a party (the actor in it is only a modifier).
- ``announced_visit``: "X announced / planned a visit to Y": the visit is the object of a plan (the 036 rows code
  it), not a visit made (042).
- ``vague_destination``: "went to court", "came to power": 'go / come to' is a trip (042) only to a named place;
  "stopped in X" is a stop on a trip, "stopped protesters in X" is not.
- ``visiting_guests``: "X held talks with the visiting Y": Y's visit to X's country (042) and X's hosting (043).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.found import Found
from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import COLLECTIVE_NOUNS, HUMAN_NOUNS, QUANTITY_NOUNS
from geoevents.models import Actor

__all__ = ["announced_visit", "private_trip", "received_thing", "vague_destination", "visiting_guests"]

_HOSTING = frozenset({"welcome", "greet", "receive", "host", "meet"})
_TRAVEL_CODES = frozenset({"042", "043"})
# people who travel or are taken in on their own business, not on a state's
_PRIVATE = frozenset({"migrant", "immigrant", "emigrant", "refugee", "asylum", "seeker", "student", "pupil",
                      "worker", "labourer", "laborer", "passenger", "traveller", "traveler", "holidaymaker",
                      "tourist", "pilgrim", "worshipper", "fan", "spectator", "evacuee", "deportee", "returnee",
                      "child", "family", "trainee", "scholar", "backpacker", "vacationer", "holiday-maker"})
# guests and parties a bare hosting or meeting verb takes as its object when it is a common noun
_GUESTS = frozenset({"official", "minister", "president", "premier", "chancellor", "delegation", "diplomat",
                     "ambassador", "envoy", "emissary", "king", "queen", "emperor", "prince", "princess", "emir",
                     "sultan", "monarch", "pope", "secretary", "senator", "lawmaker", "legislator", "mp", "deputy",
                     "parliamentarian", "governor", "mayor", "general", "commander", "chief", "head", "officer",
                     "spokesman", "spokeswoman", "visitor", "guest", "host", "counterpart", "junta", "regime",
                     "administration", "opposition", "cabinet", "parliament", "senate", "army", "military", "rebel",
                     "militant", "insurgent", "fighter", "troop", "soldier", "police", "militia",
                     "dignitary", "statesman", "vice", "crown", "foreign", "defence", "defense",
                     "director", "president-elect", "prime", "negotiator", "mediator", "side", "counterparts",
                     "authorities", "ruler", "sheikh", "crown-prince", "chairman", "chair", "speaker", "leadership",
                     "lawmakers", "clergy", "patriarch", "cardinal", "bishop", "archbishop", "nuncio", "consul",
                     "attache", "attaché", "adviser", "advisor", "aide", "staff", "team", "group", "expert",
                     "inspector", "observer", "monitor", "investigator"})
# what a visit noun is when it is planned, not made
_PLANNING = frozenset({"announce", "plan", "schedule", "propose", "suggest", "arrange", "prepare", "seek",
                       "request", "consider", "invite", "mull", "weigh", "offer", "want"})


def private_trip(rule: Rule, tok: Token) -> bool:
    """'migrants travelled to Morocco', 'Haitian refugees arrived in the Bahamas', 'X welcomed Ukrainian refugees'."""
    if rule.code not in _TRAVEL_CODES or tok.pos_ != "VERB":
        return False  # (the cheap facts first)
    if rule.code == "042":
        # ("students travelling to Australia")
        doers = [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBG" else [c for c in kids(tok) if c.dep_ == "nsubj"]
    elif rule.lemma in _HOSTING and rule.lemma != "meet":
        doers = [c for c in kids(tok) if c.dep_ == "dobj"] + [  # "pilgrims were received by X"
            c for c in kids(tok) if c.dep_ == "nsubjpass"]
    else:
        return False
    return bool(doers) and all(_private(d) for d in doers)


def _private(noun: Token) -> bool:
    """A private traveller, or a count of them ('thousands of German tourists')."""
    if noun.lemma_.lower() in QUANTITY_NOUNS or noun.tag_ == "CD":
        noun = next((g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in kids(c) if g.dep_ == "pobj"), noun)
    return noun.lemma_.lower() in _PRIVATE


def received_thing(rule: Rule, tok: Token) -> bool:
    """'received an order from India', 'welcomed the UN report', 'met its delivery deadline': a bare hosting or
    meeting row (no object list of its own) whose object is a common noun that names no guest or party."""
    if rule.code[:3] not in ("040", "043") or rule.objects or rule.preps or rule.lemma not in _HOSTING or \
            tok.pos_ != "VERB":
        return False
    objs = [c for c in kids(tok) if c.dep_ == "dobj"]
    if not objs:
        return False
    obj = objs[0]
    if obj.pos_ != "NOUN" or obj.ent_type_:
        return False
    lemma = obj.lemma_.lower()
    return lemma not in _GUESTS and lemma not in HUMAN_NOUNS and lemma not in COLLECTIVE_NOUNS and \
        lemma not in _PRIVATE


_GOING = frozenset({"go", "come"})


def vague_destination(rule: Rule, tok: Token) -> bool:
    """'went to court / to war', 'came to power': 'go / come to' is a trip only to a named place; 'stopped in X' is a
    stop on a trip, but 'stopped protesters in X', 'a convoy was stopped at X' stop someone else."""
    if rule.code != "042":
        return False
    if rule.lemma == "stop":
        return any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids(tok))
    return rule.lemma in _GOING and not any(
        g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC", "FAC") for c in kids(tok)
        if c.dep_ == "prep" and c.lower_ == "to" for g in kids(c) if g.dep_ == "pobj")


def announced_visit(rule: Rule, tok: Token) -> bool:
    """'X announced a visit to Y', 'X is planning a trip to Y': the visit noun is the object of a plan."""
    return rule.code == "042" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
        tok.head.lemma_.lower() in _PLANNING


_MET_CODES = frozenset({"040", "046"})


def visiting_guests(found: list[Found], seen: set[tuple[str, str, str]],
                    host_of: Callable[[str], Actor]) -> list[Found]:
    """'X held talks with the visiting Jordanian king', 'X met the visiting Y': Y is on a visit to X's country
    (Y > X's country 042) and X hosts Y (X > Y 043)."""
    out: list[Found] = []
    for f in found:
        t = f.target
        if f.code[:3] not in _MET_CODES or t is None or t.start < 0 or not t.country_code or \
                not f.source.country_code or t.country_code == f.source.country_code:
            continue  # (the cheap facts first)
        if not any(m.lower_ == "visiting" and m.dep_ == "amod" and t.start <= m.head.idx < t.end
                   for m in f.trigger.sent if m.idx >= t.start - 10 and m.idx < t.end):
            continue
        host = host_of(f.source.country_code)
        for key, src, tgt in ((("042", t.code, host.code)), t, host), ((("043", f.source.code, t.code)), f.source, t):
            if key not in seen:
                seen.add(key)
                out.append(replace(f, code=key[0], realised_code=key[0], source=src, target=tgt,
                                   flags=(*f.flags, "implied"), confidence=round(f.confidence * 0.9, 3)))
    return out
