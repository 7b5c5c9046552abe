"""General rules of the event coder (issue #4), on sentences written for these tests.

Each test names the rule it guards: infinitive and small-clause complements of a verb, participle
clauses, coordinated modifiers, reciprocity, agentive subjects, where violence is aimed, who counts
as unarmed, and the clause that says where a sentence takes place. None of these sentences is taken
from the evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_infinitive_complement_selects_the_row(code: Callable[[str], Events]) -> None:
    # "declined to comment" is 011, not a rejection of anything
    assert code("The Kremlin declined to comment on the report.") == [("RUSGOV", "", "011")]


def test_small_clause_complement_selects_the_row(code: Callable[[str], Events]) -> None:
    assert code("A Dutch court found three Russian men guilty of murder.") == [("NLDJUD", "RUSCVL", "116")]


def test_denial_of_responsibility_is_coded(code: Callable[[str], Events]) -> None:
    # a denial is read (its row keeps other readings off the words) but gives no event: coding_gold.md
    assert code("Moscow denied involvement in the attack.") == []


def test_participle_beside_a_demand_is_asserted(code: Callable[[str], Events]) -> None:
    # "alleging fraud" is done by the opposition, not part of what it demanded
    events = code("Georgia's opposition parties demanded a rerun of the election, alleging fraud by the ruling party.")
    assert events == [("GEOOPP", "GEOGOV", "104"), ("GEOOPP", "GEOGOV", "112")]


def test_passive_participle_describing_a_noun_is_asserted(code: Callable[[str], Events]) -> None:
    events = code("Lithuania demanded that Minsk release a Lithuanian citizen detained by Belarusian border guards.")
    assert ("BLRCOP", "LTUCVL", "173") in events
    assert not any(c.startswith("084") for _a, _b, c in events)  # the release is only demanded


def test_coordinated_modifiers_are_each_an_actor(code: Callable[[str], Events]) -> None:
    events = code("Qatari and Egyptian mediators shuttled between Israeli and Hamas negotiators.")
    assert sorted(events) == [("EGYGOV", "ISRGOV", "045"), ("EGYGOV", "PSEREB", "045"),
                              ("QATGOV", "ISRGOV", "045"), ("QATGOV", "PSEREB", "045")]


def test_joint_attack_is_not_reciprocal(code: Callable[[str], Events]) -> None:
    assert code("French and German troops attacked the town.") == []
    assert code("India and Pakistan exchanged fire across the border.") == [("IND", "PAK", "190"),
                                                                             ("PAK", "IND", "190")]


def test_a_thing_does_not_visit(code: Callable[[str], Events]) -> None:
    assert code("A Turkish shipment of flour arrived in Egypt.") == []
    assert code("A Turkish delegation arrived in Egypt.") == [("TURGOV", "EGY", "042")]


def test_violence_is_aimed_at_the_country_where_it_strikes(code: Callable[[str], Events]) -> None:
    assert code("Israeli jets bombed targets in Syria.") == [("ISR", "SYR", "195")]


def test_show_of_force_is_aimed_at_the_country_it_surrounds(code: Callable[[str], Events]) -> None:
    assert code("Chinese warships stepped up patrols around Taiwan's outlying islands.") == [("CHNMIL", "TWN", "151")]


def test_nonstate_killing_of_unarmed_people_is_unconventional(code: Callable[[str], Events]) -> None:
    assert code("Militants killed two Americans in Kabul.") == [("AFGREB", "USACVL", "180")]


def test_main_clause_place_sets_the_country(code: Callable[[str], Events]) -> None:
    # Stockholm is in a clause describing the burning: the protesters are in Iraq
    events = code("Protesters stormed the Swedish embassy in Baghdad over a Koran burning in Stockholm.")
    assert events == [("IRQCVL", "SWEGOV", "145")]


def test_nominal_arrest_reads_its_of_phrase(code: Callable[[str], Events]) -> None:
    events = code("The arrest of the opposition leader by Turkish police sparked protests.")
    assert ("TURCOP", "TUROPP", "173") in events


def test_statement_at_a_venue_has_no_target(code: Callable[[str], Events]) -> None:
    assert code("Chile's foreign minister delivered a speech at a forum in Lima.") == [("CHLGOV", "", "010")]


def test_us_is_not_a_pronoun(code: Callable[[str], Events]) -> None:
    assert code("The US imposed new sanctions on Iran.") == [("USA", "IRN", "163")]


def test_staged_is_read_as_stage(code: Callable[[str], Events]) -> None:
    # the pipeline lemmatises "staged" as "stag": nlp.IRREGULAR_LEMMAS sets "stage"
    assert code("Farmers staged a protest in Paris.") == [("FRAAGR", "FRAGOV", "141")]


def test_unconsumed_object_noun_is_still_coded(code: Callable[[str], Events]) -> None:
    # "began" has no military event here, so its object "strike" is coded as the labour strike it is
    assert code("Kenyan doctors began a nationwide strike.") == [("KENHLH", "KENGOV", "143")]


def test_visit_implies_the_host_met(code: Callable[[str], Events]) -> None:
    events = code("Kenyan President William Ruto flew to Addis Ababa to consult Abiy Ahmed.")
    assert events == [("KENGOV", "ETH", "042"), ("ETHGOV", "KENGOV", "043")]


def test_carrying_is_not_visiting(code: Callable[[str], Events]) -> None:
    assert not any(c == "042" for _a, _b, c in code("Qatar flew 40 tonnes of medical supplies to Syria."))


def test_show_of_force_is_aimed_at_its_provoker(code: Callable[[str], Events]) -> None:
    events = code("South Korea put its military on high alert after North Korea's missile launch.")
    assert ("KOR", "PRK", "152") in events


def test_border_with_names_the_other_side(code: Callable[[str], Events]) -> None:
    assert code("Russia deployed additional troops along its border with Finland.") == [("RUS", "FIN", "154")]


def test_demonym_modifying_a_demanded_act_is_its_target(code: Callable[[str], Events]) -> None:
    assert code("Hamas demanded a full Israeli withdrawal from Gaza.") == [("PSEREB", "ISR", "1056")]


def test_protesters_attacking_is_a_violent_protest(code: Callable[[str], Events]) -> None:
    assert [c for _a, _b, c in code("Rioters attacked a hotel in Manchester.")] == ["145"]


def test_police_storming_is_a_seizure(code: Callable[[str], Events]) -> None:
    assert code("Ecuadorian police stormed the Mexican embassy in Quito.") == [("ECUCOP", "MEXGOV", "171")]


def test_brussels_as_an_actor_is_the_eu(code: Callable[[str], Events]) -> None:
    assert code("Serbia defied pressure from Brussels to impose sanctions on Russia.") == [("SRB", "IGOEEC", "128")]


def test_passive_event_noun_takes_its_verbs_recipient(code: Callable[[str], Events]) -> None:
    assert code("Humanitarian aid from Jordan was delivered to Gaza on Monday.") == [("JOR", "PSE", "073")]


def test_claim_of_responsibility_names_the_attacker(code: Callable[[str], Events]) -> None:
    events = code("Hezbollah claimed responsibility for the rocket attack on an Israeli army base.")
    assert [c for a, b, c in events if (a, b) == ("LBNREB", "ISRMIL") and c.startswith("19")] == ["194"]


def test_relative_pronoun_is_the_noun_it_describes(code: Callable[[str], Events]) -> None:
    assert ("RUS", "UKR", "192") in code("Russia, which invaded Ukraine in 2022, has been hit by Western sanctions.")


def test_possessor_with_an_of_phrase_is_the_agent(code: Callable[[str], Events]) -> None:
    # "his arrest": he was arrested; "Turkey's arrest of X": Turkey arrested X
    assert code("Turkey's arrest of a Swedish journalist angered Stockholm.") == [("TUR", "SWEMED", "173")]


def test_martial_law_is_coded(code: Callable[[str], Events]) -> None:
    assert code("Myanmar's junta imposed martial law in several townships.") == [("MMRMIL", "MMRCVL", "1724")]


def test_to_death_is_a_killing(code: Callable[[str], Events]) -> None:
    # "hack" alone is a cyber operation (17); "hacked to death" many villagers is a mass killing
    assert code("Militants hacked to death at least 40 villagers in Uganda.") == [("UGAREB", "UGACVL", "202")]


def test_suicide_bomber_is_a_suicide_bombing(code: Callable[[str], Events]) -> None:
    assert [c for _a, _b, c in code("A suicide bomber killed six policemen in Quetta, Pakistan.")] == ["1831"]


def test_a_clause_describing_the_object_does_not_set_the_country(code: Callable[[str], Events]) -> None:
    events = code("German prosecutors are investigating three men suspected of spying for China.")
    assert events == [("DEUJUD", "DEUCVL", "091")]


def test_party_of_the_abandoned_thing_is_the_target(code: Callable[[str], Events]) -> None:
    assert code("Hamas withdrew from the talks with Israel.") == [("PSEREB", "ISR", "164")]
