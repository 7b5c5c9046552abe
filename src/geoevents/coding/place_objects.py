"""Place names the parser hangs off a verb as an adverb: "Kyiv recaptured Kupiansk", "the army retook Bakhmut"
are sometimes parsed with the name as the verb's ``advmod`` or ``npadvmod`` rather than its direct object. When a
verb of taking or striking ground has no object and a place name (or a lone name the tagger took for a person)
follows it at once, the name is re-attached as the direct object (in place), so the verb's rows read it."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["repair_place_objects"]

# verbs whose object is ground taken or struck: "recaptured Kupiansk", "shelled Kherson", "stormed Khartoum"
_GROUND_VERBS = frozenset({"capture", "recapture", "retake", "seize", "liberate", "regain", "reclaim", "overrun",
                           "occupy", "storm", "shell", "bomb", "besiege", "encircle", "raid"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "PERSON"})
_ADVERBIAL = frozenset({"advmod", "npadvmod"})
_ADVERBIAL_IDS = frozenset(get_string_id(d) for d in _ADVERBIAL)


def repair_place_objects(doc: Doc) -> None:
    """Re-attach a place name parsed as an adverb right after an objectless verb of ground as its object."""
    for i in [n for n, dep in enumerate(doc.to_array(DEP).tolist()) if dep in _ADVERBIAL_IDS]:  # (no Token per word)
        tok = doc[i]
        if _misparsed_place(tok):
            tok.dep_ = "dobj"


def _misparsed_place(tok: Token) -> bool:
    verb = tok.head
    return tok.dep_ in _ADVERBIAL and tok.pos_ == "PROPN" and tok.ent_type_ in _PLACE_ENTS and verb.i == tok.i - 1 \
        and verb.pos_ == "VERB" and verb.lemma_.lower() in _GROUND_VERBS and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
