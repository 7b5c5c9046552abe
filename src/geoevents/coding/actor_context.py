"""Actor words whose country is not the country where the sentence takes place.

- ``unplaced_country``: an agent word named without a country usually takes the sentence's context country
  ("protesters", "the police"). Some do not:
  * people on the move ("migrants", "refugees", "asylum seekers") sent away by a state, or said to come from a
    region ("Central American migrants", "foreign migrants"), are not of that state: "Tunisia deported dozens of
    migrants" is TUN > "" (no nationality), not TUN > TUNREF. Others stay of where they are (coding_gold: asylum
    seekers attacked in Britain are GBRREF);
  * "Congress" (a proper noun with no country of its own), "the Treasury" and "Republican"/"GOP" lawmakers are
    the United States' in international wire copy, unless the sentence is set in a country whose own legislature,
    finance ministry or party goes by that name ("Congress removed President Castillo": Peru's).
- ``regional_demonym``: "Central American migrants", "Latin American leaders": a region's people, not American
  (United States) ones.
- ``acts_on_country``: "the junta criticised France", "the House of Representatives condemned China": a ruling
  body or legislature named without a country is not of the country its act is aimed at, even when that country
  is the only one the sentence names (it is then left unknown rather than made France's own junta).
- ``us_state``: "police in Atlanta, Georgia": the US state after a city, not the country Georgia.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from spacy.tokens import Doc, Token

from geoevents.coding.tokens import kids

__all__ = ["KIN_NOUNS", "acts_on_country", "conjunct_country", "kin_of_person", "regional_demonym", "unplaced_country",
           "us_state"]

# people named by their movement: never of the country the sentence is set in ("internally displaced" are)
_MOVERS = frozenset({"migrant", "migrants", "refugee", "refugees", "immigrant", "immigrants", "emigrants",
                     "asylum", "seeker", "seekers", "asylum-seeker", "asylum-seekers"})
# countries whose own legislature (or main party) is called Congress
_CONGRESS_LANDS = frozenset({"PER", "COL", "BRA", "MEX", "ARG", "CHL", "PHL", "GTM", "HND", "PRY", "SLV", "DOM",
                             "ESP", "IND", "ZAF", "FSM", "NIC", "PAN", "CRI", "BOL", "ECU", "VEN", "URY"})
# countries whose finance ministry is "the Treasury"
_TREASURY_LANDS = frozenset({"GBR", "AUS", "NZL", "IRL"})
# party words that, on lawmakers, name the United States' parties
_US_PARTY_WORDS = frozenset({"republican", "republicans", "gop"})
_US_LEGISLATORS = frozenset({"lawmaker", "lawmakers", "senator", "senators", "congressman", "congressmen",
                             "congresswoman", "congresswomen", "legislator", "legislators", "representatives"})
# deportation verbs: the people sent away are not of the country that sends them
_SENDING_AWAY = frozenset({"deport", "expel", "repatriate", "evict", "push", "pushback", "return", "dump", "abandon",
                           "intercept", "remove"})
# modifiers that say people on the move come from elsewhere ("Central American", "foreign", "sub-Saharan")
_ELSEWHERE = frozenset({"foreign", "african", "sub-saharan", "saharan", "asian", "arab", "american", "undocumented"})
_REGIONS = frozenset({"central", "latin", "south", "north", "pan", "meso"})
_AMERICANS = frozenset({"american", "americans"})
# towns of the country Georgia that wire copy writes as "<town>, Georgia"
_GEORGIAN_TOWNS = frozenset({"tbilisi", "batumi", "kutaisi", "rustavi", "gori", "zugdidi", "poti", "sukhumi",
                             "tskhinvali", "telavi", "mtskheta", "anaklia"})


# aid workers named without a nationality, as the party acted on: their staff is mixed, of no one country (the
# labelled conventions); as doers ("aid workers delivered food") they stay the place's
_AID_STAFF = frozenset({"worker", "staff", "staffer", "volunteer", "employee"})
_AID_WORDS = frozenset({"aid", "humanitarian", "relief"})
# private people named as foreign, of no one country, when acted upon ("detained foreign journalists")
_PRIVATE_PEOPLE = frozenset({"CVL", "MED", "BUS", "NGO", "EDU", "LAB", "HRI"})
_FOREIGN = frozenset({"foreign", "western", "expatriate"})


def unplaced_country(head: Token, agent_type: str, context: Callable[[], str | None]) -> str | None:
    """The country of an agent word ``head`` named without one, when it is not the ``context`` country: "" for
    people on the move (no country), "USA" for Congress, the Treasury and Republican lawmakers; None: no change."""
    low = head.lower_
    if agent_type == "REF":
        return "" if low in _MOVERS and (_sent_away(head) or any(
            c.dep_ in ("amod", "compound") and c.lower_ in _ELSEWHERE for c in kids(head))) else None
    if agent_type == "LEG":
        if low == "congress" and head.text[0] == "C":
            return "USA" if context() not in _CONGRESS_LANDS else None
        if low in _US_LEGISLATORS and any(c.dep_ in ("amod", "compound") and c.lower_ in _US_PARTY_WORDS
                                          for c in kids(head)):
            return "USA"
        return None
    if agent_type == "GOV" and low == "treasury" and head.text[0] == "T":
        return "USA" if context() not in _TREASURY_LANDS else None
    if agent_type in _PRIVATE_PEOPLE and head.dep_ != "nsubj" and any(
            c.dep_ == "amod" and c.lower_ in _FOREIGN for c in kids(head)):
        return ""  # "detained foreign journalists", "kidnapped western tourists": people of no one country
    if agent_type == "NGO" and head.dep_ != "nsubj" and head.lemma_.lower() in _AID_STAFF and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _AID_WORDS for c in kids(head)):
        return ""  # "militants abducted six aid workers in South Sudan": aid staff are of no one country
    return None


def _sent_away(head: Token) -> bool:
    """'deported dozens of migrants', 'expelled 300 refugees': the people of a deportation (up to a quantity) that
    names no country they are sent to."""
    tok = head
    for _ in range(4):
        if tok.dep_ not in ("dobj", "pobj", "nsubjpass", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB":  # (sent "into Belarus": refugees of the country named as where they are sent)
            return tok.lemma_.lower() in _SENDING_AWAY and not any(
                c.dep_ == "prep" and g.dep_ == "pobj" and g.ent_type_ == "GPE"
                for c in kids(tok) for g in kids(c))
    return False


def acts_on_country(head: Token, iso: str, by_token: Mapping[int, Any]) -> bool:
    """Whether the subject ``head`` acts on the country ``iso`` named as its verb's object ('criticised France',
    'urged Japan to', 'accused Kigali of'); ``by_token``: the document's actor hits by token."""
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB":
        return False
    objects = [c for c in kids(head.head) if c.dep_ in ("dobj", "dative")]
    objects += [g for c in kids(head.head) if c.dep_ == "prep" for g in kids(c) if g.dep_ == "pobj"]
    for obj in objects:
        hit = by_token.get(obj.i)
        entry = getattr(hit, "entry", None)
        if entry is not None and entry.kind in ("country", "capital") and entry.key == iso:
            return True
    return False


