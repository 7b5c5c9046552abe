"""Reducing relations (CAMEO 16) and threats (13): wire phrasings the generic readers leave out or misread.

- ``forecast``: "X warned that Y could attack", "X warned that the ruling could damage ties with Z": a warning
  about what someone else or something will do foretells; it threatens nothing (no 130).
- ``leading_rule``: "ECOWAS suspended Guinea from the bloc", "Mali was suspended from the AU": a body cuts a
  member off (160), read before the lemma's rows (which want an object such as aid or talks).
- ``deciding_agent``: "the decision by X to cut ties with Y": the agent of the decision noun decides the act.
- ``stated``: "X said it would impose tariffs on Y": an actor's own announced punitive measure is its threat (13x).
- in ``leading_rule``: "added 12 firms to its entity list", "placed X on a blacklist" (163, on X); "shut its
  consulate in St Petersburg" (161, on the country of the place; not "shut down Algeria's embassy in Bamako");
  "stopped cooperating with X", "halted sharing intelligence with X" (160), "stopped negotiating with X" (164);
  "stopped funding X", "ceased arming X" (162, 1622: the aid stopped, not aid given).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from geoevents.coding.coercion_more import custody_rule, forced_return, sent_home
from geoevents.coding.dictionaries import load_actor_dictionary
from geoevents.coding.force import force_rule
from geoevents.coding.nominal_events import deciding_owner
from geoevents.coding.patterns import Rule, verb_rule
from geoevents.coding.petitions import court_rule
from geoevents.coding.threats import timed_demand
from geoevents.coding.ties import pulled_out_rule, stopped_supply_rule
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import COUNT_WORDS, HUMAN_NOUNS
from geoevents.coding.wire import forecast_subject
from geoevents.coding.withdrawals import EXIT_NOUNS, exit_noun_rule, withdrawal_rule
from geoevents.models import Actor

__all__ = ["deciding_agent", "forecast", "leading_rule", "stated", "threat_owner", "unruled_rule"]

# what a warned clause names when the speaker itself is the one who will act: "warned that any attack would
# draw a crushing response", "warned that the move would have consequences"
_THREAT_NOUNS = frozenset({"response", "retaliation", "consequence", "countermeasure", "reprisal", "retribution",
                           "punishment", "revenge", "measure", "action", "force", "war"})
_AGENT_PREPS = frozenset({"by"})
# nouns whose 'to' infinitive is their owner's threat ("X's threat to invade Y", THREAT_GOVERNORS in vocab)
_THREAT_HEADS = frozenset({"threat"})
# a member suspended or expelled from a body of states: "suspended from the bloc", "expelled from the Commonwealth"
_MEMBER_VERBS = frozenset({"suspend", "expel"})
_BODIES = frozenset({"union", "bloc", "organisation", "organization", "community", "commonwealth", "grouping",
                     "alliance", "league", "membership", "activity"})
_FROM = frozenset({"from"})
_SEND = frozenset({"send"})
# "held X in custody", "took X hostage", "declared X persona non grata", "blocked access to the internet"
_HIDDEN = frozenset({"hold", "take", "declare", "block", "restrict", "cut", "suspend", "curb", "limit", "shut",
                     "disrupt"})
_ONGOING = frozenset({"continue", "keep", "maintain"})  # "will continue to impose sanctions"
# "added 12 firms to its entity list", "placed X on its sanctions list / blacklist": a sanction on X (163)
_LISTING = frozenset({"add", "place", "put"})
_ONTO = frozenset({"to", "on", "onto"})
_LISTS = frozenset({"list", "blacklist"})
_LIST_KINDS = frozenset({"entity", "sanction", "sanctions", "black", "unreliable", "terrorism", "terror", "denied"})
# "shut its consulate in St Petersburg": one's own mission closed in X (161); "Algeria's embassy in Bamako" is not
_CLOSING = frozenset({"close", "shut", "shutter", "suspend", "scale", "wind", "downsize"})  # ("scaled down its
# embassy in Kabul", "wound down its consulate in X")
_MISSIONS = frozenset({"embassy", "consulate", "legation"})
_OWN = frozenset({"its", "their", "our"})
_IN = frozenset({"in"})
# "stopped cooperating with X", "halted sharing intelligence with X", "ceased talking to X": ties cut (160, 164)
_STOPPING = frozenset({"stop", "cease", "halt", "suspend", "end", "quit", "pause", "freeze"})
_TALKING = frozenset({"talk", "negotiate"})
_COOPERATING = frozenset({"cooperate", "share", "trade", "coordinate", "engage"}) | _TALKING
_WITH = frozenset({"with", "to"})
# "stopped funding UNRWA", "ceased arming the rebels": the aid stopped (162, 1622), not aid given (leading_rule)
_FUNDING = frozenset({"fund", "finance", "bankroll", "subsidise", "subsidize", "aid", "arm"})
# "did not rule out military action / strikes / sanctions against X": a threat (unruled_rule)
_OPTIONS = frozenset({"possibility", "option", "use", "prospect", "idea", "threat", "resort"})
_FORCE = frozenset({"force", "strike", "airstrike", "attack", "intervention", "war", "retaliation", "offensive",
                    "invasion", "incursion", "reprisal", "escalation", "bombing"})
_ACTIONS = frozenset({"action", "operation", "response", "option", "measure"})
_MARTIAL = frozenset({"military", "armed", "ground", "naval", "air", "nuclear", "force"})
_SANCTIONS = frozenset({"sanction", "embargo", "tariff", "boycott"})
_AGAINST = frozenset({"against", "on"})
# "X's ban on Ukrainian grain (imports)": an embargo on the goods' country (goods_ban_rule)
_BAN_NOUNS = frozenset({"ban", "embargo", "boycott", "moratorium"})
_ON = frozenset({"on", "against"})
_WHEN = frozenset({"DATE", "TIME"})
_MEMBERS = frozenset({"member", "leader", "figure"})  # ("suspended two members from the bloc": of a body)
# "imposed a ban on the X party / on protests" (political_ban): a ban on a party or group (1722), on freedoms (1721)
_IMPOSING = frozenset({"impose", "slap", "introduce", "enforce", "announce", "issue", "order", "place", "put"})
_POLITICAL_BANS = frozenset({"ban", "prohibition"})
_BANNED_BODIES = frozenset({"party", "opposition", "group", "organization", "organisation", "movement", "association",
                            "union", "faction", "brotherhood", "front", "league", "coalition", "candidate"})
_BANNED_FREEDOMS = frozenset({"protest", "rally", "demonstration", "gathering", "assembly", "march", "medium", "media",
                              "newspaper", "broadcaster", "outlet", "journalist", "press", "speech", "website",
                              "site", "portal", "channel", "station", "internet"})
_GOODS = frozenset({"import", "export", "grain", "wheat", "maize", "corn", "rice", "sugar", "product", "good", "oil",
                    "gas", "coal", "steel", "aluminium", "aluminum", "seafood", "fish", "beef", "pork", "poultry",
                    "meat", "wine", "fruit", "vegetable", "timber", "cotton", "fertilizer", "fertiliser", "chip",
                    "semiconductor", "car", "vehicle", "shipment", "produce", "livestock", "cattle", "crude"})


def forecast(verb: Token, actors_at: Callable[[Token], Sequence[Actor]], source_countries: set[str | None]) -> bool:
    """Whether a bare "warned that ..." foresees (no threat), read by the subject of the clause it warns of.

    An actor other than the speaker ("warned that Russia could test NATO"), or a thing that is no actor and
    names no reprisal ("warned that the dam could devastate farms", "that the ruling could hurt ties with Y").
    A pronoun may stand for the speaker ("warned it could cut gas supplies"): it is kept."""
    ahead = forecast_subject(verb)
    if ahead is None:
        return _foreseen_topic(verb)
    ahead_actors = actors_at(ahead)
    if ahead_actors:
        return any(a.country_code not in source_countries for a in ahead_actors)
    if ahead.pos_ not in ("NOUN", "PROPN") or ahead.lemma_.lower() in _THREAT_NOUNS:
        return False
    clause = ahead.head
    return not any(t.lemma_.lower() in _THREAT_NOUNS for t in clause.subtree)


def _foreseen_topic(verb: Token) -> bool:
    """Whether a bare "warned of X" (no one warned, no clause) foresees X: "investors warned of weaker demand",
    "warned of a humanitarian catastrophe"; not "warned of consequences / of a response" (the speaker's own)."""
    if verb.lemma_.lower() != "warn":
        return False
    children = kids(verb)
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in children):
        return False
    topics = [g for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"]
    return bool(topics) and not any(t.lemma_.lower() in _THREAT_NOUNS for t in topics)


def deciding_agent(verb: Token) -> Token | None:
    """The owner of a decision a 'to' infinitive describes: its possessor ('X's decision to V'), else the agent
    the noun names with 'by' ('the decision by X to V'), else the noun itself ('the Saudi decision to V'); the
    possessor of a threat or ultimatum ('X's threat to invade Y': X threatens; see ``threat_owner``)."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _THREAT_HEADS:
        return threat_owner(verb)
    owner = deciding_owner(verb)
    if owner is None or owner.i != verb.head.i:
        return owner
    return next((g for c in kids(owner) if c.dep_ == "prep" and c.lower_ in _AGENT_PREPS
                 for g in kids(c) if g.dep_ == "pobj"), owner)


def threat_owner(verb: Token) -> Token | None:
    """Who threatens an act a threat noun's 'to' infinitive names: its possessor ('Russia's threat to invade
    Moldova', 'Washington's threats to impose sanctions on Y'), else the agent it names with 'by'; none for a
    threat no one owns ('the threat to strike Iran') or one only feared ('fears of a threat to ...')."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        return None
    noun = verb.head
    return next((c for c in kids(noun) if c.dep_ == "poss"), None) or next(
        (g for c in kids(noun) if c.dep_ == "prep" and c.lower_ in _AGENT_PREPS for g in kids(c)
         if g.dep_ == "pobj"), None) or next(  # "the ECOWAS threat", "the Russian threat to ..."
        (c for c in kids(noun) if c.dep_ in ("compound", "amod") and c.text[:1].isupper()), None)


