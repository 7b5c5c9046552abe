"""Actor phrases of wire copy whose country is not the sentence's context country (issue #4): Congress, the
Treasury and Republican lawmakers are the United States'; migrants sent away or said to come from a region have
no country; "Atlanta, Georgia" is the US state; Romania and East Timor keep their ISO codes; US departments named
bare. Every sentence was written for this test (none is taken from the labelled evaluation set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.coding.conftest import Events

CASES = [
    # Congress (no country of its own) is the US one, unless the sentence is set where "Congress" is at home
    ("Congress froze military aid to Egypt over human rights concerns.", [("USALEG", "EGY", "1622")]),
    ("Republican senators criticised the Canadian government over its dairy tariffs.",
     [("USALEG", "CANGOV", "111")]),
    # "the Treasury" and the Commerce Department named bare
    ("The Treasury sanctioned two Nicaraguan judges.", [("USAGOV", "NICJUD", "163")]),
    ("The Commerce Department added five Vietnamese firms to its export blacklist.", [("USAGOV", "VNMBUS", "163")]),
    # migrants of a region, or sent away by a state, are not of that state
    ("Bolivian police detained dozens of Central American migrants near the border.", [("BOLCOP", "", "173")]),
    ("Tunisia deported dozens of migrants to the Libyan border.", [("TUN", "", "174")]),
    # a US state after a US city; the country Georgia in a list of countries stays
    ("Police in Atlanta, Georgia, arrested 20 protesters.", [("USACOP", "USACVL", "173")]),
    ("Turkey, Georgia and Azerbaijan signed a railway deal.",
     [("TUR", "GEO", "057"), ("TUR", "AZE", "057"), ("GEO", "TUR", "057"), ("GEO", "AZE", "057"),
      ("AZE", "TUR", "057"), ("AZE", "GEO", "057")]),
    # ISO codes (coding_gold.md: actor prefixes are ISO 3166-1 alpha-3)
    ("Romania recalled its ambassador from Moldova.", [("ROU", "MDA", "161")]),
    ("East Timor's president criticised Indonesia over the border dispute.", [("TLSGOV", "IDN", "111")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_actor_wire(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Angry residents attacked a shelter housing migrants in Dublin.",  # migrants where they live: of that country
    "Armenia, Georgia and Azerbaijan signed a transit agreement.",
])
def test_country_kept(code: Callable[[str], Events], text: str) -> None:
    assert all(a1[:3] != "USA" and a2 != "" for a1, a2, _ in code(text))


@pytest.mark.parametrize("text", [
    "The junta criticised France over its military presence.",  # not France's junta
    "The House of Representatives condemned China.",  # not China's legislature
])
def test_body_not_of_its_target(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []
