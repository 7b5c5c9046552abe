"""How a predicate is asserted: negated, speculative, intended/future, reported or alleged.

Read from the dependency parse: auxiliaries and negation on the predicate, and the verbs that govern
it through complement clauses ("denied that ...", "plans to ...", "said that ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Token

from geoevents.coding.accusations import denied_aside
from geoevents.coding.offers import owned_offer
from geoevents.coding.refusals import contrasted, no_longer, not_only
from geoevents.coding.tokens import kids

__all__ = ["Modality", "governing_predicate", "modality_of", "split_attribution", "stray_conjunct"]

NEG_GOVERNORS = {"deny", "refuse", "reject", "fail", "decline", "dismiss", "avoid", "rule", "rebut", "refute"}
# nouns whose "that" clause is asserted only when they are: "no evidence / no sign that X did Y" denies it
_EVIDENCE_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "suggestion", "confirmation", "trace"})
# predicative adjectives of knowing: "was not aware of any drones crossing", "is not sure that X withdrew": negated,
# what they hold is not asserted
_KNOWING = frozenset({"aware", "sure", "certain", "convinced"})
# marks of a time clause with its own subject, which a governor of negation does not negate ("X denied it, after Y ...")
_TIME_MARKS = frozenset({"after", "before", "as", "when", "while", "since"})
# subjects that say nobody did it
NONE_WORDS = frozenset({"none", "nobody", "neither"})
SPECULATIVE_AUX = {"may", "might", "could", "would", "should", "can"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
INTENT_GOVERNORS = {"plan", "intend", "pledge", "vow", "promise", "agree", "decide", "vote", "offer", "propose", "seek",
                    "want", "aim", "hope", "prepare", "expect", "schedule", "set", "due", "ready", "threaten",
                    "consider", "mull", "weigh", "push", "move", "look",
                    "willing", "prepared", "keen", "eager", "poised", "determined"}
SPECULATIVE_GOVERNORS = {"suggest", "believe", "fear", "think", "speculate", "predict", "likely", "possible",
                         "appear", "seem", "suspect", "estimate", "worry", "concern", "warn", "could", "may"}
REPORTING = {"say", "tell", "report", "state", "announce", "add", "note", "reveal", "disclose", "confirm", "insist",
             "stress", "write", "indicate", "show", "cite", "emphasize", "emphasise", "reiterate", "affirm",
             "explain", "declare", "acknowledge", "admit", "brief", "inform", "learn", "find", "know", "see",
             "determine", "conclude"}
# verbs whose complement is wanted, not done: "demanded that X leave", "urged X to leave"
DIRECTIVE_GOVERNORS = {"demand", "urge", "call", "ask", "press", "insist", "want", "request", "appeal", "pressure",
                       "push", "tell", "order", "instruct", "invite", "encourage", "advise", "beg", "implore",
                       "exhort", "petition", "lobby", "require", "need", "wish", "seek"}
# verbs whose infinitive complement did happen: "began to withdraw", "managed to reach", "became the first country
# to recognise X" (an attempt is coded as the act: "protesters tried to storm the residence")
REALIS_GOVERNORS = {"begin", "start", "continue", "manage", "resume", "proceed", "go", "come", "use", "help", "try",
                    "attempt", "become"}
# verbs whose object did what their infinitive complement says: "forced Kyiv to evacuate", "prompting Tokyo to
# scramble jets" (the complement happened; its subject is the governor's object)
CAUSATIVE_GOVERNORS = {"force", "compel", "prompt", "oblige", "spur", "drive", "lead", "cause"}
_HAPPENED_COMPLEMENT = frozenset(REALIS_GOVERNORS | CAUSATIVE_GOVERNORS)
THREATENING = {"warn", "threaten", "vow", "pledge", "promise", "signal"}
ALLEGING = {"claim", "allege", "accuse", "charge", "contend", "assert"}
SPECULATIVE_ADV = {"reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "likely",
                   "presumably", "supposedly"}
FACT_PREPS = frozenset({"over", "despite", "amid", "amidst"})  # a cause or a concession: clauses.presupposed
_CLAUSE = {"xcomp", "ccomp", "advcl", "conj", "acomp", "relcl", "pcomp", "dobj", "pobj", "prep", "acl", "attr"}


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool = False
    speculative: bool = False
    intent: bool = False
    reported: bool = False
    alleged: bool = False
    future: bool = False
    speaker: Token | None = None
    threat: bool = False
    """A declared intent that is a threat: conditional on another's act, or 'would not hesitate to'."""


