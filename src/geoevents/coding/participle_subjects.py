"""Subjects the parser hangs on a participle it took for a clausal subject: in "Polish farmers blocking the border
crossing were dispersed by police" the parser may read "blocking ..." as the passive's clausal subject
(``csubjpass``) with "farmers" as its own subject, so that "dispersed" has no subject noun. The noun is made the
verb's subject again and the participle a clause describing it (in place), as the parser reads "farmers who were
blocking ...". A true clausal subject ("Blocking the border was banned") has no subject noun and is left alone.
A bare verb form that opens the sentence with only a noun's dependents ("Aid to Niger has been suspended by
France") is the noun the parser mistook for a verb: it is made the subject, tagged as a noun."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["repair_participle_subjects"]

_CLAUSAL = {get_string_id("csubjpass"): "nsubjpass", get_string_id("csubj"): "nsubj"}
_BARE = frozenset({"VB", "VBP"})
_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "prep", "punct"})


def _bare_noun(word: Token) -> bool:
    """Whether a bare verb form the parser made a clausal subject is a noun at the head of the sentence ("Aid to
    Niger has been suspended"): it opens its sentence and has only a noun's dependents (no subject, object,
    auxiliary or "to")."""
    return word.left_edge.i == word.sent.start and all(c.dep_ in _NOUN_MODIFIERS for c in word.children)


def repair_participle_subjects(doc: Doc) -> None:
    """Re-attach the subject noun of a gerund read as a clausal subject to the verb, and the gerund to the noun."""
    for i in [n for n, dep in enumerate(doc.to_array(DEP).tolist()) if dep in _CLAUSAL]:  # (no Token per word)
        part = doc[i]
        verb = part.head
        if part.tag_ in _BARE and verb.i != part.i and verb.pos_ in ("VERB", "AUX") and _bare_noun(part):
            part.dep_ = _CLAUSAL[get_string_id(part.dep_)]  # "Aid to Niger has been suspended by France": a noun
            part.pos_, part.tag_ = "NOUN", "NN"
            continue
        if part.tag_ != "VBG" or verb.i == part.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        kin = list(part.children)
        noun = next((c for c in kin if c.dep_ == "nsubj" and c.i < part.i and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or any(c.dep_ in ("aux", "auxpass", "mark") for c in kin):
            continue
        dep = _CLAUSAL[get_string_id(part.dep_)]
        noun.head = verb
        noun.dep_ = dep
        part.head = noun
        part.dep_ = "acl"
