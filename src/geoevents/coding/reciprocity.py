"""Acts done with a partner that are, by their nature, done by each party to the other (coding_gold.md,
"Coordination": treaties and prisoner swaps are coded in both directions).

* "X agreed a ceasefire with Y", "X exchanged prisoners (or swapped intelligence) with Y",
  "X established diplomatic relations with Y", "X agreed with Y to ...": the partner named by "with" did the
  same act with X, as in "X and Y signed a pact". One-sided acts with a "with" phrase stay one way: a meeting
  ("X met with Y", "talks with Y" are coded X > Y), "X shared intelligence with Y", "X agreed with Y that ..."
  (accord, 019), and intentions ("X will sign a pact with Y": X's stated intent). "X signed a pact with Y"
  (057) is left one way: coded both ways it cost precision on the labelled set, whose labellers code it X > Y.
* A scheduled hosting ("X will host Y") is Y's planned visit as well (036 each way); an offer to host is not.
* "X spoke with reporters", "met journalists": a talk to the press, no meeting; "spoke to Kenyan officials" is one.
* "After / during talks with Y, X urged ...", "At a meeting with Y, X ...": a frame of the clause, not a demand.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.cooperation import both_ways as _both_ways
from geoevents.coding.found import Found
from geoevents.coding.nominal import meeting_setting
from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["audience_talk", "both_ways", "exchange_holders", "framing", "guest_code", "party_modifier",
           "traded_release"]

log = logging.getLogger(__name__)

# codes whose "with" partner does the act as well (an agreement, a ceasefire or relations are made by both sides)
_MUTUAL_CODES = frozenset({"0871", "054", "030", "0841", "064"})
# the acts of 054, 0841 and 064 that are mutual: relations, swaps (recognising X or sharing data with X are not)
_TIES = frozenset({"relation", "relations", "tie", "ties"})
_SWAPS = frozenset({"exchange", "swap", "trade"})
_AGREEING = frozenset({"agree"})
_PARTNER_PREPS = frozenset({"with"})


# what a release is given in return for: "freed X in exchange / in return for Y"
_RETURNS = frozenset({"exchange", "return"})
# people a swap gives back: "in exchange for 45 bodies of soldiers", "for two soldiers held by Y"
_SWAPPED_PEOPLE = frozenset({"prisoner", "hostage", "detainee", "captive", "soldier", "serviceman", "body", "remains",
                             "national", "citizen", "pow", "fighter", "civilian", "sailor", "crew", "inmate"})


def exchange_holders(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """For "X freed A in exchange (in return) for B held by Y / held in Y", whoever gave B back: (the agents of
    B's holding clause, the places it was held in); ([], []) when the swap names no holder; None when the release
    is in return for no people ('in exchange for sanctions relief')."""
    for c in kids(verb):
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for n in (n for n in kids(c) if n.dep_ == "pobj" and n.lemma_.lower() in _RETURNS):
            for b in (g for f in kids(n) if f.dep_ == "prep" and f.lower_ == "for"
                      for g in kids(f) if g.dep_ == "pobj"):
                heads = [b, *(g for o in kids(b) if o.dep_ == "prep" and o.lower_ == "of" and (
                    b.like_num or b.lemma_.lower() in ("body", "remains")) for g in kids(o) if g.dep_ == "pobj")]
                if not any(h.lemma_.lower() in _SWAPPED_PEOPLE or h.ent_type_ == "NORP" or h.tag_ == "NNPS" or any(
                        m.dep_ == "amod" and m.ent_type_ == "NORP" for m in kids(h)) for h in heads):
                    return None
                held = [v for h in heads for v in kids(h) if v.dep_ in ("acl", "relcl") and v.tag_ == "VBN"]
                agents = [g for v in held for a in kids(v) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"]
                places = [g for v in held for p in kids(v) if p.dep_ == "prep" and p.lower_ in ("in", "by")
                          for g in kids(p) if g.dep_ == "pobj"]
                return agents, places
    return None


def traded_release(verb: Token, code: str) -> bool:
    """Whether a release is one side of a swap: "X and Y released prisoners in a swap", "freed ... as part of a
    prisoner exchange" (each frees people to the other; not "in exchange for Y", read by ``exchange_holders``)."""
    if code[:3] != "084":
        return False
    for c in kids(verb):
        if c.dep_ != "prep" or c.lower_ not in ("in", "as", "under"):
            continue
        for n in kids(c):
            if n.dep_ == "pobj" and n.lemma_.lower() == "part":  # "as part of a swap"
                n = next((g for f in kids(n) if f.dep_ == "prep" and f.lower_ == "of" for g in kids(f)
                          if g.dep_ == "pobj"), n)
            if n.dep_ == "pobj" and n.lemma_.lower() in _SWAPS and not any(
                    f.dep_ == "prep" and f.lower_ == "for" for f in kids(n)):
                return True
    return False


def _partner(head: Token) -> bool:
    """Whether ``head`` has a "with" phrase whose object is a word (the partner's actor is read elsewhere)."""
    return any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS and any(g.dep_ == "pobj" for g in kids(c))
               for c in kids(head))


