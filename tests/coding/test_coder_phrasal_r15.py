"""Wire synonyms, idioms and phrasal verbs (round 15): the wording a wire editor uses instead of the plain verb.

"axed its aid" reads as "cut its aid", "jetted into X" as "flew to X", "booted out the envoy" as "kicked out",
"hauled in the ambassador" as "summoned" (patterns.WIRE_SYNONYMS); "hit X with sanctions" is an embargo, not an
attack; "downed tools" is a strike; a participle modifier names no noun ("a planned arms sale" is no plan); a
particle the parser takes for a preposition still has the verb's object after it; "a proposal for a ceasefire
between X and Y" is no ceasefire. Idioms in a sense with no political actor give no event. Sentences are our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # reduce relations (16x): axe / ditch / shelve as cut / scrap
    ("Canada axed its funding for UNRWA on Friday.", [("CAN", "IGOUNO", "162")]),
    ("The Netherlands ditched a trade pact with Venezuela.", [("NLD", "VEN", "160")]),
    ("India shelved a free trade deal with Britain.", [("IND", "GBR", "160")]),
    ("Germany pulled the plug on its aid to Niger.", [("DEU", "NER", "160")]),
    # ease restrictions (081): axe as scrap
    ("Britain axed curbs on Chinese investment.", [("GBR", "CHN", "081")]),
    # reject (12x): torpedo / scuttle as block, slam / shut the door on
    ("Hungary torpedoed a EU proposal to admit Ukraine.", [("HUN", "IGOEEC", "120")]),
    ("Turkey scuttled a deal on Sweden's membership.", [("TUR", "SWE", "120")]),
    ("Ankara shut the door on Sweden's bid to join NATO.", [("TURGOV", "SWE", "120")]),
    # protest (14x): throng as fill the streets, downed tools
    ("Thousands of Georgians thronged the streets of Tbilisi on Sunday.", [("GEOCVL", "GEOGOV", "141")]),
    ("Chilean miners downed tools over wages.", [("CHLLAB", "CHLGOV", "143")]),
    # expel (174): boot out as kick out
    ("Mali's junta booted out the French ambassador.", [("MLIMIL", "FRAGOV", "174")]),
    # sign (057): thrash out / iron out as hammer out
    ("Armenia and Azerbaijan thrashed out a peace deal in Washington.",
     [("ARM", "AZE", "057"), ("AZE", "ARM", "057")]),
    # aid (07x) and sanctions (163): roll out as unveil, prop up X with a loan
    ("China rolled out new sanctions against Taiwan's ruling party.", [("CHN", "TWNPTY", "163")]),
    ("Japan rolled out a $5 billion loan package for Ukraine.", [("JPN", "UKR", "071")]),
    ("The IMF propped up Sri Lanka with a $3 billion bailout.", [("IGOIMF", "LKA", "071")]),
    ("The Pentagon okayed a $300 million arms package for Taiwan.", [("USAMIL", "TWN", "072")]),
    # visit (042): jet as fly
    ("Kenya's president jetted into Washington for a state visit.", [("KENGOV", "USA", "042")]),
    # hit / target X with sanctions or tariffs: an embargo (163), not an attack (190)
    ("The United States hit China with new tariffs on electric vehicles.", [("USA", "CHN", "163")]),
    ("Britain targeted Russian oligarchs with asset freezes.", [("GBR", "RUSBUS", "163")]),
    # the particle read as a preposition: "hauled in the ambassador" is a summons (114), not an arrest
    ("Tehran hauled in the British ambassador over the remarks.", [("IRNGOV", "GBRGOV", "114")]),
    ("Beijing called in the Japanese envoy to lodge a protest.", [("CHNGOV", "JPNGOV", "114")]),
    # shell out / stump up as provide (07x), not shelling (194)
    ("Germany shelled out 2 billion euros for Ukraine's air defence.", [("DEU", "UKRMIL", "071")]),
    ("Police bundled the opposition leader into a van in Kampala.", [("UGACOP", "UGAOPP", "173")]),
    # blast as hammer on military targets (19x); blasting a decision stays criticism (111)
    ("Israeli jets blasted Hamas bases in Gaza.", [("ISR", "PSEREB", "195")]),
    ("Kyiv blasted Budapest's decision to block the aid.", [("UKRGOV", "HUNGOV", "111")]),
    ("North Korea lobbed two ballistic missiles into the sea off its east coast.", [("PRK", "", "150")]),
    ("Washington greenlit the sale of F-16 jets to Turkey.", [("USAGOV", "TUR", "072")]),
    ("Brussels eyes tariffs on Chinese electric vehicles.", [("IGOEEC", "CHN", "014")]),
    ("Police swooped on opposition offices in Caracas.", [("VENCOP", "VENOPP", "091")]),
    # consult and cooperate (04x, 05x): touch down in X, roll out the red carpet for X, bury the hatchet
    ("U.S. Secretary of State Antony Blinken touched down in Riyadh on Tuesday.", [("USAGOV", "SAU", "042")]),
    ("Modi rolled out the red carpet for Putin in New Delhi.",
     [("INDGOV", "RUSGOV", "043"), ("RUSGOV", "IND", "042")]),
    ("Japan and South Korea buried the hatchet at a summit in Seoul.",
     [("JPN", "KOR", "050"), ("KOR", "JPN", "050")]),
    ("Russian bombs flattened whole neighbourhoods of Mariupol.", [("RUS", "UKR", "1712")]),
    # back out of talks as pull out (164); hold up an aid package as block (162)
    ("Pakistan backed out of talks with the Taliban.", [("PAK", "AFGGOV", "164")]),
    ("Hungary held up a 50 billion euro aid package for Ukraine.", [("HUN", "UKR", "162")]),
])
def test_wire_synonyms_code_as_the_plain_verb(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_sanctions_hit_is_no_attack(code: Callable[[str], Events]) -> None:
    events = code("The EU hit Iran with sanctions over its drone supplies to Russia.")
    assert ("IGOEEC", "IRN", "163") in events
    assert not any(c.startswith("19") for _a, _b, c in events)


def test_arrest_with_particle_keeps_its_target(code: Callable[[str], Events]) -> None:
    assert code("Iranian police hauled in dozens of protesters.") == [("IRNCOP", "IRNCVL", "173")]


def test_walking_out_of_a_deal_is_no_strike(code: Callable[[str], Events]) -> None:
    assert not any(c == "143" for _a, _b, c in code("Russia walked out of the Black Sea grain deal."))
    assert ("GBRHLH", "GBRGOV", "143") in code("Thousands of nurses walked out over pay in London.")


def test_police_swooping_on_people_is_an_arrest(code: Callable[[str], Events]) -> None:
    assert [(a, c) for a, _b, c in code("Turkish police swooped on suspected IS members in Istanbul.")] == [
        ("TURCOP", "173")]


def test_participle_modifier_is_not_its_noun(code: Callable[[str], Events]) -> None:
    # "a planned arms sale" is a sale (scrapped = suspended military aid), no policy reversal (0832) from "plan"
    assert code("Washington scrapped a planned arms sale to Turkey.") == [("USAGOV", "TUR", "1622")]
    assert code("China cancelled loans to Zambia.") == [("CHN", "ZMB", "071")]


def test_proposed_ceasefire_is_not_a_ceasefire(code: Callable[[str], Events]) -> None:
    assert not any(c == "0871" for _a, _b, c in code(
        "Qatar floated a proposal for a ceasefire between Israel and Hamas."))


def test_prop_up_with_troops_is_no_economic_aid(code: Callable[[str], Events]) -> None:
    assert not any(c.startswith("07") for _a, _b, c in code(
        "Uganda sent troops to South Sudan to prop up the government."))


@pytest.mark.parametrize("text", [
    "A hurricane pummelled Cuba's western coast.",
    "The club axed its coach after a 4-0 defeat.",
    "Shoppers thronged the malls of Dubai ahead of Eid.",
    "Fans thronged the streets of Madrid to celebrate the league title.",
    "Ryanair rolled out new routes to Morocco.",
    "The striker hit the post twice in the first half.",
    "Oil prices jetted higher after the OPEC meeting.",
    "Investors ditched Chinese stocks on Monday.",
    "The company pulled the plug on its factory in Ohio.",
    "Britain might pull the plug on the rail link, sources said.",
    "The United States could hit Iran with sanctions, analysts said.",
    "Germany did not pull the plug on the project.",
    "Fans shelled out 200 dollars for World Cup tickets.",
    "A teenager blasted the ball into the net.",
    "Fishermen hauled in a huge catch off Senegal.",
    "Investors swooped on cheap Chinese stocks.",
    "Storms clawed back the beach at Biarritz.",
    "The plane touched down in Riyadh on Tuesday.",
    "Bulldozers flattened a neighbourhood in Cairo to make way for a road.",
    "Protesters held up banners outside the embassy.",
    "Bad weather held up the talks in Geneva.",
])
def test_idioms_without_a_political_act_give_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []
