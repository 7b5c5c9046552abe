"""Small readings of one token's place in the parse, shared by the coder's modules."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["first_conjunct", "span_rows"]


def span_rows(span: Span, attrs: list[int]) -> list[list[int]]:
    """The ids of ``attrs`` (spaCy attribute ids) of each token of ``span``, read as one array: a rule that looks for
    a few words reads them from here and builds a Token only for those (each Token a Python object built anew)."""
    rows: list[list[int]] = span.to_array(attrs).tolist()  # type: ignore[attr-defined]  # (missing from the stubs)
    return rows


def first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` belongs to ("demanded a ceasefire and a withdrawal": the ceasefire), which
    carries the role in the clause the whole coordination has; ``tok`` itself when it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