def up_from(tok: Token, limit: int) -> Iterator[Token]:
    """``tok`` and then its heads, at most ``limit`` tokens, stopping before the sentence root."""
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return
        yield cur
        cur = cur.head


def governing_predicate(tok: Token) -> Token | None:
    """The nearest verb (or predicative adjective) above a token."""
    for cur in up_from(tok, 12):
        head = cur.head
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and head.dep_ in ("acomp", "ROOT")):
            return head
    return None


# purposes that the act done for them already realises: "blocked the roads to protest X" is a protest
PROTEST_PURPOSES = {"protest", "demonstrate", "rally"}
# acts of demonstration (not "summoned the ambassador to protest": an official complaint, coded by its own verb)
PROTEST_ACTS = {"block", "blockade", "march", "gather", "assemble", "walk", "strike", "take", "occupy", "burn", "chant",
                "stage", "hold", "shut", "sit", "park", "drive", "dump", "throw", "fast", "rally", "flood",
                "pour"}


def _no_subject(tok: Token) -> bool:
    """'No Russian warships entered ...', 'Neither X nor Y has signed ...', 'None of the jets crossed ...'."""
    for c in kids(tok):
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NONE_WORDS or any(
                g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") for g in kids(c))):
            return True
    return False


def _own(tok: Token) -> Modality:
    kin = [(c, c.dep_, c.lower_) for c in kids(tok)]  # (read once)
    negated = any((dep == "neg" and not not_only(c)) or no_longer(c) for c, dep, _low in kin) or _no_subject(
        tok)  # ("no longer"; not "did not only protest X, it also ...")
    aux = {low for _c, dep, low in kin if dep in ("aux", "auxpass")}
    speculative = bool(aux & SPECULATIVE_AUX) or any(
        dep == "advmod" and low in SPECULATIVE_ADV for _c, dep, low in kin)
    future = bool(aux & FUTURE_AUX)
    alleged = any(dep == "advmod" and low in {"reportedly", "allegedly", "apparently"} for _c, dep, low in kin)
    if alleged:
        speculative = False
    return Modality(negated=negated, speculative=speculative, future=future, intent=future, alleged=alleged)


def _infinitive(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok))


# what a reporter goes on to do in words after a told clause ("said X had seized Y and condemned the move"); a deed
# ("had shelled X and killed two") is the told clause's own, whatever its tag
_TOLD_REACTIONS = frozenset({"condemn", "denounce", "criticise", "criticize", "announce", "urge", "demand", "summon",
                            "vow", "pledge", "promise", "warn", "accuse", "blame", "welcome", "praise", "reject",
                            "impose", "protest"})


def stray_conjunct(verb: Token) -> Token | None:
    """'X vowed to retaliate and recalled its envoy', 'ordered Y to leave and revoked Z', 'X said Y had seized Z and
    condemned the move': a past verb the parser hung on an infinitive, or on a perfect clause told by a report, is
    coordinate with the infinitive's governor or the report (whose subject and mood it shares); else None."""
    inf = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in kids(verb)):
        return None
    if inf.dep_ == "ccomp" and inf.tag_ == "VBN" and verb.lemma_.lower() in _TOLD_REACTIONS and \
            inf.head.lemma_.lower() in REPORTING and any(
            c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in kids(inf)) and any(
            c.dep_ == "nsubj" for c in kids(inf)) and not any(c.dep_ == "mark" for c in kids(inf)):
        return inf.head  # "X said Y had supplied Z and announced sanctions": X announced them (not after "that":
        # "said that protesters had marched and denounced X" is theirs)
    if inf.dep_ != "xcomp" or inf.tag_ != "VB" or not _infinitive(inf):
        return None
    return inf.head


