"""Nominal events the sentence asserts or does not assert, read off the clause that holds the event noun.

- ``result_verb``: "Russian missile strikes knocked out power in Kharkiv", "Azerbaijani artillery fire damaged
  homes in an Armenian village": an act of force named by the subject of a verb of physical result happened,
  and was aimed where its result was (the verb's place or object).
- ``fallback_rule``: the row of such a subject noun when none fits for want of its own "on"/"of" phrase.
- ``inner_owner``: "Ukrainian drone strikes", where the parser hangs the doer on the noun's compound.
- ``result_target``: where such an act was aimed; ``one_act``: the subject noun and the verb of force it is the
  subject of tell one act ("shelling of Kherson killed two civilians": X > UKR once).
- ``deciding_owner``: "Norway's decision to send jets", "Qatar's offer to mediate": the act of a decision, offer
  or pledge noun's infinitive is its owner's (the noun makes it an intent); ``pronoun_owner_of``: "thanked X
  for its aid" is X's aid.
- ``beneficiary``: "a pledge of aid to Kyiv" (the "of" complement's recipient); "Zelensky thanked Norway for its
  decision to send jets", "Kyiv hailed Japan's pledge of aid": aid credited or welcomed went to the one crediting.
- ``measure_aim``: "the new round of EU sanctions targets Russian gas": what a measure hits is its target.
- ``yielding_verb``: "X withdrew from Avdiivka amid a Russian offensive": an act of force that made a subject give
  ground was aimed at that subject; ``framed_owner``: "Amid Russian strikes on its grid, Ukraine asked ...": the
  'its' of what an act of force framing a clause hit is the clause subject's.
- ``unasserted``: nominal events the text does not present as fact: background dated years before the story
  ("the 1982 Israeli invasion of Lebanon"), possibilities and fears ("the risk of a Chinese blockade", "fears a
  renewed offensive"), acts only called for ("calls for talks between X and Y").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Token

from geoevents.coding.actors import DocActors
from geoevents.coding.background_events import stranded_verb, unreal_nominal
from geoevents.coding.fitting import rule_fits
from geoevents.coding.found import Found
from geoevents.coding.intentions import declarer
from geoevents.coding.nominal import ATTACK_PREPS, SPANS, spanned
from geoevents.coding.passives import under_verb
from geoevents.coding.patterns import Rule
from geoevents.coding.roles import THANKS, phrase, reported_owner, thanked_party
from geoevents.coding.tokens import first_conjunct, kids
from geoevents.coding.violence import one_event
from geoevents.coding.vocab import CREDITING, VIOLENT_ROOTS
from geoevents.coding.wire import motive_idiom
from geoevents.models import Actor

__all__ = ["beneficiary", "deciding_owner", "fallback_rule", "framed_owner", "inner_owner", "measure_aim", "one_act",
           "pronoun_owner_of", "result_target", "result_verb", "unasserted", "yielding_verb"]

# verbs of a physical result whose subject, an act of force, did it: "strikes knocked out power"
RESULT_VERBS = frozenset({"kill", "wound", "injure", "damage", "destroy", "hit", "knock", "set", "cut", "flatten",
                          "level", "raze", "cripple", "disrupt", "demolish", "wreck", "sink", "burn", "leave",
                          "displace", "claim", "shatter", "ignite", "strike", "pound", "target", "devastate",
                          "topple", "collapse", "down", "blow", "black"})
# nouns whose "of" complement is only possible, feared or debated: "the risk of a Chinese blockade"
_POSSIBLE_HEADS = frozenset({"risk", "prospect", "possibility", "danger", "spectre", "specter", "likelihood",
                             "chance", "fear", "scenario", "legality", "odds", "idea", "notion", "threat", "talk",
                             "memory", "anniversary", "legacy", "history", "lesson", "hope", "expectation"})
# nouns whose "for" complement is wanted, not done: "calls for talks between X and Y", "floated a proposal for a
# ceasefire between X and Y" (proposed, not agreed), "hopes for a ceasefire between X and Y faded" (hoped for)
_WANTING_HEADS = frozenset({"call", "demand", "appeal", "plea", "request", "push", "pressure", "clamour", "clamor",
                            "proposal", "proposition", "plan", "blueprint", "bid", "initiative", "roadmap",
                            "suggestion", "idea", "hope", "prospect", "chance", "expectation", "optimism"})
# verbs whose object event is feared, debated or imagined: "Kyiv fears a renewed Russian offensive"
_IMAGINING = frozenset({"fear", "dread", "debate", "risk", "envisage", "envision", "foresee", "imagine", "predict",
                        "forecast", "anticipate", "recount", "recall", "commemorate", "remember"})
_TIME_LABELS = ("DATE",)
# verbs of result that code an act of force of their own (a row of any object), the subject noun's doer theirs
_FORCE_VERBS = frozenset({"kill", "destroy", "hit", "strike", "pound"})
# verbs of result whose object is the one harmed: "wounded four X soldiers"
_HARMING = frozenset({"kill", "wound", "injure", "hit", "target", "strike", "pound"})
# nouns whose infinitive is their owner's act, decided, offered or promised ("refusal to" is no act)
_DECIDING_NOUNS = frozenset({"decision", "offer", "pledge", "promise", "commitment", "plan", "intention", "vow"})
_WELCOMING = frozenset(CREDITING | {"welcome", "appreciate", "acknowledge"})
# verbs of giving ground, and the phrases of the force that made the subject give it: "withdrew amid an offensive"
_YIELDING = frozenset({"withdraw", "retreat", "abandon", "surrender", "cede", "flee"})
_PRESSING_PREPS = frozenset({"amid", "amidst", "under", "after", "following"})
_FRAMING_PREPS = frozenset({"amid", "amidst", "after", "following", "despite", "during"})
_OWN_PRONOUNS = frozenset({"its", "their"})
# verbs whose subject, an economic measure, is aimed at their object ("sanctions target X")
_AIMING = frozenset({"target", "hit", "cover", "affect", "punish", "penalise", "penalize", "blacklist", "include",
                     "list", "name", "single"})


def _owner_of(noun: Token) -> Token | None:
    """Who owns an act noun: its possessor ('its' resolved to the object of 'thanked X for its ...', else to the
    subject of the verb it is an argument of), else the noun itself (its actor modifiers: 'the Saudi decision')."""
    own = next((c for c in kids(noun) if c.dep_ == "poss"), None)
    if own is None:
        return noun
    if own.lower_ not in _OWN_PRONOUNS:
        return own
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "over"):  # "thanked X for its aid": X's
        return thanked_party(noun.head.head)
    if noun.dep_ == "dobj":  # "X announced its withdrawal": X's
        return next((c for c in kids(noun.head) if c.dep_ == "nsubj"), None)
    return None


def pronoun_owner_of(noun: Token) -> list[Token]:
    """The one an act noun's 'its' / 'their' stands for in 'thanked X for its aid', 'praised X for their help',
    'criticised X over their ban on Y's grain' (the object of the verb the phrase hangs on), or in 'X said its raid
    on Y freed hostages' (the reporter)."""
    own = next((c for c in kids(noun) if c.dep_ == "poss"), None)
    found = _owner_of(noun) if own is not None and own.lower_ in _OWN_PRONOUNS and noun.head.lower_ in (
        "for", "over") else reported_owner(noun)  # ("X said its raid on Y freed 40 hostages": X's)
    return [found] if found is not None else []


