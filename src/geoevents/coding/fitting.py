"""Which of a lemma's ``verbs.csv`` rows fits a trigger: particles, prepositions, objects and complements."""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Token

from geoevents.coding.accusations import charged_party
from geoevents.coding.censure_rows import CENSURE_LEMMAS, censure_fits
from geoevents.coding.coercion import PARTY_PREPS, party_holders
from geoevents.coding.cooperation import allowed_lemmas, civil_joint_act, set_free, unshared_production
from geoevents.coding.defences import DEFENCE_CODE, defence_fits
from geoevents.coding.dictionaries import load_actor_dictionary
from geoevents.coding.inquiry_codes import GENERIC_INQUIRY, mishap_inquiry
from geoevents.coding.material import of_goods
from geoevents.coding.material_more import aid_phrases, unpartnered_joint_act
from geoevents.coding.meetings import standing_pact
from geoevents.coding.modality import REPORTING, split_attribution
from geoevents.coding.offered_roles import offered_roles
from geoevents.coding.passives import stranded_subject
from geoevents.coding.patterns import WIRE_SYNONYMS, Rule
from geoevents.coding.protest_acts import protest_row_fits
from geoevents.coding.roles import direct_object, hung_aims, participle_object, particle_object
from geoevents.coding.statements import owned_deeds
from geoevents.coding.targets import ArgumentReader
from geoevents.coding.tokens import first_conjunct, kids, span_rows
from geoevents.coding.vocab import ECONOMIC_MEASURES, MOTION_VERBS, RELATIVE_PRONOUNS, RESULT_STATES, VIOLENT_ROOTS
from geoevents.coding.yield_rows import SPECIAL_CODES, row_fits

__all__ = ["rule_fits"]

# prepositions whose object a noun row's object words may name: "withdrawal from the deal", "calls for a ceasefire"
_THING_PREPS = frozenset({"from", "for"})
# where military aid goes: "sent jets to / for Ukraine" (a recipient, not a place shown force)
_GIVEN_TO = frozenset({"to", "for"})
# craft that are not arms of their own: sent "near X" they show force, sent to watch or to help they do not
_CRAFT = frozenset({"ship", "vessel", "aircraft", "plane", "jet", "helicopter", "boat"})
# nouns of a ban, whose "on" / "against" object is the thing banned as well as its party
_BAN_HEADS = frozenset({"ban", "banning", "prohibition", "outlawing", "proscription"})
_BANNED_PREPS = frozenset({"on", "against"})
_TIME = ("DATE", "TIME")  # "on Tuesday", "for a week": when, not whom or what
# the object word a row lists for a named place as its object ("captured Avdiivka", as "captured the town")
NAMED_PLACE = "@place"
# the object word a row lists for a news outlet named in the actor dictionary ("suspended the BBC")
NAMED_OUTLET = "@media"
_APPOS = get_string_id("appos")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PARTS = frozenset({"central", "downtown", "northern", "southern", "eastern", "western", "northeastern",
                          "northwestern", "southeastern", "southwestern", "greater", "inner", "suburban", "rural"})
_TIME_NOUNS = frozenset({"day", "night", "week", "month", "year", "hour", "minute", "time", "decade", "weekend",
                         "morning", "evening", "while"})  # "for a third day", "for the first time": when
# verbs whose expulsion rows (174) need a "to leave" clause: "gave the envoy three days to leave", "told X to leave"
LEAVE_ORDER_VERBS = frozenset({"give", "grant", "order", "tell", "ask", "instruct", "direct"})
# the light verbs of a deed one is accused of ("accused X of committing genocide", "of carrying out attacks")
_COMMITTING = frozenset({"commit", "perpetrate", "carry", "conduct", "orchestrate", "mastermind", "stage", "launch"})
# the root of the rejections, and the nouns whose proposed act names what is rejected (its sub-code)
_REJECT_ROOT = "12"
_INTENT_ROOT = "03"  # (an offer may name what it offers in an "as" complement: see offered_roles)
_PROTEST_ROOT = "14"  # (a labour strike's workers may be its possessor: "the nurses' walkout", "the miners' strike")
_PROPOSALS = frozenset({"proposal", "offer", "request", "call", "appeal", "plan", "idea", "suggestion", "initiative",
                        "bid", "demand", "invitation", "overture", "push", "pressure"})
