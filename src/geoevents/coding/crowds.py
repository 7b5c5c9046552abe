"""The unnamed crowd of a nominal protest: "protests erupted in Lima", "while covering the rallies in Caracas".

A protest noun with no possessor, "by" phrase or taking-part subject is still an asserted event when the
sentence places it: its protesters are taken to be the civilians of the country where it happens (as
``coding_gold.md`` codes crowds). With no place named, a protest that sets the scene of the main clause ("after
weeks of protests, X resigned") is of the sentence's country; any other unplaced protest is not guessed.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from geoevents.coding.tokens import kids
from geoevents.coding.vocab import COUNT_WORDS
from geoevents.models import Actor

__all__ = ["counted_crowd", "crowd_source", "unheld_crowd"]

# nouns that name a street protest by people (not a "formal protest" note, which has a state as its author)
CROWD_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "riot", "rioting", "unrest", "sit-in",
                         "uprising", "walkout", "strike", "stoppage"})
# riots are coded only where the sentence places them ("riots broke out in Dakar"): "after nights of rioting" may
# be anyone's, and is the setting of the response it tells
_RIOTS = frozenset({"riot", "rioting"})
# the prepositions that place a protest: "protests in / across / throughout X"
_PLACING = frozenset({"in", "across", "throughout"})
# predicates whose subject protest is placed by the predicate's own "in" phrase ("protests erupted in Lima")
_ONSET_VERBS = frozenset({"erupt", "break", "spread", "continue", "rage", "flare", "grip", "sweep", "spill",
                          "take", "resume", "enter", "paralyse", "paralyze", "cripple", "turn", "swell", "escalate"})


# words that make a protest one still to come: "a planned march", "an upcoming rally"
_UNHELD = frozenset({"planned", "proposed", "upcoming", "scheduled", "expected", "possible", "threatened", "future",
                     "promised", "intended", "announced", "fresh", "further", "more", "new"})
# what a protest is the object of when it has not happened: "ahead of a march", "gathered for a rally"
_AWAITING = frozenset({"ahead", "before", "for", "prepare", "preparation", "plan", "call", "permit", "ban"})
# a march that is an advance on a place: "the march on / towards / into X"
_ADVANCE_PREPS = frozenset({"on", "towards", "toward", "into", "through"})
# verbs whose object protest has not been held: "banned a rally", "called off the march"
_WITHHOLDING = frozenset({"ban", "prohibit", "forbid", "outlaw", "plan", "announce", "call", "permit", "authorize",
                          "authorise", "cancel", "postpone", "prepare", "threaten", "urge", "approve", "allow"})


def unheld_crowd(tok: Token, kind: str, code: str) -> bool:
    """A protest noun that has not (yet) been held: 'ahead of a planned march', 'gathered for a rally'."""
    if kind != "noun" or code[:2] != "14" or tok.lemma_.lower() not in CROWD_NOUNS:
        return False
    if tok.dep_ in ("compound", "amod", "nmod") and tok.lemma_.lower() in _RIOTS:
        return True  # "riot police", "anti-riot gear": the force, no riot
    if any((c.dep_ in ("amod", "compound") and c.lower_ in _UNHELD) or (c.dep_ == "acl" and c.tag_ == "VBN" and
                                                                        c.lower_ in _UNHELD) for c in kids(tok)):
        return True  # ("a planned march", "a march planned by the opposition")
    if tok.lemma_.lower() == "march" and (tok.ent_type_ == "DATE" or tok.text == "March" or any(
            c.dep_ == "prep" and c.lower_ in _ADVANCE_PREPS for c in kids(tok))):
        return True  # "in March" (the month), "the march on Kyiv" (an advance, not a protest)
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in _WITHHOLDING
    return tok.dep_ == "pobj" and (head.lower_ == "for" or head.head.lemma_.lower() in _AWAITING)


def _places(tok: Token) -> list[Token]:
    held = [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in _PLACING
            for g in kids(c) if g.dep_ == "pobj"]
    verb = tok.head
    if not held and tok.dep_ == "nsubj" and verb.lemma_.lower() in _ONSET_VERBS:
        held = [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in _PLACING
                for g in kids(c) if g.dep_ == "pobj"]
        if verb.lemma_.lower() in ("sweep", "grip", "paralyse", "paralyze", "cripple"):  # "protests swept Nairobi"
            held += [c for c in kids(verb) if c.dep_ == "dobj"]
    return held


# the prepositions of a circumstance the main clause answers: "after / amid / bowing to weeks of protests"
_CIRCUMSTANCE = frozenset({"after", "amid", "amidst", "following", "despite", "to"})
_SPANS = frozenset({"day", "week", "month", "night", "wave", "round", "spate", "series"})


def _circumstance(tok: Token) -> bool:
    """'after weeks of protests', 'amid mass demonstrations', 'bowing to street protests': the protest is the
    setting of the main clause's act (so of the sentence's country), not an object of talk ('fomenting protests')."""
    head = tok
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _SPANS:
        head = head.head.head  # "weeks of protests"
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in _CIRCUMSTANCE and (prep.lower_ != "to" or (
        prep.head.lemma_.lower() in ("bow", "yield", "respond", "cave", "give")))


def crowd_source(tok: Token, place_country: Callable[[Token], Actor | None],
                 civilians: Callable[[str, Token], Actor], context: Callable[[], str | None]) -> list[Actor]:
    """The civilians of the country a sourceless protest noun is placed in, else [].

    ``civilians(iso, tok)`` builds the country's CVL actor, its evidence span on the protest noun. With no place
    named, a protest that is the main clause's setting ("after weeks of protests, X resigned") is of the
    sentence's country (``context``), when there is one.
    """
    if tok.lemma_.lower() not in CROWD_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    for place in _places(tok):
        found = place_country(place)
        if found is not None and found.country_code:
            return [civilians(found.country_code, tok)]
    if tok.lemma_.lower() not in _RIOTS and _circumstance(tok) and (iso := context()) is not None:
        return [civilians(iso, tok)]
    return []


# numbers that name a crowd by its size: "thousands marched", "tens of thousands rallied", "hundreds protested"
_COUNTS = COUNT_WORDS


# the working people a protest verb's plural subject may name with only a place ("Truck drivers in Brazil went on
# strike", "Public servants in Fiji stopped work"): the civilians of that place
_WORKFORCE = frozenset({"driver", "controller", "servant", "intern", "picker", "employee", "cleaner", "porter",
                        "vendor", "trader", "shopkeeper", "merchant", "operator", "conductor", "firefighter",
                        "physician", "medic", "pharmacist", "lecturer", "professor", "academic", "retiree", "grower",
                        "herder", "labourer", "laborer", "mechanic", "baker", "butcher", "cabbie", "motorist",
                        "lawyer", "advocate", "attorney"})


# the vehicles protesters block roads with, and their owners: "farmers' tractors", "fishermen's boats"
_VEHICLES = frozenset({"tractor", "truck", "lorry", "boat", "taxi", "bus", "vehicle", "trawler", "minibus"})
_DRIVING = frozenset({"farmer", "trucker", "fisherman", "fishermen", "driver", "protester", "demonstrator",
                      "haulier", "hauler", "cabbie", "operator", "grower"})


def _placed_workforce(subj: Token, place_country: Callable[[Token], Actor | None],
                      civilians: Callable[[str, Token], Actor]) -> list[Actor]:
    for prep in kids(subj):
        if prep.dep_ == "prep" and prep.lower_ in _PLACING:
            for place in (g for g in kids(prep) if g.dep_ == "pobj"):
                for where in (place, *(c for c in kids(place) if c.dep_ == "poss")):
                    found = place_country(where)
                    if found is not None and found.country_code:
                        return [civilians(found.country_code, subj)]
    return []


def counted_crowd(subj: Token | None, place_country: Callable[[Token], Actor | None],
                  civilians: Callable[[str, Token], Actor], context: Callable[[], str | None]) -> list[Actor]:
    """The civilians of the place of a protest whose subject is only a count of people ("Thousands marched in
    Caracas", "Tens of thousands demonstrated across Serbia"), else []. Placed by the verb's own "in / across /
    throughout" phrase, else by the sentence's country (``context``); a count with its own noun ("thousands of
    workers") is that noun's actor and is read before this. Working people named only by their place ("Taxi
    drivers in Lisbon blocked traffic") are that place's civilians."""
    if subj is not None and subj.tag_ == "NNS" and subj.lemma_.lower() in _WORKFORCE:
        return _placed_workforce(subj, place_country, civilians)
    if subj is not None and subj.lemma_.lower() in _VEHICLES and any(
            c.dep_ == "poss" and c.lemma_.lower() in _DRIVING for c in kids(subj)):
        subj = next(c for c in kids(subj) if c.dep_ == "poss")  # "farmers' tractors blocked X": the farmers'
        iso = context()
        return [civilians(iso, subj)] if iso is not None else []
    if subj is None or subj.lower_ not in _COUNTS | {"tens"}:
        return []
    of = [g for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"]
    if any(c.dep_ in ("prep", "compound") and c.lower_ != "of" for c in kids(subj)) or \
            any(g.lower_ not in _COUNTS for g in of) or (subj.lower_ == "tens" and not of):
        return []  # ("thousands of tonnes": a quantity of something; only "tens / hundreds of thousands" count)
    verb = subj.head
    for prep in kids(verb):
        if prep.dep_ == "prep" and prep.lower_ in _PLACING:
            for place in (g for g in kids(prep) if g.dep_ == "pobj"):
                found = place_country(place)
                if found is not None and found.country_code:
                    return [civilians(found.country_code, subj)]
    iso = context()
    return [civilians(iso, subj)] if iso is not None else []
