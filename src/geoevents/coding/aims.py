"""Whom an event is aimed at when its trigger names no target: a show of force (the country it is near),
a response (the provoker), a threat (the actor of its condition), a protest (the object of its purpose),
else the nearest actor of the verb's own clause."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from geoevents.coding.actors import DocActors
from geoevents.coding.modality import CAUSATIVE_GOVERNORS, REPORTING
from geoevents.coding.nominal import TEMPORAL_PREPS
from geoevents.coding.targets import ArgumentReader, phrase
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import BORDER_NOUNS, COUNT_WORDS, LOCATIVE_PREPS, POSTURE_PREPS, QUANTITY_NOUNS
from geoevents.models import Actor

__all__ = ["AimReader"]

# what the nearest-actor fallback does not enter: other clauses, and phrases of place, time, cause and agency
_OTHER_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis", "nsubj", "nsubjpass", "csubj", "appos",
                            "cc", "punct"})
_NOT_PARTIES = frozenset(LOCATIVE_PREPS | TEMPORAL_PREPS | {"by", "despite", "amid", "because", "due", "as", "like",
                                                           "under", "during", "than"})


# domestic challengers a state's show of force or response may answer: "deployed police ahead of a march by
# opposition supporters" (of the source's own country, yet the other side)
# requests a refusal may go on in spite of: "refused despite appeals / repeated calls / pressure from X"
_APPEALS = frozenset({"appeal", "call", "plea", "request", "demand", "pressure", "urging", "entreaty", "petition"})
# frames of a concession: "Bowing to / yielding to / caving in to X, Y withdrew ..."
_DOER_PREPS = ("of", "by", "from")  # the phrases of an event noun that may name who did it
_YIELDING = frozenset({"bow", "yield", "cave", "bend", "succumb", "give", "relent", "submit", "heed"})
_SPELLS = frozenset({"week", "day", "month", "year", "wave", "round", "series"})
_PROTESTS = frozenset({"protest", "demonstration", "strike", "unrest", "outcry", "rally", "march", "riot", "sit-in",
                       "walkout", "boycott"})
_CHALLENGERS = frozenset({"OPP", "CVL", "REB", "LAB", "EDU", "AGR", "HRI"})
# a trailing clause that names the side a response answers ("cut ties with no one named, accusing X of ...")
_BLAMING = frozenset({"accuse", "blame"})


def _other_side(a: Actor, exclude: set[str | None]) -> bool:
    return a.country_code not in exclude or a.type_code in _CHALLENGERS


class AimReader(ArgumentReader):
    """Finds the aim of an untargeted trigger (mixed into the sentence coder)."""

    def _near_target(self, tok: Token, actors: DocActors, day: dt.date, exclude: set[str | None]) -> list[Actor | None]:
        """Whom a show of force is aimed at: the country of the place it is near or in (not the source's own)."""
        holders = [tok, *(c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass"))]
        holders += [g for h in holders[1:] if h.like_num or h.lower_ in COUNT_WORDS or h.lemma_ in QUANTITY_NOUNS
                    for c in kids(h) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"]
        # ("dozens of villages in X were captured": the place phrase hangs on what the count counts)
        holders += [g for h in holders[1:] for g in kids(h) if g.dep_ == "conj"]  # ("sent jets and ships near X")
        for h in holders:
            for c in kids(h):
                if c.dep_ != "prep" or c.lower_ not in POSTURE_PREPS:
                    continue
                for g in kids(c):
                    if g.dep_ != "pobj":
                        continue
                    scope = phrase(g, preps=("of", "with") if g.lemma_.lower() in BORDER_NOUNS else ("of",))
                    found = [a for a in self._first_actor(scope, actors, day, set()) if a.country_code not in exclude]
                    if found:
                        return list(found)
                    for t in scope:
                        a = self.place_country(t)
                        if a is not None and a.country_code not in exclude:
                            return [a]
        return []

    def _provoker(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str | None]) -> list[Actor | None]:
        """The actor of an 'after' clause that a response follows ('raised its alert after North Korea fired'), or the
        side a trailing participle blames ('recalled its envoy, accusing X of ...')."""
        for c in kids(verb):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "following") for m in kids(c)):
                subj = next((g for g in kids(c) if g.dep_ == "nsubj"), None)
                found = [a for a in self._actors_at(subj, actors, day) if _other_side(a, exclude)]
                if found:
                    return list(found)
            ahead = next((p for p in kids(c) if p.dep_ == "prep" and p.lower_ == "of"), None) \
                if c.dep_ in ("prep", "advmod") and c.lower_ == "ahead" else None  # "ahead of a march by X": X
            if (c.dep_ == "prep" and c.lower_ in ("after", "following", "in")) or ahead is not None:
                for g in (ahead or c).children:  # "after X's launch", "in response to"
                    if g.dep_ == "pobj" and (c.lower_ != "in" or g.lemma_.lower() in ("response", "retaliation")):
                        found = [a for a in self._first_actor(phrase(g, _DOER_PREPS if c.lower_ != "in" else (
                                *_DOER_PREPS, "to")), actors, day, set())
                                 if _other_side(a, exclude)]  # (not "after the attack on a hall near X": a site)
                        if found:
                            return list(found)
        for c in kids(verb):  # "recalled its negotiators, accusing X of ...": the side it blames
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _BLAMING and not any(
                    g.dep_ in ("nsubj", "mark", "aux") for g in kids(c)):
                accused = next((g for g in kids(c) if g.dep_ == "dobj"), None)
                found = [a for a in self._actors_at(accused, actors, day) if _other_side(a, exclude)]
                if found:
                    return list(found)
        cause = verb.head if verb.dep_ == "xcomp" else None
        if cause is not None and cause.lemma_.lower() in CAUSATIVE_GOVERNORS and cause.dep_ == "advcl" and \
                cause.tag_ == "VBG":  # "X flew near Japan, prompting Tokyo to scramble jets": X provoked it
            subj = self._subject(cause.head)
            found = [a for a in self._actors_at(subj, actors, day) if _other_side(a, exclude)]
            if found:
                return list(found)
        return []

    def _voting_body(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str | None]) -> list[Actor]:
        """'The Security Council failed to adopt X after the United States cast its veto': the one organisation of
        states named in the sentence is the body a veto is cast in (nothing when none or two are named)."""
        found: dict[str, Actor] = {}
        for i in range(verb.sent.start, verb.sent.end):
            hit = actors.by_token.get(i)
            if hit is None or hit.end - 1 != i:
                continue
            a = self.recognizer.actor_of(verb.doc[i], actors, day)
            if a is not None and a.type_code == "IGO" and a.code not in exclude:
                found[a.code[:3]] = a
        return list(found.values()) if len(found) == 1 else []

    def _condition_target(self, pred: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor | None]:
        """Whom a threat is aimed at, from its condition: 'would retaliate if Ukraine's offensive succeeded'."""
        # the threat's verb, its governor, and its complement and adverbial clauses ("warned X would use Y if",
        # "threatened to quit, saying it would do so if ...")
        chain = [pred, pred.head]
        for _ in range(2):
            chain += [c for t in chain for c in kids(t) if c.dep_ in ("ccomp", "xcomp", "advcl") and c not in chain]
        for cur in chain:
            for c in kids(cur):
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(c)):
                    subj = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
                    found = [a for a in self._actors_at(subj, actors, day) if a.code not in exclude]
                    if not found and subj is not None:
                        found = self._first_actor(phrase(subj), actors, day, exclude)
                    if found:
                        return list(found)
        return []

    def _defied(self, noun: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor | None]:
        """Whom an appeal or demand told by a noun was made to, when a clause went on in spite of it: "X pressed
        ahead despite appeals from Y for restraint" (X), "X kept up its strikes in spite of a plea by Y"."""
        prep = noun.head
        if noun.dep_ != "pobj" or not (prep.lower_ == "despite" or (
                prep.lower_ == "of" and prep.head.lower_ == "spite" and prep.head.head.lower_ == "in")):
            return []
        clause = prep.head if prep.lower_ == "despite" else prep.head.head.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        if clause.lemma_.lower() in REPORTING and prep.i > clause.i:
            # "X deported them, the ministry said, despite appeals from Y": the parser hangs the phrase on the report
            clause = clause.head if clause.dep_ == "parataxis" and clause.head.i < clause.i else next(
                (c for c in kids(clause) if c.dep_ in ("ccomp", "parataxis") and c.i < clause.i), clause)
        return [a for a in self._actors_at(self._subject(clause), actors, day) if a.code not in exclude]

    def _refused_appellants(self, verb: Token, actors: DocActors, day: dt.date,
                            exclude: set[str]) -> list[Actor | None]:
        """Whose request a refusal turned down, named in a concession: "X refused to reopen schools despite
        appeals from Y", "X rejected the deal in spite of pressure by Y" (Y; not what X refused to do)."""
        clauses = [verb, *(c for c in kids(verb) if c.dep_ == "xcomp")]
        for clause in clauses:
            for c in kids(clause):
                if c.dep_ != "prep" or c.lower_ not in ("despite", "in"):
                    continue
                heads = [g for g in kids(c) if g.dep_ == "pobj"] if c.lower_ == "despite" else [
                    g for s in kids(c) if s.dep_ == "pobj" and s.lower_ == "spite" for o in kids(s)
                    if o.dep_ == "prep" and o.lower_ == "of" for g in kids(o) if g.dep_ == "pobj"]
                for h in (h for h in heads if h.lemma_.lower() in _APPEALS):
                    found = [a for p in kids(h) if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
                             for g in kids(p) if g.dep_ == "pobj" for a in self._actors_at(g, actors, day)
                             if a.code not in exclude]
                    if found:
                        return list(found)
        return []

    def _remit_target(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor | None]:
        """Whom an inquiry is about when its body's name says so: "the UN fact-finding mission on Venezuela is
        examining claims ...", "the commission of inquiry on Syria investigated ..." (the body's remit)."""
        subj = self._subject(verb)
        if subj is None:
            return []
        holders = [subj, *(g for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                           if g.dep_ == "pobj")]  # ("the commission of inquiry on X")
        for h in holders:
            for g in (g for c in kids(h) if c.dep_ == "prep" and c.lower_ in ("on", "into", "for") for g in kids(c)
                      if g.dep_ == "pobj"):
                found = [a for a in self._actors_at(g, actors, day) if a.code not in exclude]
                if found:
                    return list(found)
        return []

    def _yielded_to(self, verb: Token, source: Actor, actors: DocActors, day: dt.date,
                    exclude: set[str]) -> list[Actor | None]:
        """Whom a concession was made to, named in the clause's frame: "Bowing to pressure from farmers, X repealed
        ...", "Under pressure from Y, X reopened ...", "Bowing to weeks of street protests, X withdrew ..." (the
        protesters: the source's own civilians)."""
        heads = [g for c in kids(verb) if c.dep_ == "advcl" and c.lemma_.lower() in _YIELDING for p in kids(c)
                 if p.dep_ == "prep" and p.lower_ == "to" for g in kids(p) if g.dep_ == "pobj"]
        heads += [g for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "under" for g in kids(p)
                  if g.dep_ == "pobj" and g.lemma_.lower() == "pressure"]
        for h in heads:
            h = next((g for c in kids(h) if c.dep_ == "prep" and c.lower_ == "of" and (
                h.lemma_.lower() in _SPELLS or h.like_num) for g in kids(c) if g.dep_ == "pobj"), h)  # "weeks of"
            named = [a for c in kids(h) if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in kids(c)
                     if g.dep_ == "pobj" for a in self._actors_at(g, actors, day)]
            named = named or self._first_actor([t for t in h.subtree if t.i <= h.i], actors, day, exclude)
            named = [a for a in named if a is not None and a.code not in exclude]
            if named:
                return list(named)
            if h.lemma_.lower() in _PROTESTS and source.country_code:
                d, iso = self.recognizer.d, source.country_code
                return [Actor(d.cameo_country(iso) + "CVL", f"{d.country_name(iso)} (CVL)", iso, "CVL", h.idx,
                              h.idx + len(h.text))]
        return []

    def _purpose_target(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str]) -> list[Actor | None]:
        """Whom a protest is aimed at, from its purpose clause: 'rallied to denounce X', 'to protest against X'."""
        for c in kids(verb):
            if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)):
                aimed = self._object_target(c, actors, day, exclude)
                if aimed:
                    return list(aimed)
                oblique = [a for a in self._oblique_target(c, actors, day, exclude) if a is not None]
                if oblique:
                    return list(oblique)
        return []

    def _clause_actor(self, verb: Token, actors: DocActors, day: dt.date, exclude: set[str | None]) -> list[Actor]:
        """The first actor named after the verb in its own clause, outside its subject, places and time frames.

        A fallback for when no argument reader found the other party ('agreed to resume imports of Indian
        mangoes'); subordinate and coordinated clauses, locative and temporal phrases and the "by" agent are
        left out. Events it targets carry the flag "nearest_actor" and a lower confidence.
        """
        out: list[Token] = []
        stack = [c for c in kids(verb) if c.i > verb.i and c.dep_ not in _OTHER_CLAUSES]
        while stack:
            t = stack.pop()
            if t.dep_ in ("prep", "agent") and t.lower_ in _NOT_PARTIES:
                continue
            out.append(t)
            stack += [c for c in kids(t) if c.dep_ not in _OTHER_CLAUSES]
        for t in sorted(out, key=lambda t: t.i):
            hit = actors.by_token.get(t.i)
            if hit is None or hit.entry is None or hit.entry.kind not in ("country", "demonym", "institution", "igo"):
                continue
            found = [a for a in self._first_actor([t], actors, day, set()) if a.country_code not in exclude]
            if found:
                return found
        return []
