"""Accusations (CAMEO 112) that no accusing verb carries: "X said Y was behind the attack".

A reported "Y was behind the bombing" blames Y as plainly as "X blamed Y for the bombing". The preposition is read
like a judgment adjective ("X said Y's move was illegal"): its copula carries tense, negation and the clause link
to the reporting verb, the speaker is the source and the copula's subject the target (``verbs.csv``: adj rows).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["CHARGE_NOUNS", "CULPRIT_PREPS", "DEED_NOUNS", "culprit_phrase", "denied_aside", "judged"]

CULPRIT_PREPS = frozenset({"behind"})
# what one is said to be "behind": a harmful act or scheme, never a place or a position ("behind the lines")
DEED_NOUNS = frozenset({
    "attack", "bombing", "blast", "explosion", "killing", "murder", "assassination", "plot", "coup", "hack",
    "hacking", "cyberattack", "breach", "arson", "fire", "sabotage", "strike", "shooting", "kidnapping",
    "abduction", "unrest", "riot", "violence", "massacre", "raid", "ambush", "assault", "poisoning", "leak",
    "disinformation", "interference", "incursion", "downing", "destruction", "explosions", "campaign", "jamming",
    "smuggling", "trafficking", "hijacking", "seizure",
})


def culprit_phrase(tok: Token) -> bool:
    """Whether ``tok`` is the "behind" of "Y was behind the attack" (the preposition hangs on the copula)."""
    return tok.lower_ in CULPRIT_PREPS and tok.dep_ == "prep" and tok.head.lemma_.lower() == "be" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in DEED_NOUNS for c in tok.children)


def judged(tok: Token) -> bool:
    """Whether ``tok`` states a judgment or a state of mind of its copula's subject, read as an adjective:
    "Beijing is worried about ...", "he was hopeful that ...", "X said Y was behind the attack"."""
    return (tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "ccomp")) or culprit_phrase(tok)


# "..., a charge X denies": the noun that takes up an accusation the sentence has just reported
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion"})


def denied_aside(clause: Token, gov: Token) -> bool:
    """Whether ``gov`` ("denies") only denies aside an accusation its clause reports before it.

    "X accused Y of arming rebels, a charge Y denies": the parser may make the accusation the complement of
    "denies", but the accusation was made; Y denies the charge, which comes between the two.
    """
    return clause.dep_ == "ccomp" and clause.i < gov.i and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS and clause.i < c.i < gov.i for c in gov.children)
