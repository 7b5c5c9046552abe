"""More precision guards, for the body of real articles (background, profiles, states, sport):

* long past: a predicate dated by its own phrase before the year before last (``distant_year``) is background
  ("In 2014 Russia annexed Crimea", "invaded Iraq in 2003", "fought a war between 1998 and 2000", "decades ago",
  "back in 1994", "has occupied the region since 2008"; a relative clause on an actor, "Russia, which invaded
  Ukraine in 2022, ...", stays coded), and so is a former deed recalled ("mercenaries who once fought in Libya",
  "has threatened Moldova before");
* insisted facts: "Kyiv has never attacked civilians, an official insisted" asserts a fact, no demand; what is
  insisted on ("insisted that X withdraw" / "must withdraw") is wanted, not done;
* standing states: "Jordan shelters 650,000 refugees", "troops guard the crossings" (plain present, no date);
* nature: "Nepal's floods, which killed 200 people", "the cyclone killed 16": harm done by a natural hazard
  (a country owning it, "Nepal's floods", is no doer);
* sport: "India's bowlers destroyed Pakistan's batting", "the captain attacked the bowling"; words: "was racially
  abused by fans" (no assault).

All read only the trigger's or predicate's own children, after the cheap facts (dependency label, a word) fit.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["RECENT_YEARS", "demanded_under_insist", "distant_year", "held_state", "insisted_fact", "long_past",
           "natural_harm", "sporting"]

# prepositions whose year dates the act itself ("in 2003", "during 1999", "between 1998 and 2000", "since 2008")
_DATING_PREPS = frozenset({"in", "during", "between", "from", "since", "by"})
# adverbs that put a deed in a former time: "who once fought in Libya", "formerly ruled"
_FORMER = frozenset({"once", "formerly"})
_LONG_UNITS = frozenset({"year", "decade", "century", "generation"})
_SMALL_NUMBERS = frozenset({"a", "an", "one", "1"})
# what makes the clause under a demanding verb a demand and not a stated fact: "must/should withdraw"
_DEMANDING_AUX = frozenset({"must", "should"})
# demanding verbs that also state a fact ("he insisted the talks had failed"); "demanded that X leave" never does
_STATING_DEMANDERS = frozenset({"insist"})
_FACT_TAGS = frozenset({"VBD", "VBZ"})  # (not VBP: "demanded that Moscow release" is tagged so)


# verbs of keeping that, in the plain present, tell a standing state: "Jordan shelters 650,000 refugees",
# "Turkish troops guard the crossings", "the stations are guarded by volunteers"
_HOLDING = frozenset({"host", "shelter", "house", "harbour", "harbor", "accommodate", "guard", "patrol", "garrison"})
_PRESENT_BE = frozenset({"is", "are", "'s", "'re"})
# players whose attacks, routs and destruction happen on a pitch: "India's bowlers destroyed Pakistan's batting"
_PLAYERS = frozenset({"bowler", "batsman", "batter", "batsmen", "striker", "midfielder", "goalkeeper", "footballer",
                      "cricketer", "boxer", "wrestler", "athlete", "sprinter", "fielder", "spinner", "seamer", "pacer",
                      "winger", "playmaker", "quarterback", "golfer", "cyclist"})
_FORCEFUL_ROOTS = frozenset({"13", "14", "15", "17", "18", "19", "20"})
# natural hazards whose harm has no doer: "Nepal's floods and landslides, which killed more than 200 people"
_HAZARDS = frozenset({"flood", "flooding", "landslide", "mudslide", "earthquake", "quake", "tremor", "storm",
                      "cyclone", "typhoon", "hurricane", "tornado", "heatwave", "drought", "wildfire", "blaze",
                      "avalanche", "tsunami", "eruption", "downpour", "rain", "monsoon", "snowstorm", "blizzard",
                      "lightning", "epidemic", "cholera", "famine"})
# what players attack or destroy on a pitch: "attacked the Sri Lankan bowling", "destroyed their batting" (the
# parser may read "bowling" after a demonym as a clause of its own)
_PLAYED = frozenset({"bowling", "batting", "innings", "wicket", "lineup", "line-up", "serve", "backhand", "forehand",
                     "midfield", "scoreline"})
# adverbs that make an assault a word: "was racially abused by fans", "verbally attacked"
_VERBALLY = frozenset({"racially", "verbally"})


def _year(tok: Token) -> int | None:
    text = tok.text.rstrip("s").lstrip("'")
    if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
        return int(text)
    return None


# the story's year and the two before it are news; a year before that dates background ("in 2014" in 2024)
RECENT_YEARS = 2


def distant_year(year: int, day: dt.date) -> bool:
    """Whether ``year`` lies before the year before last of a story published on ``day`` (background, not news)."""
    return year < day.year - RECENT_YEARS


def _dating(prep: Token, day: dt.date) -> bool:
    """'in 2003', 'in September 2022', 'between 1998 and 2000', 'since the 1990s': the phrase ends on a year up to
    ``distant_year`` (its right edge, read without walking the phrase)."""
    year = _year(prep.right_edge)
    return year is not None and distant_year(year, day) and prep.lower_ in _DATING_PREPS


def _ago(adv: Token) -> bool:
    """'decades ago', 'two years ago', 'years ago'; not 'a year ago', 'months ago'."""
    for unit in kids(adv):
        if unit.dep_ == "npadvmod" and unit.lemma_.lower() in _LONG_UNITS:
            nums = [c for c in kids(unit) if c.dep_ in ("nummod", "det", "quantmod")]
            if not nums:
                return unit.tag_ == "NNS"
            return not any(c.lower_ in _SMALL_NUMBERS for c in nums)
    return False


def long_past(pred: Token, day: dt.date) -> bool:
    """Whether the predicate's own phrase dates it before the year before last, or tells a former deed."""
    dated = pred.dep_ != "relcl"  # "Russia, which invaded Ukraine in 2022, ...": the clause on an actor is coded
    for c in kids(pred):
        dep = c.dep_
        if dep == "prep":
            if dated and _dating(c, day):
                return True
        elif dep == "advmod":
            low = c.lower_
            if low == "ago" and _ago(c):
                return True
            if low == "back" and any(g.dep_ == "prep" and _dating(g, day) for g in kids(c)):
                return True  # "Back in 1994, ..."
            if low in _FORMER and c.i < pred.i and not any(kids(c)) and pred.tag_ == "VBD":
                return True  # "who once fought in Libya" (not "struck once", "once more")
            if low == "before" and c.i > pred.i and not any(kids(c)) and any(
                    a.dep_ == "aux" and a.lemma_ == "have" for a in kids(pred)):
                return True  # "Russia has threatened Moldova before": a former deed recalled
        elif dep == "dobj" and dated and pred.pos_ == "VERB" and any(  # "fought a war between 1998 and 2000"
                g.dep_ == "prep" and g.lower_ in ("between", "from") and _dating(g, day) for g in kids(c)):
            return True
    return False


