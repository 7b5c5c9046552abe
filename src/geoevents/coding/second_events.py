"""Second events told in a clause hanging off the main one, and where such a clause is only background.

- ``relative_object``: "the sanctions, which the EU imposed on Belarus", "the missile that Pyongyang launched":
  a relative pronoun object stands for the noun the clause describes, so the clause's verb reads its rows
  (objects, target) on that noun.
- ``that_gap``: "the offensive that X launched", "the sanctions X imposed last year" (no relative word at all):
  the clause's object is the noun it describes.
- ``whose_owner``: "Kenya, whose troops recaptured the town": the subject owned by "whose" is the one the relative
  clause describes (Kenya's troops), not an unnamed "troops".
- ``background``: besides ``wire.background_clause``, a describing or framing clause (relative, participle,
  adverbial) dated in the distant past (before the year before last) is background, not news: "Russia, which
  annexed Crimea in 2014, ...", "the region, which Armenia held for three decades". A clause dated in the
  recent past ("in May", "last year") or undated is asserted as news.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from geoevents.coding.dates import resolve_date
from geoevents.coding.guards_more import distant_year
from geoevents.coding.modality import DIRECTIVE_GOVERNORS
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import RELATIVE_PRONOUNS
from geoevents.coding.wire import background_clause

__all__ = ["background", "dated_background", "dated_episode", "relative_object", "that_gap", "whose_owner"]

_SUBCLAUSES = frozenset({"relcl", "acl", "advcl"})
_LONG_UNITS = re.compile(r"\b(years?|decades?|centur(y|ies))\b", re.IGNORECASE)
_DECADE = re.compile(r"\b\d{3}0s\b")
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_SPANNING = frozenset({"for", "over", "throughout"})
# a span of the current year, not years: "throughout the year", "over the past year", "during this year"
_THIS_YEAR = re.compile(r"^(the|this)\s+((past|last|current|whole|entire)\s+)?year$", re.IGNORECASE)
_NAMED = frozenset({"GPE", "ORG", "NORP"})
# episodes a year can date ("the 1994 genocide", "the 1982 war"): a past-tense clause that tells what happened in
# one ("in which X killed ...", "began when X attacked ...") is history, not news
_EPISODES = frozenset({"war", "genocide", "massacre", "invasion", "uprising", "revolution", "revolt", "rebellion",
                       "coup", "conflict", "attack", "bombing", "battle", "siege", "occupation", "crisis", "riot",
                       "insurgency", "offensive", "famine", "intifada", "purge", "crackdown", "raid", "hijacking",
                       "assassination", "landing", "landings", "partition", "blockade", "airlift", "standoff",
                       "killings", "pogrom", "expulsion", "exodus", "evacuation", "annexation", "warfare",
                       "shooting", "blast", "explosion", "rampage", "ambush", "clash", "protest", "unrest", "strike",
                       "hostage", "kidnapping", "emergency", "dictatorship", "junta", "airstrike"})
# a clause's own point in time ("on Monday", "last week", "in March"), not a span ("lasted ten weeks")
_POINT = re.compile(r"^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    r"[a-z]*$|^(yesterday|today|tonight|last|this|earlier|recently)$|^\d{4}$", re.IGNORECASE)
_DATE_MODS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod"})
# nouns whose "that" clause states their content or time ("reports that X attacked", "the day that X invaded")
_CONTENT_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "news", "fear", "concern", "worry",
                            "sign", "fact", "idea", "hope", "belief", "view", "suggestion", "evidence", "warning",
                            "statement", "assurance", "assertion", "rumour", "rumor", "speculation", "possibility",
                            "prospect", "risk", "threat", "indication", "notion", "argument", "insistence",
                            "announcement", "decision", "confirmation", "admission", "charge", "suspicion",
                            "expectation", "promise", "pledge", "demand", "proposal", "conclusion", "finding",
                            "day", "night", "week", "month", "year", "hour", "moment", "time", "morning", "evening",
                            "way", "reason", "manner", "extent", "sense"})  # (and "the day that X attacked": when)


def relative_object(verb: Token, obj: Token) -> Token:
    """The noun a relative clause describes when the clause's object is the relative pronoun (or, in a passive
    clause that names its agent, its subject: "the deal, which was signed by X"), else ``obj`` (the parser may
    label the clause "acl": "the blockade that Chinese ships imposed")."""
    if obj.dep_ not in ("dobj", "nsubjpass") or verb.dep_ not in ("relcl", "acl") or \
            obj.lower_ not in RELATIVE_PRONOUNS or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i == verb.i:
        return obj
    if obj.dep_ == "nsubjpass":  # "the deal, which was signed by X and Y": with its doer named by the agent
        return verb.head if any(c.dep_ == "agent" for c in kids(verb)) else obj
    return verb.head if _own_doer(verb) else obj


def whose_owner(subj: Token) -> Token:
    """For a relative clause's subject owned by 'whose' ('Kenya, whose troops ...'), the named noun the clause
    describes when it names someone ('Kenya', 'the African Union mission', 'the Kenyan contingent'), else ``subj``."""
    own = next(subj.lefts, None) if subj.n_lefts else None  # (the cheap facts first: "whose" opens the phrase)
    verb, noun = subj.head, subj.head.head
    if own is None or own.lower_ != "whose" or verb.dep_ != "relcl" or noun.i == verb.i or not (
            noun.pos_ == "PROPN" or any(t.ent_type_ in _NAMED for t in (noun, *noun.lefts))):
        return subj
    return noun


def that_gap(verb: Token) -> bool:
    """'the offensive that X launched' read with 'that' as a marker, or 'the sanctions X imposed' with no relative
    word at all: the clause's object is the noun it describes."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(verb))
    return (verb.dep_ == "relcl" or (verb.dep_ == "acl" and marked and verb.head.lemma_.lower() not in
                                     _CONTENT_NOUNS)) and verb.pos_ == "VERB" and verb.head.pos_ in (
        "NOUN", "PROPN") and (marked or _zero_relative(verb)) and not any(
        c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "attr") for c in kids(verb)) and _own_doer(verb)
    # ("the recognition that Spain extended to X": the parser may read the relative clause as the noun's content)


