"""Statements, appeals and intents in wire framings (CAMEO 01, 02, 03).

- Attention: "X said it was closely following / monitoring the fighting in Y" is a statement about Y (010).
  The rows of ``verbs.csv`` name the verbs and the crises watched; here they are held to a speaking subject
  ("Following the unrest in Y, X closed ..." is a frame, not a statement), and the verbs with other common
  senses ("follow", "watch", "track") to a sign of attention ("closely", "with concern") or a reporting frame.
- Declining: "X said it had nothing (further) to add", "X refused to be drawn on Y" are refusals to
  comment (011), said of nobody; "X refused to be drawn into the war" is not one.
- Owning up: "X admitted that its soldiers had killed ..." claims responsibility (015) as well as the act.
- Feelings: "said it was concerned about ..." (a participle the tagger took for a verb) is a state of mind.
- Topics: "concern about the fighting in eastern Congo", "hopeful about the resumption of talks with Turkey":
  the party a statement's topic names is its target.
- Appeals: what an appeal asks for names its sub-code ("called on X to resume talks" 026, "to settle their
  dispute" 027, "to mediate" 028, "to free" 0253, "to lift sanctions" 0254, "to allow aid in" 0255, "to exercise
  restraint" 0256).
- Calls: "X told Y in a phone call that ...", "X assured Y by telephone": what is told to an addressee in a call
  is a phone call to it (041), not only attribution; "held talks with X by telephone" is a call too.
- Intents: "offered to host talks between X and Y" is an offer to mediate (039), not the parties' intent to
  meet; a generic code gives way to its sub-code for the same pair (0331, not also 033).
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from spacy.tokens import Token

from geoevents.coding.appeals_more import (
    asked_for,
    asked_supply,
    not_made_appeal,
    unaddressed_demand,
    unnamed_addressee,
)
from geoevents.coding.demands import asked_clauses
from geoevents.coding.found import Found
from geoevents.coding.modality import REPORTING
from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import FEELING_PARTICIPLES

__all__ = ["asked_code", "feeling_state", "nothing_to_add", "owned_deeds", "phoned", "plain_statements",
           "talks_by_phone", "topic_parties", "unfit_statement"]

# verbs of attention with a 010 row (a statement that X watches a crisis)
WATCHING = frozenset({"monitor", "follow", "watch", "track"})
# ... those whose bare use is often something else ("followed the talks", "watched the match")
_LOOSE_WATCHING = frozenset({"follow", "watch", "track"})
_ATTENTIVE = frozenset({"closely", "carefully", "attentively", "keenly", "anxiously", "intently", "vigilantly"})
_ATTENTION_NOUNS = frozenset({"concern", "attention", "interest", "alarm", "worry", "anxiety", "vigilance"})
# "nothing (further / more) to add": the words said of nothing
_SAYING = frozenset({"add", "say", "offer", "comment", "share", "report"})
# "refused to be drawn on the question": the topic preposition ("drawn into the conflict" is taking part)
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "as"})


def _attentive(tok: Token) -> bool:
    """'closely following', 'following ... with concern', or said: 'X said it was following ...'."""
    for c in kids(tok):
        if c.dep_ == "advmod" and c.lower_ in _ATTENTIVE:
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _ATTENTION_NOUNS for g in kids(c)):
            return True
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING


def unfit_statement(rule: Rule, tok: Token) -> bool:
    """Whether a statement row of this module's families does not fit its use here (so it gives no event)."""
    lemma = tok.lemma_.lower()
    if rule.code == "010" and rule.lemma in WATCHING and tok.pos_ == "VERB":
        if not any(c.dep_ == "nsubj" for c in kids(tok)):
            return True  # "Following the unrest in Y, X ...", "the crisis watched by millions"
        return lemma in _LOOSE_WATCHING and not _attentive(tok)
    if rule.code == "011" and rule.lemma in ("refuse", "decline"):
        drawn = [c for c in kids(tok) if c.dep_ == "xcomp" and c.lemma_.lower() == "draw"]
        return any(not any(p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS for p in kids(d)) for d in drawn)
    return False


def nothing_to_add(tok: Token) -> bool:
    """'had nothing (further) to add / to say (on ...)': the object 'nothing' with an infinitive of saying."""
    if tok.lemma_.lower() != "have":
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "nothing" and any(
        g.dep_ in ("relcl", "acl", "xcomp") and g.lemma_.lower() in _SAYING and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in kids(g)) for g in kids(c)) for c in kids(tok))



_DECLINE, _DENIAL = "011", "016"


