"""What a pronoun or a group noun refers to: the previous subject, person or body, and the pair a phrase such as
"the two countries", "both sides" or "the allies" stands for."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from geoevents.coding.actors import ActorRecognizer, DocActors
from geoevents.models import Actor

__all__ = ["body_subject", "coordinated_group", "group_noun", "person_subject"]

_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "look", "take"})
# nouns that name a group of parties already mentioned: "the allies", "the two countries", "both sides"
_GROUP_NOUNS = frozenset({"ally", "country", "side", "neighbour", "neighbor", "nation", "government", "rival",
                          "partner", "capital", "state", "party"})


def person_subject(sent: Span, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> Actor | None:
    """The person who is the subject in this sentence (what a later 'he' or 'she' most likely means)."""
    last = None
    hits = {h.start: h for i in range(sent.start, sent.end) if (h := actors.by_token.get(i)) is not None}
    for _, h in sorted(hits.items()):
        if h.entry is None or h.entry.kind != "person":
            continue
        head = sent.doc[h.end - 1]
        if head.dep_ in ("nsubj", "nsubjpass"):
            last = recognizer.actor_of(head, actors, day) or last
    return last


def body_subject(sent: Span, actors: DocActors, day: dt.date, recognizer: ActorRecognizer,
                 previous: Actor | None) -> Actor | None:
    """The country or organisation that is the subject of the sentence's main clause (what a leading 'It' in the
    next sentence means); a leading 'It' keeps the previous one, and any other subject clears it."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ == "it" and subj.i == sent.start:
        # "It said ...": the same body as before; "It is unclear ...", "It seems ...": no body at all
        return None if sent.root.lemma_.lower() in _EXPLETIVE_HEADS else previous
    body = recognizer.actor_of(subj, actors, day)
    return body if body is not None and not body.is_person and not list(subj.conjuncts) else None


def group_noun(tok: Token) -> bool:
    """'the allies', 'the two countries', 'both sides', 'the two neighbours': a plural noun with no name of its
    own that refers back to parties named before."""
    if tok.lemma_.lower() not in _GROUP_NOUNS or tok.tag_ != "NNS":
        return False
    deps = {(c.dep_, c.lower_) for c in tok.children}
    if any(d in ("amod", "compound", "poss", "nmod", "prep", "relcl", "acl") and w not in ("two", "both")
           for d, w in deps):
        return False  # "Western allies", "its allies", "countries in the region": not a pair named before
    return bool({w for _, w in deps} & {"both", "two"}) or (("det", "the") in deps and tok.lemma_.lower() in ("ally",))


def coordinated_group(tokens: list[Token], actors: DocActors, day: dt.date,
                      recognizer: ActorRecognizer) -> list[Actor]:
    """The first group of two or more coordinated actors among ``tokens`` ('the United States and South Korea')."""
    for t in tokens:
        if t.i not in actors.by_token or t.dep_ == "conj" or not list(t.conjuncts):
            continue
        group = [a for g in (t, *t.conjuncts) if (a := recognizer.actor_of(g, actors, day)) is not None]
        if len({a.code for a in group}) > 1:
            return group
    return []