LEAVE_VERBS = frozenset({"leave", "depart", "quit", "exit"})
# verbs of aid cut whose object may be a sum "in" aid: "withheld $95 million in military aid from X" (162)
# nouns of an amount or a delivery whose "of" complement is the thing given ("a package of air-defence equipment")
_CONTAINERS = frozenset({"package", "batch", "shipment", "consignment", "tranche", "set", "supply", "delivery",
                         "round", "number", "range", "host", "array", "cargo", "load"})
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# office holders whose compound modifier names a portfolio, not a kind of thing ("the defence minister")
_OFFICE_HOLDERS = frozenset({"minister", "secretary", "envoy", "adviser", "advisor", "spokesman", "spokeswoman",
                             "spokesperson", "czar", "tsar", "negotiator"})
_CUTTING = frozenset({"withhold", "freeze", "cut", "suspend", "halt", "slash", "block", "delay", "stop", "reduce"})
# verbs that lower a quantity, and the quantities of a market they may lower ("cut oil prices", "oil output")
_LOWERING = frozenset({"cut", "reduce", "slash", "trim", "curtail", "lower"})
_MARKET_TERMS = frozenset({"price", "cost", "rate", "output", "production", "consumption", "subsidy", "tax",
                           "bill", "tariff", "fare", "demand"})
_GIVING = frozenset({"give", "grant"})  # (their aid rows: "gave X arms", not "gave X a week to leave")
# what is given with a "to leave" that lets one go: "gave X permission / the right / a chance to leave"
_LEAVE_GRANTS = frozenset({"permission", "approval", "right", "clearance", "chance", "opportunity", "visa", "permit",
                           "go-ahead", "leave", "freedom", "authorization", "authorisation", "consent"})
_PHRASAL_LEMMAS = frozenset(lemma for lemma, particle in WIRE_SYNONYMS if particle)  # ("back" of "back out")
_STATIONING = frozenset({"deploy", "station", "move", "send", "transfer", "place"})
_SENDING_PREPS = frozenset({"to", "into", "in", "near"})
# verbs that report a claim about another party: its speaker is the source of a speaker row ("X said Y had ...")
_CLAIMING = frozenset(REPORTING | {"claim", "allege", "charge", "argue", "assert", "contend", "maintain"})


