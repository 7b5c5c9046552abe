"""What a pronoun at the start of a later sentence refers to: the previous subject, person or body."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from geoevents.coding.actors import ActorRecognizer, DocActors
from geoevents.models import Actor

__all__ = ["body_subject", "person_subject"]

_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "look", "take"})


def person_subject(sent: Span, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> Actor | None:
    """The person who is the subject in this sentence (what a later 'he' or 'she' most likely means)."""
    last = None
    for h in actors.hits_in(list(sent)):
        head = sent.doc[h.end - 1]
        if h.entry is not None and h.entry.kind == "person" and head.dep_ in ("nsubj", "nsubjpass"):
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
