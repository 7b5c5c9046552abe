"""Toponym recognition: spaCy's GPE/LOC/FAC entities merged with gazetteer matches.

Three sources propose spans: NER place entities (split at commas, "Pandi, Bulacan"), a spaCy
``PhraseMatcher`` over the gazetteer's vocabulary (countries and aliases, regions, curated
facilities and seas, big cities), and look-ups of runs of capitalized words. Longer spans win
overlaps. A gazetteer match needs evidence the more it could be something else: inside a
PERSON entity it must be the whole entity and a strong place; a small town needs a locative
preposition, a "Town, Region" pattern, a place word before it ("the town of X", "the outskirts of
X"), to be joined by "and"/"or"/a comma to an accepted place ("Temryuk and Anapa"), or to be named a
place elsewhere in the article.
A one-word name that is also a common English word (spaCy's stop words and its lemmatizer's
WordNet word lists: "Most", "Act", "Metro", "Mobile", "Church"), written in lower or title case,
that names no country and is not the own name of a place of ``COMMON_WORD_POPULATION`` people
(an alias such as "ACT" does not count) is held to the same evidence when spaCy does not tag it a
proper noun or a capitalized word stands beside it (a word of a longer name: "Louisville Metro
Council", "Consumer Act", "European Centre").
Demonyms, pathogens named after places ("West Nile virus", and "Marburg" alone once the article has
named the virus), names after a title, acronyms that only small towns are named ("E.U." is not Eu),
a lone compass adjective ("Western powers"), the first words of a school's, hospital's or firm's name
("Franklin Elementary", "Metz Fresh LLC"; and such a name alone elsewhere in the article when only
small towns bear it and neither "in" nor "X, Region" says the town: "a teacher at Franklin") and,
without a locative, a small town named like the surname of a person of the article ("Anna Ayala ...
Ayala said") are dropped. So are place words inside a news outlet's or school's name ("The New York Times",
"Television New Zealand", "the news agency Xinhua", "the University of Calgary"), a country code on a dollar
sign ("$US 15 billion") and a lower-case word NER tagged a place ("the dead swan").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.names import load_country_names, name_key
from geoevents.geocoding.spans import (
    TITLES,
    Extension,
    core,
    elliptic,
    extend,
    is_currency,
    is_lone_compass,
    is_pathogen,
    is_person_cue,
    names_institution,
    names_outlet_or_school,
    trim,
)

__all__ = ["Mention", "Recognizer"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside", "across", "throughout", "around", "into",
                      "towards", "toward", "within", "between"})
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CONNECTORS = frozenset({"of", "de", "del", "la", "el", "al", "-", "da", "do", "dos", "du", "le", "los", "las", "'s",
                        "’s"})
"""Lower-case words inside a capitalized name ("Bay of Bengal", "People's Republic of China")."""
INNER_HINTS = frozenset({"water", "facility"})
"""Feature words inside a name that say what it is whatever else bears the name ("Red Sea", "Kabul Airport");
not "Island(s)" or "State", which countries and states bear ("Solomon Islands", "Rhode Island")."""
NOT_PLACES = frozenset({"earth", "internet", "web", "heaven", "world", "moon", "sun"})
SETTLEMENT_WORDS = frozenset({"town", "city", "village", "port", "district", "province", "region", "county",
                              "municipality", "suburb", "suburbs", "outskirts", "island", "state", "capital"})
"""Words that make the name after "<word> of" a place ("the town of Beitbridge")."""
REGION_WORDS = frozenset({"region", "province", "state", "district", "governorate", "county", "oblast",
                          "prefecture", "department"})
"""Last words of a region's name that "of <country>" may follow ("Helmand Province of Afghanistan")."""
STRONG_POPULATION = 100_000
COMMON_WORD_POPULATION = 500_000
_MAX_WORDS = 6
_NAMED_LIMIT = 200_000  # keys whose answer ``_named`` keeps


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognized toponym: character span, the names to look up (most specific first), a type hint."""

    start: int
    end: int
    text: str
    queries: tuple[str, ...]
    hint: str | None
    source: str


@dataclass(slots=True)
class _Proposal:
    start: int
    end: int
    source: str
    rank: int


class Recognizer:
    """Finds toponyms in parsed documents."""

    def __init__(self, gazetteer: Gazetteer, nlp: Language, *, demonyms: Iterable[str]) -> None:
        self._gaz = gazetteer
        self._demonyms = frozenset(demonyms)
        self._country_words = self._demonyms | frozenset(load_country_names().alias_index())
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = gazetteer.vocabulary()
        self._matcher.add("PLACE", [nlp.make_doc(name) for name in names])
        self._common = common_words(nlp)
        self._connector_ids = frozenset(nlp.vocab.strings.add(w) for w in CONNECTORS)
        self._the_id = nlp.vocab.strings.add("the")
        self._named_keys: dict[str, bool] = {}  # (every run of capitalized words is looked up: kept, bounded)

    def _strong(self, key: str, *, acronym: bool = False) -> bool:
        """A country, region, facility or big city carries this name (an acronym: not a city)."""
        for cand in self._gaz.lookup_key(key)[:8]:
            row = cand.row
            if cand.kind < 2 and (row.feature_type != "city" or (row.population >= STRONG_POPULATION
                                                                  and not acronym)):
                return True
        return False

    def _cited(self, doc: Doc, start: int, end: int, key: str) -> bool:
        """"According to <Name>," cites a source: a one-word name there that is no country is a person or an
        outlet ("according to Yap, the tests ..."), not a place; "according to Chinese state media" is no name."""
        return (end - start == 1 and start >= 2 and doc[start - 2].lower_ == "according"
                and doc[start - 1].lower_ == "to" and (end == len(doc) or doc[end].text in (",", ".", ";"))
                and key not in self._country_words)

    def _common_word(self, key: str) -> bool:
        """A common English word that names no country, nor (as its own name) a place that big."""
        if key not in self._common:
            return False
        return not any(c.row.feature_type == "country" if c.kind else c.row.population >= COMMON_WORD_POPULATION
                       for c in self._gaz.lookup_key(key) if c.kind < 2)

    def _only_small_towns(self, key: str) -> bool:
        """Every row with this name is a town under ``STRONG_POPULATION`` (an acronym names none of them)."""
        found = [c for c in self._gaz.lookup_key(key) if c.kind < 2]
        return bool(found) and all(c.row.feature_type == "city" and c.row.population < STRONG_POPULATION
                                   for c in found)

    def _named(self, key: str) -> bool:
        """Some row has this as its name or alias (GeoNames alternate names need NER's word)."""
        found = self._named_keys.get(key)
        if found is None:
            if len(self._named_keys) >= _NAMED_LIMIT:
                self._named_keys.clear()
            found = self._named_keys[key] = any(c.kind < 2 for c in self._gaz.lookup_key(key))
        return found

    def mentions(self, doc: Doc, text: str | None = None) -> list[Mention]:
        """Toponyms of ``doc`` (whose text is ``text``, if the caller has read it) in text order."""
        ents = doc.ents  # (every read of Doc.ents builds its spans anew)
        entity_of: dict[int, Span] = {}
        for ent in ents:
            for i in range(ent.start, ent.end):
                entity_of[i] = ent
        proposals = self._proposals(doc, doc.text if text is None else text, ents)
        chosen = _non_overlapping(proposals)
        surnames = {ent[-1].lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
        surnames |= {name_key(doc[p.start:p.end].text) for p in chosen if is_pathogen(doc, p.end)}  # "Marburg kills"
        schools: set[str] | None = None  # (names some proposal ends a school's name with: read when needed)
        accepted: list[_Proposal] = []
        doubtful: list[_Proposal] = []
        for prop in chosen:
            key = name_key(doc[prop.start:prop.end].text)
            if self._only_small_towns(key):
                if schools is None:
                    schools = {name_key(doc[p.start:p.end].text) for p in proposals if names_institution(doc, p.end)}
                if key in schools and not _in_town(doc, prop):
                    continue  # "Franklin Elementary ... a teacher at Franklin": the school, named like small towns
            verdict = self._verdict(doc, prop, entity_of, surnames)
            if verdict is True:
                accepted.append(prop)
            elif verdict is None:
                doubtful.append(prop)
        known = {name_key(doc[p.start:p.end].text) for p in accepted}
        places = {p.end: p for p in accepted}
        starts = {p.start for p in accepted}
        accepted += [p for p in doubtful if name_key(doc[p.start:p.end].text) in known
                     or _coordinated(doc, p, places, starts, entity_of)]
        accepted.sort(key=lambda p: p.start)
        return [self._mention(doc, p) for p in accepted]

    def _proposals(self, doc: Doc, text: str, ents: Iterable[Span]) -> list[_Proposal]:
        out: list[_Proposal] = []
        for ent in ents:
            if ent.label_ in PLACE_LABELS:
                start, end = trim(ent)
                for part_start, part_end in _split_commas(doc, start, end):
                    out.extend(self._ner_parts(doc, part_start, part_end))
        for _, start, end in self._matcher(doc):
            if _capitalized(doc, start, end):
                out.append(_Proposal(start, end, "vocab", 1))
        out.extend(self._runs(doc, text))
        return out

    def _ner_parts(self, doc: Doc, start: int, end: int) -> list[_Proposal]:
        """A place entity, or, when no row has its name, its strong parts around "and"/"or" and a region's
        "of" ("North and South Korea", "the Far North Region of Cameroon"; not "the Bay of Pigs")."""
        cuts = [i for i in range(start + 1, end - 1) if doc[i].lower_ in ("and", "or")
                or (doc[i].lower_ == "of" and i - start >= 2 and doc[i - 1].lower_ in REGION_WORDS)]
        if not cuts or self._named(name_key(doc[start:end].text)):
            return [_Proposal(start, end, "ner", 0)]
        out = []
        for a, b in itertools.pairwise([start - 1, *cuts, end]):
            part = doc[a + 1:b]
            whole = elliptic(doc, a + 1, b)
            if len(part) and (self._strong(name_key(part.text)) or (whole and self._strong(name_key(whole)))):
                out.append(_Proposal(a + 1, b, "ner-part", 0))
        return out

    def _runs(self, doc: Doc, text: str) -> Iterable[_Proposal]:
        # offsets, lengths and lower-case forms read as one array: building a spaCy Token per word cost the most;
        # a run's words with their spaces are the text from its first token's offset to its last token's end
        rows = doc.to_array([IDX, LENGTH, LOWER]).tolist()
        caps = [text[idx:idx + 1].isupper() for idx, _, _ in rows]  # (_cap of the token's text)
        joins = [c or low in self._connector_ids for c, (_, _, low) in zip(caps, rows, strict=True)]
        n = len(rows)
        for i in range(n):
            if not caps[i] or rows[i][2] == self._the_id:
                continue
            stop, limit = i, min(n, i + _MAX_WORDS)
            while stop < limit and joins[stop]:
                stop += 1  # (the run of joinable words from i: no longer name can start here)
            for j in range(stop, i, -1):
                if not caps[j - 1]:
                    continue
                if self._named(name_key(text[rows[i][0]:rows[j - 1][0] + rows[j - 1][1]])):
                    yield _Proposal(i, j, "gaz", 2)
                    break

    def _verdict(self, doc: Doc, prop: _Proposal, entity_of: dict[int, Span], surnames: set[str]) -> bool | None:
        """True: a toponym; None: only if named a toponym elsewhere; False: not one."""
        span = doc[prop.start:prop.end]
        key = name_key(span.text)
        if (not key or key in self._demonyms or key in NOT_PLACES or is_pathogen(doc, prop.end)
                or is_lone_compass(doc, prop.start, prop.end) or span.text.islower()
                or names_institution(doc, prop.end) or names_outlet_or_school(doc, prop.start)
                or is_currency(doc, prop.start, prop.end) or self._cited(doc, prop.start, prop.end, key)):
            return False  # span.text.islower(): NER's lower-case "the dead swan" is a common noun
        if prop.source in ("ner", "ner-part"):  # "Washington said" is the government: only a title makes a person
            if _is_acronym(span.text) and self._only_small_towns(key):
                return False  # "E.U." is no village called Eu
            if key in surnames and self._only_small_towns(key) and not _locative(doc, prop.start):
                return False  # "Anna Ayala ... Ayala described": a person's surname, not a village
            return not is_person_cue(doc, prop.start, prop.end, speech=False)
        ent = entity_of.get(prop.start)
        if (ent is not None and ent.label_ in NOT_NAMES) or (len(span) == 1 and span[0].lower_.rstrip(".") in TITLES):
            return False
        whole = ent is not None and trim(ent) == (prop.start, prop.end)
        acronym = span.text.replace(".", "").isupper()
        strong = self._strong(key, acronym=acronym)
        if acronym and not strong:
            return False
        cue = (_comma_place(doc, prop.end) or (_locative(doc, prop.start) and span[0].pos_ == "PROPN")
               or _settlement_of(doc, prop.start))
        if is_person_cue(doc, prop.start, prop.end) or (key in surnames and not cue):
            return False
        if ent is not None and ent.label_ == "PERSON":
            if not whole:
                return False
            return True if strong or cue else None
        if ent is not None and ent.label_ in PLACE_LABELS:
            return True
        if (len(span) == 1 and not cue and not acronym and self._common_word(key)
                and (span[0].pos_ != "PROPN" or _in_longer_name(doc, prop.start))):
            return False
        if strong:
            # a sentence's first word that is a stop word ("Most", "Same") is the word; "The Philippines" is a name
            return not (prop.start == span.sent.start and doc[prop.start].is_stop and doc[prop.start].lower_ != "the")
        if (ent is not None and not whole) or _name_goes_on(doc, prop.end):
            return False  # a word of a longer name: "Emberton School", "McDonald's"
        return True if cue else None

    def _mention(self, doc: Doc, prop: _Proposal) -> Mention:
        ext = extend(doc, prop.start, prop.end, country_words=self._country_words)
        if prop.source == "ner-part" and ext.start < prop.start:  # "Region of" belongs to the part before
            ext = Extension(prop.start, ext.end, None)
        bare = doc[prop.start:prop.end].text
        span = doc[ext.start:ext.end]
        queries = (span.text, bare) if (ext.start, ext.end) != (prop.start, prop.end) else (bare,)
        whole = elliptic(doc, prop.start, prop.end)
        if whole is not None:
            queries = (whole, *queries)
        hint = ext.hint
        if hint is None and (inner := core(doc, prop.start, prop.end).hint) in INNER_HINTS:
            hint = inner  # "the Red Sea": the sea, not Sudan's Red Sea state; "Kabul Airport": the airport
        return Mention(span.start_char, span.end_char, span.text, queries, hint, prop.source)


def common_words(nlp: Language) -> frozenset[str]:
    """Lower-case English words: the model's stop words and its lemmatizer's word lists (if any)."""
    words = {w.lower() for w in nlp.Defaults.stop_words}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            for entries in lookups.get_table("lemma_index").values():
                words.update(w for w in entries if w.isalpha())
    return frozenset(words)


def _in_longer_name(doc: Doc, i: int) -> bool:
    """A capitalized word stands right before (not at a sentence start) or after token ``i``."""
    before = i > 0 and not doc[i].is_sent_start and doc[i - 1].is_alpha and _cap(doc[i - 1].text)
    after = i + 1 < len(doc) and doc[i + 1].is_alpha and _cap(doc[i + 1].text) and not doc[i + 1].is_sent_start
    return before or after


def _is_acronym(text: str) -> bool:
    """Upper-case initials, dotted or not ("E.U.", "UN")."""
    letters = text.replace(".", "")
    return 1 < len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _cap(text: str) -> bool:
    return text[:1].isupper()


def _capitalized(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if any(ch.isalpha() for ch in t.text)]
    return bool(words) and _cap(words[0].text) and all(_cap(t.text) or t.lower_ in CONNECTORS for t in words)


def _name_goes_on(doc: Doc, end: int) -> bool:
    """The next token continues a proper name or makes the name a possessor."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.lower_ in ("'s", "’s") or (nxt.is_alpha and _cap(nxt.text) and not nxt.is_sent_start)


def _locative(doc: Doc, start: int) -> bool:
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("the", "northern", "southern", "eastern", "western", "central"):
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE


def _in_town(doc: Doc, prop: _Proposal) -> bool:
    """``in X`` or ``X, Region``: said of a town, not of a school ("Frederick Memorial Hospital in Frederick")."""
    return (prop.start > 0 and doc[prop.start - 1].lower_ == "in") or _comma_place(doc, prop.end)


def _settlement_of(doc: Doc, start: int) -> bool:
    """``the town of X``, ``the outskirts of X``: a word for a place and "of" come right before."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in SETTLEMENT_WORDS


def _coordinated(doc: Doc, prop: _Proposal, places: dict[int, _Proposal], starts: set[int],
                 entity_of: dict[int, Span]) -> bool:
    """A doubtful name joined by "and"/"or"/a comma to an accepted place ("Temryuk and Anapa"); not a person."""
    ent = entity_of.get(prop.start)
    if ent is not None and ent.label_ == "PERSON":
        return False
    for gap in (1, 2):  # "A and B", "A, and B"
        if prop.start - gap in places and _joins(doc[prop.start - gap:prop.start]):
            return True
        if prop.end + gap in starts and _joins(doc[prop.end:prop.end + gap]):
            return True
    return False


def _joins(tokens: Span) -> bool:
    return " ".join(t.lower_ for t in tokens) in ("and", "or", ",", ", and", ", or")


def _comma_place(doc: Doc, end: int) -> bool:
    """``Town, Region``: a comma and a capitalized word follow."""
    return end + 1 < len(doc) and doc[end].text == "," and _cap(doc[end + 1].text)


def _split_commas(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    parts, begin = [], start
    for i in range(start, end):
        if doc[i].text == ",":
            if begin < i:
                parts.append((begin, i))
            begin = i + 1
    if begin < end:
        parts.append((begin, end))
    return parts


def _non_overlapping(proposals: list[_Proposal]) -> list[_Proposal]:
    taken: set[int] = set()
    out: list[_Proposal] = []
    for prop in sorted(proposals, key=lambda p: (p.start - p.end, p.rank, p.start)):
        tokens = set(range(prop.start, prop.end))
        if tokens and not tokens & taken:
            taken |= tokens
            out.append(prop)
    return out