def rule_fits(rule: Rule, tok: Token, kind: str, memo: dict[object, object] | None = None) -> bool:
    """Whether the row ``rule`` of the trigger's lemma fits its use here (particles, prepositions, objects).

    ``memo`` (one dict per trigger) keeps what the rows of one lemma read alike: the object's lemmas and the
    prepositional objects, computed once for all the lemma's rows instead of once per row."""
    memo = {} if memo is None else memo
    if rule.target == "subj" and kind == "noun" and charged_party(tok) is None:
        return False  # "X's accusation that Y had ...": only with a clause that names whom it charges
    if rule.source == "speaker" and kind == "verb" and (not _claimed(tok) or any(
            c.dep_ == "nsubj" and c.lower_ in _SELF_PRONOUNS for c in kids(tok))):
        return False  # "Iran breached the deal" is the breach itself; "X said Iran had breached it" accuses Iran
        # ("X said it bore responsibility for the attack": X's own claim, not an accusation)
    if rule.code == "130" and kind == "verb" and rule.lemma in _ANSWERING and not (any(
            c.dep_ == "advmod" and c.lower_ in _FIRMLY for c in kids(tok)) and any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in kids(tok))):
        return False  # "we will respond firmly to any provocation" threatens; "responded to the letter" does not
    if rule.source == "speaker" and rule.code[:2] == "13" and kind == "verb" and not any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in (*kids(tok), *kids(first_conjunct(tok)))):
        return False  # "X said Y would pay a heavy price" threatens Y; "said Y had paid a heavy price" does not
    if kind == "verb" and not rule.particle and rule.lemma in _PHRASAL_LEMMAS and any(
            (rule.lemma, c.lower_) in WIRE_SYNONYMS and (c.dep_ == "prt" or (
            c.dep_ == "prep" and c.i == tok.i + 1 and any(g.dep_ == "prep" and g.lower_ == "of" for g in kids(c))))
            for c in kids(tok)):  # ("backed out of": the parser may take the particle for a preposition)
        return False  # "backed out of the swap" is no backing, "held up the convoy" no holding: the phrasal verb's rows
    if rule.code[:2] == "20" and kind == "verb" and tok.lemma_.lower() in _STATIONING and rule.preps and \
            not _has_prep(tok, rule.preps) and any(c.dep_ == "prep" and c.lower_ in _SENDING_PREPS
                                                   for c in kids(tok)):
        return False  # "deployed nuclear weapons to / in Belarus": stationed somewhere, not used on anyone
    if rule.code in SPECIAL_CODES and (special := row_fits(rule, tok, kind)) is not None:
        return special  # "allowed the state of emergency to lapse", "offered to lead a force in X" (see yield_rows)
    if rule.code == DEFENCE_CODE and (defence := defence_fits(rule, tok, kind)) is not None:
        return defence  # "dismissed criticism of Syria": a defence of Syria (see defences)
    if rule.lemma in CENSURE_LEMMAS and (named := censure_fits(rule, tok, kind)) is not None:
        return named  # "called X a dictator", "blamed the weather": the label, the cause (see censure_rows)
    if not _objects_fit(rule, tok, kind, memo):
        return False  # (the commonest miss, read once per lemma: the checks below are pure and come after it)
    if rule.code[:2] == "14" and not protest_row_fits(rule, tok, kind):
        return False  # "launched a general offensive", "refused food aid": no strike (see protest_acts)
    if " " in rule.particle:
        prep, _, noun = rule.particle.partition(" ")
        if not any(c.dep_ == "prep" and c.lower_ == prep and any(g.dep_ == "pobj" and g.lemma_.lower() == noun
                                                                  for g in kids(c)) for c in kids(tok)):
            return False  # "put the talks on hold" (a prepositional idiom), not "put the talks on the agenda"
    elif rule.particle and not any(c.lower_ == rule.particle and (c.dep_ == "prt" or (
            c.dep_ == "advmod" and (c.i == tok.i + 1 or c.lower_ in ("back", "forward"))) or (  # ("hit back at")
            c.dep_ == "prep" and c.i == tok.i + 1 and (not rule.preps or any(
                g.dep_ == "prep" and g.lower_ in rule.preps for g in kids(c))))) for c in kids(tok)):
        # ("walked off the job", "stormed out of the talks": the parser may take the particle for a preposition)
        return False
    if rule.preps and not rule.objects:
        if rule.source in ("pobj", "between") or rule.target in ("pobj", "place", "between"):
            if not _cached(memo, ("timeless pobj", rule.preps), lambda: any(
                    p.ent_type_ not in _TIME for p in ArgumentReader._pobjs(tok, rule.preps))) and not (
                    kind == "verb" and rule.target == "pobj" and stranded_subject(tok, rule.preps) is not None):
                return False  # "met with X" needs the "with"; the row without it is the fallback ("X was fired on")
        elif not _cached(memo, ("has prep", rule.preps), lambda: _has_prep(tok, rule.preps)):
            return False  # "call for" is an appeal; "called the plan positive", "called the police" are not
    elif kind == "noun" and rule.source == "between" and rule.code[:2] == "04" and not _has_prep(tok, rule.preps):
        return False  # "a phone call between X and Y" before "X's phone call with Y": each row needs its phrase
    elif kind == "noun" and rule.preps and "between" not in rule.preps and not _has_prep(tok, rule.preps) and \
            _has_prep(tok, frozenset({"between"})):
        return False  # "the joint drills between X and Y": the "between" row, not "X's joint drills with Y"
    elif kind == "noun" and rule.target == "place" and rule.code[:2] == "15" and not _has_prep(tok, rule.preps):
        return False  # "condemned China's military drills": no place named, the row with none ("drills near X")
    elif kind == "verb" and rule.code == "150" and rule.target == "place" and rule.objects and \
            not _has_prep(tok, rule.preps) and (_has_prep(tok, _GIVEN_TO) or (
                (obj := direct_object(tok)) is not None and obj.lemma_.lower() in _CRAFT)):
        return False  # "sent jets to Ukraine": military aid; "sent ships to monitor": a show of force only near X
    if kind == "verb":
        labels = memo.get("labels")
        if not isinstance(labels, tuple):
            labels = memo["labels"] = tuple((c.lower_, c.lemma_.lower()) for c in (
                *(c for c in kids(tok) if c.dep_ == "oprd"), *_labels(direct_object(tok))))
        if any(low not in RESULT_STATES and lemma not in rule.objects for low, lemma in labels):
            return False  # "called it a violation": naming, not acting ("shot dead", "found X guilty" are acting)
    if kind == "verb" and rule.code[:2] in VIOLENT_ROOTS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ECONOMIC_MEASURES for c in kids(tok)):
        return False  # "US sanctions hit Venezuela's oil company": an economic blow, no act of force
    if kind == "verb" and unshared_production(rule, tok):
        return False  # "Poland produces shells": arms made alone ("jointly produce", "with Y" are co-production)
    if kind == "verb" and civil_joint_act(rule, tok):
        return False  # "students held a joint debate with ...", "a joint fund with Y": no act of armed forces
    if kind == "verb" and unpartnered_joint_act(rule, tok):
        return False  # "X and Y launched joint operations against Z": the force row, not the joint-operation row
    if kind == "verb" and rule.lemma == "ask" and rule.code[:2] == "02" and any(
            c.dep_ in ("ccomp", "parataxis") and not any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))
            for c in kids(tok)):
        return False  # "asked whether / why ...", "asked: 'How many more must die?'": a question, not an appeal
    if kind == "verb" and rule.lemma == "ask" and rule.code[:2] == "02" and _quoted_question(tok):
        return False  # '"Is this the partner we want?" X asked reporters': the question quoted before it
    if kind == "verb" and rule.code == "174" and rule.lemma in LEAVE_ORDER_VERBS and \
            "expulsion" not in rule.objects and (not _to_leave(tok) or _own_sent(tok)):
        return False  # "gave the negotiators two days", "told the envoy": no expulsion ("ordered the expulsion" is)
    if rule.code == GENERIC_INQUIRY and not rule.objects and mishap_inquiry(tok, kind):
        return False  # "police investigated the cause of the fire": a disaster looked into, no political event
    if kind == "verb" and rule.code == "163" and rule.lemma in _LOWERING and _cached(memo, "priced", lambda: any(
            o.lemma_.lower() in _MARKET_TERMS for o in (ArgumentReader._object(tok),) if o is not None)):
        return False  # "cut its oil prices for China", "cut oil output": a market move, no embargo
    if kind == "verb" and rule.code == "174" and rule.lemma in _GIVING and any(
            c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _LEAVE_GRANTS for c in kids(tok)):
        return False  # "granted the citizen permission to leave": let go, not expelled
    if kind == "verb" and rule.code[:2] in ("06", "07") and rule.lemma in _GIVING and _to_leave(tok):
        return False  # "gave the military attaché a week to leave": an expulsion (174), no military aid
    if kind == "verb" and rule.code[:2] == "04" and rule.lemma in MOTION_VERBS and \
            ArgumentReader._object(tok) is not None:
        return False  # "flew supplies to Syria" carries something: not a visit
    if kind == "noun" and rule.code == "057" and standing_pact(tok):
        return False  # "X, which has a defence treaty with Y": a standing tie, not a signing
    # an intransitive sense ("protesters demonstrated") does not fit "demonstrated X"
    return not (kind == "verb" and rule.target == "none" and not rule.objects and not rule.preps and any(
        c.dep_ == "dobj" for c in kids(tok)))


