"""Disapproval (CAMEO 11) read from who disapproves and how the wire words it.

* "The Philippines protested after Chinese ships fired water cannon", "Japan protested Beijing's decision": a
  state, a government or an international body that protests complains officially (114); only crowds,
  parties and other non-state doers demonstrate (141).
* "Israel's raid drew condemnation from Jordan", "Moscow faced criticism from Kyiv", "China came under criticism
  from Australia", "X came in for criticism from Y": the one after "from" criticises (source); the target is the
  subject, when it is an actor, or the named doer of the subject act ("X's raid", "the test by X"). A subject with
  no named doer gives no event.
* "In a rebuke to Beijing, the Czech speaker flew to Taipei", "in a swipe at Washington, X said ...": the clause's
  subject criticises the one after "to" / "at" / "of" (111); the clause's own event is coded as well.
* "Russia's ambassador was summoned to the foreign ministry in Warsaw", "the Chinese ambassador in Manila was
  summoned": an agentless summons of a named state's envoy is the host state's official complaint (114), the
  host read from where the envoy is posted or the ministry he is summoned to.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.accusations import told_clause
from geoevents.coding.coercion import by_doer
from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids
from geoevents.coding.wire import participial_head, restated_subject
from geoevents.models import Actor

__all__ = ["critic_aim", "drawn_critics", "drawn_doer", "drawn_rule", "official_protest", "stance_aim",
           "summoning_host"]

log = logging.getLogger(__name__)

# the doers whose "protest" is a diplomatic complaint: a state named alone (no type), its government, an IGO
_OFFICIAL_TYPES = frozenset({"", "GOV", "IGO"})
# nouns of criticism that a subject draws or faces, and the verbs that do it
_CRITICISM = frozenset({"condemnation", "criticism", "censure", "rebuke", "denunciation", "reprimand", "complaint",
                        "objection", "protest"})  # ("drew a formal protest from X")
_DRAWING = frozenset({"draw", "attract", "face", "receive", "earn", "provoke", "spark", "trigger", "prompt", "invite",
                      "incur", "meet"})
_UNDER = frozenset({"come", "fall"})  # "came under criticism from X", "came in for criticism from X"
_DOER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_NATIONAL = frozenset({"GPE", "NORP"})  # "the Israeli strike", "the Russian decision": the doer's nation
# nouns of criticism that an "in ..." phrase gives as the point of what its clause's subject does
_STANCES = frozenset({"rebuke", "reproach", "reprimand", "censure", "criticism", "condemnation", "swipe", "jab",
                      "broadside"})
_AIMS = frozenset({"to", "at", "of", "against"})
# envoys summoned to hear a protest, the offices they are summoned to, and the verbs that summon them
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "d'affaires", "affaires", "charge", "chargé", "attache",
                     "attaché", "consul", "consul-general", "representative", "emissary", "nuncio", "commissioner"})
_OFFICES = frozenset({"ministry", "office", "department"})
_SUMMONING = frozenset({"summon", "call"})
_ENVOY_STATE_DEPS = frozenset({"poss", "amod", "compound", "nmod"})  # "Russia's / the Chinese ambassador"
# parenthetical reports a drawing participle may hang on: "X jailed Y, state media reported, drawing criticism"
_REPORTS = frozenset({"say", "report", "tell", "announce", "state", "add", "confirm"})


def official_protest(tok: Token, kind: str, code: str, sources: list[Actor]) -> str:
    """114 for the verb "protest" when every doer is a state or a government, else ``code``."""
    if code[:3] != "141" or kind != "verb" or not sources or tok.lemma_.lower() != "protest":
        return code
    if all((a.type_code or "") in _OFFICIAL_TYPES for a in sources):
        return "114"  # "Seoul protested Tokyo's claim": a complaint lodged, not a street protest
    return code


def _drawing_verb(noun: Token) -> Token | None:
    """The verb of 'drew / faced <criticism>' or 'came under <criticism>', else None."""
    if noun.lemma_.lower() not in _CRITICISM:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DRAWING:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.head.lemma_.lower() in _UNDER and (prep.lower_ == "under" or (
            prep.lower_ == "for" and any(c.dep_ == "prt" and c.lower_ == "in" for c in kids(prep.head)))):
        return prep.head  # "came under criticism from X", "came in for criticism from X"
    return None


def _stance_verb(noun: Token) -> Token | None:
    """The verb of 'In a rebuke to X, <subject> <verb> ...' when ``noun`` is that rebuke, else None."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _STANCES:
        return None
    prep = noun.head
    verb = prep.head
    return verb if prep.lower_ == "in" and prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") else None


def stance_aim(noun: Token) -> Token | None:
    """Whom 'in a rebuke to X' is aimed at: X; else None."""
    if _stance_verb(noun) is None:
        return None
    return next((g for c in kids(noun) if c.dep_ == "prep" and c.lower_ in _AIMS
                 for g in kids(c) if g.dep_ == "pobj"), None)


