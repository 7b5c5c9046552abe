"""Subordinate clauses and wire constructions: who the arguments of a clause outside the main one are.

- ``participle_referent``: "Nicaragua expelled the Vatican's envoy, accusing him of meddling": the pronoun object
  of a trailing participle is the object of the verb the participle belongs to (the envoy).
- ``framed_subject``: "While visiting Nairobi, Modi signed ...", "X praised Y while visiting Z": a subjectless
  participle after a time conjunction is done by the subject of the active clause it frames (what a passive one's
  subject was doing, "X was shot while giving a speech", is the circumstance of what befell X).
- ``group_antecedent``: "Israel struck Hezbollah positions after the group fired rockets", "a Houthi spokesman said
  the group had fired ...": a bare "the group" / "the militants" subject is the armed group the sentence named before.
- ``judged_referent``: "China fired on the boat, Manila said, calling the move illegal", "Guyana rejected
  Venezuela's referendum, calling it a threat": what a judging participle's "it" / "the move" stands for is the act
  the clause tells, so its doer is judged: the reported doer after a parenthetical report, else the owner of the
  act the verb's object names.
- ``inner_agent``: "Evan Gershkovich, the reporter arrested by Russian police, was freed": a "by" phrase in a clause
  that describes a passive verb's argument is that clause's doer, not the passive verb's.
- ``reported_referent``: "Sweden expelled an Iranian diplomat, saying he had violated ...": a person pronoun
  subject of what a trailing participle reports stands for the object of the verb the participle belongs to (a
  body that speaks is not "he").
- ``obliged``: '"Russia must withdraw its troops," X said': what someone must do is an obligation, not a deed.
- ``obliged_demand``: ... but what a speaker says another party must do is the speaker's demand on it (10x, the
  sub-code read from the act as an appeal's is: "must withdraw its troops" 1056, "must free the hostages" 1053).
- ``anaphoric_report``: "Polish border guards detained 20 migrants, the agency said, blaming Minsk": a report whose
  speaker is a bare "the agency" / "the ministry" stands for the doer of the clause it tells.
- ``told_press``: "..., an official told AFP / told reporters": the press a report is told to is no party.
- ``attribution_source``: "according to a readout released by the White House", "a report published by X said":
  what describes the document a report is attributed to (its release) is no event.
- ``trailing_report``: "X sent troops to Y, Z's spy agency told lawmakers": a report after its clause that the
  parser joined to it as a conjunct or a relative clause (no "and", no relative pronoun) is attribution.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from geoevents.coding.accusations import told_clause
from geoevents.coding.actor_lists import titled_conjuncts
from geoevents.coding.actors import DocActors
from geoevents.coding.dictionaries import load_actor_dictionary
from geoevents.coding.modality import REPORTING
from geoevents.coding.roles import direct_object
from geoevents.coding.statements import asked_code
from geoevents.coding.tokens import first_conjunct, kids
from geoevents.coding.wire import participial_head

__all__ = ["anaphoric_report", "attribution_source", "framed_subject", "group_antecedent", "inner_agent",
           "judged_referent", "obliged", "obliged_demand", "participle_referent", "reported_referent", "told_press",
           "trailing_report"]

# object pronouns of people and groups that refer back to the main clause's object ("..., accusing them of spying")
_BACK_PRONOUNS = frozenset({"him", "her", "them"})
# auxiliaries of what someone is bound to do, not what was done ("Russia must withdraw", "Seoul ought to ...")
_OBLIGING = frozenset({"must", "ought"})
# participles whose "it" object is a body the main clause acted on (", accusing it of ..."), not a thing named
_BLAMING = frozenset({"accuse", "blame", "charge"})
# time conjunctions that open a subjectless participle ("while visiting Kyiv", "when meeting Xi")
_FRAME_MARKS = frozenset({"while", "whilst", "when", "after", "before", "since", "once", "upon", "until"})
# nouns that, bare with "the", refer back to an armed group named before ("after the group fired rockets")
_GROUP_WORDS = frozenset({"group", "militia", "movement", "organisation", "organization", "faction", "outfit",
                          "militant", "rebel", "insurgent", "fighter", "jihadist", "guerrilla"})


def participle_referent(verb: Token) -> Token | None:
    """For a trailing participle whose object is a pronoun ('expelled three diplomats, accusing them of ...',
    'sanctioned X and Y, accusing both of ...'), the object of the verb it belongs to, else None."""
    head = participial_head(verb)
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    both = obj is not None and obj.lower_ == "both" and obj.pos_ in ("PRON", "DET")  # (", accusing both of ...")
    if head is None or obj is None or (not both and obj.lower_ not in _BACK_PRONOUNS and not (
            obj.lower_ == "it" and verb.lemma_.lower() in _BLAMING)):  # (", accusing it of": a body; "calling it")
        return None
    referent = direct_object(head)
    if referent is None:
        return None
    # the pronoun agrees in number with what it stands for ("expelled the envoy, accusing them"); one that does
    # not may stand for the party the act is aimed at ("imposed sanctions on Belarus, accusing it of ...")
    aim = next((g for c in kids(referent) if c.dep_ == "prep" and c.lower_ in ("against", "on")
                for g in kids(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if both:  # ("imposed sanctions on X and Y, accusing both"): the two coordinated parties
        aim = aim or next((g for c in kids(head) if c.dep_ == "prep" and c.lower_ in ("against", "on")
                           for g in kids(c) if g.dep_ == "pobj" and g.conjuncts), None)
        return next((r for r in (referent, aim) if r is not None and (r.conjuncts or titled_conjuncts(r))), None)
    return next((r for r in (referent, aim) if r is not None and (obj.lower_ == "them") == (
        r.tag_ in ("NNS", "NNPS") or bool(r.conjuncts))), None)


# participles that judge an act the clause told (", calling it illegal", ", describing the move as ...")
_JUDGING = frozenset({"call", "describe", "brand", "label", "dub", "term", "condemn", "denounce", "criticize",
                      "criticise", "slam"})
# nouns that, definite, stand for the act the clause told ("..., calling the move illegal")
_ACT_NOUNS = frozenset({"move", "act", "action", "step", "decision", "attack", "strike", "launch", "test", "incident",
                        "drill", "drills", "exercise", "vote", "referendum", "deployment", "seizure", "raid", "measure",
                        "ban", "sanction", "sanctions", "manoeuvre", "maneuver", "provocation", "incursion"})


def judged_referent(verb: Token) -> Token | None:
    """For a trailing judging participle whose object is "it" or a definite act noun, the party judged: the reported
    clause's subject when a parenthetical report comes between ('..., X said, calling it ...'), else the owner
    ('Venezuela's referendum') of what the verb the participle belongs to acts on; else None."""
    head = participial_head(verb)
    obj = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if head is None or obj is None or verb.lemma_.lower() not in _JUDGING or not (obj.lower_ == "it" or (
            obj.lemma_.lower() in _ACT_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                     for c in kids(obj)))):
        return None
    # the clause the report tells (the parser may hang the participle on the report itself)
    told = (told_clause(head) if head.lemma_.lower() in REPORTING else None) or head
    if told.i != head.i or any(c.dep_ == "parataxis" and head.i < c.i < verb.i and c.lemma_.lower() in REPORTING
                               for c in kids(head)):
        return next((c for c in kids(told) if c.dep_ == "nsubj"), None)
    acted = direct_object(head)
    return next((c for c in kids(acted) if c.dep_ == "poss"), None) if acted is not None else None


