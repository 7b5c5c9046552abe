"""Event coder (issue #4): material cooperation (06), aid (07) and yielding (08) as news wires phrase them,
on sentences written for these tests (none from the evaluation set)."""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


# -- trade (061): exporting or importing any goods is trade with the partner ------------------------------
def test_export_of_any_goods_is_trade(code: Callable[[str], Events]) -> None:
    assert code("Vietnam exported record volumes of rice to the Philippines.") == [("VNM", "PHL", "061")]


def test_import_of_any_goods_is_trade(code: Callable[[str], Events]) -> None:
    assert code("Bangladesh imported record amounts of cotton from India last year.") == [("BGD", "IND", "061")]


def test_investment_in_a_countrys_assets_targets_that_country(code: Callable[[str], Events]) -> None:
    assert code("Chinese companies invested $4 billion in Zambia's copper mines.") == [("CHNBUS", "ZMB", "061")]


# -- military cooperation (062): joint activity with a partner is coded both ways ------------------------
def test_joint_drills_with_a_partner_go_both_ways(code: Callable[[str], Events]) -> None:
    assert code("Malaysia's navy held joint drills with Indonesian warships.") == [
        ("MYSMIL", "IDNMIL", "062"), ("IDNMIL", "MYSMIL", "062")]


def test_joint_operation_frame_is_done_by_the_clause_subject(code: Callable[[str], Events]) -> None:
    assert code("Ugandan troops entered Congo in a joint operation with Congolese forces.") == [
        ("UGAMIL", "CODMIL", "062"), ("CODMIL", "UGAMIL", "062")]


def test_training_alongside_foreign_troops(code: Callable[[str], Events]) -> None:
    assert code("U.S. Marines trained alongside Philippine troops on Luzon.") == [("USAMIL", "PHLMIL", "062")]


# -- judicial cooperation (063) and intelligence (064) ----------------------------------------------------
def test_transferring_a_fugitive_is_extradition(code: Callable[[str], Events]) -> None:
    assert code("Italy transferred a fugitive mafia boss to Belgium.") == [("ITA", "BEL", "063")]


def test_surrendering_a_fugitive_is_extradition_not_surrender(code: Callable[[str], Events]) -> None:
    assert code("Peru surrendered a fugitive former governor to Chile.") == [("PER", "CHL", "063")]


def test_tipping_off_is_sharing_intelligence(code: Callable[[str], Events]) -> None:
    assert code("Jordanian intelligence tipped off Israel about an incoming drone.") == [("JOR", "ISR", "064")]


# -- aid (07) ---------------------------------------------------------------------------------------------
def test_released_funds_are_economic_aid_not_a_release(code: Callable[[str], Events]) -> None:
    assert code("The European Union released 50 million euros for Lebanon.") == [("IGOEEC", "LBN", "071")]


def test_released_food_is_humanitarian_aid(code: Callable[[str], Events]) -> None:
    assert code("Kenya released food supplies for Somalia.") == [("KEN", "SOM", "073")]


def test_aid_convoy_reaching_a_place_is_aid_to_its_country(code: Callable[[str], Events]) -> None:
    assert code("A Saudi aid convoy carrying food reached the Yemeni city of Marib.") == [("SAU", "YEM", "070")]


def test_aid_to_people_in_a_country_is_aid_to_that_country(code: Callable[[str], Events]) -> None:
    assert code("Japan sent food to flood victims in Pakistan.") == [("JPN", "PAK", "073")]


def test_welcoming_refugees_is_asylum_not_a_visit(code: Callable[[str], Events]) -> None:
    assert code("Colombia has welcomed nearly three million Venezuelan migrants.") == [("COL", "VENREF", "075")]


# -- yielding (08) ----------------------------------------------------------------------------------------
def test_withdrawal_from_the_city_of_a_place(code: Callable[[str], Events]) -> None:
    assert code("Russian troops withdrew from the city of Kherson.") == [("RUSMIL", "UKR", "0874")]


def test_unfreezing_money_in_a_countrys_assets(code: Callable[[str], Events]) -> None:
    assert code("The United States unfroze $6 billion in Iranian assets.") == [("USA", "IRN", "085")]


def test_allowing_inspectors_to_visit_lets_their_agency_in(code: Callable[[str], Events]) -> None:
    assert code("North Korea allowed IAEA inspectors to visit the Yongbyon reactor.") == [("PRK", "IGOIAE", "0862")]


def test_setting_prisoners_free_is_a_release(code: Callable[[str], Events]) -> None:
    assert code("Venezuela set six jailed Americans free.") == [("VEN", "USACVL", "0841")]


def test_supplying_gas_is_trade_not_aid(code: Callable[[str], Events]) -> None:
    assert code("Algeria supplied gas to Spain through the Medgaz pipeline.") == [("DZA", "ESP", "061")]


def test_withdrawal_from_villages_in_a_country(code: Callable[[str], Events]) -> None:
    assert code("Israeli forces pulled back from positions in southern Lebanon.") == [("ISRMIL", "LBN", "0874")]


def test_withdrawal_with_the_preposition_hung_on_back(code: Callable[[str], Events]) -> None:
    assert code("Russia pulled its troops back from the outskirts of Kyiv.") == [("RUS", "UKR", "0874")]
