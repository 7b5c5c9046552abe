"""Rows that fit the sentence, helper round 17 ("fits"): a labour strike's workers named as its possessor ("the
nurses' walkout", "the doctors' strike"); a crowd filling a named city or its centre ("thronged central Tbilisi");
a participle the parser read as an "-ing" clause modifying the object ("passing targeting data to X"); a relative
clause the parser read as the noun's content clause ("the recognition that Spain extended to X", "the blockade
that X imposed"); an offer named by the role it puts forward in an "as" complement ("offered Muscat as a venue for
talks between X and Y", "put itself forward as a mediator between X and Y": 039 toward the parties; the talks are
offered, not held)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def _codes(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


def test_a_labour_strike_named_by_its_workers(code: Callable[[str], Events]) -> None:
    got = _codes(code("Nigeria's government said on Thursday it would not negotiate under pressure as the doctors' "
                      "strike over pay and working conditions paralysed public hospitals in Lagos and Abuja."))
    assert ("NGA", "NGA", "143") in got
    got = _codes(code("Hundreds of flights were cancelled at Helsinki airport on Friday after the Finnish air traffic "
                      "controllers' stoppage entered its second day, the airport operator Finavia said."))
    assert ("FIN", "FIN", "143") in got
    # an army's strike is force, never a labour strike
    got = _codes(code("The Israeli army's strike on a school compound in Nuseirat killed at least 30 people, Gaza's "
                      "civil defence agency said on Saturday."))
    assert not any(c == "143" for _, _, c in got)
    assert code("The teachers' union in Chile said on Monday that its strike fund would be used to support members "
                "facing pay deductions.") == []


def test_a_crowd_filling_a_named_city(code: Callable[[str], Events]) -> None:
    assert ("SRB", "SRB", "141") in _codes(code(
        "Tens of thousands of demonstrators filled central Belgrade on Saturday in the largest protest yet against "
        "President Aleksandar Vucic's government, police said."))
    assert ("ISR", "ISR", "141") in _codes(code(
        "Hundreds of thousands of Israeli protesters packed central Tel Aviv on Saturday evening to demand a deal to "
        "free the hostages held in Gaza, organisers said."))
    assert ("BGD", "BGD", "141") in _codes(code(
        "Crowds of anti-government demonstrators packed the centre of Dhaka on Friday, demanding justice for "
        "students killed in last month's crackdown, local media reported."))
    # a city the tagger takes for an organisation: its "central" still makes it a place
    assert ("BGD", "BGD", "141") in _codes(code(
        "Thousands of students thronged central Dhaka on Monday, chanting slogans against job quotas in the civil "
        "service, the Daily Star reported."))
    # tourists, fans, shoppers and mourners hold no protest
    assert code("Tourists thronged central Venice over the Easter weekend, prompting city officials to test a new "
                "entry fee for day-trippers.") == []
    assert code("Shoppers filled central London on Saturday as the Christmas sales began, retailers said.") == []
    assert code("Thousands of mourners thronged central Tehran on Wednesday for the funeral of President Ebrahim "
                "Raisi, state media reported.") == []


def test_a_participle_read_as_a_clause_modifies_the_object(code: Callable[[str], Events]) -> None:
    assert _codes(code("Britain has been passing targeting data on Russian air-defence sites to Ukrainian commanders "
                       "since the spring, a British defence source said on Monday.")) == {("GBR", "UKR", "064")}
    assert ("USA", "UKR", "064") in _codes(code(
        "Washington has been sharing targeting intelligence with Kyiv for long-range strikes on Russian energy "
        "facilities, US officials told the Financial Times on Tuesday."))
    # an aspectual verb's "-ing" clause is a clause of its own; a market's costs are no intelligence
    assert code("The company began selling cooking oil in Lagos markets this week, its chief executive said.") == []
    assert code("Sony has been passing rising production costs on to consumers in Japan, the company told analysts "
                "on Tuesday.") == []


def test_a_relative_clause_read_as_the_nouns_content(code: Callable[[str], Events]) -> None:
    assert ("ESP", "PSE", "054") in _codes(code(
        "Palestinian officials on Wednesday welcomed the recognition that Spain extended to a Palestinian state on "
        "Tuesday, calling it a historic day for their people."))
    # a content noun's clause and a time noun's clause do not make the noun an object
    assert code("Kyiv dismissed reports that Russian troops had advanced near Kharkiv, the general staff said.") == []
    assert code("Residents recalled the night that Russian forces attacked, when 20 civilians died in Bucha, "
                "officials said.") == []
    assert code("Analysts said the gas deal that Ankara could sign with Moscow next year would deepen its energy "
                "dependence.") == []


def test_an_offer_named_by_the_role_it_puts_forward(code: Callable[[str], Events]) -> None:
    assert _codes(code("Oman offered Muscat as a venue for indirect talks between Iran and the United States, the "
                       "Omani foreign ministry said on Tuesday.")) == {("OMN", "IRN", "039"), ("OMN", "USA", "039")}
    assert _codes(code("Turkey has offered Istanbul as a venue for a new round of peace talks between Russia and "
                       "Ukraine, President Recep Tayyip Erdogan said on Friday.")) == {
        ("TUR", "RUS", "039"), ("TUR", "UKR", "039")}
    assert _codes(code("Egypt put itself forward as a mediator between Ethiopia and Somalia over the port deal with "
                       "Somaliland, Egyptian officials said on Wednesday.")) == {
        ("EGY", "ETH", "039"), ("EGY", "SOM", "039")}
    # a venue for a fair or a summit of friends mediates nothing
    assert code("Jakarta offered Bali as a venue for the regional trade fair next year, Indonesia's tourism ministry "
                "said.") == []
    assert code("Norway offered Oslo as a venue for a summit of Nordic leaders next year.") == []
    assert code("The city of Lyon offered its new stadium as a venue for the rugby final, the organisers said on "
                "Monday.") == []
