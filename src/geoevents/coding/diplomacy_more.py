"""Diplomatic wire constructions around visits (CAMEO 042/043).

- ``framed_meeting_partners``: a visit that frames the main clause ("Visiting Belgrade, X held talks with Y",
  "During a visit to Islamabad, X met Y"): the ones X met in the main clause are the visit's hosts, so the caller
  can add their 043 as it does for "X flew to Seoul for talks with Y".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.found import Found
from geoevents.coding.offers import offer_owner
from geoevents.coding.roles import stolen_subject
from geoevents.coding.second_events import whose_owner
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import MEETING_NOUNS, MEETING_VERBS
from geoevents.models import Actor

__all__ = ["clause_subject", "framed_meeting_partners", "mistagged_participle", "participle_visits"]

# prepositions by which a visit noun frames a clause ("during a visit to X", "on a trip to X")
_FRAME_PREPS = frozenset({"during", "on", "while"})


def _framed_clause(visit: Token) -> Token | None:
    """The main verb a visit trigger frames: a leading participle ('Visiting Belgrade, X met ...') or a visit noun
    in 'during / on a visit to ...' attached to the verb or to its subject; else None."""
    if visit.dep_ == "advcl" and visit.tag_ == "VBG" and visit.i < visit.head.i and visit.head.pos_ == "VERB":
        return visit.head
    prep = visit.head
    if visit.dep_ != "pobj" or prep.lower_ not in _FRAME_PREPS:
        return None
    holder = prep.head
    if holder.pos_ == "VERB":
        return holder
    if holder.dep_ == "nsubj" and holder.head.pos_ == "VERB":
        return holder.head  # "The minister, on a visit to Seoul, met ..."
    return None


def framed_meeting_partners(visit: Token) -> Iterator[Token]:
    """The tokens naming whom the visitor met in the clause a visit frames: the object of 'met / consulted Y' or
    the object of 'with' after 'held talks / a meeting'. Nothing for a visit that frames no meeting."""
    verb = _framed_clause(visit)
    if verb is None:
        return
    lemma = verb.lemma_.lower()
    if lemma not in MEETING_VERBS:
        return
    for c in kids(verb):
        if c.dep_ == "dobj" and lemma != "hold":
            yield c
        elif c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS:
            yield from (g for p in kids(c) if p.dep_ == "prep" and p.lower_ == "with"
                        for g in kids(p) if g.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ == "with" and lemma == "meet":
            yield from (g for g in kids(c) if g.dep_ == "pobj")


# leading participles the tagger may glue onto a place as a proper noun ("Visiting Kyiv, X met Y": NNP compound)
_LEADING_PARTICIPLES = frozenset({"visiting", "touring", "meeting", "speaking", "addressing", "arriving"})
_VISITING = frozenset({"visiting", "touring"})
# nouns of a declared readiness whose infinitive is the declarer's own act ("expressed willingness to host talks")
_READINESS = frozenset({"readiness", "willingness", "preparedness"})


def mistagged_participle(subj: Token) -> bool:
    """'Visiting Kyiv, the minister met Y' parsed as a second subject 'Visiting Kyiv': a subject opening the
    sentence with such a participle glued on as a compound, followed by the clause's real subject."""
    first = next(subj.lefts, None)  # (the cheap facts first: most subjects have no such left child)
    return first is not None and first.lower_ in _LEADING_PARTICIPLES and first.dep_ == "compound" and \
        first.i == subj.sent.start and any(c.dep_ == "nsubj" and c.i > subj.i for c in kids(subj.head))


def _participle_appositive(subj: Token, verb: Token) -> Token | None:
    """'Asked about a swap with Minsk, a Lithuanian spokeswoman declined to comment': the parser reads the leading
    participle phrase as the subject and the real subject as an appositive of its last name; that appositive,
    set off by a comma right before the verb (or its auxiliaries), is the subject."""
    if subj.dep_ != "csubj" or subj.tag_ not in ("VBN", "VBG") or subj.i != subj.sent.start:
        return None
    doc = verb.doc
    for t in subj.subtree:
        if t.dep_ == "appos" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and \
                t.right_edge.i < verb.i and all(w.dep_ in ("aux", "auxpass", "advmod", "neg")
                                                for w in doc[t.right_edge.i + 1:verb.i]):
            return t
    return None


def clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` (nsubj or csubj, passing over a mis-tagged leading participle phrase), else the
    subject a clause stole (``stolen_subject``)."""
    subjects = [c for c in kids(verb) if c.dep_ in ("nsubj", "csubj") and not mistagged_participle(c)]
    marks = [c.i for c in kids(verb) if c.dep_ == "mark"]
    if len(subjects) > 1 and any(subjects[0].i < m < subjects[1].i for m in marks):
        # '"...," said X after Y torched homes': X is the inverted speaker's subject, the clause's own comes after
        # its conjunction
        subjects = subjects[1:]
    for c in subjects[:1]:
        return _participle_appositive(c, verb) or whose_owner(c)  # ("X, whose troops took Y": X)
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _READINESS and verb.head.dep_ == "dobj" and \
            offer_owner(verb) is None:  # (not "X welcomed Y's readiness to V": Y's, see offers)
        return clause_subject(verb.head.head)  # "X signalled willingness to meet Y": X is the one to meet Y
    return stolen_subject(verb)


def participle_visits(found: list[Found], seen: set[tuple[str, str, str]],
                      place_country: Callable[[Token], Actor | None]) -> list[Found]:
    """'Visiting Kyiv, X met Y' (the participle mis-tagged as a second subject): X > Ukraine 042 as well."""
    out = list(found)
    for f in found:
        verb = f.trigger
        glued = next((c for c in kids(verb) if c.dep_ == "nsubj" and mistagged_participle(c)), None)
        if glued is None or verb.pos_ != "VERB" or next(glued.lefts).lower_ not in _VISITING:
            continue
        place = place_country(glued)
        if place is None or not place.country_code or place.country_code == f.source.country_code:
            continue
        key = ("042", f.source.code, place.code)
        if key not in seen:
            seen.add(key)
            out.append(replace(f, code="042", realised_code="042", target=place,
                               confidence=round(f.confidence * 0.9, 3)))
    return out
