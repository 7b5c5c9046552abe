"""Objects the parser takes for a second subject of a trailing attribution: in "Britain and Canada announced
sanctions against four settlers accused of violence, the foreign offices said" the parser may make "sanctions" a
subject of "said" (which already has "offices" for its subject) and "said" a clause of "announced", which is left
with no object. The first noun is made the object of the verb it follows again, and the attribution a clause
beside it (``parataxis``), as the parser reads "X announced sanctions on Y, officials said" (in place)."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["repair_double_subjects"]

_NSUBJ = get_string_id("nsubj")
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})


def repair_double_subjects(doc: Doc) -> None:
    """Give back to a transitive verb the object noun the parser hung as a first subject on the attribution verb
    that follows it, when that attribution verb has a subject of its own after the comma."""
    deps = doc.to_array(DEP).tolist()
    subjects = [n for n, dep in enumerate(deps) if dep == _NSUBJ]  # (no Token per word)
    if len(subjects) < 2:
        return
    heads: dict[int, list[int]] = {}
    for n in subjects:
        heads.setdefault(doc[n].head.i, []).append(n)
    for said_i, subj_ids in heads.items():
        if len(subj_ids) < 2:
            continue
        said = doc[said_i]
        first, second = doc[subj_ids[0]], doc[subj_ids[-1]]
        verb = said.head
        if said.dep_ != "ccomp" or verb.pos_ != "VERB" or not verb.i < first.i < second.i < said.i or \
                first.pos_ != "NOUN" or first.left_edge.i != verb.i + 1 or \
                any(c.dep_ in _OBJECT_DEPS and c.i != said.i for c in verb.children) or \
                not any(t.text == "," for t in doc[first.right_edge.i:second.left_edge.i + 1]):
            continue
        first.head = verb
        first.dep_ = "dobj"
        said.dep_ = "parataxis"
