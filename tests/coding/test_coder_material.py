"""Event coder (issue #4): material cooperation (06) and aid (07) in wire phrasings, on sentences written for
these tests (none from the evaluation set): finished joint drills, moves side by side with a partner, suspects
handed over or deported for trial, aid flown or arriving in a batch, police sent on a mission abroad, deeds
agreed to, and aid that was blocked rather than given."""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


# -- military cooperation (062) ----------------------------------------------------------------------------
def test_wrapping_up_a_joint_exercise_is_joint_drills_both_ways(code: Callable[[str], Events]) -> None:
    assert code("Pakistan and China wrapped up a two-week joint naval exercise in the Arabian Sea.") == [
        ("PAK", "CHN", "062"), ("CHN", "PAK", "062")]


def test_concluding_joint_patrols_with_a_partner(code: Callable[[str], Events]) -> None:
    assert code("The Colombian navy concluded joint patrols with Ecuador in the Pacific.") == [
        ("COLMIL", "ECU", "062"), ("ECU", "COLMIL", "062")]


def test_sailing_alongside_a_partners_warships_is_joint_both_ways(code: Callable[[str], Events]) -> None:
    assert code("Chinese warships sailed alongside Russian destroyers near Alaska.") == [
        ("CHNMIL", "RUS", "062"), ("RUS", "CHNMIL", "062")]


# -- judicial cooperation (063) ----------------------------------------------------------------------------
def test_handing_over_gang_figures_to_another_country(code: Callable[[str], Events]) -> None:
    assert code("Mexico handed over 29 cartel figures to US authorities on Thursday.") == [("MEX", "USAGOV", "063")]


def test_deporting_a_wanted_suspect_to_his_country(code: Callable[[str], Events]) -> None:
    assert code("Thailand deported a wanted Chinese fraud suspect to China.") == [("THA", "CHN", "063")]


def test_deporting_someone_to_face_trial_is_judicial_cooperation(code: Callable[[str], Events]) -> None:
    assert code("Kenya deported a Rwandan genocide suspect to Kigali to face trial.") == [("KEN", "RWA", "063")]


# -- aid (07) ------------------------------------------------------------------------------------------------
def test_flying_food_aid_to_a_place(code: Callable[[str], Events]) -> None:
    assert code("Qatar flew tonnes of food and medical aid to Gaza via Egypt.") == [("QAT", "PSE", "073")]


def test_a_batch_of_weapons_from_x_reaching_y(code: Callable[[str], Events]) -> None:
    assert code("The latest batch of Leopard tanks from Germany reached Ukraine.") == [("DEU", "UKR", "072")]


def test_police_deployed_to_another_country_on_a_mission_is_protection(code: Callable[[str], Events]) -> None:
    assert code("Kenya deployed 400 police officers to Haiti as part of a UN-backed mission.") == [
        ("KEN", "HTI", "074")]


def test_police_deployed_to_a_border_at_home_stay_a_show_of_force(code: Callable[[str], Events]) -> None:
    assert code("Nepal deployed armed police to its border with China.") == [("NPL", "CHN", "153")]


def test_blocked_aid_package_is_no_aid_given(code: Callable[[str], Events]) -> None:
    assert code("Hungary blocked a 50 billion euro EU aid package for Ukraine.") == [("HUN", "UKR", "162")]


# -- deeds agreed to (06) versus ties to be grown (031) --------------------------------------------------------
def test_agreeing_to_share_intelligence_is_sharing_it(code: Callable[[str], Events]) -> None:
    assert code("Chile and Argentina agreed to share intelligence on organised crime.") == [
        ("CHL", "ARG", "064"), ("ARG", "CHL", "064")]


def test_agreeing_to_supply_goods_is_trade(code: Callable[[str], Events]) -> None:
    assert code("Kazakhstan agreed to supply uranium to France under a long-term contract.") == [("KAZ", "FRA", "061")]


def test_agreeing_to_expand_cooperation_stays_an_intent(code: Callable[[str], Events]) -> None:
    assert code("India and Saudi Arabia agreed to expand cooperation in energy and defence.") == [
        ("IND", "SAU", "031"), ("SAU", "IND", "031")]


def test_taking_delivery_from_y_is_aid_received_from_y(code: Callable[[str], Events]) -> None:
    assert code("Ghana took delivery of 40,000 tonnes of wheat from Ukraine.") == [("UKR", "GHA", "070")]