def _objects_fit(rule: Rule, tok: Token, kind: str, memo: dict[object, object]) -> bool:
    """Whether the row's object words (if it has any) name the trigger's object or what stands for it."""
    if not rule.objects:
        return True
    if kind == "verb":
        if "object" not in memo:
            obj = ArgumentReader._object(tok) or particle_object(tok)  # ("hauled in the ambassador")
            if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
                obj = tok.head  # "a swap brokered by X": the noun a passive participle qualifies
            if obj is None:  # "passing targeting data to X": a participle the parser took for a clause modifies it
                obj = participle_object(tok)
            memo["object"] = obj
        # the object's lemmas depend on the row's prepositions only for "accused X of ..." and with no object
        key: tuple[object, ...] = ("objects", rule.preps) if rule.preps and (
            memo["object"] is None or rule.target == "obj") else ("objects",)
        key += ("rejected",) if rule.code[:2] == _REJECT_ROOT else ()  # (and what a rejected proposal proposes)
        key += ("offered",) if rule.code[:2] == _INTENT_ROOT else ()  # (and the role an offer puts forward)
    else:
        key = ("objects", rule.preps) if rule.preps else ("objects",)
    lemmas = memo.get(key)
    if not isinstance(lemmas, frozenset):
        obj_token = memo.get("object")
        lemmas = memo[key] = frozenset(_object_lemmas(
            rule, tok, kind, obj_token if isinstance(obj_token, Token) else None))
    return bool(lemmas & rule.objects)


