"""Appeals and demands (CAMEO 02, 10) that are not made by the actor the general rules give them to.

* Court appeals: "X appealed the verdict (to the Supreme Court)", "appealed against the sentence", "appealed to
  the Constitutional Court to dissolve the party" ask a court to review a ruling: a legal step, not an appeal to
  another actor (020).
* Blocked texts: "China vetoed a draft resolution calling for an end to the violence", "the US blocked a statement
  urging Israel to halt ...": the call is the text's, made by its sponsors; the actor that vetoes, blocks or
  rejects it makes no appeal (its own act is coded by its own rows).
* Anonymity: "officials who asked not to be named / identified", "requested anonymity": a source's condition,
  not an appeal to anyone.
* Unnamed addressees: "urged its partners to back its plan for Western Sahara", "urged African leaders to back
  reform of the UN Security Council": the appeal goes to the unnamed group, not to a party the asked act names
  (no target); "Japan urged its citizens to leave Lebanon" is advice to the actor's own nationals (no event).
* Demands turned down: "Ankara rebuffed Athens' demand that it stop drilling" is Athens' demand on Ankara; a
  bare "China's demands have grown" (no "for", no party it is made on) is a description, not an event.
* Asked supplies: "urged Germany to supply more air defence systems" asks for military aid (0232), "to send more
  aid / funds" for aid (023).
* Courtesy calls: "the envoy called on King Abdullah in Amman" with nothing asked of him (no "to V", no "for
  ...") is a visit, not "called on X to V".
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["asked_for", "asked_supply", "not_made_appeal", "unaddressed_demand", "unnamed_addressee"]

log = logging.getLogger(__name__)

# what a court appeal contests, and the bodies it goes to
_RULINGS = frozenset({"verdict", "ruling", "sentence", "conviction", "judgment", "judgement", "decision",
                      "acquittal", "order", "injunction", "sentencing", "decree", "disqualification", "fine"})
_COURTS = frozenset({"court", "tribunal", "judge", "bench", "chamber"})
# verbs that keep a text from being adopted, and the texts that carry a call
_BLOCKING = frozenset({"veto", "block", "reject", "oppose", "torpedo", "scupper", "defeat", "thwart", "derail",
                       "sink", "kill", "stall"})
_TEXTS = frozenset({"resolution", "draft", "statement", "declaration", "motion", "text", "communique", "bill",
                    "amendment", "proposal", "letter", "petition"})
_ROOTS = frozenset({"02", "10"})
_ASKING = frozenset({"ask", "request", "beg", "plead"})
_NAMING = frozenset({"name", "identify", "quote", "cite", "disclose", "publish"})
_ANONYMITY = frozenset({"anonymity", "confidentiality"})
_ASKED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl", "dobj"})


def _anonymity(tok: Token) -> bool:
    """'asked not to be named / identified / quoted', 'requested anonymity': a source's condition."""
    return any((c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING and any(
        g.dep_ == "neg" for g in (*kids(c), *kids(tok)))) or (
        c.dep_ == "dobj" and c.lemma_.lower() in _ANONYMITY) for c in kids(tok))


def _courtesy_call(tok: Token) -> bool:
    """'called on King X (in Amman)': a call on someone that asks nothing of them (no 'to V', no 'for ...')."""
    called = [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in kids(c)
              if g.dep_ == "pobj"]
    return bool(called) and not any(c.dep_ in _ASKED_DEPS or (c.dep_ == "prep" and c.lower_ == "for")
                                    for c in kids(tok)) and \
        not any(c.dep_ in _ASKED_DEPS for g in called for c in kids(g))


def _court_appeal(tok: Token) -> bool:
    """'appealed the verdict', 'appealed against the ruling', 'appealed to the Supreme Court': a legal appeal."""
    for c in kids(tok):
        if c.dep_ == "dobj" and c.lemma_.lower() in _RULINGS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("against", "to") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in (_RULINGS if c.lower_ == "against" else _COURTS)
                for g in kids(c)):
            return True
    return False


def not_made_appeal(code: str, trigger: Token) -> bool:
    """Whether an appeal or demand (02, 10) found on ``trigger`` is not one its actor made: a court appeal, a
    source's anonymity, a courtesy call, or the call of a text the actor vetoed, blocked or rejected. Cheap facts
    first: the code's root and the lemma."""
    if code[:2] not in _ROOTS:
        return False
    lemma = trigger.lemma_.lower()
    if code[:2] == "02" and trigger.pos_ == "VERB" and (
            (lemma == "appeal" and _court_appeal(trigger)) or (lemma in _ASKING and _anonymity(trigger)) or (
            lemma == "call" and _courtesy_call(trigger))):
        return True
    if trigger.dep_ in ("acl", "relcl") and trigger.pos_ == "VERB":
        text = trigger.head
        return text.lemma_.lower() in _TEXTS and text.dep_ in ("dobj", "nsubjpass") and \
            text.head.lemma_.lower() in _BLOCKING
    return False


# addressees that name a group but no party: the appeal has no target unless a name qualifies them
_GROUPS = frozenset({"partner", "ally", "donor", "leader", "community", "neighbour", "neighbor", "counterpart",
                     "member", "nation", "country", "state", "friend", "lender", "creditor", "investor", "capital",
                     "government", "official", "lawmaker", "legislator", "world"})
