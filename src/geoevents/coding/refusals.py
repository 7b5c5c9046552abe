"""Negated sentences that still carry events, and refusals worded negatively.

- ``contrasted``: "X did not expel the envoy, but it summoned him", "did not send troops but recalled its
  ambassador": a conjunct set against a negated one ("but", "yet") or with its own subject is asserted on its
  own; only a plain list ("did not attack or shell X") shares its head's negation.
- ``shared_subject``: the "it" / "they" of such a clause is the named subject of the clause it is joined to.
- ``ruled_out``: "X ruled out sending tanks to Y": the gerund is refused (12x), not merely negated; so is an act
  the subject "will / would no longer" do (``no_longer``: a negation, "X no longer buys Y's gas" is no event).
- ``refused_act``: "X refused to allow inspectors in": the infinitive is the refused act, coded with its own 12x
  sub-code (1245) as "will not" is, rather than only the bare 120 of "refused".
- ``SUB_REFUSALS``: the 12x sub-code of a refused aid or concession act (1222, 1241, 1243, ...).
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["REFUSING_AUX", "SUB_REFUSALS", "contrasted", "no_longer", "refused_act", "ruled_out", "shared_subject"]

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
    envoy, but it summoned him', 'Cuba did not free them, though it released two priests'), that subject;
    else ``h`` itself."""
    if h.dep_ != "nsubj" or h.lower_ not in ("it", "they"):
        return h
    clause = h.head
    if clause.dep_ not in ("conj", "advcl") or clause.i < clause.head.i or clause.head.pos_ not in ("VERB", "AUX"):
        return h
    if clause.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in _CONTRAST | {"while", "whereas"}
                                          for c in kids(clause)):
        return h  # "after it ...", "because they ...": left to the readers of those clauses
    subj = next((c for c in kids(clause.head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or (h.lower_ == "it") == (subj.tag_ in ("NNS", "NNPS")):
        return h
    return subj


# the refusal of an aid or concession act, by its code: "would not send weapons" is a rejected request for
# military aid (1222), "will not release the detainees" a refusal to release (1243)
SUB_REFUSALS = {"071": "1221", "072": "1222", "073": "1223", "074": "1224", "081": "1241", "082": "1242",
                "083": "1243", "084": "1243", "085": "1244", "086": "1245", "087": "1246"}
# verbs whose gerund complement is what their subject refuses to do: "ruled out sending tanks"
_RULING_OUT = frozenset({"rule"})
# verbs whose infinitive is what their subject refuses to do: "refused to allow inspectors in"
_REFUSING = frozenset({"refuse", "decline"})


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


def refused_act(pred: Token) -> bool:
    """'X refused to allow inspectors in', 'declined to hand over the suspects': the infinitive is an act the
    subject refuses (its 12x code follows the act, as for 'will not'); not under 'did not refuse'."""
    gov = pred.head
    return pred.dep_ == "xcomp" and gov.i != pred.i and gov.lemma_.lower() in _REFUSING and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(pred)) and not any(c.dep_ == "neg" for c in kids(gov))
