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
from geoevents.coding.patterns import PatternIndex, Rule
from geoevents.models import Actor

__all__ = ["Found", "SentenceCoder"]

# realised code root -> CAMEO code for "express intent to ..." / "threaten to ..."
INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "02": "030", "03": "030",
               "14": "133", "15": "138", "16": "1312", "17": "137", "18": "138", "19": "138", "20": "138"}
LIGHT_VERBS = {"hold", "conduct", "carry", "stage", "make", "pay", "launch", "begin", "start", "have", "sign",
               "impose", "announce", "continue", "resume", "complete", "host", "order", "provide", "give", "send",
               "lodge", "file", "issue", "express", "voice", "deliver", "extend", "mount", "unleash", "step",
               "approve", "authorize", "authorise", "grant", "finalize", "finalise", "clinch", "seal", "unveil"}
PRONOUNS = {"he", "she", "him", "her", "his"}
# codes that, done by "X and Y" with no other party named, are done by each to the other
RECIPROCAL = {"030", "031", "036", "037", "040", "041", "044", "046", "050", "057", "060", "061", "062", "063", "064",
              "0871", "190", "193", "194"}
OBLIQUE_PREPS = {"on", "against", "into", "for", "to", "toward", "towards", "with", "at", "over", "upon"}
# roots whose target may be the subject of the demanded / urged / threatened clause: "demanded that X leave"
DIRECTIVE_ROOTS = {"02", "10", "11", "12", "13"}
FIRST_PERSON = {"we", "i", "us", "our", "my"}
THREAT_GOVERNORS = {"threaten", "vow", "warn", "pledge", "promise"}
# nouns whose possessor is the one acted upon: "his arrest", "the hostages' release"
PATIENT_NOUNS = {"arrest", "detention", "release", "expulsion", "killing", "assassination", "abduction",
                 "deportation", "execution", "impeachment", "kidnapping", "imprisonment", "extradition", "ouster"}
RESULT_STATES = {"dead", "unconscious"}
STATE_TYPES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# non-state domestic actors whose demands and criticism are, unless the text says otherwise, aimed at their government
CIVIC_TYPES = {"OPP", "CVL", "LAB", "EDU", "HLH", "MED", "HRI", "AGR", "ENV", "NGO", "PTY", "REL", "BUS"}
# roots whose events are acts toward another party (CAMEO: "... with / to / against X"): coded only with that party
DYADIC_ROOTS = {"03", "04", "05", "06", "07", "11", "12", "13", "16", "17", "18", "19", "20"}
# nouns whose "of" complement is reported or suspected, not asserted: "evidence of executions"
HEARSAY_NOUNS = {"evidence", "report", "allegation", "accusation", "claim", "rumour", "rumor", "sign", "suspicion"}
# roots whose events are mostly coded without a target (statements, appeals, protests, force posture)
UNDIRECTED_ROOTS = {"01", "02", "14", "15"}
# roots whose unnamed human object is most likely of the source's own country ("arrested three men")
HUMAN_OBJECT_ROOTS = {"08", "09", "16", "17", "18", "19", "20"}
HUMAN_NOUNS = {"man", "woman", "person", "people", "child", "boy", "girl", "suspect", "member", "leader", "figure",
               "critic", "dissident", "activist", "national", "citizen", "worker", "villager", "resident"}
# missiles fired at no one are a test or show of force (CAMEO 150), not an attack
TEST_WEAPONS = {"missile", "icbm", "slbm", "irbm", "mrbm", "warhead", "ballistic", "hypersonic", "satellite"}
# killing verbs (and the codes they give) that, with many victims, are mass killings (CAMEO 202)
MASS_KILLING_VERBS = {"kill": ("180", "190"), "massacre": ("180", "186", "202"), "slaughter": ("180", "190"),
                      "murder": ("180", "186"), "execute": ("180", "186"), "butcher": ("180",), "hack": ("180",)}