def plain_statements(found: list[Found]) -> list[Found]:
    """A sentence's events without denials (no event), with a refusal to comment aimed at nobody ('had no
    comment on reports of X's ...' is said of a topic, not to X), and a generic code dropped where the same pair
    has one of its sub-codes ('pledged $20 million to help X rebuild' is 0331, not also 033)."""
    if not found:
        return found
    out: list[Found] = []
    seen: set[tuple[str, str, str]] = set()
    hosts = [f.trigger for f in found if f.code == _MEET_INTENT and "intent" in f.flags and _hosts_between(f.trigger)]
    for f in found:
        if f.code == _DENIAL or not_made_appeal(f.code, f.trigger) or unaddressed_demand(
                f.code, f.trigger, f.target is not None):
            continue  # "X denied any role in ...": no event; "appealed the verdict", "vetoed a text calling for"
        unnamed = unnamed_addressee(f.code, f.trigger) if f.target is not None else None
        if unnamed == "own":
            continue  # "urged its citizens to leave Lebanon": advice to its own nationals
        if (f.code == _DECLINE or unnamed == "group") and f.target is not None:
            f = replace(f, target=None)  # ("urged its partners to back its plan for X": no party named)
        if f.code == _MISSION and f.realised_code == _POLICE_DISPATCH and (
                f.target is None or f.target.country_code in (None, f.source.country_code)):
            continue  # "said it would send police to Darfur": a deployment at home, not a mission
        if f.trigger in hosts:
            f = replace(f, code=_MEDIATE_INTENT)  # "offered to host talks between X and Y": to mediate
        elif f.code == _MEET_INTENT and f.trigger.pos_ == "NOUN" and any(h.i in {a.i for a in f.trigger.ancestors}
                                                                         for h in hosts):
            continue  # (the talks' parties declared nothing)
        asked = appeal_subcode(f.trigger) if f.code in (_APPEAL, _DEMAND) else None
        if asked is not None:  # (a demand's sub-code is the appeal's under root 10: 0241 -> 1041, 026 -> 106)
            f = replace(f, code=asked if f.code == _APPEAL else "10" + asked[2:])
        key = (f.code, f.source.code, f.target.code if f.target is not None else "")
        if f.code[:2] == "01" and f.target is not None:  # "the arrest of the opposition leader in the Maldives":
            key = (f.code, f.source.code, f.target.country_code or f.target.code)  # one statement about the country
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return [f for f in out if not (len(f.code) == 3 and any(
        len(g.code) == 4 and g.code.startswith(f.code) and g.source.code == f.source.code
        and (g.target.code if g.target else "") == (f.target.code if f.target else "") for g in out))]


_MEET_INTENT, _MEDIATE_INTENT = "036", "039"
_POLICE_DISPATCH, _MISSION = "153", "0334"
_HOSTING = frozenset({"host", "facilitate", "organise", "organize", "convene"})


def _hosts_between(tok: Token) -> bool:
    """'host (the next round of) talks between X and Y': a verb of hosting whose object names two other parties."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HOSTING:
        return False
    objects = [c for c in kids(tok) if c.dep_ == "dobj"]
    objects += [g for o in objects for c in kids(o) if c.dep_ == "prep" and c.lower_ == "of"
                for g in kids(c) if g.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among") for o in objects for c in kids(o))


_ADMITTING = frozenset({"admit", "acknowledge", "confess", "concede"})
_OWN_WORDS = frozenset({"its", "their", "our", "it", "they", "we"})


def owned_deeds(rule: Rule, tok: Token) -> set[str]:
    """'X admitted that its soldiers had killed ...', 'acknowledged that one of their units shot down ...': the
    lemmas of the acts an admitting verb's clause says its own side did (matched against a 015 row's objects)."""
    if rule.code != "015" or rule.lemma not in _ADMITTING:
        return set()
    return {c.lemma_.lower() for c in kids(tok) if c.dep_ == "ccomp" and c.pos_ == "VERB" and any(
        s.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in _OWN_WORDS for t in s.subtree) for s in kids(c))
        and not any(g.dep_ == "neg" for g in kids(c))}


def feeling_state(tok: Token) -> bool:
    """'it was concerned by the drills', 'said it was concerned about ...' (a participle the tagger took for a
    verb, passive or the copula's complement): a state of mind, read as the adjective."""
    return tok.lower_ in FEELING_PARTICIPLES and (tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in kids(tok)))


