"""Subordinate clauses and wire constructions: who the arguments of a clause outside the main one are.

- ``participle_referent``: "Nicaragua expelled the Vatican's envoy, accusing him of meddling": the pronoun object
  of a trailing participle is the object of the verb the participle belongs to (the envoy).
- ``framed_subject``: "While visiting Nairobi, Modi signed ...", "X praised Y while visiting Z": a subjectless
  participle after a time conjunction is done by the subject of the active clause it frames (what a passive one's
  subject was doing, "X was shot while giving a speech", is the circumstance of what befell X).
- ``group_antecedent``: "Israel struck Hezbollah positions after the group fired rockets", "a Houthi spokesman said
  the group had fired ...": a bare "the group" / "the militants" subject is the armed group the sentence named before.
- ``obliged``: '"Russia must withdraw its troops," X said': what someone must do is an obligation, not a deed.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from geoevents.coding.actors import DocActors
from geoevents.coding.roles import direct_object
from geoevents.coding.tokens import first_conjunct
from geoevents.coding.wire import participial_head

__all__ = ["framed_subject", "group_antecedent", "obliged", "participle_referent"]

# object pronouns of people and groups that refer back to the main clause's object ("..., accusing them of spying")
_BACK_PRONOUNS = frozenset({"him", "her", "them"})
# auxiliaries of what someone is bound to do, not what was done ("Russia must withdraw", "Seoul ought to ...")
_OBLIGING = frozenset({"must", "ought"})
# participles whose "it" object is a body the main clause acted on (", accusing it of ..."), not a thing named
_BLAMING = frozenset({"accuse", "blame", "charge"})
# time conjunctions that open a subjectless participle ("while visiting Kyiv", "when meeting Xi")
_FRAME_MARKS = frozenset({"while", "whilst", "when", "after", "before", "since", "once", "upon", "until"})
# nouns that, bare with "the", refer back to an armed group named before ("after the group fired rockets")
_GROUP_WORDS = frozenset({"group", "militia", "movement", "organisation", "organization", "faction", "outfit",
                          "militant", "rebel", "insurgent", "fighter", "jihadist", "guerrilla"})


def participle_referent(verb: Token) -> Token | None:
    """For a trailing participle whose object is a pronoun ('expelled three diplomats, accusing them of ...'), the
    object of the verb it belongs to, else None."""
    head = participial_head(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if head is None or obj is None or (obj.lower_ not in _BACK_PRONOUNS and not (
            obj.lower_ == "it" and verb.lemma_.lower() in _BLAMING)):  # (", accusing it of": a body; "calling it")
        return None
    referent = direct_object(head)
    if referent is None or (obj.lower_ == "them") != (referent.tag_ in ("NNS", "NNPS") or bool(referent.conjuncts)):
        return None  # the pronoun agrees in number with what it stands for ("expelled the envoy, accusing them")
    return referent


def framed_subject(verb: Token) -> Token | None:
    """The subject of the clause a subjectless participle with a time conjunction frames ('while visiting X')."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in
                                                         verb.children) or not any(
            c.dep_ == "mark" and c.lower_ in _FRAME_MARKS for c in verb.children):
        return None
    # (an active clause only: "X was shot while giving a speech" tells the circumstance of what befell X)
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lower_ not in ("who", "which", "that") else None


def obliged(pred: Token) -> bool:
    """A predicate of an obligation ('X must withdraw', 'Y ought to free them'): nothing done yet."""
    clause = first_conjunct(pred)  # "must withdraw its troops and stop the shelling"
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in (*pred.children, *clause.children))


def group_antecedent(subj: Token | None, actors: DocActors, armed: Callable[[Token], bool]) -> Token | None:
    """For a subject 'the group' / 'the militants' (a bare definite group noun that names no one itself), the
    nearest actor before it in the sentence that ``armed`` accepts (an armed group), else None."""
    if subj is None or subj.lemma_.lower() not in _GROUP_WORDS or subj.i in actors.by_token or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nummod", "nmod", "prep", "acl", "relcl") for c in subj.children):
        return None
    for i in range(subj.i - 1, subj.sent.start - 1, -1):
        hit = actors.by_token.get(i)
        if hit is not None and hit.end - 1 == i and armed(subj.doc[i]):
            return subj.doc[i]
    return None

