"""Realised material cooperation and aid (CAMEO 06, 07) worded without "cooperation" or "aid".

* ``unfit_material``: "X and Y inaugurated a railway", "X opened a border market with Y", "X and Y laid the foundation
  stone of a rail link" realise economic cooperation (061, each with the other). The same verbs with one actor and
  no partner ("Ethiopia inaugurated a dam", "Israel began construction of homes in the West Bank") are a domestic
  act, not cooperation: the 061 project rows of these verbs give no event unless a partner is named (coordinated
  subjects or agents, or a "with" / "alongside" object).
* ``unfit_material`` also holds "provided training to X" (062) to forces ("provided military training to X",
  "gave training to X's soldiers"; "training to farmers" is no military cooperation), "took part in" to drills,
  "passed targeting data to X" (064) to a giving verb (the parser reads "targeting" as a verb taking the data), and
  "received training from X" (062) to forces: "Kenyan commandos received training from US instructors" is military
  cooperation, "farmers received training from Indian experts" is not.
* ``unpartnered_joint_act``: "X carried out / launched a joint operation" fits its 062 row only with a named partner
  ("with Y's forces": each with the other); "X and Y launched joint operations against Z" is left to the force rows.
* ``unfit_material`` holds the bare "X's support for Y" row (072) to support for forces, rebels or an offensive
  ("condemned Rwanda's support for the M23 offensive": coding_gold.md, batch b); support for a plan is no aid.
* ``received_by``: "Ecuador received helicopters donated by the United States", "Iraq took delivery of medicines
  sent by Iran": the aid verb of a participle on what the subject received is given to that subject (07).
* ``on_mission``: "Turkish instructors arrived in Mogadishu to train Somalia's army", "Chinese doctors landed in
  Lilongwe to treat cholera patients": cooperation or aid that is the purpose of an arrival or deployment that took
  place is realised with it (06, 07); other purposes stay unasserted ("arrived to discuss", "flew to Cairo to help
  broker a truce").
* ``taking_part``: "the drills, involving warships from X, Y and Z, began", "an exercise bringing together troops
  of X and Y": the parties a drill noun's participle names are its doers; ``joint_drill``: drills of two or more
  parties and no other party named are done by each with each other (062 both ways: coding_gold.md, "Coordination").
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.modality import Modality, modality_of
from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids
from geoevents.models import Actor

__all__ = ["aid_phrases", "joint_drill", "on_mission", "received_by", "taking_part", "unfit_material",
           "unpartnered_joint_act"]

log = logging.getLogger(__name__)

# what an armed party's support is for when it is military aid: "X's support for Somali forces / the M23 offensive"
ARMED_NOUNS = frozenset({"force", "rebel", "militia", "fighter", "army", "troop", "offensive", "insurgent", "militant",
                         "insurgency", "paramilitary", "military", "soldier", "guerrilla", "separatist", "proxy"})
# verbs whose 061 rows (verbs.csv: a railway, pipeline, power line, border market ...) name a project opened or begun
PROJECT_VERBS = frozenset({"inaugurate", "open", "launch", "commission", "lay", "begin", "start", "complete"})
_PARTNER_PREPS = frozenset({"with", "alongside"})
_DOERS = ("nsubj", "nsubjpass", "agent")
_TRAINING_VERBS = frozenset({"receive", "get", "undergo"})
# who receives military training: the subject's noun, or a military word on "training"
_FORCES = frozenset({"troop", "soldier", "force", "personnel", "marine", "paratrooper", "unit", "brigade", "battalion",
                     "army", "navy", "military", "commando", "pilot", "officer", "recruit", "guard", "police",
                     "policeman", "cadet", "crew", "serviceman", "servicemember", "sailor", "gendarme", "gendarmerie",
                     "infantry", "combat", "tactical", "counterterrorism", "weapon", "naval", "fighter", "special"})
# arrivals and deployments whose purpose ("to train X") is carried out by being there
_ARRIVING = frozenset({"arrive", "land", "deploy", "dispatch", "send", "fly", "come", "station", "base", "post"})
# things a verb of releasing issues, not sets free: "released figures / a video / the results"
_ISSUED_THINGS = frozenset({"data", "result", "statistic", "footage", "video", "image", "photo", "picture", "report",
                            "finding", "detail", "document", "transcript", "recording", "map", "list", "forecast",
                            "estimate", "survey", "study", "poll", "album", "film", "book", "song", "budget", "plan"})
_DATA_WORDS = frozenset({"census", "trade", "economic", "preliminary", "provisional", "sales", "growth", "inflation",
                         "unemployment", "population", "export", "import", "casualty", "production", "output", "gdp",
                         "monthly", "annual", "quarterly", "revised", "official", "latest", "poll", "polling"})


def _released_thing(tok: Token) -> bool:
    """Whether what a 'release' verb acts on is a text or a number ('figures released by the statistics office',
    'released a video of the raid', 'released the census figures'): issued, not set free."""
    things = [tok.head] if tok.dep_ == "acl" else [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    return bool(things) and all(
        t.lemma_.lower() in _ISSUED_THINGS or (t.lemma_.lower() == "figure" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in _DATA_WORDS for c in kids(t))) for t in things)


# "help X (fight Y)" is aid; helping to settle ("flew to Cairo to help broker a ceasefire") is mediation, not aid
_HELPING = frozenset({"help", "assist", "aid", "support"})
_SETTLING = frozenset({"broker", "mediate", "negotiate", "secure", "reach", "resolve", "end", "defuse", "ease",
                       "facilitate", "arrange", "revive", "salvage", "restart", "settle", "calm", "finalize"})
_GIVING = frozenset({"pass", "provide", "give", "share", "supply", "hand", "feed", "send", "transfer", "relay",
                     "forward", "furnish", "deliver"})
_RECEIVING = frozenset({"receive", "get", "obtain", "accept", "take", "welcome"})
# what intelligence given by X did for Y: "intelligence provided by X helped / allowed / enabled Y to ..." (064 to Y)
_ENABLING = frozenset({"help", "allow", "enable", "assist", "aid"})
# verbs of force whose 062 rows read a joint operation with a partner ("mounted a joint raid with X"); without the
# partner ("X and Y launched joint operations against Z") the force rows (190) keep the act
_JOINT_ACT_VERBS = frozenset({"carry", "launch", "mount", "undertake"})
# a sports body or a sport's tour: "the cricket board called off its tour of X" cancels a fixture, not a visit (160)
_SPORT_BODIES = frozenset({"team", "squad", "club", "board", "federation", "association", "side", "eleven"})
_SPORTS = frozenset({"football", "soccer", "cricket", "rugby", "basketball", "hockey", "volleyball", "handball",
                     "tennis", "olympic", "baseball", "polo", "chess", "athletics", "golf", "netball", "sport"})


def _sporting_tour(verb: Token) -> bool:
    """Whether a cancelled tour is a sporting one: a sport's body cancels it, or the tour is a sport's."""
    heads = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(h.lemma_.lower() in _SPORTS or ((h.dep_ == "dobj" or h.lemma_.lower() in _SPORT_BODIES) and any(
        m.dep_ in ("compound", "amod") and m.lemma_.lower() in _SPORTS for m in kids(h))) for h in heads)


def unfit_material(tok: Token, kind: str, rule: Rule) -> bool:
    """Whether a 061 project row, a 062 training row or the bare 072 support row fits a trigger that does not
    realise the cooperation or aid."""
    if kind == "noun" and rule.code == "072" and rule.lemma == "support" and not rule.objects:
        return not any(m.lemma_.lower() in ARMED_NOUNS for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "for"
                       for g in kids(c) if g.dep_ == "pobj" for h in (g, *g.conjuncts) for m in (h, *kids(h))
                       if m.i == h.i or m.dep_ in ("compound", "amod"))  # "Rwanda's support for the M23 offensive"
    if rule.code == "160" and kind == "verb" and "tour" in rule.objects:
        return _sporting_tour(tok)  # "the cricket board suspended its tour of Sri Lanka": sport, no relations cut
    if kind == "verb" and rule.code == "0841" and not rule.objects:
        return _released_thing(tok)  # "census figures released by X", "released a video": no one set free
    if kind != "verb" or rule.code[:2] != "06":
        return False
    if rule.code == "064" and rule.lemma == "target":  # "passed targeting data to X" (parsed as a verb "targeting")
        return tok.dep_ not in ("xcomp", "advcl", "amod") or tok.head.lemma_.lower() not in _GIVING or not any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") for c in kids(tok))  # (the one given it named)
    if rule.code == "062" and rule.lemma in _TRAINING_VERBS:
        return not any(m.lemma_.lower() in _FORCES for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                       for m in (c, *kids(c)))
    if rule.code == "062" and rule.lemma == "take" and "part" in rule.objects:  # "took part in the drills"
        return not any(g.lemma_.lower() in DRILL_NOUNS for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "in"
                       for g in kids(c) if g.dep_ == "pobj")
    if rule.code == "062" and "training" in rule.objects and rule.preps:  # "provided training to X's soldiers"
        held = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
        given = [g for p in (*(c for h in held for c in kids(h)), *kids(tok)) if p.dep_ == "prep" and
                 p.lower_ in rule.preps for g in kids(p) if g.dep_ == "pobj"]  # "to Mozambican soldiers"
        return not any(m.lemma_.lower() in _FORCES for h in (*held, *given) for m in (h, *kids(h)))
    if rule.code != "061" or rule.lemma not in PROJECT_VERBS:
        return False
    held = [g for c in kids(tok) if c.dep_ == "dobj" for g in kids(c)]  # "a joint fund with Egypt"
    for c in (*kids(tok), *held):
        if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS and any(g.dep_ == "pobj" for g in kids(c)):
            return False  # "opened a border market with Iran"
        if c.dep_ in _DOERS:
            doer = next((g for g in kids(c) if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
            if doer.conjuncts or any(m.conjuncts for m in kids(doer) if m.dep_ in ("amod", "compound")) or any(
                    g.conjuncts for m in kids(doer) if m.dep_ == "prep" and m.lower_ == "of" for g in kids(m)):
                return False  # "China and Kenya", "Indian and Bangladeshi officials", "the leaders of X and Y"
    return True


def unpartnered_joint_act(rule: Rule, tok: Token) -> bool:
    """Whether a joint-operation 062 row of a force verb ("carried out a joint raid") names no partner ("with Y")."""
    if rule.code != "062" or rule.lemma not in _JOINT_ACT_VERBS or "joint" not in rule.objects:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for c in (*kids(tok), *(
        g for o in kids(tok) if o.dep_ == "dobj" for g in kids(o))))


def received_by(tok: Token, code: str) -> Token | None:
    """The subject that received what an aid participle qualifies: "Ecuador received helicopters donated by X"."""
    if code[:2] not in ("07", "06") or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return None
    held = tok.head
    if code == "064":
        return _helped(tok, held)
    if code[:2] != "07":
        return None
    if held.dep_ == "pobj" and held.head.lower_ == "of":
        held = held.head.head  # "received a cargo of medicines sent by X"
    if held.dep_ != "dobj":
        return None
    verb = held.head
    if verb.lemma_.lower() not in _RECEIVING or not any(c.dep_ == "agent" for c in kids(tok)):
        return None
    return next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)


def _helped(tok: Token, held: Token) -> Token | None:
    """Who the intelligence a participle qualifies helped: "Intelligence provided by X helped Kenyan police foil the
    plot", "data supplied by X allowed Chadian troops to locate ..." (the object, or the complement's subject)."""
    if held.dep_ != "nsubj" or held.head.lemma_.lower() not in _ENABLING or not any(
            c.dep_ == "agent" for c in kids(tok)):
        return None
    verb = held.head
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    return next((g for c in kids(verb) if c.dep_ in ("ccomp", "xcomp") for g in kids(c)
                 if g.dep_ in ("nsubj", "compound") and g.i < c.i), None)


