"""Appeals, demands and statements in wire phrasing (CAMEO 01, 02, 10): calls the actor did not make (court
appeals, texts it vetoed, sources asking not to be named, courtesy calls), policy options weighed, and aid or
assurances sought. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize("text", [
    # a court appeal contests a ruling: not an appeal to another actor
    "Former Pakistani premier Imran Khan appealed the conviction to the Islamabad High Court.",
    # the call is the vetoed / blocked text's, not the vetoing actor's
    "China vetoed a draft resolution calling for an end to the violence in Myanmar.",
    "The United States blocked a Security Council statement urging Israel to halt the offensive.",
    # a source's anonymity is no appeal
    "Two Iraqi officials who asked not to be identified said the talks had stalled.",
    "A Nigerian army officer, who asked not to be named, said the convoy was ambushed near Maiduguri.",
    # a courtesy call asks nothing of the one called on
    "Saudi Arabia's envoy called on King Abdullah in Amman on Sunday.",
])
def test_calls_the_actor_did_not_make(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_adopted_text_still_calls(code: Callable[[str], Events]) -> None:
    assert code("The Security Council adopted a resolution calling for an immediate ceasefire in Gaza.") == [
        ("IGOUNS", "", "0256")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland is weighing whether to send troops to the Belarusian border.", [("POL", "", "014")]),
    ("The Japanese government is considering whether to lift its ban on seafood imports.",
     [("JPNGOV", "", "014")]),
    ("Ghana's government is considering a new loan from the IMF.", [("GHAGOV", "", "014")]),
    ("Kenya is considering an offer from China to build a new railway.", [("KEN", "", "014")]),
    ("Analysts are weighing whether the central bank will cut rates.", []),
])
def test_policy_options_weighed(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan sought a bailout from the IMF to avert a default.", [("PAK", "IGOIMF", "023")]),
    ("Tunisia sought financing from Saudi Arabia.", [("TUN", "SAU", "023")]),
    ("Vietnam sought assurances from China that the dam would not cut the Mekong's flow.", [("VNM", "CHN", "020")]),
    ("Kenya sought clarification from Uganda over the arrest of its opposition figure.", [("KEN", "UGA", "020")]),
])
def test_things_sought_from_another_party(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Philippine military owned up to the botched raid.", [("PHLMIL", "", "015")]),
    ("The Colombian government mourned the deaths of the soldiers.", [("COLGOV", "", "018")]),
    ("Thousands mourned the victims of the Kabul bombing.", []),
    ("Libya's eastern government is mulling the closure of its oil ports.", [("LBYGOV", "", "014")]),
])
def test_statements_by_content(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an appeal to a group no name qualifies has no target (not a party the asked act names)
    ("Morocco asked its partners to support its autonomy plan for Western Sahara.", [("MAR", "", "020")]),
    # advice to the actor's own nationals is no appeal to another party
    ("Japan urged its citizens to leave Lebanon immediately.", []),
])
def test_unnamed_addressees(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the asked act of supplying names the appeal's sub-code: arms (0232), funds (023)
    ("Ukraine urged Germany to supply more air defence systems.", [("UKR", "DEU", "0232")]),
    ("Haiti called on Canada to provide funding for the police mission.", [("HTI", "CAN", "023")]),
    ("Sudan's army chief urged Chad to stop supplying weapons to the RSF.", [("SDNMIL", "TCD", "020")]),
])
def test_asked_supplies(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a demand the text has someone turn down was made on the one turning it down
    ("Seoul rejected Tokyo's demand that it scrap the court ruling.",
     [("KORGOV", "JPNGOV", "120"), ("JPNGOV", "KORGOV", "100")]),
    # a bare nominal demand aimed at nobody describes, it asserts no event
    ("China's demands have grown more assertive.", []),
    ("Demand for Russian gas in Europe has fallen sharply.", []),
])
def test_nominal_demands(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
