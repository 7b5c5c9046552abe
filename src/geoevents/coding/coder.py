"""Documents -> mentions: parse (spaCy, batched), actors, events, dates and places for each sentence."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from geoevents.codebook import Codebook, load_codebook
from geoevents.coding.actors import ActorRecognizer, DocActors, get_recognizer
from geoevents.coding.dates import ResolvedDate, ahead_of, resolve_date, warm_up
from geoevents.coding.events import Found, SentenceCoder
from geoevents.coding.modality import up_from
from geoevents.coding.patterns import load_patterns
from geoevents.coding.referents import body_subject, coordinated_group, meeting_pair, person_subject, told_subject
from geoevents.coding.repairs import repair_parse
from geoevents.coding.tokens import forget_kids
from geoevents.coding.vocab import BOUND_PREPS, LIGHT_VERBS, LOCATIVE_PREPS
from geoevents.models import Actor, Document, Mention, Place
from geoevents.nlp import load_nlp
from geoevents.settings import Settings

__all__ = ["Coder", "PlaceFinder"]

REJECT_ROOT = "12"  # a rejection is announced now, whatever the date of the act it turns down
log = logging.getLogger(__name__)
# verbs of flight whose "to" phrase names a refuge, not where the story happens ("fled to India")
_FLEEING = frozenset({"flee", "escape", "defect", "emigrate"})
# a date phrase that modifies a noun dates what the noun names ("a 2018 agreement", "Sunday's launch")
_NOUN_DATES = frozenset({"nummod", "compound", "amod", "poss", "nmod"})
_DATELINE_AFTER = re.compile(r"^(,\s*[A-Z][\w .]{1,30})?\s*(\([^)]{1,30}\))?\s*[—–-]{1,2}\s")


class PlaceFinder(Protocol):
    def places(self, doc: Doc, *, given_spans: list[tuple[int, int]] | None = None,
               context_countries: Sequence[str] = (), text: str | None = None) -> list[Place]: ...

    def country_place(self, iso3: str) -> Place | None: ...


@dataclass
class _DocState:
    doc: Doc
    actors: DocActors
    pub: dt.date
    text: str
    geoparser: PlaceFinder
    found_places: dict[int, Place | None] = field(default_factory=dict)

    @cached_property
    def places(self) -> list[Place]:  # the geoparser runs on first use: a document with no event may need none
        countries = sorted({h.entry.key for h in self.actors.by_token.values()
                            if h.entry is not None and h.entry.kind in ("country", "demonym", "capital")})
        return self.geoparser.places(self.doc, context_countries=countries, text=self.text)

    @cached_property
    def place_at(self) -> dict[int, Place]:
        return {t.i: p for p in self.places for t in self.doc.char_span(p.start, p.end, alignment_mode="expand") or ()}

    @cached_property
    def dateline(self) -> Place | None:  # a place opening a paragraph, then a dash: 'SEOUL —', 'KYIV, Ukraine -'
        for p in self.places:
            if p.start > 600:
                break
            line_start = self.text.rfind("\n", 0, p.start) + 1
            after = self.text[p.end:p.end + 40]
            before = self.text[line_start:p.start].strip()
            if before == "" and _DATELINE_AFTER.match(after):
                return p
        return None


class Coder:
    """Holds what is loaded once per process: the pipeline, dictionaries, patterns and geoparser."""

    def __init__(self, *, settings: Settings, geoparser: PlaceFinder, nlp: Language | None = None,
                 codebook: Codebook | None = None) -> None:
        self.settings = settings
        self.nlp = nlp or load_nlp(settings.spacy_model)
        self.recognizer: ActorRecognizer = get_recognizer(self.nlp)
        self.codebook = codebook or load_codebook()
        self.geoparser = geoparser
        self._state: _DocState | None = None
        self.sentences = SentenceCoder(patterns=load_patterns(), recognizer=self.recognizer,
                                       codebook=self.codebook, place_country=self._place_country,
                                       name_place=self._name_place)
        warm_up()  # one-time library set-up belongs to loading, not to the first document

    def code_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Mention]]]:
        """Yield each document with its mentions; documents are parsed in batches with ``nlp.pipe``."""
        pairs = ((d.text, d) for d in docs)
        for sdoc, doc in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            yield doc, self.code_parsed(sdoc, doc)

    def code_parsed(self, sdoc: Doc, doc: Document) -> list[Mention]:
        """The mentions of one document; ``sdoc`` is the pipeline's parse of ``doc.text``."""
        pub = doc.published_date or dt.datetime.now(dt.UTC).date()
        try:
            return self._code(sdoc, doc, pub)
        finally:
            forget_kids(sdoc)  # (the children table holds Tokens of the document: not kept past its coding)

    def _code(self, sdoc: Doc, doc: Document, pub: dt.date) -> list[Mention]:
        repair_parse(sdoc, self.nlp, self.recognizer.d.proper, self.recognizer.name_ids,
                     self.sentences.patterns.lemmas)  # (see repairs.py: five shapes the parser gets wrong)
        actors = self.recognizer.annotate(sdoc, pub)
        text = doc.text if _ends_at(sdoc, len(doc.text)) else sdoc.text  # (Doc.text joins every token anew)
        self._state = _DocState(sdoc, actors, pub, text, self.geoparser)
        mentions: list[Mention] = []
        last_person: Actor | None = None
        self.sentences.last_body, self.sentences.last_told, self.sentences.last_group = None, None, ()
        history: list[Found] = []
        dated: dict[int, tuple[ResolvedDate | None, Span | None]] = {}
        named = sorted(actors.by_token)
        for index, sent in enumerate(sdoc.sents):
            self.recognizer.context_country = partial(self._context_country, sent)  # computed if read
            before = len(history)
            for found in self.sentences.code(sent, actors, pub, last_person, history):
                mention, date = self._mention(doc, index, sent, found, dated)
                if ahead_of(mention.event_date, mention.date_raw, mention.event_code, pub):
                    continue  # "to launch a satellite on Nov 30": what has not happened yet is no realised event
                dated[id(found)] = date
                history.append(found)
                mentions.append(mention)
            if sent.end == len(sdoc):
                break  # what the last sentence's subjects could refer on to, no sentence reads
            last_person = person_subject(sent, actors, pub, self.recognizer) or last_person
            self.sentences.last_body = body_subject(sent, actors, pub, self.recognizer, self.sentences.last_body,
                                                    self.sentences.last_told)
            self.sentences.last_told = told_subject(sent, actors, pub, self.recognizer)
            self.sentences.last_group = tuple(coordinated_group(
                [sdoc[i] for i in named if sent.start <= i < sent.end], actors, pub, self.recognizer) or meeting_pair(
                (f.code, f.source, f.target) for f in history[before:])) or self.sentences.last_group
        self._state = None
        self.sentences.last_body, self.sentences.last_told, self.sentences.last_group = None, None, ()
        self.recognizer.context_country = None
        return _paragraph_dates(mentions, text, pub)

    # -- pieces ------------------------------------------------------------------------------------
    def _name_place(self, tok: Token) -> Actor | None:
        """The country of the gazetteer place a PERSON entity at ``tok`` names ('shelled Lalibela'), or None.

        Asked only for the object of an act of force, where a place is far likelier than a person.
        """
        st = self._state
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None) if st is not None else None
        if st is None or ent is None or ent.label_ != "PERSON" or ent.root.i != tok.i or \
                st.actors.by_token.get(tok.i) is not None:
            return None
        place = self.geoparser.places(st.doc, given_spans=[(ent.start_char, ent.end_char)])[0]
        if place.lat is None or not place.country_code:
            return None
        iso = place.country_code
        return Actor(self.recognizer.d.cameo_country(iso), self.recognizer.d.country_name(iso), iso, None,
                     place.start, place.end)

    def _place_country(self, tok: Token) -> Actor | None:
        st = self._state
        if st is None:
            return None
        hit = st.actors.by_token.get(tok.i)
        if hit is not None and hit.entry is not None and hit.entry.kind in ("country", "capital"):
            iso = hit.entry.key
            return Actor(self.recognizer.d.cameo_country(iso), self.recognizer.d.country_name(iso), iso, None,
                         st.doc[hit.start].idx, st.doc[hit.end - 1].idx + len(st.doc[hit.end - 1].text))
        place = st.place_at.get(tok.i)
        if place is not None and place.country_code:
            iso = place.country_code
            return Actor(self.recognizer.d.cameo_country(iso), self.recognizer.d.country_name(iso), iso, None,
                         place.start, place.end)
        return None

    def _context_country(self, sent: Span) -> str | None:
        """Where the sentence takes place: its one named country, else its places' one country, else the dateline's."""
        st = self._state
        assert st is not None
        placed: dict[str, bool] = {}  # country -> named in the main clause
        heads: list[tuple[str, Token]] = []
        for p in st.places:
            if sent.start_char <= p.start < sent.end_char and p.country_code:
                span = st.doc.char_span(p.start, p.end, alignment_mode="expand")
                if span is not None and not self.recognizer.sponsor(span):  # (not "Moscow-backed rebels")
                    heads.append((p.country_code, span.root))
        for i in range(sent.start, sent.end):  # countries the geoparser left out ("in Niger")
            hit = st.actors.by_token.get(i)
            if hit is not None and hit.start == i and hit.entry is not None and \
                    hit.entry.kind in ("country", "capital"):
                heads.append((hit.entry.key, st.doc[hit.end - 1]))
        for iso, root in heads:
            while root.dep_ in ("compound", "amod", "appos", "poss") and root.head.i != root.i:
                root = root.head
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS and not _refuge(root):
                placed[iso] = placed.get(iso, False) or not _subordinate(root)
        main = {iso for iso, in_main in placed.items() if in_main}
        if len(placed) == 1:
            return next(iter(placed))
        if len(main) == 1:  # "stormed the embassy in Baghdad over a burning in Stockholm": the main clause's
            return next(iter(main))
        if not placed:  # "pounded districts of Kherson": the main clause's one place country, however attached
            named = {iso for iso, root in heads if not _subordinate(root)}
            if len(named) == 1:
                return next(iter(named))
        if not placed and st.dateline is not None:
            return st.dateline.country_code
        if not placed:  # "South Korean police raided ... the doctors' walkout": the one country the sentence names
            named = {h.entry.key for i in range(sent.start, sent.end) if (h := st.actors.by_token.get(i)) is not None
                     and h.entry is not None and h.entry.kind in ("country", "demonym", "capital")}
            if len(named) == 1:
                return next(iter(named))
        return None

    def _date_for(self, found: Found, sent: Span, pub: dt.date) -> tuple[ResolvedDate | None, Span | None]:
        """The date phrase attached to the event's predicate (or to a verb governing it), resolved.

        A phrase in another clause does not count, nor one that only bounds the event ("since May").
        Adjacent phrases are read together ("in November in 2022"). Nominal events use their own phrase only.
        """
        chain: list[Token] = [found.trigger]
        cur = found.anchor
        chain.append(cur)
        if "nominal" in found.flags and found.trigger.dep_ in ("dobj", "nsubjpass") and \
                found.trigger.head.lemma_.lower() in LIGHT_VERBS:
            cur = found.trigger.head  # "held a meeting on Monday": the light verb's date is the meeting's
            chain.append(cur)
        if "nominal" not in found.flags:
            for _ in range(6):
                if cur.head.i == cur.i or cur.dep_ in ("relcl", "acl", "advcl"):
                    break
                cur = cur.head
                chain.append(cur)
        best: tuple[int, Span] | None = None
        for ent in _date_phrases(sent):
            node = ent.root
            if node.head.lower_ in BOUND_PREPS and node.dep_ == "pobj":
                continue
            if node.dep_ in _NOUN_DATES and node.head.pos_ in ("NOUN", "PROPN") and node.head not in chain:
                continue  # "suspended a 2018 agreement", "after Sunday's launch": the date of the thing named
            for _ in range(8):
                if node in chain:
                    rank = chain.index(node)
                    if best is None or rank < best[0]:
                        best = (rank, ent)
                    break
                if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node not in chain):
                    break
                node = node.head
        if best is None:
            return None, None
        ent = best[1]
        resolved = resolve_date(ent.text, pub, future=found.future)
        if resolved and found.code[:2] == REJECT_ROOT and ahead_of(resolved.date, ent.text, found.code, pub):
            return None, None  # "will not attend the summit next month": the date of what is refused, now
        return (resolved, ent) if resolved else (None, None)

    def _place_for(self, found: Found, sent: Span) -> tuple[Place | None, bool]:
        """The place of the event, and whether it was read in this sentence.

        A place counts when it is the object of a locative preposition ("in Seoul", "at Osan Air
        Base", "off its east coast") in the event's clause, else anywhere in the sentence; else the
        dateline; else the actors' country when both are in the same one.
        """
        st = self._state
        assert st is not None
        if found.place_hint is not None and found.place_hint.i in st.place_at:
            return st.place_at[found.place_hint.i], True
        if found.antecedent is not None:  # "the visit" is where the visit was
            return st.found_places.get(id(found.antecedent)), False
        locative: list[tuple[int, Place]] = []  # (the root of each locative place name, the place)
        for p in st.places:
            if not sent.start_char <= p.start < sent.end_char or p.lat is None:
                continue
            span = st.doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            while root.dep_ in ("compound", "amod", "appos") and root.head.i != root.i:
                root = root.head
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
                locative.append((root.i, p))
        if len(locative) == 1:
            return locative[0][1], True
        if locative:  # the event's clause first, then the most specific place
            clause = {t.i for t in found.anchor.subtree} | {t.i for t in found.trigger.subtree}
            return min(locative, key=lambda t: (t[0] not in clause, _level(t[1].feature_type)))[1], True
        if st.dateline is not None:
            return st.dateline, False
        a, b = found.source, found.target
        if a.country_code and b is not None and a.country_code == b.country_code:
            return self.geoparser.country_place(a.country_code), False
        return None, False

    def _mention(self, doc: Document, index: int, sent: Span, found: Found,
                 dated: dict[int, tuple[ResolvedDate | None, Span | None]]
                 ) -> tuple[Mention, tuple[ResolvedDate | None, Span | None]]:
        st = self._state
        assert st is not None
        resolved, date_ent = self._date_for(found, sent, st.pub)
        if resolved is None and found.antecedent is not None:  # "the visit" happens when the visit was dated
            ante_date, _ = dated.get(id(found.antecedent), (None, None))
            resolved = ante_date
        place, in_sentence = self._place_for(found, sent)
        st.found_places[id(found)] = place
        trig = found.trigger
        return Mention(
            doc_id=doc.doc_id, sentence_index=index, char_start=sent.start_char, char_end=sent.end_char,
            sentence=st.text[sent.start_char:sent.end_char],  # (Span.text would build every token)
            actor1=found.source, actor2=found.target, event_code=found.code,
            event_date=resolved.date if resolved else st.pub,
            date_precision=resolved.precision if resolved else "day",
            date_raw=date_ent.text if date_ent is not None else None,
            date_raw_start=date_ent.start_char if date_ent is not None else None,
            action_start=trig.idx, action_end=trig.idx + len(trig.text), confidence=found.confidence,
            place=place if place is None or in_sentence else _from_context(place), flags=found.flags
        ), (resolved, date_ent)


