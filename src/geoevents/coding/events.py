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

from spacy.tokens import Span, Token

from geoevents.codebook import Codebook
from geoevents.coding.actors import ActorRecognizer, DocActors
from geoevents.coding.modality import (
    DIRECTIVE_GOVERNORS,
    INTENT_GOVERNORS,
    REPORTING,
    Modality,
    governing_predicate,
    modality_of,
)
from geoevents.coding.nominal import (
    mediated_parties,
    temporal_frame_subject,
    untargeted_violence,
)
from geoevents.coding.patterns import PatternIndex, Rule
from geoevents.coding.targets import ArgumentReader
from geoevents.coding.vocab import (
    ADDRESSEE_PREPS,
    BOUND_PREPS,
    CIVIC_TYPES,
    CLAIM_VERBS,
    COLLECTIVE_NOUNS,
    DIRECTIVE_ROOTS,
    DYADIC_ROOTS,
    FROM_SOURCE_ROOTS,
    HEARSAY_NOUNS,
    HUMAN_NOUNS,
    HUMAN_OBJECT_ROOTS,
    INTENT_CODE,
    LIGHT_VERBS,
    LOCATIVE_PREPS,
    MASS_KILLING_MIN,
    MASS_KILLING_VERBS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MOTION_VERBS,
    MUTUAL_VERBS,
    NONCOMBATANTS,
    NONSTATE_ARMED,
    OBLIQUE_PREPS,
    PATIENT_NOUNS,
    PRONOUNS,
    PROTESTER_TYPES,
    QUANTITY_NOUNS,
    RECIPROCAL,
    RESULT_STATES,
    STATE_TYPES,
    TEST_WEAPONS,
    THREAT_GOVERNORS,
    UNARMED_TARGETS,
    UNDIRECTED_ROOTS,
    VERBAL_ROOTS,
    VIOLENT_ROOTS,
)
from geoevents.models import Actor

__all__ = ["Found", "SentenceCoder"]


@dataclass(frozen=True, slots=True)
class Found:
    code: str
    trigger: Token
    source: Actor
    target: Actor | None
    flags: tuple[str, ...]
    confidence: float
    anchor: Token
    """The predicate whose date phrase (or whose governors' date phrase) dates the event."""
    place_hint: Token | None
    future: bool
    realised_code: str = ""
    """The code before an intention was mapped to 03x (for event anaphora)."""
    antecedent: Found | None = None


@dataclass
class SentenceCoder(ArgumentReader):
    patterns: PatternIndex
    recognizer: ActorRecognizer
    codebook: Codebook
    place_country: Callable[[Token], Actor | None]
    """The country actor of a place named at a token (for 'arrived in Seoul' -> KOR), or None."""
    _history: list[Found] = field(default_factory=list)

    def code(self, sent: Span, actors: DocActors, day: dt.date, last_person: Actor | None,
             history: list[Found] | None = None) -> list[Found]:
        """Events of one sentence; ``history`` holds the document's earlier events (for "the visit")."""
        self._history = history if history is not None else []
        out: list[Found] = []
        seen: set[tuple[str, str, str]] = set()
        consumed: set[int] = set()
        # predicates first, so a verb's object noun ("sanctions were imposed") is consumed by its verb
        ordered = sorted(sent, key=lambda t: t.pos_ != "VERB")
        for tok in ordered:
            kind = "verb" if tok.pos_ == "VERB" else ("noun" if tok.pos_ in ("NOUN", "PROPN") else "")
            if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "ccomp"):
                kind = "adj"  # "Beijing is worried about ...", "he was hopeful that ..."
            if not kind or tok.i in consumed:
                continue
            rules = self.patterns.lookup(kind, tok.lemma_.lower())
            if not rules:
                continue
            swallowed: set[int] = set()  # a verb's object noun is consumed only when the verb gives an event
            events = self._apply(tok, kind, rules, actors, day, last_person, swallowed if kind == "verb" else consumed)
            if events:
                consumed |= swallowed
            for found in events:
                key = (found.code, found.source.code, found.target.code if found.target else "")
                if key not in seen:
                    seen.add(key)
                    out.append(found)
        return self._visit_hosts(self._hosted_visits(_one_threat(out), seen), seen, actors, day)

    def _hosted_visits(self, found: list[Found], seen: set[tuple[str, str, str]]) -> list[Found]:
        """'X hosted / received Y': Y visited X's country too (CAMEO 043 implies the guest's 042)."""
        out = list(found)
        for f in found:
            t = f.target
            if f.code[:3] != "043" or t is None or not f.source.country_code or t.country_code == f.source.country_code:
                continue
            iso = f.source.country_code
            host = Actor(self.recognizer.d.cameo_country(iso), self.recognizer.d.country_name(iso), iso, None, -1, -1)
            key = ("042", t.code, host.code)
            if key not in seen:
                seen.add(key)
                out.append(replace(f, code="042", realised_code="042", source=t, target=host,
                                   flags=(*f.flags, "implied"), confidence=round(f.confidence * 0.9, 3)))
        return out

    def _visit_hosts(self, found: list[Found], seen: set[tuple[str, str, str]], actors: DocActors,
                     day: dt.date) -> list[Found]:
        """'X flew to Seoul for talks with Y' / 'to consult Y': Y, of the visited country, hosted X (CAMEO 043)."""
        out = list(found)
        for f in found:
            t = f.target
            if f.code[:3] != "042" or "implied" in f.flags or t is None or not t.country_code:
                continue
            for tok in f.trigger.subtree:
                gov = tok.head.head.lemma_.lower() if tok.head.lower_ == "with" else ""
                met = (tok.dep_ == "pobj" and gov in MEETING_NOUNS) or (
                    tok.dep_ == "dobj" and tok.head.lemma_.lower() in MEETING_VERBS)
                if not met:
                    continue
                for host in self._actors_at(tok, actors, day):
                    key = ("043", host.code, f.source.code)
                    if host.country_code == t.country_code and host.code != f.source.code and key not in seen:
                        seen.add(key)
                        out.append(replace(f, code="043", realised_code="043", source=host, target=f.source,
                                           flags=(*f.flags, "implied"), confidence=round(f.confidence * 0.9, 3)))
        return out

    # -- one trigger -----------------------------------------------------------------------------
    def _apply(self, tok: Token, kind: str, rules: tuple[Rule, ...], actors: DocActors, day: dt.date,
               last_person: Actor | None, consumed: set[int]) -> list[Found]:
        rule = next((r for r in rules if self._fits(r, tok, kind)), None)
        if rule is None or (rule.lemma == "deny" and not rule.objects) or _in_bound_clause(tok):
            return []
        if rule.code[:2] == "01" and rule.lemma in REPORTING and any(c.dep_ in ("ccomp", "parataxis") for c in
                                                                     (*tok.children, tok)):
            return []  # "X told reporters (that) ...": attribution; the reported content is what is coded
        if kind == "verb":
            obj = self._object(tok)
            if obj is not None and rule.objects and any(
                    r.code[:2] == rule.code[:2] for r in self.patterns.lookup("noun", obj.lemma_.lower())):
                consumed.add(obj.i)  # "imposed sanctions": one event; "condemned the launch": two
            pred = tok
        elif kind == "adj":
            pred = tok.head if tok.dep_ == "acomp" else tok  # the copula carries tense, negation and clause links
        else:
            pred = governing_predicate(tok) or tok
            if pred is not tok and pred.i in consumed:
                return []
        mod = modality_of(pred)
        first = tok
        while first.dep_ == "conj" and first.head is not first:
            first = first.head  # "demanded a ceasefire and a withdrawal"
        if kind == "noun" and first.dep_ in ("dobj", "pobj", "xcomp") and pred is not tok:
            gov = pred.lemma_.lower()
            if gov in DIRECTIVE_GOVERNORS:
                return []  # "demanded a withdrawal": wanted, not done
            if gov in INTENT_GOVERNORS and first.dep_ == "dobj":
                mod = Modality(negated=mod.negated, speculative=mod.speculative, intent=True,
                               reported=mod.reported, alleged=mod.alleged, future=mod.future)
        if kind == "noun" and tok.head.lemma_.lower() in {"claim", "allegation", "report", "rumour", "rumor"}:
            mod = Modality(negated=mod.negated, speculative=mod.speculative, intent=mod.intent,
                           reported=mod.reported, alleged=True, future=mod.future)
        if mod.negated or mod.speculative or _none_of(tok, kind):
            return []
        if kind == "noun" and tok.head.dep_ == "prep" and tok.head.head.lemma_.lower() in HEARSAY_NOUNS:
            return []  # "evidence of executions", "reports of strikes": not asserted by the text
        code = rule.code
        if rule.code == "010" and kind == "verb" and rule.lemma in ("tell", "order", "instruct") and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children):
            code = "100"  # "told Iran to reverse course": a demand, not a statement
        flags: list[str] = []
        if mod.intent or mod.future:
            intent = INTENT_CODE.get(code[:2])
            if code[:2] in ("03", "13"):
                intent = code
            elif int(code[:2]) >= 9 and not _governed_by(pred, THREAT_GOVERNORS):
                intent = None  # plans of force or conflict are coded only when the actor threatens them
            if intent is None or intent not in self.codebook:
                return []
            code, flags = intent, ["intent"]
        speaker = self._actors_at(mod.speaker, actors, day, last_person) if mod.speaker is not None else []
        sources = self._sources(tok, rule, kind, actors, day, last_person, speaker)
        antecedent: Found | None = None
        targets = self._targets(tok, rule, kind, actors, day, {s.code for s in sources})
        if kind == "noun" and not sources:
            antecedent = self._antecedent(tok, rule)
            if antecedent is None:
                return []
            sources = [antecedent.source]
            flags.append("anaphora")
            if not targets and antecedent.target is not None:
                targets = [antecedent.target]
        if not sources:
            return []
        if kind == "verb" and rule.source == "subj" and code[:2] in VERBAL_ROOTS and _thing(self._subject(tok), actors):
            return []  # "a Turkish shipment arrived": a thing does not visit, meet or speak
        # a target that is the source itself ("Russia warned Russia would ...") is no target: look further
        targets = [t for t in targets if t is not None and not any(
            t.code == a.code or (t.country_code == a.country_code and not t.type_code) for a in sources)]
        if not targets and code[:2] == "14":
            targets = self._purpose_target(tok, actors, day, {s.code for s in sources})
        if not targets and code[:2] == "13":
            targets = self._condition_target(pred, actors, day, {s.code for s in sources})
        if not targets and code[:3] == "045":  # "a swap brokered by X": the swap's parties
            targets = list(mediated_parties(tok, actors, day, self.recognizer, {s.country_code for s in sources}))
        # "X and Y began sharing data on Z": done by each to the other; Z is a topic
        reciprocal = self._reciprocal(tok, kind, code, sources)
        if not targets and not reciprocal:
            undirected = rule.target == "none" and code[:2] in UNDIRECTED_ROOTS
            targets = self._oblique_target(tok, actors, day, {s.code for s in sources},
                                           ADDRESSEE_PREPS if undirected else OBLIQUE_PREPS)
        if not targets and (code[:2] == "15" or (code[:2] in VIOLENT_ROOTS and kind == "verb")):
            # "patrols around Taiwan's islands", "jets bombed targets in Syria": the country where it is aimed
            targets = self._near_target(tok, actors, day, {s.country_code for s in sources})
        if not targets and code[:2] == "15" and kind == "verb":  # "raised its alert after X fired missiles": X
            targets = self._provoker(tok, actors, day, {s.country_code for s in sources})
        if not targets and code[:2] in DIRECTIVE_ROOTS and kind == "verb":
            targets = list(self._clause_subject_actors(tok, actors, day, {s.code for s in sources}))
        if not targets and not reciprocal and kind == "verb" and code[:2] not in UNDIRECTED_ROOTS:
            targets = list(self._object_target(tok, actors, day, {s.code for s in sources}))
        if not targets and not reciprocal and (kind == "verb" or rule.target == "none" or (
                antecedent is None and code[:2] in HUMAN_OBJECT_ROOTS)):
            targets = list(self._domestic_target(tok, kind, code, sources[0], actors))
        # "the Houthi attacks on shipping": force used on a named non-actor object, coded without a target
        open_attack = kind == "noun" and antecedent is None and untargeted_violence(tok, code)
        if kind == "noun" and rule.target != "none" and not targets and not open_attack:
            return []  # a nominal event needs both sides in the text
        partners = [a for p in self._pobjs(tok, {"with", "alongside"}) for a in self._actors_at(p, actors, day)
                    if a.country_code not in {s.country_code for s in sources}] if code[:3] == "150" else []
        if code[:3] == "150" and (len({a.country_code for a in sources}) > 1 or partners):
            code = "062"  # joint drills of two countries are military cooperation
            if partners:  # "exercised alongside Indian warships": each with the other
                pairs_062 = [(a, b) for a in sources for b in partners] + [(b, a) for a in sources for b in partners]
                return self._emit(tok, rule, kind, pred, code, [*flags, "reciprocal"], mod,
                                  list(pairs_062), antecedent)
        if code[:2] == "19" and not targets and kind == "verb" and _object_lemmas(tok) & TEST_WEAPONS:
            code = "150"  # "fired two ballistic missiles into the sea": a show of force, no one attacked
        if code[:2] == "19" and kind == "verb" and any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod")
                                                       for c in tok.children):
            code = "186" if any(t is not None and t.is_person for t in targets) else "180"  # "shot dead"
        if code == "190" and kind == "verb" and all(a.type_code in PROTESTER_TYPES for a in sources):
            code = "145"  # "rioters attacked a hotel": a violent protest, not military force
        elif code[:3] == "145" and all(a.type_code in STATE_TYPES for a in sources):
            code = "171"  # "police stormed the embassy": a seizure by the state, not a protest
        if code in ("190", "193") and all(a.type_code in NONSTATE_ARMED for a in sources) and targets and all(
                t is not None and t.type_code in UNARMED_TARGETS for t in targets):
            code = "180"  # "gunmen opened fire on worshippers": unconventional violence, not military force
        if kind == "verb" and code[:2] in ("17", "18", "19") and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                for c in tok.children):
            code = "180"  # "hacked / beaten / stoned to death": a killing, whatever the verb's other senses
        subj = self._subject(tok) if kind == "verb" and code[:2] in ("18", "19") else None
        if subj is not None and any(t.lower_ == "suicide" for t in subj.subtree):
            code = "1831"  # "a suicide bomber ... killed": a suicide bombing
        if code[:3] in MASS_KILLING_VERBS.get(tok.lemma_.lower(), ()) and _victims(tok) >= MASS_KILLING_MIN and \
                targets and all(t is not None and t.type_code in NONCOMBATANTS for t in targets):
            code = "202"  # "killed hundreds of villagers"
        if not targets and self._reciprocal(tok, kind, code, sources):  # (the code may have changed: 150 -> 062)
            pairs: list[tuple[Actor, Actor | None]] = [(a, b) for a in sources for b in sources if a.code != b.code]
            return self._emit(tok, rule, kind, pred, code, [*flags, "reciprocal"], mod, pairs, antecedent)
        if not targets and code[:2] in DYADIC_ROOTS and not open_attack:
            return []  # "agreed to cooperate", "condemned the attack": an act toward no named party is not coded
        if not targets:
            targets = [None]
        if mod.reported:
            flags.append("reported")
        if mod.alleged:
            flags.append("alleged")
        if kind == "noun":
            flags.append("nominal")
        if any(c.dep_ == "nsubjpass" for c in pred.children):
            flags.append("passive")
        final: list[tuple[Actor, Actor | None]] = [(a, t) for a in sources for t in targets]
        if rule.source == "between" and (code[:3] in RECIPROCAL or code in RECIPROCAL) and None not in targets:
            final += [(t, a) for a, t in list(final) if t is not None]  # "clashes between X and Y": each on the other
            flags.append("reciprocal")
        return self._emit(tok, rule, kind, pred, code, flags, mod, final, antecedent)

    def _reciprocal(self, tok: Token, kind: str, code: str, sources: list[Actor]) -> bool:
        """'X and Y signed a deal', 'X and Y clashed': each to the other ('X and Y attacked the town' is not)."""
        return len(sources) > 1 and (code[:3] in RECIPROCAL or code in RECIPROCAL) and not (
            kind == "verb" and code[:2] in VIOLENT_ROOTS and self._object(tok) is not None
            and tok.lemma_.lower() not in MUTUAL_VERBS)

    def _emit(self, tok: Token, rule: Rule, kind: str, pred: Token, code: str, flags: list[str], mod: Modality,
              pairs: list[tuple[Actor, Actor | None]], antecedent: Found | None) -> list[Found]:
        if len({a.code for a, _ in pairs}) > 1 or len({t.code for _, t in pairs if t}) > 1:
            flags = [*flags, "coordinated"] if "coordinated" not in flags else flags
        out: list[Found] = []
        for s, t in pairs:
            if True:
                if t is not None and (t.code == s.code or (t.country_code and t.country_code == s.country_code
                                                           and not t.type_code)):
                    t = None  # visiting one's own country, or an actor acting on itself: no target
                conf = 0.9 if t is not None else (0.8 if rule.target == "none" else 0.65)
                conf *= 0.75 if kind == "noun" else 1.0
                conf *= 0.7 if mod.alleged else 1.0
                conf *= 0.8 if "intent" in flags else 1.0
                conf *= 0.9 if s.start < 0 else 1.0
                out.append(Found(code=code, trigger=tok, source=s, target=t, flags=tuple(flags),
                                 confidence=round(conf, 3), anchor=pred if kind == "verb" else tok,
                                 place_hint=self._place_token(tok, rule), future=mod.future or mod.intent,
                                 realised_code=rule.code, antecedent=antecedent))
        return out

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
        if code[:2] in HUMAN_OBJECT_ROOTS:
            # the people acted upon are most likely of the country where it happens, else of the source's
            v_iso = self.recognizer.context_country or iso
            v_prefix, v_name = self.recognizer.d.cameo_country(v_iso), self.recognizer.d.country_name(v_iso)
            obj = self._object(tok) if kind == "verb" else next(  # "the arrest of an opposition leader"
                (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)
            heads = [obj, *obj.conjuncts] if obj is not None else []
            heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in OBLIQUE_PREPS
                      for g in c.children if g.dep_ == "pobj"]  # "fired tear gas at students"
            heads += [g for h in list(heads) if h.like_num or h.lemma_.lower() in QUANTITY_NOUNS
                      for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]  # "hundreds of civilians"
            for h in heads:
                hit = actors.by_token.get(h.i)
                if hit is not None and hit.entry is None and hit.agent_type:
                    return [Actor(v_prefix + hit.agent_type, f"{v_name} ({hit.agent_type})", v_iso,
                                  hit.agent_type, h.idx, h.idx + len(h.text))]
                if h.ent_type_ == "PERSON" or h.lemma_.lower() in HUMAN_NOUNS:
                    return [Actor(v_prefix + "CVL", f"{v_name} (CVL)", v_iso, "CVL", h.idx, h.idx + len(h.text))]
        if kind == "noun" and "none" not in {r.target for r in self.patterns.lookup(kind, tok.lemma_.lower())}:
            return []  # a nominal event's unnamed party is read only from its "of" phrase
        own_government = [Actor(prefix + "GOV", self.recognizer.d.country_name(iso), iso, "GOV", -1, -1)]
        if code[:2] == "14" and source.type_code not in STATE_TYPES:
            return own_government
        if code[:2] in ("10", "11", "12", "13") and source.type_code in CIVIC_TYPES:
            return own_government  # "the opposition demanded a rerun of the election"
        if code[:3] in ("081",) or code in ("1723", "1724") or (code[:2] == "09" and source.type_code in STATE_TYPES):
            # curfews and emergencies concern the population; a state body's inquiry, its own country
            return [Actor(prefix + "CVL", self.recognizer.d.country_name(iso), iso, "CVL", -1, -1)]
        return []

    def _antecedent(self, tok: Token, rule: Rule) -> Found | None:
        """'the visit', 'this trip', 'the Seoul visit': the document's latest earlier event of that kind."""
        children = list(tok.children)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in children) or any(
            c.dep_ == "compound" for c in children)
        own_date = any(t.ent_type_ in ("DATE", "TIME") for c in children for t in c.subtree)
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC") for c in children)
        if not definite or own_date or named:
            return None  # "the 2023 Camp David summit" is another event
        base = rule.code[:3]
        for prev in reversed(self._history):
            gap = tok.sent.start - prev.trigger.sent.start
            if prev.realised_code[:3] == base and prev.trigger.sent != tok.sent and gap <= 400:
                return prev
        return None

    def _fits(self, rule: Rule, tok: Token, kind: str) -> bool:
        if rule.particle and not any(c.lower_ == rule.particle and (c.dep_ == "prt" or (
                c.dep_ == "prep" and c.i == tok.i + 1 and not rule.preps)) for c in tok.children):
            # ("walked off the job": the parser may take the particle for a preposition)
            return False
        if rule.preps and not rule.objects and (rule.source in ("pobj", "between") or
                                                rule.target in ("pobj", "place", "between")) and \
                not self._pobjs(tok, rule.preps):
            return False  # "met with X" needs the "with"; the row without it is the fallback
        if kind == "verb" and any(c.dep_ == "oprd" and c.lower_ not in RESULT_STATES and c.lemma_.lower() not in
                                  rule.objects for c in tok.children):
            return False  # "called it a violation": naming, not acting ("shot dead", "found X guilty" are acting)
        if kind == "verb" and rule.code[:2] == "04" and rule.lemma in MOTION_VERBS and self._object(tok) is not None:
            return False  # "flew supplies to Syria" carries something: not a visit
        if kind == "verb" and rule.target == "none" and not rule.objects and not rule.preps and any(
                c.dep_ == "dobj" for c in tok.children):
            return False  # an intransitive sense ("protesters demonstrated") does not fit "demonstrated X"
        if rule.objects:
            lemmas: set[str] = set()
            if kind == "verb":
                obj = self._object(tok)
                if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
                    obj = tok.head  # "a swap brokered by X": the noun a passive participle qualifies
                if obj is not None:
                    heads = [obj, *obj.conjuncts]
                    heads += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in (c, *c.children) if g.dep_ == "pobj"]  # "a large amount of ammunition"
                    heads += [cj for h in list(heads) for cj in h.conjuncts]
                    lemmas = {h.lemma_.lower() for h in heads} | {c.lemma_.lower() for h in heads
                                                                  for c in h.children if c.dep_ in ("compound", "amod")}
                elif rule.preps:  # an intransitive verb's prepositional object: "took to the streets"
                    lemmas = {p.lemma_.lower() for p in self._pobjs(tok, rule.preps)}
                else:  # "declined to comment": the verb's infinitive complement; "found X guilty" (small clause)
                    lemmas = {c.lemma_.lower() for c in tok.children if c.dep_ == "xcomp" or (
                        c.dep_ == "ccomp" and c.pos_ == "ADJ")}
                lemmas |= {c.lemma_.lower() for c in tok.children if c.dep_ == "oprd"}  # "found X guilty"
            else:
                lemmas = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
                lemmas |= {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"}
            if not lemmas & rule.objects:
                return False
        return True

    def _sources(self, tok: Token, rule: Rule, kind: str, actors: DocActors, day: dt.date,
                 last_person: Actor | None, speaker: list[Actor]) -> list[Actor]:
        if rule.source == "subj":
            subj = self._subject(tok)
            if subj is None and kind == "verb":
                found = self._left_subject(tok, actors, day)
                return found + [a for a in self._along_with(tok, actors, day) if a.code not in {f.code for f in found}]
            return self._actors_at(subj, actors, day, last_person, speaker)
        if rule.source == "pobj":
            return [a for p in self._pobjs(tok, rule.preps) for a in self._actors_at(p, actors, day)]
        if rule.source == "between":
            return [a for p in self._pobjs(tok, {"between", "among"}) for a in self._actors_at(p, actors, day)][:1]
        # poss: "X's visit", "U.S. sanctions", "visit by X", else the subject of a light verb ("X held talks")
        # "his arrest": the possessor is the one arrested; "Turkey's arrest of X": the possessor arrested X
        patient = tok.lemma_.lower() in PATIENT_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                 for c in tok.children)
        for c in tok.children:
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
        by = self._pobjs(tok, {"by", "from"} if rule.code[:2] in FROM_SOURCE_ROOTS else {"by"})
        if by:  # "a visit by X"; "appeals from X", "aid from X"
            return [a for p in by for a in self._actors_at(p, actors, day)]
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in LIGHT_VERBS:
            return self._actors_at(self._subject(tok.head), actors, day, last_person, speaker)
        frame = temporal_frame_subject(tok) if rule.code[:2] == "04" or "with" in rule.preps else None
        if frame is not None:  # "X said after talks with Y": X met Y; "X took the city after fighting with Y"
            return self._actors_at(frame, actors, day, last_person, speaker)
        claimant = _claimant(tok)
        if claimant is not None:  # "X claimed responsibility for the attack": X attacked
            return self._actors_at(claimant, actors, day, last_person, speaker)
        return []

    @staticmethod
    def _place_token(tok: Token, rule: Rule) -> Token | None:
        holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "compound"))]
        for h in holders:
            if h is not tok and h.dep_ == "compound":
                return h  # "the Seoul visit"
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS - {"on", "over"}:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return g
        return None




