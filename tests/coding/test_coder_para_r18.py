"""The same events told in other words (round 18, paraphrase robustness): a passive whose subject is a count
("dozens of villages in X were captured by Y"), barring a candidate from running, "his troops" in a person's
reported clause, the site of an attack in an "after" phrase, "restored funding", "broke into the embassy", and
a chemical agent named before a hyphen ("chlorine-filled barrels")."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[..., list[tuple[str, str, str]]]


def test_counted_passive_subject_keeps_its_place(code: Code) -> None:
    # "dozens of villages in X": the place phrase hangs on what the count counts, not on "dozens"
    assert code("Dozens of villages in Russia's Belgorod region were captured by Ukrainian troops on Tuesday, "
                "the governor said.") == [("UKRMIL", "RUS", "192")]
    assert code("Three villages in Russia's Belgorod region were captured by Ukrainian troops on Tuesday.") == [
        ("UKRMIL", "RUS", "192")]
    assert code("Dozens of villages in Russia's Belgorod region were not captured by Ukrainian troops, "
                "the governor said.") == []


def test_barred_from_running_is_a_ban_on_a_candidate(code: Code) -> None:
    assert code("Venezuela's electoral council barred Maria Corina Machado from running in the presidential "
                "election, her party said.") == [("VEN", "VENOPP", "1722")]
    assert code("Belarus's election commission excluded an opposition leader from standing in the presidential "
                "vote.") == [("BLRGOV", "BLROPP", "1722")]
    assert code("Police barred protesters from entering the square in Minsk.") != [("BLRCOP", "BLRCVL", "1722")]
    assert code("Venezuela's electoral council may bar Maria Corina Machado from running, analysts said.") == []


def test_his_troops_in_a_persons_reported_clause_are_his_states(code: Code) -> None:
    assert code("Zelensky said his troops had captured dozens of settlements in Russia's Kursk region.",
                "2024-08-15") == [("UKRMIL", "RUS", "192")]
    assert code("Zelensky said his brother had visited Poland.", "2024-08-15") == []


def test_the_site_of_an_attack_in_an_after_phrase_is_no_provoker(code: Code) -> None:
    events = code("Italian Prime Minister Giorgia Meloni raised the terror alert to its highest level after the "
                  "deadly attack on a concert hall near Moscow.", "2024-03-24")
    assert events == [("ITAGOV", "", "151")]
    assert ("ITAGOV", "RUS", "151") not in events
    # the doer of the act an "after" phrase names is still the provoker
    assert code("Japan scrambled fighter jets after the launch of a ballistic missile by North Korea.") == [
        ("JPN", "PRK", "152"), ("PRK", "", "150")]


def test_restored_funding_is_aid(code: Code) -> None:
    assert code("Sweden said it would restore funding for UNRWA, the foreign ministry said.") == [
        ("SWE", "IGOUNO", "0331")]
    assert code("Sweden will not restore funding for UNRWA this year, analysts said.") == []


def test_broke_into_an_embassy_is_storming_it(code: Code) -> None:
    assert code("Angry protesters broke into the French embassy in Niamey on Sunday, witnesses said.",
                "2023-07-31") == [("NERCVL", "FRAGOV", "145")]
    assert code("Burglars broke into a jewellery shop in Paris on Sunday.") == []


def test_agent_named_before_a_hyphen_is_chemical_warfare(code: Code) -> None:
    assert code("Syrian army helicopters dropped chlorine-filled barrels on the city of Idlib, rescue workers "
                "said.") == [("SYRMIL", "SYRCVL", "2041")]
    assert code("Russian forces fired explosive-laden drones at Kyiv overnight.") == [("RUSMIL", "UKRGOV", "1952")]
    assert code("Syrian army helicopters did not drop chlorine-filled barrels on Idlib, the ministry said.") == []
