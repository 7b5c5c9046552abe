"""Material cooperation, aid and yielding (CAMEO 06, 07, 08): argument readings these families need.

* Joint activity with a named partner ("X held joint drills with Y", "X's troops, in a joint operation with
  Y's forces, ...") is done by each party with the other: coded both ways, like "X and Y held joint drills";
  a joint activity named in a frame ("in a joint operation with Y") is done by the clause's subject.
* A place target is also read inside its phrase ("withdrew from the city of Kherson", "from villages in
  Armenia"); aid to people who name no actor goes to where they are ("food to flood victims in Pakistan").
* Object words the parse puts elsewhere: "allowed IAEA inspectors to visit" (the clause's subject), "set X free".
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from geoevents.coding.fighting import mutual_with
from geoevents.coding.patterns import Rule
from geoevents.coding.roles import participle_object
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import RECIPROCAL

__all__ = ["JOINT_MODIFIERS", "allowed_lemmas", "both_ways", "civil_joint_act", "cooperation_kind",
           "joint_act", "joint_frame_subject", "joint_with", "located_in", "place_heads", "set_free", "topic_heads",
           "unshared_production"]

log = logging.getLogger(__name__)

JOINT_MODIFIERS = frozenset({"joint", "combined", "bilateral", "trilateral", "multilateral"})
PARTNER_PREPS = frozenset({"with", "alongside"})
# frames that say an act was done as (part of) a joint activity: "in a joint operation", "during joint drills"
FRAME_PREPS = frozenset({"in", "during", "as", "under", "through"})
# moves done side by side with a partner's forces are joint by nature: "sailed alongside X's warships"
SHARED_MOVES = frozenset({"sail", "fly", "patrol"})
# verbs that take a partner as object and the joint act in an "in" phrase: "X joined Y in naval drills"
JOINING = frozenset({"join"})
# prepositions by which a joint act names its own parties: "a joint patrol by X and Y", "joint drills between X and Y"
_OWN_PARTY_PREPS = frozenset({"by", "between"})


# what a joint act of armed forces is called ("held joint drills", "launched a joint raid", "wrapped up joint
# counter-terrorism training"), or a word that makes it military ("a joint naval exercise", "joint war games")
JOINT_FORCE_NOUNS = frozenset({
    "drill", "exercise", "maneuver", "manoeuvre", "wargame", "game", "patrol", "operation", "offensive", "mission",
    "raid", "strike", "airstrike", "assault", "attack", "sortie", "flight", "training", "manhunt", "crackdown",
    "sweep", "deployment", "campaign", "cruise", "sail", "flyover", "flypast", "escort", "counteroffensive", "op",
    "practice", "rehearsal", "war", "warfare", "maneuvering", "manoeuvring", "landing", "blockade", "evacuation"})
JOINT_FORCE_MODIFIERS = frozenset({
    "military", "naval", "navy", "army", "air", "marine", "troop", "combat", "defence", "defense", "security",
    "peacekeeping", "counter-terrorism", "counterterrorism", "anti-terror", "anti-terrorism", "counter-insurgency",
    "counterinsurgency", "anti-piracy", "maritime", "war", "missile", "artillery", "amphibious", "submarine",
    "warship", "bomber", "fighter", "tank", "infantry", "rescue", "search"})


def civil_joint_act(rule: Rule, tok: Token) -> bool:
    """Whether a joint-act row of 062 ("held joint drills with Y") meets a joint thing that is not an act of armed
    forces: "students held a joint debate with ...", "launched a joint investment fund with Y", "a joint
    statement", "a joint press conference" (no military cooperation)."""
    if rule.code != "062" or not rule.objects & JOINT_MODIFIERS:
        return False
    objects = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return False
    heads = [h for o in objects for h in (o, *o.conjuncts)]
    words = {h.lemma_.lower() for h in heads} | {
        m.lemma_.lower() for h in heads for m in kids(h) if m.dep_ in ("amod", "compound", "nmod")}
    return not words & (JOINT_FORCE_NOUNS | JOINT_FORCE_MODIFIERS)


# verbs of making arms whose 062 rows read co-production: "X and Y jointly produce missiles", "built drones with Y"
PRODUCING_VERBS = frozenset({"produce", "manufacture", "build", "develop", "assemble"})
_TOGETHER = frozenset({"jointly", "together", "collaboratively"})


