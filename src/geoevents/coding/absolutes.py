"""Absolute clauses the parser reads as one noun phrase: "..., with Israeli artillery pounding villages in Lebanon",
"..., with the army bombing RSF positions near the airport". After a comma and "with", a noun phrase, a word in
"-ing" whose verb some pattern names, and a second noun phrase are re-attached as subject, participle and object
(the participle the complement of "with", as the parser reads "with Israeli troops shelling the camp"), so the
participle's rows read the act as they do in a sentence."""

from __future__ import annotations

from collections.abc import Container

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["repair_absolutes"]

_WITH = get_string_id("with")

_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
_OBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
# nouns that an "-ing" word modifies as a noun of its own ("with the army bombing campaign"): no object
_ACT_NOUNS = frozenset({"campaign", "campaigns", "raid", "raids", "run", "runs", "mission", "missions", "operation",
                        "operations", "attack", "attacks", "spree", "wave", "season", "program", "programme"})


def repair_absolutes(doc: Doc, verbs: Container[str]) -> None:
    """Re-attach each misread absolute clause of ``doc`` (in place); ``verbs`` holds the lemmas patterns name."""
    for i in [n for n, low in enumerate(doc.to_array(LOWER).tolist()) if low == _WITH]:  # (no Token per word)
        tok = doc[i]
        if tok.dep_ == "prep" and tok.i > 0 and doc[tok.i - 1].text == "," and not any(
                t.pos_ in ("VERB", "AUX") and t.dep_ == "pcomp" for t in tok.subtree):
            found = _clause(doc, tok, verbs)
            if found is not None:
                _attach(tok, *found)


def _verb_lemma(tok: Token, verbs: Container[str]) -> str | None:
    low = tok.lower_
    if len(low) < 6 or not low.endswith("ing"):
        return None
    if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
        return tok.lemma_.lower()
    stem = low[:-3]
    candidates = [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    return next((c for c in candidates if c in verbs), None)


def _clause(doc: Doc, with_: Token, verbs: Container[str]) -> tuple[list[Token], Token, str, list[Token]] | None:
    """(the subject phrase, the participle, its lemma, the object phrase) after "with", else None."""
    subject: list[Token] = []
    i = with_.i + 1
    while i < len(doc) and doc[i].pos_ in _SUBJECT_POS and _verb_lemma(doc[i], verbs) is None:
        subject.append(doc[i])
        i += 1
    if i >= len(doc) or not subject or subject[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    verb = doc[i]
    lemma = _verb_lemma(verb, verbs)
    if lemma is None:
        return None
    obj: list[Token] = []
    i += 1
    while i < len(doc) and doc[i].pos_ in _OBJECT_POS and doc[i].sent.start == with_.sent.start:
        obj.append(doc[i])
        i += 1
    nouns = [t for t in obj if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or nouns[-1].lower_ in _ACT_NOUNS:
        return None
    return subject, verb, lemma, obj[: obj.index(nouns[-1]) + 1]


def _attach(with_: Token, subject: list[Token], verb: Token, lemma: str, obj: list[Token]) -> None:
    subj, head = subject[-1], obj[-1]
    verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = with_, "pcomp", "VERB", "VBG", lemma
    subj.head, subj.dep_ = verb, "nsubj"
    head.head, head.dep_ = verb, "dobj"
    for phrase, root in ((subject[:-1], subj), (obj[:-1], head)):
        for t in phrase:
            t.head = root
            t.dep_ = "det" if t.pos_ == "DET" else "amod" if t.pos_ == "ADJ" else "nummod" if t.pos_ == "NUM" \
                else "compound"
