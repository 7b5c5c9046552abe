"""Sentence -> coded events: pattern rules applied over the dependency parse.

For each predicate (verb) or event noun with a rule in ``verbs.csv``, the source and target actors
are read from its arguments (subject, object, prepositional objects, possessor, "between"), with
passives turned around and coordinated actors expanded; modality decides whether the event is
coded as realised, as an intention (CAMEO 03x / 13x) or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from geoevents.codebook import Codebook
from geoevents.coding.accusations import judged, own_claim
from geoevents.coding.actors import ActorRecognizer, DocActors
from geoevents.coding.clauses import circumstance, governed_by, is_thing, none_of, presupposed
from geoevents.coding.coercion import owned_aim
from geoevents.coding.cooperation import cooperation_kind, joint_act
from geoevents.coding.dangers import danger_warnings
from geoevents.coding.diplomacy import declined_comment, no_event
from geoevents.coding.disapproval import drawn_rule, official_protest
from geoevents.coding.embedded import asserting_predicate, frame_visit_rule, hosted_meeting
from geoevents.coding.fallback_targets import FallbackTargets
from geoevents.coding.fitting import rule_fits
from geoevents.coding.force import attacked_unit
from geoevents.coding.force_codes import force_code
from geoevents.coding.found import Found, earlier_event, most_specific, one_threat
from geoevents.coding.guards import guarded
from geoevents.coding.inquiries import inquiry_mood, not_victims
from geoevents.coding.intentions import not_appeal, raised_future, undirected_intent
from geoevents.coding.intents import decided, mission_intent
from geoevents.coding.material import agreed, agreed_deeds, withheld
from geoevents.coding.material_more import joint_drill, on_mission, unfit_material
from geoevents.coding.modality import (
    DIRECTIVE_GOVERNORS,
    INTENT_GOVERNORS,
    REPORTING,
    THREATENING,
    Modality,
)
from geoevents.coding.nominal import ATTACK_PREPS, mediated_parties, untargeted_violence
from geoevents.coding.nominal_events import (
    fallback_rule,
    measure_aim,
    one_act,
    unasserted,
)
from geoevents.coding.offered_roles import offered_purpose, offered_roles, role_parties
from geoevents.coding.parties import EXPELLING_VERBS
from geoevents.coding.patterns import PatternIndex, Rule
from geoevents.coding.protest_acts import purpose_protests, rioting_crowds
from geoevents.coding.reciprocity import both_ways, exchange_holders, framing, traded_release
from geoevents.coding.recode import recode
from geoevents.coding.refusals import hosted_refusal, negated_head, refused_act
from geoevents.coding.relations import forecast, leading_rule, stated
from geoevents.coding.roles import unknown_doer
from geoevents.coding.second_events import background
from geoevents.coding.statements import feeling_state, owned_deeds, phoned, plain_statements, talks_by_phone
from geoevents.coding.subclauses import (
    anaphoric_report,
    attribution_source,
    obliged,
    obliged_demand,
    told_press,
    trailing_report,
)
from geoevents.coding.threats import open_threat, threat_target
from geoevents.coding.tokens import first_conjunct, kids, span_rows
from geoevents.coding.violence import open_force, open_target, own_ground, same_side
from geoevents.coding.vocab import (
    BORDER_NOUNS,
    DYADIC_ROOTS,
    FEELING_PARTICIPLES,
    INTENT_CODE,
    INTENT_SUBCODE,
    ISSUED_NOUNS,
    LIGHT_VERBS,
    MUTUAL_VERBS,
    RECIPROCAL,
    THREAT_CODE,
    THREAT_GOVERNORS,
    VERBAL_ROOTS,
    VIOLENT_ROOTS,
)
from geoevents.coding.wire import (
    each_other,
    fold_results,
    participial_head,
    refusal_code,
)
from geoevents.models import Actor

__all__ = ["Found", "SentenceCoder"]

# codes of dealings between parties (intents, meetings, praise, cooperation, yielding): no party deals with itself
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "08"})

SWAP_VERBS = frozenset({"exchange", "swap", "trade"})  # one act of each party to the other
# the generic attack codes of a light verb's row ("launched an attack on X"), and the roots its noun may sharpen to
_GENERIC_FORCE = frozenset({"180", "190"})
_VIOLENT_NOUN_ROOTS = frozenset({"18", "19", "20"})
_FEELING_IDS = frozenset(get_string_id(w) for w in FEELING_PARTICIPLES)
# criticism nouns with a row that fits any phrase ("X's protest"): drawn by their target ("drawing protests from
# X"), their criticism row is read first
_DRAWN_FIRST = frozenset({"protest", "protests"})
_KNOWN_LIMIT = 200_000  # lemma ids remembered by SentenceCoder._triggers


@dataclass
class SentenceCoder(FallbackTargets):
    patterns: PatternIndex
    recognizer: ActorRecognizer
    codebook: Codebook
    place_country: Callable[[Token], Actor | None]
    """The country actor of a place named at a token (for 'arrived in Seoul' -> KOR), or None."""
    name_place: Callable[[Token], Actor | None] = field(default=lambda _tok: None)
    """The country of a place the tagger took for a person ('shelled Lalibela'), asked only for violent acts."""
    _history: list[Found] = field(default_factory=list)
    _doers: dict[int, list[Actor]] = field(default_factory=dict)
    """The sources of the events each trigger of the sentence gave (for a trailing participle with no subject)."""
    last_body: Actor | None = None
    last_told: Actor | None = None
    last_group: tuple[Actor, ...] = ()
    _known: dict[int, bool] = field(default_factory=dict)
    """Whether some rule is indexed under a lemma (by the lemma's string id), learned as words are met."""

    def code(self, sent: Span, actors: DocActors, day: dt.date, last_person: Actor | None,
             history: list[Found] | None = None) -> list[Found]:
        """Events of one sentence; ``history`` holds the document's earlier events (for "the visit")."""
        self._history = history if history is not None else []
        self._doers = {}
        out: list[Found] = []
        seen: set[tuple[str, str, str]] = set()
        consumed: set[int] = set()
        # predicates first, so a verb's object noun ("sanctions were imposed") is consumed by its verb
        ordered = sorted(self._triggers(sent), key=lambda t: t.pos_ != "VERB")
        for tok in ordered:
            kind = "verb" if tok.pos_ == "VERB" else ("noun" if tok.pos_ in ("NOUN", "PROPN") else "")
            if kind == "verb" and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ not in ("VBG", "VBN") and not any(
                    c.dep_ in ("nsubj", "aux", "dobj") for c in kids(tok)):
                kind = "noun"  # "Aid from X reached Gaza": a subject the tagger took for a verb
            kind = "adj" if judged(tok) else kind  # "Beijing is worried about ...", "Y was behind the attack"
            lemma = tok.lemma_.lower()
            if kind == "verb" and feeling_state(tok):
                kind, lemma = "adj", tok.lower_  # "it was concerned by the drills": a state of mind, not a passive
            if not kind or tok.i in consumed:
                continue
            rules = self.patterns.lookup(kind, lemma)
            if not rules:
                continue
            swallowed: set[int] = set()  # a verb's object noun is consumed only when the verb gives an event
            events = self._apply(tok, kind, rules, actors, day, last_person, swallowed if kind == "verb" else consumed)
            if events:
                doers = {f.source.country_code for f in events}  # ("intercepted an Iranian barrage on X": Iran's)
                consumed |= {i for i in swallowed if not (any(f.code[:2] in VIOLENT_ROOTS for f in events) and
                                                          self._other_doer(sent.doc[i], actors, day, doers))}
                self._doers[tok.i] = [f.source for f in events]
            for found in events:
                key = (found.code, found.source.code, found.target.code if found.target else "")
                if key not in seen:
                    seen.add(key)
                    out.append(found)
        out = danger_warnings(rioting_crowds(purpose_protests(one_act(most_specific(agreed_deeds(one_threat(out)))))))
        out = fold_results(plain_statements(out), lambda m, t: recode(
            m.trigger, "verb" if m.trigger.pos_ == "VERB" else "noun", m.code, [m.source], [t]))
        return self._host_countries(self._visit_hosts(self._hosted_visits(out, seen, day), seen, actors, day, sent))

    def _triggers(self, sent: Span) -> list[Token]:
        """The words of the sentence some rule is indexed under; a word no rule names is skipped before a Token is
        built for it (lemma and form read as one array)."""
        doc = sent.doc
        strings, known, lemmas = doc.vocab.strings, self._known, self.patterns.lemmas
        out = []
        for n, (lemma, lower) in enumerate(span_rows(sent, (LEMMA, LOWER))):
            hit = known.get(lemma)
            if hit is None:
                if len(known) >= _KNOWN_LIMIT:
                    known.clear()  # (a long stream meets new names without end: the table stays bounded)
                hit = known[lemma] = strings[lemma].lower() in lemmas
            if hit or lower in _FEELING_IDS:
                out.append(doc[sent.start + n])
        return out

    def _weapon_code(self, obj: Token) -> str | None:
        """The code of an attack noun that its weapon or means names ("a missile attack": 195, "a rocket attack":
        194, "a suicide attack": 1831), for the light verb that carries it ("launched", "carried out")."""
        memo: dict[object, object] = {}
        return next((r.code for r in self.patterns.lookup("noun", obj.lemma_.lower()) if r.objects and
                     r.code[:2] in _VIOLENT_NOUN_ROOTS and r.code not in _GENERIC_FORCE and
                     rule_fits(r, obj, "noun", memo)), None)

    # -- one trigger -----------------------------------------------------------------------------
    def _apply(self, tok: Token, kind: str, rules: tuple[Rule, ...], actors: DocActors, day: dt.date,
               last_person: Actor | None, consumed: set[int]) -> list[Found]:
        memo: dict[object, object] = {}  # what the rows of this lemma read alike, read once
        rule = leading_rule(tok, kind) or (drawn_rule(tok, kind, rules) if tok.lemma_ in _DRAWN_FIRST else None) or \
            next((r for r in rules if rule_fits(r, tok, kind, memo)), None) or \
            fallback_rule(tok, kind, rules) or (frame_visit_rule(tok, rules) if kind == "noun" else None) or \
            drawn_rule(tok, kind, rules)  # ("said during a visit by X", "strikes hit X", "drew a rebuke from X")
        if rule is None or no_event(rule, tok) or not_appeal(rule, tok):  # (a bare "deny", "asked X about Y")
            return []
        if kind == "adj" and rule.code == "112" and own_claim(tok):  # "X said it was behind the attack": 015
            rule = replace(rule, code="015", target="none")
        if kind == "verb" and rule.code[:2] == "11" and tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
                c.dep_ in ("agent", "nsubj", "nsubjpass") for c in kids(tok)):
            return []  # "settlers accused of attacking Palestinians": a description whose accuser is not named
        if rule.code == "010" and kind == "verb" and rule.target == "obj" and rule.lemma in REPORTING and \
                not told_press(tok) and phoned(tok):
            rule = replace(rule, code="041")  # "Putin told Erdogan in a phone call that ...": a call to Erdogan
        if rule.code == "040" and kind == "verb" and rule.lemma in LIGHT_VERBS and talks_by_phone(tok):
            rule = replace(rule, code="041")  # "held talks with Xi by telephone": a phone call
        if rule.code[:2] == "01" and rule.lemma in REPORTING and not owned_deeds(rule, tok) and (
                any(c.dep_ in ("ccomp", "parataxis") for c in (*kids(tok), tok)) or told_press(tok) or
                trailing_report(tok)):
            return []  # "X told reporters (that) ...", "..., X told AFP": attribution; the reported content is coded
        if kind == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBN" and attribution_source(tok.head):
            return []  # "according to a readout released by X": the release of the document cited, not an event
        if rule.code == "010" and kind == "verb" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ISSUED_NOUNS and any(
                    g.dep_ == "acl" and self.patterns.lookup("verb", g.lemma_.lower()) for g in kids(c))
                for c in kids(tok)):
            return []  # "issued a statement welcoming X": the statement's content is the event
        if kind == "verb":
            obj = self._object(tok)
            if obj is not None and rule.code in _GENERIC_FORCE and rule.lemma in LIGHT_VERBS and \
                    obj.lemma_.lower() in rule.objects:
                rule = replace(rule, code=self._weapon_code(obj) or rule.code)  # "launched a missile attack on X"
            if obj is not None and rule.objects and rule.code[:3] != "051" and not (
                    rule.code[:2] != "06" and joint_act(obj)) and any(  # ("shadowed a joint patrol by X and Y")
                    r.code[:2] == rule.code[:2] for r in self.patterns.lookup("noun", obj.lemma_.lower())):
                consumed.add(obj.i)  # "imposed sanctions": one event; "condemned the launch", "hailed the deal": two
            pred = tok
        elif kind == "adj":
            pred = tok.head if tok.dep_ in ("acomp", "prep", "attr") else tok  # the copula: tense, negation, links
        else:  # ("the drill, which was conducted by X": asserted by the clause that names its doer)
            pred = tok if presupposed(tok) else asserting_predicate(tok)  # ("sued X over its ban": a fact)
            if pred.i != tok.i and pred.i in consumed:
                return []
        if kind == "verb" and obliged(pred) and (demand := obliged_demand(
                pred, lambda t: t.i in actors.by_token)) is not None and demand in self.codebook:
            rule = replace(rule, code=demand, source="speaker", target="subj")  # '"Y must withdraw," X said'
        elif obliged(pred):
            return []
        if background(pred, day) or (kind == "noun" and (
                unasserted(tok, day) or attacked_unit(tok, rule.code) or withheld(tok, rule.code))) or \
                guarded(tok, kind, pred, rule.code, day) or unfit_material(tok, kind, rule):
            return []  # "the first talks since X invaded Y", "the way for X to resume drills", "blocked aid to X"
        mod = on_mission(pred, rule.code, raised_future(tok, kind, pred, inquiry_mood(pred, rule.code)))  # ("set to")
        first = first_conjunct(tok)  # "demanded a ceasefire and a withdrawal"
        if kind == "noun" and first.dep_ in ("dobj", "pobj", "xcomp", "nsubjpass") and pred.i != tok.i and \
                not framing(first):
            gov = pred.lemma_.lower()
            if gov in DIRECTIVE_GOVERNORS and not circumstance(first, pred):  # (not "asked X after the strikes")
                return []  # "demanded a withdrawal", "a visit by X has long been sought": wanted, not done
            if gov in INTENT_GOVERNORS and first.dep_ == "dobj":
                mod = replace(mod, intent=True, speaker=None, threat=False)
        if kind == "noun" and offered_purpose(tok):
            return []  # "offered Muscat as a venue for talks between X and Y": talks offered, not held
        if kind == "noun" and tok.head.lemma_.lower() in {"claim", "allegation", "report", "rumour", "rumor"}:
            mod = replace(mod, alleged=True, speaker=None, threat=False)
        refused = declined_comment(pred, tok, rule) or (  # "would not comment", "had no comment": 011
            refusal_code(pred, rule.code) if mod.negated and not none_of(tok, kind) else None)
        if refused is not None and refused in self.codebook and (
                not mod.speculative or _own_would(pred) or refused_act(pred)):
            # "X will not hold talks with Y", "X would not send troops": an announced refusal (12x)
            mod = Modality(reported=mod.reported, alleged=mod.alleged, speaker=mod.speaker)
            rule = replace(rule, code=refused, target="obj" if hosted_refusal(rule, tok, kind, refused, (
                lambda t: (hit.entry.kind if (hit := actors.by_token.get(t.i)) is not None and hit.entry else None)
            )) else rule.target)  # ("will not attend the NATO summit": NATO)
        if mod.negated or mod.speculative or (none_of(tok, kind) and refused is None):
            return []
        code = cooperation_kind(tok, kind, rule.code)  # ("deepen naval cooperation": military, 062)
        if rule.code == "010" and kind == "verb" and rule.lemma in ("tell", "order", "instruct") and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))
                for c in kids(tok)):
            code = "100"  # "told Iran to reverse course": a demand, not a statement
        flags: list[str] = []
        mod = agreed(decided(mod, pred, code), pred, code)  # "X decided to suspend talks with Y": the act
        if mod.intent or mod.future:
            intent = THREAT_CODE.get(code, THREAT_CODE.get(code[:3], INTENT_SUBCODE.get(code[:3], INTENT_CODE.get(
                code[:2]))))  # ("will send jets to X": intent to give military aid, 0332)
            if code[:2] in ("03", "13"):
                intent = code
            elif int(code[:2]) >= 9 and not (mod.threat or governed_by(pred, THREAT_GOVERNORS) or stated(code, tok)):
                intent = mission_intent(code, tok)  # plans of force are coded only when threatened
            if intent is None or intent not in self.codebook:
                return []
            code, flags = intent, ["intent"]
        speaker = self._actors_at(mod.speaker, actors, day, last_person) if mod.speaker is not None else []
        sources = self._sources(tok, rule, kind, actors, day, last_person, speaker) or self._embedded_sources(
            tok, kind, code, actors, day, consumed)
        if not sources and kind == "verb" and (head := participial_head(tok)) is not None:
            # "Thousands marched in Tbilisi, demanding X": the doers of the clause the participle trails
            sources = [a for n, a in enumerate(self._doers.get(head.i, ())) if a not in self._doers[head.i][:n]]
            if not sources and (told := anaphoric_report(head)) is not None:
                # "X detained Y, the agency said, blaming Z": the agency is X
                sources = [a for n, a in enumerate(self._doers.get(told.i, ())) if a not in self._doers[told.i][:n]] \
                    or self._actors_at(next((c for c in kids(told) if c.dep_ == "nsubj"), None), actors, day)
        code = official_protest(tok, kind, code, sources)  # "Seoul protested Tokyo's claim": 114, not 141
        antecedent: Found | None = None
        targets = not_victims(tok, code, self._targets(tok, rule, kind, actors, day, {s.code for s in sources}))
        targets = self.framed_party(targets, actors, day, {s.code for s in sources})  # "an EU package for X": X
        if not targets and kind == "verb" and rule.target == "subj" and speaker:
            # "X said it had received intelligence from Y": the pronoun subject is the speaker X
            targets = [a for a in self._actors_at(self._subject(tok), actors, day, last_person, speaker)
                       if a.code not in {s.code for s in sources}]
        if kind == "verb" and code[:2] == "12" and (
                appellants := self._refused_appellants(tok, actors, day, {s.code for s in sources})):
            targets = appellants  # "refused to reopen schools despite appeals from X": X's request turned down
        if not targets and kind == "verb" and rule.target == "obj" and (obj := self._object(tok)) is not None and \
                unknown_doer(obj, lambda t: t.i in actors.by_token):
            return []  # "condemned Smith's visit to Taiwan": an act toward a doer no dictionary knows, not Taiwan
        if kind == "noun" and not sources:
            antecedent = earlier_event(tok, rule.code, self._history)
            if antecedent is None:
                return []
            sources = [antecedent.source]
            flags.append("anaphora")
            if not targets and antecedent.target is not None:
                targets = [antecedent.target]
        if not sources and kind == "verb" and (code[:2] == "17" or tok.lemma_.lower() in EXPELLING_VERBS):
            sources = self._authorities(tok)  # "two journalists were arrested in Tehran": by Iran's authorities
            if sources:
                flags.append("implicit_agent")
        if not sources:
            return []
        if code[:3] == "052" and kind == "verb" and rule.lemma == "defend" and not any(
                c.dep_ == "nsubjpass" for c in kids(tok)) and (
                (obj := self._object(tok)) is None or not self._actors_at(obj, actors, day)):
            return []  # "troops defended the town (Bakhmut) against X": held by force, no actor defended in words
        if code[:3] == "130" and kind == "verb" and forecast(
                tok, lambda t: self._actors_at(t, actors, day), {s.country_code for s in sources}):
            return []  # "X warned that Y could attack", "that the dam could ruin farms": X foresees; no threat
        if kind == "verb" and rule.source == "subj" and code[:2] in VERBAL_ROOTS and \
                is_thing(subj := self._subject(tok), actors) and not self._same_act(subj, code):
            return []  # "a Turkish shipment arrived": a thing does not visit, meet or speak
        # a target that is the source itself ("Russia warned Russia would ...") is no target: look further
        targets = [t for t in targets if t is not None and not any(same_side(t, a, code) for a in sources)]
        if kind == "verb" and (tok.lemma_.lower() in SWAP_VERBS or traded_release(tok, code)) and \
                len({s.country_code for s in sources}) > 1:
            targets = []  # "X and Y exchanged prisoners": each to the other, whoever the prisoners are
        elif not targets:  # "Greeted by X, Y began", "condemned strikes carried out by X", "its response to X's ..."
            targets = self._embedded_targets(tok, kind, rule, code, actors, day, sources)
        if not targets and kind == "verb" and code[:2] in VIOLENT_ROOTS and (
                negated := negated_head(tok)) is not None and (obj := self._object(negated)) is not None:
            # "did not strike Iranian oil facilities, hitting only military sites": the sites are Iran's too
            targets = [a for a in self._actors_at(obj, actors, day) if not any(same_side(a, s, code) for s in sources)]
        if not targets and speaker and owned_aim(tok, code):  # "X said Y attacked its websites": X's
            targets = [s for s in speaker if not any(same_side(s, a, code) for a in sources)]
        if not targets and code[:2] == "14":
            targets = self._purpose_target(tok, actors, day, {s.code for s in sources})
        if not targets and code[:2] == "08" and kind == "verb":  # "Bowing to protests, X withdrew the bill": to them
            targets = self._yielded_to(tok, sources[0], actors, day, {s.code for s in sources})
        if not targets and code[:2] == "09" and kind == "verb":  # "the UN mission on X is examining claims ..."
            targets = self._remit_target(tok, actors, day, {s.code for s in sources})
        if not targets and code[:2] == "13":  # "if X attacks", "vowed to respond to X's strike"
            targets = threat_target(self, pred, tok, actors, day, {s.code for s in sources})
        if not targets and kind == "noun" and code[:2] == "16" and (aim := measure_aim(tok)) is not None:
            targets = [a for a in self._actors_at(aim, actors, day)  # "the new EU sanctions target Russian gas"
                       if a.code not in {s.code for s in sources}]
        if not targets and (code[:3] == "045" or hosted_meeting(tok)):  # "a swap brokered by X": the swap's parties
            targets = list(mediated_parties(tok, actors, day, self.recognizer, {s.country_code for s in sources}))
        if code[:3] == "039" and kind == "verb" and offered_roles(tok):  # "offered Muscat as a venue for talks
            targets = targets or [a for g in role_parties(tok) for a in self._actors_at(g, actors, day)  # between X, Y"
                                  if a.country_code not in {s.country_code for s in sources}]
            if not targets:
                return []  # "offered Oslo as a venue for a summit of Nordic leaders": no parties to mediate between
        # "X and Y began sharing data on Z": done by each to the other; Z is a topic
        reciprocal = self._reciprocal(tok, kind, code, sources) or joint_drill(tok, kind, code, sources)
        targets = self._fallback_targets(tok, rule, kind, code, actors, day, sources, targets, antecedent, reciprocal,
                                         flags)
        # "the Houthi attacks on shipping": force used on a named non-actor object, coded without a target
        open_attack = kind == "noun" and antecedent is None and untargeted_violence(tok, code)
        if kind == "noun" and rule.target != "none" and not targets and not open_attack and not reciprocal:
            return []  # a nominal event needs both sides in the text ("X and Y, in a phone call": each other)
        partners = [a for p in self._pobjs(tok, {"with", "alongside"}) for a in self._actors_at(p, actors, day)
                    if a.country_code not in {s.country_code for s in sources}] if code[:3] == "150" and not (
            kind == "verb" and (o := self._object(tok)) is not None and o.lemma_.lower() in BORDER_NOUNS) else []
        # ("fortified its border with X": the parser may hang the border's "with" on the verb; X is no partner)
        if code[:3] == "150" and (len({a.country_code for a in sources}) > 1 or partners):
            code = "062"  # joint drills of two countries are military cooperation
            if partners:  # "exercised alongside Indian warships": each with the other
                pairs_062 = [(a, b) for a in sources for b in partners] + [(b, a) for a in sources for b in partners]
                return self._emit(tok, rule, kind, pred, code, [*flags, "reciprocal"], mod, list(pairs_062), antecedent)
        code = recode(tok, kind, code, sources, targets)
        if not (code := force_code(tok, kind, code, sources)):
            return []  # "refugees / aid trucks crossed into X": no forces taking ground (see force_codes)
        if not targets and self._reciprocal(tok, kind, code, sources):  # (the code may have changed: 150 -> 062)
            pairs: list[tuple[Actor, Actor | None]] = [(a, b) for a in sources for b in sources if a.code != b.code]
            return self._emit(tok, rule, kind, pred, code, [*flags, "reciprocal"], mod, pairs, antecedent)
        if not targets and code[:2] in DYADIC_ROOTS and not (open_attack or undirected_intent(rule, code)) and \
                not (open_force(rule, code, sources) or open_target(tok, kind, code) or open_threat(tok, kind, code)
                     or (code[:3] == "192" and kind == "verb" and self._own_ground(tok, sources, code))):
            return []  # "agreed to cooperate", "condemned the attack": an act toward no named party is not coded
        targets = targets or [None]
        flags += [f for f, on in (("reported", mod.reported), ("alleged", mod.alleged), ("nominal", kind == "noun"),
                                  ("passive", any(c.dep_ == "nsubjpass" for c in kids(pred)))) if on]
        if code[:3] == "042" and len(sources) > 1:  # "during a visit to Hanoi, X and his Vietnamese counterpart
            # agreed ...": the host shares the clause's subject but did not visit its own country
            sources = [a for a in sources if not any(t is not None and t.country_code == a.country_code
                                                     for t in targets)] or sources
        final: list[tuple[Actor, Actor | None]] = [(a, t) for a in sources for t in targets]
        if code[:2] in _COOPERATIVE_ROOTS and len({s.country_code for s in sources}) > 1:
            # "X and Y agreed ..., after talks with Y's president", "X and Y withdrew troops from the border": each of
            # several parties deals with (or yields to) the others, not with its own country's officials
            own = [(a, t) for a, t in final if t is not None and t.country_code and t.country_code == a.country_code]
            final = [p for p in final if p not in own]
            final += [(a, b) for a, _ in own for b in sources if b.country_code != a.country_code and not any(
                x.code == a.code and y is not None and y.country_code == b.country_code for x, y in final)]
        if both_ways(tok, rule, code) and None not in targets:  # "clashes between X and Y", "joint drills with Y"
            final += [(t, a) for a, t in list(final) if t is not None]  # each on the other
            if rule.source == "between":  # "talks between X, Y and Z": Y and Z with each other too
                final += [(t, u) for t in targets for u in targets if t is not None and u is not None and
                          t.country_code != u.country_code and (t, u) not in final]
            flags.append("reciprocal")
        elif kind == "verb" and code[:3] == "084" and (swap := exchange_holders(tok)) is not None:
            # "X freed A in exchange for B held by Y / held in Y": Y freed B to X (else the one X freed A to)
            d = self.recognizer.d  # (the people freed to Y stand for Y's state, which gives its captives back)
            givers = [a for g in swap[0] for a in self._actors_at(g, actors, day)] or [
                a for g in swap[1] for t in g.subtree if (a := self.place_country(t)) is not None][:1] or [
                Actor(d.cameo_country(t.country_code) + "GOV", d.country_name(t.country_code), t.country_code, "GOV",
                      -1, -1) for t in targets if t is not None and t.country_code][:1]
            final += [(g, a) for g in givers for a in sources if g.country_code and g.country_code != a.country_code]
        return self._emit(tok, rule, kind, pred, code, flags, mod, final, antecedent)

    def _other_doer(self, noun: Token, actors: DocActors, day: dt.date, doers: set[str | None]) -> bool:
        """Whether an object noun of force names a doer of its own, of none of the verb's doers' countries, and what
        it was aimed at ('intercepted an Iranian missile barrage on Israel'): a whole act of that doer, not the
        verb's ('repelled an al-Shabaab attack on their base' names no one aimed at: the verb's act only)."""
        aims = [g for c in kids(noun) if c.dep_ == "prep" and c.lower_ in ATTACK_PREPS for g in kids(c)
                if g.dep_ == "pobj"]
        return any(self._actors_at(g, actors, day) or self.place_country(g) for g in aims) and any(
            a.country_code not in doers for c in kids(noun) if c.dep_ in ("amod", "poss", "compound", "nmod")
            and c.i in actors.by_token for a in self._actors_at(c, actors, day))

    def _same_act(self, subj: Token | None, code: str) -> bool:
        """Whether a subject is an act noun of the verb's own kind ('a Russian veto blocked the resolution'): its
        doer did the verb's act."""
        return subj is not None and any(
            r.code[:2] == code[:2] for r in self.patterns.lookup("noun", subj.lemma_.lower()))

    def _own_ground(self, tok: Token, sources: list[Actor], code: str) -> bool:
        """'Ukrainian troops recaptured Kherson', 'regained control of Palmyra': a place of the sources' own
        country taken from a party the sentence does not name (coded with an empty target)."""
        obj = self._object(tok)
        heads = [] if obj is None else [obj, *(g for c in kids(obj) if c.dep_ == "prep" and c.lower_ in (
            "of", "over") for g in kids(c) if g.dep_ == "pobj")]
        return own_ground([self._place_iso(h) for h in heads], sources, code)

    def _reciprocal(self, tok: Token, kind: str, code: str, sources: list[Actor]) -> bool:
        """'X and Y signed a deal', 'X and Y clashed': each to the other ('X and Y attacked the town' is not)."""
        if len(sources) > 1 and kind == "verb" and (each_other(tok) or self._frontier(tok)):
            return True  # "X and Y accused each other of ...", "blamed one another for ..."
        return len(sources) > 1 and (code[:3] in RECIPROCAL or code in RECIPROCAL or (
            kind == "verb" and (tok.lemma_.lower() in SWAP_VERBS or traded_release(tok, code)))) and not (
            kind == "verb" and code[:2] in VIOLENT_ROOTS and self._object(tok) is not None
            and tok.lemma_.lower() not in MUTUAL_VERBS)

    def _emit(self, tok: Token, rule: Rule, kind: str, pred: Token, code: str, flags: list[str], mod: Modality,
              pairs: list[tuple[Actor, Actor | None]], antecedent: Found | None) -> list[Found]:
        if len({a.code for a, _ in pairs}) > 1 or len({t.code for _, t in pairs if t}) > 1:
            flags = [*flags, "coordinated"] if "coordinated" not in flags else flags
        out: list[Found] = []
        for s, t in pairs:
            if t is not None and same_side(t, s, code):  # visiting one's own country, acting on itself: none;
                t = self._own_population(t, s, code)  # force aimed at a place of one's own country: its people
            conf = 0.9 if t is not None else (0.8 if rule.target == "none" else 0.65)
            conf *= 0.75 if kind == "noun" else 1.0
            conf *= 0.7 if mod.alleged else 1.0
            conf *= 0.8 if "intent" in flags else 1.0
            conf *= 0.9 if s.start < 0 else 1.0
            conf *= 0.7 if "nearest_actor" in flags or "implicit_agent" in flags else 1.0
            out.append(Found(code=code, trigger=tok, source=s, target=t, flags=tuple(flags),
                             confidence=round(conf, 3), anchor=pred if kind == "verb" else tok,
                             place_hint=self._place_token(tok, rule), future=mod.future or mod.intent,
                             realised_code=rule.code, antecedent=antecedent))
        return out


def _own_would(pred: Token) -> bool:
    """'X would not ...' said of the actor itself: in a main clause or reported ('said X would not ...')."""
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in kids(pred)) and (
        pred.dep_ == "ROOT" or (pred.dep_ == "ccomp" and pred.head.lemma_.lower() in REPORTING | THREATENING))
