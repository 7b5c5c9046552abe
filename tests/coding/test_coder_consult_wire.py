"""Consultations and diplomatic cooperation in wire phrasing (CAMEO roots 04 and 05): meetings at a third
location (044), nominal meetings and visits that fell through, joining talks, coordinated intransitive meetings,
and uses of praise, backing, hosting and travel verbs that are no event."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[..., list[tuple[str, str, str]]]


def test_meeting_at_a_third_location_is_044(code: Code) -> None:
    # coding_gold.md, "Visits": talks at a third location are 044 (both ways for "X and Y met")
    assert sorted(code("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met on the "
                       "sidelines of a summit in Prague.", "2022-10-07")) == [
        ("ARMGOV", "AZEGOV", "044"), ("AZEGOV", "ARMGOV", "044")]
    assert code("Kenya held talks with Uganda in Geneva.") == [("KEN", "UGA", "044")]
    assert sorted(code("Talks between Pakistan and Afghanistan's Taliban government were held in Doha on Friday.",
                       "2024-10-11")) == [("AFGGOV", "PAK", "044"), ("PAK", "AFGGOV", "044")]


def test_meeting_in_a_party_country_stays_040(code: Code) -> None:
    assert code("Kenya held talks with Uganda in Kampala.") == [("KEN", "UGA", "040")]


def test_descriptive_backing_is_no_endorsement(code: Code) -> None:
    # "X, which is backed by Y" / "militias backed by Y": a description (mostly armed sponsorship), not 051
    assert code("The M23, which is backed by Rwanda, attacked villages.") == []
    assert code("Somalia's bid was backed by Kenya.") == [("KEN", "SOM", "051")]


def test_welcoming_a_time_is_no_hosting(code: Code) -> None:
    assert code("Kenya's president welcomed the new year with a speech in Nairobi.", "2024-01-01") == []


def test_leisure_and_sporting_trips_are_no_visits(code: Code) -> None:
    assert code("The Brazilian national football team travelled to Buenos Aires for a World Cup qualifier.") == []
    assert code("The Australian cricket team toured Pakistan last month.", "2022-04-20") == []
    assert code("Tourists visiting Nepal flocked to Kathmandu's temples.") == []
    assert code("Brazil's president travelled to Buenos Aires.", "2024-05-15") == [("BRAGOV", "ARG", "042")]


def test_meetings_and_visits_called_off_are_no_events(code: Code) -> None:
    assert code("The Kenyan president's visit to Uganda was postponed.") == []
    assert code("A meeting between Kenya's president and Uganda's president was called off.") == []
    # no one is named as ruling the visit out: no refusal is coded (no 042 either)
    assert code("A visit by the Chinese president to Nepal has been ruled out.") == []
    assert code("Nepal ruled out a visit by the Chinese president.") == [("NPL", "CHNGOV", "120")]


def test_joining_talks_with_a_party(code: Code) -> None:
    assert code("Lebanon's prime minister engaged in talks with Syrian officials in Damascus.") == [
        ("LBNGOV", "SYRGOV", "040")]
    assert code("Kenyan officials took part in talks with Ugandan ministers.") == [("KENGOV", "UGAGOV", "040")]


def test_coordinated_parties_conferring(code: Code) -> None:
    assert sorted(code("Cuban and Mexican diplomats conferred in Havana on Monday.")) == [
        ("CUBGOV", "MEXGOV", "040"), ("MEXGOV", "CUBGOV", "040")]
    assert code("Kenya conferred its highest honour on the Ugandan president.") == []
