"""The per-document tables the coder's rules read instead of spaCy's per-call Token objects: they must give what
spaCy gives, and be rebuilt when the parse changes."""

from __future__ import annotations

import pytest

from geoevents.coding.tokens import forget_kids, kids, span_rows

TEXTS = [
    "The United States and South Korea, along with Japan, have condemned the launch, officials said on Tuesday.",
    "Hello. Rebels shelled the town overnight; at least six people were killed, the army said!",
    "",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from geoevents.nlp import load_nlp
    from geoevents.settings import Settings

    return load_nlp(Settings.from_env({}).spacy_model)


def test_kids_are_the_children(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in TEXTS:
        doc = nlp(text)
        assert [[c.i for c in kids(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
        forget_kids(doc)


def test_kids_follow_a_changed_parse_only_after_forget(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXTS[1])
    verb = next(t for t in doc if t.lower_ == "shelled")
    obj = next(t for t in doc if t.lower_ == "town")
    assert obj in kids(verb)
    obj.head = doc[0]  # a repair moves the object
    assert obj in kids(verb)  # (the table is as it was built: stale until forgotten)
    forget_kids(doc)
    assert obj not in kids(verb) and obj in kids(doc[0])


def test_span_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.attrs import DEP, LOWER

    doc = nlp(TEXTS[0])
    span = doc[3:9]
    assert span_rows(span, (LOWER, DEP)) == [[t.lower, t.dep] for t in span]
    assert span_rows(doc[:], (DEP,)) == [[t.dep] for t in doc]
    doc[4].head = doc[0]
    forget_kids(doc)  # (the rows are read anew after a change)
    assert span_rows(span, (DEP,))[1] == [doc[4].dep]

