"""Token-level helpers of toponym recognition: trimming spans, feature words, person and pathogen cues.

``extend`` widens a toponym over the feature words around it ("Osan" + "Air Base",
"Port of" + "Busan", "Helmand" + "Province") and returns the feature type the words imply.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from geoevents.geocoding.names import name_key

__all__ = ["Extension", "core", "elliptic", "extend", "is_currency", "is_lone_compass", "is_pathogen",
           "is_person_cue", "names_institution", "names_outlet_or_school", "trim"]

SUFFIXES: dict[tuple[str, ...], str] = {
    ("air", "force", "base"): "facility", ("air", "base"): "facility", ("airbase",): "facility",
    ("air", "station"): "facility", ("naval", "air", "station"): "facility", ("naval", "base"): "facility",
    ("naval", "station"): "facility", ("military", "base"): "facility", ("army", "base"): "facility",
    ("base",): "facility", ("international", "airport"): "facility", ("airport",): "facility",
    ("nuclear", "power", "plant"): "facility", ("nuclear", "plant"): "facility", ("power", "plant"): "facility",
    ("port",): "facility", ("harbour",): "facility", ("harbor",): "facility", ("dam",): "facility",
    ("proving", "ground"): "facility", ("border", "crossing"): "facility", ("crossing",): "facility",
    ("province",): "adm1", ("oblast",): "adm1", ("governorate",): "adm1", ("prefecture",): "adm1",
    ("state",): "adm1", ("region",): "region", ("county",): "adm2", ("district",): "adm2",
    ("river",): "water", ("sea",): "water", ("strait",): "water", ("straits",): "water", ("bay",): "water",
    ("gulf",): "water", ("lake",): "water", ("ocean",): "water", ("canal",): "water",
    ("island",): "landform", ("islands",): "landform", ("peninsula",): "landform", ("mountains",): "landform",
    ("desert",): "landform", ("valley",): "region", ("delta",): "region", ("strip",): "region",
}
PREFIXES: dict[tuple[str, ...], str] = {
    ("port", "of"): "facility", ("gulf", "of"): "water", ("sea", "of"): "water", ("strait", "of"): "water",
    ("straits", "of"): "water", ("bay", "of"): "water", ("lake",): "water", ("isle", "of"): "landform",
    ("island", "of"): "landform", ("mount",): "landform", ("province", "of"): "adm1", ("state", "of"): "adm1",
    ("region", "of"): "region", ("city", "of"): "city", ("county", "of"): "adm2",
}
_MAX_AFFIX = 3
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
})
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "minister", "senator", "sen", "rep",
    "gov", "governor", "judge", "justice", "general", "gen", "lt", "col", "capt", "captain", "sgt", "sir",
    "lord", "lady", "king", "queen", "prince", "princess", "pope", "rev", "father", "sister", "brother",
    "mayor", "chairman", "secretary", "spokesman", "spokeswoman", "officer", "detective", "coach",
    "ambassador", "director", "chief", "commissioner", "inspector", "agent", "admiral", "bishop",
})
SPEECH = frozenset({"say", "tell", "add", "explain", "state", "note", "claim", "announce", "write", "insist"})
PATHOGEN = frozenset({
    "virus", "viruses", "fever", "ebolavirus", "flu", "influenza", "strain", "strains", "disease",
    "encephalitis", "variant", "agent", "bacteria", "bacterium", "vaccine", "hemorrhagic", "haemorrhagic",
})
INSTITUTIONS = frozenset({
    "university", "college", "school", "elementary", "academy", "institute", "hospital", "clinic", "inc",
    "llc", "ltd", "plc", "corp", "corporation", "gmbh",
})
"""Last words of the proper name of a school, hospital or firm ("Franklin Elementary", "Metz Fresh LLC")."""
OUTLETS = frozenset({
    "times", "daily", "herald", "tribune", "post", "journal", "gazette", "chronicle", "telegraph", "globe",
    "inquirer", "examiner", "observer", "star", "news", "press", "presse", "cartel",
})
"""Last words of a newspaper's, news agency's or gang's name: the place word starting it names the outlet, not
where the story happens ("The New York Times reported", "Agence France-Presse", "the Sinaloa Cartel")."""
OUTLET_BEFORE = frozenset({"television", "radio", "agence"})
"""Capitalized first words of a broadcaster's or agency's name that a place name completes ("Television New
Zealand")."""
OUTLET_NOUNS = frozenset({"agency", "newspaper", "broadcaster", "daily", "tabloid", "magazine", "newswire"})
"""Lower-case nouns an outlet's own name stands beside as an apposition ("the news agency Xinhua")."""
NAMED_OF = frozenset({"university", "college", "voice"})
"""Capitalized words whose "of <Name>" is a school's or broadcaster's name ("the University of Calgary", "the
Voice of America"); not hospitals, which the gold of news corpora counts as in their town."""
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central"})
"""Alone, these qualify something ("Western powers"); GeoNames regions of these names need their head word."""
_INSTITUTION_REACH = 3
_SKIP_LEFT = frozenset({"the", "a", "an"})


@dataclass(frozen=True, slots=True)
class Extension:
    """Token bounds of a toponym after extension, and the feature type the added words imply."""

    start: int
    end: int
    hint: str | None


def _lower(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(doc[i].lower_ for i in range(max(start, 0), min(end, len(doc))))


def trim(span: Span) -> tuple[int, int]:
    """Token bounds without a leading article or trailing possessive/punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _SKIP_LEFT or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_punct):
        end -= 1
    return start, end


def extend(doc: Doc, start: int, end: int, *, country_words: Collection[str] = frozenset()) -> Extension:
    """Widen ``doc[start:end]`` over capitalized feature words before or after it.

    ``country_words`` (name keys of demonyms and country aliases) tell "the Afghan province of
    Helmand" (Helmand is a province) from "the Punjab province of Pakistan" (Pakistan holds one).
    """
    hint: str | None = None
    after = _lower(doc, end, end + _MAX_AFFIX)  # (each word read once: every window below is a slice)
    for size in range(len(after), 0, -1):
        words = after[:size]
        if words in SUFFIXES and all(t.text[:1].isupper() for t in doc[end:end + size]):
            hint, end = SUFFIXES[words], end + size
            break
    before = _lower(doc, start - _MAX_AFFIX, start)
    for size in range(len(before), 0, -1):
        words = before[len(before) - size:]
        if words in PREFIXES:
            if _names_the_inner_place(doc, start - size, country_words):
                break  # "the Punjab province of Pakistan": Pakistan holds the province, it is not one
            hint = hint or PREFIXES[words]
            if doc[start - size].text[:1].isupper():
                start -= size
            break
    return Extension(start, end, hint)


def _names_the_inner_place(doc: Doc, prefix: int, country_words: Collection[str]) -> bool:
    """A lower-case "province of" right after a capitalized name that is no demonym or country alias:
    "<Name> province of <Y>" ("the Helmand province of Afghanistan") says Y holds the named place, where
    "the northern province of Y" and "the Afghan province of Y" name Y itself."""
    if prefix < 1 or doc[prefix].text[:1].isupper():
        return False
    before = doc[prefix - 1]
    return (before.text[:1].isupper() and not before.is_sent_start and before.is_alpha
            and name_key(before.text) not in country_words)


def elliptic(doc: Doc, start: int, end: int) -> str | None:
    """The whole name of a direction word whose noun is shared with the next item: "Central" in "Central
    and South America" is "Central America", "North" in "North and South Korea" is "North Korea"."""
    if end - start != 1 or doc[start].lower_ not in DIRECTIONS or end + 2 >= len(doc):
        return None
    if doc[end].lower_ not in ("and", "or", "&") or doc[end + 1].lower_ not in DIRECTIONS:
        return None
    stop = end + 2
    while stop < len(doc) and doc[stop].is_alpha and doc[stop].text[:1].isupper():
        stop += 1
    return None if stop == end + 2 else " ".join([doc[start].text, *(t.text for t in doc[end + 2:stop])])


def core(doc: Doc, start: int, end: int) -> Extension:
    """The name inside a span that already holds its feature words ("Salinas Valley" -> "Salinas", region)."""
    inner = _lower(doc, start, end)  # (each word read once: every window below is a slice)
    for size in range(min(_MAX_AFFIX, len(inner) - 1), 0, -1):
        if (words := inner[len(inner) - size:]) in SUFFIXES:
            return Extension(start, end - size, SUFFIXES[words])
    for size in range(min(_MAX_AFFIX, len(inner) - 1), 0, -1):
        if (words := inner[:size]) in PREFIXES:
            return Extension(start + size, end, PREFIXES[words])
    return Extension(start, end, None)


def is_pathogen(doc: Doc, end: int) -> bool:
    """The name is followed by a pathogen word ("West Nile virus", "Marburg fever")."""
    return end < len(doc) and doc[end].lower_ in PATHOGEN


def is_lone_compass(doc: Doc, start: int, end: int) -> bool:
    """A compass adjective by itself ("Western powers"), not one sharing its noun ("Central and South America")."""
    return end - start == 1 and doc[start].lower_ in COMPASS_ADJECTIVES and elliptic(doc, start, end) is None


def names_institution(doc: Doc, end: int) -> bool:
    """The capitalized words right after a name end a school's, hospital's or firm's name ("Michigan State"
    + "University", "Metz" + "Fresh LLC", "Royal Alexandra" + "Hospital")."""
    run: list[str] = []
    for i in range(end, min(len(doc), end + _INSTITUTION_REACH + 1)):
        token, word = doc[i], doc[i].text.rstrip(".")
        if word == "-" and not doc[i - 1].whitespace_ and not token.whitespace_:
            continue  # "France-Presse": a hyphen inside the name
        if not (word.isalpha() and word[:1].isupper()) or token.is_sent_start:
            break
        run.append(word.lower())
    # a school district is an area the place names ("Santa Ana Unified School District")
    return any(w in INSTITUTIONS or w in OUTLETS for w in run[:_INSTITUTION_REACH]) and "district" not in run


def names_outlet_or_school(doc: Doc, start: int) -> bool:
    """The words right before a name make it part of an outlet's or a school's name: "Television New Zealand",
    "the Voice of America", "the news agency Xinhua", "the University of (Southern) Indiana"."""
    i = start - 1
    while i > 0 and doc[i].lower_ in DIRECTIONS and doc[i].text[:1].isupper():
        i -= 1  # "University of Southern Indiana"
    if i < 0:
        return False
    before = doc[i]
    if before.lower_ in OUTLET_NOUNS and before.text.islower() and i == start - 1:
        return True
    if before.lower_ in OUTLET_BEFORE and before.text[:1].isupper() and i == start - 1:
        return True
    if before.lower_ != "of" or i < 1 or not doc[i - 1].text[:1].isupper():
        return False
    return doc[i - 1].lower_ in NAMED_OF


def is_currency(doc: Doc, start: int, end: int) -> bool:
    """A country's code glued to a dollar sign is a currency ("$US 15 billion", "NZ$40")."""
    before = start > 0 and doc[start - 1].text.endswith("$") and not doc[start - 1].whitespace_
    after = end < len(doc) and doc[end].text.startswith("$") and not doc[end - 1].whitespace_
    return before or after


def _is_title(token: Token) -> bool:
    return token.lower_.rstrip(".") in TITLES


def is_person_cue(doc: Doc, start: int, end: int, *, speech: bool = True) -> bool:
    """A person is meant: a title before, or (with ``speech``) a speech verb right after the name."""
    if start > 0 and _is_title(doc[start - 1]):
        return True
    if speech and end < len(doc) and doc[end].lemma_ in SPEECH and doc[end].pos_ == "VERB":
        return not (start > 0 and doc[start - 1].lower_ in ("in", "from", "at"))
    return False
