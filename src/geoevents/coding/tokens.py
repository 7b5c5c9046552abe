"""Small readings of one token's place in the parse, shared by the coder's modules."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["first_conjunct"]


def first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` belongs to ("demanded a ceasefire and a withdrawal": the ceasefire), which
    carries the role in the clause the whole coordination has; ``tok`` itself when it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