def drawn_critics(noun: Token, code: str) -> tuple[Token, list[Token]] | None:
    """'drew condemnation from X': the verb and X (as an agent clause reads them); 'In a rebuke to Y, X flew to
    Z': the verb and its subject X; else None."""
    verb = _drawing_verb(noun) if code[:2] == "11" else None
    if verb is None:
        stance = _stance_verb(noun) if code[:2] == "11" else None
        subj = None if stance is None else next((c for c in kids(stance) if c.dep_ == "nsubj"), None)
        return (stance, [subj]) if stance is not None and subj is not None and stance_aim(noun) is not None else None
    critics = [g for h in (noun, verb) for c in kids(h) if c.dep_ == "prep" and c.lower_ == "from"
               for g in kids(c) if g.dep_ == "pobj"]
    return (verb, critics) if critics else None


def drawn_doer(noun: Token, code: str) -> Token | None:
    """Whom criticism that is drawn is aimed at: the subject ('Moscow faced criticism from Kyiv') or the named doer
    of the subject act ('Israel's raid drew condemnation from X', 'the test by X drew ...'), or of the clause a
    drawing participle trails ('X struck Y, drawing condemnation from Z'); else None."""
    verb = _drawing_verb(noun) if code[:2] == "11" else None
    if verb is None and code[:2] == "11":
        return stance_aim(noun)  # "In a rebuke to X, ...": X
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
    trailed = participial_head(verb) if verb is not None and subj is None else None
    if trailed is not None and trailed.lemma_.lower() in _REPORTS:
        trailed = told_clause(trailed) or trailed  # "X jailed Y, state media reported, drawing ...": X's act
    for _ in range(3):  # "Israel struck Beirut, drawing condemnation from X": the striker ("X arrested Y and
        if trailed is None:  # deported Z, drawing ...": X)
            break
        subj = next((c for c in kids(trailed) if c.dep_ == "nsubj"), None)
        if subj is not None or trailed.dep_ != "conj" or trailed.head.pos_ != "VERB":
            break
        trailed = trailed.head
    if subj is not None and verb is not None and verb.dep_ == "relcl" and subj.lower_ in ("that", "which"):
        subj = verb.head  # "X arrived in Y, a visit that drew criticism from Z": what the clause describes
    if subj is None or subj.pos_ == "PRON":
        return None
    if subj.pos_ == "PROPN" or subj.ent_type_ in _DOER_ENTS:
        return subj
    for c in kids(subj):
        if (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "amod" and c.ent_type_ in _NATIONAL):
            return c  # "Uganda's new law", "the Israeli strike"
    # "the decision by Peru to ...", "the arrest of two reporters by X"; "..., a move that drew criticism": its clause's
    return by_doer(subj) or restated_subject(subj)


def critic_aim(verb: Token) -> Token | None:
    """'X's strike drew a rebuke from Y, which demanded accountability / called for restraint': what a relative clause
    on a critic whom drawn criticism names says is aimed at the one criticised (``drawn_doer``); else None."""
    critic = verb.head
    if verb.dep_ != "relcl" or critic.dep_ not in ("pobj", "conj"):
        return None
    while critic.dep_ == "conj" and critic.head.i != critic.i:
        critic = critic.head  # "from X and Y, which ..."
    prep = critic.head
    if critic.dep_ != "pobj" or prep.lower_ != "from":
        return None
    noun = prep.head if prep.head.lemma_.lower() in _CRITICISM else next(
        (c for c in kids(prep.head) if c.dep_ == "dobj" and c.lemma_.lower() in _CRITICISM), None)
    return drawn_doer(noun, "111") if noun is not None else None


def drawn_rule(tok: Token, kind: str, rules: tuple[Rule, ...]) -> Rule | None:
    """A criticism noun's row read without the aim phrase it asks for, when the noun is drawn or faced by its
    target ('drew a rebuke from X': who is criticised is the subject, not an 'of' phrase); else None."""
    if kind != "noun" or (_drawing_verb(tok) is None and stance_aim(tok) is None):
        return None
    return next((r for r in rules if r.code[:2] == "11"), None)


def summoning_host(verb: Token) -> Token | None:
    """Where an envoy summoned in an agentless passive is posted, whose state summoned him: "Russia's ambassador
    was summoned to the foreign ministry in Warsaw" -> Warsaw; "the Chinese ambassador in Manila / to Manila was
    summoned" -> Manila; else None (the place names the summoner as a capital names its government)."""
    if verb.lemma_.lower() not in _SUMMONING:
        return None
    envoy = None
    for c in kids(verb):
        if c.dep_ == "agent":
            return None
        if c.dep_ == "nsubjpass":
            envoy = c
    if envoy is None or envoy.lemma_.lower() not in _ENVOYS or not any(
            c.dep_ in _ENVOY_STATE_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in _NATIONAL) for c in kids(envoy)):
        return None  # ("the ambassador was summoned to the ministry in Baku": whose envoy is not said)
    if any(o.dep_ == "pobj" and o.lemma_.lower() not in _OFFICES for c in kids(verb) if c.dep_ == "prep" and
           c.lower_ == "to" for o in kids(c)):
        return None  # ("summoned to a court hearing": not to the host's ministry)
    posted = next((g for c in kids(envoy) if c.dep_ == "prep" and c.lower_ in ("in", "to") for g in kids(c)
                   if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if posted is not None:
        return posted
    return next((g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "to" for o in kids(c)
                 if o.dep_ == "pobj" and o.lemma_.lower() in _OFFICES for p in kids(o)
                 if p.dep_ == "prep" and p.lower_ == "in" for g in kids(p) if g.dep_ == "pobj" and g.pos_ == "PROPN"),
                None)
