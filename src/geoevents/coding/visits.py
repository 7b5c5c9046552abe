"""Visits implied by hosting, and hosts implied by visits: CAMEO 042 and 043 go together."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Span

from geoevents.coding.actors import DocActors
from geoevents.coding.clauses import is_thing
from geoevents.coding.diplomacy_more import framed_meeting_partners, participle_visits
from geoevents.coding.embedded import EmbeddedReader
from geoevents.coding.found import Found
from geoevents.coding.meetings import call_frames, scheduled_meetings, third_location
from geoevents.coding.reciprocity import guest_code
from geoevents.coding.stays import hosted_between, stays
from geoevents.coding.travellers import visiting_guests
from geoevents.coding.vocab import MEETING_NOUNS, MEETING_VERBS
from geoevents.models import Actor

__all__ = ["VisitReader"]


class VisitReader(EmbeddedReader):
    """Adds the visit a hosting implies and the hosting a visit implies (mixed into the sentence coder)."""

    def _hosted_visits(self, found: list[Found], seen: set[tuple[str, str, str]], day: dt.date) -> list[Found]:
        """'X hosted / received Y': Y visited X's country too (CAMEO 043 implies the guest's 042)."""
        found = scheduled_meetings(found, day)  # "X is hosting Y next week": a hosting that is due (036)
        found = third_location(found, self.place_country)  # "X met Y in Munich": 044
        out = participle_visits(found, seen, self.place_country)  # "Visiting Kyiv, X met Y": X > Ukraine 042
        out += visiting_guests(found, seen, self._host)  # "X met the visiting Y": Y > X's country 042, X > Y 043
        for f in found:
            t = f.target
            if guest_code(f) is None or t is None or not f.source.country_code or \
                    t.country_code == f.source.country_code or hosted_between(f.trigger):
                continue
            host = self._host(f.source.country_code)
            key = (code := guest_code(f) or "042", t.code, host.code)  # ("will host Y": Y's planned visit, 036)
            if key not in seen:
                seen.add(key)
                out.append(replace(f, code=code, realised_code="042", source=t, target=host,
                                   flags=(*f.flags, "implied"), confidence=round(f.confidence * 0.9, 3)))
        return out

    def _host(self, iso: str) -> Actor:
        return Actor(self.recognizer.d.cameo_country(iso), self.recognizer.d.country_name(iso), iso, None, -1, -1)

    def _stays(self, sent: Span, seen: set[tuple[str, str, str]], actors: DocActors, day: dt.date) -> list[Found]:
        """'X is in Y for talks', 'X is in Y on a visit': X > Y 042; 'X is due in Y': X > Y 036 (``stays``)."""
        out: list[Found] = []
        for tok, be, subj, place_tok, due in stays(sent):
            place = self.place_country(place_tok)
            if place is None or not place.country_code or is_thing(subj, actors):
                continue
            for source in self._actors_at(subj, actors, day):
                key = (code := "036" if due else "042", source.code, place.code)
                if source.country_code and source.country_code != place.country_code and key not in seen:
                    seen.add(key)
                    out.append(Found(code, tok, source, place, ("intent",) if due else (), 0.7, be, place_tok, due,
                                     realised_code="042"))
        return out

    def _visit_hosts(self, found: list[Found], seen: set[tuple[str, str, str]], actors: DocActors,
                     day: dt.date, sent: Span) -> list[Found]:
        """'X flew to Seoul for talks with Y' / 'to consult Y': Y, of the visited country, hosted X (CAMEO 043)."""
        found = found + self._stays(sent, seen, actors, day)
        out = list(found)
        for f in found:
            t = f.target
            if f.code[:3] != "042" or "implied" in f.flags or t is None or not t.country_code:
                continue
            framed = set(framed_meeting_partners(f.trigger))  # "Visiting Belgrade, X held talks with Y"
            for tok in (*f.trigger.subtree, *framed):
                gov = tok.head.head.lemma_.lower() if tok.head.lower_ == "with" else ""
                met = tok in framed or (tok.dep_ == "pobj" and gov in MEETING_NOUNS) or (
                    tok.dep_ == "dobj" and tok.head.lemma_.lower() in MEETING_VERBS)
                if not met:
                    continue
                for host in self._actors_at(tok, actors, day):
                    key = ("043", host.code, f.source.code)
                    if host.country_code == t.country_code and host.code != f.source.code and key not in seen:
                        seen.add(key)
                        out.append(replace(f, code="043", realised_code="043", source=host, target=f.source,
                                           flags=(*f.flags, "implied"), confidence=round(f.confidence * 0.9, 3)))
        return call_frames(out, seen)