def stated(code: str, tok: Token) -> bool:
    """Whether an actor's own stated or planned measure that reduces relations is coded as its threat (13x):
    "X said it would impose tariffs on Y" (1312), "X plans to cut aid to Y" (1311), as the labelled conventions
    code an announced intention to impose a tariff. Only verbs: a future noun ("sanctions due next week") is not;
    nor a measure kept up ("will continue to impose sanctions"), which is no new threat."""
    return code[:2] == "16" and tok.pos_ == "VERB" and not (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ONGOING)


def leading_rule(tok: Token, kind: str) -> Rule | None:
    """The rows read before the lemma's own: an attack by a weapon or a mass expulsion (``force_rule``), people
    sent home (174), acts the parse hides from the rows (``custody_rule``: "held X incommunicado", "blocked
    access to the internet"), or a member suspended or expelled from a bloc: "ECOWAS suspended Guinea from the bloc",
    "the AU suspended Gabon" (a state suspended: 160), "Mali was suspended from the African Union" (160); a state
    leaving a named body or sending peacekeepers, inspectors or aid agencies away (``withdrawal_rule``)."""
    lemma = tok.lemma_.lower()
    if kind != "verb":  # "their withdrawal from ECOWAS" (160), "Poland's ban on Ukrainian grain" (163)
        if kind == "noun" and lemma in EXIT_NOUNS:
            return exit_noun_rule(tok)
        return goods_ban_rule(tok) if kind == "noun" and lemma in _BAN_NOUNS else None
    if lemma in _IMPOSING and (banned := political_ban(tok)) is not None:  # "imposed a ban on the X party"
        return verb_rule(lemma, banned, target="pobj", preps=_ON)
    if lemma in _LISTING and _blacklisted(tok):  # "added 12 Chinese firms to its entity list" (163)
        return verb_rule(lemma, "163")
    if lemma in _CLOSING and _own_mission(tok):  # "Lithuania shut its consulate in St Petersburg" (161)
        return verb_rule(lemma, "161", target="place", preps=_IN)
    if lemma in _COOPERATING and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _STOPPING and any(
            c.dep_ == "prep" and c.lower_ in _WITH for c in kids(tok)):  # "stopped cooperating with the IAEA"
        return verb_rule(lemma, "164" if lemma in _TALKING else "160", target="pobj", preps=_WITH)
    if lemma in _FUNDING and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _STOPPING and any(
            c.dep_ == "dobj" for c in kids(tok)):  # "stopped funding UNRWA", "halted arming the militia"
        return verb_rule(lemma, "1622" if lemma == "arm" else "162")
    if (out := pulled_out_rule(tok, lemma)) is not None:  # "pulled its troops out of Mali" (166, ties)
        return out
    if (stopped := stopped_supply_rule(tok, lemma)) is not None:  # "stopped sending weapons to Kyiv" (1622, ties)
        return stopped
    if (left := withdrawal_rule(tok, lemma)) is not None:  # "withdrew from ECOWAS", "ordered peacekeepers to leave"
        return left
    if (deadline := timed_demand(tok)) is not None:  # "gave the junta a week to reinstate X" (139)
        return deadline
    if lemma in _SEND and sent_home(tok):  # "sent home 60 migrants": a deportation (174)
        return verb_rule(lemma, "174")
    if forced_return(tok, lemma):  # "refugees were forcibly returned to Syria by X": a deportation (174)
        return verb_rule(lemma, "174")
    if lemma == "rule" and (unruled := unruled_rule(tok)) is not None:  # "did not rule out force" (138)
        return unruled
    if (sued := court_rule(tok, lemma)) is not None:  # "asked the ICJ to order Russia to halt ..." (115)
        return sued
    if lemma in _HIDDEN and (hidden := custody_rule(tok, lemma)) is not None:
        return hidden
    if lemma not in _MEMBER_VERBS:
        return force_rule(tok, kind)
    if any(c.dep_ == "dobj" and _state_name(c) for c in kids(tok)):
        # "the AU suspended Gabon" (160; the tagger may call the state a person or a facility)
        return verb_rule(lemma, "160")
    body = next((g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "from" for g in kids(c)
                 if g.dep_ == "pobj"), None)
    if body is None or not (body.lemma_.lower() in _BODIES or (body.pos_ == "PROPN" and body.ent_type_ == "ORG")) or \
            _people_expelled(tok):  # ("expelled ethnic Armenians from Nagorno-Karabakh": no member of a body)
        return force_rule(tok, kind)
    passive = any(c.dep_ == "nsubjpass" for c in kids(tok)) and not any(c.dep_ == "agent" for c in kids(tok))
    return verb_rule(tok.lemma_.lower(), "160", source="pobj" if passive else "subj", preps=_FROM)


