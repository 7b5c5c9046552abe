"""A protest act and the "to protest" that gives its purpose: one event.

coding_gold.md codes a strike or hunger strike done "to protest against X" (or "in protest at X") as that act
alone: "began a hunger strike to protest against her detention" is 142, not also a 141 rally; "dockers went on
strike to protest against privatisation" is 143. The infinitive names the act's aim.

Property a crowd of protesters or rioters burns or wrecks is a violent protest (145) as well as the destruction
of property (1712), as the labelled conventions code "rioters attacked a hotel, smashing windows and starting
fires" (145).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.found import Found
from geoevents.coding.patterns import Rule
from geoevents.coding.tokens import kids

__all__ = ["protest_row_fits", "purpose_protests", "rioting_crowds"]

# what a labour-strike row's modifiers must qualify: "launched a general strike", not "a general offensive"
_STRIKE_HEADS = frozenset({"strike", "walkout", "stoppage", "shutdown", "hartal", "bandh", "action", "tool",
                           "work"})  # ("struck work")
# what "refused" must take to be a hunger strike: "refused food", not "refused food aid"
_FOOD = frozenset({"food", "meal", "meals", "nourishment"})
# what strikers stay away from or off: "stayed off work", "stayed away from hospitals"
_WORKPLACES = frozenset({"work", "job", "duty", "post", "school", "class", "hospital", "clinic", "office", "factory",
                         "court", "classroom", "desk", "mine", "port"})
_HELD_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "attr", "conj"})


def protest_row_fits(rule: Rule, tok: Token, kind: str) -> bool:
    """Whether a verb row of a labour strike (143, read by the strike's modifiers) or of refusing food (142) has
    the act itself as its object: "went on a general strike", "refused food"; "launched a general offensive",
    "refused food aid" are not (the next row is read). The bare noun row of a strike is "on strike" only."""
    if kind == "noun" and rule.code == "143" and not rule.objects and not rule.preps:
        prep = tok.head  # the bare "strike" row: only "on strike" ("were on strike", not "the strike killed five")
        return tok.dep_ == "pobj" and prep.lower_ == "on" and prep.head.pos_ in ("VERB", "AUX") and prep.i < tok.i
    if kind == "noun" and rule.code == "143" and rule.lemma == "walkout" and any(
            g.lemma_.lower() in _FORUMS for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("from", "of", "at")
            for g in kids(c) if g.dep_ == "pobj"):
        return False  # "a walkout by delegates from the OSCE meeting": leaving a meeting, no labour strike
    if kind == "verb" and rule.code == "141" and tok.dep_ == "acl" and rule.lemma in ("plan", "announce"):
        return False  # "a march planned by the opposition": not yet held (the noun is read on its own)
    if kind == "verb" and rule.particle and rule.code == "143" and rule.lemma == "stay":
        return any(g.dep_ in ("pobj", "dobj") and g.lemma_.lower() in _WORKPLACES for c in kids(tok) if c.dep_ in (
            "prt", "advmod", "prep") for p in (tok, c, *kids(c)) for g in kids(p))  # "stayed away from work"
    if kind != "verb" or not rule.objects or rule.code not in ("143", "142"):
        return True
    heads = _STRIKE_HEADS if rule.code == "143" else _FOOD
    if rule.code == "142" and rule.lemma != "refuse":
        return True
    held = [g for c in kids(tok) if c.dep_ in _HELD_DEPS or c.dep_ == "prep"
            for g in ((c,) if c.dep_ != "prep" else tuple(g for g in kids(c) if g.dep_ == "pobj"))]
    return any(g.lemma_.lower() in heads or g.lower_ in heads for g in held)

# meetings a walkout leaves ("a walkout from the talks"): a protest in a forum, not a labour strike
_FORUMS = frozenset({"meeting", "talk", "talks", "session", "summit", "conference", "negotiation", "negotiations",
                     "debate", "hearing", "assembly", "parliament", "speech", "address", "ceremony", "forum"})
# the verbs of a plain protest (141) that can be the purpose of another protest act
_PROTESTING = frozenset({"protest", "demonstrate", "rally", "march", "picket"})
# the parse links a purpose infinitive to its act by these
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})
# the aims that make a crowd's march no protest: "poured into the streets to celebrate", "marched to commemorate"
_FESTIVE = frozenset({"celebrate", "commemorate", "mark", "mourn", "honour", "honor", "remember", "pray", "worship",
                      "welcome", "greet", "cheer", "watch", "pay"})
# crowds out for leisure, sport or worship: "thousands of tourists filled the streets" is no protest (unless they
# march or rally, or the trigger says protest)
_LEISURE = frozenset({"tourist", "fan", "shopper", "visitor", "spectator", "holidaymaker", "reveller", "reveler",
                      "worshipper", "worshiper", "pilgrim", "commuter", "passenger", "partygoer",
                      "concertgoer", "onlooker", "sightseer", "faithful", "mourner", "well-wisher", "wellwisher"})
# the occasions a crowd gathers "for" that make it no protest: "thronged central Tehran for the funeral of X"
_OCCASIONS = frozenset({"funeral", "burial", "celebration", "parade", "festival", "concert", "match", "game",
                        "final", "carnival", "procession", "coronation", "wedding", "holiday", "festivity"})
# the acts whose "to protest" is their aim: hunger strikes, strikes, blockades and riots ("blocked highways to
# protest against X" is one protest, 144; a march "to protest" is the 141 itself)
_STOPPAGES = frozenset({"142", "143", "144", "145"})


def purpose_protests(found: list[Found]) -> list[Found]:
    """``found`` without a 141 that "protested his innocence" (a plea, no protest), nor a 141 whose trigger is
    the purpose infinitive ("to protest") of the trigger of a strike, hunger strike, blockade or riot (142-145) by
    the same source country: "blocked highways to protest against X" is one protest, told by its form (144).
    A march or rally "to protest against X" is one 141, the aim's; a crowd that marches or fills the streets "to
    celebrate / commemorate / mourn" holds no protest."""
    rallies = [f for f in found if f.code[:3] == "141" and f.trigger.pos_ == "VERB"]
    if not rallies:
        return found  # (most sentences: read nothing more)
    festive = {id(f) for f in rallies if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _FESTIVE and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for c in kids(f.trigger)) or (
        f.trigger.lemma_.lower() not in _PROTESTING and (_leisure_crowd(f.trigger) or _occasion(f.trigger)))}
    protests = [f for f in rallies if f.trigger.lemma_.lower() in _PROTESTING and id(f) not in festive]
    pleas = {id(f) for f in protests if any(c.dep_ == "dobj" and c.lemma_.lower() == "innocence"
                                           for c in kids(f.trigger))}
    found = [f for f in found if id(f) not in pleas and id(f) not in festive]
    plain = [f for f in protests if id(f) not in pleas and f.trigger.dep_ in _PURPOSE_DEPS]
    acts = {(f.trigger.i, f.source.country_code) for f in found if f.code[:3] in _STOPPAGES}
    dropped = {id(f) for f in plain if (f.trigger.head.i, f.source.country_code) in acts and (
        f.trigger.dep_ != "conj" or any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(f.trigger)))}
    aims = {(f.trigger.head.i, f.source.country_code) for f in plain if f.trigger.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(f.trigger))}
    if aims:  # "marched to parliament to protest against the bill": the march's 141 is the aim's
        dropped |= {id(f) for f in rallies if (f.trigger.i, f.source.country_code) in aims}
    return [f for f in found if id(f) not in dropped] if dropped else found