def unshared_production(rule: Rule, tok: Token) -> bool:
    """Whether a co-production 062 row meets arms a party makes alone: "Poland produces shells", "Iran and Russia
    produce drones" (each its own) are no cooperation; "jointly produce", "build drones with Y" are."""
    if rule.code != "062" or rule.lemma not in PRODUCING_VERBS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in kids(tok)):
        return False
    held = [g for c in kids(tok) if c.dep_ == "dobj" for g in kids(c)]  # "drones with Y"
    return not (rule.preps and any(  # a named partner, not "with Western components"
        c.dep_ == "prep" and c.lower_ in rule.preps and any(g.dep_ == "pobj" and (
            g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG")) for g in kids(c)) for c in (*kids(tok), *held)))


_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic_heads(tok: Token) -> list[Token]:
    """The topics of information given ("passed intelligence on the plot to Y"): the parser may hang the one it
    was given to on the topic, which is itself no recipient."""
    holders = [tok, *(c for c in kids(tok) if c.dep_ == "dobj")]
    holders += [o for o in (participle_object(tok),) if o is not None]  # ("passed targeting data on X to Y")
    return [g for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
            for g in kids(c) if g.dep_ == "pobj"]


def _joint(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in JOINT_MODIFIERS for c in kids(noun))


def joint_act(noun: Token) -> bool:
    """Whether the noun is a joint act that names its own parties ("a joint patrol by X and Y", "X and Y's joint
    drills"): a verb taking it as object ("Chinese ships shadowed the joint patrol by ...") does not consume it."""
    return _joint(noun) and any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in _OWN_PARTY_PREPS)
                                for c in kids(noun))


def joint_with(tok: Token, rule: Rule, code: str) -> bool:
    """Whether a 062 event is a joint activity with the partner named by "with"/"alongside" (coded both ways).

    The activity must be called joint ("joint drills", "a combined patrol") on the trigger or its object, or be a
    move side by side ("patrolled with X", "sailed alongside X"); "trained with X" or "cooperated with X" are left
    one-way; "X joined Y in drills" is joint by the verb."""
    if code[:3] == "062" and rule.lemma in JOINING and "in" in rule.preps and tok.pos_ in ("VERB", "AUX"):
        return True  # "X joined Y in drills": Y drilled with X as well
    if code[:3] != "062" or not rule.preps & PARTNER_PREPS or rule.source == "between":
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        return _joint(tok)
    return rule.lemma in SHARED_MOVES or any(c.dep_ in ("dobj", "nsubjpass") and _joint(c) for c in kids(tok))


def both_ways(tok: Token, rule: Rule, code: str) -> bool:
    """Whether each pair is coded in both directions: "clashes between X and Y", "joint drills with Y"."""
    return (rule.source == "between" and (code[:3] in RECIPROCAL or code in RECIPROCAL)) or joint_with(
        tok, rule, code) or mutual_with(tok, rule, code)


def joint_frame_subject(tok: Token) -> Token | None:
    """The subject of the clause that a joint activity frames: "X entered Y in a joint operation with Z" -> X."""
    if not _joint(tok) or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() == "part" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "as part of a joint operation"
    if prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in kids(prep.head) if c.dep_ == "nsubj"), None)


OWN_ROOTS = frozenset({"01", "06", "07", "08"})  # (01: "following the fighting in Y's Amhara region")
# a place named inside the phrase: "from the city of X", "villages in X", "positions near / around / outside X"
_INNER_PREPS = frozenset({"of", "in", "near", "around", "outside"})


def place_heads(tok: Token, pobjs: list[Token], code: str) -> list[Token]:
    """Where a place target is read: the prepositional objects, for 06-08 also the places named inside them
    ("withdrew from the city of Kherson", "from villages in Armenia", "from positions near Kyiv", "invested in
    Zambia's copper mines") and those of a preposition hung on an adverb ("pulled its troops back from Kyiv", "out of
    Tigray"); then the object and compounds."""
    own = [c for c in kids(tok) if c.dep_ in ("dobj", "compound")]
    if code[:2] not in OWN_ROOTS:
        return [*pobjs, *own]
    pobjs = [*pobjs, *(g for c in kids(tok) if c.dep_ in ("advmod", "prt") or (c.dep_, c.lower_) == ("prep", "out")
                       for p in kids(c) if p.dep_ == "prep" for g in kids(p) if g.dep_ == "pobj")]
    inner = [c for p in pobjs for c in kids(p) if c.dep_ in ("poss", "compound")]
    inner += [g for p in pobjs for c in kids(p) if c.dep_ == "prep" and c.lower_ in _INNER_PREPS
              for g in kids(c) if g.dep_ == "pobj"]
    return [*pobjs, *inner, *own]