def _conditional(tok: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest") for c in kids(tok))


# third parties whose account of an actor's intent is speculation, not the actor's declaration
SPECULATORS = frozenset({"analyst", "expert", "observer", "commentator", "pundit", "forecaster", "economist",
                         "researcher", "scholar", "strategist"})
# verbs that, negated, assert their complement: "would not hesitate to strike" (a threat when said of the future)
LITOTES = frozenset({"hesitate"})
# marks of a condition an actor sets on its own act: "would retaliate if X attacked", "unless Y withdraws"
CONDITION_MARKS = frozenset({"if", "unless"})


def _announced_would(tok: Token) -> bool:
    """'said it would keep ...', 'warned that X would ...': a speaker's 'would', the future of the past."""
    aux = {c.lower_ for c in kids(tok) if c.dep_ in ("aux", "auxpass")}
    return "would" in aux and not aux & (SPECULATIVE_AUX - {"would"}) and tok.dep_ == "ccomp" and \
        tok.head.lemma_.lower() in (REPORTING | THREATENING)


def _held_intent(gov: Token, g: Modality) -> Modality | None:
    """The modality a governing verb passes to its complement when it declares an intent, or None.

    'said Qatar would keep facilitating talks': announced (the 'would' of reported speech, not a guess);
    'would not hesitate to use force': negated litotes, a threat when future ('did not hesitate to condemn'
    happened: realised).
    """
    if gov.lemma_.lower() in LITOTES and g.negated:
        aux = {c.lower_ for c in kids(gov) if c.dep_ in ("aux", "auxpass")}
        if aux & (SPECULATIVE_AUX - {"would"}) or any(
                c.dep_ == "advmod" and c.lower_ in SPECULATIVE_ADV for c in kids(gov)):
            return None
        if aux & (FUTURE_AUX | {"would"}):
            if "would" in aux and gov.dep_ not in ("ROOT", "ccomp"):
                return None
            return Modality(intent=True, future=True, alleged=g.alleged, threat=True)
        return Modality(alleged=g.alleged)
    if g.speculative and not g.negated and _announced_would(gov) and not any(
            c.dep_ == "advmod" and c.lower_ in SPECULATIVE_ADV for c in kids(gov)):
        return Modality(intent=True, future=True, alleged=g.alleged)
    return None


def _own_warning(clause: Token, gov: Token) -> bool:
    """'X warned that it would retaliate': the warner's own act announced (a threat), not a forecast of
    another's ('warned that prices would rise', 'warned that Y could attack')."""
    aux = {c.lower_ for c in kids(clause) if c.dep_ in ("aux", "auxpass")}
    if not aux & (FUTURE_AUX | {"would"}) or aux & (SPECULATIVE_AUX - {"would"}):
        return False
    subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = next((c for c in kids(gov) if c.dep_ == "nsubj"), None)
    if subj is None or own is None:
        return False
    return subj.lower_ in ("it", "we", "i") or (subj.lower_ in ("he", "she") and own.ent_type_ == "PERSON") or (
        subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() == own.lemma_.lower())


def _conditioned(pred: Token) -> bool:
    """An 'if'/'unless' clause on the predicate or on the verbs declaring it (below any reporting verb)."""
    for cur in up_from(pred, 4):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in kids(c))
               for c in kids(cur)):
            return True
        if cur.dep_ not in ("xcomp", "acomp", "conj") or cur.head.lemma_.lower() in REPORTING:
            return False
    return False


