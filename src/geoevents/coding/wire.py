"""Constructions of wire text that span two predicates of a sentence.

- ``fold_results``: "X shelled the town, killing two civilians": the participial clause tells the result of the
  attack, not a second attack; its victims become the attack's target when the attack named only a place.
- ``refusal_code``: "X will not hold talks with Y", "X would not send troops": an announced refusal of a
  cooperative act is a CAMEO REJECT event (12x), not a negated (uncoded) one.
- ``leading_addressees``: "In an open letter to X, Y called for ...": the addressee of a leading frame.
- ``restated_subject``: "..., a move X condemned": a noun that restates the main clause stands for its doer (also
  when the parser takes it for a second object of the main verb).
- ``participial_head``: the clause a trailing participle belongs to; one after a comma that the parser hung on a
  restrictive relative clause ("blocked a resolution that would have ..., drawing criticism") is the main clause's.
- ``forecast_subject``: "X warned that Y could soon attack Z": a forecast of Y's act, not a threat by X.
- ``free_relative``: "struck what it called / said were / described as militant camps in X": the camps.
- ``named_act_verb``: "launched what it called a special operation": the light verb whose act the free relative names.
- ``each_other``: "X and Y accused each other of ...": done by each to the other.
- ``background_clause``: "the first talks since X invaded Y", "clears the way for X to resume drills": what the
  sentence refers back to or makes possible, not an event it reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.accusations import told_clause
from geoevents.coding.found import Found
from geoevents.coding.killings import told_massacre
from geoevents.coding.modality import REPORTING, stray_conjunct
from geoevents.coding.refusals import (
    REFUSED_DEPLOYMENT,
    REFUSED_SANCTIONS,
    REFUSING_AUX,
    SUB_REFUSALS,
    joined_sanctions,
    negated,
    refused_act,
    ruled_out,
    sent_abroad,
    vowed_not,
)
from geoevents.coding.refusals_more import REFUSED_PERMISSION, refused_permission
from geoevents.coding.tokens import kids
from geoevents.coding.vocab import SETTING_MEETINGS, VIOLENT_ROOTS
from geoevents.models import Actor

__all__ = ["ADDRESSED_ROOTS", "RESTATING_NOUNS", "TOLD_ACTS", "background_clause", "each_other", "fold_results",
           "forecast_subject", "free_relative", "leading_addressees", "motive_idiom", "named_act_verb", "refusal_code",
           "restated_subject"]

# the code of an announced refusal, by the root (or code) of the act refused
_REFUSALS = {"04": "125", "045": "126", "057": "127", "05": "120", "06": "121", "07": "122", "08": "124"}
# nouns that restate the clause they stand beside: "..., a move X condemned", "..., a decision welcomed by Y"
RESTATING_NOUNS = frozenset({"move", "step", "decision", "action", "measure", "act", "gesture"})
# act nouns that, set off by a comma or definite in a second clause, stand for the act a clause told ("X arrived in
# Y, a visit that drew criticism", "X fired at Y, and Z condemned the attack")
TOLD_ACTS = frozenset({"attack", "strike", "strikes", "raid", "seizure", "arrest", "arrests", "detention", "visit",
                       "trip", "launch", "test", "expulsion", "expulsions", "incursion", "bombing", "shelling",
                       "deployment", "killing", "killings", "crackdown", "operation", "offensive", "sanctions",
                       "mission"})
# speech acts whose addressee a leading frame can name: "In a letter to X, Y called for ..."
# nouns of a bare "in N" that gives the reason for the governing act ("in protest at X")
MOTIVE_NOUNS = frozenset({"protest"})
ADDRESSED_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# verbs that name the thing in a free relative: "what it called / said were / described as X"
_NAMING = frozenset({"call", "say", "describe", "term", "claim", "label", "brand", "deem", "consider", "believe",
                     "identify", "characterise", "characterize", "allege"})
# what a warned party is told it will undergo: "warned that X would face / pay for ...": a threat to X
_UNDERGOING = frozenset({"face", "pay", "suffer", "regret", "bear", "receive", "meet", "mean", "invite", "risk"})


def participial_head(tok: Token) -> Token | None:
    """The verb a trailing participial clause ('..., killing N', '..., hitting X and killing N') belongs to."""
    cur = tok
    if cur.dep_ == "conj" and cur.tag_ == "VBG" and cur.head.tag_ == "VBG":
        cur = cur.head  # "hitting a store and killing 12 people"
    if cur.tag_ != "VBG" or cur.dep_ != "advcl" or cur.i < cur.head.i or cur.head.pos_ != "VERB" or any(
            c.dep_ in ("aux", "mark", "nsubj", "nsubjpass") for c in kids(cur)):
        return None
    return _restrictive_owner(cur) or cur.head


def _restrictive_owner(part: Token) -> Token | None:
    """'X blocked a resolution that would have extended Y, drawing criticism': a participle after a comma that the
    parser hung on a restrictive relative clause (one with no comma before it) belongs to the clause the relative
    clause's noun is in; that clause's verb, else None."""
    rel = part.head
    if rel.dep_ != "relcl" or part.i == 0 or part.doc[part.i - 1].text != "," or (
            rel.left_edge.i > 0 and part.doc[rel.left_edge.i - 1].text == ","):
        return None
    cur = rel.head
    for _ in range(4):  # up the noun's chain of phrases to its verb ("a resolution on the mandate of monitors that")
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur if cur.pos_ == "VERB" else None


# a show or use of force, and what a participle of it may tell of its means ("..., sending warships to X")
_FORCE = VIOLENT_ROOTS | {"15"}
_FORCE_PARTS = frozenset({"07", "15"})


def fold_results(found: list[Found], recode: Callable[[Found, Actor], str]) -> list[Found]:
    """Drop violent events told by a trailing participle of a violent event of the same source, giving their
    target to that event when it had none or only the bare country of the same victims. Aid or force postures
    told by a participle of a show or use of force ("..., sending warships") are its means and are dropped."""
    out = list(found)
    for f in found:
        head = participial_head(f.trigger)
        if head is not None and head.lemma_.lower() in REPORTING:  # "X shelled Y, officials said, killing 3"
            head = told_clause(head) or head
        if f.code[:2] in _FORCE_PARTS and any(head is not None and m.trigger.i == head.i and m.code[:2] in _FORCE
                                              and m.source.country_code == f.source.country_code for m in out):
            out.remove(f)  # "held drills around X, sending warships to ...": the drills' assets, not aid or a second
            continue
        if f.code[:2] == "08" and f.target is None and head is not None and any(
                head.i in (m.trigger.i, m.trigger.head.i) and m.code[:2] in ("05", "08") and m.trigger.i != f.trigger.i
                and m.source.country_code == f.source.country_code for m in out):
            out.remove(f)  # "agreed to a truce, ending a year of fire": what the truce does, no second easing
            continue
        if f.code[:2] not in VIOLENT_ROOTS:
            continue
        if f.target is None and any(head is not None and m.trigger.i == head.i and m.code[:2] == "15" and
                                    m.source.country_code == f.source.country_code for m in out):
            out.remove(f)  # "staged war games, firing missiles and drones at mock targets": the drill's live fire
            continue
        mains = [m for m in out if head is not None and m.trigger.i == head.i and (  # ("fired on crowds": 175)
            m.code[:2] in VIOLENT_ROOTS or m.code[:3] == "175") and m.source.country_code == f.source.country_code]
        if not mains:
            continue
        out.remove(f)
        t = f.target
        for m in mains:
            bare = m.target is None or (not m.target.type_code and t is not None
                                        and m.target.country_code == t.country_code)
            mass = f.code if told_massacre(f.code, m.code) else ""  # "raided X, killing 37 villagers": 202
            if t is not None and bare and m.target != t:
                out[out.index(m)] = replace(m, target=t, code=mass or recode(m, t))
            elif mass:
                out[out.index(m)] = replace(m, code=mass)
    keys: set[tuple[str, str, str]] = set()
    unique: list[Found] = []
    for f in out:
        key = (f.code, f.source.code, f.target.code if f.target else "")
        if key not in keys:
            keys.add(key)
            unique.append(f)
    return unique


def refusal_code(pred: Token, code: str) -> str | None:
    """The 12x code when ``pred`` announces it will not do the cooperative act ``code`` ('will not hold talks'),
    else None. Only the predicate's own 'will not' / 'would not' (or a governing 'refused to') counts, and not under
    a condition."""
    if code[:2] == "13" and pred.lemma_.lower() == "rule":
        return code  # "did not rule out military action against X": a threat (relations.unruled_rule)
    refused = refused_act(pred)  # "refused to allow inspectors in": the refusal's own row codes a bare 120
    if not ruled_out(pred) and not refused and not vowed_not(pred) and (not negated(pred) or not any(
            c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in kids(pred))):
        return None
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in kids(c))
           for c in kids(pred)):
        return None  # "would not attend if / until ...": a condition, not a refusal
    if code == REFUSED_PERMISSION:  # "would not let US planes land" (rows coded only when refused)
        return code if refused_permission(pred) and not refused else None
    if joined_sanctions(pred, code):  # "will not join EU sanctions on X": a call for a policy turned down
        return REFUSED_SANCTIONS
    if code[:3] == "154":  # "ruled out sending troops to Ukraine": aid refused; "will not deploy to the border": none
        return REFUSED_DEPLOYMENT if sent_abroad(pred) else None
    return SUB_REFUSALS.get(code[:3]) or _REFUSALS.get(code[:3]) or _REFUSALS.get(code[:2])


def restated_subject(obj: Token, answer: bool = True) -> Token | None:
    """For a restating noun beside a clause ('Bulgaria blocked the talks, a move Skopje condemned'; 'X freed Y, in
    a move welcomed by Z'; 'X detained Y in Kabul, a move criticised by Z'), the subject of that clause; for a
    definite act noun a second clause acts on ('X fired at Y, and Z condemned the attack'), the first clause's
    subject (when the second clause's act is an ``answer`` in words: not "and Y joined the offensive"); else None."""
    lemma = obj.lemma_.lower()
    if lemma not in RESTATING_NOUNS and lemma not in TOLD_ACTS:
        return None
    clause = _restated_clause(obj, lemma) or (_told_act(obj) if answer else None)
    subj = next((c for c in kids(clause) if c.dep_ == "nsubj"), None) if clause is not None else None
    return None if subj is None or subj.pos_ == "PRON" else subj


def _restated_clause(obj: Token, lemma: str) -> Token | None:
    """The verb of the clause a restating noun stands beside: its head ('..., a move Y condemned'), the verb of an
    'in a move ...' phrase, or, for an act noun set off by a comma after the clause's last phrase ('X arrived in
    Moscow for talks with Y, a visit that ...'), the verb that phrase hangs on."""
    head = obj.head
    if head.pos_ in ("VERB", "AUX") and (obj.dep_ in ("npadvmod", "appos", "dep") or _second_object(obj)):
        return head if lemma in RESTATING_NOUNS or obj.dep_ != "dobj" else None
    if lemma in RESTATING_NOUNS and obj.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep" and \
            head.head.pos_ == "VERB" and any(c.dep_ == "det" and c.lower_ == "a" for c in kids(obj)):
        return head.head  # "released four soldiers, in a move welcomed by X"
    before = obj.doc[obj.left_edge.i - 1] if obj.left_edge.i > 0 else None
    if obj.dep_ != "appos" or before is None or before.text != ",":
        return None
    cur = head
    for _ in range(6):  # (up through the phrases the comma follows: "in Kabul", "for talks with Y")
        if cur.pos_ == "VERB":
            return cur
        if cur.dep_ not in ("pobj", "prep", "dobj", "appos") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _told_act(obj: Token) -> Token | None:
    """'X fired at Y, and Z condemned the attack', 'X said Y had seized Z, and condemned the move': the clause a
    definite act noun (with no doer of its own) points back to, from the object of a second conjoined clause."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(obj)) or any(
            c.dep_ in ("poss", "amod", "compound", "prep", "relcl", "acl") and c.lower_ != "as" for c in kids(obj)):
        return None
    first = verb.head
    if any(c.dep_ == "nsubj" for c in kids(verb)) or stray_conjunct(verb) is not None:
        return first  # ("and the UK condemned the attack": the first clause's act; "said Y had seized Z, and ...")
    told = next((c for c in kids(first) if c.dep_ == "ccomp"), None)  # (a shared subject: what it said)
    return told if told is not None and first.lemma_.lower() in REPORTING else None


def _second_object(obj: Token) -> bool:
    """'X imposed sanctions on Y, a move ...' parsed with the restating noun as a second object after a comma."""
    before = obj.doc[obj.left_edge.i - 1] if obj.left_edge.i > 0 else None
    return obj.dep_ == "dobj" and before is not None and before.text == "," and any(
        c.dep_ == "dobj" and c.i < obj.i for c in kids(obj.head))


def leading_addressees(verb: Token) -> list[Token]:
    """The "to" objects of a phrase that opens the clause before its subject: 'In a letter to X, Y urged ...'; the
    "with" party of a meeting the clause is set in: 'Y asked for arms in a meeting with X', 'In talks with X, Y
    pledged ...'."""
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    return [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("in", "through", "via") and c.i < subj.i
            for n in kids(c) if n.dep_ == "pobj" for p in kids(n) if p.dep_ == "prep" and p.lower_ == "to"
            for g in kids(p) if g.dep_ == "pobj"] or [
        g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("in", "at", "during") for n in kids(c)
        if n.dep_ == "pobj" and n.lemma_.lower() in SETTING_MEETINGS for p in kids(n)
        if p.dep_ == "prep" and p.lower_ == "with" for g in kids(p) if g.dep_ == "pobj"]


def forecast_subject(verb: Token) -> Token | None:
    """The subject of what a bare "warned that ..." foresees, when that is someone's own act: "warned that Russia
    could test NATO" (Russia). None when the clause tells what the warned party will undergo ("would face ...")
    or the verb warns someone directly ("warned Manila that ...")."""
    if verb.lemma_.lower() != "warn" or any(c.dep_ in ("dobj", "dative") for c in kids(verb)):
        return None
    clause = next((c for c in kids(verb) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.lemma_.lower() in _UNDERGOING or any(c.dep_ == "nsubjpass" for c in kids(clause)):
        return None
    return next((c for c in kids(clause) if c.dep_ == "nsubj"), None)


def free_relative(verb: Token) -> Token | None:
    """The noun a free relative names: 'what it called militant camps' (camps), 'what it said were depots'
    (depots), 'what it described as targets' (targets); None unless ``verb`` is a naming verb with 'what'."""
    if verb.lemma_.lower() not in _NAMING or not any(
            c.lower_ == "what" for c in (*kids(verb), *(g for k in kids(verb) if k.dep_ == "ccomp"
                                                          for g in kids(k)))):
        return None
    for c in kids(verb):
        if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "what"):
            return c
        if c.dep_ == "ccomp":  # "what it said were X"
            attr = next((g for g in kids(c) if g.dep_ == "attr"), None)
            if attr is not None:
                return attr
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in kids(c) if g.dep_ == "pobj"), None)
    return None


def named_act_verb(noun: Token, light: set[str]) -> Token | None:
    """For an act noun a free relative names ('launched what it called an offensive'), the light verb (in ``light``)
    the naming clause is the object of, else None."""
    if noun.dep_ not in ("oprd", "xcomp", "dobj", "attr", "pobj"):
        return None
    verb = noun.head.head if noun.dep_ in ("attr", "pobj") else noun.head  # ("what it said was", "described as")
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _NAMING:
        verb = verb.head  # "what it said were X"
    act = verb.head
    if verb.dep_ != "ccomp" or act.lemma_.lower() not in light or free_relative(verb) != noun:
        return None
    return act


def background_clause(tok: Token) -> bool:
    """A clause that is a past reference point ('the worst attack since X stormed Y', 'one year since war broke
    out', 'prices have risen since X invaded Y') or a possibility ('the way for X to resume drills')."""
    clause = tok
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head  # "since X invaded Y and annexed Z"
    marks = {c.lower_ for c in kids(clause) if c.dep_ == "mark"}
    if "for" in marks and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause)):
        return True  # "for South Korea to resume drills": made possible, not done
    if "since" not in marks or clause.dep_ != "advcl":
        return False
    head = clause.head
    return head.pos_ in ("NOUN", "ADJ", "NUM") or head.lemma_ == "be" or any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in kids(head)) or any(
        c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in kids(head))


def each_other(verb: Token) -> bool:
    """Whether the verb's object, or the object of its preposition, is 'each other' / 'one another' (or 'the other'
    after a distributive 'each'), or is owned by them ('praised each other's efforts', 'recognised one another's
    borders')."""
    for c in kids(verb):
        heads = [c] if c.dep_ in ("dobj", "dative") else [g for g in kids(c) if g.dep_ == "pobj"] \
            if c.dep_ == "prep" else []
        heads += [g for h in heads for g in kids(h) if g.dep_ == "poss"]
        for h in heads:
            words = {h.lower_, *(g.lower_ for g in kids(h) if g.dep_ == "det")}
            if words in ({"other", "each"}, {"one", "another"}, {"another", "one"}):
                return True
            if words == {"the", "other"} and _each_subject(verb):
                return True  # "X and Y each accused the other"
    return False


def _each_subject(verb: Token) -> bool:
    """'X and Y each accused ...', 'X and Y have each ...', 'each side blamed ...': a distributive 'each' on the verb
    or its subject."""
    subj = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ == "each" and c.i < verb.i for h in (verb, *subj) for c in kids(h))


def motive_idiom(tok: Token) -> bool:
    """'recalled its envoy in protest at X', 'marched in protest against Y': the bare 'in protest' gives the reason
    for the act that governs it (coded on its own verb); it is no protest of its own."""
    return tok.lemma_.lower() in MOTIVE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
        tok.head.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in kids(tok))
