"""The halves of a divided state named by their compass word: "the North" and "the South" in a story about the
Koreas ("Seoul condemned the North's missile launch"). Wire copy uses them as names once either Korea is named
(a pronoun-like reference); without that context ("the North of England", "the South") they are no actor."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from geoevents.coding.dictionaries import ActorDictionary, Entry
from geoevents.coding.tokens import span_rows

__all__ = ["HALVES", "halves"]

# the states whose halves wire copy names by a compass word, and the name of each half in the actor dictionary
HALVES: dict[frozenset[str], dict[str, str]] = {
    frozenset({"PRK", "KOR"}): {"North": "North Korea", "South": "South Korea"},
}


def halves(doc: Doc, named: Iterable[tuple[int, Entry]], d: ActorDictionary) -> list[tuple[int, Entry]]:
    """(token index, country entry) for each "the North" / "the South" of ``doc`` when the document names one of
    the divided state's halves (``named``: the dictionary's hits, by start token); a token already named or
    followed by another name ("the North Sea", "the South China Sea") is left alone."""
    keys = {e.key for _i, e in named if e.kind in ("country", "capital", "demonym")}
    taken = {i for i, _e in named}
    out: list[tuple[int, Entry]] = []
    for states, words in HALVES.items():
        if not keys & states:
            continue
        ids = {get_string_id(w): w for w in words}  # (the compass words found from the ORTH array: no Token per word)
        for tok in [doc[n] for n, (orth,) in enumerate(span_rows(doc[:], (ORTH,))) if orth in ids]:
            name = words.get(tok.text)
            if name is None or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.i in taken or (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                continue
            entry = d.proper.get(name)
            if entry is not None:
                out.append((tok.i, entry))
    return out