def modality_of(pred: Token) -> Modality:
    """Combine the predicate's own markers with those of the verbs governing it."""
    m = _chain(pred)
    if m.intent and not m.threat and _conditioned(pred):
        return replace(m, threat=True)
    return m


def _denied_by_evidence(clause: Token) -> bool:
    """'(there is) no evidence / no sign that X did Y': a "that" clause of an evidence noun that is denied."""
    noun = clause.head
    return clause.dep_ in ("acl", "ccomp", "relcl") and noun.pos_ == "NOUN" and \
        noun.lemma_.lower() in _EVIDENCE_NOUNS and any(c.dep_ == "mark" and c.lower_ == "that"
                                                      for c in kids(clause)) and \
        any(c.dep_ in ("det", "amod") and c.lower_ in ("no", "little") for c in kids(noun))


def _chain(pred: Token) -> Modality:
    m = _own(pred)
    aux = {c.lower_ for c in kids(pred) if c.dep_ in ("aux", "auxpass")}
    if "would" in aux and not m.negated and pred.dep_ == "ccomp" and pred.head.lemma_.lower() in (
            REPORTING | THREATENING):
        # "said it would send", "warned that X would retaliate": the future of the past, an announced intent
        m = Modality(future=True, intent=True, alleged=m.alleged)
    if _conditional(pred):
        return Modality(speculative=True)  # "if Hezbollah started a war": a condition, not an event
    negated, speculative, intent, future = m.negated, m.speculative, m.intent, m.future
    reported, alleged, speaker, threat = False, m.alleged, None, False
    cur = pred
    for _ in range(6):
        if cur.dep_ not in _CLAUSE or cur.head.i == cur.i or (cur.dep_ == "pobj" and cur.head.lower_ in FACT_PREPS):
            break  # ("threatened to sue X over its ban": the ban is a fact, whatever the clause's mood)
        if _denied_by_evidence(cur):
            negated = True  # "there is no evidence that X shared intelligence with Y": not asserted
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBD")):
            break  # "a citizen detained by X", "the soldiers it abducted": the clause describing a noun is asserted
        if (gov := stray_conjunct(cur)) is not None:
            cur = gov  # "vowed to retaliate and recalled its envoy": done, not vowed
            continue
        gov = cur.head
        lemma = gov.lemma_.lower()
        if gov.pos_ in ("NOUN", "PROPN"):  # "claims of ...", "plans to ..."
            if lemma in ALLEGING or lemma in {"claim", "accusation", "allegation", "rumor", "rumour", "charge"}:
                alleged = True
            if lemma in {"plan", "intention", "pledge", "promise", "threat", "decision", "offer", "commitment",
                         "readiness", "willingness", "preparedness", "proposal"}:  # ("expressed readiness to mediate")
                intent = True
                if any(c.dep_ == "det" and c.lower_ == "no" for c in kids(gov)):
                    negated = True  # "X has no plans to send jets": no intent at all
            cur = gov
            continue
        g, declared, litotes = _own(gov), False, False
        if g.speculative and lemma == "be" and cur.dep_ == "acomp" and cur.lemma_.lower() in INTENT_GOVERNORS and \
                {c.lower_ for c in kids(gov) if c.dep_ == "aux"} & SPECULATIVE_AUX == {"would"}:
            # "X would be willing to meet Y", "would be ready to send troops": a declared readiness, not a guess
            negated = negated or g.negated
            g = Modality(negated=g.negated, intent=True, future=True, alleged=g.alleged)
        elif cur.dep_ in ("xcomp", "conj") and (held := _held_intent(gov, g)) is not None:
            g = held  # "said it would keep mediating", "would not hesitate to use force"
            threat, declared, litotes = threat or held.threat, held.intent, lemma in LITOTES
        if lemma in NEG_GOVERNORS and not (denied_aside(cur, gov) or owned_offer(cur, gov)) and not (
                cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in kids(cur)) and any(
                c.dep_ == "nsubj" for c in kids(cur))) and not _aside(cur):
            # (not "a charge Y denies", "after X did", Y's offer; nor "dismissed the report, saying ...": an aside)
            negated = not negated if cur.dep_ != "conj" else negated
        if g.negated and cur.dep_ in ("xcomp", "conj") and not contrasted(cur):  # ("did not X, but Y-ed")
            negated = True
        if g.negated and cur.dep_ == "acomp" and cur.lemma_.lower() in _KNOWING:
            negated = True  # "said it was not aware of any drones crossing into X": nobody asserts the crossing
        if g.negated and cur.dep_ == "ccomp" and lemma in REPORTING and lemma not in NEG_GOVERNORS:
            negated = True  # "Neither X nor Y has confirmed that they held talks": not asserted by anyone
        if (lemma in INTENT_GOVERNORS or declared) and cur.dep_ in ("xcomp", "acomp", "ccomp", "dobj"):
            intent = True
        elif lemma in DIRECTIVE_GOVERNORS and cur.dep_ in ("xcomp", "ccomp", "dobj", "advcl") and not (
                cur.dep_ == "advcl" and not _infinitive(cur)) and not (
                lemma in REPORTING and cur.dep_ == "ccomp"):  # "told X that ...": reported; "told X to ...": urged
            speculative = True  # the demanded or urged act has not happened
        elif _infinitive(cur) and lemma not in _HAPPENED_COMPLEMENT and not litotes and \
                cur.dep_ in ("xcomp", "advcl", "acl") and not (
                cur.i == pred.i and cur.dep_ == "advcl" and pred.lemma_.lower() in PROTEST_PURPOSES and not g.negated
                and lemma in PROTEST_ACTS):
            speculative = True  # "sent troops to support X": a purpose, not an event ("marched to protest X" is one)
        told_apart = cur.dep_ == "conj" and cur.tag_ == "VBD" and contrasted(cur)  # ("X will suffer, but Y met Z")
        if g.future and cur.dep_ in ("xcomp", "conj") and not told_apart:
            intent, future = True, True
        if g.speculative and cur.dep_ in ("xcomp", "conj", "ccomp", "acomp", "prep", "pcomp") and not told_apart:
            speculative = True
        warned = cur.dep_ == "ccomp" and lemma in THREATENING and _own_warning(cur, gov)
        if warned and speaker is None:  # "X warned that it would ...": "it" is the warner
            speaker = next((c for c in kids(gov) if c.dep_ == "nsubj"), None)
        if (lemma in SPECULATIVE_GOVERNORS and cur.dep_ in ("ccomp", "xcomp", "acomp") and not warned) or (
                lemma == "expect" and cur.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in kids(cur))):
            speculative = True  # ("analysts expect X to visit Y": their guess, not X's plan)
        if lemma in REPORTING and cur.dep_ == "ccomp":
            # the nearest speaker: "X told Y they would ..., officials said": "they" is X
            teller = gov.head if _aside(gov) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(gov)) \
                and gov.head.lemma_.lower() in NEG_GOVERNORS else gov  # ("X denied the claim, saying it had ...": X;
            # "X condemned the raid, saying it ...": the raid)
            if cur.i < gov.i and gov.dep_ == "ccomp" and gov.head.i < cur.i and gov.head.lemma_.lower() in REPORTING:
                teller = gov.head  # "X said its jets had struck Y, state media reported": the parser hangs the
                # clause on the outer report; "its" is X's
            reported, speaker = True, speaker or next((c for c in kids(teller) if c.dep_ in ("nsubj", "nsubjpass")),
                                                      None) or _trailed_subject(teller, cur)
        if lemma in ALLEGING and cur.dep_ in ("ccomp", "pcomp", "pobj", "dobj"):
            alleged = True
        if _awaited(cur, gov):
            speculative = True  # "X will not approve the bid until Y cracks down on Z": awaited, not done
        if cur.dep_ in ("relcl", "acl", "advcl") and lemma not in INTENT_GOVERNORS:
            break  # a modifier clause is asserted on its own
        cur = gov
    if speaker is None and (said := split_attribution(pred) or split_attribution(cur)) is not None:
        reported, speaker = True, next(c for c in kids(said) if c.dep_ in ("nsubj", "nsubjpass"))
    if intent and speaker is not None and speaker.lemma_.lower() in SPECULATORS:
        speculative = True  # "X would strike Y if ..., analysts said": a third party's guess at X's intent
    return Modality(negated=negated, speculative=speculative, intent=intent, reported=reported,
                    alleged=alleged, future=future, speaker=speaker, threat=threat and intent and not negated)


