"""Toponym disambiguation: pick one gazetteer row per mention, using the whole article.

Each candidate starts from its prior (``rank.prior``: name match, feature type, population,
the text's feature hint). Two passes then add document evidence:

1. *country context*: the share of the article's country mentions (and of the caller's
   ``context_countries``) that fall in the candidate's country;
2. *containment*: "X, Y" and "X in Y" where Y was resolved to a country, region or nearby
   town that holds the candidate ("Richmond, London" too: only an enumeration with "and"/"or" reads
   "X, Y" of two towns as a list); the article's first-level regions count for the same reason;
3. *proximity*: closeness to the other places the first pass resolved (minimum distance);
4. *city-state*: a big city beats a namesake region whose point lies within 100 km of it
   ("Seoul" the city, not the special city's region);
5. *lists*: an item next to list items of its own type gains; in an enumeration of three or
   more with "and"/"or" ("Georgia, Oklahoma and Texas") it gains more when they share its country.

Confidence grows with the margin over the runner-up.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from geoevents.geocoding.gazetteer import Candidate, Gazetteer, Row
from geoevents.geocoding.names import name_key
from geoevents.geocoding.rank import FEATURE_HINTS, hint_matches, prior
from geoevents.geocoding.recognize import STRONG_POPULATION, Mention

__all__ = ["Anchors", "Choice", "Resolver", "anchors", "haversine_km", "nearest_km"]

AREAL = frozenset({"country", "region"})
POINTS = frozenset({"city", "facility"})
"""Rows whose point is the place itself (not a centroid): anchors for proximity."""
_HOLDERS = frozenset({"country", "adm1", "adm2", "region", "city"})
"""What "X, Y" / "X in Y" may place an unknown X at (a region only when it lies in one country)."""
_AREAS = frozenset({"country", "adm1", "adm2", "region"})
_CITY_STATE_KM = 100.0
_CITY_STATE_POP = 500_000
_IN = re.compile(r"\s*(,|((located|situated) )?in|in the|near|outside|at|(province|state|region|district|county|"
                 r"prefecture|governorate|area|suburbs?|neighbou?rhood) of)\s*", re.IGNORECASE)
_NEAR = re.compile(
    r"\s*,?\s*(about |some |around )?[\d.,]+\s*(km|kms|kilometers|kilometres|miles|mi)\s*(\(.{0,20}\)\s*)?"
    r"((north|south|east|west|northeast|northwest|southeast|southwest)(ern)?\s*)?(of|from)\s*(the\s*)?",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Choice:
    """The row chosen for a mention (None when no row has its name) and how sure we are."""

    mention: Mention
    candidate: Candidate | None
    confidence: float


_POOL = 40
_POOL_CACHE = 50_000  # names whose pools are kept

Anchors = tuple[tuple[float, float, float], ...]
"""Points prepared for ``nearest_km``: (latitude in radians, its cosine, longitude in degrees)."""


def km(a: Row, b: Row) -> float:
    """Great-circle distance between two rows in km."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(slots=True)
class _Article:
    """What the second pass knows of the document."""

    mentions: Sequence[Mention]
    keys: list[str]
    seps: list[str]
    rows: list[Row | None]
    countries: defaultdict[str, float]
    own: dict[str, str]
    """Name key -> the country its first-pass row added to ``countries`` (removed when scoring it)."""
    usual: list[str | None]
    """Feature type of each mention's likeliest candidate by prior alone."""
    context: dict[int, tuple[list[Row], set[str | None], list[Row]]] = field(default_factory=dict)
    """Per mention index: the other mentions' rows, their regions and their point places (computed once)."""
    prepared: dict[int, Anchors] = field(default_factory=dict)
    """Per mention index: the other mentions' point places prepared for ``nearest_km`` (computed once)."""
    listed: list[bool] = field(default_factory=list)
    """Per separator: whether it joins two items of a list (``_is_list``)."""
    links: list[float] = field(default_factory=list)
    """Per separator: ``_link`` ("X, Y" / "X in Y")."""
    enumerated: list[bool] = field(default_factory=list)
    """Per mention: an item of an enumeration of three or more with "and"/"or" ("A, B and C")."""

    def anchors_of(self, index: int) -> Anchors:
        """The other mentions' point places, prepared for ``nearest_km``."""
        found = self.prepared.get(index)
        if found is None:
            found = self.prepared[index] = anchors(self.context_of(index)[2])
        return found

    def context_of(self, index: int) -> tuple[list[Row], set[str | None], list[Row]]:
        """The other mentions' rows, the regions among them and their point places."""
        cached = self.context.get(index)
        if cached is None:
            others = [r for j, r in enumerate(self.rows)
                      if r is not None and j != index and self.keys[j] != self.keys[index]]
            cached = self.context[index] = (
                others, {r.adm1_code for r in others if r.feature_type in ("adm1", "adm2")},
                [r for r in others if r.feature_type in POINTS])
        return cached