# subjects by which a reporter speaks of itself: "X said it / we had ..." (not another party accused; "they" may
# be the parties just named: "expelled two diplomats, saying they had violated norms")
_SELF_PRONOUNS = frozenset({"it", "we", "i"})
# the auxiliaries of what a speaker says is to come ("Y will pay a heavy price")
_FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
# an answer announced with firmness is a threat: "will respond firmly / decisively to any provocation"
_ANSWERING = frozenset({"respond", "react"})
_FIRMLY = frozenset({"firmly", "decisively", "resolutely", "forcefully", "forcibly", "harshly", "severely",
                     "strongly", "vigorously", "robustly", "swiftly"})


def _claimed(tok: Token) -> bool:
    """Whether the clause of ``tok`` is what a reporting verb claims: "X said (that) Y had violated the deal"."""
    if split_attribution(tok) is not None:
        return True  # ('"A," X said, "and Y will pay a heavy price."')
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # ("said Y had violated the deal and breached its obligations")
    return cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in _CLAIMING


def _cached(memo: dict[object, object], key: object, compute: Callable[[], bool]) -> bool:
    found = memo.get(key)
    if not isinstance(found, bool):
        found = memo[key] = compute()
    return found


_NESTING_PREPS = frozenset({"of", "on", "for", "in", "at", "near"})  # ("the bombing of a market in X, which Y claimed")
# participles after a noun that make its people wanted ones: "handed over three men suspected of smuggling"
_WANTED_PARTICIPLES = frozenset({"suspected", "wanted", "sought", "convicted"})


