"""Recognition: school and firm names, school districts, surnames and lone compass adjectives."""

from __future__ import annotations

from geoevents.geocoding.geoparser import Geoparser
from geoevents.geocoding.spans import is_lone_compass, names_institution


def _found(geoparser: Geoparser, text: str) -> list[str]:
    return [p.text or "" for p in geoparser.places(geoparser.nlp(text))]


def test_the_capitalized_words_after_a_name_can_end_an_institution(geoparser: Geoparser) -> None:
    doc = geoparser.nlp("Nurses at Savannah Memorial Hospital and at Savannah Road depot went on strike.")
    first = next(t.i for t in doc if t.text == "Savannah")
    second = next(t.i for t in doc if t.text == "Savannah" and t.i > first)
    assert names_institution(doc, first + 1)
    assert not names_institution(doc, second + 1)
    doc = geoparser.nlp("Her son studies at Dallas Baptist University. Parents in Dallas Wrote letters.")
    assert names_institution(doc, 4)
    assert not names_institution(doc, 9)  # a name is no institution across a sentence or a lower-case word


def test_a_place_word_starting_a_university_name_is_dropped(geoparser: Geoparser) -> None:
    assert _found(geoparser, "Joan Rose, a nurse at Dallas State University, commented on the cases.") == []
    assert _found(geoparser, "Joan Rose, a nurse in Dallas, commented on the cases.") == ["Dallas"]


def test_a_small_town_named_like_a_persons_surname_is_the_person(geoparser: Geoparser) -> None:
    text = "Maria Halden told reporters in Dallas that the plant was closed. Halden described the smell."
    assert "Halden" not in _found(geoparser, text)
    assert "Halden" in _found(geoparser, "Maria Halden told reporters in Dallas. Buses from Halden stopped.")


def test_a_school_district_is_an_area_its_place_names(geoparser: Geoparser) -> None:
    found = _found(geoparser, "Parents wrote to the Dallas Unified School District about the cases.")
    assert found == ["Dallas"]


def test_a_lone_compass_adjective_is_no_place_but_a_shared_noun_keeps_it(geoparser: Geoparser) -> None:
    doc = geoparser.nlp("Mugabe accused Western powers of meddling in Central and South America.")
    western = next(t.i for t in doc if t.text == "Western")
    central = next(t.i for t in doc if t.text == "Central")
    assert is_lone_compass(doc, western, western + 1)
    assert not is_lone_compass(doc, central, central + 1)
    assert not is_lone_compass(doc, western, western + 2)


def test_a_place_named_pathogen_stays_the_pathogen_later_in_the_article(geoparser: Geoparser) -> None:
    assert _found(geoparser, "Savannah fever cases rose in Houston. Doctors said Savannah spreads through blood.") == [
        "Houston"]
    assert _found(geoparser, "The Mobile virus spread in Dallas. Mobile kills within days.") == ["Dallas"]
    assert "Mobile" in _found(geoparser, "The virus spread in Dallas and Mobile within days.")


def test_a_small_town_name_that_names_a_school_of_the_article_stays_the_school(geoparser: Geoparser) -> None:
    text = "Five boys attending Halden Elementary in Dallas fell ill. A teacher at Halden said more were sick."
    assert _found(geoparser, text) == ["Dallas"]
    assert "Halden" in _found(geoparser, "Five boys in Dallas fell ill. A teacher from Halden said more were sick.")
    assert _found(geoparser, "He was taken to Halden Memorial Hospital in Halden, Texas.") == ["Halden", "Texas"]
    assert _found(geoparser, "Boys attending Dallas Elementary fell ill. A teacher in Dallas said more were sick.") == [
        "Dallas"]  # a big city keeps its name