def regional_demonym(doc: Doc, start: int) -> bool:
    """Whether the demonym at doc[start] is "American" after a region word ("Central American", "Latin-American")."""
    if doc[start].lower_ not in _AMERICANS or start < 1:
        return False
    before = doc[start - 2] if doc[start - 1].text == "-" and start >= 2 else doc[start - 1]
    return before.lower_ in _REGIONS


def us_state(doc: Doc, start: int, prev_end: int) -> bool:
    """Whether "Georgia" at doc[start] follows a town and a comma ("Atlanta, Georgia"): the US state, unless the
    town is one of Georgia's own or an actor (``prev_end``: where the last actor hit before it ends; "Armenia,
    Georgia and Azerbaijan")."""
    if start < 2 or doc[start - 1].text != "," or prev_end == start - 1:
        return False
    town = doc[start - 2]
    return town.pos_ == "PROPN" and town.ent_type_ == "GPE" and town.lower_ not in _GEORGIAN_TOWNS


# relatives named through a person: "Kim Jong Un's sister", "the son of the former president"
KIN_NOUNS = frozenset({"sister", "brother", "sibling", "niece", "nephew", "cousin", "uncle", "aunt", "grandson",
                       "granddaughter", "grandchild", "grandfather", "grandmother", "widow", "widower", "spouse",
                       "stepson", "stepdaughter", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law",
                       "son", "daughter", "wife", "husband", "mother", "father"})


def kin_of_person(head: Token, person: Token) -> bool:
    """The phrase's head is a relative of the person it names ("Kim Jong Un's sister", "the son of X"), not the
    person (nor a relative named by an apposition: "his sister, Kim Yo Jong"): she is of his country, but his office
    is not hers."""
    return head.lemma_.lower() in KIN_NOUNS and person.i != head.i and not (
        person.dep_ == "appos" or (person.head.dep_ == "appos" and person.head.head.i == head.i)) and \
        not any(t.i == head.i for t in person.ancestors if t.dep_ == "appos")


def conjunct_country(head: Token, by_token: Mapping[int, Any]) -> str | None:
    """The country of a government coordinated with ``head`` ("the Venezuelan government and the opposition",
    "the opposition and Uganda's government"): a domestic body with no country of its own is of that government's
    country, not of wherever else the sentence is set ("talks in Barbados"). None when no conjunct is a government
    whose one country a modifier names."""
    isos: set[str] = set()
    for conj in head.conjuncts:
        hit = by_token.get(conj.i)
        if hit is None or hit.agent_type != "GOV":
            continue
        for c in kids(conj):
            mod = by_token.get(c.i) if c.dep_ in ("amod", "compound", "poss", "nmod") else None
            if mod is not None and mod.entry is not None and mod.entry.kind in ("country", "demonym", "capital"):
                isos.add(mod.entry.key)
    return next(iter(isos)) if len(isos) == 1 else None
