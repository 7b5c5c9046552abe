"""The sub-code of an investigation (CAMEO 090) from what it looks into.

The rows of ``verbs.csv`` give 091-094 only when the looked-into noun is the verb's object ("probed the
killing") or a modifier of the investigation noun ("a corruption probe"). Wire copy as often names it in the
investigation's phrase or in the charge it is opened over: "opened an investigation into alleged war crimes in
Darfur" (094), "launched an inquiry into abuses by X" (092), "is probing the former minister over bribery" (091),
"opened a probe into the Venezuela crackdown" (092). A clause that only describes the one looked into ("soldiers
who executed prisoners") is not what is looked into.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.tokens import kids

__all__ = ["inquiry_code", "mishap_inquiry"]

GENERIC_INQUIRY = "090"
CRIME_INQUIRY = "091"
# nouns naming an investigation, whose modifiers and phrases say what is looked into
_INQUIRY_NOUNS = frozenset({"investigation", "probe", "inquiry", "enquiry", "review", "audit", "inspection", "case"})
# the prepositions that carry what is looked into, or the charge an inquiry is opened over
_TOPIC_PREPS = frozenset({"into", "of", "on", "over", "for", "against", "regarding", "concerning"})
_WAR_CRIMES = frozenset({"genocide", "atrocity", "massacre", "cleansing", "extermination", "humanity"})
_ABUSES = frozenset({"abuse", "torture", "rights", "disappearance", "mistreatment", "maltreatment", "discrimination",
                     "crackdown", "brutality", "repression", "persecution"})
# harm done to people in the state's hands or in a crowd it faced: "police shootings of protesters"
_VICTIMS = frozenset({"protester", "demonstrator", "detainee", "prisoner", "inmate", "activist", "civilian"})
_HARMS = frozenset({"shooting", "killing", "death", "beating", "treatment", "injury"})
_CRIMES = frozenset({"corruption", "bribery", "bribe", "fraud", "embezzlement", "laundering", "graft", "kickback",
                     "crime", "criminal", "murder", "theft", "smuggling", "trafficking", "spying", "espionage", "spy",
                     "sabotage", "arson", "evasion", "extortion", "kidnapping", "poisoning", "assassination", "leak",
                     "scandal", "riot", "coup", "incitement", "insurrection", "sedition", "treason", "terrorism",
                     # wrongdoing in office, as wire copy names it: "over alleged influence peddling", "over
                     # undeclared watches", "into irregularities in the tender"
                     "peddling", "nepotism", "misappropriation", "misuse", "wrongdoing", "misconduct", "irregularity",
                     "undeclared", "illicit", "enrichment", "bribe-taking", "cronyism", "favouritism", "favoritism",
                     "vote-rigging", "rigging", "forgery", "fraudulent", "tax"})
_MILITARY = frozenset({"airstrike", "strike", "bombing", "shelling", "raid", "incursion", "downing", "sinking",
                       "attack"})
# accidents and disasters: their inquiry (with nothing of crime, abuse or attack said) is no political event
_MISHAPS = frozenset({"fire", "blaze", "wildfire", "stampede", "flood", "flooding", "landslide", "mudslide",
                      "collapse", "accident", "derailment", "outbreak", "earthquake", "storm", "drowning", "spill"})
# a death looked into with nothing else said: a crime ("an investigation into the killing of its general")
_DEATHS = frozenset({"killing", "death", "shooting"})


def _topic_words(tok: Token, kind: str) -> set[str]:
    """The lemmas of what an investigation at ``tok`` looks into: the investigation noun's modifiers, the object
    of an investigating verb, and the phrases "into / of / over / for ..." on either (their modifiers and "of"
    complements included; a relative clause on them is left out)."""
    holders = [tok]
    if kind == "verb":
        holders += [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    words: set[str] = set()
    todo: list[Token] = []
    for h in holders:
        if h.i != tok.i and h.lemma_.lower() not in _INQUIRY_NOUNS:
            todo.append(h)  # "probed the killing of X": the object is what is looked into
        todo += [c for c in kids(h) if c.dep_ in ("compound", "amod", "nmod")]
        todo += [g for c in kids(h) if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
                 for g in kids(c) if g.dep_ in ("pobj", "pcomp")]
    for node in todo:
        words |= {t.lemma_.lower() for t in _without_clauses(node)}
    return words


def _without_clauses(node: Token) -> list[Token]:
    """The tokens of ``node``'s phrase, less its relative clauses ("soldiers who executed prisoners")."""
    out: list[Token] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack += [c for c in kids(cur) if c.dep_ != "relcl"]
    return out


def inquiry_code(tok: Token, kind: str, code: str) -> str:
    """The sub-code of a generic investigation (090) from what it looks into, and a crime (091) that is a war crime
    ("probing crimes against humanity in X"); ``code`` when nothing says."""
    if code not in (GENERIC_INQUIRY, CRIME_INQUIRY) or kind not in ("verb", "noun"):
        return code
    words = _topic_words(tok, kind)
    if words & _WAR_CRIMES or {"war", "crime"} <= words:
        return "094"  # "an investigation into war crimes / genocide in X", "probing crimes against humanity"
    if code == CRIME_INQUIRY:
        return code  # (the crime rows of "investigate / probe": only war crimes are more specific)
    if words & _ABUSES:
        return "092"  # "an inquiry into abuses by X", "into the crackdown on protesters"
    if words & _CRIMES:
        return "091"  # "probing the minister over bribery", "investigating X over arson attacks"
    if words & _MILITARY:
        return "093"  # "an investigation into the air strike on the convoy" (also the civilians it killed)
    if words & _VICTIMS and words & _HARMS:
        return "092"  # "an inquiry into police shootings of protesters", "into the deaths of detainees"
    if words & _DEATHS:
        return "091"  # "an investigation into the killing of its general"
    return code


def mishap_inquiry(tok: Token, kind: str) -> bool:
    """Whether a generic investigation looks into an accident or a disaster and nothing that codes it otherwise:
    "police investigated the cause of the fire" (no event: disasters are not coded), not "probed the arson"."""
    words = _topic_words(tok, kind)
    return bool(words & _MISHAPS) and inquiry_code(tok, kind, GENERIC_INQUIRY) == GENERIC_INQUIRY
