"""Events told outside the main clause, and the parties such constructions name (mixed into the sentence coder).

- ``agent_clause``: "the strikes carried out by X", "the drill, which was conducted by X and Y", "an attack
  claimed by X", "the raid that X launched": a clause describing an event noun whose verb only performs it
  names the noun's doer (and asserts it, whatever the main clause says of the noun); "strikes carried out by X
  killed ten people": the doer of a violent noun is the doer of the violent verb it is the subject of, and
  "ten soldiers were killed in an X airstrike": of the agentless passive it is the setting of.
- ``pronoun_owner``: "X has not freed the soldiers it abducted": the pronoun subject is the verb's subject.
- ``avenged_on``: "X vowed retaliation against Y for the strike": the one avenged on did the act.
- own acts in a frame: "X killed civilians in Bucha during their occupation of the town": an event noun owned by
  "its" / "their" in a temporal frame is the clause subject's, aimed (if violent) at the clause's place.
- ``gerund_subject``: "X expelled the envoy weeks after demanding Y's withdrawal": the subject of a clause
  is the doer of the subjectless gerund that frames it.
- ``respondent``: "X weighed its response to the sanctions announced by Y": an event answered was aimed at the
  one answering.
- ``_frame_host``: "X's president said during a visit by Y's foreign minister": a visit with no destination,
  framing a clause, was to the clause's place, else to its subject's country.
- ``_embedded_targets``: "Greeted at the airport by X, Y began ...": a leading passive participle is done to
  the subject of the clause it opens; "Y condemned the strikes carried out by X": a verb's object event noun
  stands for its doer.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from geoevents.coding.actors import DocActors
from geoevents.coding.assaults import attack_noun, noun_doers
from geoevents.coding.clauses import is_thing
from geoevents.coding.demands import answered_by, asked_parties, crime_agents
from geoevents.coding.disapproval import drawn_critics, drawn_doer
from geoevents.coding.groups import adjective_doer
from geoevents.coding.material_more import received_by, taking_part
from geoevents.coding.modality import governing_predicate
from geoevents.coding.nominal import TEMPORAL_PREPS, temporal_frame_subject
from geoevents.coding.nominal_events import beneficiary, framed_owner, pronoun_owner_of, yielding_verb
from geoevents.coding.offers import offer_owner, offered_to
from geoevents.coding.parties import PartyReader
from geoevents.coding.passives import claimed_by, gerund_noun, speakers_object, under_attack, under_attack_agents
from geoevents.coding.patterns import Rule
from geoevents.coding.relations import deciding_agent
from geoevents.coding.second_events import that_gap
from geoevents.coding.subclauses import judged_referent, participle_referent
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import CREDITING, LIGHT_VERBS, MEETING_NOUNS, RELATIVE_PRONOUNS, VIOLENT_ROOTS
from geoevents.models import Actor

# verbs of answering an act by one's own ("retaliated with strikes on X", "responded with sanctions on X")
_ANSWERING = frozenset({"retaliate", "respond", "react", "reply", "answer", "counter"})

__all__ = ["EmbeddedReader", "agent_clause", "asserting_predicate", "avenged_on", "dated_participle",
           "frame_visit_rule", "gerund_subject", "hosted_meeting", "pronoun_owner", "respondent"]

# verbs that only perform the event noun they describe ("carried out", "staged", "claimed")
_EVENT_PERFORMING = frozenset({"carry", "conduct", "stage", "launch", "mount", "perpetrate", "commit", "claim",
                               "wage", "unleash", "orchestrate", "execute"})
# ... and those that also hand a thing over or issue it ("sanctions imposed by X", "aid delivered by X")
_PERFORMING = frozenset(_EVENT_PERFORMING | LIGHT_VERBS | {"supply", "lead"}) - {"host", "have", "step", "begin",
                                                                                  "start", "continue", "resume"}
# verbs that author a text or a proposal, whose agent is the party a reaction to the text is aimed at: "rejected
# the terms put forward by X", "welcomed a plan drafted by X", "is studying the proposal submitted by X"
_AUTHORING = frozenset({"propose", "put", "draft", "table", "submit", "present", "float", "sponsor", "adopt",
                        "pass", "suggest", "advance", "introduce", "author", "craft", "outline", "offer", "lay",
                        "organise", "organize", "arrange", "call", "promote", "champion"})
_OWNER_PRONOUNS = frozenset({"it", "they"})
# answers to an event, whose maker the event was aimed at: "X's response to the sanctions imposed by Y"
_RESPONSES = frozenset({"response", "reaction", "retaliation", "reply", "answer", "riposte", "countermeasure"})
_RESPONDING = frozenset({"respond", "react", "retaliate", "reply", "answer"})
_AVENGING = frozenset({"retaliation", "revenge", "reprisal", "reprisals", "vengeance", "retaliate", "avenge"})
_VISIT_FRAMES = frozenset(TEMPORAL_PREPS - {"before", "ahead"})
_GERUND_FRAMES = frozenset({"after", "before", "following", "while", "since", "upon", "on", "by", "despite"})
_PLACE_PREPS = frozenset({"in", "at"})
_AIM_PREPS = frozenset({"on", "against", "in", "at", "near", "across", "into", "targeting"})


def agent_clause(noun: Token, performing: frozenset[str] = _PERFORMING) -> tuple[Token, list[Token]] | None:
    """The clause verb and doer tokens of 'the strikes carried out by X' / 'the raid that X launched', else None.

    A clause hung on the object of the noun's aim or place ('strikes on villages carried out by X', as the parser
    often attaches it) counts only with a verb that performs events, not things ('a convoy sent by X'); one on
    another object is that object's ('the response to the invasion launched by X')."""
    holders = [(noun, performing)] + [(g, _EVENT_PERFORMING) for c in kids(noun)
                                        if c.dep_ == "prep" and c.lower_ in _AIM_PREPS
                                        for g in kids(c) if g.dep_ == "pobj"]
    for holder, verbs in holders:
        for v in kids(holder):
            lemma = v.lemma_.lower()
            if v.dep_ not in ("acl", "relcl") or v.pos_ != "VERB" or lemma not in verbs or (
                    lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids(v))) or (
                    lemma in ("put", "lay") and not any(c.lower_ in ("forward", "out", "down") for c in kids(v))):
                continue
            if any(c.dep_ == "neg" for c in kids(v)):
                return None
            agents = [g for c in kids(v) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"]
            if agents and v.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in kids(v)):
                return v, agents  # "strikes carried out by X", "the drill, which was conducted by X"
            subj = next((c for c in kids(v) if c.dep_ == "nsubj"), None)
            if v.dep_ == "relcl" and subj is not None and subj.lower_ not in RELATIVE_PRONOUNS and (any(
                    c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in kids(v)) or that_gap(v)):
                return v, [subj]  # "the raid that X launched"
    return None


