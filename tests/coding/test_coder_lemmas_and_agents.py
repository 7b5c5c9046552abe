"""Irregular past forms the pipeline's lemmatizer leaves unlemmatized (``nlp.IRREGULAR_LEMMAS``), a state's
security service as an intelligence agency, and joining other states' sanctions."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def test_irregular_past_forms_are_lemmatized() -> None:
    from geoevents.nlp import IRREGULAR_LEMMAS, load_nlp

    nlp = load_nlp()
    for form, lemma in IRREGULAR_LEMMAS.items():
        doc = nlp(f"The government {form} the plan.")
        assert doc[2].lemma_ == lemma, form
    assert nlp("The army leaped forward.")[2].lemma_ == "leap"  # the lemmatizer's own forms are untouched


def test_leapt_to_the_defence_of(code: Code) -> None:
    assert code("Hungary leapt to the defence of Georgia's government.") == [("HUN", "GEOGOV", "052")]


def test_a_states_security_service_is_its_intelligence_agency(code: Code) -> None:
    assert code("Ukraine's security service accused Russia of the attack.") == [("UKRSPY", "RUS", "1123")]
    assert code("Ukraine's security service detained a Russian agent in Kyiv.") == [("UKRSPY", "RUS", "173")]
    assert code("The security service said the situation was calm.") == []


def test_joining_sanctions_imposes_them(code: Code) -> None:
    assert code("Lithuania joined the EU's sanctions against Belarus.") == [("LTU", "BLR", "163")]
    assert code("Japan joined Western sanctions against Russia.") == [("JPN", "RUS", "163")]
    assert code("Japan joined the sanctions.") == []  # no one named to sanction
    assert code("India declined to join Western sanctions on Russia.") == [("IND", "RUS", "1232")]


def test_a_finding_that_a_party_committed_crimes_is_an_accusation(code: Code) -> None:
    assert code("The United States determined that Sudan's army had committed war crimes.") == [
        ("USA", "SDNMIL", "1124")]
    assert code("The panel concluded that the strike was lawful.") == []


def test_a_preposition_hung_on_back_belongs_to_the_verb(code: Code) -> None:
    # the parser takes "back" for an adverb and hangs "into X" on it
    assert code("Israeli tanks pushed back into Rafah.") == [("ISRMIL", "PSE", "192")]
    assert code("Russian troops pulled back from Kherson.") == [("RUSMIL", "UKR", "0874")]
    assert code("The ship turned back from the Red Sea.") == []


def test_a_denial_with_saying_is_an_aside_that_keeps_its_own_polarity(code: Code) -> None:
    # "dismissed the report, saying X had not ...": the participle is no complement of the denial
    assert code("The Kremlin dismissed the report as fake, saying Russia had not deployed troops to Belarus.") == []
    # "it" in the participle's clause is the one who denies
    assert code("Israel denied the claim, saying it had struck only military targets in Gaza.") == [
        ("ISR", "PSE", "190")]
    assert code("Turkey condemned the raid, saying it violated Syria's sovereignty.") == []


def test_no_plans_is_no_intent(code: Code) -> None:
    assert code("Japan has no plans to send F-16s to Ukraine.") == []
    assert code("Japan announced plans to send F-16s to Ukraine.") == [("JPN", "UKR", "0332")]


def test_warships_sent_are_a_deployment_not_aid(code: Code) -> None:
    assert code("Britain sent two warships to the Red Sea.") == [("GBR", "", "150")]
    assert code("The Netherlands sent F-16s to Ukraine.") == [("NLD", "UKR", "072")]


def test_a_modifiers_conjuncts_modify_the_object(code: Code) -> None:
    assert code("Turkey sent search-and-rescue teams to Morocco after the earthquake.") == [("TUR", "MAR", "073")]


def test_foreign_troops_ordered_to_leave_are_expelled(code: Code) -> None:
    assert code("Chad ordered French troops to leave the country.") == [("TCD", "FRAMIL", "174")]
    assert code("Russia ordered its forces to leave Kherson.") == []  # its own: a pull-back
    assert code("The commander told troops to prepare for an assault.") == []


def test_a_participle_after_a_quoted_report_is_the_speakers(code: Code) -> None:
    # the quote's copular clause does no deed: the participle trails the one who spoke
    assert code("'We are far from peace,' Armenia's prime minister told reporters, striking a pessimistic note on "
                "talks with Azerbaijan.") == [("ARMGOV", "AZE", "012")]


def test_a_named_place_captured_is_occupied(code: Code) -> None:
    assert code("Russian forces captured Avdiivka.") == [("RUSMIL", "UKR", "192")]
    assert code("Israel's army captured Rafah.") == [("ISRMIL", "PSE", "192")]  # (the tagger: a person)
    assert code("Kenya captured the hearts of fans.") == []
    assert code("Israeli forces captured Hamas commander Yahya Sinwar.") == []


def test_a_crowd_out_for_leisure_holds_no_protest(code: Code) -> None:
    assert code("Thousands of tourists flooded the streets of Rome for the festival.") == []
    assert code("Fans filled the streets of Buenos Aires.") == []
    assert code("Thousands of protesters filled the streets of Tbilisi.") == [("GEOCVL", "GEOGOV", "141")]
    assert code("Fans marched through Lima to protest against the ban on the club.") == [("PERCVL", "PERGOV", "141")]


def test_a_body_suspending_a_state_whatever_the_tagger_calls_it(code: Code) -> None:
    # the tagger reads "Niger" as a facility and "Gabon" as a person here
    assert code("The African Union suspended Niger.") == [("IGOAFU", "NER", "160")]
    assert code("The AU suspended Gabon after the military coup.") == [("IGOAFU", "GAB", "160")]
    assert code("The party suspended Corbyn.") == []


def test_an_ethnic_group_acted_on_is_people_of_the_country(code: Code) -> None:
    assert code("RSF fighters killed hundreds of ethnic Masalit.") == [("SDNREB", "SDNCVL", "202")]


def test_the_north_in_a_story_about_the_koreas(code: Code) -> None:
    assert code("Seoul condemned the North's missile launch as a grave provocation.") == [
        ("KORGOV", "PRK", "111"), ("PRK", "", "150")]
    assert code("Storms battered the North of England.") == []
    assert code("Japan protested against the North's missile launch.") == []  # no Korea named: no reference


def test_people_named_by_calling_are_people(code: Code) -> None:
    assert code("Belarus sentenced a Nobel laureate to ten years in prison.") == [("BLR", "BLRCVL", "116")]
    assert code("Iran arrested a prominent economist.") == [("IRN", "IRNCVL", "173")]


def test_congo_alone_is_the_drc_for_places_as_for_actors(code: Code) -> None:
    # wire style: "Congo" is the Democratic Republic of the Congo, "Republic of Congo" is Brazzaville's
    assert code("Rebels killed 60 villagers in eastern Congo.") == [("CODREB", "CODCVL", "202")]


def test_a_sea_named_after_a_state_is_no_actor(code: Code) -> None:
    assert code("The US and the Philippines launched joint patrols in the South China Sea.") == [
        ("USA", "PHL", "062"), ("PHL", "USA", "062")]
    assert code("China condemned the transit of a US warship through the Taiwan Strait.") == [("CHN", "USA", "111")]


def test_a_named_news_outlet_suspended_or_banned(code: Code) -> None:
    assert code("Burkina Faso suspended the BBC.") == [("BFA", "GBRMED", "1721")]
    assert code("Mali suspended broadcasts of France 24 and RFI.") == [("MLI", "FRAMED", "1721")]
    assert code("Mali suspended France 24.") == [("MLI", "FRAMED", "1721")]
    assert code("The BBC suspended its presenter.") == []


def test_a_subject_hung_on_the_auxiliary(code: Code) -> None:
    # the parser may attach "it" to "was" rather than to "mediating"
    assert code("Qatar said it was mediating between Israel and Hamas.") == [
        ("QAT", "ISR", "045"), ("QAT", "PSEREB", "045")]