# what an appeal asks for, read from its infinitive ("urged X and Y to resume talks"): the act's verb, or the verb
# with its object ("to settle their dispute"), names the appeal's CAMEO sub-code
_ASKED_VERBS = MappingProxyType({
    "mediate": "028", "arbitrate": "028", "negotiate": "026", "talk": "026", "release": "0253", "free": "0253",
    "de-escalate": "0256", "deescalate": "0256", "reconcile": "027", "refrain": "0256", "resign": "0241",
    "abdicate": "0241", "extradite": "0213", "repeal": "0242", "rescind": "0242", "revoke": "0242",
    "annul": "0242"})
# "to withdraw / pull out its troops": de-escalation (0256); "to withdraw the bill": a change of policy (0242)
_WITHDRAWING = frozenset({"withdraw", "pull"})
_UNDOING = frozenset({"scrap", "drop", "abandon", "amend", "reverse", "shelve", "cancel", "overturn", "suspend"})
_HANDING = frozenset({"hand", "turn"})
_HALTING = frozenset({"halt", "stop", "end", "cease", "suspend", "scale"})
_HOSTILITIES = frozenset({"offensive", "attack", "strike", "airstrike", "bombing", "bombardment", "shelling",
                          "fighting", "hostility", "hostilities", "war", "operation", "assault", "incursion", "raid"})
_WANTED = frozenset({"suspect", "fugitive", "accused", "president", "minister", "leader", "commander", "officer"})
_POLICIES = frozenset({"law", "bill", "decree", "policy", "decision", "measure", "order", "legislation", "ban",
                       "amendment", "reform", "plan"})
_ASKED_OBJECTS = MappingProxyType({
    "talk": "026", "talks": "026", "negotiation": "026", "negotiations": "026", "dialogue": "026", "table": "026",
    "dispute": "027", "differences": "027", "difference": "027", "row": "027", "feud": "027",
    "restraint": "0256", "ceasefire": "0256", "truce": "0256", "hostility": "0256", "hostilities": "0256",
    "fighting": "0256", "escalation": "0256", "mediation": "028", "mediator": "028",
    "aid": "0255", "convoy": "0255", "access": "0255", "assistance": "0255", "corridor": "0255"})
_APPEALING = frozenset({"urge", "call", "appeal", "ask", "plead", "press", "implore", "exhort", "encourage", "beg",
                        "entreat", "beseech", "invite", "demand", "insist", "request", "petition"})
_APPEAL, _DEMAND = "020", "100"
# what a nominal appeal asks "for" ("his call for the release of ...")
_APPEAL_NOUNS = frozenset({"call", "appeal", "plea", "request"})
_ASKED_THINGS = MappingProxyType({"release": "0253", "freedom": "0253", "freeing": "0253"})


# "to lift / ease the sanctions on X", "to end the blockade": asked to ease economic sanctions (0254); not "to
# impose sanctions", which asks for a measure against someone
_EASING = frozenset({"lift", "ease", "remove", "drop", "end", "relax", "suspend", "scrap", "loosen", "waive"})
_EMBARGOES = frozenset({"sanction", "sanctions", "embargo", "blockade", "boycott", "restriction", "restrictions"})
_STEPPING = frozenset({"step", "stand"})
_REINSTATING = frozenset({"restore", "reinstate"})
_LEADERS = frozenset({"president", "leader", "premier", "government", "king", "ruler"})


def _asked_code(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in _ASKED_VERBS:
        return _ASKED_VERBS[lemma]
    if lemma in _EASING and any(c.dep_ == "dobj" and c.lemma_.lower() in _EMBARGOES for c in kids(verb)):
        return "0254"
    if (lemma in _STEPPING and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside") for c in
                                   kids(verb)) and not any(c.dep_ == "dobj" for c in kids(verb))) or (
            lemma in _REINSTATING and any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in _LEADERS)
                                          for c in kids(verb))):
        return "0241"  # "to step down", "to restore President X (to power)": a change of leadership
    things = {c.lemma_.lower() for c in kids(verb) if c.dep_ == "dobj"}
    if lemma in _WITHDRAWING:
        return "0242" if things & _POLICIES else "0256"
    if lemma in _HALTING and things & _HOSTILITIES:
        return "0256"  # "to halt its offensive", "to stop the air strikes": de-escalation
    if lemma in _UNDOING and things & _POLICIES:
        return "0242"  # "to scrap / amend its new law": a change of policy
    if lemma in _HANDING and any(c.dep_ == "prt" and c.lower_ == "over" for c in kids(verb)) and any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _WANTED) for c in kids(verb)):
        return "0213"  # "to hand over the former vice president": judicial cooperation
    objects = [c for c in kids(verb) if c.dep_ in ("dobj", "attr")]
    objects += [g for c in kids(verb) if c.dep_ == "prep" for g in kids(c) if g.dep_ == "pobj"]
    for o in objects:
        hit = _ASKED_OBJECTS.get(o.lower_) or _ASKED_OBJECTS.get(o.lemma_.lower())
        if hit is not None and not any(c.dep_ == "neg" for c in kids(verb)):
            return hit
    return asked_supply(verb)  # "to supply more air defence systems": military aid (0232)


