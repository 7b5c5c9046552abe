"""Actor names that modify another actor rather than act.

- ``sponsor_modifier``: "Kremlin-backed separatists", "Wagner-backed troops", "junta-appointed ministers",
  "pro-Tehran militias": any state actor (a capital, a seat, a state institution, an agent word), not only a
  country, before "-backed" / "-allied" or after "pro-" names a sponsor; the group it modifies is the actor (of
  where it operates). A non-state group's name ("Hamas-allied militants") stays: its allies fight where it does.
- ``backing_opener``: "Backed by Russian jets, Syrian troops retook the town", "The Houthis, backed by Iran,
  fired ...": a participle that says who backs the main clause's doer is background to the main event, not a
  separate statement of support (051).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from geoevents.coding.actor_lists import names_a_sponsor
from geoevents.coding.tokens import kids

__all__ = ["backing_opener", "sponsor_modifier"]

# "-appointed" / "-installed" only for words of a ruling body ("junta-appointed"): a country before them
# ("Russia-installed officials") names whose officials they are
_APPOINTING = frozenset({"appointed", "installed", "picked", "nominated"})
_NON_STATE = frozenset({"REB", "CRM", "OPP", "PTY"})
_BACKING_VERBS = frozenset({"back", "support", "aid", "assist", "arm", "fund", "bankroll", "sponsor"})


def sponsor_modifier(doc: Doc, start: int, end: int, *, agent: bool, type_code: str | None = None) -> bool:
    """Whether the actor words at doc[start:end] only name a sponsor of the noun they modify; ``agent``: the words
    are an agent word ("junta", "government"), not a name; ``type_code``: the name's type. A non-state group's
    ally ("Hamas-allied militants") fights where it does: its name keeps the country."""
    if not names_a_sponsor(doc, start, end):
        return agent and _appointed(doc, end)
    return type_code not in _NON_STATE or (start >= 2 and doc[start - 2].lower_ == "pro")  # ("pro-Hamas": not)


def _appointed(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _APPOINTING


def backing_opener(tok: Token, kind: str, code: str) -> bool:
    """'Backed by Iran, the Houthis attacked ...': the participle of backing opening the sentence before its
    main clause, with its backer in a by-phrase, is no support event of its own."""
    if kind != "verb" or code != "051" or tok.tag_ != "VBN":
        return False
    opener = tok.dep_ == "advcl" and tok.i < tok.head.i
    # "The Houthis, backed by Iran, fired ...": set off by commas on the main clause's subject
    aside = tok.dep_ == "acl" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.doc[tok.i - 1].text == "," and \
        tok.head.head.i > tok.i
    if not (opener or aside):
        return False
    if tok.lemma_.lower() not in _BACKING_VERBS:
        return False
    return any(c.dep_ == "agent" for c in kids(tok)) and not any(
        c.dep_ in ("aux", "auxpass", "mark", "nsubjpass") for c in kids(tok))