def pronoun_owner(verb: Token) -> Token | None:
    """For 'the soldiers it abducted' (a relative clause with an 'it' / 'they' subject describing an argument of
    a verb), the subject token of that verb, else None."""
    pron = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.lower_ in _OWNER_PRONOUNS), None)
    if verb.dep_ != "relcl" or pron is None:
        return None
    noun = verb.head
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head  # ("criticised the Houthis for the attacks they launched": "they" may be the object)
        if any(c.dep_ in ("dobj", "dative") for c in kids(gov)):
            return None
    elif noun.dep_ != "dobj":
        return None
    owner = next((c for c in kids(gov) if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if gov.pos_ in ("VERB", "AUX") else None
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.ent_type_ == "PERSON" or (
            pron.lower_ == "it" and owner.tag_ not in ("NN", "NNP")):
        return None  # ("the army retook the villages they had seized": "they" is not the army)
    return owner


def gerund_subject(verb: Token) -> Token | None:
    """'X expelled the envoy weeks after demanding ...', 'X was arrested while covering ...': the grammatical
    subject of the clause a subjectless gerund frames ('without consulting Y' is not done)."""
    prep = verb.head  # ("after days of fighting with Y": a gerund the parser took for a verb, the frame's)
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in _GERUND_FRAMES or prep.head.pos_ not in (
            "VERB", "AUX"):
        return temporal_frame_subject(verb) if verb.dep_ == "pobj" and verb.tag_ == "VBG" else None
    return next((c for c in kids(prep.head) if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lower_ not in RELATIVE_PRONOUNS), None)


def text_authors(noun: Token) -> list[Token]:
    """The authors of a text or proposal that a verb's object names ('the terms put forward by X', 'the plan
    proposed by X', 'its response to the sanctions announced by X'): the party a reaction to it is aimed at."""
    holders = [noun, *(g for c in kids(noun) if noun.lemma_.lower() in _RESPONSES and c.dep_ == "prep"
                       and c.lower_ == "to" for g in kids(c) if g.dep_ == "pobj")]
    for h in holders:
        found = agent_clause(h, _PERFORMING | _AUTHORING) if h.pos_ == "NOUN" else None
        if found is not None and found[0].tag_ == "VBN":
            return found[1]
    return []


def asserting_predicate(noun: Token) -> Token:
    """The predicate whose modality a nominal event takes: the verb of a clause that names its doer ('the drill,
    which was conducted by X', asserted whatever the main clause says), else the nearest verb above it."""
    found = agent_clause(noun)
    return found[0] if found is not None else dated_participle(noun) or governing_predicate(noun) or noun


def dated_participle(noun: Token) -> Token | None:
    """'X's sanctions, reimposed on Tuesday, will hit Y hard, analysts said': a participle of performing or imposing
    with its own date, which asserts the noun's event whatever the clause it is the subject of says; else None."""
    return next((v for v in kids(noun) if v.dep_ == "acl" and v.tag_ == "VBN" and (
        v.lemma_.lower() in _PERFORMING or v.lemma_.lower().removeprefix("re") in _PERFORMING) and not any(
        c.dep_ in ("neg", "aux", "auxpass") for c in kids(v)) and any(
        t.ent_type_ in ("DATE", "TIME") for c in kids(v) if c.dep_ in ("npadvmod", "prep") for t in c.subtree)), None)


def frame_visit_rule(tok: Token, rules: tuple[Rule, ...]) -> Rule | None:
    """The visit row of a visit noun that names no destination but frames a clause ('said during a visit by X')."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _VISIT_FRAMES or tok.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((r for r in rules if r.code[:3] == "042" and r.target == "place" and not r.objects), None)


def respondent(tok: Token) -> Token | None:
    """Who answers an event: 'X responded to / retaliated for <tok>', 'X's response to <tok>', 'its reaction to
    <tok>' and 'in response to <tok>' (the clause's subject), else None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("to", "for", "against"):
        return None
    gov = prep.head
    lemma = gov.lemma_.lower()
    if gov.pos_ == "VERB" and lemma in _RESPONDING:
        return next((c for c in kids(gov) if c.dep_ == "nsubj"), None)
    if gov.pos_ != "NOUN" or lemma not in _RESPONSES:
        return None
    own = next((c for c in kids(gov) if c.dep_ == "poss"), None)
    if own is not None and own.lower_ not in ("its", "their"):
        return own  # "Beijing's response to ..."
    clause = gov.head.head if gov.dep_ == "pobj" else gov.head  # "its response to", "in response to"
    if clause.pos_ not in ("VERB", "AUX") or gov.dep_ not in ("dobj", "pobj") or (own is None and gov.dep_ == "dobj") \
            or clause.lemma_.lower() in CREDITING:
        return None  # ("praised its response to ...": whose, is not said)
    return next((c for c in kids(clause) if c.dep_ == "nsubj"), None)


def avenged_on(tok: Token) -> list[Token]:
    """Whom an act is avenged on, its doer: 'retaliation against X for <tok>', 'retaliated against X for <tok>'."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for":
        return []
    gov = prep.head  # ("vowed retaliation against X for Y": the parser may hang "for Y" on the verb)
    avenging = [h for h in (gov, *(c for c in kids(gov) if c.dep_ == "dobj")) if h.lemma_.lower() in _AVENGING]
    return [g for h in avenging[:1] for c in kids(h) if c.dep_ == "prep" and c.lower_ in ("against", "on")
            for g in kids(c) if g.dep_ == "pobj"]


def answered_with(noun: Token) -> list[Token]:
    """'X retaliated / responded with airstrikes on Y': the subject of the verb of answering whose means the act
    noun is (the means of its answer are its own acts); else none."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep" or \
            prep.head.lemma_.lower() not in _ANSWERING:
        return []
    return [c for c in kids(prep.head) if c.dep_ == "nsubj" and c.pos_ != "PRON"][:1]


def hosted_meeting(tok: Token) -> bool:
    """'talks hosted by X', 'X hosted talks between A and B': a meeting hosted, whose parties are X's guests."""
    lemma = tok.lemma_.lower()
    meeting = tok.head if tok.dep_ == "acl" else next((c for c in kids(tok) if c.dep_ == "dobj"), None)
    return lemma == "host" and meeting is not None and meeting.lemma_.lower() in MEETING_NOUNS


class EmbeddedReader(PartyReader):
    """Sources and targets read off constructions outside the trigger's own clause."""

    def _embedded_sources(self, tok: Token, kind: str, code: str, actors: DocActors, day: dt.date,
                          consumed: set[int]) -> list[Actor]:
        """The doer named by an agent clause (of the noun, or of a violent verb's violent subject noun), by the
        attack an agentless passive happened in (that attack noun is then ``consumed``: one event), or the owner
        of a relative clause's pronoun subject."""
        if kind == "verb":
            owner = pronoun_owner(tok) or gerund_subject(tok) or offer_owner(tok) or deciding_agent(tok)  # X's offer
            if owner is not None:
                return self._actors_at(owner, actors, day)
            subj = self._subject(tok)
            if code[:2] not in VIOLENT_ROOTS:
                return []
            if subj is None and (tok.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in kids(tok))):
                # "ten soldiers were killed in a Chilean airstrike": the doer of the attack they died in
                for n in (n for g in kids(tok) if g.dep_ == "prep" and g.lower_ in ("in", "during")
                          for n in kids(g) if (n.dep_ == "pobj" or gerund_noun(n)) and self._violent_noun(n)):
                    attackers = self._actors_at(n, actors, day)[:1] or [g for g in (self._group_doer(n),) if g] or [
                        a for g in claimed_by(n) for a in self._actors_at(g, actors, day)]  # ("claimed by X")
                    if attackers:
                        consumed.add(n.i)
                        return attackers
                return []
            if subj is None or not self._violent_noun(subj := attack_noun(tok, subj)):
                return []
            tok = subj  # "strikes carried out by X killed ten people", "a bombing by X that killed ..."
        found = agent_clause(tok) or under_attack_agents(tok, code) or drawn_critics(tok, code) or \
            taking_part(tok, code)  # "came under attack from X", "drew a rebuke from X", "drills involving X"
        doers = found[1] if found is not None else noun_doers(tok) if code[:2] in VIOLENT_ROOTS else None
        if doers is not None:  # ("X claimed the bombing", "a bombing by X killed ...": see assaults)
            return [a for g in doers for a in self._actors_at(g, actors, day)]
        if kind == "verb" and code[:2] in VIOLENT_ROOTS and (group := self._group_doer(tok)) is not None:
            return [group]  # "a rebel attack killed ..." (see groups)
        frame = temporal_frame_subject(tok) if any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                   for c in kids(tok)) else None
        if frame is not None:  # "X killed civilians during their occupation of the town": X occupied it
            return self._actors_at(frame, actors, day)
        # "vowed retaliation against X for the strike": X struck; "X retaliated with strikes on Y": X
        return [a for g in avenged_on(tok) or pronoun_owner_of(tok) or answered_with(tok)
                for a in self._actors_at(g, actors, day)]

    def _group_doer(self, noun: Token) -> Actor | None:
        d, place = self.recognizer.d, self.place_country
        return adjective_doer(noun, lambda: self.recognizer.context_country,
                              lambda g: a.country_code if (a := place(g)) is not None else None,
                              lambda iso: (d.cameo_country(iso), d.country_name(iso)))

    def _violent_noun(self, noun: Token) -> bool:
        lemma = noun.lower_ if noun.tag_ == "VBG" else noun.lemma_.lower()  # ("in Russian shelling": a gerund)
        return any(r.code[:2] in VIOLENT_ROOTS for r in self.patterns.lookup("noun", lemma))

    def _noun_targets(self, tok: Token, code: str, actors: DocActors, day: dt.date,
                      exclude: set[str | None]) -> list[Actor]:
        """The party a nominal event without one of its own is aimed at, read off the phrase that holds it: the
        respondent of 'X's response to / Y retaliated for <event>', or the host of a framing visit."""
        if (attacked := under_attack(tok, code)) is not None:  # "X came under attack from Y": X, of any side
            return self._actors_at(attacked, actors, day) or [a for a in (self.place_country(attacked),) if a]
        answering = respondent(tok) or answered_by(tok, code) or beneficiary(tok, code) or drawn_doer(tok, code)
        # (or demands'; or the one drawing criticism: "X's raid drew a rebuke from Y")
        if answering is not None:  # "Iran weighed its response to the sanctions announced by Washington"
            return [a for a in self._actors_at(answering, actors, day) if a.country_code not in exclude]
        if code[:2] in VIOLENT_ROOTS and (owner := framed_owner(tok)) is not None:
            # "Amid Russian strikes on its power grid, Ukraine asked ...": Ukraine's grid
            return [a for a in self._actors_at(owner, actors, day) if a.country_code not in exclude]
        if code[:2] in VIOLENT_ROOTS and (yielded := yielding_verb(tok)) is not None:
            # "X withdrew from the town amid a Russian offensive": the force made X give ground
            return [a for c in kids(yielded) if c.dep_ == "nsubj" for a in self._actors_at(c, actors, day)
                    if a.country_code not in exclude]
        if code[:2] in VIOLENT_ROOTS:  # "killed civilians in Bucha during their occupation of the town": there
            return self._frame_host(tok, actors, day, exclude, place_only=True)
        return self._frame_host(tok, actors, day, exclude) if code[:3] == "042" else []

    def _frame_host(self, tok: Token, actors: DocActors, day: dt.date, exclude: set[str | None],
                    place_only: bool = False) -> list[Actor]:
        """Where a visit that frames a clause went: the clause's place ('signed a deal in Kyiv during a visit by
        X'), else (unless ``place_only``, as for acts of force) its subject's country ('Y's minister said during a
        visit by X')."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in _VISIT_FRAMES or prep.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = prep.head
        holders = [verb, *(c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass"))]
        for g in (g for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
                  for g in kids(c) if g.dep_ == "pobj"):
            place = self.place_country(g)
            if place is not None and place.country_code not in exclude:
                return [place]
        subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None) if not place_only else None
        hosts = [a for a in self._actors_at(subj, actors, day) if a.country_code and a.country_code not in exclude]
        if not hosts:
            return []
        iso = hosts[0].country_code
        assert iso is not None
        return [Actor(self.recognizer.d.cameo_country(iso), self.recognizer.d.country_name(iso), iso, None, -1, -1)]

    def _embedded_targets(self, tok: Token, kind: str, rule: Rule, code: str, actors: DocActors, day: dt.date,
                          sources: list[Actor]) -> list[Actor | None]:
        """'Greeted at the airport by X, Y began ...': the subject of the clause a passive participle opens;
        'condemned the strikes carried out by X': the doer an agent clause names for the verb's object; for a
        nominal event, the one answering it or the host of a framing visit (``_noun_targets``)."""
        if kind == "noun":
            return list(self._noun_targets(tok, code, actors, day, {s.country_code for s in sources}))
        exclude = {s.code for s in sources}
        if (speaker := speakers_object(tok, code)) is not None:  # "X said Y had fired on its positions": X
            return [a for a in self._actors_at(speaker, actors, day) if a.code not in exclude]
        crime: list[Actor | None] = [a for g in (crime_agents(tok) if code[:2] == "09" else asked_parties(tok, code))
                                     for a in self._actors_at(g, actors, day) if a.code not in exclude]
        if crime:  # "an inquiry into war crimes by X": X is investigated
            return crime
        if (thanked := beneficiary(tok, code) or offered_to(tok)) is not None or rule.target == "none":  # (offers)
            if thanked is None and code[:3] == "014" and kind == "verb" and (obj := self._object(tok)) is not None:
                # "is weighing the proposal put forward by X", "its response to the sanctions announced by X": X
                return [a for g in text_authors(obj) for a in self._actors_at(g, actors, day) if a.code not in exclude]
            return [a for a in self._actors_at(thanked, actors, day) if a.code not in exclude]
        if (receiver := received_by(tok, code)) is not None:  # "received helicopters donated by X": the receiver
            return [a for a in self._actors_at(receiver, actors, day) if a.code not in exclude]
        back = (participle_referent(tok) or judged_referent(tok)) if rule.target == "obj" else None
        if back is not None:  # "expelled X's envoy, accusing him of ...": the envoy
            named = [a for a in self._actors_at(back, actors, day) if a.code not in exclude]
            aim = next((g for c in kids(back) if c.dep_ == "prep" and c.lower_ in ("against", "on")
                        for g in kids(c) if g.dep_ == "pobj"), None) if not named else None
            # ("filed a case against X, accusing it of ...": the thing acted on is aimed at X)
            referred: list[Actor | None] = [*named] or [a for a in self._actors_at(aim, actors, day)
                                                         if a.code not in exclude]
            return referred
        agent = next((g for c in kids(tok) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"), None)
        if tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i < tok.head.i and agent is not None and not is_thing(
                agent, actors) and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(tok)):
            # ("Hit by US sanctions, Russia ...": a thing's doing is no act of its owner)
            subj = next((c for c in kids(tok.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
            return [a for a in self._actors_at(subj, actors, day) if a.code not in exclude]
        if rule.target == "obj" and tok.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in
                                                                     kids(tok)):
            # "the journalists it detained": the noun the clause describes is its object
            return [a for a in self._actors_at(tok.head, actors, day) if a.code not in exclude]
        obj = self._object(tok) if rule.target == "obj" else None
        found = agent_clause(obj) if obj is not None and obj.pos_ == "NOUN" else None
        if found is None and obj is not None and (authors := [g for o in (obj, *(
                c for c in kids(tok) if c.dep_ == "dobj" and c.i > obj.i)) for g in text_authors(o)]):
            found = (obj, authors)  # "rejected the terms put forward by X", "welcomed a plan drafted by X"
            # (and "the ceasefire terms ...", parsed as two objects)
        if found is None or found[0].i == tok.i:
            return []
        return [a for g in found[1] for a in self._actors_at(g, actors, day) if a.code not in exclude]
