"""Names the parser reads as verbs: "ECOWAS imposed sanctions on Niger" is parsed with "ECOWAS" as the root verb
and "imposed" as an adjective of "sanctions", "IGAD condemned the RSF" with "IGAD" as an auxiliary and "Belize
accused Guatemala" with "Belize" as the verb, while "NATO imposed sanctions" parses as subject and verb. A known
name (a dictionary phrase of one capitalised word, mostly all-caps acronyms) that opens a clause, is read as a verb
or auxiliary and is followed by a verb is given the parse of the same sentence with a name the parser knows in its
place."""

from __future__ import annotations

from collections.abc import Container

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = ["repair_misread_names"]

# a one-word name the parser reads as a name in any position: the stand-in for the misread acronym
_STAND_IN = "NATO"
_VERB_DEPS = frozenset({"aux", "auxpass", "ROOT", "advcl", "ccomp", "conj", "xcomp", "amod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERB_TAG_IDS = frozenset(get_string_id(t) for t in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"))
_VERB_DEP_IDS = frozenset(get_string_id(d) for d in ("aux", "auxpass", "ROOT"))


def repair_misread_names(doc: Doc, nlp: Language, names: Container[str], name_ids: Container[int]) -> None:
    """Re-parse (in place) each sentence of ``doc`` whose opening name in ``names`` was read as a verb
    (``name_ids``: the string ids of the one-word names)."""
    if not _verb_names(doc, name_ids):
        return  # (most documents: no name read as a verb, found from the tag and dependency arrays)
    for sent in list(doc.sents):
        tok = _misread(sent, names)
        if tok is not None:
            _reparse(sent, tok, nlp)


def _verb_names(doc: Doc, name_ids: Container[int]) -> bool:
    """Whether some one-word name is tagged or attached as a verb (read from arrays: no Token or string per word)."""
    names = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in name_ids]
    return any(doc[i].tag in _VERB_TAG_IDS or doc[i].dep in _VERB_DEP_IDS for i in names)


def _misread(sent: Span, names: Container[str]) -> Token | None:
    """The name the parser took for a verb (or for the root before a verb) at the start of ``sent`` or right after
    its first comma ("On Monday, ECOWAS imposed ..."), else None."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    comma = next((t for t in sent[:8] if t.text == ","), None)  # (an opening phrase: "On Monday, ECOWAS ...")
    for tok in (first, comma.nbor() if comma is not None and comma.i + 1 < sent.end else None):
        if tok is not None and len(tok.text) >= 2 and tok.text[0].isupper() and tok.is_alpha and tok.text in names and (
                tok.tag_.startswith("VB") or tok.tag_ == "MD" or tok.dep_ in ("aux", "auxpass", "ROOT")) and \
                tok.dep_ in _VERB_DEPS and tok.i + 1 < sent.end and tok.nbor().tag_ in ("VBD", "VBN", "VBZ", "VBP"):
            return tok
    return None


def _reparse(sent: Span, tok: Token, nlp: Language) -> None:
    words = [t.text for t in sent]
    words[tok.i - sent.start] = _STAND_IN
    spaces = [bool(t.whitespace_) for t in sent]
    fixed = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    stand_in = fixed[tok.i - sent.start]
    if stand_in.dep_ not in _SUBJECTS and not (stand_in.dep_ == "conj" and stand_in.head.dep_ in _SUBJECTS):
        return  # the stand-in does not mend the parse: leave the sentence as it was
    if any(t.head.i != t.i and not 0 <= t.head.i < len(fixed) for t in fixed) or \
            sum(1 for t in fixed if t.head.i == t.i) != 1:
        return  # (one tree over the same words only)
    base = sent.start
    for old, new in zip(sent, fixed, strict=True):
        old.head = sent.doc[base + new.head.i]
        old.dep_, old.tag_, old.pos_ = new.dep_, new.tag_, new.pos_
        if old.i != tok.i:
            old.lemma_ = new.lemma_
    tok.tag_, tok.pos_ = "NNP", "PROPN"
