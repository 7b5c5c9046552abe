"""Lists of names the parser reads as an apposition: in "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan" or
"Mali, Burkina Faso, Niger and Chad" the small English parser often hangs the second name on the first as its
``appos`` and the rest on the second as ``conj``, so the first name's conjuncts miss the rest of the list and the
list's parties are lost. A proper-noun apposition right after a comma that itself heads a coordination closed by
"and" / "or" is the list's second member: it is relabelled ``conj`` (in place). A true apposition names its head
again ("Vladimir Putin, Russia's president"; "the capital, Kyiv"), with no list of names after it.

In a list of titled names as a subject ("Greek Prime Minister A, Cypriot President B and Egyptian President C held
...") the parser may hang the first name on the verb as a loose modifier and make the second the subject: the first
name is made the subject and the second its conjunct (in place). In "The EU's Josep Borrell and Turkey's Hakan Fidan
discussed ..." it may read the first name and the second owner as a coordination modifying the second name: the
first name takes the second's place, the second becomes its conjunct and the second owner the second's possessor."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["repair_list_appositions"]

_APPOS_ID = get_string_id("appos")
# entity types of names that are not parties ("Monday, May 6 and ...", "2,000, 3,000 and ...")
_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def repair_list_appositions(doc: Doc) -> None:
    """Relabel as ``conj`` each proper-noun apposition that is the second member of a list of names; make a loose
    first name before a listed subject the list's head."""
    deps = doc.to_array(DEP).tolist()
    for i in [n for n, dep in enumerate(deps) if dep == _APPOS_ID]:  # (no Token per word)
        tok = doc[i]
        if _listed(tok):
            tok.dep_ = "conj"
    for i in [n for n, dep in enumerate(deps) if dep in _MODIFIER_IDS]:
        first = doc[i]
        owner = _owner_of_second(first)
        if owner is not None:
            second = first.head
            first.head, first.dep_ = second.head, second.dep_
            second.head, second.dep_ = first, "conj"
            owner.head, owner.dep_ = second, "poss"
    for i in [n for n, dep in enumerate(deps) if dep in _LOOSE_IDS]:
        first = doc[i]
        listed = _listed_subject(first)
        if listed is not None:
            first.dep_ = listed.dep_
            listed.head, listed.dep_ = first, "conj"


_MODIFIER_IDS = frozenset(get_string_id(d) for d in ("nmod", "compound"))
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _owner_of_second(first: Token) -> Token | None:
    """In "X's A and Y's B <verb>" read as [A and Y]'s B: Y (the conjunct of the name A that modifies B), else None."""
    second = first.head
    if first.pos_ != "PROPN" or first.ent_type_ != "PERSON" or second.pos_ != "PROPN" or second.i <= first.i or \
            second.dep_ not in _ARGUMENTS or second.head.i == second.i:
        return None
    owner = next((c for c in first.children if c.dep_ == "conj" and first.i < c.i < second.i), None)
    if owner is None or owner.pos_ != "PROPN" or not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return None
    case = next((c for c in owner.children if c.dep_ == "case" and c.lower_ in ("'s", "'")), None)
    if case is None or any(t.dep_ not in ("compound", "flat") or t.head.i != second.i
                           for t in first.doc[case.i + 1:second.i]):
        return None  # (only the second name's own words lie between the owner and it)
    return owner


_LOOSE_IDS = frozenset(get_string_id(d) for d in ("npadvmod", "dep", "nsubj"))
_NAMES = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def _listed_subject(first: Token) -> Token | None:
    """The subject that is the second member of a list whose first name ``first`` the parser hung loose on the verb
    ("A, B and C held ...", or two subjects), else None."""
    verb = first.head
    if first.pos_ != "PROPN" or first.ent_type_ not in _NAMES or verb.i == first.i or verb.i < first.i:
        return None
    comma = first.i + 1
    if comma >= len(first.doc) or first.doc[comma].text != "," or first.right_edge.i != first.i:
        return None
    second = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == comma + 1), None)
    if second is None or second.pos_ != "PROPN" or second.ent_type_ not in _NAMES:
        return None
    members = [second, *second.conjuncts]
    return second if len(members) > 1 and any(
        c.dep_ == "cc" and c.lower_ in ("and", "or") for m in members for c in m.children) else None


def _listed(tok: Token) -> bool:
    head = tok.head
    start = tok.left_edge.i
    if start < 2 or tok.doc[start - 1].text != "," or head.i != start - 2:
        return False  # (the head is the name right before the comma)
    if tok.pos_ != "PROPN" or head.pos_ != "PROPN" or tok.ent_type_ in _NOT_PARTIES or head.ent_type_ in _NOT_PARTIES:
        return False
    members = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
    if len(members) < 2:
        return False
    return any(c.dep_ == "cc" and c.lower_ in ("and", "or") for m in members for c in m.children)
