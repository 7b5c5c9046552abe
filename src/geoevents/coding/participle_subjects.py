"""Subjects the parser hangs on a participle it took for a clausal subject: in "Polish farmers blocking the border
crossing were dispersed by police" the parser may read "blocking ..." as the passive's clausal subject
(``csubjpass``) with "farmers" as its own subject, so that "dispersed" has no subject noun. The noun is made the
verb's subject again and the participle a clause describing it (in place), as the parser reads "farmers who were
blocking ...". A true clausal subject ("Blocking the border was banned") has no subject noun and is left alone."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["repair_participle_subjects"]

_CLAUSAL = {get_string_id("csubjpass"): "nsubjpass", get_string_id("csubj"): "nsubj"}


def repair_participle_subjects(doc: Doc) -> None:
    """Re-attach the subject noun of a gerund read as a clausal subject to the verb, and the gerund to the noun."""
    for i in [n for n, dep in enumerate(doc.to_array(DEP).tolist()) if dep in _CLAUSAL]:  # (no Token per word)
        part = doc[i]
        verb = part.head
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
