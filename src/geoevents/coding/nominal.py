"""Helpers for actors and events named inside noun phrases.

- ``of_coordination``: "the foreign ministers of Peru and Chile", "delegates of the army and the rebels",
  "officials from Japan and Korea": one actor per party of the "of" (or an agent's "from") complement
  (the head's role type given to bare countries).
- ``temporal_frame_subject``: "X said after talks with Y", "In a phone call, X and Y discussed ...", "X asked for
  arms in a meeting with Y": the meeting noun in a temporal (or leading "in", or "in / at" with a "with" party)
  phrase of a clause is done by that clause's subject.
- ``spanned``: "amid weeks of shelling", "a wave of strikes": the span noun that counts an event
  noun, which stands in its place in the clause.
- ``untargeted_violence``: "the Houthi attacks on shipping": a violent nominal event with a named agent
  and an explicit (non-actor) object of attack is coded without a target.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from geoevents.coding.actors import ActorRecognizer, DocActors
from geoevents.coding.distribution import agent_compound
from geoevents.coding.material import bound_for
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import SETTING_MEETINGS, VIOLENT_ROOTS
from geoevents.models import Actor

__all__ = ["TEMPORAL_PREPS", "arrival_places", "mediated_parties", "meeting_setting",
           "of_coordination", "spanned", "temporal_frame_subject", "untargeted_violence"]

TEMPORAL_PREPS = {"after", "following", "during", "before", "ahead"}
SPANS = {"hour", "day", "week", "month", "year", "round", "night",  # ("a night of strikes", "a wave of strikes")
         "wave", "barrage", "salvo", "volley", "series", "spate", "string", "hail", "flurry", "burst"}
ATTACK_PREPS = {"on", "against"}
# prepositions of a meeting that is the setting of a clause: "agreed to X in talks brokered by Y"
SETTING_PREPS = {"in", "during", "at", "through", "after", "following"}
# verbs whose subject, a thing sent, gets to a place: "aid from X reached Gaza", "a shipment arrived in Y"
ARRIVAL_VERBS = {"reach", "arrive", "enter", "land", "dock", "flow", "pour", "roll", "cross"}
ARRIVAL_PREPS = {"in", "at", "into", "to"}
# verbs whose passive subject, a thing sent, is carried to a place: "supplies from India were flown to Myanmar"
CARRYING_VERBS = {"fly", "ship", "send", "deliver", "airlift", "bring", "transport", "truck", "dispatch", "carry"}


def of_coordination(head: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> list[Actor]:
    """Each party of 'the Xs of A and B' or 'Xs from A and B', or [] when the phrase is not such a coordination."""
    hit = actors.by_token.get(head.i)
    agent = (hit is not None and hit.agent_type is not None) or agent_compound(head, actors.by_token)
    of = next((g for c in kids(head) if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and agent))
               for g in kids(c) if g.dep_ == "pobj"), None)
    if of is None or not of.conjuncts:
        return []
    base = recognizer.actor_of(head, actors, day)
    out: list[Actor] = []
    for k in (of, *of.conjuncts):
        a = recognizer.actor_of(k, actors, day)
        if a is None:
            return []  # "the bodies of a man and a woman": not a coordination of actors
        if not a.type_code and a.country_code and base is not None and base.type_code and base.type_code != "IGO":
            a = Actor(a.code + base.type_code, a.name, a.country_code, base.type_code, a.start, a.end)
        out.append(a)
    return out if len({a.code for a in out}) > 1 else []


def spanned(tok: Token) -> Token:
    """The span noun an event noun is counted by ('three days of drills', 'a wave of strikes': the days, the wave),
    else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPANS:
        return tok.head.head
    return tok


def meeting_setting(tok: Token) -> bool:
    """'in talks with Y', 'at a meeting with Y': a meeting noun with its party, the setting of a clause."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.lemma_.lower() in SETTING_MEETINGS and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in kids(tok))


def temporal_frame_subject(tok: Token) -> Token | None:
    """The subject of the clause a noun is a temporal frame of ('said after talks with Y' -> the sayer), or a
    meeting noun the setting of ('raised the issue in talks with Y', 'asked for arms in a meeting with Y')."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPANS:
        tok = tok.head.head  # "after days of fighting with Y"
    prep = tok.head
    leading = prep.lower_ in ("in", "at") and prep.i < prep.head.i and not any(  # "In a phone call, X and Y discussed"
        c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i for c in kids(prep.head))
    setting = meeting_setting(tok)  # ("asked for arms in a meeting with Y")
    if tok.dep_ not in ("pobj", "dobj") or prep.dep_ != "prep" or (
            prep.lower_ not in TEMPORAL_PREPS and not leading and not setting):
        return None
    if prep.lower_ == "ahead" and not any(c.lower_ == "of" for c in kids(prep)):
        return None
    verb = prep.head
    for _ in range(3 if setting or prep.lower_ == "during" else 0):  # "raised the issue of attacks in talks with Y":
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj") and verb.head.i != verb.i:
            verb = verb.head.head if verb.dep_ == "pobj" else verb.head  # (the parser hangs the setting on a noun)
    if verb.pos_ not in ("VERB", "AUX") or (verb.i != prep.head.i and (verb.lemma_.lower() in ("have", "be") or any(
            c.dep_ == "neg" for c in kids(verb)))):
        return None  # ("has no interest in talks with Y")
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)  # ("Speaking in talks with Y, X said")
    return subj or _frame_appositive(prep, verb)