def _object_lemmas(rule: Rule, tok: Token, kind: str, obj: Token | None) -> set[str]:
    """The lemmas a row's object list is matched against: the object phrase's head, its "of" complement and
    their modifiers; the topic of "accused X of ..."; an intransitive verb's prepositional object; a complement."""
    lemmas: set[str] = set()
    if kind == "verb":
        if obj is not None:
            heads = [obj, *obj.conjuncts]
            aided = {a.head.head.i for a in aid_phrases(tok)}  # "pledged $2 billion in military aid"
            heads += [g for h in heads for c in kids(h) if c.dep_ == "prep" and (
                (c.lower_ == "of" and not _party(h)) or (
                    c.lower_ == "in" and _sum(h) and (tok.lemma_ in _CUTTING or h.i in aided))) for g in (c, *kids(c))
                      if g.dep_ == "pobj"]  # "a large amount of ammunition", "withheld $95 million in military aid"
            # (not "warned Egypt of consequences": a named party's "of" phrase is what is said of it)
            heads += [cj for h in list(heads) for cj in h.conjuncts]
            if obj.i == tok.head.i and obj.dep_ == "pobj" and tok.dep_ in ("relcl", "acl") and any(
                    c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in kids(tok)):
                heads += _outer_nouns(obj)  # "a memorandum on defence cooperation that X signed with Y" (a relative
                # clause; not a participle of the last noun: "the extradition of a journalist sought by X")
            heads += _labels(obj)  # "called X's actions a genocide": a small clause
            if rule.code[:2] == _INTENT_ROOT:  # "offered Muscat as a venue", "offered itself as a mediator"
                heads += offered_roles(tok)
            if rule.code[:2] == _REJECT_ROOT:  # "turned down an offer to mediate" (126), "rejected a proposal for
                # talks" (125): what is proposed names the rejection, when its rows come before the generic one (120)
                heads += [g for h in list(heads) if h.lemma_.lower() in _PROPOSALS for g in _proposed(h)]
            mods = [c for h in heads for c in kids(h)
                    if (c.dep_ in ("compound", "amod", "nmod") and not _affiliated(c) and not _portfolio(c)) or (
                        c.dep_ == "acl" and c.lower_ in _WANTED_PARTICIPLES)]  # ("three men suspected of X")
            # (a modifier's conjuncts modify too: "search-and-rescue teams")
            lemmas = {h.lemma_.lower() for h in heads} | {_modifier_lemma(m) for c in mods for m in (c, *c.conjuncts)}
            if obj.i != tok.head.i:  # (a named force keeps its plural as its lemma: "mobilised its Revolutionary
                # Guards", "deployed Marines"; not the noun a participle qualifies: "U.S. Marines trained ...")
                lemmas |= {h.lower_[:-1] for h in heads if h.tag_ == "NNPS" and h.lower_.endswith("s")}
            if any(_named_place(h) for h in (obj, *obj.conjuncts)):
                lemmas.add(NAMED_PLACE)  # "captured Avdiivka": a place named, not a thing ("town" rows list it)
            if any(_named_outlet(h) for h in heads):
                lemmas.add(NAMED_OUTLET)  # "suspended the BBC", "broadcasts of France 24": a news outlet named
            if rule.target == "obj" and rule.preps:  # "accused X of war crimes": what X is said to have done
                topics = [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in rule.preps
                          for g in kids(c) if g.dep_ in ("pobj", "pcomp", "amod")]  # ("as illegal")
                topics = topics or [g for c in kids(obj) if c.dep_ == "prep" and c.lower_ in rule.preps
                                    for g in kids(c) if g.dep_ in ("pobj", "pcomp")]
                topics += [cj for g in topics for cj in g.conjuncts]  # ("joined X in air and naval drills")
                # ("accused Myanmar's military of war crimes": the parser may hang the topic on the object)
                topics += [p for g in topics if g.lemma_.lower() in _CONTAINERS for c in kids(g)
                           if c.dep_ == "prep" and c.lower_ == "of" for p in kids(c) if p.dep_ == "pobj"]
                # ("provided Ukraine with a new package of air-defence equipment": what the package holds)
                topics += [d for g in topics if g.dep_ == "pcomp" and g.lemma_.lower() in _COMMITTING
                           for d in kids(g) if d.dep_ == "dobj"]  # "of committing genocide": the deed committed
                lemmas = {g.lemma_.lower() for g in topics} | {c.lemma_.lower() for g in topics
                                                              for c in kids(g) if c.dep_ in ("compound", "amod")}
        elif rule.preps:  # an intransitive verb's prepositional object: "took to the streets"
            lemmas = {p.lemma_.lower() for p in ArgumentReader._pobjs(tok, rule.preps)}
        else:  # "declined to comment": the verb's infinitive complement; "found X guilty" (small clause)
            lemmas = {c.lemma_.lower() for c in kids(tok) if c.dep_ in ("xcomp", "acomp") or (
                c.dep_ == "ccomp" and (c.pos_ == "ADJ" or _that_clause(c)))}  # ("requested that X extradite Y")
            # ("remained silent", "stayed tight-lipped": an adjective complement)
            lemmas |= allowed_lemmas(tok)  # "allowed inspectors to visit": what is let in
            lemmas |= owned_deeds(rule, tok)  # "admitted that its soldiers had killed ..."
        lemmas |= {c.lemma_.lower() for c in kids(tok) if c.dep_ == "oprd"} | set_free(tok)  # "found X guilty"
    else:
        lemmas = {c.lemma_.lower() for c in kids(tok) if c.dep_ in ("compound", "amod", "nmod") or (
            c.dep_ == "poss" and c.pos_ == "NOUN" and rule.code[:2] == _PROTEST_ROOT)}  # ("the doctors' walkout")
        lemmas |= of_goods(tok)  # "a shipment of 40 tonnes of rice": behind a measure too
        # "its withdrawal from the grain deal", "a demand for a pullout": the object of the row's own "from" /
        # "for" (the thing left or asked for; an "on" / "to" phrase names a party or a place)
        lemmas |= {t.lemma_.lower() for c in kids(tok) if c.dep_ == "prep" and c.lower_ in rule.preps and
                   c.lower_ in _THING_PREPS for g in kids(c) if g.dep_ == "pobj" for t in (g, *g.conjuncts)}
        if tok.lemma_.lower() in _BAN_HEADS:  # "X's ban on the news website / on opposition parties": what is
            # banned is named by "on" too (of other measures, "sanctions on Iran", it names the party only)
            heads = [t for c in kids(tok) if c.dep_ == "prep" and c.lower_ in _BANNED_PREPS and c.lower_ in rule.preps
                     for g in kids(c) if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
            lemmas |= {t.lemma_.lower() for h in heads for t in (h, *kids(h)) if t.i == h.i or t.dep_ == "compound"}
    return lemmas


def _that_clause(clause: Token) -> bool:
    """A "that" clause with its own subject: 'requested that Mexico hand over X' (the act asked for)."""
    kin = kids(clause)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kin) and any(c.dep_ == "nsubj" for c in kin)


