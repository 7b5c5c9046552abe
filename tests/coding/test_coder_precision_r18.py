"""False events found by a battery of wire sentences that hold no codable event (helper round 18, precision):
history told in a relative or "when" clause on an episode its year dates ("the 1994 genocide, in which ..."),
force used on such an episode; a court that hears a lawsuit is no party to it, nor is a company's unnamed rival its
government; the weapon fired is no post of the body its modifier names ("artillery shells"); hazard alerts; traders
weighing the market; markets that retreat; merger talks; extortioners threatening to publish stolen data; ships and
planes sent "near X" (a show of force, not military aid); a past clause joined by "but" to a future or
speculative one; make-believe. Sentences are written for these tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize("text", [
    "Rwanda on Sunday marked the 30th anniversary of the 1994 genocide, in which Hutu extremists killed some "
    "800,000 people, mostly ethnic Tutsis.",
    "The 1982 Falklands war between Britain and Argentina, which lasted ten weeks and killed more than 900 people, "
    "remains a sensitive subject in both countries.",
    "In the history books, the 1973 Yom Kippur War began when Egypt and Syria launched a surprise attack on Israel.",
    "The museum displays the tanks that Soviet troops used to crush the 1956 Hungarian uprising.",
])
def test_history_of_a_dated_episode_is_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_a_clause_on_a_recent_episode_is_news(code: Callable[[str], Events]) -> None:
    found = code("Russian forces launched a new offensive, in which they captured three villages near Kharkiv on "
                 "Monday, Ukraine's army said.")
    assert ("RUSMIL", "UKR", "192") in found
    assert code("The war began when Russian troops invaded Ukraine on Thursday, officials said.") != []


def test_lawsuit_venue_and_a_companys_rival_are_no_parties(code: Callable[[str], Events]) -> None:
    assert code("The company sued its larger rival in a Delaware court on Monday, accusing it of stealing trade "
                "secrets, a spokeswoman said.") == []
    assert code("A Rio Tinto spokesman said the miner would fight the lawsuit brought by shareholders in Sydney.") == []
    assert code("Mexico sued U.S. gun makers in a Boston court on Monday, the foreign ministry said.") == [
        ("MEX", "USA", "115")]


def test_the_shells_fired_are_no_target(code: Callable[[str], Events]) -> None:
    found = code("North Korea fired artillery shells near the disputed maritime border on Tuesday, Seoul said.")
    assert ("PRK", "PRKMIL", "194") not in found
    assert code("Russian forces fired artillery shells at the town of Vovchansk on Tuesday, Ukrainian officials "
                "said.") == [("RUSMIL", "UKR", "194")]


def test_hazard_alert_is_no_military_alert(code: Callable[[str], Events]) -> None:
    assert code("The Philippine volcanology agency raised the alert level for the Kanlaon volcano to three on "
                "Tuesday, warning of a possible eruption.") == []
    assert ("KORMIL", "PRK", "152") in code(
        "South Korea's military raised its alert level on Tuesday after North Korea fired a ballistic missile.")


def test_markets_weigh_retreat_and_rally(code: Callable[[str], Events]) -> None:
    assert code("Oil prices hit a five-month high on Wednesday as traders weighed supply disruptions in the Red Sea "
                "against weak demand from China.") == []
    assert code("The Japanese yen retreated against the dollar on Friday and Tokyo stocks surrendered early gains, "
                "traders said.") == []
    assert code("Israel's shekel rallied on Monday after reports of a ceasefire deal in Gaza, traders said.") == []
    assert code("The Japanese government is weighing a plan to impose tariffs on Chinese steel, officials said on "
                "Monday.") == [("JPNGOV", "", "014")]
    assert code("Russian troops retreated from the village of Krynky on Friday, Ukraine's army said.") == [
        ("RUSMIL", "UKR", "0874")]


def test_merger_talks_and_data_extortion_are_no_events(code: Callable[[str], Events]) -> None:
    assert code("Air France-KLM and Delta held merger talks with Virgin Atlantic's shareholders in London this week, "
                "two people familiar with the matter said.") == []
    assert code("A ransomware gang threatened to publish the stolen data of millions of customers unless the "
                "Australian insurer paid a ransom, the company said.") == []


def test_craft_sent_near_a_country_show_force(code: Callable[[str], Events]) -> None:
    found = code("China sent 24 warplanes and eight navy ships near Taiwan on Friday, Taiwan's defence ministry "
                 "said.")
    assert found == [("CHN", "TWN", "150")]
    assert code("The Netherlands sent F-16 fighter jets to Ukraine on Monday, the Dutch defence ministry said.") == [
        ("NLD", "UKR", "072")]
    assert code("Taiwan said it had dispatched its own ships and aircraft to monitor the activity.") == []


def test_past_clause_after_but_is_not_future(code: Callable[[str], Events]) -> None:
    found = code("If talks fail, the economy will suffer, analysts say, but on Monday Iran's foreign minister met "
                 "his Omani counterpart in Muscat, state media reported.")
    assert ("IRNGOV", "OMNGOV", "040") in found
    assert not any(e[2].startswith("03") for e in found)


def test_make_believe_is_no_event(code: Callable[[str], Events]) -> None:
    assert code("The novel imagines a world in which Germany won the Second World War and occupied Britain.") == []


def test_dated_episode_noun_and_shooting_are_history(code: Callable[[str], Events]) -> None:
    assert code("The 1984 miners' strike, during which police arrested thousands of pickets, still divides "
                "Britain.") == []
    assert code("It was the worst attack on Jewish worshippers since the 2018 shooting at a Pittsburgh synagogue, in "
                "which a gunman killed 11 people.") == []
    assert code("The shooting, in which a gunman killed two people in Prague, shocked the country.") != []


def test_warned_ill_is_a_forecast_not_a_threat(code: Callable[[str], Events]) -> None:
    assert code("If the rains fail again, Somalia could face famine by the end of the year, the United Nations "
                "warned on Tuesday.") == []
    assert code("The IMF warned that Argentina could face a recession this year.") == []
    assert code("The United States warned that Iran would face consequences if it attacked Israel.") == [
        ("USA", "IRN", "130")]


def test_in_case_opens_a_condition(code: Callable[[str], Events]) -> None:
    assert code("In the event that Russia attacks a NATO member, Germany would send a brigade to Lithuania within "
                "days, according to a defence ministry planning document.") == []
    assert code("In case China invades Taiwan, Japan would help evacuate civilians.") == []


def test_unarmed_show_of_force(code: Callable[[str], Events]) -> None:
    assert code("The Chinese carmaker staged a show of force at the Beijing auto show, unveiling 12 new models.") == []
    assert code("North Korea's army staged a show of force on Monday, parading missiles through Pyongyang.") == [
        ("PRKMIL", "", "150")]


def test_craft_of_a_coordinated_object_near_a_country(code: Callable[[str], Events]) -> None:
    assert code("Russia deployed bombers and warships near Japan on Friday.") == [("RUS", "JPN", "150")]
