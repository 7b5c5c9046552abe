"""Yielding (CAMEO 08), intents to yield or to protect (03x) and investigations (09) in wire phrasings, from a
battery of our own sentences written family by family and labelled before the coder was run on it: martial law
ended, measures let lapse, intents to ease a measure aimed at the country's own people, offers to lead a force
abroad, aid let in, attacks treated as war crimes, and investigations of a harm not aimed at its victims.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_martial_law_ended(code: Callable[[str], Events]) -> None:
    assert code("Bolivia's government ended martial law in the city of Cochabamba.") == [
        ("BOLGOV", "BOLCVL", "0814")]
    assert code("Fiji's military revoked martial law after two weeks.") == [("FJIMIL", "FJICVL", "0814")]


def test_measure_let_lapse(code: Callable[[str], Events]) -> None:
    assert code("Madagascar's president let the state of emergency lapse at the end of the month.") == [
        ("MDGGOV", "MDGCVL", "0814")]
    assert code("Chile's government allowed the state of emergency to expire in the Araucania region.") == [
        ("CHLGOV", "CHLCVL", "0814")]
    assert code("Jordan let the curfew expire on Sunday.") == [("JOR", "JORCVL", "0813")]
    assert code("The United States allowed sanctions on Venezuelan oil to lapse.") == [("USA", "VEN", "085")]
    # no lapsing word: no easing
    assert code("Bolivia allowed the state to seize idle farmland.") == []


def test_intent_to_yield_aimed_at_own_people(code: Callable[[str], Events]) -> None:
    assert code("Niger's junta promised to lift the nationwide curfew on Monday.") == [("NERMIL", "NERCVL", "0351")]
    assert code("Peru's government vowed to end the state of emergency in Lima.") == [("PERGOV", "PERCVL", "0351")]


def test_offer_to_lead_a_force_abroad(code: Callable[[str], Events]) -> None:
    assert code("Rwanda offered to lead a regional peacekeeping force in Mozambique.") == [("RWA", "MOZ", "0334")]
    assert code("Nigeria said it was ready to head an African Union mission in Somalia.") == [
        ("NGA", "SOM", "0334")]
    assert code("Rwanda leads the regional force in Mozambique.") == []  # no offer: no intent


def test_aid_let_in(code: Callable[[str], Events]) -> None:
    assert code("Israel allowed aid convoys into Gaza on Tuesday.") == [("ISR", "PSE", "0863")]


def test_attack_treated_as_war_crime(code: Callable[[str], Events]) -> None:
    assert ("UKRJUD", "RUS", "094") in code(
        "Ukraine's prosecutors said they were treating the Russian missile strike on a maternity ward in "
        "Zaporizhzhia as a war crime.")
    # the doer unnamed on the act: the place struck is no target
    assert code("Kyiv is treating a drone attack on a school as a war crime.") == []
    assert code("Police are treating the fire at the warehouse as arson.") == []


def test_investigation_not_aimed_at_the_victim(code: Callable[[str], Events]) -> None:
    assert code("Guinean police opened an investigation into the killing of a Malian trader in Conakry.") == [
        ("GINCOP", "GINCVL", "091")]