def deciding_owner(verb: Token) -> Token | None:
    """The owner of the decision, offer or pledge noun a 'to' infinitive describes ('X's decision to V'), else None."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or noun.lemma_.lower() not in _DECIDING_NOUNS or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        return None
    return declarer(noun) or _owner_of(noun)  # ("X announced plans to V": X)


def beneficiary(tok: Token, code: str) -> Token | None:
    """Who gets aid its noun names no recipient of: the one its "of" complement goes to ('a pledge of aid to X'),
    else the subject of the verb crediting or welcoming it ('X thanked Y for its aid', 'X hailed Y's pledge to
    send jets': X), else None."""
    if code[:2] != "07" and code[:3] != "033":  # (aid given or pledged)
        return None
    given = next((r for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                  if g.dep_ == "pobj" for p in kids(g) if p.dep_ == "prep" and p.lower_ in ("to", "for")
                  for r in kids(p) if r.dep_ == "pobj"), None)
    if given is not None:  # "a pledge of $1bn in aid to Y", "a shipment of arms to Y": Y
        return given
    noun = tok.head if tok.dep_ == "acl" and deciding_owner(tok) is not None else tok
    # ("thanked Y for its aid", "thanked Y for sending aid")
    frame = noun.head.head if noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ == "for" else noun.head
    if frame.lemma_.lower() in THANKS and frame.dep_ == "dobj":
        frame = frame.head  # "expressed gratitude to Y for its aid"
    if noun.dep_ not in ("dobj", "pobj", "pcomp") or frame.pos_ != "VERB" or not (
            frame.lemma_.lower() in _WELCOMING or any(
                c.dep_ == "dobj" and c.lemma_.lower() in THANKS for c in kids(frame))):
        return None
    return next((c for c in kids(frame) if c.dep_ == "nsubj"), None)


def yielding_verb(noun: Token) -> Token | None:
    """The verb of giving ground an act of force is the circumstance of ('X withdrew from Avdiivka amid a Russian
    offensive', 'X's fighters retreated under heavy shelling', 'X abandoned the town after a months-long assault'),
    when that verb has a subject of its own, else None."""
    held = spanned(noun)  # ("amid weeks of shelling")
    prep = held.head
    if held.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PRESSING_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _YIELDING or not any(
            c.dep_ == "nsubj" for c in kids(verb)):
        return None
    return verb


def framed_owner(noun: Token) -> Token | None:
    """'Amid Russian strikes on its power grid, Ukraine asked ...': the subject of the clause an act of force frames,
    when the act is aimed at something of 'its' / 'their' (the attacker hitting its own grid makes no sense)."""
    prep = spanned(noun).head
    if spanned(noun).dep_ != "pobj" or prep.lower_ not in _FRAMING_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    owned = any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS and not any(o.lower_ == "own" for o in kids(g))
                for p in kids(noun) if p.dep_ == "prep" and p.lower_ in STRUCK_PREPS
                for g in kids(p) if g.dep_ == "pobj" for c in kids(g))
    return next((c for c in kids(prep.head) if c.dep_ == "nsubj" and c.pos_ != "PRON"), None) if owned else None


