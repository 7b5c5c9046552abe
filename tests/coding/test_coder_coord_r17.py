"""Coordinated actors the coder used to drop, helper round 17 (coordination): a list of four names the parser
reads as an apposition ("Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"), a list of titled names whose first
the parser hangs loose on the verb, "X joined Y and Z in condemning", "their countries" after coordinated speakers,
"X's A and Y's B" read as one owner's name, companions given as "forces from A and B", a counted group noun that
refers back to a list ("the three Baltic states"), "accusing both of", a country word shared by coordinated agent
nouns ("British journalists and lawmakers"), "condemned and protested to Y", "welcomed the talks between X and Y"
(praise, not hosting), and no party dealing with its own country's officials. Sentences are written for these
tests (not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def _pairs(events: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


def test_list_of_four_read_as_apposition_keeps_every_member(code: Callable[[str], Events]) -> None:
    events = _pairs(code("The presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan met on Friday for an "
                         "annual consultative summit focused on water and energy, officials said."))
    members = ("KAZ", "KGZ", "TJK", "UZB")
    assert {(a, b, "040") for a in members for b in members if a != b} <= events
    assert not any(a == b for a, b, _ in events)


def test_list_of_four_sources_each_condemn(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Mali, Burkina Faso, Niger and Chad condemned France on Tuesday for what they called "
                         "interference in the affairs of the Sahel, a joint statement said."))
    assert {("MLI", "FRA", "111"), ("BFA", "FRA", "111"), ("NER", "FRA", "111"), ("TCD", "FRA", "111")} <= events
    assert not any(b in ("MLI", "BFA", "NER", "TCD") for _, b, _ in events)


def test_true_apposition_is_no_list(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Russia's closest ally, Belarus, condemned Lithuania on Monday for closing two border "
                         "crossings."))
    assert ("BLR", "LTU", "111") in events
    assert not any(a == "RUS" for a, _, _ in events)


def test_titled_names_in_a_list_each_take_part(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Greek Prime Minister Kyriakos Mitsotakis, Cypriot President Nikos Christodoulides and "
                         "Egyptian President Abdel Fattah al-Sisi condemned the attack on the Israeli embassy in "
                         "Cairo."))
    assert {("GRC", "ISR", "111"), ("CYP", "ISR", "111"), ("EGY", "ISR", "111")} <= events


def test_joined_two_partners_in_condemning(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Estonia joined Finland and Sweden in condemning Russia on Tuesday after a cable under the "
                         "Baltic Sea was damaged, the Estonian foreign ministry said."))
    assert {("EST", "RUS", "111"), ("FIN", "RUS", "111"), ("SWE", "RUS", "111")} <= events
    assert not any(b in ("FIN", "SWE") for _, b, _ in events)  # the partners are not condemned


def test_their_countries_after_coordinated_speakers(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Spain, Ireland and Norway said on Wednesday that their governments would formally "
                         "recognise a Palestinian state later this month."))
    assert {("ESP", "PSE", "032"), ("IRL", "PSE", "032"), ("NOR", "PSE", "032")} <= events


def test_its_forces_after_one_speaker_stays_one(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Russia said its forces had struck Ukrainian positions near Bakhmut overnight."))
    assert ("RUS", "UKR", "190") in events
    assert all(a == "RUS" for a, _, _ in events)


def test_companions_from_two_countries(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Kenyan troops, along with forces from Djibouti and Uganda, launched an offensive against "
                         "al-Shabaab militants in southern Somalia on Sunday, the African Union mission said."))
    assert {("KEN", "SOM", "190"), ("DJI", "SOM", "190"), ("UGA", "SOM", "190")} <= events


def test_counted_group_noun_refers_back_to_the_list(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Moscow expelled the ambassadors of Estonia, Latvia and Lithuania on Friday, accusing the "
                         "three Baltic states of what it called open hostility."))
    assert {("RUS", "EST", "112"), ("RUS", "LVA", "112"), ("RUS", "LTU", "112")} <= events
    assert ("RUS", "RUS", "112") not in events


def test_accusing_both_refers_to_the_coordinated_objects(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Britain sanctioned Iran and Syria on Monday, accusing both of supporting armed groups in "
                         "the region."))
    assert {("GBR", "IRN", "112"), ("GBR", "SYR", "112")} <= events


def test_country_word_shared_by_coordinated_agents(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Moscow sanctioned a group of British journalists and lawmakers on Monday, barring them "
                         "from entering Russia."))
    assert ("RUS", "GBR", "163") in events
    assert ("RUS", "RUS", "163") not in events


def test_condemned_and_protested_to_share_the_party(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Argentina condemned and protested to Britain over a military exercise near the Falkland "
                         "Islands, the foreign ministry said."))
    assert {("ARG", "GBR", "111"), ("ARG", "GBR", "114")} <= events


def test_welcomed_talks_between_two_parties_is_praise(code: Callable[[str], Events]) -> None:
    events = _pairs(code("The talks between Iran and Saudi Arabia were welcomed by Iraq and Oman on Monday as a "
                         "step toward easing tensions in the Gulf."))
    assert {("IRQ", "IRN", "051"), ("IRQ", "SAU", "051"), ("OMN", "IRN", "051"), ("OMN", "SAU", "051")} <= events
    assert not any(c in ("042", "043") for _, _, c in events)  # no one hosted anyone


def test_welcomed_a_guest_is_still_hosting(code: Callable[[str], Events]) -> None:
    events = _pairs(code("President Erdogan welcomed the Finnish president to Ankara on Friday for talks."))
    assert ("TUR", "FIN", "043") in events
    assert not any(c == "051" for _, _, c in events)


def test_coordinated_parties_do_not_meet_their_own_officials(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Prime Minister Keir Starmer said on Monday that Britain and France had agreed to deepen "
                         "cooperation on migration, after talks with President Emmanuel Macron in Paris."))
    assert not any(a == b for a, b, _ in events)
    assert ("GBR", "FRA", "040") in events


def test_coordination_in_hedged_and_negated_sentences_gives_nothing(code: Callable[[str], Events]) -> None:
    assert code("Officials in Washington and Seoul are weighing whether to hold another round of joint drills, "
                "according to two people familiar with the matter.") == []
    assert code("Neither Serbia nor Kosovo has agreed to the European Union's proposal for normalising relations, "
                "officials in Brussels said.") == []
    assert code("Floods in Pakistan and India killed more than 200 people this week, disaster officials in both "
                "countries said.") == []


def test_two_owned_names_are_two_parties(code: Callable[[str], Events]) -> None:
    events = _pairs(code("The EU's Josep Borrell and Turkey's Hakan Fidan discussed migration and trade in Ankara "
                         "on Thursday, the Turkish foreign ministry said."))
    assert {("EUR", "TUR", "040"), ("TUR", "EUR", "040")} <= events
    assert not any(b == "" or c[:2] != "04" for _, b, c in events)  # migration is a topic, no party


def test_coordinated_places_are_each_a_target(code: Callable[[str], Events]) -> None:
    events = _pairs(code("France recalled its ambassadors from Mali and Niger on Tuesday after the two juntas "
                         "ordered French troops out, the foreign ministry in Paris said."))
    assert {("FRA", "MLI", "161"), ("FRA", "NER", "161")} <= events
    events = _pairs(code("Ghana recalled its envoy from Togo and Benin expelled Ghana's ambassador."))
    assert ("GHA", "BEN", "161") not in events  # (Benin is the second clause's subject)


def test_talks_between_three_parties_pair_each(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Talks between Russia, Ukraine and Turkey on grain exports resumed on Monday, the UN said."))
    members = ("RUS", "UKR", "TUR")
    assert {(a, b, "040") for a in members for b in members if a != b} <= events
    assert not any(a == b for a, b, _ in events)


def test_each_accused_the_other(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Japan and China each accused the other on Sunday of violating airspace over the East China "
                         "Sea, as tensions over the disputed islands rose."))
    assert ("JPN", "CHN", "1123") in events and ("CHN", "JPN", "1123") in events
    assert code("Israel accused the other side of breaking the truce.") == []  # no 'each': no pair named


def test_coordinated_parties_yield_to_each_other_not_to_themselves(code: Callable[[str], Events]) -> None:
    events = _pairs(code("Armenia and Azerbaijan withdrew troops from sections of their shared border on Monday under "
                         "an agreement reached last month, officials in Yerevan said."))
    assert {("ARM", "AZE", "0874"), ("AZE", "ARM", "0874")} <= events
    assert not any(a == b for a, b, _ in events)
