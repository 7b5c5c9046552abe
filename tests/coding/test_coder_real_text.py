"""Constructions found by reading the coder's output on whole articles (our sample corpus and the seeds), each
tested on sentences written for this file.

Texts an actor issues ("passed a resolution condemning X"), civilian titles ending in "general", forecasts that
are not threats ("X warned that Y could ..."), military defence of places (not CAMEO 052), prisoner swaps between
two parties, and protests against "the government's plan to ... from X".
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_a_resolution_or_statement_speaks_for_its_issuer(code: Callable[[str], Events]) -> None:
    assert code("The UN Human Rights Council passed a resolution condemning Myanmar over the crackdown.") == [
        ("IGOUNO", "MMR", "111")]
    assert code("A resolution condemning Russia's annexation was adopted by the UN General Assembly.") == [
        ("IGOUNO", "RUS", "111")]
    assert code("In a statement urging Serbia to show restraint, the German foreign ministry said talks must go on."
                ) == [("DEUGOV", "SRB", "0256")]
    # the statement's content is the event, not a second "made a statement" (010)
    assert ("JPNGOV", "", "010") not in code(
        "Japan's foreign ministry issued a statement welcoming the ceasefire between Armenia and Azerbaijan.")
    assert code("Ukraine's foreign ministry issued a statement on Tuesday.") == [("UKRGOV", "", "010")]


def test_a_civilian_title_ending_in_general_is_not_a_military_rank(code: Callable[[str], Events]) -> None:
    assert code("IAEA Director General Rafael Grossi visited Tehran on Monday.") == [("IAEIGO", "IRNGOV", "042")]


def test_a_forecast_of_another_party_is_not_a_threat(code: Callable[[str], Events]) -> None:
    assert code("Estonia's foreign minister warned that Russia could soon test NATO's resolve in the Baltic.") == []
    # a threat: what the warned party will undergo, or the speaker's own side acting
    assert code("Iran warned that Israel would pay a heavy price for the strike.") == [("IRN", "ISR", "130")]
    assert code("Beijing warned Manila that it would respond firmly to further incursions.") == [
        ("CHNGOV", "PHLGOV", "130")]


def test_holding_a_place_by_force_is_not_verbal_defence(code: Callable[[str], Events]) -> None:
    assert code("Ukrainian troops defended Bakhmut for months against Russian assaults.") == []
    assert code("Kenyan soldiers defended the Garissa base against an al-Shabaab attack.") == []
    assert code("The United States defended Israel against criticism at the UN Security Council.") == [
        ("USA", "ISR", "052")]


def test_a_swap_is_done_by_each_party_to_the_other(code: Callable[[str], Events]) -> None:
    assert code("Armenia and Azerbaijan swapped detainees at their border.") == [
        ("ARM", "AZE", "0841"), ("AZE", "ARM", "0841")]
    assert code("Ukraine and Russia exchanged 95 prisoners of war on Friday in a deal brokered by the UAE.") == [
        ("UKR", "RUS", "0841"), ("RUS", "UKR", "0841"), ("ARE", "UKR", "045"), ("ARE", "RUS", "045")]


def test_a_protest_against_the_governments_plan_is_aimed_at_that_government(code: Callable[[str], Events]) -> None:
    assert code("Polish farmers protested against the government's plan to import grain from Ukraine.") == [
        ("POLAGR", "POLGOV", "141")]
    assert code("Residents of Armenia's Tavush province blocked a highway to protest against the government's "
                "decision to hand villages back to Azerbaijan.") == [("ARMCVL", "ARMGOV", "144")]


def test_a_participle_of_a_show_of_force_tells_its_means(code: Callable[[str], Events]) -> None:
    assert code("China's military launched exercises around Taiwan, sending warships and fighter jets to surround "
                "the island.") == [("CHNMIL", "TWN", "150")]
    # sending arms as the main act is still aid
    assert code("Germany stepped up its support for Ukraine, sending tanks and air-defence systems to Kyiv.") == [
        ("DEU", "UKRGOV", "072")]


def test_a_feeling_participle_and_a_verb_sharing_its_subject(code: Callable[[str], Events]) -> None:
    # "was concerned by X" is the subject's state of mind (012), and "called on" shares that subject
    assert code("In Washington, the State Department said it was seriously concerned by the drills and called on "
                "Beijing to act with restraint.") == [("USAGOV", "", "012"), ("USAGOV", "CHNGOV", "0256")]
    assert code("Japan was alarmed by North Korea's missile launch.") == [("JPN", "PRK", "012"), ("PRK", "", "150")]


def test_a_free_relative_names_the_target(code: Callable[[str], Events]) -> None:
    # "on what it said were X", "what it called X": X is what was struck
    assert code("Pakistan carried out air strikes on what it said were militant hideouts in Iran on Thursday.") == [
        ("PAK", "IRN", "195")]
    assert code("Israel struck what it called Hezbollah weapons depots in southern Lebanon.") == [
        ("ISR", "LBNREB", "190")]


def test_a_leading_it_is_the_previous_sentences_body(code: Callable[[str], Events]) -> None:
    assert code("On Wednesday, Pakistan recalled its ambassador from Tehran. It accused Iran of an unprovoked "
                "violation of its airspace.") == [("PAK", "IRN", "161"), ("PAK", "IRN", "1123")]
    # only a country or organisation subject carries over, and an expletive "It is ..." breaks the chain
    assert code("Officials said the talks had failed. It accused Iran of stalling.") == []
    assert code("Chile accused Peru of stalling. It is unclear what comes next. It accused Peru of lying.") == [
        ("CHL", "PER", "112")]


def test_a_past_reference_point_or_a_possibility_is_not_reported_as_an_event(code: Callable[[str], Events]) -> None:
    assert code("The talks were the first since Russia invaded Ukraine.") == []
    assert code("It was the worst attack since Hamas stormed Israel in October.") == []
    assert code("Donors met in Paris, marking one year since war broke out between the army and the RSF.") == []
    assert code("The move clears the way for South Korea to resume live-fire drills near the border.") == []
    # a causal "since", and the same events told as news, are still coded
    assert code("Since Russia refused to negotiate, Ukraine launched a counteroffensive against Russian forces.") == [
        ("UKR", "RUSMIL", "190")]
    assert code("Fighting broke out between the army and the RSF in Khartoum on Saturday.") == [
        ("SDNMIL", "SDNREB", "190"), ("SDNREB", "SDNMIL", "190")]


def test_deaths_caused_by_strikes_or_shelling_are_the_strike(code: Callable[[str], Events]) -> None:
    assert code("Israeli air strikes killed 20 people in Rafah overnight.") == [("ISR", "PSECVL", "195")]
    assert code("Russian shelling killed three civilians in Kherson.") == [("RUS", "UKRCVL", "194")]
    # gunmen and troops who kill are still coded as killers
    assert code("Gunmen killed 12 villagers in Plateau state.") == [("NGAUAF", "NGACVL", "180")]


def test_a_group_noun_stands_for_the_pair_named_before(code: Callable[[str], Events]) -> None:
    # "the allies" in the same sentence, "the two sides" in the next one
    assert code("China urged the United States and South Korea to refrain from provocations, a day after the "
                "allies began their largest joint drills in years.") == [
        ("CHN", "USA", "0256"), ("CHN", "KOR", "0256"), ("USA", "KOR", "062"), ("KOR", "USA", "062")]
    assert code("Serbia and Kosovo agreed to talks. The two sides will meet in Brussels next week.") == [
        ("SRB", "KSV", "030"), ("KSV", "SRB", "030"), ("SRB", "KSV", "036"), ("KSV", "SRB", "036")]
    # a group with a name or an owner of its own is not the pair
    assert code("Serbia and Kosovo agreed to talks. Western allies will meet in Brussels next week.") == [
        ("SRB", "KSV", "030"), ("KSV", "SRB", "030")]


def test_each_other_is_done_by_each_party_to_the_other(code: Callable[[str], Events]) -> None:
    assert code("Armenia and Azerbaijan blamed one another for the shelling.") == [
        ("ARM", "AZE", "112"), ("AZE", "ARM", "112")]
    assert code("The leaders of Egypt and Qatar spoke with each other by phone.") == [
        ("EGYGOV", "QATGOV", "041"), ("QATGOV", "EGYGOV", "041")]


def test_a_relative_which_after_a_place_is_not_the_place(code: Callable[[str], Events]) -> None:
    # "which" after "in Beirut" tells what the strike did; Beirut's government killed no one
    assert code("Hezbollah vowed revenge against Israel for the drone strike on a building in Beirut, which killed "
                "a senior commander.") == [("LBNREB", "ISR", "138"), ("ISR", "LBN", "1952")]
    assert code("Pakistan protested against the raid on a village in Kabul, which killed three men.") == [
        ("PAK", "AFG", "114")]  # (a state that protests complains officially)


def test_traded_accusations_and_fire_are_each_on_the_other(code: Callable[[str], Events]) -> None:
    assert code("Armenia and Azerbaijan exchanged accusations of ceasefire violations.") == [
        ("ARM", "AZE", "112"), ("AZE", "ARM", "112")]
    # barbs are criticism (111), accusations 112 (test_coder_idioms_r17)
    assert code("India traded barbs with Pakistan at the UN General Assembly.") == [("IND", "PAK", "111")]
    # a reciprocal exchange of fire is not aimed at the place it is about
    assert code("China and the United States traded fire over Taiwan.") == [
        ("CHN", "USA", "193"), ("USA", "CHN", "193")]