def measure_aim(noun: Token) -> Token | None:
    """What an economic measure that is the subject of a verb of aiming hits ('the new EU sanctions target Russian
    gas', 'a new round of sanctions hits X's banks'): the verb's object, else None."""
    held = spanned(noun)
    verb = held.head
    if held.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _AIMING:
        return None
    return next((c for c in kids(verb) if c.dep_ == "dobj"), None)


def result_verb(noun: Token) -> Token | None:
    """The verb of physical result an event noun is the subject of ('strikes knocked out power', 'a night of
    strikes knocked out power'), else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SPANS:
        noun = noun.head.head
    verb = stranded_verb(noun) or (noun.head if noun.dep_ == "nsubj" else None)  # ("after strikes hit X")
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in RESULT_VERBS:
        return None
    return verb


def suffered_in(noun: Token) -> Token | None:
    """The passive subject of a clause whose harm an act of force was the setting of ('a depot in X was set ablaze
    in a Y drone attack', 'a hospital was damaged in an air strike'): what the act struck, else None."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("in", "during") or prep.head.pos_ != "VERB":
        return None
    return next((c for c in kids(prep.head) if c.dep_ == "nsubjpass"), None)


class _Aims(Protocol):
    def _near_target(self, tok: Token, actors: DocActors, day: dt.date, exclude: set[str | None]
                     ) -> list[Actor | None]: ...

    def _actors_at(self, head: Token | None, actors: DocActors, day: dt.date,
                   last_person: Actor | None = None, speaker: list[Actor] | None = None) -> list[Actor]: ...

    def place_country(self, tok: Token) -> Actor | None: ...

    def _first_actor(self, tokens: list[Token], actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor]: ...


def result_target(reader: _Aims, tok: Token, actors: DocActors, day: dt.date,
                  exclude: set[str | None], preps: Container[str] = ()) -> list[Actor | None]:
    """Where an act of force was aimed (not at ``exclude``'s countries): for an act that is the subject of a verb of
    result, where the result was ('set fire to a depot in X's region': the verb's place phrases, then its object's
    and its prepositional objects' own; 'wounded four X soldiers': the harmed object), else its own place phrase."""
    verb = result_verb(tok)
    near = (reader._near_target(tok, actors, day, exclude) or struck_place(reader, tok, exclude, preps)
            ) if verb is None else []
    if near:
        return near
    if verb is None and (hit := suffered_in(tok)) is not None:
        scope = phrase(hit, preps=("of", "in", "near"))  # ("a depot in the Russian city of Bryansk")
        hurt = [a for a in reader._first_actor(scope, actors, day, set()) if a.country_code not in exclude]
        if hurt:  # ("three Israeli soldiers were wounded in a Hezbollah attack")
            return list(hurt[:1])
        for t in scope:
            a = reader.place_country(t)
            if a is not None and a.country_code and a.country_code not in exclude:
                return [a]
    if verb is None:
        return []
    objects = [c for c in kids(verb) if c.dep_ == "dobj"]
    holders = [verb, *(g for c in kids(verb) if c.dep_ == "prep" for g in kids(c) if g.dep_ == "pobj")]
    for h in holders + objects:
        found = reader._near_target(h, actors, day, exclude)
        if found:
            return found
    harmed = [a for o in objects if verb.lemma_.lower() in _HARMING for a in reader._actors_at(o, actors, day)]
    aimed: list[Actor | None] = [a for a in harmed if a.country_code not in exclude]
    return aimed[:1] or struck_place(reader, tok, exclude, preps)  # ("an operation in X displaced thousands": X)


STRUCK_PREPS = ATTACK_PREPS | {"of", "at", "into", "targeting"}  # what a violent noun's phrase says it struck
# where an act of force was waged, when its row reads that phrase as its aim ("a military operation in Rafah")
_WAGED_PREPS = frozenset({"in", "inside"})


def aimed_noun(tok: Token, code: str, preps: Container[str] = ()) -> bool:
    """A violent event noun with a phrase of what it struck: "strikes on X", "the shelling of X" (or where it was
    waged, "a military operation in Rafah", when its row's ``preps`` read "in" as its aim)."""
    return code[:2] in VIOLENT_ROOTS and tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "prep" and (c.lower_ in STRUCK_PREPS or (c.lower_ in _WAGED_PREPS and c.lower_ in preps)) and any(
            g.dep_ == "pobj" for g in kids(c)) for c in kids(tok))


