"""Event coder (issue #4): deliveries of arms, goods and aid (CAMEO 06, 07) as the wire writes them, on sentences
written for these tests (none from the evaluation set): military platforms handed over or received (patrol
boats, named weapon systems), gifts, nominal supplies of energy and goods, participles on aid that arrived,
shipments whose goods sit behind a measure, disbursements; and flows that are measured or discussed, which are
no event."""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


# -- military platforms and named weapon systems (072) -----------------------------------------------------
def test_patrol_boats_received_from_a_donor_are_military_aid(code: Callable[[str], Events]) -> None:
    # (not a visit by Germany hosted by Ghana)
    assert code("Ghana's navy received two patrol boats from Germany on Thursday.") == [("DEU", "GHAMIL", "072")]


def test_patrol_vessels_handed_over(code: Callable[[str], Events]) -> None:
    assert code("Japan's coast guard handed over three patrol vessels to Indonesia.") == [("JPNCOP", "IDN", "072")]


def test_a_named_weapon_system_delivered(code: Callable[[str], Events]) -> None:
    assert code("Norway has delivered its first F-16s to Ukraine.") == [("NOR", "UKR", "072")]


def test_gifted_goods_are_aid(code: Callable[[str], Events]) -> None:
    assert code("India gifted 50 tonnes of rice to Myanmar.") == [("IND", "MMR", "073")]


# -- supplies of energy and goods named by a noun (061) ----------------------------------------------------
def test_resumed_energy_supplies_are_trade(code: Callable[[str], Events]) -> None:
    assert code("Iran resumed electricity supplies to Iraq after a two-week halt.") == [("IRN", "IRQ", "061")]
    assert code("Venezuela resumed oil shipments to Cuba in March.") == [("VEN", "CUB", "061")]


def test_measured_flows_are_statistics(code: Callable[[str], Events]) -> None:
    assert code("Russia's oil shipments to India rose to a record in May.") == []
    assert code("India's trade with Japan rose 8 percent last year.") == []


def test_aid_that_reached_a_place_is_no_statistic(code: Callable[[str], Events]) -> None:
    assert code("A shipment of food aid from Oman reached Yemen's Aden port.") == [("OMN", "YEM", "073")]


# -- aid that arrived: participles and carriers (073) ------------------------------------------------------
def test_goods_donated_by_a_country_that_arrived_in_a_city(code: Callable[[str], Events]) -> None:
    assert code("Medicines donated by Japan arrived in Dhaka on Friday.") == [("JPN", "BGD", "073")]


def test_a_shipment_of_goods_behind_a_measure(code: Callable[[str], Events]) -> None:
    assert code("A Qatari shipment of 300 tonnes of medicine for Sudan arrived in Port Sudan on Monday.") == [
        ("QAT", "SDN", "073")]


def test_goods_bound_for_a_place_beyond_the_port_reached(code: Callable[[str], Events]) -> None:
    text = "A Kuwaiti shipment of 300 tonnes of flour and medicine for Gaza arrived at the Egyptian port of El Arish."
    assert code(text) == [("KWT", "PSE", "073")]


# -- economic aid (071) -------------------------------------------------------------------------------------
def test_an_approved_disbursement(code: Callable[[str], Events]) -> None:
    assert code("The IMF approved a $1.1 billion disbursement to Pakistan after a review.") == [
        ("IGOIMF", "PAK", "071")]


def test_a_loan_that_is_the_topic_of_talks_is_not_given(code: Callable[[str], Events]) -> None:
    assert code("Talks on a new loan from Beijing to Islamabad stalled.") == []