_DESTROY_PROPERTY = "1712"
# the subjects that make an act on property a riot: "rioters torched police stations", "protesters set fire to X"
_CROWDS = frozenset({"rioter", "protester", "protestor", "demonstrator", "mob", "crowd", "marcher", "looter"})


def rioting_crowds(found: list[Found]) -> list[Found]:
    """``found`` with a violent protest (145) added before each destruction of property (1712) by a crowd of
    protesters or rioters, one per pair."""
    if not any(f.code == _DESTROY_PROPERTY for f in found):
        return found  # (most sentences: read nothing more)
    out: list[Found] = []
    seen = {(f.code, f.source.code, f.target.code if f.target is not None else "") for f in found}
    for f in found:
        if f.code == _DESTROY_PROPERTY and any(c.dep_ == "nsubj" and c.lemma_.lower() in _CROWDS
                                               for c in kids(f.trigger)):
            key = ("145", f.source.code, f.target.code if f.target is not None else "")
            if key not in seen:
                seen.add(key)
                out.append(replace(f, code="145"))
        out.append(f)
    return out


def _leisure_crowd(verb: Token) -> bool:
    """Whether the verb's subject is a crowd out for leisure, sport or worship ("thousands of tourists", "fans")."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    counted = next((g for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                    if g.dep_ == "pobj"), None)  # ("thousands of tourists")
    return any(t is not None and t.lemma_.lower() in _LEISURE for t in (subj, counted))


def _occasion(verb: Token) -> bool:
    """Whether a crowd's verb names a funeral, a feast or a game as what the crowd came for ("thronged central
    Tehran for the funeral of X", "packed the streets for the victory parade")."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _OCCASIONS for c in kids(verb)
               if c.dep_ == "prep" and c.lower_ == "for" for g in kids(c))
