"""Roles an actor phrase takes from the phrase around it: the organisation a person works for ('workers at
Samsung', 'a spokesman for Japan's foreign ministry', 'hackers working for Russia's GRU'), the state that wants a
person extradited, the recipient of a misparsed double object, the participants of a protest noun; and the
phrase scopes the argument readers search (a noun phrase without its describing clauses, frames or charges)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from geoevents.coding.coercion import PARTY_PREPS, particle_holders, party_holders
from geoevents.coding.material_more import aid_phrases
from geoevents.coding.munitions import munition_holders
from geoevents.coding.passives import passive_conjunct
from geoevents.coding.repression import participle_crowd, small_clause_object
from geoevents.coding.second_events import relative_object, that_gap
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import (
    CENSURING,
    CREDITING,
    LIGHT_VERBS,
    ONSET_VERBS,
    PARTICLE_OBJECT_PARTICLES,
    PARTICLE_OBJECT_VERBS,
)
from geoevents.coding.wire import free_relative
from geoevents.models import Actor

if TYPE_CHECKING:
    from geoevents.coding.actors import ActorRecognizer, DocActors

__all__ = [
    "CHARGED",
    "CLAIMED",
    "MEMBER_NOUNS",
    "PEER_NOUNS",
    "THANKS",
    "affiliation",
    "direct_object",
    "outside_frames",
    "owned",
    "particle_object",
    "person_before",
    "phrase",
    "prep_objects",
    "recipients",
    "reported_owner",
    "requester",
    "speakers_own",
    "stolen_subject",
    "stray_agent",
    "subject_stolen",
    "taking_part",
    "territory_owner",
    "thanked_party",
]

# what is claimed for an act ("claimed responsibility for the attack on X"): the claim has no target, the act has
CLAIMED = frozenset({"responsibility", "credit"})

# people named by the body they serve: "<noun> for / at / with <organisation>" gives the organisation's country
MEMBER_NOUNS = frozenset({
    "worker", "employee", "staff", "staffer", "official", "spokesman", "spokeswoman", "spokesperson", "hacker",
    "engineer", "researcher", "scientist", "envoy", "negotiator", "adviser", "advisor", "aide", "representative",
    "diplomat", "agent", "operative", "contractor", "crew", "executive", "manager", "lawyer", "investigator"})
# what a speaker's 'his' / 'her' names as the speaker's own state ("his government", "her administration")
_STATE_NOUNS = frozenset({"government", "administration", "country", "cabinet", "nation", "state"})
# verbs whose speaker owns the "its/their" subject of the clause they report
_REPORTING_OWN = frozenset({"say", "acknowledge", "admit", "confirm", "announce", "report", "state", "claim",
                            "insist", "add", "tell"})
THANKS = frozenset({"gratitude", "thanks", "appreciation"})  # "expressed gratitude to Y for its aid"
# what a state owns and another's forces enter: "after a Chinese plane entered its airspace"
_TERRITORY = frozenset({"airspace", "water", "waters", "territory", "soil", "border", "coast", "zone", "island"})
# participles of a charge: "men suspected of spying for X" are not X's
CHARGED = frozenset({"accuse", "suspect", "charge", "convict", "allege", "implicate"})
# the other side's peers: "handed their Ugandan counterparts the files"
PEER_NOUNS = frozenset({"counterpart", "partner", "ally"})
# prepositions that tie a member to its organisation ("officials at the embassy", "an adviser to the president")
_MEMBER_PREPS = frozenset({"for", "at", "with", "to"})
# participles of service or attribution: "hackers working for X", "engineers employed by X", "hackers linked to X"
_SERVING = frozenset({"work", "serve", "employ", "hire", "contract", "operate", "link", "tie", "connect", "affiliate",
                      "back", "sponsor"})
# verbs of judgment or report whose object act noun may have its aim hung on them ("deplored the raid on X")
_NOTING = frozenset({"deplore", "decry", "protest", "investigate", "confirm", "welcome", "mourn"})


def affiliation(head: Token) -> Token | None:
    """The organisation that a member noun works for, as the head of its phrase, or None.

    'workers at Samsung Electronics' -> Electronics, 'a spokesman for the defence ministry' -> ministry,
    'hackers working for the GRU' -> GRU, 'engineers employed by Rosatom' -> Rosatom.
    """
    if head.lemma_.lower() not in MEMBER_NOUNS:
        return None
    for c in kids(head):
        if c.dep_ == "prep" and c.lower_ in _MEMBER_PREPS:
            return next((g for g in kids(c) if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.lemma_.lower() in _SERVING:
            for p in kids(c):
                if (p.dep_ == "prep" and p.lower_ in _MEMBER_PREPS | {"by"}) or p.dep_ == "agent":
                    org = next((g for g in kids(p) if g.dep_ == "pobj"), None)
                    if org is not None:
                        return org
    return None


def taking_part(tok: Token) -> Token | None:
    """The verb whose subject takes part in a protest noun: 'unions shut airports in a nationwide strike',
    'doctors have been on strike since May', 'farmers went on hunger strike' (the subject is the protester)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "on") or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def requester(person: Token) -> Token | None:
    """Who wants a person handed over: 'a Russian national wanted in the United States', 'a journalist sought by
    Ankara' (the state that asked for the extradition is its other party, not the person's own country)."""
    for c in kids(person):
        if c.dep_ == "acl" and c.lemma_.lower() in ("want", "seek") and c.tag_ in ("VBN", "VBD"):
            for p in kids(c):
                if (p.dep_ == "prep" and p.lower_ in ("in", "by")) or p.dep_ == "agent":
                    place = next((g for g in kids(p) if g.dep_ == "pobj"), None)
                    if place is not None:
                        return place
    return None