MASS_KILLING_MIN = 20
NONCOMBATANTS = {"CVL", "REF", "EDU", "HLH", "MED", "REL", "LAB", "AGR"}
QUANTITY_NOUNS = {"hundred", "thousand", "dozen", "score", "million", "group", "number", "handful", "couple", "lot"}
BOUND_PREPS = {"since", "until", "till", "before", "after", "from", "through", "throughout"}
LOCATIVE_PREPS = {"in", "at", "near", "into", "off", "outside", "inside", "across", "over", "on", "to", "toward",
                  "towards", "along", "around", "within", "onto"}


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
class SentenceCoder:
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
            for found in self._apply(tok, kind, rules, actors, day, last_person, consumed):
                key = (found.code, found.source.code, found.target.code if found.target else "")
                if key not in seen:
                    seen.add(key)
                    out.append(found)
        return self._hosted_visits(_one_threat(out), seen)

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

    # -- one trigger -----------------------------------------------------------------------------
    def _apply(self, tok: Token, kind: str, rules: tuple[Rule, ...], actors: DocActors, day: dt.date,
               last_person: Actor | None, consumed: set[int]) -> list[Found]:
        rule = next((r for r in rules if self._fits(r, tok, kind)), None)
        if rule is None or rule.lemma == "deny" or _in_bound_clause(tok):
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
        # a target that is the source itself ("Russia warned Russia would ...") is no target: look further
        targets = [t for t in targets if t is not None and not any(
            t.code == a.code or (t.country_code == a.country_code and not t.type_code) for a in sources)]
        if not targets and code[:2] == "14":
            targets = self._purpose_target(tok, actors, day, {s.code for s in sources})
        if not targets and code[:2] == "13":
            targets = self._condition_target(pred, actors, day, {s.code for s in sources})
        # "X and Y began sharing data on Z": done by each to the other; Z is a topic
        reciprocal = len(sources) > 1 and (code[:3] in RECIPROCAL or code in RECIPROCAL)
        if not targets and not reciprocal:
            targets = self._oblique_target(tok, actors, day, {s.code for s in sources})
        if not targets and code[:2] in DIRECTIVE_ROOTS and kind == "verb":
            targets = list(self._clause_subject_actors(tok, actors, day, {s.code for s in sources}))
        if not targets and not reciprocal and kind == "verb" and code[:2] not in UNDIRECTED_ROOTS:
            targets = list(self._object_target(tok, actors, day, {s.code for s in sources}))
        if not targets and not reciprocal and (kind == "verb" or rule.target == "none"):
            targets = list(self._domestic_target(tok, kind, code, sources[0], actors))
        if kind == "noun" and rule.target != "none" and not targets:
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
        if code[:3] in MASS_KILLING_VERBS.get(tok.lemma_.lower(), ()) and _victims(tok) >= MASS_KILLING_MIN and \
                targets and all(t is not None and t.type_code in NONCOMBATANTS for t in targets):
            code = "202"  # "killed hundreds of villagers"
        if not targets and len(sources) > 1 and (code[:3] in RECIPROCAL or code in RECIPROCAL):
            pairs: list[tuple[Actor, Actor | None]] = [(a, b) for a in sources for b in sources if a.code != b.code]
            return self._emit(tok, rule, kind, pred, code, [*flags, "reciprocal"], mod, pairs, antecedent)
        if not targets and code[:2] in DYADIC_ROOTS:
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
        return self._emit(tok, rule, kind, pred, code, flags, mod, [(a, t) for a in sources for t in targets],
                          antecedent)

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
        if kind == "verb" and code[:2] in HUMAN_OBJECT_ROOTS:
            obj = self._object(tok)
            heads = [obj, *obj.conjuncts] if obj is not None else []
            heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in OBLIQUE_PREPS
                      for g in c.children if g.dep_ == "pobj"]  # "fired tear gas at students"
            heads += [g for h in list(heads) if h.like_num or h.lemma_.lower() in QUANTITY_NOUNS
                      for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]  # "hundreds of civilians"
            for h in heads:
                hit = actors.by_token.get(h.i)
                if hit is not None and hit.entry is None and hit.agent_type:
                    return [Actor(prefix + hit.agent_type, f"{source.name} ({hit.agent_type})", iso,
                                  hit.agent_type, h.idx, h.idx + len(h.text))]
                if h.ent_type_ == "PERSON" or h.lemma_.lower() in HUMAN_NOUNS:
                    return [Actor(prefix + "CVL", f"{source.name} (CVL)", iso, "CVL", h.idx, h.idx + len(h.text))]
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
        if rule.particle and not any(c.dep_ == "prt" and c.lower_ == rule.particle for c in tok.children):
            return False
        if rule.preps and not rule.objects and (rule.source in ("pobj", "between") or
                                                rule.target in ("pobj", "place", "between")) and \
                not self._pobjs(tok, rule.preps):
            return False  # "met with X" needs the "with"; the row without it is the fallback
        if kind == "verb" and any(c.dep_ == "oprd" and c.lower_ not in RESULT_STATES for c in tok.children):
            return False  # "called it a violation": naming, not acting ("shot dead" is acting)
        if kind == "verb" and rule.target == "none" and not rule.objects and not rule.preps and any(
                c.dep_ == "dobj" for c in tok.children):
            return False  # an intransitive sense ("protesters demonstrated") does not fit "demonstrated X"
        if rule.objects:
            lemmas: set[str] = set()
            if kind == "verb":
                obj = self._object(tok)
                if obj is not None:
                    heads = [obj, *obj.conjuncts]
                    heads += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in (c, *c.children) if g.dep_ == "pobj"]  # "a large amount of ammunition"
                    heads += [cj for h in list(heads) for cj in h.conjuncts]
                    lemmas = {h.lemma_.lower() for h in heads} | {c.lemma_.lower() for h in heads
                                                                  for c in h.children if c.dep_ in ("compound", "amod")}
                elif rule.preps:  # an intransitive verb's prepositional object: "took to the streets"
                    lemmas = {p.lemma_.lower() for p in self._pobjs(tok, rule.preps)}
            else:
                lemmas = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
                lemmas |= {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"}
            if not lemmas & rule.objects:
                return False
        return True

    @staticmethod
    def _object(verb: Token) -> Token | None:
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        for c in verb.children:
            if (c.dep_ in ("dobj", "attr") and not passive) or (passive and c.dep_ == "nsubjpass"):
                return c
        return None

    @staticmethod
    def _subject(verb: Token) -> Token | None:
        cur = verb
        for _ in range(5):
            passive = any(c.dep_ == "nsubjpass" for c in cur.children)
            if passive:
                agent = next((c for c in cur.children if c.dep_ == "agent"), None)
                if agent is None:  # "imposed on X by Y": the parser may hang the "by" phrase on an argument
                    agent = next((t for c in cur.children if c.dep_ in ("prep", "nsubjpass") for t in c.subtree
                                  if t.lower_ == "by" and t.dep_ in ("prep", "agent")), None)
                return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None:
                return subj
            if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.tag_ in ("NNS", "NNPS")):
                return cur.head  # "students protesting against X": the noun the participle describes
            participle = cur.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "mark") for c in cur.children)
            if (cur.dep_ in ("xcomp", "conj", "acomp") or (cur.dep_ == "advcl" and participle)) and cur.head is not cur:
                cur = cur.head
                continue
            return None
        return None

    def _actors_at(self, head: Token | None, actors: DocActors, day: dt.date,
                   last_person: Actor | None = None, speaker: list[Actor] | None = None) -> list[Actor]:
        if head is None:
            return []
        if head.lower_ in FIRST_PERSON:
            return list(speaker or [])[: 1 if head.lower_ in ("i", "my") else None]
        if head.like_num or head.lemma_.lower() in QUANTITY_NOUNS:  # "thousands of X and Y": X and Y
            of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
            if of is not None and head.i not in actors.by_token:
                head = of
        heads = [head, *head.conjuncts]
        for c in head.children:  # "X, along with Y" / "X together with Y"
            if c.dep_ == "prep" and c.lower_ in ("along", "together"):
                heads += [g for w in c.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "with" and head.i < c.i and any(
                    p.lower_ in ("along", "together") for p in c.children):
                heads += [g for g in c.children if g.dep_ == "pobj"]
        out: list[Actor] = []
        for h in list(heads):
            for c in h.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i in actors.by_token and c.conjuncts:
                    base = self.recognizer.actor_of(h, actors, day)
                    for k in (c, *c.conjuncts):
                        hit = actors.by_token.get(k.i)
                        if base is not None and hit is not None and hit.entry is not None and hit.entry.kind in (
                                "country", "demonym"):
                            iso = hit.entry.key
                            out.append(Actor(self.recognizer.d.cameo_country(iso) + (base.type_code or ""),
                                             hit.entry.name, iso, base.type_code, k.idx, k.idx + len(k.text)))
                    if out:
                        heads.remove(h)
        for h in heads:
            if h.lower_ in PRONOUNS | {"it", "they"} and speaker and h.dep_ in ("nsubj", "nsubjpass") and \
                    h.head.dep_ == "ccomp" and h.head.head.lemma_.lower() in REPORTING:
                out.extend(speaker if h.lower_ == "they" else speaker[:1])  # "X said he/it would ...": the speaker
                continue
            if h.lower_ in PRONOUNS:
                near = self._person_before(h, actors, day)  # "found X guilty and sentenced him"
                if near is not None:
                    out.append(near)
                    continue
            if h.lower_ in PRONOUNS and last_person is not None:
                out.append(Actor(last_person.code, last_person.name, last_person.country_code,
                                 last_person.type_code, -1, -1, is_person=True))
                continue
            a = self.recognizer.actor_of(h, actors, day)
            if a is not None:
                out.append(a)
        return out

    def _person_before(self, pron: Token, actors: DocActors, day: dt.date) -> Actor | None:
        """The nearest person named earlier in the pronoun's sentence, as an actor."""
        for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
            hit = actors.by_token.get(t.i)
            if t.ent_type_ == "PERSON" or (hit is not None and hit.entry is not None and hit.entry.kind == "person"):
                head = t
                while head.dep_ in ("compound", "flat", "appos") and head.head is not head:
                    head = head.head
                a = self.recognizer.actor_of(head, actors, day)
                if a is not None:
                    return a
        return None

    def _first_actor(self, tokens: list[Token], actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor]:
        for t in tokens:
            if t.i in actors.by_token:
                head = t
                while head.dep_ in ("compound", "amod", "poss", "nmod", "flat") and head.head is not head:
                    head = head.head
                found = [a for a in self._actors_at(head, actors, day) if a.code not in exclude]
                if found:
                    return found
        return []

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
        patient = tok.lemma_.lower() in PATIENT_NOUNS
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
        by = self._pobjs(tok, {"by"})
        if by:
            return [a for p in by for a in self._actors_at(p, actors, day)]
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in LIGHT_VERBS:
            return self._actors_at(self._subject(tok.head), actors, day, last_person, speaker)
        return []

    def _oblique_target(self, tok: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor | None]:
        """'sanctions on X', 'an inquiry into X', 'aid to X', 'a bailout for X': the party acted upon."""
        holders = [tok]
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "attr")):
            holders += _phrase(obj)  # "a package of sanctions against X", "a $3 billion bailout for X"
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in OBLIQUE_PREPS:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            found = [a for a in self._actors_at(g, actors, day) if a.code not in exclude]
                            found = found or self._first_actor(list(g.subtree), actors, day, exclude)
                            if found:
                                return list(found)
        return []

    def _condition_target(self, pred: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor | None]:
        """Whom a threat is aimed at, from its condition: 'would retaliate if Ukraine's offensive succeeded'."""
        chain = [pred, pred.head]  # the threat's verb, its governor, and its complements ("warned X would use Y if")
        for _ in range(2):
            chain += [c for t in chain for c in t.children if c.dep_ in ("ccomp", "xcomp") and c not in chain]
        for cur in chain:
            for c in cur.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                    found = [a for a in self._actors_at(subj, actors, day) if a.code not in exclude]
                    if not found and subj is not None:
                        found = self._first_actor(_phrase(subj), actors, day, exclude)
                    if found:
                        return list(found)
        return []

    def _purpose_target(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor | None]:
        """Whom a protest is aimed at, from its purpose clause: 'rallied to denounce X', 'to protest against X'."""
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                aimed = self._object_target(c, actors, day, exclude)
                if aimed:
                    return list(aimed)
                oblique = [a for a in self._oblique_target(c, actors, day, exclude) if a is not None]
                if oblique:
                    return list(oblique)
        return []

    def _object_target(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor]:
        """An actor or a place named inside the object: 'struck Iranian facilities', 'seized most of Goma'."""
        obj = self._object(verb)
        if obj is None:
            return []
        scope = _phrase(obj, preps=("of",))  # "in X", "at X" say where, not whom
        found = self._first_actor(scope, actors, day, exclude)
        if found:
            return found
        for t in scope:
            a = self.place_country(t)
            if a is not None and a.code not in exclude:
                return [a]
        return []

    def _clause_subject_actors(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor]:
        """'demanded that Moscow release ...', 'urged Berlin to ...': the actor the demand is aimed at."""
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                found = [a for a in self._actors_at(subj, actors, day) if a.code not in exclude]
                if found:
                    return found
        return []

    def _left_subject(self, verb: Token, actors: DocActors, day: dt.date) -> list[Actor]:
        """When the parse gives a verb no subject, the actor phrase just left of it in its clause."""
        for t in reversed(list(verb.sent[: verb.i - verb.sent.start])):
            if t.pos_ in ("VERB",) or t.lower_ in (";", ":"):
                return []
            if t.i in actors.by_token and t.dep_ in ("pobj", "nsubj", "conj", "appos", "dep", "npadvmod", "ROOT") and (
                    t.dep_ != "pobj" or t.head.lower_ == "as"):
                head = t
                while head.dep_ == "conj" and head.head is not head:
                    head = head.head
                return self._actors_at(head, actors, day)
        return []

    def _along_with(self, verb: Token, actors: DocActors, day: dt.date) -> list[Actor]:
        return [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("along", "together")
                for w in c.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"
                for a in self._actors_at(g, actors, day)]

    def _targets(self, tok: Token, rule: Rule, kind: str, actors: DocActors, day: dt.date,
                 exclude: set[str]) -> list[Actor | None]:
        if rule.target == "none":
            return [None]
        if rule.target == "obj":
            obj = self._object(tok) if kind == "verb" else None
            direct = self._actors_at(obj, actors, day)
            if direct:
                return list(direct)
            scope = [t for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "nsubjpass")
                     for t in c.subtree]
            return list(self._first_actor(scope, actors, day, exclude))
        if rule.target in ("pobj", "between"):
            preps = rule.preps if rule.target == "pobj" else {"between", "among", "with"}
            found = [a for p in self._pobjs(tok, preps) for a in self._actors_at(p, actors, day)]
            return [a for a in found if a.code not in exclude] or []
        if rule.target == "place":
            preps = rule.preps or {"in", "to", "at"}
            for p in self._pobjs(tok, preps) + [c for c in tok.children if c.dep_ in ("dobj", "compound")]:
                a = self.place_country(p)
                if a is not None:
                    return [a]
            return []
        if rule.target == "subj":
            return list(self._actors_at(self._subject(tok), actors, day))
        return []

    @staticmethod
    def _pobjs(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
        """Objects of the given prepositions on the trigger, on its object, or on its light verb."""
        holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "attr"))]
        if tok.dep_ in ("dobj", "pobj") and tok.head.lemma_.lower() in LIGHT_VERBS:
            holders.append(tok.head)
        out: list[Token] = []
        for h in holders:
            for c in h.children:
                if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
                    out += [g for g in c.children if g.dep_ == "pobj"]
        return out

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


def _phrase(head: Token, preps: tuple[str, ...] | None = None) -> list[Token]:
    """A noun phrase without the clauses that describe it (and, when given, only these prepositions)."""
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "appos")
                  and (preps is None or c.dep_ != "prep" or c.lower_ in preps)]
    return sorted(out, key=lambda t: t.i)


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
