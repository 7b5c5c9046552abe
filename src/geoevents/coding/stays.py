"""Visits told as a stay: the visitor is the subject of a copula or of the clause a visit frames (CAMEO 042).

- ``stay_subject``: "X is on a three-day visit to Y", "X was in Y for talks with Z", "On his visit to Y, X said
  ...", "X said on a trip to Y that ...": the visit or meeting noun has no owner of its own; its doer is the
  subject of the copula it hangs on, or of the clause a leading (or following) "on a visit" frames.
  "X engaged in / entered into / took part in talks with Y": X is the one who talks.
- ``stays``: "X is in Y for talks", "X is in Y on a state visit": X > Y 042 (the place is the copula's);
  "X is due / expected in Y", "X will be in Y for talks": a visit that is due (036).
- ``hosted_between``: "X hosted talks between A and B": X > A, X > B 043, with no visit of A or B implied.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from geoevents.coding.tokens import kids, span_rows
from geoevents.coding.vocab import MEETING_NOUNS

__all__ = ["hosted_between", "stay_subject", "stays"]

VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stopover", "visitation"})
# "is in Seoul for talks / on a visit": the purpose or the kind of stay the copula names
_STAY_PREPS = frozenset({"on", "for"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in kids(verb) if c.dep_ == "nsubj"), None)


def stay_subject(tok: Token) -> Token | None:
    """The visitor of a visit noun ('on a visit to Y') or meeting noun ('for talks with Z') that hangs on a copula
    with a subject ('X is on a visit to Y', 'X is in Y for talks') or, for a visit noun, on a verb it frames
    ('On his visit to Y, X said', 'X said on a visit to Y', 'X, on a visit to Y, said'); else None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ in _JOINING_PREPS:
        return _joiner(tok, prep)
    if prep.lower_ not in _STAY_PREPS:
        return _participle_doer(tok, prep)
    lemma = tok.lemma_.lower()
    visit = lemma in VISIT_NOUNS and prep.lower_ == "on"
    if not visit and lemma not in MEETING_NOUNS and lemma not in VISIT_NOUNS:
        return None
    holder = prep.head
    if holder.lemma_.lower() == "be" and holder.dep_ not in ("aux", "auxpass"):
        if prep.lower_ == "for" and _place(holder) is None:
            return None  # "X is for talks with Y": in favour of them, no stay
        return _subject(holder)  # "X is on a visit to Y", "X was in Y for talks with Z"
    if not visit:
        return None
    if holder.pos_ == "VERB":  # "On his visit to Baku, X said", "X said on a visit to Y that"
        return _subject(holder) or _participle_doer(tok, prep)  # "Speaking on a visit to Y, X said"
    if holder.dep_ == "nsubj" and holder.head.pos_ == "VERB":
        return holder  # "The minister, on a visit to Seoul, said"
    return None


_FRAMING_PREPS = frozenset({"on", "during", "after", "following", "at", "in", "while"})


def _participle_doer(tok: Token, prep: Token) -> Token | None:
    """'Speaking after talks with Y, X said', 'Speaking on a visit to Y, X praised': the frame hangs on a leading
    participle with no subject of its own; the doer is the subject of the clause the participle opens."""
    holder = prep.head
    if prep.lower_ not in _FRAMING_PREPS or holder.dep_ != "advcl" or holder.tag_ not in ("VBG", "VBN") or \
            holder.i > tok.i or tok.lemma_.lower() not in MEETING_NOUNS | VISIT_NOUNS or _subject(holder) is not None:
        return None
    return _subject(holder.head) if holder.head.pos_ in ("VERB", "AUX") else None


# "X engaged in / entered into / took part in talks with Y": X is the one who talks
_JOINING_PREPS = frozenset({"in", "into"})
_JOINING = frozenset({"engage", "enter", "participate", "take", "join"})


def _joiner(tok: Token, prep: Token) -> Token | None:
    """The subject of 'engaged in / entered into / took part in' whose object is a meeting noun, else None."""
    holder = prep.head
    lemma = holder.lemma_.lower()
    if tok.lemma_.lower() not in MEETING_NOUNS or lemma not in _JOINING or holder.pos_ != "VERB":
        return None
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids(holder)):
        return None  # ("took part in"; "took X in talks" is no taking part)
    return _subject(holder)


_LOCATIVE = frozenset({"in", "at"})
_DUE = frozenset({"due", "expected"})
_DUE_IDS = frozenset(get_string_id(w) for w in _DUE)
_POBJ = get_string_id("pobj")
_UNSURE = frozenset({"may", "might", "could", "would", "should", "must", "can"})


def _place(holder: Token) -> Token | None:
    """The object of the holder's 'in / at' phrase ('is in Baghdad', 'is due in Manila')."""
    return next((g for c in kids(holder) if c.dep_ == "prep" and c.lower_ in _LOCATIVE
                 for g in kids(c) if g.dep_ == "pobj"), None)


def _asserted(be: Token) -> bool | None:
    """Whether a copula asserts a stay (False: one that is due, 'will be in Y'); None when it is negated or hedged."""
    aux = {c.lower_ for c in kids(be) if c.dep_ in ("aux", "neg")}
    if aux & _UNSURE or aux & {"not", "n't", "never"}:
        return None
    return "will" not in aux


def stays(sent: Span) -> Iterator[tuple[Token, Token, Token, Token, bool]]:
    """(trigger, copula, subject, place, due) of each stay a copula tells: 'X is in Y for talks / on a visit' (due when
    'X will be in Y for talks'), 'X is due / expected in Y' (due)."""
    doc = sent.doc  # (the words a stay can hang on, found from one array: no Token for the others)
    for tok in [doc[sent.start + n] for n, (low, dep) in enumerate(span_rows(sent, (LOWER, DEP)))
                if low in _DUE_IDS or dep == _POBJ]:
        low = tok.lower_
        if low in _DUE and not any(c.dep_ in ("xcomp", "ccomp") for c in kids(tok)):
            be = tok.head if tok.dep_ == "acomp" else tok  # "X is due in Y", "X is expected in Y" (passive)
            subj = next((c for c in kids(be) if c.dep_ in ("nsubj", "nsubjpass")), None)
            place = _place(tok)
            past = any(t.tag_ == "VBD" for t in (be, *kids(be)) if t.i == be.i or t.dep_ in ("aux", "auxpass"))
            if subj is not None and place is not None and (tok.dep_ == "acomp" or tok.tag_ == "VBN") and \
                    not past and _asserted(be) is not None:  # ("was expected in Y but ...": not a visit due now)
                yield tok, be, subj, place, True
        elif tok.dep_ == "pobj" and tok.lemma_.lower() in VISIT_NOUNS | MEETING_NOUNS and \
                tok.head.lower_ in _STAY_PREPS:
            be = tok.head.head
            if be.lemma_.lower() != "be" or be.dep_ in ("aux", "auxpass"):
                continue
            subj, place, real = _subject(be), _place(be), _asserted(be)
            if subj is not None and place is not None and real is not None:
                yield tok, be, subj, place, not real


def hosted_between(verb: Token) -> bool:
    """'X hosted talks between A and B': the host is coded towards each party (043), which is no visit of theirs
    to be implied (coding_gold.md: hosted or mediated talks are coded for the host, not as the parties' trips)."""
    return any(c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ in ("between", "among") for p in kids(c))
               for c in kids(verb))