def recipients(verb: Token) -> list[Token]:
    """The indirect object of a giving verb that the parser took for something else: a first of two direct
    objects ('handed their counterparts the files') or a peer noun compounded onto the thing given ('handed
    their Ugandan counterparts intelligence')."""
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]
    if len(objs) == 2:
        return objs[:1]
    return [c for o in objs for c in kids(o) if c.dep_ == "compound" and c.lemma_.lower() in PEER_NOUNS
            and c.i < o.i]


# things a party does or puts forward, owned by their doer: "X's visit / plan / deal / bid / remarks"
DOER_OWNED = frozenset({
    "visit", "trip", "tour", "stopover", "remark", "comment", "statement", "speech", "plan", "proposal", "deal",
    "bid", "decision", "move", "policy", "offer", "initiative", "stance", "position", "call", "claim", "demand",
    "agreement", "pact", "decree", "law", "order", "announcement", "pledge", "meeting", "talks",
})


def unknown_doer(obj: Token, known: Callable[[Token], bool]) -> bool:
    """'condemned Smith's visit to Taiwan': a thing done by a named person the dictionaries do not know
    (``known`` says whether a token starts a known actor). The thing is its doer's, so nothing else named in the
    phrase (the place visited, the other party to the deal) is the target of an act toward it."""
    return obj.lemma_.lower() in DOER_OWNED and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and not any(known(t) for t in c.subtree)
        for c in kids(obj))


