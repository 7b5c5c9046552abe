"""Event coder (issue #4): realised material cooperation (06) and aid (07) worded without "cooperation", on
sentences written for these tests (none from the evaluation set): joint projects opened or begun by named
partners, wanted people transferred or returned for trial, training received from another country's forces,
aid received as a participle's object ("received helicopters donated by X"), and training that is the purpose of
an arrival that took place."""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


# -- economic cooperation realised as a joint project (061) ------------------------------------------------
def test_partners_inaugurating_a_plant_cooperate_both_ways(code: Callable[[str], Events]) -> None:
    assert code("Bhutan and India inaugurated a hydropower plant near Thimphu.") == [
        ("BTN", "IND", "061"), ("IND", "BTN", "061")]


def test_leaders_of_two_countries_laying_a_foundation_stone(code: Callable[[str], Events]) -> None:
    assert code("The presidents of Peru and Bolivia laid the foundation stone of a border market.") == [
        ("PERGOV", "BOLGOV", "061"), ("BOLGOV", "PERGOV", "061")]


def test_a_project_opened_with_a_named_partner(code: Callable[[str], Events]) -> None:
    assert code("Turkey opened a border market with Iran at Kapikoy.") == [("TUR", "IRN", "061")]


def test_a_project_opened_by_one_country_alone_is_no_cooperation(code: Callable[[str], Events]) -> None:
    assert code("Ethiopia inaugurated the Grand Renaissance Dam on the Blue Nile.") == []
    assert code("Israel began construction of 3,000 settler homes in the West Bank.") == []


# -- judicial cooperation (063) ----------------------------------------------------------------------------
def test_transferring_gang_bosses_to_another_country(code: Callable[[str], Events]) -> None:
    assert code("Ecuador transferred two gang bosses to the United States.") == [("ECU", "USA", "063")]


def test_returning_a_wanted_fugitive_to_his_country(code: Callable[[str], Events]) -> None:
    assert code("Armenia returned a wanted Georgian fugitive to Tbilisi.") == [("ARM", "GEO", "063")]


# -- intelligence sharing (064) -------------------------------------------------------------------------------
def test_passing_targeting_data_to_another_country(code: Callable[[str], Events]) -> None:
    assert code("The Pentagon has been passing targeting data on Russian ships to Ukraine.") == [
        ("USAMIL", "UKR", "064")]


def test_hackers_targeting_data_share_nothing(code: Callable[[str], Events]) -> None:
    assert code("Chinese hackers have been targeting data held by US agencies.") == []


# -- military cooperation: training received (062) ---------------------------------------------------------
def test_forces_receiving_training_from_another_country(code: Callable[[str], Events]) -> None:
    assert code("Nigerian commandos received training from British instructors.") == [("GBR", "NGAMIL", "062")]


def test_civilians_receiving_training_is_neither_cooperation_nor_a_visit(code: Callable[[str], Events]) -> None:
    assert code("Afghan farmers received training from Indian experts.") == []


def test_instructors_arriving_to_train_an_army_train_it(code: Callable[[str], Events]) -> None:
    assert code("Indian military instructors arrived in Colombo to train Sri Lanka's army.") == [
        ("IND", "LKAMIL", "062")]


def test_instructors_due_to_arrive_to_train_do_not_train_yet(code: Callable[[str], Events]) -> None:
    assert code("Indian military instructors will arrive in Colombo next month to train Sri Lanka's army.") == []


# -- aid received (07) -------------------------------------------------------------------------------------
def test_receiving_vehicles_donated_by_another_country(code: Callable[[str], Events]) -> None:
    assert code("Somalia received armoured vehicles donated by the United Arab Emirates.") == [("ARE", "SOM", "072")]


def test_receiving_a_cargo_of_medicines_sent_by_another_country(code: Callable[[str], Events]) -> None:
    assert code("Iraq received a cargo of medicines sent by Iran.") == [("IRN", "IRQ", "073")]


def test_flying_somewhere_to_help_broker_a_truce_gives_no_aid(code: Callable[[str], Events]) -> None:
    assert code("Blinken flew to Cairo to help broker a ceasefire between Israel and Hamas.") == [
        ("USAGOV", "EGY", "042")]
