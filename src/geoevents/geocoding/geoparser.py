"""``Geoparser``: every toponym of a parsed document, resolved to a gazetteer row, as ``Place`` records."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from geoevents.geocoding.disambiguate import Choice, Resolver
from geoevents.geocoding.gazetteer import Candidate, Gazetteer, Row
from geoevents.geocoding.names import load_country_names, name_key
from geoevents.geocoding.recognize import STRONG_POPULATION, Mention, Recognizer
from geoevents.geocoding.records import NameKind
from geoevents.geocoding.spans import core, elliptic, extend
from geoevents.models import Place
from geoevents.nlp import load_nlp
from geoevents.settings import Settings

__all__ = ["Geoparser", "to_place"]

log = logging.getLogger(__name__)
CENTROID_TYPES = frozenset({"country", "adm1", "adm2", "region"})
_CACHE_LIMIT = 100_000
_POSSESSIVE = re.compile(r"['’]s?$")
_NAMESAKE_HINTS = frozenset({"facility", "adm1", "region", "city"})
"""Feature words whose place usually lies at or around the town it is named after ("Da Nang Airport")."""


def to_place(row: Row, *, start: int = -1, end: int = -1, text: str | None = None, confidence: float = 0.0,
             kind: int | None = None) -> Place:
    """A ``Place`` for a gazetteer row (``raw`` is the row, plus how the name matched)."""
    raw = row.as_dict()
    if kind is not None:
        raw["name_kind"] = kind
    return Place(
        name=row.name, lat=row.lat, lon=row.lon, feature_type=row.feature_type, country_code=row.country_code,
        feature_id=row.id, adm1=row.adm1, adm1_code=row.adm1_code, start=start, end=end, text=text,
        confidence=confidence, is_centroid=row.feature_type in CENTROID_TYPES, raw=raw,
    )


def _lone_variant(candidate: Candidate, support: Counter[str | None]) -> bool:
    """A town under ``STRONG_POPULATION`` that only a GeoNames alternate name matched, in a country no other
    place, demonym or context of the article lies in: a spelling variant of a foreign village is a weaker
    reading than a name our gazetteer lacks ("Kalam" in Pakistan is not Kallam in India) or no place at all."""
    row = candidate.row
    return (candidate.kind == NameKind.ALTERNATE and row.feature_type == "city"
            and row.population < STRONG_POPULATION and support[row.country_code] <= 1)


def _place(choice: Choice) -> Place:
    m = choice.mention
    if choice.candidate is None:
        return Place(name=m.text, lat=None, lon=None, feature_type=m.hint, country_code=None, start=m.start,
                     end=m.end, text=m.text, confidence=0.0, raw={"queries": list(m.queries)})
    return to_place(choice.candidate.row, start=m.start, end=m.end, text=m.text, confidence=choice.confidence,
                    kind=choice.candidate.kind)


class Geoparser:
    """Recognizes and resolves toponyms with the offline gazetteer."""

    def __init__(self, gazetteer: Gazetteer, *, settings: Settings, nlp: Language | None = None) -> None:
        self.gazetteer = gazetteer
        self.settings = settings
        self._nlp = nlp if nlp is not None else load_nlp(settings.spacy_model)
        self._demonyms = load_country_names().demonym_index()
        self._aliases = load_country_names().alias_index()
        self._country_words = frozenset(self._demonyms) | frozenset(self._aliases)
        self._recognizer = Recognizer(gazetteer, self._nlp, demonyms=self._demonyms)
        self._resolver = Resolver(gazetteer)
        self._resolved: dict[tuple[str, tuple[str, ...], str | None], Place | None] = {}

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline documents should be parsed with."""
        return self._nlp

    def places(self, doc: Doc, *, given_spans: list[tuple[int, int]] | None = None,
               context_countries: Sequence[str] = (), text: str | None = None) -> list[Place]:
        """Every toponym in ``doc`` (or exactly ``given_spans``), resolved, in text order.

        With ``given_spans`` each ``(start, end)`` character span yields one Place in the order
        given; a span no gazetteer row names yields a Place with ``lat``/``lon`` None.
        """
        text = doc.text if text is None else text  # Doc.text joins every token: read it once (``text``: the caller's)
        if given_spans is not None:
            mentions = [self._given(doc, text, start, end) for start, end in given_spans]
            order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end))
            choices = self._resolver.resolve([mentions[i] for i in order], text=text,
                                             context_countries=context_countries,
                                             extra_countries=self._demonym_countries(doc))
            by_index = dict(zip(order, choices, strict=True))
            return [_place(by_index[i]) for i in range(len(mentions))]
        mentions = self._recognizer.mentions(doc, text)
        demonyms = self._demonym_countries(doc)
        choices = self._resolver.resolve(mentions, text=text, context_countries=context_countries,
                                         extra_countries=demonyms, place_unknown=False)
        rows = {c.candidate.row.id: c.candidate.row for c in choices if c.candidate is not None}
        support = Counter(row.country_code for row in rows.values())  # each place once: a repeat is no support
        support.update(code.upper() for code in (*context_countries, *demonyms))
        return [_place(c) for c in choices if c.candidate is not None and not _lone_variant(c.candidate, support)]

    def _given(self, doc: Doc, doc_text: str, start: int, end: int) -> Mention:
        if not 0 <= start < end <= len(doc_text):
            raise ValueError(f"span ({start}, {end}) is outside the text (0..{len(doc_text)})")
        text = doc_text[start:end]
        span = doc.char_span(start, end, alignment_mode="expand")
        hint = None
        queries: tuple[str, ...] = (text,)
        if span is not None:
            hint = extend(doc, span.start, span.end, country_words=self._country_words).hint
            inner = core(doc, span.start, span.end)
            if inner.hint in _NAMESAKE_HINTS and not self.gazetteer.lookup(text):
                # a name no row has with its feature word ("Salinas Valley"): look up the name alone, as
                # recognition does for the words it adds itself; not for counties, islands and waters,
                # which are seldom at a town of their name ("Scott County", "Plum Island")
                queries = (text, doc[inner.start:inner.end].text)
                hint = hint or inner.hint
        row = self.gazetteer.country(self._demonyms.get(name_key(_POSSESSIVE.sub("", text)), ""))
        if row is not None:
            queries = (row.name, text)
        whole = elliptic(doc, span.start, span.end) if span is not None else None
        if whole is not None:
            queries = (whole, *queries)
        return Mention(start, end, text, queries, hint, "given")

    def _demonym_countries(self, doc: Doc) -> list[str]:
        out = []
        for ent in doc.ents:
            if ent.label_ == "NORP":
                iso3 = self._demonyms.get(name_key(ent.text))
                if iso3:
                    out.append(iso3)
        return out

    def resolve(self, name: str, *, context_countries: Sequence[str] = (),
                feature_hint: str | None = None) -> Place | None:
        """The best row for a single name (cached: repeated names cost a dict look-up)."""
        key = (name_key(name), tuple(context_countries), feature_hint)
        if key in self._resolved:
            return self._resolved[key]
        country = self.gazetteer.country(self._demonyms.get(key[0], ""))
        queries = (name,) if country is None else (country.name, name)
        mention = Mention(0, len(name), name, queries, feature_hint, "name")
        choice = self._resolver.resolve([mention], text=name, context_countries=context_countries)[0]
        place = _place(choice) if choice.candidate is not None else None
        if len(self._resolved) >= _CACHE_LIMIT:
            self._resolved.clear()
        self._resolved[key] = place
        return place

    def country_place(self, iso3: str) -> Place | None:
        """The country's centroid as a Place (``is_centroid`` True)."""
        row = self.gazetteer.country(iso3)
        return None if row is None else to_place(row, confidence=1.0)

    def country_of_name(self, text: str) -> str | None:
        """ISO alpha-3 of a country name, alias or demonym ("Korean", "U.K.", "Britain"), else None."""
        key = name_key(_POSSESSIVE.sub("", text.strip()))
        if key in self._demonyms or key in self._aliases:
            return self._demonyms.get(key) or self._aliases[key]
        best: Candidate | None = next(
            (c for c in self.gazetteer.lookup_key(key) if c.row.feature_type == "country" and c.kind < 2), None)
        return best.row.country_code if best else None
