"""Sentence -> coded events: pattern rules applied over the dependency parse.

For each predicate (verb) or event noun with a rule in ``verbs.csv``, the source and target actors
are read from its arguments (subject, object, prepositional objects, possessor, "between"), with
passives turned around and coordinated actors expanded; modality decides whether the event is
coded as realised, as an intention (CAMEO 03x / 13x) or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from geoevents.coding.actors import ActorRecognizer, DocActors
from geoevents.coding.modality import Modality, governing_predicate, modality_of
from geoevents.coding.patterns import PatternIndex, Rule
from geoevents.codebook import Codebook
from geoevents.models import Actor

__all__ = ["Found", "SentenceCoder"]

# realised code root -> CAMEO code for "express intent to ..." / "threaten to ..."
INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "02": "030", "03": "030",
               "14": "133", "15": "138", "16": "1312", "17": "137", "18": "138", "19": "138", "20": "138"}
LIGHT_VERBS = {"hold", "conduct", "carry", "stage", "make", "pay", "launch", "begin", "start", "have", "sign",
               "impose", "announce", "continue", "resume", "complete", "host", "order", "provide", "give", "send"}
PRONOUNS = {"he", "she", "him", "her", "his"}


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


@dataclass
class SentenceCoder:
    patterns: PatternIndex
    recognizer: ActorRecognizer
    codebook: Codebook
    place_country: Callable[[Token], Actor | None]
    """The country actor of a place named at a token (for 'arrived in Seoul' -> KOR), or None."""

    def code(self, sent: Span, actors: DocActors, day: dt.date, last_person: Actor | None) -> list[Found]:
        out: list[Found] = []
        seen: set[tuple[str, str, str]] = set()
        consumed: set[int] = set()
        for tok in sent:
            kind = "verb" if tok.pos_ == "VERB" else ("noun" if tok.pos_ in ("NOUN", "PROPN") else "")
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
        return out

    # -- one trigger -----------------------------------------------------------------------------
    def _apply(self, tok: Token, kind: str, rules: tuple[Rule, ...], actors: DocActors, day: dt.date,
               last_person: Actor | None, consumed: set[int]) -> list[Found]:
        rule = next((r for r in rules if self._fits(r, tok, kind)), None)
        if rule is None:
            return []
        if kind == "verb":
            obj = self._object(tok)
            if obj is not None and rule.objects:
                consumed.add(obj.i)
            pred = tok
        else:
            pred = governing_predicate(tok) or tok
            if pred is not tok and pred.i in consumed:
                return []
        mod = modality_of(pred)
        if kind == "noun" and tok.head.lemma_.lower() in {"claim", "allegation", "report", "rumour", "rumor"}:
            mod = Modality(negated=mod.negated, speculative=mod.speculative, intent=mod.intent,
                           reported=mod.reported, alleged=True, future=mod.future)
        if mod.negated or mod.speculative:
            return []
        code = rule.code
        flags: list[str] = []
        if mod.intent or mod.future:
            intent = INTENT_CODE.get(code[:2])
            if code[:2] in ("03", "13"):
                intent = code
            if intent is None or intent not in self.codebook:
                return []
            code, flags = intent, ["intent"]
        sources = self._sources(tok, rule, kind, actors, day, last_person)
        if not sources:
            return []
        targets = self._targets(tok, rule, kind, actors, day, {s.code for s in sources})
        if rule.target not in ("none",) and not targets and rule.target != "place":
            targets = [None]
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
        if len(sources) > 1 or len([t for t in targets if t]) > 1:
            flags.append("coordinated")
        out: list[Found] = []
        for s in sources:
            for t in targets:
                if t is not None and (t.code == s.code or (t.country_code and t.country_code == s.country_code
                                                           and not t.type_code and rule.target == "place")):
                    t = None  # visiting one's own country, or an actor acting on itself: no target
                conf = 0.9 if t is not None else (0.8 if rule.target == "none" else 0.65)
                conf *= 0.75 if kind == "noun" else 1.0
                conf *= 0.7 if mod.alleged else 1.0
                conf *= 0.8 if "intent" in flags else 1.0
                conf *= 0.9 if s.start < 0 else 1.0
                out.append(Found(code=code, trigger=tok, source=s, target=t, flags=tuple(flags),
                                 confidence=round(conf, 3), anchor=pred, place_hint=self._place_token(tok, rule),
                                 future=mod.future or mod.intent))
        return out

    def _fits(self, rule: Rule, tok: Token, kind: str) -> bool:
        if rule.particle and not any(c.dep_ == "prt" and c.lower_ == rule.particle for c in tok.children):
            return False
        if rule.objects:
            lemmas: set[str] = set()
            if kind == "verb":
                obj = self._object(tok)
                if obj is not None:
                    lemmas = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children
                                                    if c.dep_ in ("compound", "amod"))}
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
                return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None:
                return subj
            if cur.dep_ == "relcl":
                return cur.head
            if cur.dep_ in ("xcomp", "conj", "acomp", "advcl") and cur.head is not cur:
                cur = cur.head
                continue
            return None
        return None

    def _actors_at(self, head: Token | None, actors: DocActors, day: dt.date,
                   last_person: Actor | None = None) -> list[Actor]:
        if head is None:
            return []
        heads = [head, *head.conjuncts]
        for c in head.children:  # "X, along with Y" / "X together with Y"
            if c.dep_ == "prep" and c.lower_ in ("along", "together"):
                heads += [g for w in c.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "with" and head.i < c.i and any(
                    p.lower_ in ("along", "together") for p in c.children):
                heads += [g for g in c.children if g.dep_ == "pobj"]
        out: list[Actor] = []
        for h in heads:
            if h.lower_ in PRONOUNS and last_person is not None:
                out.append(Actor(last_person.code, last_person.name, last_person.country_code,
                                 last_person.type_code, -1, -1, is_person=True))
                continue
            a = self.recognizer.actor_of(h, actors, day)
            if a is not None:
                out.append(a)
        return out

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
                 last_person: Actor | None) -> list[Actor]:
        if rule.source == "subj":
            return self._actors_at(self._subject(tok), actors, day, last_person)
        if rule.source == "pobj":
            return [a for p in self._pobjs(tok, rule.preps) for a in self._actors_at(p, actors, day)]
        if rule.source == "between":
            return [a for p in self._pobjs(tok, {"between", "among"}) for a in self._actors_at(p, actors, day)][:1]
        # poss: "X's visit", "U.S. sanctions", "visit by X", else the subject of a light verb ("X held talks")
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i in actors.by_token):
                found = self._actors_at(c, actors, day, last_person)
                if found:
                    return found
        by = self._pobjs(tok, {"by"})
        if by:
            return [a for p in by for a in self._actors_at(p, actors, day)]
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in LIGHT_VERBS:
            return self._actors_at(self._subject(tok.head), actors, day, last_person)
        return []

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
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into", "near", "off", "outside", "inside", "on"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        return None