def _with_partner(tok: Token, code: str) -> bool:
    lemma = tok.lemma_.lower()
    verb = tok.pos_ in ("VERB", "AUX")
    objects = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")] if verb else []
    if code == "030" and not (verb and lemma in _AGREEING):
        return False  # only "agreed with Y to ...": "pledged with Y" is no such phrase
    if code == "054" and not any(o.lemma_.lower() in _TIES or o.lower_ in _TIES for o in objects):
        return False  # "recognised X", "opened an embassy in X": one side's act
    if code in ("0841", "064") and lemma not in _SWAPS:
        return False  # "released prisoners to Y", "shared intelligence with Y": one side gives
    return _partner(tok) or any(_partner(o) for o in objects)


def both_ways(tok: Token, rule: Rule, code: str) -> bool:
    """Whether each pair is coded in both directions: the joint, "between" and fighting readings of
    ``cooperation.both_ways``, and the mutual acts with a "with" partner ("X signed a pact with Y")."""
    return _both_ways(tok, rule, code) or (code in _MUTUAL_CODES and _with_partner(tok, code))


# people a speaker addresses, not a party met: "spoke with reporters", "talked to the press", "met journalists"
_AUDIENCE = frozenset({"reporter", "journalist", "press", "media", "medium", "correspondent", "newsman", "audience",
                       "newsmen", "reporters", "journalists"})
_TALKING = frozenset({"speak", "talk", "meet", "chat"})


def audience_talk(rule: Rule, tok: Token) -> bool:
    """'X spoke with reporters', 'met journalists in Quito': a talk to the press, no meeting (040) with a party."""
    if rule.code != "040" or rule.lemma not in _TALKING or tok.pos_ not in ("VERB", "AUX"):
        return False
    heads = [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in kids(c)
             if g.dep_ == "pobj"] + [c for c in kids(tok) if c.dep_ == "dobj"]
    heads += [c for h in heads for c in h.conjuncts]  # "met reporters and Kenyan officials": a party too
    return bool(heads) and all(h.lemma_.lower() in _AUDIENCE or h.lower_ in _AUDIENCE for h in heads)


def party_modifier(noun: Token) -> bool:
    """'Kenyan officials', 'Sudanese army commanders': a noun the modifier names a party of."""
    return any(m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG") for m in kids(noun))


def guest_code(found: Found) -> str | None:
    """The guest's side of a hosting: 'X hosted Y' -> Y's visit (042); 'X will host Y' (036, a planned hosting)
    -> Y's planned visit (036: coding_gold.md, meetings that are due are 036 for each party). Else None."""
    if found.code[:3] == "043":
        return "042"
    return "036" if found.code == "036" and found.realised_code[:3] == "043" and _scheduled(found.trigger) else None


_SCHEDULING = frozenset({"set", "due", "schedule", "slate", "expect", "poise"})


def _scheduled(verb: Token) -> bool:
    """'X will host Y', 'X is set / due to host Y', 'X is hosting Y next week': fixed by the host, not an offer
    or a wish ('X offered to host Y', 'hopes to receive Y'), which the guest has not agreed to."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in kids(verb)):
        return True
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _SCHEDULING


_FRAME_PREPS = frozenset({"after", "following", "during"})
_LEADING_PREPS = frozenset({"at", "in"})


def framing(noun: Token) -> bool:
    """'After / during talks with Y, X urged ...', 'At a meeting with Y, X called for ...': the noun is a frame of
    the clause (a meeting held), not what its verb asks for ('urged talks', 'called for talks with Y')."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and (prep.lower_ in _FRAME_PREPS or (
        prep.lower_ in _LEADING_PREPS and prep.i < prep.head.i) or (
        meeting_setting(noun) and prep.head.pos_ in ("VERB", "AUX")))  # ("asked for X in talks with Y")
