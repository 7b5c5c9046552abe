"""Arguments of a trigger: its subject, objects and obliques read as actors (sources and targets)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.accusations import charged_party, joined_in, judged_subject, reporting_clause
from geoevents.coding.actor_lists import companions, role_of_body, shared_modifier
from geoevents.coding.actors import ActorRecognizer, DocActors
from geoevents.coding.cooperation import located_in, place_heads
from geoevents.coding.demands import asked_clauses, that_subject
from geoevents.coding.diplomacy_more import clause_subject
from geoevents.coding.found import Found, earlier_doer
from geoevents.coding.modality import (
    CAUSATIVE_GOVERNORS,
    DIRECTIVE_GOVERNORS,
    REPORTING,
    THREATENING,
    stray_conjunct,
)
from geoevents.coding.nominal import TEMPORAL_PREPS, of_coordination
from geoevents.coding.passives import passive_conjunct, phrase_noun, shared_agent, stranded_subject
from geoevents.coding.patterns import PatternIndex, Rule
from geoevents.coding.referents import coordinated_group, earlier_envoy, group_noun, group_size, referred
from geoevents.coding.refusals import shared_subject
from geoevents.coding.refusals_more import act_party, complained_of
from geoevents.coding.roles import (
    CLAIMED,
    THANKS,
    direct_object,
    outside_frames,
    owned,
    particle_object,
    person_before,
    phrase,
    prep_objects,
    requester,
    speakers_own,
    stray_agent,
    subject_stolen,
    territory_owner,
    thanked_party,
    unknown_doer,
)
from geoevents.coding.statements import topic_parties
from geoevents.coding.subclauses import inner_agent, reported_referent
from geoevents.coding.tokens import first_conjunct, kids
from geoevents.coding.vocab import (
    CENSURING,
    CIVIC_TYPES,
    CREDITING,
    FEELING_PARTICIPLES,
    FIRST_PERSON,
    ISSUED_NOUNS,
    LOCATIVE_PREPS,
    OBLIQUE_PREPS,
    OWNED_SITES,
    PRONOUNS,
    QUANTITY_NOUNS,
    RELATIVE_PRONOUNS,
    STANCE_NOUNS,
)
from geoevents.coding.wire import TOLD_ACTS, free_relative, restated_subject
from geoevents.models import Actor

__all__ = ["ArgumentReader", "owned", "phrase"]

# verbs whose object is the means a threat would wield: "would use / deploy the Russian nuclear weapons"
_WIELDING = frozenset({"use", "deploy", "employ", "fire", "launch", "unleash"})
# where a lawsuit is heard: "sued X in a Delaware court", "a case against X before the tribunal" (a venue, no party)
_VENUE_PREPS = frozenset({"in", "at", "before"})
_COURTS = frozenset({"court", "tribunal", "chancery"})
# verbs of talks whose object is what is talked about: "discussed the situation in Ukraine"
TOPIC_VERBS = frozenset({"discuss", "debate"})
# a modifier that frames a noun ("an EU aid package", "the EU-mediated talks"), and whom the framed thing is for
_FRAMING_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod"})
_FRAMED_PREPS = frozenset({"for", "with"})
# governors whose object (not subject) is the subject of their infinitive: "persuaded Seoul to send shells"
OBJECT_CONTROL = frozenset(
    CAUSATIVE_GOVERNORS | (DIRECTIVE_GOVERNORS - {"want", "need", "wish", "seek", "insist", "demand"})
    | {"persuade", "convince", "allow", "permit", "enable", "help", "authorize", "authorise", "set", "schedule"})


class ArgumentReader:
    """Reads actors off the dependency parse around a trigger (mixed into the sentence coder)."""

    recognizer: ActorRecognizer
    place_country: Callable[[Token], Actor | None]
    last_body: Actor | None
    """The country or organisation that was the subject of the previous sentence (what a leading 'It' means)."""
    last_told: Actor | None
    """The body a trailing report in the previous sentence told of ('X fired ..., the military said': X)."""
    patterns: PatternIndex
    _history: list[Found]
    """The document's earlier events (for 'condemned the arrests' in a later sentence)."""
    last_group: tuple[Actor, ...]
    """The last group of coordinated actors named before this sentence (what 'the two countries' means)."""

    _object = staticmethod(direct_object)

    @staticmethod
    def _subject(verb: Token) -> Token | None:
        cur = verb
        for _ in range(5):
            if (gov := stray_conjunct(cur)) is not None:
                cur = gov  # "X ordered Y to leave and revoked Z": X revoked it
                continue
            own_subject = any(c.dep_ == "nsubjpass" for c in kids(cur))
            passive = own_subject or (cur.dep_ == "conj" and any(c.dep_ == "agent" for c in kids(cur)) and (any(
                c.dep_ == "auxpass" for c in kids(cur)) or passive_conjunct(cur)))
            # ("X fired missiles and was condemned by Y", "the ship was boarded and seized by Y": by Y)
            if own_subject and (cur.lower_ in FEELING_PARTICIPLES or (
                    verb.dep_ == "conj" and cur.i == verb.head.i and verb.tag_ != "VBN" and not any(
                        c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)))):
                return next(c for c in kids(cur) if c.dep_ == "nsubjpass")  # "X was concerned by Y": X
            if passive:
                agent = next((c for c in kids(cur) if c.dep_ == "agent"), None) or shared_agent(cur)
                if agent is None:  # "imposed on X by Y": the parser may hang the "by" phrase on an argument
                    agent = next((t for c in kids(cur) if c.dep_ in ("prep", "nsubjpass", "dobj") for t in c.subtree
                                  if t.lower_ == "by" and t.dep_ in ("prep", "agent") and not inner_agent(t, c)), None)
                return phrase_noun(agent) if agent is not None else None  # ("by Russian shelling": a gerund)
            subj = clause_subject(cur)  # (or the subject a clause stole; not "Visiting Kyiv, X ...")
            if subj is not None:
                return subj
            if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ == "for" and (
                    cur.head.head.lemma_.lower() in CREDITING | CENSURING or any(
                        c.dep_ == "dobj" and c.lemma_.lower() in THANKS for c in kids(cur.head.head))):
                return thanked_party(cur.head.head)  # "thanked X (expressed gratitude to X) for sending aid": X sent it
            if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in OBJECT_CONTROL:
                controller = next((c for c in kids(cur.head) if c.dep_ in ("dobj", "nsubjpass")), None)
                if controller is not None:  # "prompting Tokyo to scramble jets", "Kyiv was forced to withdraw"
                    return controller
            if cur.dep_ == "acl" and cur.tag_ == "VBN":  # "a swap brokered by X": X
                agent = next((c for c in kids(cur) if c.dep_ == "agent"), None) or shared_agent(cur)
                return phrase_noun(agent) if agent is not None else None
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.lemma_.lower() in ISSUED_NOUNS and \
                    cur.head.dep_ in ("dobj", "nsubjpass", "pobj"):
                # "the council passed a resolution condemning X", "in a statement urging Y": its issuer
                cur = cur.head.head.head if cur.head.dep_ == "pobj" else cur.head.head
                continue
            if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.tag_ in ("NNS", "NNPS")):
                return cur.head  # "students protesting against X": the noun the participle describes
            # ("Having met X in Beijing, Y flew to Seoul": a perfect participle is done by the clause's subject)
            # ("Having been expelled by X, Y ...": a perfect passive one, like "Expelled by X, Y ...", by X)
            perfect = any(c.dep_ == "aux" and c.lower_ == "having" for c in kids(cur)) and not any(
                c.dep_ == "mark" for c in kids(cur))
            passive_perfect = perfect and any(c.dep_ == "auxpass" for c in kids(cur))
            participle = cur.tag_ in ("VBG", "VBN") and (perfect or not any(c.dep_ in ("aux", "mark")
                                                                            for c in kids(cur)))
            if participle and cur.tag_ == "VBN" and cur.dep_ == "advcl" and cur.i < cur.head.i and (
                    passive_perfect or not perfect):
                # "Asked about X, Y said ...", "Backed by Iran, the Houthis ...": Y was asked; Iran backs them
                agent = next((c for c in kids(cur) if c.dep_ == "agent"), None)
                return next((g for g in kids(agent) if g.dep_ == "pobj"), None) if agent is not None else None
            purpose = cur.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(cur)) and not any(
                c.dep_ == "mark" for c in kids(cur))  # "X blocked roads to protest Y": X protests
            if (cur.dep_ in ("xcomp", "conj", "acomp") or (cur.dep_ == "advcl" and (participle or purpose)) or
                    joined_in(cur)) and cur.head.i != cur.i:
                cur = reporting_clause(cur, REPORTING)  # (", blaming X" after a reported clause: the reporter's)
                continue
            return None
        return None

    def _actors_at(self, head: Token | None, actors: DocActors, day: dt.date,
                   last_person: Actor | None = None, speaker: list[Actor] | None = None) -> list[Actor]:
        if head is None:
            return []
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
            pronoun, head = head, head.head.head  # "the ambassador, who was expelled by X": the noun described
            if pronoun.lower_ == "which" and pronoun.dep_ == "nsubj" and head.dep_ == "pobj" and \
                    head.head.lower_ in ("in", "at", "near") and head.ent_type_ in ("GPE", "LOC", "FAC"):
                return []  # "the strike on a consulate in Damascus, which killed two generals": not Damascus
        if head.lower_ in FIRST_PERSON and head.pos_ == "PRON":  # ("US" is not "us")
            return list(speaker or [])[: 1 if head.lower_ in ("i", "my") else None]
        if head.like_num or head.lemma_.lower() in QUANTITY_NOUNS:  # "thousands of X and Y": X and Y
            of = next((g for c in kids(head) if c.dep_ == "prep" and c.lower_ == "of"
                       for g in kids(c) if g.dep_ == "pobj"), None)
            if of is not None and head.i not in actors.by_token:
                head = of
        heads = [head] if subject_stolen(head) else [head, *(c for c in head.conjuncts if not subject_stolen(c))]
        grouped = of_coordination(head, actors, day, self.recognizer) if len(heads) == 1 else []
        if grouped:
            return grouped  # "the foreign ministers of Peru and Chile"
        heads = companions(head, heads)  # "X, along with Y", "countries including Y and Z"
        out: list[Actor] = []
        for h in [h for h in heads if h.i != head.i and h not in head.conjuncts]:
            grouped = of_coordination(h, actors, day, self.recognizer)
            if grouped:  # "X, along with forces from A and B": each of A and B
                out.extend(grouped)
                heads.remove(h)
        for h in list(heads):
            mods = [c for c in kids(h) if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i in actors.by_token]
            for c in mods[:1]:
                group = [c, *c.conjuncts]
                if len(mods) > 1 and any(t.lower_ in ("and", "&") for t in h.doc[mods[0].i:h.i]):
                    group = list(dict.fromkeys([*group, *(g for m in mods[1:] for g in (m, *m.conjuncts))]))
                if len(group) > 1:
                    # "Qatari and Egyptian mediators", "Israeli and Hamas negotiators": one actor per modifier
                    base = self.recognizer.actor_of(h, actors, day)
                    kind = base.type_code if base is not None else None
                    found: list[Actor] = []
                    for k in group:
                        hit = actors.by_token.get(k.i)
                        if hit is None or hit.entry is None:
                            continue
                        if hit.entry.kind in ("country", "demonym"):
                            iso = hit.entry.key
                            found.append(Actor(self.recognizer.d.cameo_country(iso) + (kind or ""),
                                               hit.entry.name, iso, kind, k.idx, k.idx + len(k.text)))
                        elif hit.entry.kind in ("institution", "igo", "person"):  # ("Sisi and Jordan's king")
                            own = self.recognizer.actor_of(k, actors, day)
                            if own is not None:
                                found.append(own)
                    if len(found) > 1 and h in heads:
                        out.extend(found)
                        heads.remove(h)
        for h in map(shared_subject, heads):  # ("X did not ..., but it ...": X)
            owned = speakers_own(h, speaker or [], actors, self.recognizer) if len(heads) == 1 else []
            if owned:  # "X said its jets had struck ...": X's ("X and Y said their governments would ...": each's)
                out.extend(owned)
                continue
            said_of = self._actors_at(reported_referent(h), actors, day)
            if said_of:  # "Sweden expelled a diplomat, saying he had ...": the diplomat
                out.extend(said_of)
                continue
            leading = h.i == h.sent.start and h.head.dep_ == "ccomp" and h.head.head.i > h.i
            if leading and (back := referred(h, actors, day, self.recognizer, self.last_body, self.last_told)):
                out.extend(back)  # "They also fired a drone at X, the Pentagon said": not the Pentagon
                continue
            if h.lower_ in PRONOUNS | {"it", "they"} and speaker and h.dep_ in ("nsubj", "nsubjpass") and \
                    h.head.dep_ == "ccomp" and h.head.head.lemma_.lower() in REPORTING | THREATENING:
                out.extend(speaker if h.lower_ == "they" else speaker[:1])  # "X said he/it would ...": the speaker
                continue
            if back := referred(h, actors, day, self.recognizer, self.last_body, self.last_told):
                # "It accused", "its navy seized"
                out.extend(back)
                continue
            if h.lower_ in PRONOUNS:
                near = person_before(h, actors, day, self.recognizer)  # "found X guilty and sentenced him"
                if near is not None:
                    out.append(near)
                    continue
            if h.lower_ in PRONOUNS and last_person is not None:
                out.append(Actor(last_person.code, last_person.name, last_person.country_code,
                                 last_person.type_code, -1, -1, is_person=True))
                continue
            if group_noun(h):  # "the allies", "the two countries", "both sides": the pair named before
                size = group_size(h)  # ("the three Baltic states": three named; "the two countries": any pair)
                size = size if size != 2 else None
                named = coordinated_group([t for t in h.sent if t.i < h.i], actors, day, self.recognizer, size) or [
                    replace(a, start=-1, end=-1) for a in self.last_group if size is None or
                    len(self.last_group) == size]
                if named:
                    out.extend(named)
                    continue
            a = earlier_envoy(h, actors, day, self.recognizer) or self.recognizer.actor_of(
                h, actors, day) or role_of_body(h, actors, self.recognizer, self.last_body or last_person)
            a = shared_modifier(h, a, actors, self.recognizer) or a  # "British journalists and lawmakers": British
            if a is not None:
                out.append(a)
        return out

    def _held_abroad(self, obj: Token, code: str, actors: DocActors, day: dt.date, exclude: set[str]) -> Actor | None:
        """The country where the source's own people were acted on, for criticism, rejection or demands about
        it ("condemned the detention of Chinese citizens in Myanmar", "criticised the treatment of Indian workers
        in Qatar"): the country of the object's 'in' place, when the people it is 'of' are all the source's own."""
        if (code[:2] not in ("10", "11", "12") and code[:3] != "141") or obj.pos_ != "NOUN":
            return None
        own = {e[:3] for e in exclude}
        people = [a for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                  if g.dep_ == "pobj" for a in self._actors_at(g, actors, day)]
        if not people or any(a.country_code not in own for a in people):
            return None
        heads = [obj, *(g for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                        if g.dep_ == "pobj")]
        for g in (g for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ == "in"
                  for g in kids(c) if g.dep_ == "pobj"):
            place = self.place_country(g)
            if place is not None and place.country_code not in own:
                return place
        return None

    def _first_actor(self, tokens: list[Token], actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor]:
        for t in tokens:
            if t.i in actors.by_token:
                head = t
                while head.dep_ in ("compound", "amod", "poss", "nmod", "flat") and head.head.i != head.i:
                    head = head.head
                hit = actors.by_token[t.i]
                if t.dep_ == "poss" and hit.entry is None and hit.agent_type == "GOV":
                    return []  # "against the government's plan to buy grain from X": an unnamed government, not X
                if head.i == t.i and hit.entry is not None and hit.entry.kind == "capital" and head.dep_ == "pobj" \
                        and head.head.lower_ in LOCATIVE_PREPS:
                    place = self.place_country(t)  # "a bus stop in Jerusalem": a place, not the government
                    if place is not None and place.code not in exclude:
                        return [place]
                    continue
                if head.i != t.i and head.i not in actors.by_token and hit.entry is not None and \
                        hit.entry.kind in ("country", "demonym") and head.pos_ == "NOUN":
                    own = self.recognizer.actor_of(t, actors, day)  # "an Israeli withdrawal from Gaza": Israel
                    if own is not None and own.code not in exclude:
                        return [own]
                found = [a for a in self._actors_at(head, actors, day) if a.code not in exclude]
                if not found and head.i != t.i and hit.entry is None and (t.dep_ == "poss" or (
                        t.dep_ == "compound" and head.lemma_.lower() in STANCE_NOUNS | OWNED_SITES)):
                    # "the government's decision to freeze talks", "opposition demands": the agent that owns it
                    found = [a for a in self._actors_at(t, actors, day) if a.code not in exclude]
                    own_prefixes = {e[:3] for e in exclude if len(e) >= 3}
                    if not found and hit.agent_type in CIVIC_TYPES and len(own_prefixes) == 1 and \
                            t.dep_ == "compound" and head.lemma_.lower() in STANCE_NOUNS and \
                            next(iter(own_prefixes)) + hit.agent_type not in exclude:
                        # "X rejected opposition demands", "ignored union calls": X's own country's (when no
                        # other country places the sentence)
                        iso = next(iter(own_prefixes))
                        return [Actor(iso + hit.agent_type, f"{self.recognizer.d.country_name(iso)} ({hit.agent_type})",
                                      iso, hit.agent_type, t.idx, t.idx + len(t.text))]
                if found:
                    return found
        return []

    def framed_party(self, targets: list[Actor | None], actors: DocActors, day: dt.date,
                     exclude: set[str]) -> list[Actor | None]:
        """A bloc named only as the frame of the object ("vetoed an EU aid package for Ukraine", "the EU-mediated
        dialogue with Kosovo", "a UN-backed plan for Libya") is not the party acted on: the party is the one the
        framed thing is for or with."""
        codes = {t.code for t in targets if t is not None}
        if not codes or any(t is None or t.type_code != "IGO" for t in targets):
            return targets
        for i in list(actors.by_token):
            t = actors.doc[i]
            if t.dep_ not in _FRAMING_DEPS or t.head.i == t.i:
                continue
            head = t.head
            while head.dep_ in _FRAMING_DEPS and head.head.i != head.i:
                head = head.head  # ("EU" > "mediated" > "dialogue")
            if head.pos_ != "NOUN" or not {a.code for a in self._actors_at(t, actors, day)} & codes:
                continue
            for g in (g for c in kids(head) if c.dep_ == "prep" and c.lower_ in _FRAMED_PREPS for g in kids(c)
                      if g.dep_ == "pobj"):
                found = [a for a in self._actors_at(g, actors, day) if a.code not in exclude | codes]
                if found:
                    return list(found)
        return targets

    def _oblique_target(self, tok: Token, actors: DocActors, day: dt.date, exclude: set[str],
                        preps: set[str] = OBLIQUE_PREPS) -> list[Actor | None]:
        """'sanctions on X', 'an inquiry into X', 'aid to X', 'a bailout for X': the party acted upon."""
        holders = [tok]
        for obj in (c for c in kids(tok) if c.dep_ in ("dobj", "attr") and c.lemma_.lower() not in CLAIMED):
            holders += phrase(obj)  # "a package of sanctions against X", "a $3 billion bailout for X"
        for h in holders:
            for c in kids(h):
                if c.dep_ == "prep" and c.lower_ in preps:
                    for g in (n if k.dep_ == "pcomp" and (n := free_relative(k)) is not None else k
                              for k in kids(c)):
                        if g.dep_ in ("pobj", "attr", "oprd", "xcomp", "dobj"):
                            found = [a for a in self._actors_at(g, actors, day) if a.code not in exclude]
                            wide = outside_frames(g, TEMPORAL_PREPS) if preps is OBLIQUE_PREPS else \
                                phrase(g, preps=("of",))
                            found = found or self._first_actor(wide, actors, day, exclude)
                            if found:
                                return list(found)
        return []

    def _object_target(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor]:
        """An actor or a place named inside the object: 'struck Iranian facilities', 'seized most of Goma'."""
        obj = self._object(verb)
        if obj is None:
            return []
        scope = phrase(obj, preps=("of",))  # "in X", "at X" say where, not whom
        own = {e[:3] for e in exclude} if owned(obj) else set()  # "withdrew its troops": not its own
        found = [a for a in self._first_actor(scope, actors, day, exclude) if a.code[:3] not in own]
        if found:
            return found
        for t in scope:
            a = self.place_country(t)
            if a is not None and a.code not in exclude:
                return [a]
        return []

    def _clause_subject_actors(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor]:
        """'demanded that Moscow release ...' (its verb maybe tagged a noun), 'urged Berlin to ...': whom it aims at."""
        for c in asked_clauses(verb):  # ("demanded that X free Y, the ministry said": the parse hangs it on "said")
            subj = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None) or that_subject(c)
            if c.dep_ in ("ccomp", "xcomp") and (c.pos_ in ("VERB", "AUX") or subj is not None):
                found = [a for a in self._actors_at(subj, actors, day) if a.code not in exclude]
                if found:
                    return found
        return []

    def _left_subject(self, verb: Token, actors: DocActors, day: dt.date) -> list[Actor]:
        """When the parse gives a verb no subject, the actor phrase just left of it in its clause."""
        for t in reversed(list(verb.sent[: verb.i - verb.sent.start])):
            if t.pos_ in ("VERB",) or t.lower_ in (";", ":"):
                return []
            if t.i in actors.by_token and (t.dep_ in ("pobj", "nsubj", "conj", "appos", "dep", "npadvmod", "ROOT") or (
                    t.dep_ == "advmod" and t.pos_ == "PROPN")) and (  # ("Nauru severed ...": a name read as an adverb)
                    t.dep_ != "pobj" or t.head.lower_ == "as" or t.head.dep_ == "mark"):
                return self._actors_at(first_conjunct(t), actors, day)
        return []

    def _along_with(self, verb: Token, actors: DocActors, day: dt.date) -> list[Actor]:
        return [a for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("along", "together")
                for w in kids(c) if w.lower_ == "with" for g in kids(w) if g.dep_ == "pobj"
                for a in self._actors_at(g, actors, day)]

    def _beside(self, subj: Token, actors: DocActors, day: dt.date) -> list[Actor]:
        """Who a subject acts alongside: "X, alongside Y, ...", and "X, along / together with Y, ..." (co-doers)."""
        return [a for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "alongside" for g in kids(c)
                if g.dep_ == "pobj" for a in self._actors_at(g, actors, day)] + self._along_with(subj, actors, day)

    def _targets(self, tok: Token, rule: Rule, kind: str, actors: DocActors, day: dt.date,
                 exclude: set[str]) -> list[Actor | None]:
        if rule.target == "none":
            return [None]
        if rule.target == "obj":
            if rule.code[:2] == "04" and rule.lemma in TOPIC_VERBS:  # the object is a topic, not a party:
                # "discussed the war with Y" (by phone); "X and Y discussed the war": each is the other's
                return [a for p in self._pobjs(tok, {"with"}) for a in self._actors_at(p, actors, day)
                        if a.code not in exclude]
            obj = self._object(tok) if kind == "verb" else None
            if obj is None and kind == "verb" and rule.code[:2] != "17":
                obj = particle_object(tok)  # "hauled in the British ambassador" (arrests: coerced_head)
            doer = restated_subject(obj, rule.code[:2] <= "14") if obj is not None else None  # (words answer)
            if doer is not None:  # "X blocked the talks, a move Y condemned": Y condemned X
                return [a for a in self._actors_at(doer, actors, day) if a.code not in exclude]
            wanted = requester(obj) if obj is not None and rule.code in ("063", "121") else act_party(obj, rule.code)
            held = None if wanted is not None or obj is None else self._held_abroad(
                obj, rule.code, actors, day, exclude)
            if held is not None:  # "condemned the detention of Chinese citizens in Myanmar": Myanmar
                return [held]
            direct = self._actors_at(wanted or obj, actors, day)  # "extradited a Briton wanted in X": to X
            if obj is not None and owned(obj):
                direct = [a for a in direct if a.code[:3] not in {e[:3] for e in exclude}]
            entered = territory_owner(tok, obj) if obj is not None and not direct and kind == "verb" else None
            if entered is not None:  # "X scrambled jets after a Chinese plane entered its airspace": X's
                direct = [a for a in self._actors_at(entered, actors, day) if a.code not in exclude]
            if not direct and obj is not None and kind == "verb" and rule.code[:2] <= "14" and (
                    obj.lower_ in TOLD_ACTS or obj.lemma_.lower() in TOLD_ACTS) and (back := earlier_doer(
                    obj, {r.code for r in self.patterns.lookup("noun", obj.lemma_.lower())}, self._history)) \
                    is not None and back.code not in exclude:
                return [back]  # "X arrested Y. Z condemned the arrests": X
            if direct:
                return list(direct)
            owner = next((c for c in kids(obj) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None) \
                if obj is not None else None
            person = person_before(owner, actors, day, self.recognizer) if owner is not None else None
            if person is not None and person.code not in exclude:
                return [person]  # "criticised his comments", "condemned her arrest": the person named before
            if obj is not None and unknown_doer(obj, lambda t: t.i in actors.by_token):
                return []  # "condemned Smith's visit to Taiwan": Smith's act, not Taiwan's
            if rule.code[:2] == "13" and kind == "verb":  # "warned that it would use Russian weapons if X attacked":
                # X, the party its condition names (not the maker of the weapons it would use)
                cond = [g for c in kids(tok) if c.dep_ == "ccomp" for a in kids(c) if a.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(a)) for g in kids(a)
                    if g.dep_ in ("nsubj", "nsubjpass")]
                found = [a for g in cond for a in self._actors_at(g, actors, day) if a.code not in exclude]
                if found:
                    return list(found)
            # the object phrase without the clauses that describe it ("men suspected of spying for X" are not X)
            scope = [t for c in kids(tok) if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "nsubjpass")
                     for t in (c.subtree if c.dep_ in ("ccomp", "xcomp") else phrase(c))]
            scope += [t for g in (stray_agent(obj) if obj is not None else []) for t in phrase(g)]
            if rule.code[:3] == "115" and obj is not None:  # "sued its rival in a Delaware court": the venue
                venue = {t.i for p in kids(obj) if p.dep_ == "prep" and p.lower_ in _VENUE_PREPS for g in kids(p)
                         if g.dep_ == "pobj" and g.lemma_.lower() in _COURTS for t in g.subtree}
                scope = [t for t in scope if t.i not in venue]
            if rule.code[:2] == "13":  # "warned it would use the Russian weapons on its soil": whose arms, not whom
                arms = {t.i for c in kids(tok) if c.dep_ == "ccomp" for v in c.subtree if v.lemma_.lower() in _WIELDING
                        for o in kids(v) if o.dep_ == "dobj" for t in phrase(o) if t.i <= o.i}  # (not "against X")
                scope = [t for t in scope if t.i not in arms]
            return list(self._first_actor(scope, actors, day, exclude))
        if rule.target in ("pobj", "between"):
            preps = rule.preps if rule.target == "pobj" else {"between", "among", "with"}
            pobjs = complained_of(tok, rule.code, self._pobjs(tok, preps))
            if rule.code[:2] == "11":  # "hit out at / protested against the detention of X by Y": Y, the doer
                pobjs = [act_party(p, rule.code) or p for p in pobjs]
            if not pobjs and kind == "verb" and rule.target == "pobj" and (
                    stranded := stranded_subject(tok, rule.preps)) is not None:
                pobjs = [stranded]  # "the boat was fired on by X": the passive's subject
            found = [a for p in pobjs for a in self._actors_at(p, actors, day)]
            if not found and rule.target == "pobj":  # "withdrew from the talks with X": the party of the thing
                found = [a for p in pobjs for g in topic_parties(p, rule.code) for a in self._actors_at(g, actors, day)]
            if not found and rule.code[:2] == "07":  # "food to flood victims in Pakistan": the place's country
                found = [a for t in located_in(tok, pobjs) if (a := self.place_country(t)) is not None][:1]
            return [a for a in found if a.code not in exclude] or []
        if rule.target == "place":
            preps = rule.preps or {"in", "to", "at"}
            for p in place_heads(tok, self._pobjs(tok, preps), rule.code):
                a = self.place_country(p)
                if a is not None:  # ("travelled to Kyiv and Moscow", "recalled envoys from Mali and Niger": each)
                    more = [b for c in p.conjuncts if not subject_stolen(c) and (b := self.place_country(c)) is not None
                            and b.code != a.code]
                    return [a, *dict((b.code, b) for b in more).values()]
            return []
        if rule.target == "subj":  # an adjective's: its copula's subject ("X said Y's move was illegal": Y)
            subj = judged_subject(tok, self._subject) if kind != "noun" else charged_party(tok)  # "was behind",
            # "said of Y", "X's accusation that Y had ..."
            if subj is not None and subj.lower_ in ("that", "which") and subj.head.dep_ == "relcl" and (
                    doer := restated_subject(subj.head.head)) is not None:
                subj = doer  # "X sent troops to Y, a mission that drew praise from Z": X
            return list(self._actors_at(subj, actors, day) or (
                self._first_actor(phrase(subj), actors, day, exclude) if kind == "adj" and subj is not None else []))
        return []

    _pobjs = staticmethod(prep_objects)
