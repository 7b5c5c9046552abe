"""Precision guards for events a sentence tells without asserting them as news of its own:

* unconfirmed: "According to unconfirmed reports, X clashed with Y", "Unverified reports said X seized Y",
  "Local media reported that X seized Y, but the claim could not be confirmed": what the source itself flags as
  unconfirmed is hearsay, not a fact of the story (a party's claim of its own act stays coded);
* long after: "Duda arrived in Kyiv, two years after Russian troops crossed into Ukraine", "a year after Hamas
  stormed southern Israel, relatives gathered": a clause or event noun framed as a year or more before the news
  is a reference point, not an event of the story ("two weeks after an Israeli strike": still news);
* generic relatives: "sanctions on settlers who attack Palestinians", "firms that supply drones to Russia": a
  plain present relative clause on a bare plural noun describes a kind of doer, not a deed that took place;
* describing participles: "the armed groups fighting them", "militias battling the army": a present participle
  of fighting on an armed group names which group is meant (a standing war), not an attack of the news;
* earlier relatives: "a blogger who had mocked the army", "the senator, who had threatened to impose tariffs",
  "a feud that had strained ties": a past perfect relative clause tells what came before the news, as background
  to the noun it describes.

All test the cheap facts (dependency label, a word) first and walk only a few heads.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["describing_participle", "earlier_relative", "generic_relative", "long_after", "unconfirmed"]

# modifiers by which a source flags its report as unconfirmed
_UNCONFIRMED = frozenset({"unconfirmed", "unverified", "uncorroborated", "unsubstantiated"})
_REPORT_NOUNS = frozenset({"report", "account", "claim", "rumour", "rumor", "video", "footage", "post", "image"})
_REPORTING = frozenset({"report", "say", "claim", "allege", "post", "show", "suggest"})
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "substantiate"})
# media whose reports, flagged as unconfirmed, are hearsay ("some local media reported that ...")
_MEDIA = frozenset({"media", "medium", "outlet", "newspaper", "paper", "press", "channel", "television", "broadcaster",
                    "blogger", "website", "tabloid"})
# subjects of "could not be confirmed" that stand for the report itself
_REPORT_REFS = frozenset(_REPORT_NOUNS | {"it", "this", "that", "information", "report"})
# framing words and the units that put the framed act a year or more before the news
_FRAMES = frozenset({"after", "since"})
_LONG_UNITS = frozenset({"year", "decade", "century", "generation"})
_HOLDING_HEADS = 4
# armed agents a participle of fighting describes: "the armed groups fighting them", "militias battling the army"
_ARMED = frozenset({"group", "rebel", "militia", "force", "army", "fighter", "troop", "insurgent", "militant",
                    "faction", "jihadist", "guerrilla", "paramilitary", "movement", "alliance", "coalition"})


def _flagged(noun: Token) -> bool:
    """'unconfirmed reports', 'unverified videos'."""
    return noun.lemma_.lower() in _REPORT_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in _UNCONFIRMED for c in kids(noun))


def _unconfirmed_after(verb: Token) -> bool:
    """'Local media reported that ..., but the claim could not be (independently) confirmed': media hearsay (a
    party's own claim, 'X said it had downed a drone, a claim that could not be verified', stays X's claim)."""
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in _MEDIA for c in kids(verb)):
        return False
    for c in kids(verb):
        if c.dep_ == "conj" and c.lemma_.lower() in _CONFIRMING and any(g.dep_ == "neg" for g in kids(c)) and any(
                g.dep_ == "nsubjpass" and g.lemma_.lower() in _REPORT_REFS for g in kids(c)):
            return True
    return False


def unconfirmed(pred: Token) -> bool:
    """Whether the predicate, or a clause holding it, is told on a report its source flags as unconfirmed."""
    node = pred
    for _ in range(_HOLDING_HEADS):
        for c in kids(node):
            if c.dep_ == "prep" and c.lower_ == "according" and any(
                    _flagged(g) for t in kids(c) if t.dep_ == "prep" for g in kids(t) if g.dep_ == "pobj"):
                return True  # "according to unconfirmed reports"
        if node.i != pred.i and node.lemma_.lower() in _REPORTING and (any(
                c.dep_ == "nsubj" and _flagged(c) for c in kids(node)) or _unconfirmed_after(node)):
            return True  # "unverified reports said that ...", "... reported that ..., but it could not be confirmed"
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _long_span(unit: Token) -> bool:
    """'a year', 'two years', 'nearly three decades', 'years' (a year or more; not 'months', 'weeks')."""
    return unit.dep_ == "npadvmod" and unit.lemma_.lower() in _LONG_UNITS


def long_after(pred: Token, tok: Token) -> bool:
    """Whether the predicate's clause, or the event noun ``tok``, is framed as a year or more before the news:
    '..., two years after Russian troops crossed into Ukraine', 'a year after the invasion'."""
    clause = pred
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ == "advcl":
        marks = [c for c in kids(clause) if c.dep_ == "mark" and c.lower_ in _FRAMES]
        if marks and any(_long_span(c) for h in (clause, *marks) for c in kids(h)):
            return True  # "two years after X crossed into Y" ("years" hangs on the verb or on "after")
    if tok.dep_ == "pobj" and tok.head.lower_ in _FRAMES and tok.head.dep_ == "prep":
        frame = tok.head
        return any(_long_span(c) for c in (*kids(frame), *kids(frame.head)) if c.i < frame.i and
                   frame.i - c.i <= 3)  # "two years after the invasion"
    return False


def generic_relative(pred: Token) -> bool:
    """'settlers who attack Palestinians': a plain present relative clause on a bare plural noun."""
    if pred.dep_ != "relcl" or pred.tag_ not in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in kids(pred)):
        return False
    noun = pred.head
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in kids(noun)) and any(
        c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in kids(pred))


def earlier_relative(pred: Token) -> bool:
    """'who had mocked the army' (or a conjunct or infinitive of such a clause: 'who had threatened to impose
    tariffs'): a past perfect relative clause."""
    clause = pred
    for _ in range(3):
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause.dep_ == "relcl" and clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in kids(clause))


def describing_participle(tok: Token, kind: str, pred: Token, code: str) -> bool:
    """'Myanmar's generals and the armed groups fighting them': a participle of force on an armed group."""
    if kind != "verb" or code[:2] != "19" or pred.i != tok.i or tok.dep_ != "acl" or tok.tag_ != "VBG":
        return False
    return tok.head.lemma_.lower() in _ARMED and not any(c.dep_ in ("nsubj", "aux") for c in kids(tok))
