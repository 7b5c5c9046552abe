"""Intents and diplomatic cooperation (helper round 13b): verbal defence told by rejecting the criticism aimed at a
third party (052), and acts told as "became the first / latest country to V"."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_rejected_criticism_of_a_third_party_is_its_defence(code: Callable[[str], Events]) -> None:
    assert code("Moscow dismissed Western criticism of Syria as meddling.") == [("RUSGOV", "SYR", "052")]
    assert ("CHN", "PRK", "052") in code("China rejected US accusations against North Korea.")
    assert code("Turkey brushed aside European condemnation of Azerbaijan's offensive.") == [("TUR", "AZE", "052")]
    # criticism of oneself or with no party named after "of" / "against" is rejected, not a defence
    assert not [e for e in code("Iran dismissed US criticism.") if e[2] == "052"]
    assert not [e for e in code("Russia rejected criticism of its offensive.") if e[2] == "052"]
    assert not [e for e in code("Belarus rejected accusations against its border guards.") if e[2] == "052"]


def test_became_the_first_country_to_act(code: Callable[[str], Events]) -> None:
    assert code("Ireland became the first EU country to recognise Palestine.") == [("IRL", "PSE", "054")]
    assert code("Brazil became the second country to suspend flights to Venezuela.") == [("BRA", "VEN", "163")]
    assert code("Analysts say Peru could become the next country to recognise Palestine.") == []


def test_pledged_aid_is_not_aid_given(code: Callable[[str], Events]) -> None:
    assert code("Japan announced a pledge of 200 million dollars in aid to Sudan.") == [("JPN", "SDN", "033")]
    assert not [e for e in code("Germany announced a pledge of 300 million euros in military aid to Ukraine.")
                if e[2][:2] == "07"]
    assert code("Britain announced 300 million pounds in aid to Kenya.") == [("GBR", "KEN", "071")]


def test_helping_to_mediate_is_mediating(code: Callable[[str], Events]) -> None:
    assert code("Kenya pledged to help mediate between Ethiopia and Eritrea.") == [
        ("KEN", "ETH", "039"), ("KEN", "ERI", "039")]
