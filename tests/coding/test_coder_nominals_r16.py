"""Nominal events and the clauses that trail a main clause, helper round 16: a weapon fired from a named state (or from
a stretch of land named for one) is that state's ('a drone launched from Yemen struck X'), also when the parser
makes the participle the main verb (and a drone that struck an unowned ship made an air strike, 195); an event noun
that is the object of a verb of completion ('wrapped up its raid', 'concluded a week of drills') is its subject's; a
"by" phrase that is a deadline ('by the end of June') is no agent; a relative clause with no relative word names the
doer of the noun it describes ('the sanctions Britain imposed'); a restating noun that the parser took for a second
object ('..., a move that X condemned'); a participle after a comma that the parser hung on a restrictive relative
clause trails the main clause; an act noun subject of a verb of its own kind ('a Chinese veto blocked ...') is its
doer's; subjects that are only feared ('fears of an X offensive have driven ...') name no doer; 'welcomed X's
removal of Y'; appeals from X that a clause defies; a noun row's object words read on its own preposition
('withdrawal from the deal'); an act of force that made the subject give ground ('X withdrew amid a Y offensive');
'its' in the aim of an act of force that frames a clause is the clause subject's ('Amid Y strikes on its grid, X
asked ...'); the content of a demand or appeal noun gives its sub-code ('X's demand for a withdrawal': 1056, 'calls
from X for a ceasefire': 0256); an attack of another side, aimed at someone named, that a verb of force meets is not
swallowed by that verb ('intercepted an Iranian missile barrage on Israel'); an appeal defied across a
parenthetical report ('X went on, officials said, despite appeals from Y')."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_a_weapon_fired_from_a_state_is_that_states(code: Callable[[str], Events]) -> None:
    assert code("A drone launched from Yemen struck a container ship in the Red Sea on Tuesday, the British "
                "maritime agency said.") == [("YEM", "", "195")]
    # the parser makes "fired" the main verb and "struck" its conjunct
    assert code("Missiles fired from Iran struck a military base in northern Israel overnight, the army "
                "said.") == [("IRN", "ISR", "195")]
    got = code("Shells fired from the Russian side of the border hit a hospital in the Ukrainian city of Sumy.")
    assert [e[:2] for e in got] == [("RUS", "UKRHLH")]
    # an owner named on the weapon outranks the place it was fired from; a maker's name is no firing state
    got = code("Russian drones launched from Belarus hit Kyiv overnight, Ukraine's air force said.")
    assert got == [("RUSMIL", "UKRGOV", "195")] and not [e for e in got if e[0].startswith("BLR")]
    assert code("Missiles fired from US-made launchers hit a depot in Crimea, Russia's defence ministry said.") == []
    assert code("Rockets fired by Hezbollah hit the Israeli town of Metula on Monday, the army said.") == [
        ("LBNREB", "ISR", "194")]
    # a drone strike is an air strike also when what it hit belongs to no one named
    assert code("A Houthi drone struck a commercial vessel in the Gulf of Aden on Monday.") == [("YEMREB", "", "195")]


def test_an_event_noun_completed_is_its_subjects(code: Callable[[str], Events]) -> None:
    assert code("Israel wrapped up its three-day raid on the Tulkarm refugee camp in the West Bank on Friday, "
                "the army said.") == [("ISR", "PSEREF", "190")]
    # a deadline in a "by" phrase is no agent
    got = code("Morocco completed its deportation of 300 Algerians to Algeria by the end of June, officials said.")
    assert got == [("MAR", "DZACVL", "174")]
    assert code("Armenia carried out the deportation of 30 Iranians by order of a court, officials said.") == []


def test_a_relative_clause_with_no_relative_word_names_the_doer(code: Callable[[str], Events]) -> None:
    assert code("The sanctions Britain imposed on Iran in March have frozen the assets of 12 officials, the "
                "Treasury said.") == [("GBR", "IRN", "163")]
    got = code("The airstrikes Pakistan carried out in Afghanistan on Monday killed eight people, the Taliban said.")
    assert got and all(e[0] == "PAK" and e[1].startswith("AFG") for e in got)
    # dated in the distant past, the clause is background
    assert code("The sanctions Britain imposed on Iran in 2012 were lifted under a later deal, officials "
                "recalled.") == []


def test_a_restating_move_parsed_as_a_second_object(code: Callable[[str], Events]) -> None:
    for text in ("Tokyo imposed export curbs on Russia on Friday, a move that Moscow condemned as hostile.",
                 "Tokyo imposed export curbs on Russia on Friday, a move condemned by Moscow as hostile."):
        got = code(text)
        assert ("RUSGOV", "JPNGOV", "111") in got and ("JPNGOV", "RUS", "163") in got
        assert ("RUSGOV", "RUS", "111") not in got  # the move is Tokyo's, not the curbs' target's


def test_an_act_noun_subject_and_a_participle_after_a_restrictive_relative(code: Callable[[str], Events]) -> None:
    got = code("A Chinese veto on Friday blocked a Security Council resolution that would have imposed an arms "
               "embargo on Myanmar, drawing criticism from Britain.")
    assert ("CHN", "IGOUNS", "129") in got and ("GBR", "CHN", "111") in got
    assert not [e for e in got if e[2] == "163"]  # the embargo was never imposed
    # a thing is still no doer of a verbal act
    assert code("A Turkish shipment of flour arrived in Gaza on Monday.") == []


def test_a_feared_act_names_no_doer(code: Callable[[str], Events]) -> None:
    assert code("Fears of an Israeli ground invasion of Rafah have driven thousands of families further south, aid "
                "workers said.") == []
    assert code("The prospect of an Iranian attack on Israel has driven oil prices higher, traders said.") == []


def test_welcomed_removal_and_defied_appeals(code: Callable[[str], Events]) -> None:
    got = code("Australia welcomed China's removal of tariffs on Australian wine on Friday.")
    assert ("AUS", "CHN", "051") in got and ("CHN", "AUS", "085") in got
    assert code("Israel pressed ahead with the offensive despite appeals from Egypt.") == [("EGY", "ISR", "020")]
    assert code("Repeated appeals from the UN envoy have gone unanswered, aid agencies said.") == [
        ("IGOUNO", "", "020")]
    assert code("Appeals for calm went unanswered.") == []


def test_a_withdrawal_from_a_deal_is_no_pullout_from_a_place(code: Callable[[str], Events]) -> None:
    got = code("Russia's withdrawal from the Black Sea grain deal was condemned by Turkey.")
    assert got == [("TUR", "RUS", "111")]
    assert code("Russia's withdrawal from Kherson was welcomed by Kyiv.") == [
        ("UKRGOV", "RUS", "051"), ("RUS", "UKR", "0874")]


def test_an_act_of_force_that_made_the_subject_give_ground(code: Callable[[str], Events]) -> None:
    got = code("Ukraine's army withdrew from the town of Avdiivka on Saturday amid a relentless Russian offensive, its "
               "commander said.")
    assert ("RUS", "UKRMIL", "190") in got
    # no one gave ground: the offensive names no one it was aimed at
    assert code("The UN evacuated its staff from Rafah amid an Israeli offensive, a spokesman said.") == []
    assert code("Prices of bread rose sharply amid a Russian offensive, traders said.") == []


def test_its_in_the_aim_of_a_framing_act_of_force_is_the_clause_subjects(code: Callable[[str], Events]) -> None:
    got = code("Amid repeated Russian strikes on its power grid, Ukraine asked its allies for more air defence "
               "systems on Monday.")
    assert ("RUS", "UKR", "190") in got and ("RUS", "", "190") not in got
    # "their own positions" are the attacker's: no target is read off the clause
    got = code("Ukraine asked its allies for air defence after Russian strikes on their own positions.")
    assert ("RUS", "UKR", "190") not in got


def test_the_content_of_a_demand_or_appeal_noun_gives_its_sub_code(code: Callable[[str], Events]) -> None:
    assert code("The junta's demand for a withdrawal of French troops from Niger was followed by weeks of "
                "protests.") == [("NERMIL", "FRAMIL", "1056")]
    assert code("Israel pressed ahead with the offensive despite calls from Egypt for a ceasefire.") == [
        ("EGY", "ISR", "0256")]
    got = code("Hamas rejected Israel's demand for the release of all hostages.")
    assert ("ISR", "PSEREB", "1053") in got
    # the withdrawal and the ceasefire asked for are not coded
    assert not [e for e in got if e[2] in ("0874", "0871")]
    assert code("Calls for a ceasefire grew louder on Monday.") == []


def test_an_attack_of_the_other_side_that_a_verb_of_force_meets_is_its_own_event(code: Callable[[str], Events]) -> None:
    got = code("An Iranian missile barrage on Israel overnight was largely intercepted by Israeli, US and British air "
               "defences, the Israeli military said.")
    assert ("IRN", "ISR", "195") in got
    got = code("Ukraine's air defences intercepted a Russian missile barrage on Kyiv overnight, the air force said.")
    assert ("RUS", "UKRGOV", "195") in got
    # an attack aimed at no one named stays the verb's own act
    assert code("Kenyan troops repelled an al-Shabaab attack on their base in Lamu.") == [("KENMIL", "SOMREB", "190")]
    # and sanctions one joins are not read again
    assert code("Lithuania joined the EU's sanctions against Belarus.") == [("LTU", "BLR", "163")]


def test_an_appeal_defied_across_a_parenthetical_report(code: Callable[[str], Events]) -> None:
    # the parser hangs "despite ..." on the report; the clause reported is the one that went on in spite of it
    got = code("Pakistan concluded its deportation of more than 400,000 Afghans to Afghanistan, the interior ministry "
               "said, despite appeals from the United Nations.")
    assert ("PAK", "AFGCVL", "174") in got and ("IGOUNO", "PAK", "020") in got
    assert code("Israel pressed ahead with the offensive, officials said, despite appeals from Egypt.") == [
        ("EGY", "ISR", "020")]
    assert ("EGY", "ISR", "020") not in code("Officials said despite appeals from Egypt that Israel would press ahead.")
