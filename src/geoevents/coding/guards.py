"""Precision guards: triggers whose event the sentence does not assert as a fact of now.

Each guard tests the cheap facts first (dependency label, lemma in a small set) and walks the parse only then:

* hearsay: "reports of strikes", "denied reports that its jets had bombed X", "rumours that X had massed troops";
* called off: "the summit between X and Y was postponed", "talks ... were cancelled": what did not take place;
* markets: "the peso rallied" (no protest), "Chinese demand for iron ore" (no political demand), "traders weighed
  supply risks" (no policy considered);
* habits: "the drills usually take place in spring"; how a truce fares: "the ceasefire has held";
* questions: "Why did X attack Y?"; quarrels: "X and Y clashed over the rules at the WTO";
* history: force used on an episode its year dates in the distant past ("crushed the 1956 uprising");
* make-believe: "the novel imagines a world in which X occupied Y"; conditions: "in the event that X attacks Y".
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from geoevents.coding.crowds import unheld_crowd
from geoevents.coding.fighting import not_force
from geoevents.coding.guards_more import (
    demanded_under_insist,
    held_state,
    insisted_fact,
    long_past,
    natural_harm,
    sporting,
)
from geoevents.coding.inquiries import police_case
from geoevents.coding.names import backing_opener
from geoevents.coding.not_news import describing_participle, earlier_relative, generic_relative, long_after, unconfirmed
from geoevents.coding.posture import unposed
from geoevents.coding.refusals_more import unrefused
from geoevents.coding.second_events import dated_episode
from geoevents.coding.threats import hazard_warning, idle_threat
from geoevents.coding.tokens import first_conjunct, kids
from geoevents.coding.vocab import HEARSAY_NOUNS

__all__ = ["guarded"]

# nouns whose "that" clause tells what is said or feared, not what happened
_HEARSAY_CLAUSE_NOUNS = frozenset(HEARSAY_NOUNS - {"evidence", "sign"} | {"speculation", "fear", "rumors"})
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "substantiate"})
# verbs that undo a scheduled event: its noun ("the summit was postponed") did not take place
_CALLING_OFF = frozenset({"postpone", "cancel", "delay", "defer", "scrap", "shelve", "reschedule", "suspend",
                          "abandon"})
_OFF_VERBS = frozenset({"call", "put"})  # "called off", "put off"
# subjects that move on markets: "the rupee rallied", "shares rallied", "the index surged"
_MARKET_NOUNS = frozenset({"currency", "index", "share", "stock", "market", "price", "bond", "yield", "equity",
                           "futures", "exchange", "peso", "rupee", "real", "rand", "lira", "naira", "shilling",
                           "rouble", "ruble", "yen", "yuan", "won", "dollar", "euro", "pound", "franc", "dinar",
                           "rial", "riyal", "dirham", "ringgit", "baht", "dong", "taka", "rupiah", "hryvnia", "cedi",
                           "kwacha", "birr", "sol", "bolivar", "tenge", "som", "dram", "lari", "manat", "krona",
                           "krone", "zloty", "forint", "leu", "lev", "dinars", "commodity", "oil", "gold", "copper",
                           "wheat", "crude", "benchmark", "nikkei", "kospi", "sensex", "nifty", "shekel"})
_MARKET_ROOTS = frozenset({"14", "08"})  # ("the peso rallied", "the yen retreated", "stocks surrendered gains")
# who weighs news on a market: "traders weighed supply risks against weak demand" (no policy option considered)
_MARKET_PEOPLE = frozenset({"trader", "investor", "dealer", "market", "speculator", "buyer", "seller", "analyst",
                            "economist", "strategist"})
# talks on a deal between companies: "held merger talks with X's shareholders" (no political consultation)
_DEAL_TALKS = frozenset({"merger", "takeover", "acquisition", "buyout", "licensing", "sponsorship", "transfer"})
_TALK_NOUNS = frozenset({"talk", "negotiation", "discussion"})
# "demand for iron ore / chips / oil": buyers' demand on a market, not a political demand (10x)
_GOODS = frozenset({"ore", "oil", "gas", "lng", "coal", "copper", "lithium", "nickel", "cobalt", "steel", "aluminium",
                    "aluminum", "metal", "gold", "chip", "semiconductor", "product", "good", "commodity", "export",
                    "import", "energy", "electricity", "power", "fuel", "food", "grain", "wheat", "rice", "corn",
                    "soybean", "coffee", "cocoa", "beef", "fertiliser", "fertilizer", "car", "vehicle", "housing",
                    "credit", "loan", "labour", "labor", "worker", "service", "tourism", "bond", "dollar", "currency",
                    "crude", "diesel", "petrol", "gasoline", "uranium", "timber", "cotton", "sugar", "palm"})
# adverbs of habit: "the drills usually take place in spring" tells a custom, not an event
_HABITUAL = frozenset({"usually", "typically", "normally", "routinely", "traditionally", "customarily",
                       "habitually", "generally"})
_STANDING = frozenset({"long", "always"})
_STANCE_ROOTS = frozenset({"05", "11"})
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# verbs of make-believe: "the novel imagines a world in which X occupied Y", "the game envisions that X invades Y"
_IMAGINING = frozenset({"imagine", "envision", "envisage", "fantasize", "fantasise", "hypothesize", "hypothesise",
                        "simulate", "dream"})
# intransitive verbs that tell how an agreed state fares: "the ceasefire has held", "the truce collapsed"
_STATE_VERBS = frozenset({"hold", "last", "endure", "survive", "expire", "collapse", "falter", "crumble", "remain",
                          "stall", "unravel"})
# "X and Y clashed over the rules": a quarrel over a topic, unless fighters clash or the object is ground
_ARMED_NOUNS = frozenset({"troop", "soldier", "force", "army", "militia", "militiaman", "fighter", "rebel", "police",
                          "policeman", "guard", "militant", "gunman", "insurgent", "protester", "demonstrator",
                          "unit", "jihadist", "bandit", "supporter", "villager", "herder", "farmer", "youth"})
_GROUND_NOUNS = frozenset({"border", "territory", "area", "region", "island", "land", "village", "town", "hill",
                           "stretch", "ground", "frontier", "line", "zone", "field", "well", "mine", "pasture",
                           "water", "waters", "checkpoint", "post", "position", "control"})


def guarded(tok: Token, kind: str, pred: Token, code: str, day: dt.date) -> bool:
    """Whether the trigger ``tok`` (read as ``kind``, asserted by ``pred``) gives no event."""
    if long_past(pred, day) or insisted_fact(tok, kind, code) or held_state(tok, kind) or \
            demanded_under_insist(pred) or sporting(tok, kind, code) or unrefused(tok, kind, code) or \
            backing_opener(tok, kind, code) or unheld_crowd(tok, kind, code) or police_case(tok, kind, code):
        return True  # "In 2014 Russia annexed Crimea"; "X never attacked Y, Z insisted"; "X hosts 1m refugees"
    if unconfirmed(pred) or long_after(pred, tok) or generic_relative(pred) or earlier_relative(pred) or \
            describing_participle(tok, kind, pred, code) or natural_harm(tok, kind, code):
        return True  # "according to unconfirmed reports", "two years after X invaded Y", "settlers who attack Y",
        # "a blogger who had mocked the army", "the armed groups fighting them", "floods killed 200"
    held = tok if kind == "noun" else (pred.head if pred.dep_ == "acl" and pred.i == tok.i else None)
    if held is not None and held.head.dep_ == "prep" and (h := held.head.head).pos_ == "NOUN" and \
            h.lemma_.lower() in HEARSAY_NOUNS:
        return True  # "evidence of executions", "reports of atrocities committed by X": not asserted by the text
    if pred.dep_ in ("acl", "ccomp") and _hearsay(pred):
        return True
    if kind == "noun" and pred.i != tok.i and (_called_off(tok, pred) or (
            tok.dep_ == "nsubj" and pred.lemma_.lower() in _STATE_VERBS and pred.i == tok.head.i)):
        return True
    if code[:2] in _MARKET_ROOTS and kind == "verb" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _MARKET_NOUNS for c in kids(tok)):
        return True
    if code[:2] == "04" and any(n.lemma_.lower() in _TALK_NOUNS and any(
            m.dep_ in ("compound", "amod") and m.lemma_.lower() in _DEAL_TALKS for m in kids(n))
            for n in ((tok,) if kind == "noun" else (c for c in kids(tok) if c.dep_ == "dobj"))):
        return True  # "held merger talks with X", "takeover negotiations": a deal between companies
    if code == "014" and kind == "verb" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _MARKET_PEOPLE
                                                for c in kids(tok)):
        return True
    if kind == "noun" and code[:2] == "10" and tok.lemma_.lower() == "demand" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _GOODS for c in kids(tok) if c.dep_ == "prep" and
            c.lower_ == "for" for g in kids(c)):
        return True
    if kind == "verb" and tok.lemma_.lower() == "clash" and _quarrel(tok):
        return True
    if _imagined(pred) or _in_case(pred):
        return True  # "the novel imagines a world in which X occupied Y", "in the event that X attacks Y"
    if code[:2] in _FORCE_ROOTS and kind == "verb" and any(c.dep_ == "dobj" and dated_episode(c, day)
                                                           for c in kids(tok)):
        return True  # "the tanks used to crush the 1956 uprising": force on an episode of the distant past
    if kind == "noun" and dated_episode(tok, day):
        return True  # "the 1984 miners' strike still divides Britain": an episode of the distant past
    if (code[:2] in ("15", "19") and (not_force(tok, kind, pred, code) or unposed(tok, kind, code))) or \
            idle_threat(tok, kind, code) or hazard_warning(tok, kind, code):
        return True
    if any(c.dep_ == "advmod" and (c.lower_ in _HABITUAL or (c.lower_ in _STANDING and code[:2] in _STANCE_ROOTS))
           for c in kids(pred)):  # ("X, which has long backed Y, ...": a standing stance, not an act)
        return True
    root = pred
    for _ in range(12):
        if root.head.i == root.i:
            break
        root = root.head
    last = root.right_edge  # "Why did X attack Y?": asked, not told
    return last.text == "?" or (last.is_quote and last.i > 0 and last.nbor(-1).text == "?")


def _imagined(pred: Token) -> bool:
    """A clause told inside what a verb of make-believe imagines: its content ("imagines that X invades Y") or a
    relative clause on its object ("imagines a world in which X occupied Y")."""
    clause = pred
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head  # "in which X won the war and occupied Y"
    if clause.dep_ == "ccomp":
        return clause.head.lemma_.lower() in _IMAGINING
    return clause.dep_ == "relcl" and clause.head.dep_ == "dobj" and clause.head.head.lemma_.lower() in _IMAGINING


def _in_case(pred: Token) -> bool:
    """A condition opened by 'in case' or 'in the event that': 'In the event that Russia attacks a NATO member, ...'
    (not 'in the event, ...': as it turned out; nor 'in the case of X', 'in the case, ...': a matter)."""
    for c in kids(pred):
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for g in kids(c):
            if g.dep_ != "pobj":
                continue
            low = g.lower_
            if low == "case" and not any(d.dep_ in ("det", "prep") for d in kids(g)):
                return True
            if low == "event" and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(pred)):
                return True
    return False


def _hearsay(pred: Token) -> bool:
    """'reports that X had bombed Y', 'denied claims that its troops executed ...'; not 'confirmed reports that'."""
    noun = pred.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _HEARSAY_CLAUSE_NOUNS or pred.i < noun.i:
        return False
    gov = noun.head
    return not (gov.lemma_.lower() in _CONFIRMING and noun.dep_ in ("dobj", "nsubjpass") and not any(
        c.dep_ == "neg" for c in kids(gov)))


def _quarrel(verb: Token) -> bool:
    """'Indonesia and Malaysia clashed over palm oil rules': no 'with' party, no fighters, no ground fought over."""
    preps = {c.lower_: c for c in kids(verb) if c.dep_ == "prep"}
    over = preps.get("over")
    if over is None or "with" in preps or "against" in preps:
        return False
    topic = [g for g in kids(over) if g.dep_ == "pobj"]
    if not topic or any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or t.lemma_.lower() in _GROUND_NOUNS
                        for g in topic for t in g.subtree):
        return False
    return not any(t.lemma_.lower() in _ARMED_NOUNS for c in kids(verb) if c.dep_ == "nsubj" for t in c.subtree)


def _called_off(tok: Token, pred: Token) -> bool:
    """'the summit ... was postponed', 'called off the talks': the event noun is what is undone."""
    first = first_conjunct(tok)
    if first.head.i != pred.i or first.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return False
    lemma = pred.lemma_.lower()
    return lemma in _CALLING_OFF or (lemma in _OFF_VERBS and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in kids(pred)))