def _frame_appositive(prep: Token, verb: Token) -> Token | None:
    """'Following a call with the Saudi crown prince, Iranian President X said ...': the subject the parser hung
    after a comma on the frame's last noun as an apposition (the verb left with no subject), else None."""
    if verb.i < 2 or prep.i > verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids(verb)):
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "appos" or not prep.i < name.head.i < name.i or name.pos_ != "PROPN" or \
            verb.doc[name.left_edge.i - 1].lower_ != "," or name.head.i not in {t.i for t in prep.subtree}:
        return None
    return name


def untargeted_violence(tok: Token, code: str) -> bool:
    """'attacks on merchant ships': a violent event noun with an explicit object of attack."""
    return code[:2] in VIOLENT_ROOTS and any(
        c.dep_ == "prep" and c.lower_ in ATTACK_PREPS and any(g.dep_ == "pobj" for g in kids(c))
        for c in kids(tok))


def mediated_parties(tok: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer,
                     exclude: set[str | None]) -> list[Actor]:
    """The parties of a mediated event: 'a swap brokered by X', 'talks under X's mediation',
    'a deal to return A's prisoners from B was brokered by X' -> the actors of the mediated clause or phrase."""
    heads = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    frame = tok.head if tok.dep_ == "acl" else tok  # "a swap brokered by X": the swap's clause
    if frame.dep_ == "pobj" and frame.head.dep_ == "prep":
        verb = frame.head.head  # "resumed negotiations under X's mediation": the clause of the negotiations
        # "agreed to a cessation of hostilities in talks brokered by X": talks that are the setting of a clause
        # up a chain of nouns were held by its agents ("under the terms of a deal brokered by X" are not a setting)
        prep = frame.head.head.head if frame.head.lower_ == "of" and frame.head.head.lemma_.lower() in SPANS and \
            frame.head.head.dep_ == "pobj" else frame.head  # "after three days of talks brokered by X"
        deep, setting = False, prep.lower_ in SETTING_PREPS
        for _ in range(3):
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubj", "nsubjpass"):
                verb = verb.head
            elif setting and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
                verb, deep = verb.head.head, True
        if verb.pos_ in ("VERB", "AUX"):
            heads += [c for c in kids(verb) if c.dep_ in (("nsubj",) if deep else ("nsubj", "nsubjpass", "dobj"))]
    inside = {t.i for t in tok.subtree} if tok.dep_ != "acl" else {t.i for t in tok.subtree if t.i != tok.head.i}
    out: list[Actor] = []
    seen: set[str | None] = set(exclude)
    for h in heads:
        for t in h.subtree:
            if t.i not in actors.by_token or (t.i in inside and h not in kids(tok)):
                continue
            np = t
            while np.dep_ in ("compound", "amod", "poss", "nmod", "flat") and np.head.i != np.i:
                np = np.head
            a = recognizer.actor_of(np, actors, day)
            if a is not None and a.country_code not in seen:
                seen.add(a.country_code)
                out.append(a)
    return out


def arrival_places(tok: Token, kind: str = "noun") -> list[Token]:
    """Where a thing sent gets to: 'aid from X reached Gaza', 'a shipment of X's aid arrived in Y',
    'a convoy carrying X's aid entered Gaza', 'shells sent by X reached Y' -> the place tokens (the verb's object
    or locative objects). For a verb (a participle on the thing sent) the thing is the participle's head."""
    cur = tok if kind == "noun" else tok.head
    for _ in range(2):  # "a shipment of aid", "a convoy carrying aid": the carrier is the subject
        if (cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN") or (
                cur.dep_ == "dobj" and cur.head.dep_ == "acl" and cur.head.tag_ == "VBG"):
            cur = cur.head.head
    verb = cur.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not ((cur.dep_ == "nsubj" and lemma in ARRIVAL_VERBS) or (
            cur.dep_ == "nsubjpass" and lemma in CARRYING_VERBS)):
        return []
    return [*bound_for(cur), *(g for c in kids(verb)  # ("a shipment of flour for Gaza reached El Arish": Gaza)
            for g in ((c,) if c.dep_ == "dobj" else kids(c) if c.dep_ == "prep" and c.lower_ in ARRIVAL_PREPS
                      else ()) if g.dep_ in ("dobj", "pobj"))]