def _ends_at(sdoc: Doc, length: int) -> bool:
    """Whether the parse ends where a text of ``length`` characters does (``code_parsed`` is given the parse of the
    document's text, which spaCy keeps character for character: then the document's own string serves)."""
    return sdoc[-1].idx + len(sdoc[-1].text_with_ws) == length if len(sdoc) else length == 0


def _paragraph_dates(mentions: list[Mention], text: str, pub: dt.date) -> list[Mention]:
    """An undated sentence shares the reference time of its paragraph (the headline: of the first paragraph).

    News paragraphs tell one happening: "X met Y on Monday. The talks lasted two hours." Only a
    day-precision date within a week before (or a day after) publication is shared.
    """
    def paragraph(m: Mention) -> int:
        return text.count("\n\n", 0, m.char_start)

    anchors: dict[int, Mention] = {}
    recent = (pub - dt.timedelta(days=7), pub + dt.timedelta(days=1))
    for m in mentions:
        if m.date_raw and m.date_precision == "day" and recent[0] <= m.event_date <= recent[1]:
            anchors.setdefault(paragraph(m), m)
    if not anchors:
        return mentions
    first_para = min(anchors)
    out: list[Mention] = []
    for m in mentions:
        para = paragraph(m)
        anchor = anchors.get(para) or (anchors[first_para] if para < first_para else None)
        if m.date_raw is None and anchor is not None and "anaphora" not in m.flags and "intent" not in m.flags:
            m = replace(m, event_date=anchor.event_date, date_precision="day", flags=(*m.flags, "date_context"))
        out.append(m)
    return out


