"""Where the sentence coder looks for an event's target when the trigger's own reading names none: a chain of
readers tried in order, each for the codes and shapes it knows ("met on the island of Capri" names no party;
"jets bombed X"; "protested after X fired"; "In a letter to X, Y called for ..."; "urged Berlin to ..."; the
object; "the inter-Korean hotline"; a domestic party; the clause's nearest actor; where aid arrived)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from geoevents.coding.actors import DocActors
from geoevents.coding.cooperation import topic_heads
from geoevents.coding.disapproval import critic_aim
from geoevents.coding.divided_states import shared_partner
from geoevents.coding.found import Found
from geoevents.coding.inquiries import not_victims
from geoevents.coding.intents import yielded_code
from geoevents.coding.nominal import arrival_places
from geoevents.coding.nominal_events import aimed_noun, result_target, result_verb, suffered_in
from geoevents.coding.patterns import Rule
from geoevents.coding.referents import earlier_recipient
from geoevents.coding.tokens import kids
from geoevents.coding.violence import held_countries
from geoevents.coding.visits import VisitReader
from geoevents.coding.vocab import (
    ADDRESSEE_PREPS,
    DESTINATION_PREPS,
    DIRECTIVE_ROOTS,
    DYADIC_ROOTS,
    HUMAN_OBJECT_ROOTS,
    OBLIQUE_PREPS,
    RECIPIENT_PREPS,
    REMOVAL_CODES,
    UNDIRECTED_ROOTS,
    VIOLENT_ROOTS,
)
from geoevents.coding.wire import ADDRESSED_ROOTS, RESTATING_NOUNS, leading_addressees
from geoevents.models import Actor

__all__ = ["FallbackTargets"]

# meetings and talks find their other party in a "with / to" phrase only ("met with X", "talked to X"); "on / at /
# over / for" name a venue, topic or occasion ("met on the island of Capri", "talks on Gaza", "met over dinner")
_MEETING_CODES = frozenset({"040", "044", "046"})
_PARTNER_PREPS = frozenset({"with", "to", "toward", "towards"})
# a measure that reduces relations (16) taken toward "the country" a sentence named before ("closed its borders with
# Niger and suspended all transactions with the country"): that country
_MEASURE_ROOT = "16"
_COUNTRY_NOUNS = frozenset({"country", "nation"})
_MEASURE_PREPS = frozenset({"with", "on", "against", "to", "for"})
_COUNTRY_KINDS = frozenset({"country", "capital"})


class FallbackTargets(VisitReader):
    """The target readers the sentence coder tries, in order, when the trigger's own reading names no target."""

    def _fallback_targets(self, tok: Token, rule: Rule, kind: str, code: str, actors: DocActors, day: dt.date,
                          sources: list[Actor], targets: list[Actor | None], antecedent: Found | None,
                          reciprocal: bool, flags: list[str]) -> list[Actor | None]:
        """``targets`` as found so far, else the first target a reader of the chain finds (``flags`` gets
        "nearest_actor" when only the clause's nearest actor is left)."""
        if not targets and not reciprocal:
            undirected = rule.target == "none" and code[:2] in UNDIRECTED_ROOTS
            preps = ADDRESSEE_PREPS if undirected else RECIPIENT_PREPS if code == "064" else OBLIQUE_PREPS
            if code[:3] in REMOVAL_CODES:  # "expelled a bishop to Rome": a destination, not the party expelled
                preps = preps - DESTINATION_PREPS
            if code[:3] in _MEETING_CODES:  # "met on the island of Capri", "met over dinner": a venue, no party
                preps = preps & _PARTNER_PREPS
            targets = not_victims(tok, code, self._oblique_target(tok, actors, day, {s.code for s in sources}, preps))
            for topic in topic_heads(tok) if code == "064" and not targets else ():  # "on the plot to Y": Y
                targets = targets or self._oblique_target(topic, actors, day, {s.code for s in sources}, preps)
        if not targets and not reciprocal and (code[:2] == "15" or (code[:2] in VIOLENT_ROOTS and (kind == "verb" or (
                result_verb(tok) or aimed_noun(tok, code, rule.preps) or suffered_in(tok))))):  # "jets bombed X"
            targets = result_target(self, tok, actors, day, held_countries(sources, code),
                                    rule.preps if kind == "noun" else ())
        if not targets and kind == "verb" and (code[:2] in ("13", "15", "16") or code == "114" or (
                code in ("110", "111") and self._no_other_act(tok))):
            # "protested after X fired", "warned of consequences after X began drills", "voiced dismay after X ..."
            targets = self._provoker(tok, actors, day, {s.country_code for s in sources})
        if not targets and kind == "verb" and code[:2] in ("02", "10", "11", "13") and (
                aim := critic_aim(tok)) is not None:  # "drew a rebuke from X, which demanded accountability": of Y
            targets = [a for a in self._actors_at(aim, actors, day) if a.code not in {s.code for s in sources}]
        if not targets and code[:2] in ADDRESSED_ROOTS and kind == "verb":
            # "In a letter to X, Y called for ...": the addressee of the leading frame
            targets = [a for g in leading_addressees(tok) for a in self._actors_at(g, actors, day)
                       if a.code not in {s.code for s in sources}]
        if not targets and code[:2] in DIRECTIVE_ROOTS:  # "urged Berlin to ...", "went on despite calls from X"
            targets = list((self._clause_subject_actors if kind == "verb" else self._defied)(tok, actors, day, {
                s.code for s in sources}))
        if not targets and not reciprocal and kind == "verb" and code[:2] not in UNDIRECTED_ROOTS:
            targets = list(self._object_target(tok, actors, day, {s.code for s in sources}))
        if not targets and kind == "verb" and code[:2] == _MEASURE_ROOT:  # "cut trade with the country": the one named
            targets = self._named_before(tok, actors, day, {s.country_code for s in sources})
        if not targets and kind == "verb" and code[:2] in DYADIC_ROOTS and (obj := self._object(tok)) is not None and (
                other := shared_partner(obj, sources[0].country_code)) is not None:
            d = self.recognizer.d  # "North Korea cut off the inter-Korean hotline": South Korea
            targets = [Actor(d.cameo_country(other), d.country_name(other), other, None, obj.idx, obj.idx + len(obj))]
        if not targets and kind == "verb" and code[:3] == "042" and (obj := self._object(tok)) is not None and \
                obj.ent_type_ == "PERSON" and (place := self.name_place(obj)) is not None and \
                place.country_code not in {s.country_code for s in sources}:
            targets = [place]  # "visited Lalibela": a place the tagger took for a person (as for "shelled X")
        if not targets and not reciprocal and (kind == "verb" or rule.target == "none" or code[:2] == "14" or (
                antecedent is None and code[:2] in HUMAN_OBJECT_ROOTS)):
            targets = list(self._domestic_target(tok, kind, yielded_code(code, rule.code), sources[0], actors))
        if not targets and not reciprocal and kind == "verb" and code[:2] in DYADIC_ROOTS - VIOLENT_ROOTS:
            # the parse hung the other party somewhere no reader looks: the clause's nearest actor after the verb
            targets = list(self._clause_actor(tok, actors, day, {s.country_code for s in sources}))
            flags += ["nearest_actor"] if targets else []
        if not targets and code[:2] == "07" and (kind == "noun" or tok.dep_ == "acl"):  # "aid (sent by X) reached Y"
            arrived: list[Actor | None] = [a for p in arrival_places(tok, kind) for t in p.subtree
                                           if (a := self.place_country(t)) is not None
                                           and a.country_code not in {s.country_code for s in sources}]
            targets = arrived[:1]
        if not targets and code[:3] == "129":  # "X failed to adopt Y after Z cast its veto": X
            targets = list(self._voting_body(tok, actors, day, {s.code for s in sources}))
        if not targets and code[:2] in ("06", "07") and kind == "verb":  # "(... to Taipei), although Y supplied it"
            targets = list(earlier_recipient(tok, actors, day, self.recognizer, {s.country_code for s in sources}))
        if not targets and code[:2] == "07" and kind == "verb":  # "sent aid to Kherson": the place's country
            sent_to: list[Actor | None] = [
                a for p in self._pobjs(tok, {"to", "into"}) if (a := self.place_country(p) or (
                    self.name_place(p) if p.ent_type_ == "PERSON" else None)) is not None
                and a.country_code not in {s.country_code for s in sources}]
            targets = sent_to[:1]
        return targets

    def _no_other_act(self, verb: Token) -> bool:
        """Whether a verb of disapproval acts on nothing but a restating noun or a feeling ('condemned the move',
        'voiced dismay'): an 'after' clause then tells what it answers ('condemned the launch after X and Y held
        talks' is aimed at the launch's unnamed doer)."""
        obj = self._object(verb)
        return obj is None or obj.lemma_.lower() in RESTATING_NOUNS or not self.patterns.lookup(
            "noun", obj.lemma_.lower())

    def _named_before(self, tok: Token, actors: DocActors, day: dt.date, own: set[str | None]) -> list[Actor | None]:
        """The country a measure's "the country" refers to: the last one named before it in the sentence that is not
        the source's ("suspended all transactions with the country"; "sanctioned the country")."""
        objects = [c for c in kids(tok) if c.dep_ == "dobj"]  # ("cut all trade with the country": the object's)
        ref = next((g for h in (tok, *objects) for c in kids(h) if c.dep_ == "prep" and c.lower_ in _MEASURE_PREPS
                    for g in kids(c) if g.dep_ == "pobj" and _the_country(g)), None) or next(
            (c for c in objects if _the_country(c)), None)
        if ref is None:
            return []
        for i in range(ref.i - 1, ref.sent.start - 1, -1):
            hit = actors.by_token.get(i)
            if hit is None or hit.entry is None or hit.entry.kind not in _COUNTRY_KINDS:
                continue
            named = [a for a in self._actors_at(tok.doc[i], actors, day) if a.country_code not in own]
            if named:
                return [named[0]]
        return []


def _the_country(noun: Token) -> bool:
    """'the country' with nothing else to say which: a reference to one named before."""
    return noun.lemma_.lower() in _COUNTRY_NOUNS and all(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids(noun))
