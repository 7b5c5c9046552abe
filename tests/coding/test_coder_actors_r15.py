"""Actor recognition, helper round 15: names the parser reads as verbs at the start of a sentence ("ECOWAS imposed
..."), a bare family name after a title ("Premier Li"), the state an armed group fights in for "the junta" and
"the government", armed groups of the Sahel, the Horn, the Great Lakes, Myanmar and Latin America, Somaliland, and
names written with a lower-case "al-" at the start of a sentence. Sentences are written for these tests (not taken
from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # an all-caps name read as a verb or auxiliary gets the parse the sentence has with "NATO" in its place
    ("ECOWAS imposed sanctions on Niger after the coup.", [("IGOWAS", "NER", "163")]),
    ("IGAD criticised Sudan's army.", [("IGOIAD", "SDNMIL", "111")]),
    ("IGAD condemned the RSF.", [("IGOIAD", "SDNREB", "111")]),
    ("On Monday, ECOWAS suspended Guinea.", [("IGOWAS", "GIN", "160")]),
    ("ECOWAS lifted sanctions on Niger.", [("IGOWAS", "NER", "085")]),  # (the name as the root)
    # a country name read as a verb ("Belize" like "seize")
    ("Belize accused Guatemala of violating the border.", [("BLZ", "GTM", "1123")]),
])
def test_names_read_as_verbs(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "ECOWAS may impose sanctions on Niger, analysts said.",  # speculation by a third party
    "SADC did not condemn the election result in Zimbabwe.",  # negated
    "IGAD is headquartered in Djibouti.",  # no event
])
def test_names_read_as_verbs_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the one holder of the office on the day with that family name (written first for Chinese names)
    ("Premier Li praised Pakistan.", [("CHNGOV", "PAK", "051")]),
    ("Foreign Minister Wang accused the United States of hypocrisy.", [("CHNGOV", "USA", "112")]),
    ("Prime Minister Chinh praised Laos.", [("VNMGOV", "LAO", "051")]),
])
def test_title_and_family_name(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_title_and_family_name_needs_the_office(code: Callable[[str], Events]) -> None:
    # no President Li in office: the name codes nothing
    assert code("President Li praised Pakistan.") == []
    # two premiers named Li: the date decides
    assert code("Premier Li praised Pakistan.", published="2019-05-15") == [("CHNGOV", "PAK", "051")]
    # the Cambodian prime minister named Hun on the day
    assert code("Prime Minister Hun praised Laos.", published="2024-05-15") == [("KHMGOV", "LAO", "051")]


@pytest.mark.parametrize(("text", "expected"), [
    # "the junta", "a junta base", "the government": of the one state the sentence's armed groups fight in
    ("The Arakan Army attacked a junta base.", [("MMRREB", "MMRMIL", "190")]),
    ("The ELN accused the government of breaking the ceasefire.", [("COLREB", "COLGOV", "112")]),
    ("Al-Shabaab militants attacked government troops.", [("SOMREB", "SOMMIL", "190")]),
])
def test_state_of_an_armed_group(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_state_of_an_armed_group_not_for_victims(code: Callable[[str], Events]) -> None:
    # hostages and civilians are not placed by the group that holds them
    assert code("Al-Shabaab promised to release the hostages.") == [("SOMREB", "", "0353")]
    # groups of two states place nothing
    assert code("Hezbollah and the Houthis accused the government of treason.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Strategic Framework for the Defence of the People of Azawad attacked a military base.",
     [("MLIREB", "MLIMIL", "190")]),
    ("The Ogaden National Liberation Front attacked a military base.", [("ETHREB", "ETHMIL", "190")]),
    ("The Coalition of Patriots for Change attacked a military base.", [("CAFREB", "CAFMIL", "190")]),
    ("The Karenni Nationalities Defence Force attacked a military base.", [("MMRREB", "MMRMIL", "190")]),
    ("The People's Defense Force attacked a military base.", [("MMRREB", "MMRMIL", "190")]),
    ("The Paraguayan People's Army attacked a military base.", [("PRYREB", "PRYMIL", "190")]),
    ("Comandos de la Frontera attacked a military base.", [("COLREB", "COLMIL", "190")]),
    ("The Sudan People's Liberation Movement-North attacked a military base.", [("SDNREB", "SDNMIL", "190")]),
    # a name written with a lower-case "al-" also at the start of a sentence
    ("Al-Shabab attacked a military base.", [("SOMREB", "SOMMIL", "190")]),
])
def test_armed_groups(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_armed_group_no_event(code: Callable[[str], Events]) -> None:
    assert code("The Kachin Independence Army was founded in 1961.") == []
    assert code("Analysts said JNIM could attack Bamako in the coming months.") == []


def test_somaliland_and_princes(code: Callable[[str], Events]) -> None:
    assert code("Somaliland criticised Djibouti over the border closure.") == [("SOM", "DJI", "111")]
    assert code("A senior Saudi prince criticised Iran.") == [("SAUELI", "IRN", "111")]
    assert code("Somaliland's rainy season brought floods to Hargeisa.") == []


@pytest.mark.parametrize("text", [
    # bodies with no CAMEO IGO code are not invented; "Europe" and "the West" name no actor in the conventions
    "CARICOM condemned the gang violence in Haiti.",
    "Mercosur criticised the European Union's deforestation law.",
    "The Quad criticised China.",
    "AUKUS criticised China's naval build-up.",
    "The West imposed sanctions on Russia.",
    "European officials criticised China.",
])
def test_no_code_no_actor(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a state's body named like an IGO organ is the state's; an organ named in full is of its own IGO
    ("Ukraine's Security Council imposed sanctions on Russian firms.", [("UKRGOV", "RUSBUS", "163")]),
    ("The UN Security Council condemned the attack on Israel.", [("IGOUNS", "ISR", "111")]),
    ("The African Union's Peace and Security Council condemned the coup in Niger.", [("IGOAFU", "NER", "111")]),
])
def test_security_councils(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