def _proposed(noun: Token) -> list[Token]:
    """What a proposal noun proposes: its "for" object ("a proposal for a ceasefire") or its infinitive and that
    infinitive's object ("an offer to mediate", "calls to lift the blockade")."""
    out = [g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "for" for g in kids(c) if g.dep_ == "pobj"]
    for c in kids(noun):
        if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)):
            out += [c, *(g for g in kids(c) if g.dep_ == "dobj")]
    return out


def _sum(tok: Token) -> bool:
    """Whether a noun is a sum of money: a MONEY entity, or a counted noun the tagger left out of one ("froze
    1.2 billion euros in development aid": "euros" may come with no entity type)."""
    return tok.ent_type_ == "MONEY" or any(c.dep_ in ("nummod", "compound", "quantmod") and (
        c.like_num or c.ent_type_ in ("CARDINAL", "MONEY")) for c in kids(tok))


def _affiliated(mod: Token) -> bool:
    """Whether a modifier is a participle naming whom its noun is tied to ("a Hezbollah-linked businessman",
    "Iran-backed militias"): it tells whose, not what kind of thing, the object is ("froze the accounts of ...")."""
    return mod.dep_ == "amod" and mod.tag_ == "VBN" and any(
        g.dep_ in ("npadvmod", "compound", "nmod") and g.i < mod.i for g in kids(mod))


def _party(head: Token) -> bool:
    """Whether an object is a named party, whose "of" phrase is what the verb says of it, not what it holds
    ("warned Egypt of consequences", unlike "a large amount of ammunition")."""
    return head.pos_ == "PROPN" and head.ent_type_ in _PARTY_ENTS


def _portfolio(mod: Token) -> bool:
    """Whether a compound names an office holder's portfolio ("received the defence minister", "the arms control
    envoy"): the object is a person, not the thing the modifier names (no "received weapons" row)."""
    return mod.dep_ == "compound" and mod.head.lemma_.lower() in _OFFICE_HOLDERS