def on_mission(pred: Token, code: str, mod: Modality) -> Modality:
    """``mod`` made plain for a 06 / 07 act that is the purpose of an arrival that took place (see module doc)."""
    if not mod.speculative or mod.negated or code[:2] not in ("06", "07") or pred.dep_ not in ("advcl", "xcomp") \
            or pred.head.lemma_.lower() not in _ARRIVING or pred.head.pos_ != "VERB" or \
            _helps_do(pred) or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in kids(pred)):
        return mod
    arrival = modality_of(pred.head)
    if arrival.negated or arrival.speculative or arrival.future or arrival.intent:
        return mod
    return replace(mod, speculative=False)


def _helps_do(pred: Token) -> bool:
    """'help broker a truce', 'help mediate talks': helping to settle, no aid given."""
    return pred.lemma_.lower() in _HELPING and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _SETTLING
                                                   for c in kids(pred))


DRILL_NOUNS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "wargame", "war-game", "patrol"})
# participles naming who takes part in a drill: "involving ships from X and Y", "bringing together X and Y"
_INVOLVING = frozenset({"involve", "include", "feature", "bring", "gather", "unite", "comprise", "see"})
_FROM_PREPS = frozenset({"from", "of"})


def taking_part(noun: Token, code: str) -> tuple[Token, list[Token]] | None:
    """The participle and participant tokens of a drill noun: "the drills, involving warships from X, Y and Z"
    (X: its conjuncts are read with it), "drills involving Thai and Malaysian marines" (the marines)."""
    if code[:3] not in ("150", "062") or noun.lemma_.lower() not in DRILL_NOUNS:
        return None
    for v in kids(noun):
        if v.dep_ not in ("acl", "relcl") or v.lemma_.lower() not in _INVOLVING or any(
                c.dep_ == "neg" for c in kids(v)):
            continue
        heads = [c for c in kids(v) if c.dep_ == "dobj"] or [
            g for c in kids(v) if c.dep_ == "prt" for g in kids(c) if g.dep_ == "pobj"]
        out = [next((g for p in kids(h) if p.dep_ == "prep" and p.lower_ in _FROM_PREPS
                     for g in kids(p) if g.dep_ == "pobj"), h) for h in heads]
        if out:
            return v, out
    return None


def joint_drill(tok: Token, kind: str, code: str, sources: list[Actor]) -> bool:
    """Whether a drill noun of two or more parties is done by each with the others (see ``taking_part``)."""
    return kind == "noun" and code[:3] == "150" and tok.lemma_.lower() in DRILL_NOUNS and len(
        {s.country_code for s in sources}) > 1


# what a sum is given "in": "pledged 4.5 billion dollars in new aid to Ukraine" (the parser hangs "to Ukraine" on
# "aid", not on the verb)
_AID_KINDS = frozenset({"aid", "assistance", "support", "funding", "loan", "grant", "help", "relief", "credit",
                        "financing", "investment", "donation", "contribution"})


def aid_phrases(tok: Token) -> list[Token]:
    """The aid nouns of "in aid / in loans" on a verb or its object, which may carry the recipient's "to / for"."""
    holders = [tok, *(c for c in kids(tok) if c.dep_ == "dobj")]
    return [g for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ == "in"
            for g in kids(c) if g.dep_ == "pobj" and g.lemma_.lower() in _AID_KINDS]
