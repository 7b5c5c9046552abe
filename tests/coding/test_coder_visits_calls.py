"""Visits told as a stay (copulas, 'on a visit' frames), visits that are due, calls held as conversations, and
hosted talks between two parties (stays.py, visits.py, meetings.py, verbs.csv root 04 rows)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]
Code = Callable[..., Events]


def test_copular_visit_is_on_a_visit_to(code: Code) -> None:
    assert code("Kenyan President William Ruto is on a three-day visit to Ethiopia.") == [("KENGOV", "ETH", "042")]


def test_leading_on_a_visit_frames_the_subject(code: Code) -> None:
    assert sorted(code("On a visit to Kathmandu, India's foreign secretary discussed border issues with Nepalese "
                       "officials.")) == [("INDGOV", "NPL", "042"), ("INDGOV", "NPLGOV", "040")]
    assert code("The Ecuadorian foreign minister said on a visit to Lima that Peru was a close partner.") == [
        ("ECUGOV", "PER", "042")]


def test_stay_in_a_place_for_talks_or_on_a_visit(code: Code) -> None:
    assert code("Armenia's prime minister is in Paris on an official visit.") == [("ARMGOV", "FRA", "042")]
    assert code("Turkey's foreign minister is in Baghdad for talks on water sharing.") == [("TURGOV", "IRQ", "042")]
    assert sorted(code("The Brazilian president was in Luanda on Monday for talks with Angolan officials.")) == [
        ("AGOGOV", "BRAGOV", "043"), ("BRAGOV", "AGO", "042"), ("BRAGOV", "AGOGOV", "040")]


def test_stay_that_is_due(code: Code) -> None:
    assert code("Chinese Foreign Minister Wang Yi is due in Islamabad next week.", "2025-06-10") == [
        ("CHNGOV", "PAK", "036")]


def test_no_stay_negated_past_plan_or_thing(code: Code) -> None:
    assert code("Somalia's president is not in Nairobi for the talks.") == []
    assert code("The Malian junta leader was expected in Niamey but cancelled the trip.") == []
    assert code("Heavy rain is expected in Dhaka on Friday.") == []
    assert code("Kenya is for talks with the Somali government.") == []


def test_telephone_conversation_held_is_a_call(code: Code) -> None:
    assert sorted(code("Ruto and Museveni held a telephone conversation on Thursday.")) == [
        ("KENGOV", "UGAGOV", "041"), ("UGAGOV", "KENGOV", "041")]
    assert code("The Moroccan king had a phone conversation with the Mauritanian president.") == [
        ("MARGOV", "MRTGOV", "041")]


def test_talk_done_in_a_call_is_the_call(code: Code) -> None:
    assert code("Ruto spoke with Museveni in a telephone conversation on Thursday.") == [("KENGOV", "UGAGOV", "041")]


def test_hosted_talks_between_parties_imply_no_visits(code: Code) -> None:
    assert code("Qatar hosted talks between Rwanda and Congo.") == [("QAT", "RWA", "043"), ("QAT", "COD", "043")]
    assert code("Kenya hosted the Ugandan president.") == [("KEN", "UGAGOV", "043"), ("UGAGOV", "KEN", "042")]


def test_paid_a_visit_to_is_a_visit(code: Code) -> None:
    assert code("Chad's president paid a visit to Niger on Saturday.") == [("TCDGOV", "NER", "042")]
    assert code("Chad's president paid a courtesy call on the Nigerien president.") == [("TCDGOV", "NERGOV", "040")]