def inner_agent(by: Token, arg: Token) -> bool:
    """Whether a "by" phrase found under ``arg`` (an argument of a passive verb) belongs to a verb of a clause that
    describes the argument ('the reporter arrested by X', 'the tanker, which was seized by Y') rather than to it."""
    cur = by.head
    while cur.i != arg.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("acl", "relcl", "advcl"):
            return True
        cur = cur.head
    return False


def reported_referent(pron: Token) -> Token | None:
    """For 'he' / 'she' / 'they', subject of a clause a trailing participle reports ('expelled X, saying he had
    ...'), the object of the verb the participle belongs to when it agrees in number and the speaker is a body
    (not a person or a pronoun), else None."""
    said = pron.head.head
    if pron.lower_ not in ("he", "she", "they") or pron.dep_ not in ("nsubj", "nsubjpass") or \
            pron.head.dep_ != "ccomp" or said.lemma_.lower() not in REPORTING or \
            (head := participial_head(said)) is None:
        return None
    subj = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or subj.ent_type_ == "PERSON":
        return None  # ("Putin praised the envoy, saying he would ...": he may be the speaker)
    obj = direct_object(head)
    if obj is None or obj.pos_ == "PRON" or (pron.lower_ == "they") != (obj.tag_ in ("NNS", "NNPS")
                                                                       or bool(obj.conjuncts)):
        return None
    return obj