def _refuge(tok: Token) -> bool:
    """'Hasina fled to India as protesters stormed her residence': where someone flees to is not where the
    sentence takes place."""
    prep = tok.head
    return prep.lower_ in ("to", "into") and prep.head.lemma_.lower() in _FLEEING


def _subordinate(tok: Token) -> bool:
    """Whether a token sits in a clause that describes a noun or frames the main one (acl, relcl, advcl)."""
    return any(cur.dep_ in ("acl", "relcl", "advcl") for cur in up_from(tok, 12))


def _date_phrases(sent: Span) -> list[Span]:
    """DATE/TIME entities, with neighbours joined: 'in November in 2022' -> 'November in 2022'."""
    ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    out: list[Span] = []
    for e in ents:
        if out and 0 <= e.start - out[-1].end <= 2 and all(t.lower_ in ("in", "of", ",") for t in
                                                           sent.doc[out[-1].end:e.start]):
            out[-1] = sent.doc[out[-1].start:e.end]
        else:
            out.append(e)
    return out


def _from_context(place: Place) -> Place:
    return replace(place, start=-1, end=-1, confidence=place.confidence * 0.8)


def _level(feature_type: str | None) -> int:
    order = {"facility": 0, "city": 1, "water": 2, "landform": 2, "adm1": 3, "region": 4, "country": 5}
    return order.get(feature_type or "", 6)
