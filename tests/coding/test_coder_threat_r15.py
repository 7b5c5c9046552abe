"""Investigations, threats, force posture and accusations (CAMEO 09, 11, 13, 15; helper round 15, threat): what
an investigation looks into gives its sub-code ("an investigation into war crimes" 094, "into abuses" 092, "over
bribery" 091); "threatened X with sanctions / war" is a threat of that measure aimed at X; a warning that one
"would retaliate" or "respond with force" is a threat of force; "X said Y had violated the deal" is X's accusation
of Y; the topic of "accused X of ..." may hang on the object; a border fortified "with X" has no partner; nuclear
weapons deployed to a country are a show of force, not their use; blaming weak demand accuses no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Criminal Court opened an investigation into alleged war crimes in Sudan's Darfur region.",
     [("IGOICC", "SDN", "094")]),
    ("The UN Human Rights Council launched an inquiry into abuses by Ethiopian forces in Tigray.",
     [("IGOUNO", "ETHMIL", "092")]),
    ("ICC prosecutor opens probe into Venezuela crackdown", [("IGOICC", "VEN", "092")]),
    ("Kenya's government ordered an inquiry into police shootings of protesters in Nairobi.",
     [("KENGOV", "KENCOP", "092")]),
    # the charge an investigation is opened over, on the verb
    ("Polish prosecutors are investigating Russian intelligence over a series of arson attacks.",
     [("POLJUD", "RUS", "091")]),
    # nothing said of what is looked into: the generic code
    ("The European Commission opened a probe into Chinese subsidies for electric vehicles.",
     [("IGOEEC", "CHN", "090")]),
])
def test_investigation_subcodes(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_not_political_investigation(code: Callable[[str], Events]) -> None:
    assert code("The airline is investigating a software glitch that delayed hundreds of flights.") == []


def test_deaths_and_war_crimes_looked_into(code: Callable[[str], Events]) -> None:
    # a killing looked into with nothing else said is a crime; deaths in an air strike are its military action
    assert code("Tehran launched an investigation into the killing of its general in Syria.") == [
        ("IRNGOV", "IRNCVL", "091")]
    assert ("IGOUNO", "", "093") in code("The UN opened an inquiry into the deaths of civilians in an Israeli "
                                         "airstrike in Rafah.")
    # "probe war crimes" matches the crime row first: a war crime is the more specific
    assert code("The ICC is probing war crimes in Ukraine.") == [("IGOICC", "UKR", "094")]
    assert code("The ICC is probing possible crimes against humanity in Myanmar.") == [("IGOICC", "", "094")]


@pytest.mark.parametrize(("text", "expected"), [
    ("China threatened Lithuania with sanctions over its Taiwan office.", [("CHN", "LTU", "1312")]),
    ("The Taliban threatened Pakistan with war if the airstrikes continued.", [("AFGGOV", "PAK", "138")]),
    ("Hamas threatened Israeli hostages with execution.", [("PSEREB", "ISRCVL", "138")]),
    ("North Korea threatened Seoul with nuclear war.", [("PRK", "KORGOV", "1385")]),
    ("Colombia's president threatened the ELN with a military offensive.", [("COLGOV", "COLREB", "1384")]),
    ("Belarus threatened Lithuania with a blockade of Kaliningrad transit.", [("BLR", "LTU", "1381")]),
    # a labour strike threatened is a threat of protest, not of an attack
    ("Kenyan teachers threatened the government with a nationwide strike.", [("KENEDU", "KENGOV", "133")]),
    # a vague threat stays generic
    ("Russia threatened Moldova with consequences.", [("RUS", "MDA", "130")]),
])
def test_threatened_with(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran's foreign minister warned that Tehran would retaliate if Israel attacked its nuclear facilities.",
     [("IRNGOV", "ISR", "138")]),
    ("North Korea warned Seoul and Washington that it would respond to their drills with overwhelming force.",
     [("PRK", "KORGOV", "138"), ("PRK", "USAGOV", "138")]),
    # no force named, or force disavowed: no threat of force
    ("North Korea warned Seoul that it would respond.", [("PRK", "KORGOV", "130")]),
])
def test_warned_force(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("France's foreign minister said Iran had breached its nuclear commitments.", [("FRAGOV", "IRN", "112")]),
    ("Kyiv said Moscow had violated international law.", [("UKRGOV", "RUSGOV", "112")]),
    ("Beijing said Washington had violated the one-China principle.", [("CHNGOV", "USAGOV", "112")]),
    ("Officials said Russia had not violated the treaty.", []),
    # no reporting verb: no accusation read
    ("Iran has breached the nuclear deal.", []),
    # no actor accused
    ("Officials said the factory had violated safety regulations.", []),
])
def test_reported_violation_is_an_accusation(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_stern_representations_are_a_complaint(code: Callable[[str], Events]) -> None:
    assert code("The Chinese embassy lodged stern representations with Canada over the report.") == [
        ("CHNGOV", "CAN", "114")]


def test_accusation_topic_on_the_object(code: Callable[[str], Events]) -> None:
    assert code("Bangladesh accused Myanmar's military of war crimes against the Rohingya.") == [
        ("BGD", "MMRMIL", "1124")]
    assert code("Bangladesh accused Myanmar's military of corruption.") == [("BGD", "MMRMIL", "1121")]


@pytest.mark.parametrize(("text", "expected"), [
    # the border's other side is the target, not a partner in joint drills (062)
    ("Finland fortified its border with Russia.", [("FIN", "RUS", "150")]),
    ("Turkey has massed tanks and artillery along its border with Syria.", [("TUR", "SYR", "154")]),
    # nuclear weapons stationed in a country are shown, not used (2042)
    ("Russia deployed tactical nuclear weapons to Belarus.", [("RUS", "BLR", "150")]),
    ("Russia deployed nuclear weapons in Belarus.", [("RUS", "BLR", "150")]),
    ("Russia used nuclear weapons against Ukraine.", [("RUS", "UKR", "2042")]),
])
def test_force_posture(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # military drills with no place named are still drills (the place row needs its place)
    ("Japan condemned Chinese military drills.", [("JPN", "CHNMIL", "111"), ("CHN", "", "150")]),
    ("Japan condemned China's military drills.", [("JPN", "CHN", "111"), ("CHN", "", "150")]),
    # a drill neither done nor owned by anyone is no event
    ("The ministry said military drills are a routine part of training.", []),
])
def test_condemned_drills(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_blaming_the_market_accuses_no_one(code: Callable[[str], Events]) -> None:
    assert code("Shares fell sharply after investors blamed weak demand in China.") == []
    assert code("Beijing blamed Washington for the collapse of the talks.") != []
