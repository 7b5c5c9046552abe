"""Statements, appeals and intents in reported speech and other wire framings (CAMEO 01, 02, 03).

Sentences written for these tests (not from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]


# -- attention to a crisis: "said it was closely monitoring the situation in Y" is a statement about Y (010) --------

def test_monitoring_the_situation_in_a_country_is_a_statement_about_it(code: Code) -> None:
    assert code("Ghana's foreign ministry said it was closely monitoring the situation in neighbouring "
                "Burkina Faso.") == [("GHAGOV", "BFA", "010")]
    assert code("Chad's interior ministry said it was following the tensions along the border with Sudan "
                "with concern.") == [("TCDGOV", "SDN", "010")]


def test_following_as_a_frame_or_watching_as_spectators_is_no_statement(code: Code) -> None:
    assert code("Following the unrest in Kyrgyzstan, Kazakhstan closed its border crossings.") == []
    # (the protests themselves, placed in Tbilisi, are the civilians' event: geoevents.coding.crowds)
    assert code("Thousands of fans watched the protests in Tbilisi on television.") == [("GEOCVL", "GEOGOV", "141")]


# -- declining to comment in other shapes (011), said of nobody -------------------------------------------------------

def test_nothing_to_add_is_declining_to_comment(code: Code) -> None:
    assert code("The Pentagon said it had nothing to add to earlier statements on the drone incident.") == [
        ("USAMIL", "", "011")]


def test_refusing_to_be_drawn_on_a_question_is_declining_to_comment(code: Code) -> None:
    assert code("A spokesman for the Serbian government refused to be drawn on whether Belgrade would "
                "recognise the results.") == [("SRBGOV", "", "011")]
    assert code("Turkey refused to be drawn into the conflict between Armenia and Azerbaijan.") == []


def test_no_comment_on_a_topic_has_no_target(code: Code) -> None:
    assert code("The Kremlin said it had no comment on the reports of a prisoner exchange with Washington.") == [
        ("RUSGOV", "", "011")]


# -- "would be waiting in Y for talks with Z": ready to meet Z (036) -------------------------------------------------

def test_waiting_for_talks_with_a_party_is_an_intent_to_meet_it(code: Code) -> None:
    assert code("The Colombian government said it would be waiting in Havana for talks with the ELN.") == [
        ("COLGOV", "COLREB", "036")]
    assert code("The Armenian delegation is waiting in Washington for a meeting with Azerbaijan's foreign "
                "minister.") == [("ARMGOV", "AZEGOV", "036")]
    assert code("Residents are still waiting for talks on compensation.") == []


# -- police or peacekeepers offered to another country: an intent to provide protection (0334) ----------------------

def test_police_offered_to_another_country_is_an_intent_to_protect(code: Code) -> None:
    assert code("Benin has offered to send 2,000 police officers to Haiti, its foreign minister said.") == [
        ("BEN", "HTI", "0334")]
    assert code("Rwanda has offered to send 500 police officers to the Central African Republic.") == [
        ("RWA", "CAF", "0334")]
    assert code("Kenya will send more police officers to Mombasa to quell the riots.") == []
    assert code("Sudan's army said it would send police to Darfur.") == []


def test_peacekeepers_pledged_are_an_intent_to_protect(code: Code) -> None:
    assert code("Bangladesh pledged to send peacekeepers to South Sudan.") == [("BGD", "SSD", "0334")]


# -- admitting what one's own side did: 015 as well as the act --------------------------------------------------------

def test_admitting_its_own_soldiers_killed_is_claiming_responsibility(code: Code) -> None:
    assert code("The Colombian army admitted that its soldiers had killed two civilians by mistake in "
                "Cauca.") == [("COLMIL", "", "015"), ("COLMIL", "COLCVL", "180")]
    assert code("Israel acknowledged that Hamas had fired rockets at Tel Aviv.") == [("PSEREB", "ISR", "194")]


# -- a feeling participle the tagger took for a verb ------------------------------------------------------------------

def test_said_it_was_concerned_is_pessimism_beside_the_appeal(code: Code) -> None:
    assert code("Chile said it was concerned about the situation in Peru and called on Lima to hold talks "
                "with the protesters.") == [("CHL", "PER", "012"), ("CHL", "PERGOV", "026")]


# -- what an appeal asks for names its sub-code ------------------------------------------------------------------------

def test_an_appeal_to_resume_talks_settle_or_mediate(code: Code) -> None:
    assert code("The European Union called on Serbia and Kosovo to resume talks.") == [
        ("IGOEEC", "SRB", "026"), ("IGOEEC", "KSV", "026")]
    assert code("Kazakhstan urged Kyrgyzstan and Tajikistan to settle their border dispute through "
                "negotiations.") == [("KAZ", "KGZ", "027"), ("KAZ", "TJK", "027")]
    assert code("Somalia asked the African Union to mediate in its dispute with Ethiopia.") == [
        ("SOM", "IGOAFU", "028")]


def test_an_appeal_to_free_allow_aid_or_show_restraint(code: Code) -> None:
    assert code("France urged Iran to free the French citizens it is holding.") == [("FRA", "IRN", "0253")]
    assert code("Egypt urged Israel to allow more aid into Gaza.") == [("EGY", "ISR", "0255")]
    assert code("The UN secretary-general appealed to Ethiopia and Eritrea to exercise restraint.") == [
        ("IGOUNO", "ETH", "0256"), ("IGOUNO", "ERI", "0256")]


def test_a_call_for_release_or_talks_names_its_sub_code(code: Code) -> None:
    assert code("The Vatican called for the release of the priests abducted in Nicaragua.") == [("VAT", "", "0253")]
    assert code("Guyana called for talks with Venezuela over the Essequibo region.") == [("GUY", "VEN", "026")]
    assert code("Protesters in Belgrade called for the government's resignation.") == [("SRBCVL", "", "020")]


# -- one event per pair: the generic intent code gives way to its sub-code --------------------------------------------

def test_a_pledge_of_money_to_help_is_one_economic_aid_pledge(code: Code) -> None:
    assert code("Saudi Arabia pledged 500 million dollars to help rebuild Yemen.") == [("SAU", "YEM", "0331")]


# -- an offer to host talks between two others is an offer to mediate (039) -------------------------------------------

def test_offering_to_host_talks_between_two_parties_is_an_offer_to_mediate(code: Code) -> None:
    assert code("Egypt offered to host the next round of talks between Israel and Hamas.") == [
        ("EGY", "ISR", "039"), ("EGY", "PSEREB", "039")]
    assert code("Turkey offered to host a meeting between Putin and Zelensky.") == [
        ("TUR", "RUSGOV", "039"), ("TUR", "UKRGOV", "039")]


# -- the party a statement's topic names: "concern about the fighting in eastern Congo" ------------------------------

def test_the_place_or_party_of_a_concern_is_its_target(code: Code) -> None:
    assert code("The African Union expressed deep concern about the renewed fighting in eastern Congo.") == [
        ("IGOAFU", "COD", "012")]
    assert code("Greece's foreign minister said he was hopeful about the resumption of talks with Turkey.") == [
        ("GRCGOV", "TUR", "013")]
    assert code("Lebanon's prime minister said he was pessimistic about the chances of electing a "
                "president.") == [("LBNGOV", "", "012")]
    # one statement about the country, not one per actor of it the topic names
    assert code("The Indian foreign ministry commented on the arrest of the opposition leader in the "
                "Maldives.") == [("INDGOV", "MDVOPP", "010")]
