"""Events told in background phrases: a nominal event's doer hung on the wrong noun, and nominal events the
sentence names without asserting them.

- ``hung_agent``: "after a crackdown on students by Bangladeshi police", "an attack on a convoy by Islamic State
  fighters": the parser hangs the event noun's "by" phrase on the object of its "on" / "against" / "in" phrase;
  that phrase names the doer when it holds a named actor.
- ``stranded_verb``: "families fled after a wave of air strikes destroyed homes in Nyala": the parser reads the
  event noun as the object of "after" and leaves the verb after it without a subject; that verb is the noun's,
  and ``stranded_subject`` gives the verb that noun as its subject ("Moldova closed its airspace after a barrage
  of Russian missiles struck X": the missiles struck, not Moldova).
- ``unreal_nominal``: an event noun that is only possible, likely or imminent ("a visit to Caracas by X is
  possible", "a meeting between the leaders was unlikely"), or whose modifier says it did not or may not take
  place ("the cancelled visit", "the rumoured deployment", "a denied shipment", "a proposed swap").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from geoevents.coding.nominal import SPANS
from geoevents.coding.tokens import kids

__all__ = ["hung_agent", "stranded_subject", "stranded_verb", "unreal_nominal"]

# prepositions of an event noun's aim or place on whose object the parser hangs the noun's "by" phrase
_AIM_PREPS = frozenset({"on", "against", "at", "in", "into", "near", "targeting"})
# acts that own the "by" phrase after them: "a crackdown on protests by students"
_ACTS = frozenset({"protest", "demonstration", "rally", "march", "strike", "walkout", "sit-in", "import", "export",
                   "purchase", "sale", "use", "visit", "trip", "travel", "flight", "shipment", "delivery", "activity",
                   "operation", "attack", "exercise", "drill", "investment", "spending", "broadcast", "election",
                   "vote", "transfer", "payment", "sanction", "violation", "incursion", "action", "abuse"})
# framing prepositions the parser takes for the head of a clause's subject: "after [strikes] destroyed homes"
_FRAME_PREPS = frozenset({"after", "following", "before", "as", "when", "until", "since"})
# predicates that leave their subject event a possibility: "a visit by X is possible"
_POSSIBLE = frozenset({"possible", "likely", "unlikely", "probable", "improbable", "imminent", "doubtful",
                       "uncertain", "conceivable"})
# modifiers of an event noun that did not, or may not, take place
_UNREAL_MODS = frozenset({"denied", "rumoured", "rumored", "cancelled", "canceled", "aborted", "scrapped",
                          "postponed", "proposed", "mooted", "hypothetical", "potential", "prospective",
                          "possible", "feared", "putative", "would-be"})


def hung_agent(noun: Token, agent_preps: Container[str], named: Container[int]) -> list[Token]:
    """The objects of a "by" phrase the parser hung on the object of the noun's aim or place phrase, when that
    phrase names an actor ('a crackdown on students by Bangladeshi police': police), else []. An object that is
    itself an act owns its "by" phrase: 'a crackdown on protests by students', 'a ban on imports by X'."""
    out: list[Token] = []
    for c in kids(noun):
        if c.dep_ != "prep" or c.lower_ not in _AIM_PREPS:
            continue
        for o in kids(c):
            if o.dep_ != "pobj" or o.lemma_.lower() in _ACTS:
                continue
            for p in kids(o):
                if p.dep_ in ("prep", "agent") and p.lower_ in agent_preps:
                    out += [g for g in kids(p) if g.dep_ == "pobj" and any(t.i in named for t in g.subtree)]
    return out


def unreal_nominal(noun: Token) -> bool:
    """Whether an event noun is named as only possible ('a visit by X is possible') or as not, or not yet,
    taking place ('the cancelled visit', 'the rumoured deployment')."""
    if any(c.dep_ == "amod" and c.lower_ in _UNREAL_MODS for c in kids(noun)):
        return True
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in _POSSIBLE for c in kids(head))


def stranded_verb(noun: Token) -> Token | None:
    """The subjectless finite verb of a framing clause right after a noun the parser made the object of its
    "after" ('after days of Israeli shelling destroyed homes': destroyed), else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SPANS:
        noun = noun.head.head  # ("after a wave of strikes destroyed homes")
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _FRAME_PREPS or prep.dep_ != "prep":
        return None
    end = max(t.i for t in noun.subtree) + 1
    verb = noun.doc[end] if end < len(noun.doc) else None
    return verb if verb is not None and _stranded(verb) and verb.head.i == prep.head.i else None


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a verb ``stranded_verb`` finds (the noun, or the act a 'wave of' / 'days of' noun spans:
    'after a barrage of Russian missiles struck X': missiles), else None."""
    if not _stranded(verb) or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    while noun.head.i != noun.i and noun.head.i < verb.i and not (noun.dep_ == "pobj" and noun.head.lower_ in
                                                                  _FRAME_PREPS and noun.head.dep_ == "prep"):
        noun = noun.head
    if stranded_verb(noun) != verb:
        return None
    spanned = next((g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                    if g.dep_ == "pobj"), None) if noun.lemma_.lower() in SPANS else None
    return spanned or noun


def _stranded(verb: Token) -> bool:
    """A finite verb the parser hung on the main clause with no subject, marker or coordinator of its own."""
    return verb.dep_ in ("advcl", "conj") and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(verb)) and not (
        verb.dep_ == "conj" and any(c.dep_ == "cc" for c in kids(verb.head)))