def _state_name(tok: Token) -> bool:
    """Whether a token names a state: a GPE, or a state of the actor dictionary ("Niger", "Gabon") whatever NER made
    of it."""
    if any(c.dep_ in ("nummod", "compound") for c in kids(tok)):
        return False  # a word of a longer name: "France 24"
    entry = load_actor_dictionary().proper.get(tok.text)
    return tok.ent_type_ == "GPE" or (entry is not None and entry.kind == "country")


def political_ban(verb: Token) -> str | None:
    """The code of a ban a verb imposes ("imposed a ban on the PTI party", "slapped a ban on protests") by what it
    bans: a party or group (1722), protests or the media (1721); None for others (a ban on goods is an embargo)."""
    ban = next((c for c in kids(verb) if c.dep_ == "dobj" and c.lemma_.lower() in _POLITICAL_BANS), None)
    banned = next((g for h in (ban, verb) if h is not None for c in kids(h) if c.dep_ == "prep" and c.lower_
                   in _ON for g in kids(c) if g.dep_ == "pobj" and g.ent_type_ not in _WHEN), None) \
        if ban is not None else None  # (the ban's own "on" first: "imposed a ban on X on Tuesday")
    if banned is None:
        return None
    words = {banned.lemma_.lower(), *(c.lemma_.lower() for c in kids(banned) if c.dep_ in ("compound", "amod"))}
    if words & _BANNED_BODIES:
        return "1722"
    return "1721" if words & _BANNED_FREEDOMS else None


