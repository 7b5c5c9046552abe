"""Wire wording the tune-fitted rules missed (helper round 16, style battery b1): appeals and demands read by the
act they ask for (also when a trailing attribution steals the "that" clause), aid asked "for", intents coded by the
act intended, "agreed to" concessions, the recipient of "$X in aid to Y", two-object giving, mediated talks,
name-calling that is no phone call, "Neither X nor Y has confirmed that ...", and a leading participle that the
parser gives the subject. All sentences are written for these tests (none from the evaluation set)."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def _codes(events: list[tuple[str, str, str]]) -> set[str]:
    return {c for _a, _b, c in events}


# -- what an appeal or a demand asks for names its sub-code ----------------------------------------------------
def test_a_trailing_attribution_does_not_hide_the_demanded_act(code: Code) -> None:
    assert code("Ottawa demanded that Beijing free the two Canadian businessmen, the foreign ministry said.") == [
        ("CANGOV", "CHNGOV", "1053")]
    assert code("Ottawa demanded that Beijing free the two Canadian businessmen.") == [("CANGOV", "CHNGOV", "1053")]
    # a plain report is no demand
    assert "1053" not in _codes(code("Ottawa said Beijing had freed the two Canadian businessmen."))


def test_the_asked_act_gives_the_sub_code(code: Code) -> None:
    assert code("Niger's president called on Chad to send troops to the border region.") == [
        ("NERGOV", "TCD", "0234")]
    assert code("Lima asked Washington to extradite the former president.") == [("PERGOV", "USAGOV", "0213")]
    assert code("Kenya's opposition demanded that the government repeal the finance law.") == [
        ("KENOPP", "KENGOV", "1042")]
    assert code("Manila urged Beijing to withdraw its ships from the shoal.") == [("PHLGOV", "CHNGOV", "0256")]
    # a bare appeal keeps the generic code
    assert code("Niger's president called on Chad to act.") == [("NERGOV", "TCD", "020")]


def test_a_request_that_another_party_act(code: Code) -> None:
    assert code("Quito requested that Mexico hand over the former vice president.") == [("ECUGOV", "MEX", "0213")]
    assert code("Nairobi requested that Kampala release the detained activists.") == [("KENGOV", "UGAGOV", "0253")]
    assert code("The ministry requested more time to study the proposal.") == []


def test_aid_asked_for_by_its_kind(code: Code) -> None:
    assert code("Malawi's president appealed to donors for emergency food aid.") == [("MWIGOV", "", "0233")]
    assert code("Kyiv appealed to its allies for more tanks.") == [("UKRGOV", "", "0232")]
    # asking "for" something that is no aid stays a bare appeal
    assert _codes(code("Malawi's president appealed to donors for patience.")) <= {"020"}


# -- intents coded by the act intended, and concessions "agreed to" ----------------------------------------------
def test_an_intent_keeps_the_kind_of_the_intended_act(code: Code) -> None:
    assert code("Denmark will send more F-16 jets to Ukraine.") == [("DNK", "UKR", "0332")]
    assert code("Seoul wants to deepen naval cooperation with Manila.") == [("KORGOV", "PHLGOV", "0312")]
    assert code("Seoul wants to deepen cooperation with Manila.") == [("KORGOV", "PHLGOV", "031")]


def test_a_concession_agreed_to_is_made(code: Code) -> None:
    assert code("Israel agreed to let aid trucks into Gaza.") == [("ISR", "PSE", "0863")]
    assert code("Israel and Hezbollah agreed to a truce, ending a year of cross-border fire.") == [
        ("ISR", "LBNREB", "0871"), ("LBNREB", "ISR", "0871")]


# -- aid and its recipient -------------------------------------------------------------------------------------
def test_the_recipient_of_a_sum_in_aid(code: Code) -> None:
    assert code("Japan pledged 4.5 billion dollars in new aid to Ukraine.") == [("JPN", "UKR", "0331")]
    assert code("The Netherlands pledged 2 billion euros in military aid to Ukraine.") == [("NLD", "UKR", "0332")]
    assert code("Japan pledged 4.5 billion dollars in new aid.") == []


def test_two_objects_of_giving(code: Code) -> None:
    assert code("The United States handed Taiwan the first batch of Abrams tanks.") == [("USA", "TWN", "072")]
    assert code("Argentina handed Chile a fugitive former army officer.") == [("ARG", "CHL", "063")]
    assert code("Argentina handed Chile a defeat in the World Cup qualifier.") == []


def test_wanted_people_sent_to_face_charges(code: Code) -> None:
    assert code("Mexico sent 29 cartel bosses to the United States to face charges.") == [("MEX", "USA", "063")]
    assert "063" not in _codes(code("Mexico sent 29 doctors to Cuba."))


# -- meetings ----------------------------------------------------------------------------------------------------
def test_mediated_talks_are_negotiations(code: Code) -> None:
    assert sorted(code("Oman mediated a new round of talks between Tehran and Washington in Muscat.")) == sorted([
        ("OMN", "IRNGOV", "045"), ("OMN", "USAGOV", "045"), ("IRNGOV", "USAGOV", "046"), ("USAGOV", "IRNGOV", "046")])
    assert code("Iran and the United States held talks in Muscat.") == [("IRN", "USA", "044"), ("USA", "IRN", "044")]


def test_calling_someone_a_friend_is_no_phone_call(code: Code) -> None:
    assert code("Zelensky lauded Czech President Petr Pavel's leadership, calling Prague a true friend.") == [
        ("UKRGOV", "CZEGOV", "051")]
    assert code("Zelensky called Czech President Petr Pavel on Monday.") == [("UKRGOV", "CZEGOV", "041")]


# -- what is not asserted, and whose subject it is -------------------------------------------------------------------
def test_neither_confirmed_is_not_asserted(code: Code) -> None:
    assert code("Neither Ankara nor Damascus has confirmed that the two sides held talks in Moscow.") == []
    assert code("Washington has not confirmed that Iran held talks with Oman.") == []


def test_a_leading_participle_does_not_steal_the_subject(code: Code) -> None:
    assert code("Asked about a prisoner swap with Minsk, a Lithuanian foreign ministry spokeswoman declined to "
                "comment.") == [("LTUGOV", "", "011")]


def test_investigations_over_wrongdoing_in_office(code: Code) -> None:
    assert _codes(code("Spanish prosecutors opened an investigation into the transport minister over alleged "
                       "influence peddling.")) == {"091"}
    assert _codes(code("Spanish prosecutors opened an investigation into the transport minister.")) == {"090"}


def test_weighing_a_moratorium_is_considering_a_policy(code: Code) -> None:
    assert code("The Ghanaian government is weighing a moratorium on new mining licences.") == [("GHAGOV", "", "014")]
    assert code("The Ghanaian government is weighing its words.") == []


def test_a_demand_to_halt_hostilities_is_a_demand_to_de_escalate(code: Code) -> None:
    assert code("The Houthis demanded that Israel halt its offensive in Gaza.") == [("YEMREB", "ISR", "1056")]
    assert code("Turkey urged Israel to stop its attacks on Lebanon.") == [("TUR", "ISR", "0256")]
    # stopping something that is no hostility is a plain demand
    assert code("Estonia demanded that Russia stop jamming GPS signals over the Baltic.") == [("EST", "RUS", "100")]


def test_dismissing_criticism_in_defence_of_another_is_no_rejection(code: Code) -> None:
    assert code("Mexico's president defended Cuba's government, dismissing US criticism of its handling of "
                "protests.") == [("MEXGOV", "CUBGOV", "052")]


def test_what_a_package_given_holds(code: Code) -> None:
    assert code("Finland provided Ukraine with a new package of air-defence equipment.") == [("FIN", "UKR", "072")]
    assert code("Finland will provide Ukraine with a new package of air-defence equipment.") == [
        ("FIN", "UKR", "0332")]


def test_the_islamic_state_group(code: Code) -> None:
    assert code("The Islamic State group claimed responsibility for the bombing in Kerman.") == [("IRNREB", "", "015")]
    assert code("The Islamic State group did not claim the bombing in Kerman.") == []
