"""The source of a trigger (subject, possessor, "by" phrase, light-verb subject, claimant), the unnamed
domestic party of a domestic act, and the place a trigger names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from geoevents.coding.actors import DocActors
from geoevents.coding.aims import AimReader
from geoevents.coding.assaults import unnamed_victim
from geoevents.coding.background_events import hung_agent, stranded_subject
from geoevents.coding.clauses import claimant, document_authors
from geoevents.coding.coercion_more import coerced_group, coerced_head
from geoevents.coding.cooperation import joint_frame_subject
from geoevents.coding.crowds import counted_crowd, crowd_source
from geoevents.coding.demands import family_code
from geoevents.coding.disapproval import summoning_host
from geoevents.coding.distribution import shared_frontier
from geoevents.coding.force import wielder
from geoevents.coding.inquiries import commissioning_verb
from geoevents.coding.inquiry_frames import inquiry_frame_subject
from geoevents.coding.nominal import temporal_frame_subject
from geoevents.coding.nominal_events import inner_owner
from geoevents.coding.patterns import PatternIndex, Rule
from geoevents.coding.place_targets import PlaceTargets
from geoevents.coding.repression import (
    banned_body,
    domestic_party,
    previous_object,
    reporting_agent,
    spared,
    warned_people,
)
from geoevents.coding.roles import phrase, stray_agent, taking_part
from geoevents.coding.security_sites import military_asset
from geoevents.coding.stays import stay_subject
from geoevents.coding.subclauses import framed_subject, group_antecedent
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import (
    CIVIC_TYPES,
    FROM_SOURCE_CODES,
    FROM_SOURCE_ROOTS,
    HUMAN_NOUNS,
    HUMAN_OBJECT_ROOTS,
    LIGHT_VERBS,
    LOCATIVE_PREPS,
    OBLIQUE_PREPS,
    PATIENT_NOUNS,
    PRONOUNS,
    QUANTITY_NOUNS,
    STATE_TYPES,
    VIOLENT_ROOTS,
)
from geoevents.coding.wire import named_act_verb
from geoevents.models import Actor

# verbs whose agentless passive's "from" place is the state that did it: "were expelled from Norway", "was
# extradited from Argentina to Italy"
EXPELLING_VERBS = {"expel", "deport", "oust", "kick", "extradite"}
# people named as from elsewhere, of no one country: "foreign hostages", "foreigners", "expatriate workers"
_ELSEWHERE_WORDS = frozenset({"foreign", "international", "western", "expatriate", "multinational"})
_ELSEWHERE_PEOPLE = frozenset({"foreigner", "expatriate", "expat"})
# the objects of a "by" that is a deadline, not an agent: "by the end of March", "by the time X arrived"
_TIME_POINTS = frozenset({"end", "start", "beginning", "middle", "close", "time", "deadline", "midnight", "dawn",
                          "noon", "nightfall"})
# subjects that name an act only feared or imagined, whose doer did nothing: "fears of an X offensive drove ..."
_IMAGINED = frozenset({"fear", "prospect", "possibility", "spectre", "specter", "likelihood", "scenario", "rumour",
                       "rumor", "speculation"})

__all__ = ["PartyReader"]
# what a force fires ("fired artillery shells", "launched army rockets"): the weapon, no post or asset of the
# body its modifier names
_FIRED = frozenset({"shell", "round", "rocket", "missile", "mortar", "bomb", "grenade", "bullet", "shot", "salvo",
                    "barrage", "projectile", "munition", "drone"})
# verbs whose object is the party acted upon ("accused it of", "sued a rival"): one a company's act names that
# is no actor is no government
_PARTY_OBJECT_VERBS = frozenset({"accuse", "blame", "sue", "charge"})
# the frame of a clause that breaks a rule: "in defiance of a court order", "in violation of the truce"
_BREACH_NOUNS = frozenset({"defiance", "violation", "breach", "contravention"})
# where an agentless act of coercion happened ("was arrested in Tehran", "detained across southeastern Turkey"), and
# the operations it happened in, whose own place names the state ("detained in dawn raids across Turkey")
_AT_PLACE = frozenset({"in", "at", "inside", "across", "throughout"})
_SWEEPS = frozenset({"raid", "sweep", "operation", "crackdown", "roundup", "round-up", "swoop", "clampdown"})


def of_no_country(head: Token) -> bool:
    """Whether people acted upon are named as foreigners of no one country ('took foreign hostages', 'abducted
    two foreigners', 'kidnapped western tourists'): the target is empty, not the place's own people."""
    return head.lemma_.lower() in _ELSEWHERE_PEOPLE or any(
        c.dep_ in ("amod", "compound") and c.lower_ in _ELSEWHERE_WORDS for c in kids(head))


# bodies whose posts, bases and buildings stand for them when attacked, seized or destroyed
OWNER_TYPES = frozenset({"MIL", "COP", "GOV", "SPY", "JUD", "LEG"})


def titled_person(name: Token) -> bool:
    """A name that a human noun titles ("the rapper Toomaj Salehi", "blogger X"): a person, whatever entity type
    the tagger gave it (it often takes an unfamiliar name after a title for an organisation)."""
    return name.pos_ == "PROPN" and any(c.dep_ in ("compound", "amod") and c.i < name.i and
                                        c.lemma_.lower() in HUMAN_NOUNS for c in kids(name))


class PartyReader(AimReader, PlaceTargets):
    """Reads a trigger's source and its unnamed domestic party (mixed into the sentence coder)."""

    patterns: PatternIndex
    name_place: Callable[[Token], Actor | None]
    _frontier = staticmethod(shared_frontier)  # "A and B each moved troops to their shared border": each on the other

    def _domestic_target(self, tok: Token, kind: str, code: str, source: Actor, actors: DocActors) -> list[Actor]:
        """The unnamed party of a domestic act, taken to be of the source's country.

        'arrested three men', 'killed dozens of villagers' (no country in the text): people of the
        source's country; a protest or strike with no addressee is aimed at its own government; curfews
        and states of emergency are imposed on (or lifted for) the country's own population.
        """
        iso = source.country_code
        if not iso or source.type_code == "IGO":
            return []
        prefix = self.recognizer.d.cameo_country(iso)
        if code[:2] == "19" and kind == "verb":  # "oil workers staged a strike": a stoppage, aimed at their government
            code = family_code(tok, kind, code, [source])
        if code[:2] in HUMAN_OBJECT_ROOTS or code[:3] == "116":  # "sentenced a rapper": a person convicted
            # the people acted upon are most likely of the country where it happens, else of the source's
            obj = coerced_head(tok, self._object(tok), code) if kind == "verb" else next(  # "the arrest of X"
                (g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                 if g.dep_ == "pobj"), None)
            v_iso = self._act_country(tok, kind, obj, code) or self.recognizer.context_country or iso
            v_prefix, v_name = self.recognizer.d.cameo_country(v_iso), self.recognizer.d.country_name(v_iso)
            heads = [obj, *obj.conjuncts, *previous_object(tok, obj)] if obj is not None else []
            heads += [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in OBLIQUE_PREPS
                      for g in kids(c) if g.dep_ == "pobj"]  # "fired tear gas at students"
            heads += [g for c in kids(tok) if kind == "verb" and c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ"
                      for g in kids(c) if g.dep_ == "nsubj"]  # "found the playwright X guilty": a small clause
            heads += [a for h in list(heads) for a in kids(h) if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
            # ("the theatre director X": the person the title names)
            heads += [g for h in list(heads) if h.like_num or h.lemma_.lower() in QUANTITY_NOUNS
                      for c in kids(h) if c.dep_ == "prep" and c.lower_ == "of"
                      for g in kids(c) if g.dep_ == "pobj"]  # "hundreds of civilians"
            for h in heads:
                if spared(h, code):
                    continue  # "withdrew its troops": the source's own people are not acted upon
                if of_no_country(h):  # "seized foreign hostages": people of no one country (the conventions' "")
                    return [Actor("", h.text, "", None, h.idx, h.idx + len(h.text))]
                hit = actors.by_token.get(h.i)
                if hit is not None and hit.entry is None and hit.agent_type:
                    return [Actor(v_prefix + hit.agent_type, f"{v_name} ({hit.agent_type})", v_iso,
                                  hit.agent_type, h.idx, h.idx + len(h.text))]
                place = self.name_place(h) if code[:2] in VIOLENT_ROOTS and h.ent_type_ == "PERSON" else None
                if place is not None:  # "shelled Lalibela": a place the tagger took for a person
                    return [place] if place.country_code != iso else []
                if h.ent_type_ == "PERSON" or h.lemma_.lower() in HUMAN_NOUNS or domestic_party(h, code) or \
                        titled_person(h) or \
                        unnamed_victim(tok, h, code) or any(c.dep_ == "amod" and c.lower_ == "ethnic"
                                                            for c in kids(h)):
                    # ("torched homes", "kidnapped a village chief", "killed hundreds of ethnic Masalit")
                    return [Actor(v_prefix + "CVL", f"{v_name} (CVL)", v_iso, "CVL", h.idx, h.idx + len(h.text))]
                # "an army checkpoint", "a police station": a post or asset of that body of the country
                owner = next((c for c in kids(h) if c.dep_ in ("compound", "amod") and c.i in actors.by_token),
                             None) if h.lemma_.lower() not in _FIRED else None
                held = actors.by_token[owner.i] if owner is not None else None
                if owner is not None and held is not None and held.entry is None and (
                        held.agent_type in OWNER_TYPES or (held.agent_type and coerced_group(h, code))):
                    return [Actor(v_prefix + held.agent_type, f"{v_name} ({held.agent_type})", v_iso,
                                  held.agent_type, owner.idx, owner.idx + len(owner.text))]
                if owner is None and (forces := military_asset(h, source, v_iso)) is not None:  # "a military base"
                    return [Actor(v_prefix + forces, f"{v_name} ({forces})", v_iso, forces, h.idx, h.idx + len(h.text))]
                if banned_body(h, code):  # "dissolved a leading rights association": a body of the population
                    return [Actor(v_prefix + "CVL", f"{v_name} (CVL)", v_iso, "CVL", h.idx, h.idx + len(h.text))]
            if (placed := self._struck_party(tok, kind, obj, code, source)) is not None:
                return [placed]  # "bombed a market in El Fasher", "shelled Kherson"
        if code[:3] == "128" and kind == "noun" and tok.lemma_.lower() in _BREACH_NOUNS:
            # "deported them in defiance of a court order": the order of the source's own courts (not of a named one)
            rules = [t for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                     if g.dep_ == "pobj" for t in phrase(g)]
            if any(t.lemma_.lower() == "court" for t in rules) and not any(
                    (named := actors.by_token.get(t.i)) is not None and named.entry is not None for t in rules):
                return [Actor(prefix + "JUD", f"{self.recognizer.d.country_name(iso)} (JUD)", iso, "JUD", -1, -1)]
        if code[:2] == "13" and kind == "verb" and (warned := warned_people(tok, self.recognizer, iso)):
            return warned  # "warned that those who incite riots would face punishment"
        if kind == "noun" and code[:2] != "14" and "none" not in {
                r.target for r in self.patterns.lookup(kind, tok.lemma_.lower())}:
            return []  # a nominal event's unnamed party is read only from its "of" phrase
        own_government = [Actor(prefix + "GOV", self.recognizer.d.country_name(iso), iso, "GOV", -1, -1)]
        if code[:2] == "14" and source.type_code not in STATE_TYPES:
            return own_government
        if code[:2] in ("10", "11", "12", "13") and source.type_code in CIVIC_TYPES and not (
                source.type_code == "BUS" and (code[:3] == "115" or (  # (a company's lawsuit: another's, mostly)
                    kind == "verb" and tok.lemma_.lower() in _PARTY_OBJECT_VERBS and any(
                        c.dep_ == "dobj" for c in kids(tok))))):  # ("accused its rival": the party it names)
            return own_government  # "the opposition demanded a rerun of the election"
        if code[:3] in ("081",) or code in ("1723", "1724") or (code[:2] == "09" and source.type_code in STATE_TYPES) \
                or (code == "1721" and (source.type_code in STATE_TYPES or not source.type_code)):
            # curfews and emergencies concern the population; a state body's inquiry, its own country; a state's
            # internet shutdown or media ban with no named outlet ("shut down the internet"), its own people
            return [Actor(prefix + "CVL", self.recognizer.d.country_name(iso), iso, "CVL", -1, -1)]
        return []

    def _sources(self, tok: Token, rule: Rule, kind: str, actors: DocActors, day: dt.date,
                 last_person: Actor | None, speaker: list[Actor]) -> list[Actor]:
        if rule.source == "subj":
            subj = (stranded_subject(tok) if kind == "verb" else None) or self._subject(tok)  # ("after strikes hit X")
            subj = self._subject(setter) if (setter := commissioning_verb(tok)) is not None else subj
            if subj is None and kind == "verb" and rule.code[:2] == "15":
                # "the troops were put on combat alert": a state's forces are put on alert by that state
                subj = next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)
            subj = subj or (framed_subject(tok) if kind == "verb" else None)  # "while visiting X, Y ...": Y
            if subj is None and kind == "verb" and rule.code[:3] == "114" and (
                    host := summoning_host(tok)) is not None and (placed := self.place_country(host)) is not None:
                return [placed]  # "Russia's envoy was summoned to the foreign ministry in Warsaw": Poland's
            if subj is None and kind == "verb" and tok.lemma_.lower() in EXPELLING_VERBS and any(
                    c.dep_ in ("nsubjpass", "auxpass") for c in kids(tok)):
                return []  # "X, who was extradited from Belgium": not X but the authorities (SentenceCoder._apply)
            if subj is None and kind == "verb":
                found = self._left_subject(tok, actors, day)
                return found + [a for a in self._along_with(tok, actors, day) if a.code not in {f.code for f in found}]
            subj = group_antecedent(subj, actors, lambda t: (a := self.recognizer.actor_of(t, actors, day)) is not None
                                    and a.type_code == "REB") or subj  # "after the group fired": the group named
            subj = wielder(subj) or subj  # "rockets fired by Hezbollah hit X": Hezbollah (force.py)
            if kind == "verb" and subj is not None and subj.lemma_.lower() in _IMAGINED:
                return []  # "fears of an X invasion have driven thousands from Y": no one did it
            found = self._actors_at(subj, actors, day, last_person, speaker)
            if not found and subj is not None:  # "an inquiry by X blamed Y": the document's author
                found = [a for g in document_authors(subj) for a in self._actors_at(g, actors, day)]
            if not found and rule.code[:2] == "14" and kind == "verb":  # "Thousands marched in Caracas"
                found = counted_crowd(subj, self.place_country, self._civilians,
                                      lambda: self.recognizer.context_country)
            if found and kind == "verb" and subj is not None:  # "X, alongside Y, signed ...": Y signed too
                found += [a for a in self._beside(subj, actors, day) if a.code not in {f.code for f in found}]
            return found
        if rule.source == "pobj":
            return [a for p in self._pobjs(tok, rule.preps) for a in self._actors_at(p, actors, day)]
        if rule.source == "speaker":  # "X said Y's move was illegal": a judgment is the one who states it
            return list(speaker)
        if rule.source == "between":
            return [a for p in self._pobjs(tok, {"between", "among"}) for a in self._actors_at(p, actors, day)][:1]
        # poss: "X's visit", "U.S. sanctions", "visit by X", else the subject of a light verb ("X held talks")
        # "his arrest": the possessor is the one arrested; "Turkey's arrest of X": the possessor arrested X
        patient = tok.lemma_.lower() in PATIENT_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                 for c in kids(tok))
        for c in (*kids(tok), *inner_owner(tok, actors.by_token)):  # (inner: "Ukrainian drone strikes")
            if c.dep_ == "poss" and (patient or c.lower_ in PRONOUNS):
                continue
            hit = actors.by_token.get(c.i)
            if c.dep_ in ("compound", "amod", "nmod") and hit is not None and hit.entry is not None and (
                    hit.entry.kind == "capital" or (rule.target == "place" and hit.entry.kind == "country")):
                continue  # "the Seoul visit": a destination, not an agent
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and hit is not None):
                found = self._actors_at(c, actors, day, None, speaker)
                if found:
                    return found
        agent_preps = {"by", "from"} if rule.code[:2] in FROM_SOURCE_ROOTS or rule.code in FROM_SOURCE_CODES else {"by"}
        by = self._pobjs(tok, agent_preps)
        if not by:  # "the expulsion of four diplomats by X", "aid to Ukraine from X": hung on the next object
            by = [g for o in self._pobjs(tok, {"of", "to", "for"}) for c in kids(o) if c.dep_ in ("prep", "agent")
                  and c.lower_ in agent_preps for g in kids(c) if g.dep_ == "pobj"] or stray_agent(tok) or \
                hung_agent(tok, agent_preps, actors.by_token)  # ("a crackdown on students by X")
        if not by and kind == "noun" and rule.target == "place" and rule.code in ("042", "0874"):
            # "the visit of X to Y", "the arrival of X in Y": who travels; "the withdrawal of X's troops from Y"
            by = self._pobjs(tok, {"of"})
        # ("completed the pullout by the end of March": a deadline, not an agent)
        by = [p for p in by if p.ent_type_ not in ("DATE", "TIME") and p.lemma_.lower() not in _TIME_POINTS]
        if by:  # "a visit by X"; "appeals from X", "aid from X"
            return [a for p in by for a in self._actors_at(p, actors, day)]
        if (light := tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in LIGHT_VERBS else
                named_act_verb(tok, LIGHT_VERBS)) is not None:  # ("launched what it called an offensive")
            return self._actors_at(self._subject(light), actors, day, last_person, speaker)
        frame = temporal_frame_subject(tok) or stay_subject(tok) if rule.code[:2] == "04" or "with" in rule.preps \
            else None  # ("X is on a visit to Y", "On his visit to Y, X said", "X was in Y for talks with Z")
        frame = frame or (joint_frame_subject(tok) if rule.code[:3] == "062" else None)  # "in a joint raid with Y"
        frame = frame or (inquiry_frame_subject(tok) if rule.code[:2] == "09" else None)  # "after a probe, X ..."
        if frame is not None:  # "X said after talks with Y": X met Y; "X took the city after fighting with Y"
            return self._actors_at(frame, actors, day, last_person, speaker)
        joined = taking_part(tok) if rule.code[:2] == "14" else None
        if joined is not None:  # "unions shut down airports in an indefinite strike": the unions strike
            return self._actors_at(self._subject(joined), actors, day, last_person, speaker)
        if tok.lemma_.lower() in _BREACH_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
                tok.head.head.pos_ in ("VERB", "AUX"):  # "X deported them in defiance of a court order": X defied it
            return self._actors_at(self._subject(tok.head.head), actors, day, last_person, speaker)
        claimer = claimant(tok)
        if claimer is not None:  # "X claimed responsibility for the attack": X attacked
            return self._actors_at(claimer, actors, day, last_person, speaker)
        if rule.code[:2] == "14":  # "protests erupted in Lima": the civilians of the place
            return crowd_source(tok, self.place_country, self._civilians, lambda: self.recognizer.context_country)
        return []

    def _civilians(self, iso: str, tok: Token) -> Actor:
        d = self.recognizer.d
        return Actor(d.cameo_country(iso) + "CVL", f"{d.country_name(iso)} (CVL)", iso, "CVL", tok.idx,
                     tok.idx + len(tok.text))

    @staticmethod
    def _place_token(tok: Token, rule: Rule) -> Token | None:
        holders = [tok, *(c for c in kids(tok) if c.dep_ in ("dobj", "compound"))]
        for h in holders:
            if h.i != tok.i and h.dep_ == "compound":
                return h  # "the Seoul visit"
            for c in kids(h):
                if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS - {"on", "over"}:
                    for g in kids(c):
                        if g.dep_ == "pobj":
                            return g
        return None

    def _authorities(self, verb: Token) -> list[Actor]:
        """The state of the place where an agentless passive act of coercion happened ('was arrested in Tehran'),
        or that expelled ('two diplomats were expelled from Norway')."""
        if not any(c.dep_ == "nsubjpass" for c in kids(verb)) or any(c.dep_ == "agent" for c in kids(verb)):
            return []
        if reporter := reporting_agent(verb, self.recognizer):
            return reporter  # "a journalist was arrested, police said": the police
        for c in kids(verb):
            if c.dep_ == "prep" and (c.lower_ in _AT_PLACE or (
                    c.lower_ == "from" and verb.lemma_.lower() in EXPELLING_VERBS)):
                for g in kids(c):
                    place = self.place_country(g) if g.dep_ == "pobj" else None
                    if place is None and g.dep_ == "pobj" and g.lemma_.lower() in _SWEEPS:
                        # "were detained in dawn raids across southeastern Turkey": where the raids were
                        place = next((p for d in kids(g) if d.dep_ == "prep" and d.lower_ in _AT_PLACE for q in kids(d)
                                      if q.dep_ == "pobj" and (p := self.place_country(q)) is not None), None)
                    if place is not None and place.country_code:
                        iso = place.country_code
                        return [Actor(self.recognizer.d.cameo_country(iso) + "GOV", self.recognizer.d.country_name(iso),
                                      iso, "GOV", -1, -1)]
        return []