def insisted_fact(tok: Token, kind: str, code: str) -> bool:
    """A demanding verb ('insist') whose clause states a fact: 'X never attacked Y, Z insisted'."""
    if kind != "verb" or code[:2] != "10" or tok.lemma_.lower() not in _STATING_DEMANDERS:
        return False
    for c in kids(tok):
        if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
            aux = {a.lower_ for a in kids(c) if a.dep_ in ("aux", "auxpass")}
            if aux & _DEMANDING_AUX:
                return False
            if c.tag_ in _FACT_TAGS or aux & {"has", "have", "had", "was", "were", "is", "are", "did", "does",
                                              "will", "would", "could", "can", "'s", "'ve"}:
                return True
    return _trailing_insist(tok)


def _trailing_insist(tok: Token) -> bool:
    """'X never attacked Y, the ministry insisted on Friday', parsed with 'insisted' as a conjunct of the clause
    it attributes: a subject and no demand of its own (no object, clause, or non-date 'on / for' phrase)."""
    head = tok.head
    if tok.dep_ != "conj" or tok.i < head.i or head.pos_ != "VERB" or head.tag_ not in ("VBD", "VBZ", "VBN") or \
            not any(c.dep_ == "nsubj" for c in kids(tok)) or tok.left_edge.i == 0 or \
            tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "parataxis") or (c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in kids(c))) for c in kids(tok))


def held_state(tok: Token, kind: str) -> bool:
    """'Bangladesh hosts a million refugees', 'troops guard the crossings': a verb of keeping in the plain present
    (no auxiliary but a present 'is/are' of the passive, no date of its own) tells a state, not an event."""
    if kind != "verb" or tok.tag_ not in ("VBZ", "VBP", "VBN") or tok.lemma_.lower() not in _HOLDING:
        return False
    aux = [c for c in kids(tok) if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBN":
        if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].lower_ not in _PRESENT_BE:
            return False
    elif aux:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for c in kids(tok) if c.dep_ in ("prep", "npadvmod")
                   for t in c.subtree)


def demanded_under_insist(pred: Token) -> bool:
    """'insisted that Sweden expel the activists': the insisted-on act (base form, or 'must/should') is wanted."""
    if pred.dep_ != "ccomp" or pred.head.lemma_.lower() not in _STATING_DEMANDERS:
        return False
    aux = {a.lower_ for a in kids(pred) if a.dep_ in ("aux", "auxpass")}
    return bool(aux & _DEMANDING_AUX) or (pred.tag_ == "VB" and not aux)


def sporting(tok: Token, kind: str, code: str) -> bool:
    """'India's bowlers destroyed Pakistan's batting', 'the striker attacked', 'attacked the Sri Lankan bowling':
    force done by players or on a side's play is sport; 'was racially abused by fans' is no assault."""
    return kind == "verb" and code[:2] in _FORCEFUL_ROOTS and any(
        (c.dep_ == "nsubj" and c.lemma_.lower() in _PLAYERS) or (c.dep_ in ("dobj", "advcl") and c.lower_ in _PLAYED) or
        (c.dep_ == "advmod" and c.lower_ in _VERBALLY and code[:2] == "18") for c in kids(tok))


def natural_harm(tok: Token, kind: str, code: str) -> bool:
    """'Nepal's floods, which killed 200 people', 'the earthquake destroyed homes': harm done by a natural hazard
    (the subject, or the noun a relative clause with a relative-pronoun subject describes)."""
    if kind != "verb" or code[:2] not in ("18", "19", "20"):
        return False
    subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        subj = tok.head
    return any(t.lemma_.lower() in _HAZARDS for t in (subj, *(c for c in kids(subj) if c.dep_ == "conj")))