def struck_place(reader: _Aims, tok: Token, exclude: set[str | None], preps: Container[str] = ()) -> list[Actor | None]:
    """The country of the place an act of force told by a noun was aimed at ("strikes on Kharkiv", "an attack
    against a market in Rafah", "the shelling of Kherson"; "a military operation in Rafah" when the row reads "in"),
    when no actor is named there (not one of ``exclude``'s countries)."""
    for c in kids(tok):
        if c.dep_ == "prep" and (c.lower_ in STRUCK_PREPS or (c.lower_ in _WAGED_PREPS and c.lower_ in preps)):
            for t in (t for g in kids(c) if g.dep_ == "pobj" for t in phrase(g, preps=("of", "in"))):
                a = reader.place_country(t)
                if a is not None and a.country_code not in exclude:
                    return [a]
    return []


def one_act(found: list[Found]) -> list[Found]:
    """``one_event``; and of a violent subject noun and the verb of force it is the subject of, one act: the verb
    keeps no target of its own guessing when the noun names where it was aimed ('shelling of Kherson killed two
    civilians': the civilians of the shelled place, not of the shelling side), nor the noun none when the verb
    has one ('a drone strike on a port killed three X soldiers')."""
    found = one_event(found)
    nouns = [f for f in found if "nominal" in f.flags and f.code[:2] in VIOLENT_ROOTS and f.trigger.dep_ == "nsubj"]
    aimed = {f.trigger.head.i for f in nouns if f.target is not None}
    lone = {id(f) for f in nouns if f.target is None}
    verbs = {(f.trigger.i, f.source.country_code) for f in found if "nominal" not in f.flags
             and f.code[:2] in VIOLENT_ROOTS and f.target is not None and f.target.country_code !=
             f.source.country_code}
    return [f for f in found if not (
        ("nominal" not in f.flags and f.trigger.i in aimed and f.code[:2] in VIOLENT_ROOTS and (
            f.target is None or f.target.country_code == f.source.country_code)) or (
            id(f) in lone and (f.trigger.head.i, f.source.country_code) in verbs))]