def _people_expelled(verb: Token) -> bool:
    """Whether a suspending or expelling verb's object is people, not a member state or body: a nationality or
    ethnic group ("ethnic Armenians", "the Rohingya"), a count of people ("thousands of Armenians") or people named
    by a noun of people, as the passive's subject too ("two aid workers were expelled from Burkina Faso")."""
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and (obj.ent_type_ == "NORP" or obj.like_num or obj.lemma_.lower() in COUNT_WORDS or (
        obj.lemma_.lower() in HUMAN_NOUNS and obj.lemma_.lower() not in _MEMBERS))


def unruled_rule(verb: Token) -> Rule | None:
    """"X did not rule out military action / the use of force against Y": a threat of force (138), or of
    sanctions (1312), stated through a negated "rule out" (wire.refusal_code keeps it), else None. A bare
    "action" or "operation" must be martial ("legal action" is none); "ruled out force" (no negation) is a refusal."""
    if not any(c.dep_ == "neg" for c in kids(verb)) or not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in kids(verb)):
        return None
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    while obj is not None and obj.lemma_.lower() in _OPTIONS:  # "the possibility / use of force"
        obj = next((g for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                    if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    lemma = obj.lemma_.lower()
    if lemma in _SANCTIONS:
        return verb_rule("rule", "1312", target="pobj", preps=_AGAINST)
    if lemma in _FORCE or (lemma in _ACTIONS and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MARTIAL for c in kids(obj))):
        return verb_rule("rule", "138", target="pobj", preps=_AGAINST)
    return None


def goods_ban_rule(noun: Token) -> Rule | None:
    """"Poland's ban on Ukrainian grain", "Hungary's ban on Ukrainian grain imports", "China's embargo on Japanese
    seafood": a ban on another country's goods is an embargo on that country (163, the goods' nationality is the
    target); the rows read the goods only as the noun's own modifier ("an import ban"), else None."""
    goods = next((g for c in kids(noun) if c.dep_ == "prep" and c.lower_ in _ON for g in kids(c)
                  if g.dep_ == "pobj"), None)
    if goods is None or not (goods.lemma_.lower() in _GOODS or any(
            c.dep_ == "compound" and c.lemma_.lower() in _GOODS for c in kids(goods))):
        return None
    return Rule("noun", noun.lemma_.lower(), "", frozenset(), _ON, "poss", "pobj", "163")


def _blacklisted(verb: Token) -> bool:
    """Whether the verb puts its object on a list of sanctioned parties: "added X to the entity list", "placed X on
    its unreliable entity list", "put X on a blacklist", "added X to the list of state sponsors of terrorism"."""
    listed = next((g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in _ONTO for g in kids(c)
                   if g.dep_ == "pobj"), None)
    if listed is None or listed.lemma_.lower() not in _LISTS:
        return False
    return listed.lemma_.lower() == "blacklist" or any(t.lemma_.lower() in _LIST_KINDS for t in listed.subtree)


def _own_mission(verb: Token) -> bool:
    """Whether the verb closes the actor's own embassy or consulate in a place: "shut its consulate in X"."""
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _MISSIONS or not any(
            c.dep_ == "poss" and c.lower_ in _OWN for c in kids(obj)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" for h in (verb, obj) for c in kids(h))
