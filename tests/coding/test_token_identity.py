"""spaCy builds a new ``Token`` object on every access (``doc[i]``, ``tok.head``), so ``a is b`` between tokens is
false even for the same word. The coder compares tokens by index; this test keeps ``is`` out of its comparisons
(except with constants and the few module-level tables compared on purpose)."""

from __future__ import annotations

import ast
from pathlib import Path

import spacy

import geoevents

# comparisons of objects that are not tokens (a dictionary hit, a table, a set), by identity on purpose
ALLOWED = frozenset({"h is not person", "table is ATTACK_MEANS", "preps is OBLIQUE_PREPS"})


def test_tokens_are_new_objects_on_each_access() -> None:
    doc = spacy.blank("en")("Seoul protested")
    assert doc[0] is not doc[0] and doc[0] == doc[0] and doc[1].head.i == doc[1].i


def test_no_identity_comparison_of_tokens() -> None:
    found = []
    for path in sorted((Path(geoevents.__file__).parent / "coding").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(
                    isinstance(op, ast.Is | ast.IsNot) and not isinstance(right, ast.Constant)
                    for op, right in zip(node.ops, node.comparators, strict=True)):
                text = ast.unparse(node)
                if text not in ALLOWED:
                    found.append(f"{path.name}:{node.lineno}: {text}")
    assert found == []