_OWN_PEOPLE = frozenset({"citizen", "national", "resident", "expatriate", "traveller", "traveler", "people", "public"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_URGING = frozenset({"urge", "ask", "call", "appeal", "implore", "exhort", "encourage", "press", "beg", "plead"})


def unnamed_addressee(code: str, trigger: Token) -> str | None:
    """'own' when an appeal (02) is addressed to the actor's own (or unqualified) citizens, 'group' when to a group
    no name qualifies ('its partners', 'African leaders', 'the international community'); else None."""
    if code[:2] != "02" or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _URGING:
        return None
    heads = [c for c in kids(trigger) if c.dep_ == "dobj"]
    heads += [g for c in kids(trigger) if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for g in kids(c)
              if g.dep_ == "pobj"]
    if len(heads) != 1 or heads[0].pos_ != "NOUN":
        return None
    head = heads[0]
    lemma = head.lemma_.lower()
    if head.ent_type_ in _NAMED or any(c.ent_type_ in _NAMED or c.pos_ == "PROPN" for c in kids(head) if c.dep_ in (
            "poss", "compound", "amod", "nmod")) or any(c.dep_ == "prep" and c.lower_ in ("of", "in", "from")
                                                        for c in kids(head)):
        return None
    if lemma in _OWN_PEOPLE:
        return "own"
    return "group" if lemma in _GROUPS else None


_SUPPLYING = frozenset({"supply", "send", "deliver", "provide", "give", "ship", "transfer", "donate", "speed", "step",
                        "increase", "boost", "release", "disburse", "extend", "deploy", "dispatch"})
_ARMS = frozenset({"weapon", "arm", "arms", "ammunition", "munition", "missile", "tank", "jet", "fighter", "warplane",
                   "artillery", "shell", "drone", "howitzer", "interceptor", "battery", "defence", "defense"})
_AID = frozenset({"aid", "assistance", "funding", "fund", "loan", "relief", "money", "financing", "credit"})


# forces sent to guard or help a country: an appeal for military protection or peacekeeping (0234)
_FORCES = frozenset({"troop", "troops", "soldier", "peacekeeper", "force", "forces", "contingent", "battalion"})
# what kind of aid the asked aid is, by its modifiers: humanitarian (0233), economic (0231)
_RELIEF = frozenset({"food", "humanitarian", "emergency", "medical", "medicine", "relief", "famine", "flood",
                     "drought", "disaster", "shelter", "tent", "grain", "vaccine"})
_MONEY = frozenset({"economic", "financial", "budget", "budgetary", "loan", "credit", "fund", "funds", "funding",
                    "money", "cash", "financing", "bailout", "dollar", "euro", "debt", "reconstruction"})


def asked_supply(verb: Token) -> str | None:
    """The appeal sub-code of an asked act of supplying: arms (0232), forces (0234: "to send troops") or aid
    (023); None for any other act."""
    if verb.lemma_.lower() not in _SUPPLYING:
        return None
    things = [c for c in kids(verb) if c.dep_ == "dobj"]
    things += [g for t in list(things) for c in kids(t) if c.dep_ == "prep" and c.lower_ == "of"
               for g in kids(c) if g.dep_ == "pobj"]
    lemmas = {w.lemma_.lower() for t in things for w in (t, *kids(t))
              if w.dep_ in ("dobj", "pobj", "compound", "amod")}
    if lemmas & _ARMS:
        return "0232"
    if {t.lemma_.lower() for t in things} & _FORCES:
        return "0234"
    return "023" if lemmas & _AID else None


# the head nouns of aid asked "for" ("for food aid", "for a new loan", "for more air defence systems")
_AID_HEADS = frozenset(_AID | (_ARMS - {"defence", "defense", "battery", "shell"}) | {
    "bailout", "funds", "cash", "food", "medicine", "vaccine", "shelter", "tent", "grain"})


def asked_for(verb: Token) -> str | None:
    """The appeal sub-code of the aid an appeal asks "for": 'appealed to donors for food aid' (0233), 'asked the
    IMF for a new loan' (0231), 'pressed its partners for more tanks' (0232); None when it asks for no aid."""
    holders = [verb, *(c for c in kids(verb) if c.dep_ == "dobj")]
    holders += [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ != "for" for g in kids(c) if g.dep_ == "pobj"]
    things = [g for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ == "for"
              for g in kids(p) if g.dep_ == "pobj" and g.lemma_.lower() in _AID_HEADS]
    if not things:
        return None
    lemmas = {w.lemma_.lower() for t in things for w in (t, *(c for c in kids(t) if c.dep_ in ("compound", "amod")))}
    if lemmas & _ARMS:
        return "0232"
    if "debt" in lemmas:
        return "0231"  # ("for debt relief")
    return "0233" if lemmas & _RELIEF else "0231" if lemmas & _MONEY else "023"


# verbs that turn a demand down, which shows it was made on their subject
_TURNING_DOWN = frozenset({"reject", "rebuff", "dismiss", "spurn", "snub", "ignore", "refuse", "decline", "defy"})


def unaddressed_demand(code: str, trigger: Token, has_target: bool) -> bool:
    """A nominal demand with no preposition that nobody is said to turn down ('China's demands have grown', 'met
    the strikers' demands'): no demand event. ('X rejected Y's demand that ...' is one, made on X.)"""
    if code != "100" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() != "demand" or any(
            c.dep_ == "prep" for c in kids(trigger)):
        return False
    return not has_target or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in _TURNING_DOWN
