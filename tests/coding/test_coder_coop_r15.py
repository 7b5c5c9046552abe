"""Material and diplomatic cooperation wording (helper round 15, coop): joint acts that are no military cooperation,
information given with a topic phrase, "between" drills, reciprocal possessors, extradition in the passive, arms
made jointly, wanted people sent back, headline pairs, recognition granted, and thanks for aid sent. All sentences
are written for these tests (none from the evaluation set)."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def _codes(events: list[tuple[str, str, str]]) -> set[str]:
    return {c for _a, _b, c in events}


# -- joint acts: only acts of armed forces are military cooperation (062) ----------------------------------------
def test_a_joint_civil_event_is_no_military_cooperation(code: Code) -> None:
    assert code("Students in Nairobi held a joint debate with their counterparts from Kampala.") == []
    assert code("Japan held a joint press conference with Australia.") == []
    assert code("Egypt and Greece held joint naval drills in the eastern Mediterranean.") == [
        ("EGY", "GRC", "062"), ("GRC", "EGY", "062")]
    assert code("France held joint war games with Morocco.") == [("FRA", "MAR", "062"), ("MAR", "FRA", "062")]


def test_a_joint_fund_is_economic_cooperation(code: Code) -> None:
    assert code("Saudi Arabia and Egypt launched a joint investment fund.") == [
        ("SAU", "EGY", "061"), ("EGY", "SAU", "061")]
    # the parser hangs "with Egypt" on the fund, not on the verb
    assert code("Saudi Arabia launched a joint investment fund with Egypt.") == [("SAU", "EGY", "061")]
    assert code("Kenya launched a fund for flood victims.") == []


def test_joint_drills_between_two_parties_as_a_subject(code: Code) -> None:
    assert code("The joint drills between Iran and Russia in the Gulf of Oman ended on Friday.") == [
        ("IRN", "RUS", "062"), ("RUS", "IRN", "062")]
    assert code("The joint exercise between India and France concluded in Jodhpur.") == [
        ("IND", "FRA", "062"), ("FRA", "IND", "062")]


def test_arms_made_jointly_are_military_cooperation(code: Code) -> None:
    assert code("India and Russia jointly produce BrahMos missiles at a plant in Lucknow.") == [
        ("IND", "RUS", "062"), ("RUS", "IND", "062")]
    assert code("Ukraine is building drones with Denmark.") == [("UKR", "DNK", "062")]
    # each making its own, or with parts: no cooperation
    assert code("Poland produces artillery shells for Ukraine.") == []
    assert code("Iran and Russia produce drones.") == []
    assert code("Ukraine built drones with Western components.") == []


# -- intelligence (064): the topic is not the one it is given to ---------------------------------------------------
def test_intelligence_on_a_topic_goes_to_the_recipient(code: Code) -> None:
    assert code("The Netherlands gave Ukraine intelligence on Russian troop positions.") == [("NLD", "UKR", "064")]
    # the parser may hang the recipient on the topic
    assert code("Jordan passed intelligence on the plot to Saudi Arabia.") == [("JOR", "SAU", "064")]
    assert ("GBR", "IRN", "064") not in code("Britain shared intelligence on Iran's drone programme.")


# -- judicial cooperation (063) ---------------------------------------------------------------------------------
def test_extradited_from_a_country(code: Code) -> None:
    assert code("The suspect was extradited from Argentina to Italy.") == [("ARGGOV", "ITA", "063")]
    assert code("The businessman was extradited to the United States in March.") == []


def test_a_wanted_man_sent_back(code: Code) -> None:
    # "to X" hangs on the "back" after the object
    assert code("Brazil sent a convicted drug lord back to Paraguay to serve his sentence.") == [("BRA", "PRY", "063")]
    assert code("Brazil sent the fugitive back to Argentina.") == [("BRA", "ARG", "063")]
    assert code("The ship was sent back to port for repairs.") == []


# -- diplomatic cooperation (05) ----------------------------------------------------------------------------------
def test_praise_of_each_others_deeds(code: Code) -> None:
    assert code("India and Bangladesh praised each other's cooperation on border security.") == [
        ("IND", "BGD", "051"), ("BGD", "IND", "051")]
    assert code("The two leaders praised each other's efforts.") == []


def test_appreciated_a_partys_role(code: Code) -> None:
    assert code("The United States appreciated Qatar's role in the negotiations.") == [("USA", "QAT", "051")]
    assert code("Blinken said he appreciated Qatar's role in the negotiations.") == [("USAGOV", "QAT", "051")]
    assert code("Investors appreciated the rate cut.") == []


def test_his_country_is_the_speakers_state(code: Code) -> None:
    assert code("Rwanda's president said his country had forgiven France.") == [("RWAGOV", "FRA", "056")]
    assert code("Kenya's president said his country had recognised Kosovo.") == [("KENGOV", "KSV", "054")]
    assert code("The coach said his team had forgiven the referee.") == []


def test_recognition_granted_to_a_party(code: Code) -> None:
    assert code("Chad granted recognition to the new Libyan government.") == [("TCD", "LBYGOV", "054")]
    assert code("The ministry gave recognition to the new school.") == []


def test_headline_pair_set_off_by_a_comma(code: Code) -> None:
    assert sorted(code("Japan, Philippines sign defence pact.")) == [("JPN", "PHL", "057"), ("PHL", "JPN", "057")]
    assert sorted(code("India, UAE sign trade deal in Abu Dhabi.")) == [("ARE", "IND", "057"), ("IND", "ARE", "057")]
    # an apposition or a leading adverb is no party
    assert code("Kenya, a close ally of Washington, sent police to Haiti.") == [("KEN", "HTI", "153")]
    assert code("Yesterday, Ukraine signed a pact with Britain.") == [("UKR", "GBR", "057")]


def test_thanks_for_aid_sent(code: Code) -> None:
    assert code("Zelensky thanked Japan for sending humanitarian aid.") == [
        ("UKRGOV", "JPN", "051"), ("JPN", "UKRGOV", "073")]
    assert code("Ukraine's foreign minister expressed gratitude to Japan for its humanitarian assistance.") == [
        ("UKRGOV", "JPN", "051"), ("JPN", "UKRGOV", "073")]
    assert _codes(code("Zelensky expressed gratitude to Japan for its support.")) == {"051"}


def test_warplanes_sent(code: Code) -> None:
    assert code("Denmark sent F-16s to Ukraine.") == [("DNK", "UKR", "072")]


def test_praise_won_from_a_party(code: Code) -> None:
    assert code("Qatar won praise from Washington for its mediation.") == [("USAGOV", "QAT", "051")]
    assert code("Kenya received thanks from Haiti for its police mission.") == [("HTI", "KEN", "051")]
    assert code("The film won praise from critics.") == []


def test_weight_and_support_lent_and_vouching(code: Code) -> None:
    assert code("Italy lent its support to Albania's EU bid.") == [("ITA", "ALB", "051")]
    assert code("Russia vouched for Iran's compliance with the deal.") == [("RUS", "IRN", "052")]
    assert code("The senator vouched for the nominee.") == []


def test_remorse_expressed_to_a_party(code: Code) -> None:
    assert code("The Japanese prime minister expressed deep remorse to South Korea for colonial rule.") == [
        ("JPNGOV", "KOR", "055")]
    assert code("The defendant expressed remorse in court.") == []


def test_no_evidence_that_an_act_happened(code: Code) -> None:
    assert code("There is no evidence that Iran shared intelligence with Russia.") == []
    assert code("There is no sign that Iran sent drones to Russia.") == []
    assert code("Officials found evidence that Iran sent drones to Russia.") == [("IRN", "RUS", "072")]


def test_a_pact_that_dates_back_is_background(code: Code) -> None:
    assert code("The agreement between Egypt and Israel dates back to 1979.") == []
    assert code("The agreement between Egypt and Israel was signed on Friday.") == [
        ("EGY", "ISR", "057"), ("ISR", "EGY", "057")]
