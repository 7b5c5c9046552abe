"""Reported clauses the parser hangs on a noun of the attribution: in "X said in a post on X, formerly Twitter,
that Russia had launched 100 drones" the small parser may read "launched" as a relative clause of "Twitter". A
relative clause has no "that" of its own beside a subject ("that" is then its subject or object), so a clause
with the conjunction "that" and a subject of its own, hung as a relative clause on a noun reached from a verb of
saying through prepositions and appositions only ("in a post on X", "in a statement on Telegram, the app"), is
made that verb's reported clause (``ccomp``), as the parser reads "X said in a post that ..." (in place)."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from geoevents.coding.modality import REPORTING

__all__ = ["repair_stray_complements"]

_RELCL = get_string_id("relcl")
# the links from the attribution verb down to the noun the clause hangs on (", formerly Twitter," may be npadvmod)
_PATH_DEPS = frozenset({"prep", "pobj", "appos", "npadvmod"})
# nouns whose "that" clause is their own content ("the report that X attacked Y"), left to them
_CONTENT_NOUNS = frozenset({"report", "claim", "allegation", "statement", "assertion", "accusation", "evidence",
                            "fact", "news", "rumour", "rumor", "fear", "concern", "suggestion", "assurance", "view",
                            "belief", "warning", "charge", "impression", "sign", "indication", "promise", "pledge"})


def _saying_governor(noun: Token) -> Token | None:
    cur = noun
    for _ in range(6):
        if cur.dep_ not in _PATH_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur if cur.lemma_.lower() in REPORTING else None
    return None


def repair_stray_complements(doc: Doc) -> None:
    """Re-hang on the verb of saying a "that" clause with its own subject that the parser read as a relative clause
    of a noun in the attribution's prepositional phrases."""
    deps = doc.to_array(DEP).tolist()
    for n, dep in enumerate(deps):
        if dep != _RELCL:
            continue
        verb = doc[n]
        children = list(verb.children)
        if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in children) or not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in children):
            continue
        noun = verb.head
        if noun.lemma_.lower() in _CONTENT_NOUNS:
            continue
        said = _saying_governor(noun)
        if said is None or said.i > verb.i:
            continue
        verb.head = said
        verb.dep_ = "ccomp"
