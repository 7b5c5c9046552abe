"""Reducing relations (CAMEO 16) by leaving or by sending others away, in the wire forms the lemma rows miss.

- ``body_exit_rule``: "Mali withdrew from ECOWAS", "Qatar pulled out of OPEC", "Qatar quit OPEC": a state leaves a
  body named by its proper name (the rows name only common nouns: "the alliance", "the court"), 160.
- ``exit_noun_rule``: "their withdrawal from ECOWAS", "Burundi's exit from the ICC": the same exit told by a noun.
- ``ordered_out_rule``: "Mali ordered the UN peacekeeping mission to leave" (or "to withdraw", or "out of the
  country"), "Iran told IAEA inspectors to leave the country", "Sudan told aid agencies to leave Darfur":
  expelling peacekeepers (1661), inspectors or monitors (1662) or aid agencies (1663), not people in general (174).
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.tokens import kids

__all__ = ["EXIT_NOUNS", "body_exit_rule", "exit_noun_rule", "ordered_out_rule", "withdrawal_rule"]

_WITHDRAWING = frozenset({"withdraw", "pull"})  # "withdrew from X", "pulled out of X"
_QUITTING = frozenset({"quit", "leave", "exit"})  # "quit OPEC": an acronym only (not "left the White House")
_FROM_OF = frozenset({"from", "of"})
_FROM = frozenset({"from"})
EXIT_NOUNS = frozenset({"withdrawal", "exit", "departure", "pullout", "walkout"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_ORDERING = frozenset({"order", "tell", "instruct", "direct"})
_LEAVE = frozenset({"leave", "depart", "quit", "exit", "withdraw"})
_ORDERED = frozenset({"dobj", "dative"})
_CLAUSES = frozenset({"xcomp", "advcl", "relcl", "acl", "ccomp"})
# who is sent away, by the noun or its modifier ("the UN peacekeeping mission", "IAEA inspectors", "aid agencies")
_SENT_AWAY = {"peacekeeper": "1661", "peacekeeping": "1661", "inspector": "1662", "monitor": "1662",
              "observer": "1662", "agency": "1663", "ngo": "1663", "charity": "1663"}


def _named_body(tok: Token | None) -> bool:
    """A body named by its acronym ("ECOWAS", "OPEC", the tagger may call it a noun and miss its entity), or a
    proper name the tagger reads as an organisation; not a town ("withdrew from Kherson": a retreat, 0874)."""
    if tok is None or tok.ent_type_ in _PLACES:
        return False
    return (len(tok) >= 3 and tok.text.isupper() and tok.text.isalpha()) or (
        tok.pos_ == "PROPN" and tok.ent_type_ == "ORG")


def body_exit_rule(tok: Token, lemma: str) -> Rule | None:
    """A state leaving a body named by its proper name (160), else None."""
    if lemma in _WITHDRAWING:
        if any(c.dep_ == "dobj" for c in kids(tok)):
            return None  # "withdrew troops from X", "pulled its envoy": the rows read them
        holders = [tok, *(c for c in kids(tok) if c.lower_ == "out" and c.dep_ in ("prt", "prep"))]
        body = next((g for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ in _FROM_OF
                     for g in kids(c) if g.dep_ == "pobj"), None)
        if not _named_body(body):
            return None
        return verb_rule(lemma, "160", target="pobj", preps=_FROM_OF)
    obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
    if obj is None or not obj.text.isupper() or not _named_body(obj):
        return None  # "quit OPEC", "left ECOWAS"; not "left the White House"
    return verb_rule(lemma, "160")


def ordered_out_rule(tok: Token) -> Rule | None:
    """Peacekeepers, inspectors or aid agencies ordered to leave (1661, 1662, 1663), else None."""
    for obj in kids(tok):
        if obj.dep_ not in _ORDERED:
            continue
        code = _SENT_AWAY.get(obj.lemma_.lower()) or next((_SENT_AWAY[m.lemma_.lower()] for m in kids(obj) if
                                                          m.dep_ in ("compound", "amod") and m.lemma_.lower()
                                                          in _SENT_AWAY), None)
        if code is not None and _to_leave(tok):
            return verb_rule(tok.lemma_.lower(), code)
    return None


def _to_leave(tok: Token) -> bool:
    """Whether the verb or one of its objects carries a "to leave" clause ("gave X two days to leave")."""
    holders = [tok, *(c for c in kids(tok) if c.dep_ in ("dobj", "dative", "npadvmod"))]
    if any(c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep") for c in kids(tok)):
        return True  # "ordered the UN mission out (of the country)"
    return any(c.dep_ in _CLAUSES and c.lemma_.lower() in _LEAVE and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for h in holders for c in kids(h))


def exit_noun_rule(tok: Token) -> Rule | None:
    """A state's exit from a body named by its proper name: "their withdrawal from ECOWAS", "Hungary's exit from
    the ICC" (160 on the body; the rows' "withdrawal from X" is a retreat from a place, 0874), else None."""
    body = next((g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "from" for g in kids(c)
                 if g.dep_ == "pobj"), None)
    if not _named_body(body):
        return None
    return Rule("noun", tok.lemma_.lower(), "", frozenset(), _FROM, "poss", "pobj", "160")


def withdrawal_rule(tok: Token, lemma: str) -> Rule | None:
    """The rule of either form for a verb whose lemma may open one, else None (cheap on every other verb)."""
    if lemma in _ORDERING:
        return ordered_out_rule(tok)
    if lemma in _WITHDRAWING or lemma in _QUITTING:
        return body_exit_rule(tok, lemma)
    return None
