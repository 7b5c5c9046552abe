"""Rows of ``verbs.csv`` widened to the words wire copy uses, helper round 16: the chargé d'affaires and attaché
among the envoys recalled, expelled and summoned; energy supplies cut (an embargo, before the arms-delivery rows);
every verb of an aid cut with its arms, humanitarian and aid rows; funding withdrawn; a sum "in" aid the tagger
gives no MONEY type; "warned X of a crushing response"; "vowed to target / attack X"; an embassy's closure ordered;
"gave the envoy a week to leave" (no military aid); nuclear weapons stationed; a named force's plural. Sentences are
written for these tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lithuania recalled its chargé d'affaires from Beijing on Tuesday, the foreign ministry said.",
     [("LTU", "CHN", "161")]),
    ("Estonia expelled Russia's chargé d'affaires on Friday.", [("EST", "RUSGOV", "174")]),
    ("Russia summoned Germany's chargé d'affaires in Moscow on Thursday.", [("RUS", "DEUGOV", "114")]),
    ("Estonia expelled Russia's military attaché on Tuesday.", [("EST", "RUS", "174")]),
])
def test_charge_d_affaires_and_attache(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_charge_d_affaires_at_a_reception_is_no_event(code: Callable[[str], Events]) -> None:
    assert code("The chargé d'affaires attended a reception at the national museum on Tuesday, the embassy said.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # gas, oil and power cut off are an embargo, not an arms-delivery halt ("deliveries" is in both lists)
    ("Russia halted gas deliveries to Poland and Bulgaria on Wednesday, the state energy company said.",
     [("RUS", "POL", "163"), ("RUS", "BGR", "163")]),
    ("Moscow curtailed oil deliveries to Hungary on Thursday.", [("RUSGOV", "HUN", "163")]),
    ("Ukraine curtailed electricity exports to Moldova on Monday.", [("UKR", "MDA", "163")]),
    ("Moscow reduced gas flows to Germany through the pipeline on Tuesday.", [("RUSGOV", "DEU", "163")]),
    # (fuel stays a humanitarian supply, and arms deliveries stay 1622)
    ("Israel cut fuel supplies to Gaza on Monday.", [("ISR", "PSE", "1623")]),
    ("The United States paused shipments of 2,000-pound bombs to Israel.", [("USA", "ISR", "1622")]),
])
def test_energy_supplies_cut(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "The government cut gas prices for households on Monday to ease the cost of living.",
    "The utility halted gas supplies to homes in the area after a leak, firefighters said.",
    "The storm cut power to thousands of homes in Florida on Monday.",
    "The company suspended oil production at the field for maintenance on Tuesday.",
    "Saudi Arabia cut its oil prices for China on Monday, traders said.",  # a market move, no embargo
])
def test_energy_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # every verb of an aid cut reads the kind of aid: humanitarian (1623), military (1622), other (162)
    ("Washington slashed humanitarian funding for Afghanistan by half this year.", [("USAGOV", "AFG", "1623")]),
    ("Britain slashed military aid to Uganda on Friday.", [("GBR", "UGA", "1622")]),
    ("Germany scaled back humanitarian assistance to Afghanistan on Tuesday.", [("DEU", "AFG", "1623")]),
    ("Canada paused food aid to Ethiopia after reports of theft.", [("CAN", "ETH", "1623")]),
    ("Washington wound down military assistance to Niger after the coup.", [("USAGOV", "NER", "1622")]),
    # funding withdrawn
    ("Sweden withdrew funding for UNRWA on Saturday, the development minister said.", [("SWE", "IGOUNO", "162")]),
    # a sum "in" aid that the tagger leaves without a MONEY type
    ("The EU froze 1.2 billion euros in development aid to Mali.", [("IGOEEC", "MLI", "162")]),
])
def test_aid_cuts(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "The bank withdrew funding from the coal power project after pressure from investors.",
    "The company froze 200 jobs in its plant in Mali.",
    "Drivers slashed their speed on the motorway after heavy fog settled over the region.",
])
def test_aid_cuts_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran warned Israel on Tuesday of a crushing response if it attacked Iranian territory.",
     [("IRN", "ISR", "138")]),
    ("The EU warned Georgia of sanctions if the law was passed.", [("IGOEEC", "GEO", "1312")]),
    ("Japan warned China of consequences.", [("JPN", "CHN", "130")]),  # (no force named: unspecified)
    ("The Houthis vowed to target Israeli ships in the Red Sea.", [("YEMREB", "ISR", "138")]),
    ("Hezbollah vowed to attack Israel if the offensive continued.", [("LBNREB", "ISR", "138")]),
    # a threat to cut ties is no threat to cut aid
    ("Turkey threatened to cut off diplomatic ties with Israel on Thursday.", [("TUR", "ISR", "1313")]),
])
def test_threat_rows(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "Meteorologists warned residents of heavy rain and flooding on Monday.",
    "The president vowed to strike a deal with Iran before the end of the year.",
    "The central bank vowed to hit its inflation target next year.",
    "The coach vowed to attack from the first minute of the match.",
])
def test_threat_rows_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel ordered the closure of its embassy in Ankara on Thursday.", [("ISR", "TURGOV", "161")]),
    ("The junta in Niger gave France's ambassador 48 hours to leave the country on Friday.",
     [("NERMIL", "FRAGOV", "174")]),
    # an envoy given time to leave is expelled, not given military aid
    ("Moscow gave the British military attaché a week to leave Russia.", [("RUSGOV", "GBR", "174")]),
    ("Germany gave Ukraine military equipment worth 500 million euros on Friday.", [("DEU", "UKR", "072")]),
])
def test_closures_and_expulsions(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "The junta in Niger gave France's ambassador 48 hours to respond to the demand.",
    "The government ordered the closure of three newspapers on Monday.",
    # permission to leave lets one go: no expulsion
    "Iran granted the detained French citizen permission to leave the country on Monday.",
    "Russia gave the American journalist permission to leave the country after his release.",
])
def test_closures_and_expulsions_other_senses(code: Callable[[str], Events], text: str) -> None:
    assert not any(e[2] in ("161", "174") for e in code(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia stationed tactical nuclear weapons in Belarus on Friday.", [("RUS", "BLR", "150")]),
    ("China deployed rocket launchers near the Indian border.", [("CHN", "IND", "150")]),
    ("The US deployed Marines to Haiti on Monday.", [("USA", "HTI", "154")]),
])
def test_force_posture_rows(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "The army deployed helicopters to the flooded districts on Monday.",
    "The airline put extra aircraft on standby for the holiday rush, the company said.",
    "The company stationed its ships in Rotterdam for the winter.",
])
def test_force_posture_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_combat_readiness_declared(code: Callable[[str], Events]) -> None:
    # a state of combat readiness is a raised alert (152), not a state of emergency (1724)
    assert code("North Korea declared a state of combat readiness on Tuesday.") == [("PRK", "", "152")]
    assert code("Kazakhstan declared a state of emergency in Almaty on Wednesday.") == [("KAZ", "KAZCVL", "1724")]


@pytest.mark.parametrize("text", [
    "Police investigated the cause of the fire that destroyed a textile factory in Dhaka overnight, officials said.",
    "Kenyan police are investigating the stampede at the stadium in Nairobi, a spokesman said.",
])
def test_inquiry_into_a_disaster_is_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_inquiry_into_a_crime_stays(code: Callable[[str], Events]) -> None:
    assert code("Kenya's prosecutors are investigating the governor over the contract.") == [
        ("KENJUD", "KENGOV", "090")]


@pytest.mark.parametrize(("text", "expected"), [
    # phrasal verbs of wire copy read as their plain verbs
    ("Russia shut off gas to Finland on Saturday.", [("RUS", "FIN", "163")]),
    ("Moscow turned off the gas taps to Germany on Wednesday.", [("RUSGOV", "DEU", "163")]),
    ("Burkina Faso threw out the French ambassador on Tuesday.", [("BFA", "FRAGOV", "174")]),
    ("Mali's junta kicked out the UN peacekeepers on Friday.", [("MLIMIL", "IGOUNO", "1661")]),
    ("The United States cut back on aid to the Palestinian Authority on Monday.", [("USA", "PSEGOV", "162")]),
    ("Britain scaled down its embassy in Kabul on Sunday.", [("GBR", "AFG", "161")]),
])
def test_phrasal_verbs(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "The police turned off the lights in the square on Wednesday.",
    "The referee threw out the appeal of the football club on Monday.",
    "A court in Nairobi threw out the case against the opposition leader on Monday.",  # (a case dismissed)
    # a phrasal verb is not its plain verb: backing out of a deal is no backing
    "Iran backed out of the prisoner swap with Sweden on Monday.",
])
def test_phrasal_verbs_other_senses(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_plain_verb_keeps_its_rows(code: Callable[[str], Events]) -> None:
    assert code("Germany backed Ukraine's bid on Monday.") == [("DEU", "UKR", "051")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU immobilised the assets of Russia's central bank on Monday.", [("IGOEEC", "RUSGOV", "163")]),
    ("Italy froze the villas of Russian billionaires in Sardinia on Saturday.", [("ITA", "RUS", "163")]),
    ("Germany impounded the superyacht of a Russian oligarch in Hamburg on Monday.", [("DEU", "RUSBUS", "1711")]),
])
def test_assets_frozen_and_seized(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "Pipes froze in the cold across much of Texas on Tuesday, leaving millions without water.",
    "The company froze hiring at its European plants on Tuesday after a fall in demand.",
])
def test_freeze_other_senses(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a terror alert and a police presence raised are police power (151, 153), not armed forces (152, 154)
    ("France raised its terror alert to the highest level on Sunday.", [("FRA", "", "151")]),
    ("Germany increased police presence at its borders on Monday.", [("DEU", "", "153")]),
    ("Poland increased its military presence at the border on Monday.", [("POL", "", "154")]),
])
def test_police_and_military_posture(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_migrants_repatriated(code: Callable[[str], Events]) -> None:
    assert code("Italy repatriated 30 Tunisian migrants on Friday.") == [("ITA", "TUNREF", "174")]
    # its own citizens brought home are no expulsion
    assert not any(e[2] == "174" for e in code("India repatriated its citizens from Sudan on Monday."))


def test_passports_confiscated(code: Callable[[str], Events]) -> None:
    # passports or credentials taken are an administrative sanction (172), a tanker seized is property (1711)
    assert code("Belarusian border guards seized the passports of two Lithuanian truck drivers on Monday.") == [
        ("BLRCOP", "LTU", "172")]
    assert code("Iran seized a British-flagged tanker in the Strait of Hormuz on Friday.") == [("IRN", "GBR", "1711")]
