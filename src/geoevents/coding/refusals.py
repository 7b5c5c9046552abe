"""Negated sentences that still carry events, and refusals worded negatively.

- ``contrasted``: "X did not expel the envoy, but it summoned him", "did not send troops but recalled its
  ambassador": a conjunct set against a negated one ("but", "yet") or with its own subject is asserted on its
  own; only a plain list ("did not attack or shell X") shares its head's negation.
- ``shared_subject``: the "it" / "they" (or "its" troops) of such a clause is the named subject of the clause it
  is joined to (also "the Houthis ..., but they ...", "X did not merely protest, it expelled ...").
- ``ruled_out``: "X ruled out sending tanks to Y": the gerund is refused (12x), not merely negated; so is an act
  the subject "will / would no longer" do (``no_longer``: a negation, "X no longer buys Y's gas" is no event).
- ``refused_act``: "X refused to allow inspectors in": the infinitive is the refused act, coded with its own 12x
  sub-code (1245) as "will not" is, rather than only the bare 120 of "refused".
- ``SUB_REFUSALS``: the 12x sub-code of a refused aid or concession act (1222, 1241, 1243, ...); a refused
  deployment abroad (``sent_abroad``: "ruled out sending troops to Ukraine", 1222) and refused sanctions
  (``joined_sanctions``: "will not join EU sanctions", 1232); ``vowed_not``: "vowed never to negotiate with X".
- ``hosted_refusal`` / ``imposer``: a refusal aimed at the owner of the meeting or measure turned down ("will not
  attend the NATO summit in Washington": NATO; "the sanctions imposed by Washington": Washington).
- ``not_only``: "did not only / merely protest, it also ..." is no negation; ``negated_head``: "X did not strike
  Y's oil sites, hitting only military sites": the participle's bare target is the negated clause's object's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["REFUSED_DEPLOYMENT", "REFUSED_SANCTIONS", "REFUSING_AUX", "SUB_REFUSALS", "contrasted", "hosted_refusal",
           "imposer", "joined_sanctions", "negated", "negated_head", "no_longer", "not_only", "refused_act",
           "ruled_out", "sent_abroad", "shared_subject", "vowed_not"]

# the auxiliaries of an announced refusal: "X will / would not hold talks", "X will no longer ..."
REFUSING_AUX = frozenset({"will", "wo", "would", "'ll", "shall"})

# coordinators that set a conjunct against the one before it
_CONTRAST = frozenset({"but", "yet", "instead", "though", "although"})


def contrasted(conj: Token) -> bool:
    """Whether a 'conj' clause stands apart from its head's negation: it has its own subject, or a contrastive
    coordinator ('but', 'yet') joins it to its head."""
    if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(conj)):
        return True
    head = conj.head
    return any(c.dep_ == "cc" and c.lower_ in _CONTRAST and head.i < c.i < conj.i for c in kids(head)) or any(
        c.dep_ in ("cc", "advmod") and c.lower_ in _CONTRAST and c.i < conj.i for c in kids(conj))


def shared_subject(h: Token) -> Token:
    """For 'it' / 'they' opening a clause joined to a clause with a named subject ('Moldova did not expel the
    envoy, but it summoned him', 'Cuba did not free them, though it released two priests', 'Pakistan did not merely
    protest, it expelled the envoy'); so for the owner of 'its / their' troops ('Hezbollah has never recognised
    Israel, but its fighters fired ...': Hezbollah); else ``h`` itself."""
    if h.dep_ != "nsubj":
        return h
    pron = h if h.lower_ in ("it", "they") else next(
        (c for c in kids(h) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if pron is None:
        return h
    clause = h.head
    spliced = next((c for c in kids(clause) if c.dep_ == "ccomp" and c.i < h.i and any(
        g.dep_ == "neg" for g in kids(c))), None)  # "X did not merely protest, it expelled ...": a comma splice
    before = h.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if spliced is None and before is not None and before.dep_ == "cc" and before.lower_ in _CONTRAST and \
            before.head.pos_ in ("VERB", "AUX") and before.head.i < h.i and clause.dep_ == "ccomp":
        spliced = before.head  # "X has not ..., but it fired ..., Y said": the parser hangs the clause on "said"
    if spliced is None and (clause.dep_ not in ("conj", "advcl") or clause.i < clause.head.i or
                            clause.head.pos_ not in ("VERB", "AUX")):
        return h
    if spliced is None and pron.i != h.i and not (before is not None and before.dep_ == "cc" and
                                                  before.lower_ in _CONTRAST) and clause.dep_ == "conj":
        return h  # "X recalled its envoy, and its foreign ministry summoned ...": X's ministry (the actor readers)
    if spliced is None and clause.dep_ == "advcl" and not any(
            c.dep_ == "mark" and c.lower_ in _CONTRAST | {"while", "whereas"} for c in kids(clause)):
        return h  # "after it ...", "because they ...": left to the readers of those clauses
    subj = next((c for c in kids(spliced if spliced is not None else clause.head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or (pron.lower_ in ("it", "its")) == _plural(subj):
        return h
    return subj


def _plural(subj: Token) -> bool:
    """A plural subject: a plural noun, or a group's name the tagger reads as singular ('the Houthis', 'the
    Taliban'); not a state's name ('Moldova', 'the Philippines', 'the Kremlin' is 'it')."""
    if subj.ent_type_ == "GPE":
        return False  # ("the Philippines ..., it also ...", "the United States")
    if subj.tag_ in ("NNS", "NNPS"):
        return True
    return subj.tag_ == "NNP" and subj.ent_type_ not in ("GPE", "LOC") and (
        subj.lower_.endswith("s") or subj.lower_ in _GROUP_NAMES) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in kids(subj))


# names of armed groups and movements read as plurals ("the Taliban ..., but they ...")
_GROUP_NAMES = frozenset({"taliban", "mujahideen", "janjaweed", "peshmerga"})


# the refusal of an aid or concession act, by its code: "would not send weapons" is a rejected request for
# military aid (1222), "will not release the detainees" a refusal to release (1243)
SUB_REFUSALS = {"071": "1221", "072": "1222", "073": "1223", "074": "1224", "081": "1241", "082": "1242",
                "083": "1243", "084": "1243", "085": "1244", "086": "1245", "087": "1246"}
# verbs whose gerund complement is what their subject refuses to do: "ruled out sending tanks"
_RULING_OUT = frozenset({"rule"})
# verbs whose infinitive is what their subject refuses to do: "refused to allow inspectors in"
_REFUSING = frozenset({"refuse", "decline"})


# verbs of a deployment (154) whose refusal toward a foreign state is a refused request for military aid:
# "ruled out sending troops to Ukraine", "will not deploy soldiers to Haiti" (1222)
_DEPLOYING = frozenset({"send", "deploy", "dispatch", "station", "commit"})
REFUSED_DEPLOYMENT = "1222"


def sent_abroad(pred: Token) -> bool:
    """Whether a deployment verb sends its forces to a named state ('to Ukraine', 'into Gaza'), not to a place
    of the sender's own ('to the border', 'to its eastern flank')."""
    return pred.lemma_.lower() in _DEPLOYING and any(
        g.dep_ == "pobj" and g.ent_type_ == "GPE" for c in kids(pred) if c.dep_ == "prep" and c.lower_ in (
            "to", "into") for g in kids(c))


def not_only(neg: Token) -> bool:
    """The 'not' of 'not only / not just / not merely' ('X did not only protest, it also summoned ...'): the
    act is asserted, with another added to it; no negation."""
    return neg.lower_ in ("not", "n't") and neg.i + 1 < len(neg.doc) and neg.nbor(1).lower_ in (
        "only", "just", "merely", "simply")


def negated(tok: Token) -> bool:
    """Whether ``tok`` has a negation of its own: a "not" / "n't" / "never" child, not the "not" of "not only"."""
    return any(c.dep_ == "neg" and not not_only(c) for c in kids(tok))


def no_longer(adv: Token) -> bool:
    """Whether ``adv`` is the "no longer" of its head ('X will no longer hold talks with Y'): a negation."""
    return adv.lower_ == "longer" and adv.dep_ == "advmod" and any(c.lower_ == "no" for c in kids(adv))


def ruled_out(pred: Token) -> bool:
    """'X ruled out sending tanks to Y', 'ruled out holding talks with Z': the gerund is an act the subject
    announces it will not do (a refusal), not a plain negated one; so is 'X will / would no longer hold talks'."""
    if any(no_longer(c) for c in kids(pred)):
        return any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in kids(pred))
    if pred.tag_ != "VBG" or pred.dep_ not in ("advcl", "xcomp", "pcomp", "dobj", "ccomp"):
        return False
    gov = pred.head
    return gov.lemma_.lower() in _RULING_OUT and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids(gov)) \
        and not any(c.dep_ == "neg" for c in kids(gov))


# verbs of a solemn declaration whose negated infinitive is an announced refusal: "vowed never to negotiate with X"
_VOWING = frozenset({"vow", "pledge", "swear", "promise"})


def vowed_not(pred: Token) -> bool:
    """'X vowed never to negotiate with Y', 'pledged not to recognise the vote': the negated infinitive of a vow
    is an act its subject announces it will not do (a refusal, 12x), as 'will not' is."""
    gov = pred.head
    return pred.dep_ == "xcomp" and gov.i != pred.i and gov.lemma_.lower() in _VOWING and negated(pred) and \
        not any(c.dep_ == "neg" for c in kids(gov))


def refused_act(pred: Token) -> bool:
    """'X refused to allow inspectors in', 'declined to hand over the suspects': the infinitive is an act the
    subject refuses (its 12x code follows the act, as for 'will not'); not under 'did not refuse'."""
    gov = pred.head
    return pred.dep_ == "xcomp" and gov.i != pred.i and gov.lemma_.lower() in _REFUSING and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(pred)) and not any(c.dep_ == "neg" for c in kids(gov))


class _Row(Protocol):
    @property
    def target(self) -> str: ...


# the refused meeting (125) of a row aimed at the meeting's place: "will not attend the NATO summit in Washington"
REFUSED_MEETING = "125"
# the refusal to join others' sanctions: a rejected call for a change of policy (1232), aimed at those others
REFUSED_SANCTIONS = "1232"


def joined_sanctions(pred: Token, code: str) -> bool:
    """'X will not join EU sanctions against Moscow', 'refused to join the embargo': the joining of sanctions (163)."""
    return code[:3] == "163" and pred.lemma_.lower() == "join"


def hosted_refusal(rule: _Row, tok: Token, kind: str, refused: str,
                   entry_kind: Callable[[Token], str | None]) -> bool:
    """Whether a refusal is aimed at the body or state whose meeting or measure it turns down ('will not attend the
    NATO summit in Washington', 'declined to attend Russia's Victory Day parade', 'will not join EU sanctions
    against Moscow', 'the sanctions imposed by Washington': NATO, Russia, the EU, Washington) rather than at the
    place or party the row names; only when that noun has a named owner: a body named before it, any party named
    as its possessor (not 'the Ukraine reconstruction conference in Berlin': a topic; Berlin's), or, for sanctions,
    a named imposer. ``entry_kind`` gives the dictionary kind of the actor named at a token ('igo', 'country', ...)."""
    if kind != "verb" or not ((refused == REFUSED_MEETING and rule.target == "place") or (
            refused == REFUSED_SANCTIONS and rule.target == "pobj")):
        return False
    objs = [c for c in kids(tok) if c.dep_ == "dobj"] + [
        g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "in" for g in kids(c) if g.dep_ == "pobj"]
    if any((c.dep_ == "poss" and entry_kind(c)) or (c.dep_ == "compound" and entry_kind(c) in _BODY_KINDS)
           for o in objs for c in kids(o)):
        return True
    return refused == REFUSED_SANCTIONS and any(
        (c.dep_ in ("compound", "amod") and entry_kind(c)) or imposer(o) is not None for o in objs for c in kids(o))


# kinds of dictionary entry that own a meeting named after them ("the NATO summit", "the EU summit")
_BODY_KINDS = frozenset({"igo", "institution"})


def imposer(noun: Token) -> Token | None:
    """The doer named in a participle describing a measure: 'the sanctions imposed by Washington' (Washington),
    also of an act the noun is 'of': 'the results of the votes staged by Moscow' (Moscow)."""
    nouns = [noun, *(g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                     if g.dep_ == "pobj")]
    # (a negated participle names no doer: "the restrictions not approved by the UN")
    described = [a for n in nouns for a in kids(n) if a.dep_ == "acl" and a.tag_ == "VBN" and not any(
        c.dep_ == "neg" for c in kids(a))]
    return next((g for a in described for c in kids(a) if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                 for g in kids(c) if g.dep_ == "pobj"), None)


def negated_head(part: Token) -> Token | None:
    """The negated verb a trailing participle is set against: 'X did not strike Y's oil facilities, hitting only
    military sites' (strike); its object tells whose the participle's bare target is. None for any other clause."""
    head = part.head
    if part.dep_ != "advcl" or part.tag_ != "VBG" or part.i < head.i or head.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in kids(part)):
        return None
    return head if negated(head) else None
