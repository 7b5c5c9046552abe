"""Accusations (CAMEO 112) that no accusing verb carries: "X said Y was behind the attack".

A reported "Y was behind the bombing" blames Y as plainly as "X blamed Y for the bombing". The preposition is read
like a judgment adjective ("X said Y's move was illegal"): its copula carries tense, negation and the clause link
to the reporting verb, the speaker is the source and the copula's subject the target (``verbs.csv``: adj rows).

Also here: whose a condemnation or accusation is when the parser joined it to the clause a speaker reports ("X said
that Y's arms sales were interference and condemned Y": X's), and whom an accusation noun's "that" clause charges
("Moscow's accusation that Kyiv had used a dirty bomb": Kyiv).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from geoevents.coding.tokens import kids
from geoevents.coding.vocab import HUMAN_NOUNS

__all__ = ["CHARGE_NOUNS", "CULPRIT_PREPS", "DEED_NOUNS", "JUDGMENT_NOUNS", "charged_party", "culprit_phrase",
           "denied_aside", "joined_in", "judged", "judged_subject", "own_claim", "reporting_clause", "told_clause"]

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
        c.dep_ == "pobj" and c.lemma_.lower() in DEED_NOUNS for c in kids(tok))


# the pronouns by which a speaker names itself as the culprit: "X said it was behind the attack"
_SELF_PRONOUNS = frozenset({"it", "they", "we"})


def own_claim(tok: Token) -> bool:
    """Whether the "behind" of ``culprit_phrase`` is said by the culprit of itself ("al-Shabaab said it was behind
    the attack", "the group said they were behind the bombing"): a claim of responsibility (CAMEO 015)."""
    if not culprit_phrase(tok):
        return False
    copula = tok.head
    subj = next((c for c in kids(copula) if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _SELF_PRONOUNS and copula.dep_ in ("ccomp", "parataxis") and \
        copula.head.lemma_.lower() in ("say", "claim", "announce", "confirm", "admit", "acknowledge")


# what a reported copula calls a deed ("X said Y's move was a provocation"): a judgment noun, read like the
# adjectives of the same rows (``verbs.csv``: adj rows, which need a speaker)
JUDGMENT_NOUNS = frozenset({"provocation", "violation", "breach", "affront", "insult", "farce", "sham", "travesty",
                            "mockery", "disgrace", "outrage", "betrayal"})
# subjects that only point at what the quote is about: '"This is a violation," X said of Y's deal'
_POINTERS = frozenset({"this", "that", "it", "these", "those", "such"})


def judged(tok: Token) -> bool:
    """Whether ``tok`` states a judgment or a state of mind of its copula's subject, read as an adjective:
    "Beijing is worried about ...", "he was hopeful that ...", "X said Y was behind the attack", "X said Y's
    move was a provocation"."""
    if tok.dep_ == "attr":
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in JUDGMENT_NOUNS and tok.head.lemma_.lower() == "be"
    return (tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "ccomp")) or culprit_phrase(tok)


def judged_subject(tok: Token, subject: Callable[[Token], Token | None]) -> Token | None:
    """Whom a judgment word judges: its copula's subject ("Y's move was illegal"), or, when that subject only
    points ("this", "such behaviour"), the "of" phrase of the reporting verb ('"This is illegal," X said of Y's
    move')."""
    subj = subject(tok.head if tok.dep_ in ("prep", "attr") else tok)
    if subj is not None and subj.lower_ not in _POINTERS and not any(
            c.dep_ in ("det", "amod", "predet") and c.lower_ in _POINTERS for c in kids(subj)):
        return subj
    copula = tok.head if tok.dep_ in ("prep", "attr", "acomp") else tok
    said = copula.head if copula.dep_ in ("ccomp", "parataxis") and copula.head.i != copula.i else None
    about = None if said is None else next((g for c in kids(said) if c.dep_ == "prep" and c.lower_ == "of"
                                            for g in kids(c) if g.dep_ == "pobj"), None)
    return about or subj


# participles of accusation that a wire sentence appends to a reported clause: "X said ..., blaming Y"
_ACCUSING = frozenset({"blame", "accuse", "fault", "condemn", "criticize", "criticise", "denounce", "point"})
# participles of a speech act or a judgement that, after a parenthetical report ("Y did Z, X said, calling it
# illegal"), are the reporter's: not "..., officials said, killing three" (the reported deed's)
_JUDGING = _ACCUSING | frozenset({"call", "describe", "brand", "label", "dub", "term", "vow", "warn", "urge",
                                  "demand", "threaten", "pledge", "promise", "appeal", "praise", "welcome"})


# acts of disapproval a reporter may join to the clause it reports ("X said that Y ... and condemned / summoned /
# lodged a protest with Y"): the reporter's own
_JOINED_ACTS = _ACCUSING | frozenset({"rebuke", "slam", "censure", "castigate", "lambast", "lambaste", "lodge",
                                      "summon", "protest", "blast", "decry", "deplore"})
# people who may themselves denounce what a reported clause tells of them ("said protesters marched and denounced Y")
_PEOPLE = frozenset(HUMAN_NOUNS) | {"protester", "demonstrator", "crowd", "rebel", "militant", "activist", "lawmaker",
                                   "student", "worker", "resident", "they", "he", "she"}


# participles of speech acts that, trailing a reported clause, are the reporter's own: "X said six soldiers were
# killed, blaming Y", "X told parliament that Iran had supplied Y, announcing sanctions on Iran"
_SPEAKERS_ACTS = _ACCUSING | frozenset({"announce", "urge", "vow", "pledge", "promise", "demand", "threaten", "warn",
                                        "thank", "praise", "welcome", "appeal"})


def joined_in(verb: Token) -> bool:
    """Whether ``verb`` is the gerund of "X joined Y in condemning Z" (X condemns Z)."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "in" and \
        verb.head.head.lemma_.lower() == "join"


def reporting_clause(verb: Token, reporting: set[str]) -> Token:
    """The clause whose subject does what ``verb`` (a subjectless participle or infinitive) does: its head, or, for
    "X said six soldiers were killed, blaming Y" (the parser hangs "blaming" on the reported clause) and for
    "Y fired on Z, X said, calling it illegal" (a parenthetical report before a judging participle), the
    reporting verb, whose subject X blames; for "X joined Y in condemning Z", the joining verb."""
    head = verb.head
    if joined_in(verb):
        return head.head
    if verb.dep_ == "conj" and verb.lemma_.lower() in _JOINED_ACTS and (said := _joined_report(verb, reporting)):
        return said
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _SPEAKERS_ACTS and \
            head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in reporting and head.head.i != head.i \
            and not (head.head.i > verb.i and any(c.dep_ == "nsubj" for c in kids(head))):
        return head.head  # (not "X closed its border, accusing Y of ..., officials said": X's own charge)
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() in reporting:
        return head
    if verb.lemma_.lower() in _JUDGING:
        said = next((c for c in kids(head) if c.dep_ == "parataxis" and head.i < c.i < verb.i
                     and c.lemma_.lower() in reporting and any(g.dep_ == "nsubj" for g in kids(c))), None)
        if said is not None:  # "Y fired on X, Manila said, calling the move illegal": Manila calls it so
            return said
    elif head.lemma_.lower() in reporting:  # "X shelled Y, officials said, killing three": the shelling's deed
        return told_clause(head) or head
    return head


def _joined_report(verb: Token, reporting: set[str]) -> Token | None:
    """The reporting verb whose subject does a subjectless condemnation or accusation the parser joined to the
    reported clause: "X said that Y's arms sales were interference and condemned Y", "X said that Y had let troops
    fire from its soil and denounced Y" (X condemns); not when the reported clause's subject is people who may
    do it themselves ("police said protesters marched to the embassy and denounced Y")."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    cur = verb.head
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head.i == cur.i:
            return None
        subj = next((c for c in kids(cur) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in _PEOPLE:
            return None
        said = cur.head
        if said.lemma_.lower() in reporting and said.tag_ == "VBD" and said.i < verb.i and any(
                c.dep_ == "nsubj" for c in kids(said)):
            return said
        cur = said
    return None


def charged_party(noun: Token) -> Token | None:
    """Whom an accusation noun's "that" clause charges: "Moscow's accusation that Kyiv had used a dirty bomb" ->
    Kyiv (the clause's subject); None without such a clause, or when the accuser speaks of itself ("its allegation
    that it had been hacked")."""
    clause = next((c for c in kids(noun) if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))), None)
    if clause is None:
        return None
    subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subj is None or subj.pos_ == "PRON" else subj


def told_clause(report: Token) -> Token | None:
    """The clause a parenthetical report tells before it ('X shelled Y, officials said'), else None."""
    told = report.head if report.dep_ == "parataxis" and report.head.i < report.i else next(
        (c for c in kids(report) if c.dep_ == "ccomp" and c.i < report.i), None)
    return told if told is not None and told.pos_ == "VERB" else None  # (a copula's clause does no deed)


# "..., a charge X denies": the noun that takes up an accusation the sentence has just reported
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion"})


def denied_aside(clause: Token, gov: Token) -> bool:
    """Whether ``gov`` ("denies") only denies aside an accusation its clause reports before it.

    "X accused Y of arming rebels, a charge Y denies": the parser may make the accusation the complement of
    "denies", but the accusation was made; Y denies the charge, which comes between the two.
    """
    return clause.dep_ == "ccomp" and clause.i < gov.i and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS and clause.i < c.i < gov.i for c in kids(gov))
