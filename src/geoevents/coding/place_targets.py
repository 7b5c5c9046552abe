"""Places and populations as the targets of acts of force.

An act of force aimed at a place ("shelled residential districts of Kherson", "bombed a market in El Fasher",
"struck a bus station in Amhara region") is aimed at the place's country: a foreign place gives that country,
a place in the source's own country gives its population (CVL). The people harmed by an act ("the shelling of
Kharkiv killed three people", "killed five civilians in Izium") are of the country where the act happened or
was aimed, when the sentence names that place. An armed group's hideouts in a third country make that country
a target too. The source's own location ("Russian troops in
Kherson shelled Mykolaiv") is in its subject and is never read here; no country is invented when no place is named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from geoevents.coding.actors import ActorRecognizer
from geoevents.coding.found import Found
from geoevents.coding.munitions import munition_holders
from geoevents.coding.tokens import kids
from geoevents.coding.violence import TERRITORIAL
from geoevents.coding.vocab import QUANTITY_NOUNS
from geoevents.models import Actor

__all__ = ["PLACE_NOUNS", "PlaceTargets", "act_place", "own_population", "struck_place"]

# nouns of settlements, districts and civilian sites: what an act of force aimed at one harms is its population
PLACE_NOUNS = frozenset({
    "village", "town", "city", "district", "neighbourhood", "neighborhood", "suburb", "area", "quarter", "region",
    "province", "settlement", "hamlet", "camp", "market", "marketplace", "hospital", "clinic", "school", "mosque",
    "church", "temple", "bus", "station", "home", "house", "building", "block", "shelter", "street", "square",
    "hotel", "bakery", "shop", "store", "farm", "community", "locality", "municipality", "outskirts", "centre",
    "center", "university", "kindergarten", "stadium", "port", "refinery", "plant", "depot", "bridge", "road",
    "highway", "residence", "compound", "facility", "infrastructure", "grid", "dam",
})
# prepositions that place an object ("districts of Kherson", "a market in El Fasher", "a camp outside Goma")
_PLACING = frozenset({"of", "in", "at", "near", "outside", "around", "across", "inside", "on", "from"})
# the verb's phrases that aim it: "fired rockets at a market", "dropped bombs on the town", "a blast tore through X"
_AIMING = frozenset({"at", "on", "onto", "into", "upon", "against", "through"})
# the verb's own phrases that say where the act happened or whence people were taken
_WHERE = frozenset({"in", "at", "near", "outside", "around", "across", "inside", "from"})
# where an armed group's positions lie ("hideouts in X"), and the place an act noun names ("shelling of Kharkiv")
_HOSTING = frozenset({"in", "inside", "across", "near"})
_NAMING = frozenset({"of", "on", "in"})

_FORCE = frozenset({"18", "19", "20"})
_ON_PEOPLE = frozenset({"173", "174", "175"})  # coercion of people: arrests, expulsions, repression
_ARMED_GROUPS = frozenset({"REB"})
# verbs of harm to people a place-aimed act may be coordinated with, telling the same act by its victims
_HARMING = frozenset({"kill", "massacre", "slaughter", "execute", "murder", "behead", "wound", "injure", "abduct",
                      "kidnap", "rape", "torture", "shoot"})

Country = Callable[[Token], "str | None"]


def _placed(head: Token, country: Country, depth: int = 3) -> str | None:
    """The country of a place named by a noun phrase or the places it is 'of', 'in', 'near' ('residential
    districts of Kherson', 'a village in Sagaing region'), searched breadth-first, at most ``depth`` levels."""
    level = [head]
    for _ in range(depth):
        nxt: list[Token] = []
        for t in level:
            for tok in (t, *(c for c in kids(t) if c.dep_ in ("compound", "poss"))):
                iso = country(tok)
                if iso:
                    return iso
            nxt += [g for c in kids(t) if c.dep_ == "prep" and c.lower_ in _PLACING
                    for g in kids(c) if g.dep_ == "pobj"]
        if not nxt:
            return None
        level = nxt
    return None


def own_population(target: Actor, source: Actor, code: str) -> Actor | None:
    """The population of the source's own country an act of force aimed at one of its places harms ('Sudanese
    troops shelled neighbourhoods of Omdurman': SDN CVL), or coercion of people named by one ("arrested
    the mayor of Kano": NGA CVL), for a bare-country target; else None (no target)."""
    if (code[:2] not in _FORCE and code[:3] not in _ON_PEOPLE) or code[:3] in TERRITORIAL or target.type_code or \
            target.code == source.code or target.country_code != source.country_code:
        return None  # (a state's own ground it takes or besieges is no target)
    return replace(target, code=target.code + "CVL", name=f"{target.name} (CVL)", type_code="CVL")


def hosted_place(trigger: Token, country: Country) -> str | None:
    """The country of the place an act of force's object or aim lies in ('hideouts in Afghanistan's Khost
    province', 'strikes on militia positions in Syria'), not the object's own name or modifiers."""
    objs = [c for c in kids(trigger) if c.dep_ == "dobj"] if trigger.pos_ == "VERB" else []
    return next((iso for head in _aims(trigger, objs) if (iso := _prep_place(head, _HOSTING, country))), None)


def struck_place(verb: Token, obj: Token | None, country: Country) -> str | None:
    """The country of the place an act of force's object or aim ('fired rockets at a market in Nyala') is or
    lies in, when it is a place: named in the gazetteer ('shelled Idlib') or a settlement or civilian site
    ('bombed a market in El Fasher'), else None."""
    if any(c.dep_ == "conj" and c.lemma_.lower() in _HARMING for c in kids(verb)):
        return None  # ("stormed the village and killed 100 villagers": one act, told by whom it harmed)
    objs = [obj] if obj is not None and obj.dep_ == "dobj" and obj.head.i == verb.i else []
    return next((iso for head in _aims(verb, objs) if (iso := _struck(verb, head, country))), None)


def _aims(trigger: Token, objs: list[Token]) -> list[Token]:
    """What an act of force is aimed at: ``objs`` and its 'at / on / against' objects ('fired rockets at a market')."""
    return objs + [g for h in (trigger, *munition_holders(trigger)) for c in kids(h)  # ("barrels packed with
                   if c.dep_ == "prep" and c.lower_ in _AIMING for g in kids(c) if g.dep_ == "pobj"]  # X on Y")


def _struck(verb: Token, head: Token, country: Country) -> str | None:
    if head.like_num or head.lemma_.lower() in QUANTITY_NOUNS or head.lemma_.lower() == "part":
        head = next((g for c in kids(head) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)
                     if g.dep_ == "pobj"), head)  # "dozens of villages", "parts of Kharkiv"
    iso = country(head)
    if iso:
        return iso
    if head.lemma_.lower() not in PLACE_NOUNS:
        return None
    return _placed(head, country) or _verb_place(verb, country)


