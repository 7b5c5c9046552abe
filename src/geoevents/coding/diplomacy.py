"""Diplomatic speech acts the negation rule would otherwise drop, and triggers that give no event.

Wires report a refusal to comment in many negative shapes: "X would not comment on ...", "X did not
immediately comment", "X had no immediate comment", "X did not respond to a request for comment",
"X did not return requests for comment". Each is CAMEO 011 (decline comment), not a negated 010.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.clauses import in_bound_clause
from geoevents.coding.endorsements import called_off, descriptive_backing, leisure_trip, welcomed_time
from geoevents.coding.inquiries import delegated
from geoevents.coding.patterns import Rule
from geoevents.coding.pledged import pledged_only
from geoevents.coding.reciprocity import audience_talk, party_modifier
from geoevents.coding.statements import nothing_to_add, unfit_statement
from geoevents.coding.tokens import kids
from geoevents.coding.travellers import announced_visit, private_trip, received_thing, vague_destination

__all__ = ["declined_comment", "no_event"]

log = logging.getLogger(__name__)

DECLINE_CODE = "011"
# verbs whose negation (or whose "no comment" object) is a refusal to comment
_COMMENT_VERBS = frozenset({"comment", "have", "offer", "give", "make", "respond", "reply", "return", "answer"})
_REQUEST_NOUNS = frozenset({"request", "inquiry", "enquiry", "query", "call", "question", "message"})
_COMMENT_NOUNS = frozenset({"comment", "comments"})
# "spoke to X" is a talk only when X names a party: a person, country, body, or an office ("his counterpart");
# "spoke to reporters / the nation / students" is a statement to an audience
_PARTY_ENTS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
_PARTY_NOUNS = frozenset({"counterpart", "president", "minister", "premier", "chancellor", "leader", "king",
                          "envoy", "ambassador", "secretary", "delegation", "emir", "prince", "chief"})


def _negated(pred: Token) -> bool:
    return any(c.dep_ == "neg" for c in kids(pred))


def _no_comment_object(tok: Token) -> bool:
    """'had no (immediate) comment', 'offered no comment': the object is 'comment' quantified by 'no'."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _COMMENT_NOUNS and any(
        d.dep_ == "det" and d.lower_ == "no" for d in kids(c)) for c in kids(tok))


def _for_comment(tok: Token) -> bool:
    """'(to) a request for comment', 'requests for comment': the verb's object or 'to' object asks for comment."""
    heads = [c for c in kids(tok) if c.dep_ == "dobj"] + [
        g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "to" for g in kids(c) if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in _REQUEST_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(g.lemma_.lower() in _COMMENT_NOUNS for g in kids(p))
        for p in kids(h)) for h in heads)


def declined_comment(pred: Token, tok: Token, rule: Rule) -> str | None:
    """'011' when the verb's negative use is a refusal to comment, else None.

    'would not comment on X', 'did not immediately comment', 'had no comment', 'did not respond to
    (or return) a request for comment'. A comment that is made ('commented on X') stays a statement.
    """
    lemma = tok.lemma_.lower()
    if rule.lemma != lemma or lemma not in _COMMENT_VERBS or tok.pos_ != "VERB":
        return None
    if lemma == "comment":
        return DECLINE_CODE if _negated(pred) else None
    if _no_comment_object(tok) or nothing_to_add(tok):  # ("had nothing to add")
        return DECLINE_CODE
    if lemma in ("respond", "reply", "return", "answer") and _negated(pred) and _for_comment(tok):
        return DECLINE_CODE
    return None


def no_event(rule: Rule, tok: Token) -> bool:
    """Triggers that give no event whatever their arguments.

    A bare 'deny' row (only its object rows code denials), 'spoke to' an audience rather than a party,
    a clause bound under another event, and the comment-refusal rows used positively ('had comments on
    the plan', 'responded to the attack'): only their negative use declines to comment.
    """
    if rule.lemma == "deny" and not rule.objects:
        return True
    if rule.code == "040" and rule.preps == {"to"} and not any(
            g.ent_type_ in _PARTY_ENTS or g.lemma_.lower() in _PARTY_NOUNS or party_modifier(g) for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "to" for g in kids(c) if g.dep_ == "pobj"):
        return True  # "spoke to reporters": an audience, not a party
    if rule.code == DECLINE_CODE and rule.lemma in _COMMENT_VERBS and \
            declined_comment(tok, tok, rule) is None:
        return True
    if descriptive_backing(rule, tok) or welcomed_time(rule, tok) or leisure_trip(rule, tok) or called_off(rule, tok):
        return True  # "militias backed by X", "welcomed the new year", "tourists visiting X", "talks collapsed"
    if private_trip(rule, tok) or received_thing(rule, tok) or announced_visit(rule, tok) or \
            vague_destination(rule, tok):  # "migrants travelled to X", "received an order", "went to court"
        return True
    return in_bound_clause(tok) or unfit_statement(rule, tok) or audience_talk(rule, tok) or delegated(
        rule.code, tok) or pledged_only(rule, tok)  # "a pledge of aid to X": pledged, not given (see pledged)
