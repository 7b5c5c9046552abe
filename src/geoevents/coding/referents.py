"""What a pronoun or a group noun refers to: the previous subject, person or body, and the pair a phrase such as
"the two countries", "both sides" or "the allies" stands for; and (``referred``) subjects that name their actor
only by referring back: a leading 'It' or 'They', an 'its' body ('its navy seized a tanker'), and a bare 'the
kingdom' / 'the bloc' / 'the group' standing for a body named before. Resolution is conservative: an antecedent of
the right kind (a state, an organisation of states, an armed group), the nearest subject in the same sentence first,
then the previous sentence's subject; nothing when another candidate competes. An object 'him' / 'them' of a verb
joined to an earlier one ('detained two guards and accused them') is that verb's object, when the number agrees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from geoevents.coding.actors import ActorRecognizer, DocActors
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import HUMAN_NOUNS, QUANTITY_NOUNS
from geoevents.models import Actor

__all__ = ["body_subject", "coordinated_group", "earlier_envoy", "earlier_recipient", "group_noun", "group_size",
           "meeting_pair", "person_subject", "referred", "told_subject"]

_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "look", "take"})
# the counts of a group noun that refers back to a list ("the two countries", "the three Baltic states")
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
# what an object is accused or blamed of, which the parser may hang on the object ("accused the three states of ...")
_CHARGE_PREPS = frozenset({"of", "for", "over"})
# nouns that name a group of parties already mentioned: "the allies", "the two countries", "both sides"
_GROUP_NOUNS = frozenset({"ally", "country", "side", "neighbour", "neighbor", "nation", "government", "rival",
                          "partner", "capital", "state", "party", "leader", "minister", "president", "delegation"})
# the pair a meeting, talks or a call joins, which "the two leaders" in a later sentence stands for
_MEETING_ROOT = "04"


def person_subject(sent: Span, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> Actor | None:
    """The person who is the subject in this sentence (what a later 'he' or 'she' most likely means)."""
    last = None
    hits = {h.start: h for i in range(sent.start, sent.end) if (h := actors.by_token.get(i)) is not None}
    for _, h in sorted(hits.items()):
        if h.entry is None or h.entry.kind != "person":
            continue
        head = sent.doc[h.end - 1]
        if head.dep_ in ("nsubj", "nsubjpass"):
            last = recognizer.actor_of(head, actors, day) or last
    return last


def body_subject(sent: Span, actors: DocActors, day: dt.date, recognizer: ActorRecognizer,
                 previous: Actor | None, told: Actor | None = None) -> Actor | None:
    """The country or organisation that is the subject of the sentence's main clause (what a leading 'It' in the
    next sentence means); a leading 'It' keeps the previous one, 'the group' the previous one or the one the
    previous sentence's trailing report ``told`` of, of its kind, and any other subject clears it."""
    subj = next((c for c in kids(sent.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ == "it" and subj.i == sent.start:
        # "It said ...": the same body as before; "It is unclear ...", "It seems ...": no body at all
        return None if sent.root.lemma_.lower() in _EXPLETIVE_HEADS else previous
    if (kind := back_noun_kind(subj)) is not None:  # "The kingdom also ...": the same body, if of that kind
        return next((b for b in (previous, told) if _fits(b, kind)), None)
    body = recognizer.actor_of(subj, actors, day)
    return body if body is not None and not body.is_person and not list(subj.conjuncts) else None


def told_subject(sent: Span, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> Actor | None:
    """'Houthi rebels fired missiles at a ship, the British military said': the body that is the subject of the
    clause a trailing report tells (what a later 'the group' may mean when the reporter is of another kind)."""
    root = sent.root
    if root.lemma_.lower() not in _TRAILING_REPORTS:
        return None
    told = next((c for c in kids(root) if c.dep_ == "ccomp" and c.i < root.i), None)
    subj = next((c for c in kids(told) if c.dep_ in _SUBJECTS), None) if told is not None else None
    if subj is None or list(subj.conjuncts):
        return None
    body = recognizer.actor_of(subj, actors, day)
    return body if body is not None and not body.is_person else None


def meeting_pair(found: Iterable[tuple[str, Actor, Actor | None]]) -> list[Actor]:
    """'Macron met Scholz in Berlin': the two parties of a meeting, talks or a call coded in a sentence (as
    (code, source, target)), which 'the two leaders' in a later sentence refers to; [] when none or several."""
    pairs = {frozenset((s.code, t.code)): [s, t] for code, s, t in found if code[:2] == _MEETING_ROOT and
             t is not None and s.code and t.code and s.code != t.code}
    return next(iter(pairs.values())) if len(pairs) == 1 else []


def group_noun(tok: Token) -> bool:
    """'the allies', 'the two countries', 'both sides', 'the two neighbours': a plural noun with no name of its
    own that refers back to parties named before."""
    if tok.lemma_.lower() not in _GROUP_NOUNS or tok.tag_ != "NNS":
        return False
    deps = {(c.dep_, c.lower_) for c in kids(tok)}
    counted = ("det", "the") in deps and bool({w for _, w in deps} & set(_COUNTS))
    if any(d in ("amod", "compound", "poss", "nmod", "prep", "relcl", "acl") and w not in ("two", "both") and not (
            counted and (d == "amod" or (d == "prep" and w in _CHARGE_PREPS and tok.dep_ == "dobj"))) for d, w in deps):
        return False  # "Western allies", "its allies", "countries in the region": not a pair named before
    # ("the three Baltic states", "the two Gulf neighbours": a counted group, described)
    return bool({w for _, w in deps} & {"both", "two"}) or counted or (
        ("det", "the") in deps and tok.lemma_.lower() in ("ally",))


def group_size(tok: Token) -> int | None:
    """How many parties a group noun counts ('the three Baltic states': 3), else None."""
    return next((_COUNTS[c.lower_] for c in kids(tok) if c.lower_ in _COUNTS), None)


def coordinated_group(tokens: list[Token], actors: DocActors, day: dt.date,
                      recognizer: ActorRecognizer, size: int | None = None) -> list[Actor]:
    """The first group of two or more coordinated actors among ``tokens`` ('the United States and South Korea'), of
    ``size`` actors when given."""
    for t in tokens:
        if t.i not in actors.by_token or t.dep_ == "conj" or not list(t.conjuncts):
            continue
        group = [a for g in (t, *t.conjuncts) if (a := recognizer.actor_of(g, actors, day)) is not None]
        if len({a.code for a in group}) > 1 and (size is None or len(group) == size):
            return group
    return []


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_BACK_OBJECTS = frozenset({"him", "her", "them"})
_RECIPIENT_PREPS = frozenset({"to", "for", "into"})
# conjunctions of a clause after the main one whose subject "it" is the main clause's body ("after it accused X")
_FRAMING_MARKS = frozenset({"after", "before", "when", "as", "because", "since", "while", "until", "once"})
# bodies an 'its' subject can be of ("its navy", "its foreign ministry", "its forces")
_OWNED_TYPES = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# words of a local office, whose 'its' is a city's or a province's ("Russia struck Odesa. Its mayor said ...")
_LOCAL_WORDS = frozenset({"mayor", "mayors", "governor", "governors", "local", "regional", "provincial", "municipal",
                          "city", "state"})
# verbs of a report that may trail the clause it tells ("..., a spokesman told journalists")
_TRAILING_REPORTS = frozenset({"say", "tell", "report", "add", "announce", "confirm", "write", "state"})
# bare definite nouns that stand for a body named before, by the kind of body they stand for
_BACK_NOUNS = {"kingdom": "state", "country": "state", "nation": "state", "bloc": "igo", "alliance": "igo",
               "group": "armed", "movement": "armed", "militia": "armed", "organisation": "armed",
               "organization": "armed"}
# bare definite plurals that stand for an armed group named before ("the militants", "the rebels")
_BACK_PLURALS = frozenset({"militants", "rebels", "insurgents", "fighters", "jihadists", "guerrillas", "militiamen"})


def back_noun_kind(tok: Token) -> str | None:
    """'the kingdom', 'the bloc', 'the group' (singular, with no word of its own but 'the'; a lower-case word the
    tagger took for a name counts): the kind of body it refers back to, else None."""
    kind = _BACK_NOUNS.get(tok.lower_) or ("armed" if tok.lower_ in _BACK_PLURALS else None)
    common = tok.tag_ in ("NN", "NNS") or (tok.tag_ == "NNP" and tok.text.islower())  # ("the bloc" tagged NNP)
    if kind is None or not common or [(c.dep_, c.lower_) for c in kids(tok) if c.dep_ != "advmod"] != [
            ("det", "the")]:
        return None
    return kind


# a state's envoys, whom a bare 'the envoy' after a sentence naming one refers back to
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "emissary"})


def earlier_envoy(tok: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> Actor | None:
    """'Seoul summoned China's ambassador. The ministry lodged a protest with the envoy': a bare 'the envoy' stands for
    the one state's envoy the previous sentence named; None when none or envoys of several states."""
    if tok.lower_ not in _ENVOYS or tok.sent.start == 0 or [(c.dep_, c.lower_) for c in kids(tok)] != [("det", "the")]:
        return None
    prev = tok.doc[tok.sent.start - 1].sent
    found = {a.country_code: a for t in prev if t.lower_ in _ENVOYS and t.i in actors.by_token and
             (a := recognizer.actor_of(t, actors, day)) is not None and a.country_code}
    return replace(next(iter(found.values())), start=-1, end=-1) if len(found) == 1 else None


def _fits(actor: Actor | None, kind: str) -> bool:
    if actor is None or actor.is_person:
        return False
    if kind == "igo":
        return actor.type_code == "IGO"
    if kind == "armed":
        return actor.type_code == "REB"
    return actor.country_code is not None and actor.type_code in (None, "GOV")


def _named_heads(doc: Doc, actors: DocActors, positions: Iterable[int]) -> Iterator[Token]:
    """The heads of the actor names that end at ``positions``, in that order: a name's last word, climbed up the
    compound / flat chain it belongs to."""
    for i in positions:
        hit = actors.by_token.get(i)
        if hit is None or hit.end - 1 != i:
            continue
        head = doc[i]
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        yield head


def _nearest_subject(tok: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> Actor | None:
    """The actor of the nearest subject before ``tok`` in its sentence when it is the main clause's (a body, with
    no conjunct), else None: a person, a coordinated subject or another clause's subject in between stops the
    search."""
    for head in _named_heads(tok.doc, actors, range(tok.i - 1, tok.sent.start - 1, -1)):
        if head.dep_ not in _SUBJECTS:
            continue
        actor = recognizer.actor_of(head, actors, day)
        if actor is None:
            continue
        root, verb = tok.sent.root, head.head
        # (a subject of another clause competes with the main one's; "X said ..., a spokesman told journalists":
        # the clause before a trailing report the parser made the root is the main one)
        main = verb.i == root.i or (verb.dep_ == "ccomp" and verb.head.i == root.i and verb.i < root.i and
                                    root.lemma_.lower() in _TRAILING_REPORTS)
        return None if actor.is_person or list(head.conjuncts) or not main else actor
    return None


def _own_body(owner: Actor, tok: Token, kind: str, recognizer: ActorRecognizer, start: int) -> Actor:
    """The ``kind`` body of ``owner`` ('its navy' of Iran: IRNMIL); an organisation's or a group's is its own."""
    if owner.type_code in ("IGO", "REB") or owner.country_code is None:
        return replace(owner, start=start, end=tok.idx + len(tok.text))
    iso = owner.country_code
    return Actor(recognizer.d.cameo_country(iso) + kind, recognizer.d.country_name(iso), iso, kind, start,
                 tok.idx + len(tok.text))


def _previous_plural(tok: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer,
                     last_body: Actor | None = None) -> list[Actor]:
    """'Xi and Putin met in Beijing. They agreed ...', 'Houthi fighters attacked a tanker. They also fired ...':
    the previous sentence's plural subject (coordinated bodies or a plural noun naming an actor; 'the militants',
    the armed group it stood for)."""
    if tok.sent.start == 0:
        return []
    prev = tok.doc[tok.sent.start - 1].sent
    subj = next((c for c in kids(prev.root) if c.dep_ in _SUBJECTS), None)
    people = [c for c in kids(prev.root) if c.dep_ == "dobj" and (c.tag_ in ("NNS", "NNPS") or list(c.conjuncts))
              and _people(c, actors)]
    if subj is None or tok.dep_ != "nsubj" or people:
        return []  # ("Police arrested five protesters. They ...", "They were charged": the protesters, maybe)
    if list(subj.conjuncts):
        group = [a for g in (subj, *subj.conjuncts) if (a := recognizer.actor_of(g, actors, day)) is not None]
        return group if len(group) == len(subj.conjuncts) + 1 and len({a.code for a in group}) == len(group) else []
    if last_body is not None and back_noun_kind(subj) == "armed" and _fits(last_body, "armed"):
        return [replace(last_body, start=-1, end=-1)]
    actor = recognizer.actor_of(subj, actors, day) if subj.tag_ in ("NNS", "NNPS") else None
    return [replace(actor, start=-1, end=-1)] if actor is not None and not actor.is_person else []


def _people(obj: Token, actors: DocActors) -> bool:
    """Whether an object names people ('five protesters', 'dozens of activists'; not 'dozens of vessels')."""
    if obj.lemma_.lower() in QUANTITY_NOUNS:
        of = next((g for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"),
                  None)
        obj = of if of is not None else obj
        if of is None:
            return True
    return obj.i in actors.by_token or obj.lemma_.lower() in HUMAN_NOUNS


def _joined_object(tok: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer) -> list[Actor]:
    """'detained two Kyrgyz guards and accused them of spying', 'arrested a reporter and charged him': the object
    pronoun of a verb joined to an earlier one is that verb's object, when it agrees in number and names an actor."""
    verb = tok.head
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    obj = next((c for c in kids(verb.head) if c.dep_ == "dobj"), None)
    if obj is None or (tok.lower_ == "them") != (obj.tag_ in ("NNS", "NNPS") or bool(list(obj.conjuncts))):
        return []
    found = [a for g in (obj, *obj.conjuncts) if (a := recognizer.actor_of(g, actors, day)) is not None]
    return [replace(a, start=-1, end=-1) for a in found] if len(found) == 1 + len(list(obj.conjuncts)) else []


def earlier_recipient(verb: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer,
                      exclude: set[str | None]) -> list[Actor]:
    """'X has not sold jets to Taipei, although Y firms have supplied it with missiles': the 'it' a verb of giving
    takes as its object or recipient stands for the one state or body named as an object (not a subject) of an
    earlier clause of the sentence; nothing when none or more than one such body (not of ``exclude``) competes."""
    pronoun = next((c for c in kids(verb) if c.dep_ in ("dobj", "dative") and c.lower_ == "it"), None)
    if pronoun is None:
        return []
    found: dict[str, Actor] = {}
    for head in _named_heads(verb.doc, actors, range(verb.sent.start, pronoun.i)):
        if head.dep_ not in ("dobj", "dative", "pobj") or head.head.i == verb.i or head.i in (
                t.i for t in verb.subtree) or (head.dep_ == "pobj" and (head.head.lower_ not in _RECIPIENT_PREPS or any(
                    t.lower_ == "according" for t in head.ancestors))):
            continue  # (a recipient "to X", not "according to X", "in X")
        actor = recognizer.actor_of(head, actors, day)
        if actor is None or actor.is_person or not actor.country_code or actor.country_code in exclude:
            continue  # ("fighter jets": forces of no state named)
        found[actor.country_code] = replace(actor, start=-1, end=-1)  # (one state: its nearest mention)
    return list(found.values()) if len(found) == 1 else []


def referred(tok: Token, actors: DocActors, day: dt.date, recognizer: ActorRecognizer,
             last_body: Actor | None, last_told: Actor | None = None) -> list[Actor]:
    """The actors a referring subject stands for (a leading 'It' / 'They', 'its navy', 'the kingdom'), else [];
    ``last_told`` is the subject of what the previous sentence's trailing report told, for a 'the group' that
    does not fit the reporter."""
    low = tok.lower_
    if low in _BACK_OBJECTS and tok.dep_ == "dobj":
        return _joined_object(tok, actors, day, recognizer)
    if tok.dep_ not in _SUBJECTS:
        return []
    if low == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "advcl" and tok.i > tok.head.head.i and any(
            c.dep_ == "mark" and c.lower_ in _FRAMING_MARKS for c in kids(tok.head)):
        near = _nearest_subject(tok, actors, day, recognizer)  # "Mali expelled X weeks after it accused Paris ...":
        return [near] if near is not None else []  # the main clause's body
    if low == "it":  # "Pakistan recalled its envoy. It accused ...": the previous sentence's body
        return [replace(last_body, start=-1, end=-1)] if tok.i == tok.sent.start and last_body is not None and \
            tok.dep_ == "nsubj" else []
    if low == "they":
        return _previous_plural(tok, actors, day, recognizer, last_body) if tok.i == tok.sent.start else []
    kind = back_noun_kind(tok)
    if kind is not None and (tok.i not in actors.by_token or tok.lower_ in _BACK_PLURALS):  # ("the militants" is
        # also an agent noun of the context's country: the group named before is more precise)
        near = _nearest_subject(tok, actors, day, recognizer)
        if near is not None:
            return [near] if _fits(near, kind) else []
        back = last_body if last_body is not None and _fits(last_body, kind) else last_told
        return [replace(back, start=-1, end=-1)] if back is not None and _fits(back, kind) else []
    poss = next((c for c in kids(tok) if c.dep_ == "poss"), None)
    hit = actors.by_token.get(tok.i)
    if poss is None or poss.lower_ != "its" or hit is None or hit.entry is not None or \
            hit.agent_type not in _OWNED_TYPES:
        return []
    if any(h.entry is not None for h in actors.hits_in(recognizer.noun_phrase(tok))) or any(
            t.lower_ in _LOCAL_WORDS for t in tok.doc[hit.start:hit.end]):
        return []  # "its Baltic fleet": the phrase names its own; "its mayor": a city's
    owner = _nearest_subject(tok, actors, day, recognizer) or (last_body if not any(
        actors.by_token.get(i) is not None for i in range(tok.sent.start, poss.i)) else None)
    if owner is None or owner.is_person:
        return []
    return [_own_body(owner, tok, hit.agent_type, recognizer, poss.idx)]