def _prep_place(head: Token, preps: frozenset[str], country: Country) -> str | None:
    """The country of the first place named in one of ``head``'s ``preps`` phrases ('killed civilians in Izium')."""
    for c in kids(head):
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in kids(c):
                iso = _placed(g, country, 2) if g.dep_ == "pobj" else None
                if iso:
                    return iso
    return None


def _verb_place(verb: Token, country: Country) -> str | None:
    return _prep_place(verb, _WHERE, country)


def act_place(verb: Token, obj: Token | None, country: Country) -> str | None:
    """The country where an act that harmed people happened or was aimed: its object's place ('residents of
    occupied Melitopol'), its own place phrase ('killed civilians in Izium'), or
    for an act noun that is the verb's subject, the place it names ('shelling of Kharkiv killed three')."""
    if obj is not None:
        iso = _placed(obj, country)
        if iso:
            return iso
    iso = _verb_place(verb, country)
    if iso:
        return iso
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return _prep_place(subj, _NAMING, country) if subj is not None else None


class PlaceTargets:
    """The country of a place token, and the party a place stands for (mixed into the party reader)."""

    recognizer: ActorRecognizer
    place_country: Callable[[Token], Actor | None]
    name_place: Callable[[Token], Actor | None]

    def _place_iso(self, tok: Token) -> str | None:
        """The country of a place named at ``tok``: a country, capital or gazetteer place, or a place the tagger
        took for a person ('shelled Kherson')."""
        a = self.place_country(tok) or (self.name_place(tok) if tok.ent_type_ == "PERSON" else None)
        return a.country_code if a is not None else None

    def _act_country(self, verb: Token, kind: str, obj: Token | None, code: str) -> str | None:
        """The country of the place where an act of force that harmed people happened (``act_place``)."""
        return act_place(verb, obj, self._place_iso) if kind == "verb" and code[:2] in _FORCE else None

    def _struck_party(self, verb: Token, kind: str, obj: Token | None, code: str, source: Actor) -> Actor | None:
        """Whom an act of force aimed at a place hits: a foreign place's country; a place of the source's own
        country stands for its population (CVL), unless the source is its police (a raid, not an attack) or the
        act takes or besieges the ground (TERRITORIAL)."""
        iso = struck_place(verb, obj, self._place_iso) if kind == "verb" and code[:2] in _FORCE else None
        if iso is None or (iso == source.country_code and (source.type_code == "COP" or code[:3] in TERRITORIAL)):
            return None
        prefix, name = self.recognizer.d.cameo_country(iso), self.recognizer.d.country_name(iso)
        if iso != source.country_code:
            return Actor(prefix, name, iso, None, -1, -1)
        return Actor(prefix + "CVL", f"{name} (CVL)", iso, "CVL", -1, -1)

    _own_population = staticmethod(own_population)

    def _host_countries(self, found: list[Found]) -> list[Found]:
        """Force used on an armed group's hideouts or positions in a third country is also aimed at that country
        ('Turkish drones struck PKK positions in northern Iraq': TUR > IRQ as well); not when
        the place is the group's own country or the source's."""
        extra: list[Found] = []
        for f in found:
            t = f.target
            if f.code[:2] not in _FORCE or t is None or t.type_code not in _ARMED_GROUPS:
                continue
            iso = hosted_place(f.trigger, self._place_iso)
            if iso is None or iso in (t.country_code, f.source.country_code) or any(
                    g.target is not None and g.target.country_code == iso for g in (*found, *extra)):
                continue
            name = self.recognizer.d.country_name(iso)
            host = Actor(self.recognizer.d.cameo_country(iso), name, iso, None, -1, -1)
            extra.append(replace(f, target=host))
        return found + extra