def _zero_relative(verb: Token) -> bool:
    """'the sanctions Washington imposed': a relative clause with no relative word whose subject follows the noun."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    return subj is not None and verb.head.i < subj.i < verb.i and not any(
        c.lower_ in RELATIVE_PRONOUNS or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in kids(verb))


def _own_doer(verb: Token) -> bool:
    """Whether the relative clause names its doer itself, and the parse is sound enough to read its object."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    # not: a doer only a pronoun names ("its troops", not "its Revolutionary Guards"), a misparse ("which ... was
    # flying a flag"), or an act wanted of another ("the withdrawal that X demanded")
    return not (subj is None or subj.pos_ == "PRON" or (subj.pos_ != "PROPN" and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(subj))) or
        sum(c.dep_ == "dobj" for c in kids(verb)) > 1 or verb.lemma_.lower() in DIRECTIVE_GOVERNORS)


def background(pred: Token, day: dt.date) -> bool:
    """A clause that is a past reference point or a possibility (``wire.background_clause``), or a describing
    or framing clause dated in the distant past (``dated_background``)."""
    return background_clause(pred) or dated_background(pred, day)


def dated_background(pred: Token, day: dt.date) -> bool:
    """Whether the predicate heads (or is a conjunct of) a relative, participial or adverbial clause whose own
    date lies before the year before publication's last, or which lasts years ("held it for three decades")."""
    clause = pred
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head  # "which invaded X in 1982 and annexed Y"
    if clause.dep_ not in _SUBCLAUSES or clause.head.i == clause.i:
        return False
    owners = [clause]
    if clause.tag_ == "VBD" and clause.dep_ in ("relcl", "advcl") and any(
            dated_episode(n, day) for n in _described(clause)) and not _own_point(clause):
        return True  # "the 1994 genocide, in which X killed ...", "the 1973 war began when X attacked Y"
    if clause.dep_ == "acl" and clause.head.dep_ in ("nsubj", "nsubjpass") and clause.head.head.i != clause.head.i:
        owners.append(clause.head.head)  # "the treaty signed by X and Y in 1979 remains ...": a date on the main verb
    for o in owners:  # (on the main verb only a dated point: "has held for years" may be the main verb's own span)
        for c in kids(o):
            dates = [c] if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "advmod") else [
                g for g in kids(c) if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")] if c.dep_ == "prep" else []
            for d in dates:
                if _distant(_phrase(d), day, c.lower_ if c.dep_ == "prep" and o.i == clause.i else ""):
                    return True
    return False


def _described(clause: Token) -> list[Token]:
    """The episode a past clause tells of: the noun a relative clause hangs on (or the noun whose phrase holds it,
    when the parser hangs it on a party: "the 1982 war between X and Y, which ..."), or the subject of the verb a
    "when" clause dates ("the 1973 war began when ...")."""
    head = clause.head
    if clause.dep_ == "relcl":
        return [head, head.head.head] if head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN") else [head]
    if not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in kids(clause)):
        return []
    return [c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")]


def _own_point(clause: Token) -> bool:
    """Whether the clause names its own point in time ("for which X apologised on Monday"): news, not history."""
    return any(_POINT.search(t.text) for c in kids(clause) for t in (c, *kids(c)) if t.ent_type_ in ("DATE", "TIME"))


def dated_episode(noun: Token, day: dt.date) -> bool:
    """An episode noun dated by its own year in the distant past: "the 1994 genocide", "the war of 1982"."""
    if noun.lemma_.lower() not in _EPISODES and noun.lower_ not in _EPISODES:  # ("the 2018 shooting": a VBG)
        return False
    mods = [*kids(noun), *(g for c in kids(noun) if c.dep_ in ("compound", "poss") for g in kids(c))]
    # ("the 1982 Falklands war", "the 1984 miners' strike")
    for c in mods:
        dates = [c] if c.dep_ in _DATE_MODS and c.ent_type_ == "DATE" else [
            g for g in kids(c) if g.dep_ == "pobj" and g.ent_type_ == "DATE"] if c.dep_ == "prep" and \
            c.lower_ in ("of", "in") else []
        if any(_YEAR.search(d.text) and _distant(_phrase(d), day, "") for d in dates):
            return True
    return False


def _phrase(tok: Token) -> str:
    """The DATE entity around a token ('2014', 'two years ago', 'three decades')."""
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
    return ent.text if ent is not None else tok.text


def _distant(phrase: str, day: dt.date, prep: str) -> bool:
    if _DECADE.search(phrase):
        return True  # "in the 1990s"
    year = _YEAR.search(phrase)
    if year is not None:
        return distant_year(int(year.group()), day)  # "in 2014", "in March 2019" ("in 2022": news)
    if "ago" in phrase.lower():
        resolved = resolve_date(phrase, day)  # "six years ago" ("two years ago": news)
        return resolved is not None and distant_year(resolved.date.year, day)
    return prep in _SPANNING and _LONG_UNITS.search(phrase) is not None and \
        _THIS_YEAR.match(phrase) is None  # "for decades" ("largest in years"; "throughout the year" is news)