def _object_lemmas(verb: Token) -> set[str]:
    obj = SentenceCoder._object(verb)
    if obj is None:
        return set()
    return {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod"))}


def _victims(verb: Token) -> int:
    """How many people the verb's object counts: 'hundreds of villagers' -> 200, 'at least 40 people' -> 40."""
    obj = SentenceCoder._object(verb)
    if obj is None:
        return 0
    words = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
    best = words.get(obj.lower_, 0)
    for t in obj.subtree:
        if t.like_num and t.dep_ in ("nummod", "pobj", "dobj", "nsubjpass", "compound"):
            try:
                best = max(best, int(float(t.text.replace(",", ""))))
            except ValueError:
                best = max(best, {"hundred": 100, "thousand": 1000, "dozen": 12}.get(t.lower_, 0))
        best = max(best, words.get(t.lower_, 0))
    return best


def _one_threat(found: list[Found]) -> list[Found]:
    """One event per predicate chain: 'threatened to impose sanctions' is the specific threat (1312), not
    also the bare 'threaten' (130); 'agreed to expand cooperation' is 031, not also 'agree' (030)."""
    generic = {"130", "030"}
    specific = [f for f in found if f.code[:2] in ("13", "03") and f.code not in generic]
    if not specific:
        return found
    return [f for f in found if not (f.code in generic and any(
        g.code[:2] == f.code[:2] and g.source.code == f.source.code and g.trigger is not f.trigger
        and g.trigger in f.trigger.subtree for g in specific))]


def _none_of(tok: Token, kind: str) -> bool:
    """'made no arrests', 'no talks were held': the event's noun (or the verb's object) is quantified by 'no'."""
    nouns = [tok] if kind == "noun" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.dep_ == "det" and c.lower_ == "no" for n in nouns for c in n.children)