def inner_owner(tok: Token, named: Container[int]) -> list[Token]:
    """The actor modifier (a token in ``named``) the parser hung on a noun's compound ('Ukrainian drone strikes':
    'Ukrainian' on 'drone'), when the noun has no actor modifier of its own."""
    mods = [c for c in kids(tok) if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if any(c.i in named for c in mods):
        return []
    return [g for c in mods if c.dep_ == "compound" and c.i not in named for g in kids(c)
            if g.dep_ in ("amod", "compound") and g.i in named and g.i < c.i][:1]


def fallback_rule(tok: Token, kind: str, rules: tuple[Rule, ...]) -> Rule | None:
    """A noun's row when none fits: that of an act of force that is the subject of a verb of result, read without
    the aim phrase the row asks for (the first row whose modifiers fit; a labour 'strike' gives none)."""
    # ("came under attack from X", "withdrew amid a Russian offensive")
    verb = (result_verb(tok) or under_verb(tok) or yielding_verb(tok)) if kind == "noun" else None
    if verb is None or verb.lemma_.lower() in _FORCE_VERBS or (
            verb.lemma_.lower() == "leave" and any(t.lower_ == "dead" for t in verb.subtree)):
        return None  # ("a bombing killed six officers", "strikes left 40 dead": the verb codes the act)
    memo: dict[object, object] = {}
    first = next((r for r in rules if rule_fits(replace(r, preps=frozenset()), tok, kind, memo)), None)
    return first if first is not None and first.code[:2] in VIOLENT_ROOTS and (
        first.objects or first.target != "none") else None


def _year_before(tok: Token, day: dt.date) -> bool:
    """Whether an event noun carries its own year, at least two years before the story ('the 1999 bombing',
    'the deal of 2018', 'the invasion in 2008')."""
    cands = [c for c in kids(tok) if c.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod")]
    cands += [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in kids(c)
              if g.dep_ == "pobj"]
    cands += [g for c in kids(tok) if c.dep_ == "poss" for g in (c,) if g.ent_type_ in _TIME_LABELS]
    for c in cands:
        text = c.text.rstrip("'s")
        if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= day.year - 2:
            return True
    return False


def _dates_back(tok: Token, day: dt.date) -> bool:
    """Whether an event noun is the subject of 'dates (back) to / goes back to <an earlier year>' (background)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in ("date", "go"):
        return False
    years = [g for h in (verb, *(c for c in kids(verb) if c.lower_ == "back")) for c in kids(h)
             if c.dep_ == "prep" and c.lower_ in ("to", "from") for g in kids(c) if g.dep_ == "pobj"]
    return any(len(g.text) == 4 and g.text.isdigit() and 1900 <= int(g.text) <= day.year - 2 for g in years)


def unasserted(tok: Token, day: dt.date) -> bool:
    """A nominal event the sentence does not present as a fact of the story (see the module's doc)."""
    if motive_idiom(tok) or _year_before(tok, day) or unreal_nominal(tok) or _dates_back(tok, day):
        return True  # ('the cancelled visit', 'the treaty dates back to 1979')
    first = first_conjunct(tok)
    prep = first.head
    if first.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN"):
        head = prep.head.lemma_.lower()
        if (prep.lower_ == "of" and head in _POSSIBLE_HEADS) or (prep.lower_ == "for" and head in _WANTING_HEADS):
            return True
    return first.dep_ == "dobj" and prep.pos_ == "VERB" and prep.lemma_.lower() in _IMAGINING
