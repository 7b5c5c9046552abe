"""Reducing relations (CAMEO 16) and coercion (17), round 18: an object the parser hangs on a trailing attribution,
bans named by their "on" object, bodies of the population banned or dissolved, nominal closures of missions and
severed ties, people expelled from a state the tagger took for an organisation, "the country" named before, votes
to act, wanted lists, a state's measures on its own people (172, not 163), people held by state bodies, and
agentless arrests in raids across a named country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # the parser makes "travel bans" a second subject of "said" and leaves "announced" with no object
    ("Australia and New Zealand announced travel bans against three Israeli settlers accused of attacking "
     "Palestinian farmers, the two foreign ministries said on Tuesday.",
     [("AUS", "ISRCVL", "163"), ("NZL", "ISRCVL", "163")]),
    ("Norway announced sanctions on a Russian shipping company, the foreign ministry said.",
     [("NOR", "RUSBUS", "163")]),
])
def test_object_of_trailing_attribution(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ban's "on" object is what is banned: an outlet (1721); a ban on goods stays an embargo (163)
    ("Baku's ban on the Armenian news portal drew protests from press freedom groups on Wednesday.",
     [("AZEGOV", "ARMMED", "1721")]),
    ("Poland's ban on Ukrainian grain imports angered Kyiv.", [("POL", "UKR", "163")]),
    # "imposed a ban on X on Tuesday": the ban's own "on", not the date's
    ("Azerbaijan imposed a ban on the Armenian news website on Tuesday.", [("AZE", "ARMMED", "1721")]),
])
def test_ban_objects(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body of the population a state dissolves or bans, which no dictionary names, is of its own country
    ("The Algerian government dissolved a leading human rights association on Thursday.",
     [("DZAGOV", "DZAHRI", "1722")]),
    ("The Tunisian government banned the Movement for National Renewal and dissolved a prominent rights "
     "association, the interior ministry said.", [("TUNGOV", "TUNCVL", "1722"), ("TUNGOV", "TUNHRI", "1722")]),
    # the kind a group's modifier names still decides it
    ("Cameroon's government banned two opposition coalitions ahead of the presidential vote.",
     [("CMRGOV", "CMROPP", "1722")]),
])
def test_banned_bodies(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_nominal_closure_and_severed_ties(code: Callable[[str], Events]) -> None:
    assert code("The closure of the Russian consulate in Gothenburg by the Swedish government was announced on "
                "Monday.") == [("SWEGOV", "RUSGOV", "161")]
    assert ("NIC", "TWN", "161") in code("Nicaragua's severing of ties with Taiwan was welcomed by Beijing.")
    # no one named closes it: not coded
    assert code("The closure of the US embassy in Kyiv was announced on Saturday.") == []


def test_people_expelled_from_a_state(code: Callable[[str], Events]) -> None:
    # "Niger" is no bloc the workers were members of: an expulsion of people (174), not a suspension (160)
    assert code("Two Belgian aid workers were expelled from Niger by the military authorities on Monday, a "
                "government spokesman said.") == [("NERMIL", "BELNGO", "174")]
    assert code("Mali was suspended from the African Union after the coup.") == [("IGOAFU", "MLI", "160")]


def test_the_country_named_before(code: Callable[[str], Events]) -> None:
    assert ("IGOAFU", "GAB", "163") in code("Following the coup, the African Union suspended Gabon and cut all "
                                            "financial transactions with the country, the bloc said.")
    assert code("Estonia said Russia had cut all remaining trade with the country on Friday.") == [
        ("RUS", "EST", "163")]
    # only the source's own country is named: no target
    assert code("The Kremlin said it had cut all remaining trade with the country.") == []


def test_vote_to_act(code: Callable[[str], Events]) -> None:
    assert code("Latvia's parliament voted to ban imports of Russian grain on Thursday.") == [
        ("LVALEG", "RUS", "163")]
    assert code("Analysts said Latvia's parliament could vote to ban imports of Russian grain next year.") == []


def test_wanted_list(code: Callable[[str], Events]) -> None:
    assert code("Russia's interior ministry put a former Latvian foreign minister on its wanted list, TASS "
                "reported.") == [("RUSGOV", "LVAELI", "173")]
    assert code("Kyiv put the blame on Moscow for the attack.") == [("UKRGOV", "RUSGOV", "112")]


def test_own_people_sanctioned(code: Callable[[str], Events]) -> None:
    # a state's freeze on its own people's money is an administrative sanction (172); on another's, sanctions (163)
    assert code("Russia froze the bank accounts of the opposition leader's foundation on Monday.") == [
        ("RUS", "RUSOPP", "172")]
    assert code("The United States froze the assets of three Venezuelan officials on Monday.") == [
        ("USA", "VENGOV", "163")]


def test_held_by_state_bodies(code: Callable[[str], Events]) -> None:
    assert code("A French aid worker has been held by Iranian authorities since October, the French foreign "
                "ministry said.") == [("IRNGOV", "FRANGO", "173")]
    assert ("PSEREB", "PSECVL", "173") not in code("The hostages have been held by Hamas since October 7.")
    assert code("Peace talks were held by officials from both sides in Doha on Sunday.") == []


def test_arrests_in_raids_across_a_country(code: Callable[[str], Events]) -> None:
    assert code("More than 30 journalists were detained in dawn raids across Istanbul, a press union said.") == [
        ("TURGOV", "TURMED", "173")]
    assert code("Dozens of activists were arrested across Belarus over the weekend, a rights group said.") == [
        ("BLRGOV", "BLRNGO", "173")]


@pytest.mark.parametrize(("text", "expected"), [
    # the giving a stopping verb stops is aid reduced (162x), not aid given (07)
    ("Washington stopped sending weapons to Kyiv last month, officials said.", [("USAGOV", "UKRGOV", "1622")]),
    ("Japan has stopped providing development assistance to Myanmar since the coup, the foreign ministry said.",
     [("JPN", "MMR", "162")]),
    ("The Netherlands ceased arms exports to Israel after a court ruling, the government said.",
     [("NLD", "ISR", "1622")]),
])
def test_supplies_stopped(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", [
    "The company stopped sending printed newsletters to its customers last year to save money, a spokeswoman said.",
    "The charity stopped providing hot meals to homeless people in central London after its funding ran out.",
    "Residents of the town voted to ban cars from the old city centre in a local referendum on Sunday.",
    "The football association dissolved its youth committee after a financial audit, the board said.",
])
def test_no_reduction_or_coercion(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_entry_bans_on_people(code: Callable[[str], Events]) -> None:
    # "banned X from entering": an entry ban on X (172, as "banned the entry of X" is)
    assert code("Hungary banned two Ukrainian commanders from entering its territory on Monday.") == [
        ("HUN", "UKRMIL", "172")]
    assert code("Turkey barred Dutch ministers from landing in the country, the foreign minister said.") == [
        ("TUR", "NLDGOV", "172")]


def test_forced_returns(code: Callable[[str], Events]) -> None:
    # people returned "forcibly" are deported (174; by the hundred, a mass expulsion as deportations.py codes it)
    assert code("Turkey forcibly sent back dozens of Afghan migrants across the Iranian border last week, a rights "
                "group said.") == [("TUR", "AFGREF", "174")]
    assert code("The refugees returned to Syria voluntarily after the war ended, the UN refugee agency said.") == []


def test_sentence_opening_noun_read_as_verb(code: Callable[[str], Events]) -> None:
    # the parser reads "Aid" as a verb heading a clausal subject: it is the passive's subject noun
    assert code("Aid to Niger has been suspended by France, the foreign ministry said.") == [("FRA", "NER", "162")]
    assert code("Diplomatic ties with Israel were severed by Bolivia on Tuesday, the deputy foreign minister "
                "said.") == [("BOL", "ISR", "161")]
