"""The halves of a divided state named by their compass word: "the North" and "the South" in a story about the
Koreas ("Seoul condemned the North's missile launch"). Wire copy uses them as names once either Korea is named
(a pronoun-like reference); without that context ("the North of England", "the South") they are no actor."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from geoevents.coding.dictionaries import ActorDictionary, Entry
from geoevents.coding.tokens import span_rows

__all__ = ["HALVES", "halves", "shared_partner"]

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


# modifiers that name the relations of a pair of states: "the inter-Korean hotline", "cross-strait talks"
_PAIR_WORDS: dict[tuple[str, str], frozenset[str]] = {
    ("inter", "korean"): frozenset({"PRK", "KOR"}),
    ("cross", "strait"): frozenset({"CHN", "TWN"}),
}


def shared_partner(noun: Token, source_iso: str | None) -> str | None:
    """The other state of a pair whose relations a modifier of ``noun`` names, when the source is one of them:
    "North Korea cut off the inter-Korean hotline" (South Korea), "Beijing suspended cross-strait flights"
    (Taiwan); None otherwise."""
    doc = noun.doc
    for c in doc[noun.left_edge.i: noun.i]:
        words = [t.lower_ for t in doc[max(c.i - 2, noun.left_edge.i): c.i + 1] if t.text != "-"]
        parts = words[-2:] if len(words) >= 2 else c.lower_.split("-", 1)
        # ("inter - Korean" as three tokens, or "inter-Korean" as one)
        pair = _PAIR_WORDS.get((parts[0], parts[-1])) if len(parts) == 2 else None
        if pair is not None and source_iso in pair:
            return next(iter(pair - {source_iso}))
    return None