# marks of a time clause that, under a verb of the future, tells what is awaited: "will not sign until Y pays"
_AWAITING_MARKS = frozenset({"until", "till", "once", "before", "when", "after"})


def _awaited(clause: Token, gov: Token) -> bool:
    """'X will not approve the bid until Stockholm cracks down on Y', 'will lift sanctions once Z frees them',
    'said it would not sign until Kyiv withdrew': a time clause of a future (or reported 'would') verb is a
    condition yet to be met; not 'X would not comment after Y attacked Z' (a past clause of 'after' / 'when')."""
    if clause.dep_ != "advcl":
        return False
    mark = next((c.lower_ for c in kids(clause) if c.dep_ == "mark" and c.lower_ in _AWAITING_MARKS), None)
    if mark is None:
        return False
    verb = gov
    for _ in range(4):  # ("will not approve Y's bid to join NATO until ...": the verb of the bid)
        aux = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")} - {"to"}
        if aux or verb.dep_ not in ("acl", "xcomp", "dobj", "pobj", "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    if aux & FUTURE_AUX:
        return clause.tag_ in ("VBZ", "VBP", "VB") or (clause.tag_ == "VBD" and mark in ("until", "till", "once"))
    return "would" in aux and clause.tag_ in ("VBZ", "VBP", "VB", "VBD") and mark in ("until", "till", "once")


def _aside(verb: Token) -> bool:
    """A participle set off by a comma after its clause: ", saying ...", ", citing ..." (not "ruled out sending")."""
    edge = verb.left_edge.i
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and edge > verb.head.i and verb.doc[edge - 1].text == ","


def split_attribution(clause: Token) -> Token | None:
    """The verb of saying set inside a split quote before the clause ('"A," X said, "and Y will pay a price."'),
    which the parser makes the second half's parataxis or the head of which it makes it a conjunct: its
    speaker is the clause's. None unless a quote mark opens again between the attribution and the clause."""
    said = clause.head if clause.dep_ == "conj" and clause.head.i < clause.i else None
    if said is None or said.lemma_.lower() not in REPORTING:
        said = next((c for c in kids(clause) if c.dep_ == "parataxis" and c.i < clause.i), None) \
            if clause.dep_ in ("ROOT", "conj") else None
    if said is None or said.lemma_.lower() not in REPORTING or not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in kids(said)):
        return None
    start = said.right_edge.i + 1 if said.i < clause.head.i or said.head.i == clause.i else said.i + 1
    return said if any(t.is_quote for t in clause.doc[start:min(start + 3, clause.i)]) else None


def _trailed_subject(verb: Token, said: Token) -> Token | None:
    """For a subjectless trailing participle ("X expelled Y, saying he had ..."), the subject of the clause it
    trails; not when what it says is of "it" ("X condemned the raid, saying it violated ...": the raid), unless
    the clause trailed is itself a report ('"...," X said, adding that it had summoned the envoy': X)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in kids(verb)) or (any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in kids(said)) and
            verb.head.lemma_.lower() not in REPORTING):
        return None
    return next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)
