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

from geoevents.coding.found import Found

__all__ = ["purpose_protests", "rioting_crowds"]

# the verbs of a plain protest (141) that can be the purpose of another protest act
_PROTESTING = frozenset({"protest", "demonstrate", "rally", "march", "picket"})
# the parse links a purpose infinitive to its act by these
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})
# the acts whose "to protest" is their aim: hunger strikes, strikes, blockades and riots ("blocked highways to
# protest against X" is one protest, 144; a march "to protest" is the 141 itself)
_STOPPAGES = frozenset({"142", "143", "144", "145"})


def purpose_protests(found: list[Found]) -> list[Found]:
    """``found`` without a 141 that "protested his innocence" (a plea, no protest), nor a 141 whose trigger is
    the purpose infinitive ("to protest") of the trigger of a strike, hunger strike, blockade or riot (142-145) by
    the same source country: "blocked highways to protest against X" is one protest, told by its form (144)."""
    protests = [f for f in found if f.code[:3] == "141" and f.trigger.lemma_.lower() in _PROTESTING
                and f.trigger.pos_ == "VERB"]
    if not protests:
        return found  # (most sentences: read nothing more)
    pleas = {id(f) for f in protests if any(c.dep_ == "dobj" and c.lemma_.lower() == "innocence"
                                           for c in f.trigger.children)}
    found = [f for f in found if id(f) not in pleas]
    plain = [f for f in protests if id(f) not in pleas and f.trigger.dep_ in _PURPOSE_DEPS]
    acts = {(f.trigger.i, f.source.country_code) for f in found if f.code[:3] in _STOPPAGES}
    dropped = {id(f) for f in plain if (f.trigger.head.i, f.source.country_code) in acts and (
        f.trigger.dep_ != "conj" or any(c.dep_ == "aux" and c.lower_ == "to" for c in f.trigger.children))}
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
                                               for c in f.trigger.children):
            key = ("145", f.source.code, f.target.code if f.target is not None else "")
            if key not in seen:
                seen.add(key)
                out.append(replace(f, code="145"))
        out.append(f)
    return out