def _claimant(tok: Token) -> Token | None:
    """The subject of 'claimed / took / admitted responsibility for <tok>', or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in ("responsibility", "credit"):
        return None
    verb = prep.head.head
    if prep.head.dep_ != "dobj" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _thing(subj: Token | None, actors: DocActors) -> bool:
    """A subject that names a thing, not an agent: a common noun with no actor word of its own."""
    if subj is None or subj.pos_ != "NOUN" or subj.i in actors.by_token or subj.ent_type_ or \
            subj.lemma_.lower() in HUMAN_NOUNS | QUANTITY_NOUNS | COLLECTIVE_NOUNS:
        return False
    # "the doctors' association", "military aircraft": an agent word in the phrase makes it an agent's
    return not any(actors.by_token[c.i].agent_type for c in subj.children if c.i in actors.by_token)


def _governed_by(pred: Token, lemmas: set[str]) -> bool:
    cur = pred
    for _ in range(4):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in lemmas:
            return True
    return False


def _in_bound_clause(tok: Token) -> bool:
    """Inside 'since November, when X happened': a past reference point, not a report."""
    cur = tok
    for _ in range(8):
        if cur.head is cur:
            return False
        if cur.dep_ == "relcl" and cur.head.ent_type_ in ("DATE", "TIME"):
            date = cur.head
            while date.dep_ in ("compound", "amod", "npadvmod") and date.head is not date:
                date = date.head
            return date.dep_ == "pobj" and date.head.lower_ in BOUND_PREPS
        cur = cur.head
    return False