def asked_code(verb: Token) -> str | None:
    """The appeal sub-code (02x) of the act a verb names ("withdraw its troops" 0256, "free the hostages" 0253)."""
    return _asked_code(verb)


def appeal_subcode(trigger: Token) -> str | None:
    """The sub-code of a bare appeal (020) from the act it asks for: 'called on X to resume talks' (026),
    'urged X and Y to settle their dispute' (027), 'asked X to mediate' (028), 'to free the hostages' (0253),
    'to allow aid convoys in' (0255), 'to exercise restraint' (0256); None when the act names none."""
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in _APPEAL_NOUNS:  # "renewed his call for the release of"
        codes = {_ASKED_THINGS.get(g.lemma_.lower()) for c in kids(trigger) if c.dep_ == "prep" and c.lower_ ==
                 "for" for g in kids(c) if g.dep_ == "pobj"} - {None}
        return codes.pop() if len(codes) == 1 else None
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _APPEALING:
        return None
    if (aid := asked_for(trigger)) is not None:
        return aid  # "appealed to donors for food aid" (0233), "asked X for more air defence systems" (0232)
    asked = asked_clauses(trigger)
    asked += [g for c in kids(trigger) if c.dep_ == "prep" for o in kids(c) if o.dep_ == "pobj"
              for g in kids(o) if g.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in kids(g))]
    codes = {code for v in asked if v.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in kids(v))
             for code in (_asked_code(v),) if code is not None}  # ("demanded that X restore ...": tagged a noun)
    return codes.pop() if len(codes) == 1 else None


# where the topic of a statement names its party: "concern about the fighting in eastern Congo", "hopeful about
# the resumption of talks with Turkey" (only "with" for other acts: "withdrew from the talks with X")
_TOPIC_PARTY_PREPS = frozenset({"with", "in", "inside", "of"})


def topic_parties(thing: Token, code: str) -> list[Token]:
    """The tokens naming the party of a thing an event is about: its 'with' objects, and for a statement (01)
    also its 'in' / 'of' objects and theirs ('the resumption of talks with Turkey')."""
    preps = _TOPIC_PARTY_PREPS if code[:2] == "01" else frozenset({"with"})
    out = [g for c in kids(thing) if c.dep_ == "prep" and c.lower_ in preps for g in kids(c) if g.dep_ == "pobj"]
    if code[:2] == "01":
        out += [g for o in list(out) for c in kids(o) if c.dep_ == "prep" and c.lower_ in preps
                for g in kids(c) if g.dep_ == "pobj"]
    return out


_CALL_NOUNS = frozenset({"call", "conversation", "phonecall", "talk", "talks"})
_PHONES = frozenset({"phone", "telephone", "video", "telephonic"})


def _by_phone(tok: Token) -> bool:
    """Whether a token's prepositional phrase names a call as the means: 'by phone', 'in a video call'."""
    for p in kids(tok):
        if p.dep_ != "prep" or p.lower_ not in ("in", "during", "by", "over", "via"):
            continue
        for n in kids(p):
            low = n.lemma_.lower() if n.dep_ == "pobj" else ""
            if low in _PHONES or low == "phonecall" or (low in _CALL_NOUNS and any(
                    c.dep_ in ("compound", "amod") and c.lower_ in _PHONES for c in kids(n))):
                return True
    return False


def talks_by_phone(verb: Token) -> bool:
    """'held talks with X by telephone', 'had a conversation with X over the phone': talks held in a call (041);
    the means may hang on the verb or on its object."""
    objects = [c for c in kids(verb) if c.dep_ == "dobj" and c.lemma_.lower() in _CALL_NOUNS]
    return bool(objects) and (_by_phone(verb) or any(_by_phone(o) for o in objects))


def phoned(verb: Token) -> bool:
    """'told Erdogan in a phone call', 'assured Y during a telephone conversation', 'informed Z by phone': a speech
    verb with an addressee (a direct object) whose means is a call."""
    return any(c.dep_ in ("dobj", "dative") for c in kids(verb)) and _by_phone(verb)