class Resolver:
    """Chooses gazetteer rows for the mentions of one document, or for single names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gaz = gazetteer
        # a name's pool depends on its queries and hint only: a stream meets the same names again and again
        self._pools: dict[tuple[tuple[str, ...], str | None], list[Candidate]] = {}

    def candidates(self, mention: Mention) -> list[Candidate]:
        """Rows named by the most specific query that names any; with a feature hint none of them fits,
        also rows of the hinted type whose name starts with the query ("Osan" + facility -> Osan Air Base)."""
        found: list[Candidate] = []
        for query in mention.queries:
            found = list(self._gaz.lookup(query))
            if found:
                break
        if mention.hint and not any(hint_matches(c, mention.hint) for c in found):
            types = FEATURE_HINTS.get(mention.hint, (mention.hint,))
            found += self._gaz.lookup_prefix(name_key(mention.queries[-1]), types)
        return found

    def pool(self, mention: Mention) -> list[Candidate]:
        """The strongest candidates by prior (at most ``_POOL``), strongest first; kept for the next mention of
        the same name (callers do not change the list)."""
        key = (mention.queries, mention.hint)
        found = self._pools.get(key)
        if found is None:
            if len(self._pools) >= _POOL_CACHE:
                self._pools.clear()
            found = self._pools[key] = sorted(self.candidates(mention), key=prior, reverse=True)[:_POOL]
        return found

    def resolve(self, mentions: Sequence[Mention], *, text: str, context_countries: Sequence[str] = (),
                extra_countries: Sequence[str] = (), place_unknown: bool = True) -> list[Choice]:
        """One choice per mention (in text order, offsets into ``text``), in the same order.

        ``place_unknown``: a mention no row names, in "X, Y" / "X in Y", gets Y's row (``_within``); for
        spans the caller knows are places, not for names recognition only guessed are ("the Dresden Zoo in
        Dresden", "Lander Dircken (Atariac, Belgium)").
        """
        # the strongest candidates by prior are enough to rank; a name with hundreds of homonyms stays cheap
        pools = [self.pool(m) for m in mentions]
        given = frozenset(c.upper() for c in context_countries)
        countries: defaultdict[str, float] = defaultdict(float)
        for iso3 in given:
            countries[iso3] += 2.0
        for iso3 in extra_countries:
            countries[iso3] += 0.5
        for pool in pools:
            if pool and pool[0].row.feature_type == "country" and pool[0].kind < 2 and not any(
                    c.row.feature_type in ("adm1", "adm2") and c.kind < 2 for c in pool):
                countries[pool[0].row.country_code or ""] += 1.0
        # (a first reading, of which only the rows are used: a lone candidate needs no scoring)
        first = [Choice(m, pool[0], 0.0) if len(pool) == 1 else self._pick(m, pool, countries, None, -1, given)
                 for m, pool in zip(mentions, pools, strict=True)]
        art = _Article(mentions, [name_key(m.text) for m in mentions],
                       [text[a.end:b.start] for a, b in itertools.pairwise(mentions)] + [""],
                       [c.candidate.row if c.candidate else None for c in first], defaultdict(float, countries), {},
                       [pool[0].row.feature_type if pool else None for pool in pools])  # (the likeliest)
        art.enumerated = _enumerated(art.seps)
        art.listed = [_is_list(sep) for sep in art.seps]
        art.links = [_link(sep) for sep in art.seps]
        for key, row in zip(art.keys, art.rows, strict=True):
            if row is not None and row.country_code and key not in art.own and row.feature_type != "country":
                art.own[key] = row.country_code
                art.countries[row.country_code] += 0.5
        choices = [self._pick(m, pool, art.countries, art, i, given)
                   for i, (m, pool) in enumerate(zip(mentions, pools, strict=True))]
        for i in range(len(choices) - 2, -1, -1):  # right to left: "Greenlane, Auckland, New Zealand"
            if place_unknown or choices[i].candidate is not None:
                choices[i] = _within(choices[i], choices[i + 1], pools[i], art, i)
        return choices

    def _pick(self, mention: Mention, pool: list[Candidate], countries: defaultdict[str, float], art: _Article | None,
              index: int, given: frozenset[str] = frozenset()) -> Choice:
        if not pool:
            return Choice(mention, None, 0.0)
        if art is not None and art.keys[index] in art.own:
            countries = defaultdict(float, countries)
            countries[art.own[art.keys[index]]] -= 0.5
        best, cand, second = -math.inf, pool[0], -math.inf  # the first of the best scores, and the next best
        total = sum(countries.values())
        for c in pool:
            score = self._score(c, mention, pool, countries, total, art, index, given)
            if score > best:
                best, cand, second = score, c, best
            elif score > second:
                second = score
        margin = best - second if len(pool) > 1 else 0.5
        confidence = 0.5 + 0.45 * math.tanh(3 * margin)
        if not hint_matches(cand, mention.hint):
            confidence *= 0.7
        return Choice(mention, cand, round(max(0.05, min(0.99, confidence * (0.6 + 0.4 * best))), 3))

    def _score(self, cand: Candidate, mention: Mention, pool: list[Candidate], countries: defaultdict[str, float],
               total: float, art: _Article | None, index: int, given: frozenset[str] = frozenset()) -> float:
        row = cand.row
        score = prior(cand, feature_hint=mention.hint)
        if row.country_code in given:
            score += 0.3  # the caller knows the story's country
        if total and countries.get(row.country_code or "", 0) > 0:
            score += 0.05 + 0.3 * countries[row.country_code or ""] / total
        if cand.kind < 2 and row.feature_type in ("country", "adm1"):
            # a country's (a first-level region's) own name means it unless the text says otherwise
            score += 0.3 if row.feature_type == "country" else 0.1
        if row.feature_type == "city" and row.population >= _CITY_STATE_POP:
            for other in pool:
                if other.row.feature_type in ("adm1", "adm2") and km(row, other.row) < _CITY_STATE_KM:
                    score += 0.2
                    break
        return score if art is None else score + _document(row, art, index)


def anchors(points: Sequence[Row]) -> Anchors:
    """Prepare points once for many ``nearest_km`` calls."""
    return tuple((math.radians(r.lat), math.cos(math.radians(r.lat)), r.lon) for r in points)


def nearest_km(row: Row, points: Anchors) -> float:
    """The distance from ``row`` to the nearest point, equal to ``min(haversine_km ...)`` to the last bit.

    The haversine term is minimized before the (monotonic) arcsine, and each point's radians and
    cosine are computed once per document rather than once per pair.
    """
    p1 = math.radians(row.lat)
    c1 = math.cos(p1)
    lon1 = row.lon
    h = min(math.sin((p2 - p1) / 2) ** 2 + c1 * c2 * math.sin(math.radians(lon2 - lon1) / 2) ** 2
            for p2, c2, lon2 in points)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _document(row: Row, art: _Article, index: int) -> float:
    """Evidence from the rest of the article (see the module docstring)."""
    bonus: float = 0.0
    rows = art.rows
    listed = art.listed
    in_list = listed[index] or (index > 0 and listed[index - 1])
    link = art.links[index]
    nxt = rows[index + 1] if index + 1 < len(rows) else None
    if (nxt is not None and link and not (art.enumerated[index] and art.usual[index] == nxt.feature_type)
            and _contains(nxt, row, near_km=300.0 if link < 1 else 40.0)):
        bonus += 0.5
    if in_list:
        # the items joined to this one by the list's separators ("Georgia, Oklahoma and Texas")
        neighbours = [rows[j] for j, sep in ((index - 1, index - 1), (index + 1, index))
                      if 0 <= j < len(rows) and listed[sep]]
        alike = [r for r in neighbours if r is not None and r.feature_type == row.feature_type]
        if alike:
            bonus += 0.15
        if (art.enumerated[index] and row.feature_type != "country"
                and any(r.country_code == row.country_code for r in alike)):
            bonus += 0.35  # an enumeration of regions or towns of one country ("Georgia, Ohio and Texas")
    others, regions, points = art.context_of(index)
    if row.feature_type not in AREAL and row.adm1_code in regions:
        bonus += 0.15
    if row.feature_type in ("adm1", "adm2") and any(
            r.adm1_code == row.adm1_code and r.feature_type in POINTS for r in others):
        bonus += 0.2
    if row.feature_type in AREAL:
        return bonus
    if points:
        bonus += 0.25 * math.exp(-nearest_km(row, art.anchors_of(index)) / 250.0)
    return bonus


def _within(choice: Choice, nxt: Choice, pool: Sequence[Candidate], art: _Article, index: int) -> Choice:
    """"X, Y" / "X in Y" when no row named X lies in Y: Y's own row is the best estimate of where X is.

    The text says Y holds X, so a homonym of X elsewhere is wrong and no row at all leaves X unplaced:
    "the village of Cellardyke in Fife" (a village the gazetteer lacks) is placed at Fife, "Abbotsbury in
    Dorset" at Dorset rather than at an Australian Abbotsbury. A chosen town is replaced only when it is small,
    in another country than Y, and Y is an area (not "Osan, Dallas", two towns of a list), and never in an
    enumeration.
    """
    holder = nxt.candidate
    if holder is None or art.links[index] != 1.0:
        return choice
    outer = holder.row
    if outer.feature_type not in _HOLDERS or (outer.feature_type == "region" and not outer.country_code):
        return choice  # a continent or sea is too coarse to stand for a town
    cand = choice.candidate
    if cand is not None and (cand.row.feature_type != "city" or cand.row.population >= STRONG_POPULATION
                             or outer.feature_type not in _AREAS or art.usual[index] != "city"
                             or art.enumerated[index] or cand.row.country_code == outer.country_code):
        return choice  # a town of Y's own country may lie in Y under codes that do not match: keep it
    if any(_contains(outer, c.row, near_km=40.0) for c in pool):
        return choice
    return Choice(choice.mention, holder, round(min(0.3, nxt.confidence), 3))


def _enumerated(seps: Sequence[str]) -> list[bool]:
    """Which mentions belong to a run of 3+ joined by list separators, one of them "and"/"or"."""
    out = [False] * len(seps)
    start = 0
    for i in range(len(seps) + 1):
        if i == len(seps) or not _is_list(seps[i]):  # the run start..i ends at mention i
            joined = seps[start:i]
            if i - start >= 2 and any(sep.strip().lower().strip(", ") in ("and", "or") for sep in joined):
                out[start:i + 1] = [True] * (i + 1 - start)
            start = i + 1
    return out[:len(seps)]


def _is_list(between: str) -> bool:
    return between.strip().lower() in (",", "and", ", and", "or", ", or", "/", "&")


def _link(between: str) -> float:
    """1.0 for "X, Y" / "X in Y" / "X province of Y", 0.5 for "X, 60 km south of Y", else 0."""
    if _IN.fullmatch(between):
        return 1.0
    return 0.5 if _NEAR.fullmatch(between) else 0.0


def _contains(outer: Row, inner: Row, *, near_km: float) -> bool:
    """Whether ``outer`` (a country, region or town) holds ``inner``."""
    if outer.id == inner.id:
        return False
    if outer.feature_type == "country":
        return inner.country_code == outer.country_code and inner.feature_type != "country"
    if outer.feature_type in ("adm1", "adm2"):
        return inner.adm1_code is not None and inner.adm1_code == outer.adm1_code and inner.feature_type != "adm1"
    if outer.feature_type == "city":
        return inner.feature_type in ("facility", "landform", "city") and km(outer, inner) < near_km
    return False
