"""Ranking cues: "<Name> province of <Country>" names the country, and joins the two places."""

from __future__ import annotations

from geoevents.geocoding.disambiguate import _link
from geoevents.geocoding.geoparser import Geoparser
from geoevents.geocoding.recognize import Recognizer, _coordinated, _is_acronym, _Proposal, _settlement_of
from geoevents.geocoding.spans import elliptic, extend


def test_a_country_after_name_province_of_is_not_a_province(geoparser: Geoparser) -> None:
    text = "Relief convoys reached the Imereti province of Georgia after the storm."
    doc = geoparser.nlp(text)
    start = text.index("Georgia")
    span = doc.char_span(start, start + len("Georgia"))
    assert span is not None
    assert extend(doc, span.start, span.end).hint is None
    (georgia,) = geoparser.places(doc, given_spans=[(start, start + len("Georgia"))])
    assert georgia.country_code == "GEO" and georgia.feature_type == "country"


def _hint_of(geoparser: Geoparser, text: str, name: str) -> str | None:
    doc = geoparser.nlp(text)
    start = text.rindex(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return extend(doc, span.start, span.end, country_words={"georgian", "us", "u s"}).hint


def test_the_province_of_still_names_a_province(geoparser: Geoparser) -> None:
    assert _hint_of(geoparser, "Relief convoys reached the southern province of Imereti.", "Imereti") == "adm1"
    assert _hint_of(geoparser, "Relief convoys reached the Georgian province of Imereti.", "Imereti") == "adm1"
    assert _hint_of(geoparser, "Floods hit parts of the Imereti province of Georgia.", "Georgia") is None


def test_province_of_links_the_two_names() -> None:
    assert _link(" province of ") == 1.0
    assert _link(" state of ") == 1.0
    assert _link(" and the capital of ") == 0.0


def test_a_place_word_and_of_make_the_next_name_a_place(geoparser: Geoparser) -> None:
    doc = geoparser.nlp("Aid reached the town of Emberly and the outskirts of Dunmore, but not the head of Marlow.")
    words = [t.text for t in doc]
    assert _settlement_of(doc, words.index("Emberly")) and _settlement_of(doc, words.index("Dunmore"))
    assert not _settlement_of(doc, words.index("Marlow"))


def test_a_doubtful_name_joined_to_an_accepted_place_is_a_place(geoparser: Geoparser) -> None:
    doc = geoparser.nlp("Coots died near Temryuk and Anapa, said Anna Marsh and Olga.")
    words = [t.text for t in doc]
    t, a, o = words.index("Temryuk"), words.index("Anapa"), words.index("Olga")
    accepted = _Proposal(t, t + 1, "ner", 0)
    places, starts = {accepted.end: accepted}, {accepted.start}
    entity_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    assert _coordinated(doc, _Proposal(a, a + 1, "gaz", 2), places, starts, entity_of)
    assert not _coordinated(doc, _Proposal(o, o + 1, "gaz", 2), places, starts, entity_of)


def test_a_direction_word_shares_the_noun_of_the_next_item(geoparser: Geoparser) -> None:
    text = "Talks between South and North Korea resumed, said officials in Central and Eastern Europe."
    doc = geoparser.nlp(text)
    assert elliptic(doc, 2, 3) == "South Korea"
    central = next(t.i for t in doc if t.text == "Central")
    assert elliptic(doc, central, central + 1) == "Central Europe"
    assert elliptic(doc, 4, 5) is None  # "North" is followed by its own noun
    start = text.index("South")
    (south,) = geoparser.places(doc, given_spans=[(start, start + len("South"))])
    assert south.country_code == "KOR" and south.feature_type == "country"


def test_an_acronym_is_not_a_village_spelled_like_it(geoparser: Geoparser) -> None:
    assert _is_acronym("E.U.") and _is_acronym("UN") and not _is_acronym("Eu") and not _is_acronym("U.S.A.F.R.A.")
    places = geoparser.places(geoparser.nlp("A deal between the E.U. and Georgia was signed in Tbilisi."))
    assert "E.U." not in [p.text for p in places] and "Tbilisi" in [p.text for p in places]
    town = geoparser.places(geoparser.nlp("Floods reached the small town of Eu in Normandy."))
    assert [p.feature_id for p in town if p.text == "Eu"] == ["geonames:9100017"]


def test_an_unknown_place_entity_yields_its_strong_parts(geoparser: Geoparser) -> None:
    recognizer = Recognizer(geoparser.gazetteer, geoparser.nlp, demonyms=[])
    doc = geoparser.nlp("Talks between South and North Korea went on in the Gyeonggi Province of South Korea.")
    words = [t.text for t in doc]
    south = words.index("South")
    parts = recognizer._ner_parts(doc, south, south + 4)  # "South and North Korea": no row has it
    assert [(p.start, p.end) for p in parts] == [(south, south + 1)]  # "South" (Korea); no North Korea here
    province = words.index("Gyeonggi")
    parts = recognizer._ner_parts(doc, province, province + 5)  # "Gyeonggi Province of South Korea"
    assert [doc[p.start:p.end].text for p in parts][-1] == "South Korea"
    bay = geoparser.nlp("Ships left the Bay of Seoul.")
    assert [(p.start, p.end) for p in recognizer._ner_parts(bay, 3, 6)] == [(3, 6)]  # not a region's "of"


def test_area_of_and_located_in_link_a_place_to_its_container(geoparser: Geoparser) -> None:
    assert _link(" area of ") == 1.0
    assert _link(" suburbs of ") == 1.0
    assert _link(" located in ") == 1.0
    assert _link(" and the ") == 0.0
    paris = geoparser.places(geoparser.nlp("Sick ducks were found in the Paris area of Texas on Monday."))[0]
    assert (paris.text, paris.country_code) == ("Paris", "USA")