def framed_subject(verb: Token) -> Token | None:
    """The subject of the clause a subjectless participle with a time conjunction frames ('while visiting X')."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in
                                                         kids(verb)) or not any(
            c.dep_ == "mark" and c.lower_ in _FRAME_MARKS for c in kids(verb)):
        return None
    # (an active clause only: "X was shot while giving a speech" tells the circumstance of what befell X)
    subj = next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lower_ not in ("who", "which", "that") else None


def obliged(pred: Token) -> bool:
    """A predicate of an obligation ('X must withdraw', 'Y ought to free them'): nothing done yet."""
    clause = first_conjunct(pred)  # "must withdraw its troops and stop the shelling"
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in (*kids(pred), *kids(clause)))


def obliged_demand(pred: Token, named: Callable[[Token], bool]) -> str | None:
    """The demand code of an obligation a speaker lays on another named party: '"Russia must withdraw its troops
    from Ukraine," Macron said', 'X said Hamas must free the hostages' (1056, 1053); None when the clause is no
    reported obligation, its subject is the speaker's own side ("we must", "it must") or names no actor
    (``named``), or the act names no appeal sub-code ("Ukraine must win", "Europe must do more")."""
    clause = first_conjunct(pred)  # ("Hamas must lay down its arms and release the hostages")
    if pred.pos_ != "VERB" or clause.dep_ not in ("ccomp", "parataxis") or \
            clause.head.lemma_.lower() not in REPORTING or any(c.dep_ == "neg" for c in (*kids(pred), *kids(clause))):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in (*kids(pred), *kids(clause))):
        return None
    subj = next((c for c in (*kids(pred), *kids(clause)) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not named(subj):
        return None
    asked = asked_code(pred)
    return None if asked is None else "10" + asked[2:]


def group_antecedent(subj: Token | None, actors: DocActors, armed: Callable[[Token], bool]) -> Token | None:
    """For a subject 'the group' / 'the militants' (a bare definite group noun that names no one itself), the
    nearest actor before it in the sentence that ``armed`` accepts (an armed group), else None."""
    if subj is None or subj.lemma_.lower() not in _GROUP_WORDS or subj.i in actors.by_token or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids(subj)) or any(
            c.dep_ in ("amod", "compound", "poss", "nummod", "nmod", "prep", "acl", "relcl") for c in kids(subj)):
        return None
    for i in range(subj.i - 1, subj.sent.start - 1, -1):
        hit = actors.by_token.get(i)
        if hit is not None and hit.end - 1 == i and armed(subj.doc[i]):
            return subj.doc[i]
    return None



# bodies a bare definite subject of a report stands for, named before it ("the agency said", "the ministry added")
_BODY_WORDS = frozenset({"agency", "ministry", "army", "military", "service", "office", "department", "government",
                         "command", "force", "guard", "police", "council", "authority", "group", "movement"})
# the press a report is told to ("told reporters", "told AFP")
_PRESS = frozenset({"reporter", "journalist", "press", "media", "medium", "correspondent", "newsman", "newspaper",
                    "broadcaster", "television", "outlet"})


def anaphoric_report(head: Token) -> Token | None:
    """For a parenthetical report whose subject is a bare definite body noun ('X detained Y, the agency said'), the
    clause it tells (whose doer the body is), else None."""
    if head.lemma_.lower() not in REPORTING:
        return None
    subj = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _BODY_WORDS or any(
            c.dep_ in ("amod", "compound", "poss", "prep", "nmod", "acl", "relcl") for c in kids(subj)) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids(subj)):
        return None
    return told_clause(head)


def told_press(verb: Token) -> bool:
    """'told reporters', 'told AFP', 'told state television': a report told to the press, not a statement to a
    party."""
    for c in kids(verb):
        if c.dep_ in ("dobj", "dative") and (c.lemma_.lower() in _PRESS or (c.pos_ == "PROPN" and (
                entry := load_actor_dictionary().proper.get(c.text)) is not None and entry.type_code == "MED")):
            return True
    return False


def trailing_report(verb: Token) -> bool:
    """A reporting verb after a comma that closes the clause it reports, parsed as that clause's conjunct or as a
    relative clause of its last noun ('..., South Korea's spy agency told lawmakers', '..., an official told AFP')."""
    if verb.dep_ not in ("conj", "relcl") or verb.i < verb.head.i or verb.lemma_.lower() not in REPORTING:
        return False
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    edge = subj.left_edge.i if subj is not None else -1
    if subj is None or edge < 1 or verb.doc[edge - 1].text != "," or subj.lower_ in ("who", "which", "that"):
        return False
    return not any(c.dep_ in ("cc", "ccomp", "xcomp") for c in kids(verb)) and not any(
        c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in kids(verb.head))


# documents an attribution cites ("according to a readout", "a report published by X said")
_CITED = frozenset({"report", "statement", "readout", "transcript", "communique", "video", "footage", "post", "letter",
                    "document", "summary", "text", "study", "assessment", "review", "data", "figures", "record"})


def attribution_source(noun: Token) -> bool:
    """A cited document: the object of 'according to' or the subject of a verb of reporting ('a readout ... said');
    or what such a document is of ('a readout of the call released by X')."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.lemma_.lower() not in _CITED and noun.lower_ not in _CITED:
        return False
    if noun.dep_ == "pobj":
        prep = noun.head
        return prep.lower_ == "to" and prep.head.lower_ == "according"
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORTING
