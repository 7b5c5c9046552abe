"""Actor recognition: dictionary phrases found in the parse, combined over a noun phrase into a
CAMEO-style actor (country or IGO + type), with the words that gave it as evidence."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from geoevents.coding.actor_context import (
    acts_on_country,
    conjunct_country,
    kin_of_person,
    regional_demonym,
    unplaced_country,
    us_state,
)
from geoevents.coding.actor_lists import specific_first
from geoevents.coding.dictionaries import ActorDictionary, Entry, load_actor_dictionary
from geoevents.coding.divided_states import halves
from geoevents.coding.groups import ethnic_community
from geoevents.coding.names import sponsor_modifier
from geoevents.coding.offices import home_office
from geoevents.coding.roles import affiliation
from geoevents.coding.tokens import kids, span_rows
from geoevents.models import Actor

__all__ = ["ActorRecognizer", "DocActors", "get_recognizer"]

# dependents that stay inside an actor's noun phrase
_NP_DEPS = {"compound", "amod", "poss", "nmod", "det", "flat", "appos", "npadvmod", "nummod", "case", "prep", "pobj",
            "punct", "quantmod", "advmod", "nn", "title"}
_NP_PREPS = {"of", "from"}
# agents whose "for" phrase names the body they act for
_SPEAKING_FOR = frozenset({"negotiator", "spokesman", "spokeswoman", "spokesperson", "delegation", "delegate"})
# kinds of entry that name a body (not a person): an apposition after one does not name its actor
_BODY_KINDS = frozenset({"country", "capital", "seat", "igo", "institution"})
# agent types that, named without a country, are most likely of the country where the event happens
DOMESTIC_TYPES = {"CVL", "REB", "COP", "OPP", "CRM", "LAB", "EDU", "HLH", "MED", "BUS", "REF", "JUD", "LEG", "HRI",
                  "SEP", "INS", "UAF", "AGR", "ENV", "NGO", "MIL", "SPY"}
# unqualified words for a government that, in a sentence set in one country, mean that country's
LOCAL_GOVERNMENT = {"authorities", "government", "govt", "regime", "junta"}
_STATE_TYPES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_ARMED_GROUPS = frozenset({"REB", "INS", "SEP", "UAF"})
_FORMER = {"former", "ex", "ex-", "then"}
_ACTING = {"acting", "interim", "caretaker"}

# agent nouns the tagger reads as adjectives before a noun ("a junta base", "regime forces"): never adjectives
_NOUN_ONLY = frozenset({"junta", "regime"})
# titles written before a bare family name ("Premier Li", "Foreign Minister Wang") -> the offices they name
_TITLES: dict[tuple[str, ...], frozenset[str]] = {
    ("president",): frozenset({"head_of_state", "acting_head_of_state"}),
    ("premier",): frozenset({"head_of_government"}),
    ("prime", "minister"): frozenset({"head_of_government"}),
    ("chancellor",): frozenset({"head_of_government"}),
    ("foreign", "minister"): frozenset({"foreign_minister"}),
    ("defence", "minister"): frozenset({"defence_minister"}),
    ("defense", "minister"): frozenset({"defence_minister"}),
}
# countries whose names are written family name first in English ("Li Qiang", "Hun Manet")
_FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "KHM"})

# water bodies named "the X of <country>": the country word names the water, not an actor
_WATERS = frozenset({"gulf", "sea", "bay", "strait", "straits", "ocean"})
# ... and the places named "<country> X": "the Jordan River", "the Jordan Valley", "the Niger Delta", "the Congo Basin"
_NAMED_PLACES = _WATERS | {"river", "valley", "delta", "basin"}


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    entry: Entry | None
    agent_type: str | None


class DocActors:
    """The dictionary hits of one document, by token."""

    def __init__(self, doc: Doc, hits: list[Hit]) -> None:
        self.doc = doc
        self.by_token: dict[int, Hit] = {}
        for h in hits:
            for i in range(h.start, h.end):
                self.by_token[i] = h

    def hits_in(self, tokens: list[Token]) -> list[Hit]:
        seen: dict[int, Hit] = {}
        for t in tokens:
            h = self.by_token.get(t.i)
            if h is not None:
                seen[h.start] = h
        return [seen[k] for k in sorted(seen)]


class ActorRecognizer:
    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.d = dictionary
        self.proper = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._proper_keys = list(dictionary.proper)
        self._agent_keys = list(dictionary.agents)
        tokenizer: Any = nlp.tokenizer
        for i, pat in enumerate(tokenizer.pipe(self._proper_keys, batch_size=1000)):
            self.proper.add(f"P{i}", [pat])
        for i, pat in enumerate(tokenizer.pipe(self._agent_keys, batch_size=1000)):
            self.lower.add(f"A{i}", [pat])
        self._strings = nlp.vocab.strings
        self.name_ids = frozenset(get_string_id(p) for p in dictionary.proper if " " not in p)
        """The string ids of the one-word names (to find them in a document's ORTH array)."""
        self._context: str | Callable[[], str | None] | None = None
        self._families: dict[str, set[str]] = {}  # family name -> the people (by name or alias) who have it
        for phrase, entry in dictionary.proper.items():
            parts = phrase.split()
            if entry.kind == "person" and len(parts) >= 2:
                first = "-" in parts[-1] or any(t.iso3 in _FAMILY_FIRST for t in dictionary.people.get(entry.key, ()))
                self._families.setdefault(parts[0] if first else parts[-1], set()).add(entry.key)
        self._family_ids = frozenset(nlp.vocab.strings.add(name) for name in self._families)

    @property
    def context_country(self) -> str | None:
        """Set per sentence by the coder: the country where the sentence's events take place. It may be set to a
        function, called on the first read only (most sentences never read it, and it needs the document's places)."""
        if callable(self._context):
            self._context = self._context()
        return self._context

    @context_country.setter
    def context_country(self, value: str | Callable[[], str | None] | None) -> None:
        self._context = value

    def annotate(self, doc: Doc, day: dt.date | None = None) -> DocActors:
        spans: list[Span] = []
        for match_id, start, end in [*self.proper(doc), *self.lower(doc)]:
            spans.append(Span(doc, start, end, label=match_id))
        hits: list[Hit] = []
        for sp in filter_spans(spans):
            label = str(self._strings[sp.label])
            if label.startswith("P"):
                entry = self.d.proper[self._proper_keys[int(label[1:])]]
                if entry.kind in ("country", "capital") and sp.start >= 2 and doc[sp.start - 1].lower_ == "of" and \
                        doc[sp.start - 2].lower_ in _WATERS:
                    continue  # "the Gulf of Oman", "the Gulf of Aden": a body of water, not the state
                if entry.kind in ("country", "capital", "demonym") and sp.end < len(doc) and \
                        doc[sp.end].lower_ in _NAMED_PLACES and doc[sp.end].is_title:
                    continue  # "the South China Sea", "the Jordan River": a water or region named after the state
                if entry.kind == "country" and ((sp.start >= 1 and doc[sp.start - 1].text == "New") or (
                        entry.key == "GEO" and us_state(doc, sp.start, hits[-1].end if hits else -1))):
                    continue  # "New Mexico", "Atlanta, Georgia": another place named after the country
                if entry.kind == "demonym" and regional_demonym(doc, sp.start):
                    continue  # "Central American migrants": of a region, not of the United States
                if sponsor_modifier(doc, sp.start, sp.end, agent=False, type_code=entry.type_code):
                    continue  # "Iran-backed militias", "Kremlin-backed rebels": of where they operate
                hits.append(Hit(sp.start, sp.end, entry, None))
            # (not "a general strike", "the national team": adjectives; nor "junta-appointed": a sponsor)
            elif (len(sp) > 1 or sp[0].pos_ != "ADJ" or sp[0].lower_ in _NOUN_ONLY) and \
                    not sponsor_modifier(doc, sp.start, sp.end, agent=True):
                hits.append(Hit(sp.start, sp.end, None, self.d.agents[self._agent_keys[int(label[1:])]]))
        named = [(h.start, h.entry) for h in hits if h.entry is not None]
        hits += [Hit(i, i + 1, entry, None) for i, entry in halves(doc, named, self.d)]  # "the North" (the Koreas)
        hits += self._surnames(doc, hits)
        return DocActors(doc, (hits + self._titled(doc, hits, day)) if day is not None else hits)

    def _titled(self, doc: Doc, hits: list[Hit], day: dt.date) -> list[Hit]:
        """"Premier Li", "Foreign Minister Wang": a bare family name after a title is the one person of that family
        name who holds the office on ``day`` (none when no one or several do)."""
        taken = {i for h in hits for i in range(h.start, h.end)}
        extra = []
        # (family names found from the document's ORTH array, shared with divided_states: no Token per word)
        for tok in [doc[n] for n, (orth,) in enumerate(span_rows(doc[:], (ORTH,))) if orth in self._family_ids]:
            people = self._families.get(tok.text)
            if not people or tok.i in taken or tok.pos_ != "PROPN" or \
                    (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].is_title):
                continue  # ("President Wang Huning": a full name the dictionary lacks)
            roles = next((r for words, r in _TITLES.items() if tok.i >= len(words) and tuple(
                t.lower_ for t in doc[tok.i - len(words):tok.i]) == words), None)
            if roles is None:
                continue
            holders = {p for p in people if any(t.role in roles for t in self.d.terms_on(p, day))}
            if len(holders) == 1:
                (name,) = holders
                extra.append(Hit(tok.i, tok.i + 1, Entry("person", name, name), None))
        return extra

    @staticmethod
    def sponsor(span: Span) -> bool:
        """Whether a place span only names a sponsor ("Moscow-backed rebels"): it sets no scene."""
        return sponsor_modifier(span.doc, span.start, span.end, agent=False)

    @staticmethod
    def _surnames(doc: Doc, hits: list[Hit]) -> list[Hit]:
        """Once a document names 'Cho Tae-yul' or 'Takeshi Iwaya', a bare 'Cho' or 'Iwaya' in it is that person."""
        names: dict[str, Entry] = {}
        for h in hits:
            if h.entry is not None and h.entry.kind == "person":
                parts = h.entry.key.split()
                if len(parts) >= 2:
                    family = parts[0] if "-" in parts[-1] else parts[-1]
                    if len(family) >= 3 and family[0].isupper():
                        names.setdefault(family, h.entry)
        if not names:
            return []  # most documents name no one by full name: no token scan
        taken = {i for h in hits for i in range(h.start, h.end)}
        extra = []
        for tok in doc:
            entry = names.get(tok.text)
            if entry is not None and tok.i not in taken and tok.pos_ == "PROPN":
                extra.append(Hit(tok.i, tok.i + 1, entry, None))
        return extra

    # -- combining hits over a noun phrase ---------------------------------------------------------
    def noun_phrase(self, head: Token) -> list[Token]:
        """The head and the dependents that describe the same entity (no clauses, conjuncts, places)."""
        out: list[Token] = []
        stack = [head]
        while stack:
            tok = stack.pop()
            out.append(tok)
            for child in kids(tok):
                if child.dep_ not in _NP_DEPS:
                    continue
                if child.dep_ == "prep" and child.lower_ not in _NP_PREPS and not (
                        child.lower_ == "for" and tok.lemma_.lower() in _SPEAKING_FOR):
                    continue  # ("negotiators for Armenia", "a spokesman for the Kremlin": whom they speak for)
                stack.append(child)
        return sorted(out, key=lambda t: t.i)

    def actor_of(self, head: Token, annotated: DocActors, day: dt.date) -> Actor | None:
        """The actor a noun phrase names, or None (pronouns, things, unknown people)."""
        tokens = self.noun_phrase(head)
        hits = annotated.hits_in(tokens)
        if not hits:
            return None
        words = {t.lower_ for t in tokens}
        agent_type = next((h.agent_type for h in hits if h.agent_type), None)
        # the head's own hit decides between "Russia's military" (MIL) and "the military of Russia"
        entries = [h for h in hits if h.entry is not None]
        persons = [h for h in entries if h.entry and h.entry.kind == "person"]
        own_hit = annotated.by_token.get(head.i)
        if own_hit is not None and own_hit.entry is not None and own_hit.entry.kind in _BODY_KINDS:
            # "Moscow, the main backer of Assad, ...": a body named by the head is not the person its apposition
            # relates it to
            described = {t.i for c in kids(head) if c.dep_ == "appos" for t in c.subtree}
            persons = [h for h in persons if h.start not in described]
        selves = [h for h in persons if not kin_of_person(head, annotated.doc[h.end - 1])]  # (his sister, Kim Yo Jong)
        person = next(iter(selves or persons), None)
        span_hits = hits
        if person is not None and person.entry is not None:
            actor = self._person(person.entry, day, agent_type, words)
            if actor is not None:
                p_code, p_country, p_type, p_name = actor
                if not selves:  # "Kim Jong Un's sister": an elite of his country
                    return self._make(self.d.cameo_country(p_country) + "ELI", f"{p_name} ({head.lower_})", p_country,
                                      "ELI", span_hits, annotated)
                return self._make(p_code, p_name, p_country, p_type, span_hits, annotated, is_person=True)
            entries = [h for h in entries if h is not person]  # out of office that day: the name codes nothing
        main = self._main_entry(specific_first(entries), head)
        org = affiliation(head) if main is None or main.entry is None else None
        own = self.actor_of(org, annotated, day) if org is not None else None
        if own is not None and (own.type_code == "IGO" or own.country_code):
            # "workers at Samsung", "a spokesman for the defence ministry": of the organisation's country
            if own.type_code == "IGO" or own.country_code is None:
                return own
            kind = own.type_code if own.type_code in _STATE_TYPES or agent_type is None else agent_type
            return self._make(self.d.cameo_country(own.country_code) + (kind or ""),
                              self.d.country_name(own.country_code), own.country_code, kind, hits, annotated)
        if main is not None and main.entry is not None and main.entry.kind == "demonym" and ethnic_community(head):
            at = self._located(head, annotated)  # "ethnic Albanians in North Macedonia": of where they live
            if at is not None and at.entry is not None and at.entry.kind != "demonym":
                main, span_hits, agent_type = at, [*hits, at], agent_type or "CVL"
        if (main is None or main.entry is None) and agent_type is not None:
            located = self._located(head, annotated)  # "protesters in Nairobi", "officials from Japan"
            if located is not None:
                main, span_hits = located, [*hits, located]
        head_hit = annotated.by_token.get(head.i)
        head_is_agent = head_hit is not None and head_hit.agent_type is not None  # "gunmen", not "military equipment"
        local = agent_type in DOMESTIC_TYPES or head.lower_ in LOCAL_GOVERNMENT or (  # "the interior minister"
            head_is_agent and agent_type == "GOV" and head_hit is not None and
            home_office(annotated.doc, head_hit.start, head_hit.end))
        fixed = unplaced_country(head, agent_type, lambda: self.context_country) if head_is_agent and agent_type and \
            (main is None or main.entry is None) else None
        if fixed is not None:  # "migrants" (no country), "Congress" (the United States')
            return Actor(self.d.cameo_country(fixed) + (agent_type or "") if fixed else "", self.d.country_name(fixed),
                         fixed or None, agent_type, *self._span(hits, annotated))
        if (main is None or main.entry is None) and agent_type in _STATE_TYPES and head_is_agent and \
                head.pos_ != "PROPN" and self.context_country is None and (
                fought := _fought_in(head, annotated)) is not None:  # (not a name's word: "the Galaxy Leader")
            # "the Arakan Army attacked a junta base": the state an armed group fights in, when nothing else places
            # the sentence
            kind = head_hit.agent_type if head_hit is not None and head_hit.agent_type in _STATE_TYPES else agent_type
            return Actor(self.d.cameo_country(fought) + (kind or ""), f"{self.d.country_name(fought)} ({kind})",
                         fought, kind, *self._span(hits, annotated))  # ("government troops": the troops' MIL)
        if (main is None or main.entry is None) and agent_type is not None and local and head_is_agent and \
                self.context_country is not None:
            # "gunmen", "protesters": a domestic actor of the country where the sentence takes place (or of the
            # government it is coordinated with: "the Venezuelan government and the opposition")
            iso = conjunct_country(head, annotated.by_token) or self.context_country
            if (agent_type == "LEG" or head.lower_ in LOCAL_GOVERNMENT) and \
                    acts_on_country(head, iso, annotated.by_token):
                return None  # "the junta criticised France": not France's junta
            return Actor(self.d.cameo_country(iso) + agent_type, f"{self.d.country_name(iso)} ({agent_type})", iso,
                         agent_type, *self._span(hits, annotated))
        if main is None or main.entry is None:
            return None
        e = main.entry
        if e.kind == "igo" and main.start <= head.i < main.end and (owner := next((
                h for c in kids(head) if c.dep_ == "poss" and (h := annotated.by_token.get(c.i)) is not None and
                h.entry is not None and h.entry.kind in ("country", "capital")), None)) is not None and owner.entry:
            # "Russia's Security Council", "Ukraine's Security Council": a state's body with an IGO organ's name
            kind = self.d.agents.get(annotated.doc[main.start:main.end].text.lower(), "GOV")
            iso = owner.entry.key
            return self._make(self.d.cameo_country(iso) + kind, self.d.country_name(iso), iso, kind, span_hits,
                              annotated)
        if e.kind == "igo":
            return self._make(e.key, e.name, None, "IGO", span_hits, annotated)
        if e.kind == "institution":
            inst_type = e.type_on(day) or agent_type
            return self._make(self.d.cameo_country(e.key) + (inst_type or ""), e.name, e.key, inst_type,
                              span_hits, annotated)
        type_code = agent_type or e.type_code
        if type_code is None and e.kind == "demonym" and main.start <= head.i < main.end and \
                head.tag_ in ("NNS", "NNPS"):
            type_code = "CVL"  # "killing three Israelis": people of that country
        if type_code and words & _FORMER:
            type_code = "ELI"
        name = self.d.country_name(e.key)
        return self._make(self.d.cameo_country(e.key) + (type_code or ""), name, e.key, type_code,
                          span_hits, annotated)

    def _located(self, head: Token, annotated: DocActors) -> Hit | None:
        for c in kids(head):
            if c.dep_ == "prep" and c.lower_ in ("in", "from", "across"):
                # ("demanded that the junta in Niamey restore ...": the parser, reading "restore" as a noun, may
                # hang the place on it and leave the preposition bare: the place is the word after it)
                dangling = not kids(c) and c.i + 1 < len(c.doc) and c.doc[c.i + 1].pos_ == "PROPN"
                for t in ([c.doc[c.i + 1]] if dangling else c.subtree):
                    h = annotated.by_token.get(t.i)
                    if h is not None and h.entry is not None and h.entry.kind in ("country", "capital", "demonym"):
                        return h
        return None

    def _main_entry(self, entries: list[Hit], head: Token) -> Hit | None:
        if not entries:
            return None
        pool = [h for h in entries if h.start <= head.i < h.end]
        if not pool:  # "Russia's ally, Belarus": the apposition names the actor itself, the possessor only relates it
            named = {t.i for c in kids(head) if c.dep_ == "appos" for t in c.subtree}
            pool = [h for h in entries if h.start in named]
        if not pool:  # "North Macedonia's EU accession talks", "China's UN envoy": the possessor, not an IGO in a
            owner = {t.i for c in head.subtree if c.dep_ == "poss" for t in c.subtree}  # compound
            pool = [h for h in entries if h.start in owner] or entries
            owners = {h.entry.key for h in pool if h.entry and h.entry.kind in ("country", "capital")}
            # ... unless the compound is a body of the possessor's own state: "Pakistan's ISI chief" (its SPY)
            pool = [h for h in entries if h.entry and h.entry.kind == "institution" and h.entry.key in owners] or pool
        rank = {"institution": 0, "igo": 1, "country": 2, "capital": 2, "seat": 2, "demonym": 3}
        return min(pool, key=lambda h: (rank.get(h.entry.kind if h.entry else "", 9), h.start))

    def _person(self, name: str | Entry, day: dt.date, agent_type: str | None,
                words: set[str]) -> tuple[str, str, str, str] | None:
        entry = name if isinstance(name, Entry) else None
        key = entry.key if entry else str(name)
        terms = self.d.terms_on(key, day)
        if words & _FORMER:
            last = self.d.last_term_before(key, day)
            if last is None:
                return None
            return self.d.cameo_country(last.iso3) + "ELI", last.iso3, "ELI", key
        if terms:
            term = terms[0]
            type_code = agent_type if agent_type in {"MIL", "SPY", "JUD", "LEG"} else term.type_code
            return self.d.cameo_country(term.iso3) + type_code, term.iso3, type_code, key
        last = self.d.last_term_before(key, day)
        if last is not None and agent_type is None:
            return self.d.cameo_country(last.iso3) + "ELI", last.iso3, "ELI", key
        if last is not None and agent_type is not None:
            return self.d.cameo_country(last.iso3) + agent_type, last.iso3, agent_type, key
        return None

    @staticmethod
    def _span(hits: list[Hit], annotated: DocActors) -> tuple[int, int]:
        doc = annotated.doc
        last = doc[max(h.end for h in hits) - 1]
        return doc[min(h.start for h in hits)].idx, last.idx + len(last.text)

    def _make(self, code: str, name: str, country: str | None, type_code: str | None, hits: list[Hit],
              annotated: DocActors, *, is_person: bool = False) -> Actor:
        doc = annotated.doc
        start = doc[min(h.start for h in hits)].idx
        last = doc[max(h.end for h in hits) - 1]
        return Actor(code=code, name=name, country_code=country, type_code=type_code, start=start,
                     end=last.idx + len(last.text), is_person=is_person)


def _fought_in(head: Token, annotated: DocActors) -> str | None:
    """The one country the named armed groups of ``head``'s sentence fight in (none when they fight in several)."""
    sent = head.sent
    found = {h.entry.key for i in range(sent.start, sent.end) if (h := annotated.by_token.get(i)) is not None and
             h.entry is not None and h.entry.kind == "institution" and h.entry.type_code in _ARMED_GROUPS}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=2)
def get_recognizer(nlp: Language) -> ActorRecognizer:
    """One recognizer per loaded pipeline (the matchers are built once per process)."""
    return ActorRecognizer(nlp, load_actor_dictionary())
