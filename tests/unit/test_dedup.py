"""Exact and near-duplicate detection."""

from __future__ import annotations

import datetime as dt

from geoevents.dedup import KnownDocument, deduplicate, signature, signature_bytes
from geoevents.ingest import doc_id_of
from geoevents.models import Document
from geoevents.settings import Settings

ORIGINAL = ("Officials from Kenya and Ethiopia met in Nairobi on Monday to discuss a shared dam on the Omo river, "
            "which has strained relations between the neighbours for years. The ministers agreed to set up a joint "
            "technical committee that will report within three months, according to a statement from the Kenyan "
            "foreign ministry. Farmers downstream say the reservoir has already reduced the flow of water reaching "
            "Lake Turkana, and fishing communities have complained of falling catches since the dam was filled.")
SPUN = ORIGINAL.replace("discuss", "talk about").replace("strained", "troubled").replace(
    "neighbours", "neighbors").replace("agreed", "consented").replace("Farmers", "Growers") + " Share this article."
OTHER = ("A joint committee on the Omo river dam will be formed after Kenyan and Ethiopian ministers held talks "
         "in the Kenyan capital, a statement said. Downstream communities around Lake Turkana blame the project "
         "for lower water levels and smaller fish catches, a complaint Addis Ababa rejects.")


def _doc(text: str, day: int, origin: str) -> Document:
    return Document(doc_id=doc_id_of(text), origin=origin, text=text,
                    published_at=dt.datetime(2024, 3, day, tzinfo=dt.UTC))


def test_exact_and_near_duplicates() -> None:
    s = Settings()
    res = deduplicate([_doc(SPUN, 5, "spun"), _doc(ORIGINAL, 4, "orig"), _doc(ORIGINAL, 6, "again"),
                       _doc(OTHER, 4, "other")], settings=s)
    by_origin = {d.origin: d for d in res.documents}
    assert by_origin["spun"].near_duplicate_of == doc_id_of(ORIGINAL)
    assert by_origin["orig"].near_duplicate_of is None
    assert by_origin["other"].near_duplicate_of is None
    assert [(r.origin, r.reason) for r in res.rejects] == [("again", "duplicate")]


def test_matches_documents_already_published() -> None:
    s = Settings()
    known = KnownDocument(doc_id=doc_id_of(ORIGINAL), published_at=dt.datetime(2024, 3, 1, tzinfo=dt.UTC),
                          near_duplicate_of=None, minhash=signature_bytes(signature(ORIGINAL, settings=s)))
    res = deduplicate([_doc(SPUN, 5, "spun"), _doc(ORIGINAL, 6, "repeat")], settings=s, known=[known])
    assert [d.near_duplicate_of for d in res.documents] == [doc_id_of(ORIGINAL)]
    assert res.rejects[0].reason == "duplicate"
