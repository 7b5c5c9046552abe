"""An armed group's mass killing told by a verb of killing by physical assault.

Verbs of killing by physical assault (1823: "ISWAP fighters executed scores of men", "militants beheaded 30
villagers", "murdered dozens of worshippers") done by an armed group to many non-combatants are a mass killing
(202), as "killed hundreds of villagers" is (recode). A state's executions are not: they carry out sentences
(coding_gold.md batch b codes none), so a state source keeps its code.

``militant_massacre`` tests the code first: nothing more is read for any other trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.clauses import victims
from geoevents.coding.vocab import MASS_KILLING_MIN, NONCOMBATANTS, NONSTATE_ARMED
from geoevents.models import Actor

__all__ = ["militant_massacre"]

# verbs of killing by physical assault (1823) that, done to many non-combatants, are a mass killing
_PHYSICAL_KILLING = frozenset({"execute", "behead", "decapitate", "murder", "slay", "butcher", "slaughter"})


def militant_massacre(verb: Token, code: str, sources: list[Actor], targets: list[Actor | None]) -> bool:
    """'ISWAP fighters executed scores of men', 'militants beheaded 30 villagers': an armed group's mass killing."""
    return code == "1823" and verb.lemma_.lower() in _PHYSICAL_KILLING and bool(sources) and all(
        a.type_code in NONSTATE_ARMED for a in sources) and bool(targets) and all(
        t is not None and t.type_code in NONCOMBATANTS for t in targets) and victims(verb) >= MASS_KILLING_MIN