def located_in(tok: Token, pobjs: list[Token]) -> list[Token]:
    """Where the recipients of aid are: "food to flood victims in Pakistan", "medicine for hospitals in Gaza"
    (the parser may hang "in Pakistan" on the verb). Asked only when the recipients name no actor."""
    if not pobjs:
        return []
    return [g for p in (*pobjs, tok) for c in kids(p) if c.dep_ == "prep" and c.lower_ in ("in", "inside")
            for g in kids(c) if g.dep_ == "pobj"]


ALLOWING_VERBS = frozenset({"allow", "permit", "let"})


def allowed_lemmas(tok: Token) -> set[str]:
    """What an allowing verb lets in when the parse makes it the subject of a clause: "allowed IAEA inspectors
    to visit the site", "allowed aid trucks to cross" -> {inspector, iaea, truck, aid} (for the 086x rows)."""
    if tok.lemma_.lower() not in ALLOWING_VERBS:
        return set()
    subjects = [g for c in kids(tok) if c.dep_ in ("ccomp", "xcomp") for g in kids(c) if g.dep_ == "nsubj"]
    return {s.lemma_.lower() for s in subjects} | {m.lemma_.lower() for s in subjects for m in kids(s)
                                                  if m.dep_ in ("compound", "amod")}


# small-clause labels the parser may hang on the verb as a modifier: "set X free" (0841), "held X responsible" (112)
_HUNG_LABELS = {"set": frozenset({"free"}),
                "hold": frozenset({"responsible", "accountable", "liable", "culpable"})}
_HUNG = frozenset({"advmod", "advcl", "acomp", "oprd", "xcomp", "ccomp", "prt"})
# what is given "as aid" says the aid's kind: "shipped dates to Syria as humanitarian assistance" (07x)
_GIVING = frozenset({"send", "ship", "deliver", "give", "donate", "provide", "supply", "transfer", "hand", "airlift",
                     "dispatch", "fly"})
_AID_NOUNS = frozenset({"aid", "assistance", "relief", "donation", "gift", "help"})


def set_free(tok: Token) -> set[str]:
    """Object words the parse hangs elsewhere on the verb: the label of "set X free" / "held X responsible"
    ({"free"} for the 0841 row, {"responsible"} for the 112 row) and the kind of aid of a thing given "as
    humanitarian aid" / "as military assistance" ({"humanitarian", "assistance"} for the 07x rows)."""
    lemma = tok.lemma_.lower()
    labels = _HUNG_LABELS.get(lemma)
    if labels is not None:
        return {c.lower_ for c in kids(tok) if c.lower_ in labels and c.dep_ in _HUNG}
    if lemma not in _GIVING:
        return set()
    kinds = [g for h in (tok, *(c for c in kids(tok) if c.dep_ == "dobj")) for c in kids(h)
             if c.dep_ == "prep" and c.lower_ == "as" for g in kids(c) if g.dep_ == "pobj"
             and g.lemma_.lower() in _AID_NOUNS]
    return {g.lemma_.lower() for g in kinds} | {
        m.lemma_.lower() for g in kinds for m in kids(g) if m.dep_ in ("amod", "compound")}


# the kind of a generic cooperation (060) by its noun's modifiers: "deepen naval cooperation" (062), "boost
# economic cooperation" (061)
_COOPERATION_NOUNS = frozenset({"cooperation", "collaboration", "coordination"})
_MILITARY_KINDS = frozenset({"military", "defence", "defense", "naval", "army", "maritime", "arms", "counterterrorism",
                             "counter-terrorism"})
_INTELLIGENCE_KINDS = frozenset({"intelligence", "intel"})
_JUDICIAL_KINDS = frozenset({"judicial", "legal", "extradition", "police", "policing", "justice"})
_ECONOMIC_KINDS = frozenset({"economic", "trade", "energy", "investment", "commercial", "industrial", "financial",
                             "agricultural"})


def cooperation_kind(tok: Token, kind: str, code: str) -> str:
    """062, 064, 063 or 061 for a generic cooperation (060) whose cooperation noun says military, intelligence,
    judicial or economic; else ``code``."""
    if code != "060":
        return code
    nouns = [tok] if kind == "noun" else [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    words = {m.lemma_.lower() for n in nouns if n.lemma_.lower() in _COOPERATION_NOUNS
             for m in kids(n) if m.dep_ in ("amod", "compound")}
    if words & _MILITARY_KINDS:
        return "062"
    if words & _INTELLIGENCE_KINDS:
        return "064"  # "agreed to expand intelligence cooperation with Y"
    if words & _JUDICIAL_KINDS:
        return "063"
    return "061" if words & _ECONOMIC_KINDS else code