def _has_prep(tok: Token, preps: frozenset[str]) -> bool:
    """Whether one of the row's prepositions hangs on the trigger or its object ("to" also as an infinitive's)."""
    holders = [tok, *(c for c in kids(tok) if c.dep_ in ("dobj", "attr", "prt", "advmod")
                      or (c.dep_ == "prep" and c.i == tok.i + 1))]  # ("stormed out of": "of" may hang on "out")
    if preps & {"to", "for"} and tok.pos_ == "VERB":
        holders += aid_phrases(tok)  # "pledged $4.5 billion in new aid to Ukraine"
    if preps & PARTY_PREPS:
        holders += party_holders(tok)  # "the signing of a deal with X", "the truce reached between X and Y"
    if any(c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ in preps and not any(
            g.ent_type_ in _TIME or g.lemma_.lower() in _TIME_NOUNS for g in kids(c))
           for h in holders for c in kids(h)):
        return True  # ("called Erdogan on Tuesday" is no "call on")
    if any(c.lower_ in preps for c in hung_aims(tok)):
        return True  # "condemned X's strike on Y": the noun's "on" phrase hung on the verb
    return "to" in preps and any(c.dep_ in ("xcomp", "ccomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for c in kids(tok))  # "agreed to expand"


def _named_outlet(tok: Token) -> bool:
    """Whether a name (with its compound words: "Al Jazeera", "France 24") is a news outlet of the actor dictionary."""
    if tok.pos_ != "PROPN":
        return False
    words = [c for c in kids(tok) if c.dep_ in ("compound", "nummod") and c.i < tok.i + 2] + [tok]
    lo, hi = min(t.i for t in words), max(t.i for t in words) + 1
    entry = load_actor_dictionary().proper.get(tok.doc[lo:hi].text)
    return entry is not None and entry.type_code == "MED"


def _named_place(tok: Token) -> bool:
    """Whether a token names a place: a place entity, or a lone name the tagger took for a person ("captured
    Rafah"; the target reader then looks the name up in the gazetteer, as for "shelled Lalibela")."""
    if tok.pos_ == "PROPN" and any(c.dep_ == "amod" and c.lower_ in _PLACE_PARTS and c.i < tok.i for c in kids(tok)):
        return True  # "central Dhaka", "downtown Nairobi": a part of a place, whatever entity the tagger gave it
    return tok.ent_type_ in _PLACE_ENTS or (tok.ent_type_ in ("PERSON", "") and tok.pos_ == "PROPN" and not any(
        c.dep_ in ("compound", "amod", "appos", "flat") for c in kids(tok)) and (
        tok.i == 0 or tok.nbor(-1).pos_ != "PROPN"))


def _own_sent(tok: Token) -> bool:
    """Whether those told to leave are the subject's own ("ordered its forces to leave Kherson": a pull-back)."""
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "his", "her")
                                        for p in kids(c)) for c in kids(tok))


def _to_leave(tok: Token) -> bool:
    """Whether the verb or its object carries a "to leave / depart" clause: "gave X a week to leave the country"."""
    holders = [tok, *(c for c in kids(tok) if c.dep_ in ("dobj", "dative", "npadvmod"))]
    if any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ == "out" for c in kids(tok)):
        return True  # "ordered the ambassador out (of the country)"
    return any(c.dep_ in ("xcomp", "advcl", "relcl", "acl", "ccomp") and c.lemma_.lower() in LEAVE_VERBS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for h in holders for c in kids(h))


def _outer_nouns(noun: Token) -> list[Token]:
    """The nouns a prepositional object is nested in ("a memorandum of understanding on defence cooperation"): a
    relative clause the parser hangs on the last noun of the phrase may describe the whole ("that X signed")."""
    out: list[Token] = []
    for _ in range(3):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in _NESTING_PREPS or prep.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = prep.head
        out.append(noun)
    return out


def _modifier_lemma(mod: Token) -> str:
    """A modifier's lemma, but a participle's own form: "scrapped a planned arms sale" names a sale, not a plan
    ("planned" is not the noun "plan"), "a proposed deal" a deal."""
    return mod.lower_ if mod.dep_ == "amod" and mod.tag_ == "VBN" else mod.lemma_.lower()


def _labels(obj: Token | None) -> list[Token]:
    """The label of a small clause the parser read as an appositive: "called X's blockade of Y a crime"."""
    if obj is None:
        return []
    doc = obj.doc
    lo, hi = obj.left_edge.i, obj.right_edge.i + 1  # (the appositions among the subtree's span, read as an array)
    found = [doc[lo + n] for n, (dep,) in enumerate(span_rows(doc[lo:hi], (DEP,))) if dep == _APPOS]
    return [t for t in found if (t.i == obj.i or obj.is_ancestor(t)) and t.left_edge.i > 0 and not doc[
        t.left_edge.i - 1].is_punct and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in kids(t))]


def _quoted_question(verb: Token) -> bool:
    """Whether a direct question ends just before the attribution a verb of asking heads ('"Why now?" the leader
    asked reporters', the parser making the quote a sentence of its own)."""
    start = verb.left_edge.i
    return start >= 2 and verb.doc[start - 1].is_quote and verb.doc[start - 2].text == "?"
