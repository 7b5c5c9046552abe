"""Subjects the parser hangs on an auxiliary: in "Qatar said it was mediating between X and Y" the pronoun "it" is
sometimes attached to "was" (an ``aux`` of "mediating") instead of to the verb, which then has no subject. Such a
subject is re-attached to the verb the auxiliary serves (in place), as the parser does for "it had mediated"."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["repair_aux_subjects"]

_NSUBJ = get_string_id("nsubj")
_AUX_DEPS = frozenset({"aux", "auxpass"})


def repair_aux_subjects(doc: Doc) -> None:
    """Re-attach each subject hung on an auxiliary to the verb the auxiliary belongs to, when that verb has none."""
    for i in [n for n, dep in enumerate(doc.to_array(DEP).tolist()) if dep == _NSUBJ]:  # (no Token per word)
        subj = doc[i]
        aux = subj.head
        verb = aux.head
        if aux.dep_ in _AUX_DEPS and aux.pos_ == "AUX" and verb.pos_ == "VERB" and verb.i != aux.i and not any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            subj.head = verb
