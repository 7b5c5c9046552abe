"""Small readings of one token's place in the parse, shared by the coder's modules."""

from __future__ import annotations

from typing import cast

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

__all__ = ["first_conjunct", "forget_kids", "kids", "span_rows"]

_KIDS = "geoevents.kids"
_ROWS = "geoevents.rows"


def kids(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, in the same order, from a table built once per document: each read of ``Token.children``
    builds every child Token anew, and the coder's rules read the children of the same words many times.

    The table is built from the parse as it is at the first call: whoever changes heads afterwards (the coder's
    parse repairs) calls ``forget_kids`` first."""
    doc = tok.doc
    table = doc.user_data.get(_KIDS)
    if table is None:
        table = doc.user_data[_KIDS] = _table(doc)
    found: tuple[Token, ...] = table[tok.i]
    return found


def forget_kids(doc: Doc) -> None:
    """Drop the children table and attribute rows of ``doc`` (after its parse changed, and when the coder is done
    with it)."""
    doc.user_data.pop(_KIDS, None)
    doc.user_data.pop(_ROWS, None)


def _table(doc: Doc) -> list[tuple[Token, ...]]:
    tokens = list(doc)
    lists: list[list[Token]] = [[] for _ in tokens]
    for i, offset in enumerate(doc.to_array(HEAD).tolist()):
        if offset:  # (a root is its own head: offset 0)
            lists[i + _signed(offset)].append(tokens[i])
    return [tuple(x) for x in lists]


def _signed(offset: int) -> int:
    """A HEAD offset from ``Doc.to_array`` (unsigned 64-bit) as the signed number it stands for."""
    return offset - (1 << 64) if offset >= 1 << 63 else offset


def span_rows(span: Span, attrs: tuple[int, ...]) -> list[list[int]]:
    """The ids of ``attrs`` (spaCy attribute ids) of each token of ``span``, from one array per document and set of
    attributes (kept with the children table, and forgotten with it): a rule that looks for a few words reads them
    from here and builds a Token only for those."""
    doc = span.doc
    tables: dict[tuple[int, ...], list[list[int]]] | None = doc.user_data.get(_ROWS)
    if tables is None:
        tables = doc.user_data[_ROWS] = {}
    rows = tables.get(attrs)
    if rows is None:
        array = doc.to_array(list(attrs)).reshape(len(doc), len(attrs))  # (one row a token, also for one attribute)
        rows = tables[attrs] = cast("list[list[int]]", array.tolist())
    return rows[span.start:span.end]


def first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` belongs to ("demanded a ceasefire and a withdrawal": the ceasefire), which
    carries the role in the clause the whole coordination has; ``tok`` itself when it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