def owned(obj: Token) -> bool:
    """'its troops', 'their forces': an object the subject owns (its own people are not acted upon)."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in kids(obj))


def phrase(head: Token, preps: tuple[str, ...] | None = None) -> list[Token]:
    """A noun phrase without the clauses that describe it (and, when given, only these prepositions)."""
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in kids(t) if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "appos")
                  and (preps is None or c.dep_ != "prep" or c.lower_ in preps)]
    return sorted(out, key=lambda t: t.i)


def outside_frames(head: Token, temporal: frozenset[str] | set[str]) -> list[Token]:
    """The subtree of a phrase without its temporal frames ('the level after the attack near Moscow') and the
    charges that describe it ('politicians accused of selling X's papers' are not X)."""
    frames = [t for t in head.subtree if t.i != head.i and ((t.dep_ == "prep" and t.lower_ in temporal) or (
        t.dep_ == "acl" and t.lemma_.lower() in CHARGED))]
    skip = {w.i for f in frames for w in f.subtree}
    return [t for t in head.subtree if t.i not in skip]


def person_before(pron: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> Actor | None:
    """The nearest person named earlier in the pronoun's sentence, as an actor ("found X guilty and sentenced
    him", "criticised his comments")."""
    for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
        hit = actors.by_token.get(t.i)
        if t.ent_type_ == "PERSON" or (hit is not None and hit.entry is not None and hit.entry.kind == "person"):
            head = t
            while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
                head = head.head
            a = recognizer.actor_of(head, actors, day)
            if a is not None:
                return a
    return None


def speakers_own(head: Token, speaker: list[Actor], actors: DocActors, recognizer: ActorRecognizer) -> list[Actor]:
    """'X said its jets had struck ...', 'X acknowledged that one of its drones hit ...': the reported clause's
    subject owned by 'its'/'their' is the speaker's (with the agent type its noun names: 'its troops' -> MIL);
    'X and Y said their countries would ...': each speaker's. [] when the subject is no such own body."""
    owner = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in (
        "one", "some", "two", "three", "several") else None
    subj = owner.head if owner is not None else head
    if not speaker or head.lemma_.lower() in PEER_NOUNS | {"neighbour", "neighbor", "rival"}:
        return []
    hit = actors.by_token.get(head.i)
    kind = hit.agent_type if hit is not None and hit.entry is None else None
    personal = kind is not None and (speaker[0].is_person or speaker[0].type_code is not None) and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in kids(head))
    if not (owned(head) or _own_state(head) or personal):
        return []  # ("Zelensky said his troops had ...": a person's own forces are his state's)
    if subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.dep_ != "ccomp" or \
            subj.head.head.lemma_.lower() not in _REPORTING_OWN:
        return []
    plural = head.tag_ == "NNS" and any(c.dep_ == "poss" and c.lower_ == "their" for c in kids(head))
    out: list[Actor] = []
    for who in speaker if plural and len({a.code for a in speaker}) > 1 else speaker[:1]:
        if kind is None or who.country_code is None:
            out.append(who)
        else:
            out.append(Actor(recognizer.d.cameo_country(who.country_code) + kind, who.name, who.country_code, kind,
                             who.start, who.end))
    return out


def reported_owner(noun: Token) -> Token | None:
    """'X said its raid on Y freed 40 hostages': the reporter whose own act a reported clause's 'its' / 'their'
    subject noun is (the subject of the reporting verb), else None."""
    clause = noun.head
    if not owned(noun) or noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or \
            clause.head.lemma_.lower() not in _REPORTING_OWN:
        return None
    return next((c for c in kids(clause.head) if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _own_state(head: Token) -> bool:
    """'X said his government was severing ties', 'her country would expel ...': a leader's own state."""
    return head.lemma_.lower() in _STATE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in kids(head))


def thanked_party(verb: Token) -> Token | None:
    """The object of a verb of crediting ('thanked X for ...'), or the one thanks go to ('expressed gratitude to X
    for ...', the parser hanging 'to X' on the noun or on the verb)."""
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in THANKS:
        return obj
    return next((g for h in (obj, verb) for c in kids(h) if c.dep_ == "prep" and c.lower_ == "to"
                 for g in kids(c) if g.dep_ == "pobj"), None)


def territory_owner(verb: Token, obj: Token) -> Token | None:
    """'Japan scrambled jets after a Chinese plane entered its airspace': in a clause that frames the main one,
    the 'its' of an entered territory is the main clause's subject (the plane's own airspace makes no sense)."""
    if obj.lemma_.lower() not in _TERRITORY or not owned(obj) or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    return next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)


# verbs whose "-ing" complement is a clause of its own ("began firing rockets", "kept sending arms")
_ASPECTUAL = frozenset({"begin", "start", "stop", "continue", "keep", "resume", "finish", "end", "quit", "cease",
                        "avoid", "consider", "deny", "admit", "risk", "suggest", "propose", "recommend", "go"})


def hung_aims(tok: Token) -> list[Token]:
    """'condemned Israel's strike on a school': the "on" / "against" phrase just after an act noun that the parser
    hung on the verb of judgment whose object the noun is (such a verb takes no "on" phrase of its own)."""
    verb = tok.head
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or verb.lemma_.lower() not in CENSURING | CREDITING | _NOTING:
        return []
    return [c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("on", "against") and
            c.i == tok.right_edge.i + 1 and not any(g.ent_type_ in ("DATE", "TIME") for g in kids(c))]


def prep_objects(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """Objects of the given prepositions on the trigger, on its object, or on its light verb."""
    holders = [tok, *(c for c in kids(tok) if c.dep_ in ("dobj", "attr")), *particle_holders(tok),
               *munition_holders(tok)]  # ("dropped barrels packed with chlorine on X")
    if tok.pos_ == "VERB" and (modified := participle_object(tok)) is not None:
        holders.append(modified)  # ("passing targeting data to X")
    if preps & {"to", "for"} and tok.pos_ == "VERB":
        holders += aid_phrases(tok)  # "pledged $4.5 billion in new aid to Ukraine"
    if tok.dep_ in ("dobj", "pobj", "nsubjpass") and tok.head.lemma_.lower() in LIGHT_VERBS:
        holders.append(tok.head)  # "held talks with X", "aid was delivered to X"
    if tok.pos_ in ("NOUN", "PROPN"):  # "an assault by X on Y": the parser hangs "on Y" on the agent X
        holders += [g for c in kids(tok) if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                    for g in kids(c) if g.dep_ == "pobj"]
    out: list[Token] = [g for c in hung_aims(tok) if c.lower_ in preps for g in kids(c) if g.dep_ == "pobj"]
    if preps & PARTY_PREPS:  # "the signing of a deal with X": the party of the thing the act noun's "of" names
        out += [g for h in party_holders(tok) for c in kids(h) if c.dep_ == "prep" and c.lower_ in preps & PARTY_PREPS
                for g in kids(c) if g.dep_ == "pobj"]
    for h in holders:
        for c in kids(h):
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
                out += [g for g in kids(c) if g.dep_ == "pobj"]
                out += [n for g in kids(c) if g.dep_ == "pcomp" and (n := free_relative(g) or participle_crowd(g))]
            elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN") and preps & {"to", "for"}:
                out.append(c)  # "handed Kenya the files", "sent Kyiv weapons": the indirect object
            elif c.dep_ == "nsubjpass" and h.i == tok.i and preps & {"to", "for"} and any(
                    d.dep_ == "dobj" for d in kids(tok)):
                out.append(c)  # "Kyiv was sent weapons by X": the passive subject is the recipient
    if preps & {"to", "for"} and tok.pos_ == "VERB" and not out:
        out += recipients(tok)  # "handed their Greek counterparts the files"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ONSET_VERBS:  # "fighting broke out between X and Y"
        out += [g for c in kids(tok.head) if c.dep_ == "prep" and c.lower_ in preps & {"between", "among"}
                for g in kids(c) if g.dep_ == "pobj"]
    return out


# verbs of giving whose first of two objects is the recipient ("handed Taiwan the tanks", "gave Kyiv a loan")
_GIVING = frozenset({"hand", "give", "send", "offer", "grant", "lend", "sell", "ship", "award", "pay"})


# verbs whose "to" phrase is the party addressed ("protested to Britain"), read as a shared object
_ADDRESSING = frozenset({"protest", "complain", "object", "respond", "react", "appeal"})


def direct_object(verb: Token) -> Token | None:
    """The thing or party a verb acts on: its direct object, a passive's subject, a shared or named object."""
    kin = [(c, c.dep_) for c in kids(verb)]  # (read once)
    passive = any(dep == "nsubjpass" for _c, dep in kin)
    # "were handed tanks by X": in a passive with a direct object, the subject is the recipient
    theme = next((c for c, dep in kin if dep == "dobj"), None) if passive else None
    objects = [c for c, dep in kin if dep == "dobj"]
    if len(objects) == 2 and not passive and verb.lemma_.lower() in _GIVING and objects[0].pos_ == "PROPN" and \
            objects[1].pos_ == "NOUN":
        return objects[1]  # "handed Taiwan the first batch of tanks": the thing given, not its recipient
    for c, dep in kin:
        if (dep in ("dobj", "attr") and not passive) or (passive and dep == "nsubjpass" and theme is None):
            return sentenced_person(verb, relative_object(verb, c))  # ("the missile, which X launched": the missile)
    if theme is not None:
        return theme
    if not passive and verb.i + 2 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "as" and \
            verb.doc[verb.i + 2].pos_ == "ADJ":  # "denounced as illegal X's decision": the object moved after
        shifted = next((g for c, dep in kin if dep == "prep" and c.i == verb.i + 1 for g in kids(c)
                        if g.dep_ == "pobj" and g.i > c.i + 1 and verb.doc[c.i + 1].head.i == g.i), None)
        if shifted is not None:  # (its judgment: "condemned as unacceptable the seizure of X", "rejected as
            return shifted       # baseless Y's claims")
    named = next((n for c, dep in kin if dep == "ccomp" and (n := free_relative(c)) is not None), None)
    if named is not None and not passive:
        return named  # "struck what it called militant camps": the camps
    shared = next((c for c, dep in kin if dep == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if shared is not None and not passive and any(dep == "cc" for _c, dep in kin) and not any(
            dep in ("prep", "ccomp", "xcomp", "advcl", "prt") for _c, dep in kin):
        # "X condemned and sanctioned Y": verbs joined before one object share it
        obj = next((c for c in kids(shared) if c.dep_ == "dobj"), None) or next(
            (g for c in kids(shared) if c.dep_ == "prep" and (c.lower_ == "against" or (
                c.lower_ == "to" and shared.lemma_.lower() in _ADDRESSING)) for g in kids(c) if g.dep_ == "pobj"), None)
        # ("X condemned and protested to / against Y": the party of the second verb's phrase)
        if obj is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(shared)):
            return obj
    if verb.dep_ == "conj" and verb.head.i < verb.i and (any(dep == "auxpass" for _c, dep in kin) or (
            verb.tag_ == "VBN" and passive_conjunct(verb))) and not any(
            dep in ("nsubj", "nsubjpass") for _c, dep in kin):
        # "X's drills, launched on Monday, were condemned by Y" read as two verbs of one subject; "X fired missiles
        # and was condemned by Y", "X was boarded and seized by Y": the shared subject
        shared_subj = next((c for c in kids(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if shared_subj is None and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" and \
                verb.head.head.i != verb.head.i:
            shared_subj = verb.head.head  # "an official, targeted and killed by X, ...": the official
        if shared_subj is not None:
            return shared_subj
    if ((verb.dep_ == "acl" and verb.tag_ == "VBN") or that_gap(verb)) and verb.head.i != verb.i:
        return verb.head  # "a citizen detained by X": the noun a passive participle describes
    return small_clause_object(verb)  # "detained 300 people protesting against X"


# verbs of a prison term, and the term nouns the parser may take for their object ("sentenced a protester to six
# years in prison" parsed as one phrase headed by "years")
_SENTENCING = frozenset({"sentence", "jail", "imprison", "condemn"})
_TERMS = frozenset({"year", "month", "week", "day", "decade", "life", "term"})


def sentenced_person(verb: Token, obj: Token | None) -> Token | None:
    """The person sentenced when the parser swallowed them into the term ("sentenced a protester to six years":
    the protester, not the years); else ``obj`` as it is."""
    if obj is None or verb.lemma_.lower() not in _SENTENCING or obj.lemma_.lower() not in _TERMS:
        return obj
    return next((c for c in obj.lefts if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("NOUN", "PROPN")),
                obj)


def particle_object(verb: Token) -> Token | None:
    """The object of a transitive phrasal verb whose particle the parser took for a preposition right after the
    verb ("hauled in the British ambassador", "booted out the envoy"), or None. (Coercive acts read it through
    ``coercion_more.coerced_head``.)"""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.head.i != verb.i or nxt.lower_ not in PARTICLE_OBJECT_PARTICLES or \
            verb.lemma_.lower() not in PARTICLE_OBJECT_VERBS:
        return None
    return next((g for g in kids(nxt) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)


def participle_object(verb: Token) -> Token | None:
    """The object of a verb whose object's participle modifier the parser took for an "-ing" clause right after it
    ("passing targeting data to X", "sharing tracking data with X": the data), or None ("began firing rockets",
    "kept sending arms": an aspectual verb's clause of its own)."""
    if verb.lemma_.lower() in _ASPECTUAL:
        return None
    return next((d for c in kids(verb) if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1
                 for d in kids(c) if d.dep_ == "dobj" and d.i == c.i + 1), None)


def stray_agent(noun: Token) -> list[Token]:
    """'condemned the drills by X': the parser hangs the object noun's "by" phrase on the active verb (which has no
    agent of its own); the objects of that phrase, or []."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "agent") for c in kids(verb)):
        return []
    return [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
            for g in kids(c) if g.dep_ == "pobj"]


def stolen_subject(verb: Token) -> Token | None:
    """'X freed ten soldiers and Y released five': the parser often hangs a bare name after "and" on the first
    clause's last noun, leaving the second verb without a subject; that name is the verb's subject, or None.
    So too a trailing report whose speaker the parser took for an apposition of the clause's last noun ("... was
    killed in Tehran, Iran's Revolutionary Guards said, blaming Israel": the Guards said it)."""
    if (speaker := _appositive_speaker(verb) or _affiliated_subject(verb)) is not None:
        return speaker
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids(verb)):
        return None
    name = verb.doc[verb.i - 1]
    before = name.head
    if name.dep_ != "conj" or name.pos_ != "PROPN" or before.i >= name.i or before.pos_ not in ("NOUN", "PROPN") or \
            not any(c.dep_ == "cc" and before.i < c.i < name.i for c in kids(before)) or \
            not (verb.head.i < before.i < verb.i):
        return None
    return name


# the reporting verbs whose trailing speaker the parser may hang on the reported clause ("..., the army said")
_TRAILING_REPORTS = frozenset({"say", "tell", "report", "announce", "add", "confirm", "claim", "allege", "write"})


def _appositive_speaker(verb: Token) -> Token | None:
    """The speaker of a subjectless trailing report verb that the parser hung, after a comma, on the noun before
    it as an apposition: "..., Iran's Revolutionary Guards said"."""
    if verb.lemma_.lower() not in _TRAILING_REPORTS or verb.i < 3 or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids(verb)):
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "appos" or name.head.i >= name.i or name.pos_ not in ("NOUN", "PROPN") or \
            verb.doc[name.left_edge.i - 1].lower_ != "," or not any(
                c.dep_ in ("ccomp", "parataxis") and c.i < name.i for c in kids(verb)):
        return None
    return name


# participles of affiliation the parser may take for the main verb: "Gunmen linked to al-Shabaab killed 12 people"
_AFFILIATING = frozenset({"link", "ally", "affiliate", "tie", "connect", "loyal"})


def _affiliated_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser hung, without one, on an affiliation participle it took for the main verb:
    "Jihadists linked to al-Qaeda killed 600 people" ("linked" the root, "killed" its clause): the jihadists."""
    head = verb.head
    if verb.dep_ not in ("advcl", "dep", "conj", "ccomp") or verb.tag_ != "VBD" or head.i >= verb.i or \
            head.lemma_.lower() not in _AFFILIATING or head.dep_ != "ROOT" or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in kids(verb)) or not any(
                c.dep_ == "prep" and c.lower_ in ("to", "with") and c.i < verb.i for c in kids(head)):
        return None
    return next((c for c in kids(head) if c.dep_ == "nsubj" and c.i < head.i), None)


def subject_stolen(noun: Token) -> bool:
    """The noun is a name the parser conjoined to an object though it is the next verb's subject (see above)."""
    if noun.dep_ != "conj" or noun.i + 1 >= len(noun.doc):
        return False
    name = stolen_subject(noun.doc[noun.i + 1])
    return name is not None and name.i == noun.i
