"""Recoding a trigger's CAMEO code from its outcome and its actors' types.

"fired missiles into the sea" (no target) is a show of force; "shot dead" a killing; rioters attacking
is a violent protest, police storming a seizure, gunmen firing on worshippers unconventional violence;
"a suicide bomber" a suicide bombing; killing hundreds of civilians mass killing; deaths caused by air strikes
or shelling the strike or the shelling itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.clauses import object_lemmas, victims
from geoevents.coding.targets import ArgumentReader
from geoevents.coding.vocab import (
    MASS_KILLING_MIN,
    MASS_KILLING_VERBS,
    NONCOMBATANTS,
    NONSTATE_ARMED,
    PROTESTER_TYPES,
    STATE_TYPES,
    STRIKE_MEANS,
    TEST_WEAPONS,
    UNARMED_TARGETS,
)
from geoevents.models import Actor

__all__ = ["recode"]


def recode(tok: Token, kind: str, code: str, sources: list[Actor], targets: list[Actor | None]) -> str:
    """The code of the event at ``tok`` given what it did and to whom (``code`` when nothing applies)."""
    if code[:2] == "19" and not targets and kind == "verb" and object_lemmas(tok) & TEST_WEAPONS:
        code = "150"  # "fired two ballistic missiles into the sea": a show of force, no one attacked
    if code[:2] == "19" and kind == "verb" and any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod")
                                                   for c in tok.children):
        code = "186" if any(t is not None and t.is_person for t in targets) else "180"  # "shot dead"
    if code == "190" and kind == "verb" and all(a.type_code in PROTESTER_TYPES for a in sources):
        code = "145"  # "rioters attacked a hotel": a violent protest, not military force
    elif code[:3] == "145" and all(a.type_code in STATE_TYPES for a in sources):
        code = "171"  # "police stormed the embassy": a seizure by the state, not a protest
    elif code[:3] == "145" and all(a.type_code in NONSTATE_ARMED for a in sources):
        code = "190"  # "gunmen attacked a police station": armed force, not a protest
    if code in ("190", "193") and all(a.type_code in NONSTATE_ARMED for a in sources) and targets and all(
            t is not None and t.type_code in UNARMED_TARGETS for t in targets):
        code = "180"  # "gunmen opened fire on worshippers": unconventional violence, not military force
    if kind == "verb" and code[:2] in ("17", "18", "19") and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
            for c in tok.children):
        code = "180"  # "hacked / beaten / stoned to death": a killing, whatever the verb's other senses
    subj = ArgumentReader._subject(tok) if kind == "verb" and code[:2] in ("18", "19", "20") else None
    if subj is not None and any(t.lower_ == "suicide" for t in subj.subtree):
        code = "1831"  # "a suicide bomber ... killed": a suicide bombing
    elif subj is not None and code[:2] in ("18", "20") and subj.pos_ == "NOUN" and (
            means := next((STRIKE_MEANS[w.lemma_.lower()] for w in (*(c for c in subj.children if c.dep_ in (
                "compound", "amod")), subj) if w.lemma_.lower() in STRIKE_MEANS), None)) is not None:
        return means  # "Israeli air strikes killed 20 people", "Russian shelling killed three civilians"
    if code[:3] in MASS_KILLING_VERBS.get(tok.lemma_.lower(), ()) and victims(tok) >= MASS_KILLING_MIN and \
            targets and all(t is not None and t.type_code in NONCOMBATANTS for t in targets):
        code = "202"  # "killed hundreds of villagers"
    return code
