"""Doers and parties, helper round 17: a veto with no party named is cast in the one organisation of states the
sentence names; the 'it' a verb of giving takes stands for the one state named as a recipient
earlier in the sentence ('X has not sold jets to Taipei, although Y firms have supplied it ...'); a response or a
break in relations with no party named is aimed at the side a trailing 'accusing / blaming X' clause names, and a
participle between a reported clause with its own subject and a parenthetical report is that subject's; an act of
force that is the setting of a passive clause ('a depot in X was destroyed in a Y drone attack') struck what the
clause's subject names; 'in defiance / violation of' is done by the clause's subject (a court order: its own
courts); the aim of an act noun that the parser hung on a verb of judgment ('condemned X's raid on Y') is the
noun's."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def _pairs(got: Events) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in got}


def test_it_of_a_verb_of_giving_is_the_recipient_named_before(code: Callable[[str], Events]) -> None:
    got = _pairs(code("Italy has not delivered air defence systems to Kyiv, officials in Rome said, although Spain "
                      "has supplied it with Hawk launchers."))
    assert got == {("ESP", "UKR", "072")}
    got = _pairs(code("Washington has not sold fighter jets to Taipei, US officials said, although American firms "
                      "have supplied it with anti-ship missiles and radars."))
    assert got == {("USA", "TWN", "072")}
    # two recipients named before: 'it' is not resolved
    got = _pairs(code("Norway has not sent tanks to Ukraine, although Denmark and the Netherlands have sent tanks to "
                      "Poland and Germany has supplied it with munitions."))
    assert not [e for e in got if e[0] == "DEU"]
    # an 'it' that a verb of judgment takes is the act, not the party the act was aimed at
    got = _pairs(code("Russia attacked Ukraine's power grid overnight, and the European Union condemned it as a war "
                      "crime."))
    assert not [e for e in got if e[1] == "UKR" and e[2] == "111"]


def test_a_response_is_aimed_at_the_side_a_trailing_clause_blames(code: Callable[[str], Events]) -> None:
    got = _pairs(code("The Israeli cabinet recalled its negotiators from Cairo on Sunday, accusing Hamas of rejecting "
                      "a proposal for a hostage deal."))
    assert got == {("ISR", "PSE", "164"), ("ISR", "PSE", "112")}
    assert not [e for e in got if e[1] == "EGY"]  # Cairo is where the talks were, not a party
    got = _pairs(code("Lithuania recalled its ambassador from Beijing on Tuesday, accusing China of economic "
                      "coercion, the foreign ministry said."))
    assert ("LTU", "CHN", "112") in got
    # a reported clause with its own subject, before the parenthetical report: the subject accuses
    got = _pairs(code("Kosovo closed two border crossings on Sunday, accusing Serbia of stirring unrest in the north, "
                      "the interior minister said."))
    assert ("KSV", "SRB", "112") in got
    # a leading report with a passive clause: still the reporter's blame
    got = _pairs(code("Pakistan's army said six soldiers were killed in an ambush on Sunday, blaming the Pakistani "
                      "Taliban."))
    assert got == {("PAK", "PAK", "112")}


def test_an_attack_that_a_passive_clause_happened_in_struck_its_subject(code: Callable[[str], Events]) -> None:
    got = _pairs(code("A fuel depot in the Russian city of Bryansk was set ablaze in a Ukrainian drone attack "
                      "overnight, the regional governor said."))
    assert [e[:2] for e in got] == [("UKR", "RUS")]
    got = _pairs(code("Two power stations in the Kharkiv region were damaged in a Russian missile attack overnight, "
                      "Ukraine's energy ministry said."))
    assert got == {("RUS", "UKR", "195")}
    got = _pairs(code("Three Israeli soldiers were wounded in a Hezbollah missile attack on Sunday, the army said."))
    assert got == {("LBN", "ISR", "195")}
    # no doer named: no event, and a fire is no attack
    assert code("A grain warehouse near Odesa was destroyed in a fire on Wednesday, the local governor said.") == []
    assert code("A Russian ammunition depot was destroyed in an explosion near Belgorod, the regional governor "
                "said, without naming a cause.") == []


def test_defiance_of_a_rule_is_the_clause_subjects(code: Callable[[str], Events]) -> None:
    got = _pairs(code("Malaysia deported 150 Myanmar nationals on Monday in defiance of a court order that had halted "
                      "their removal, rights groups said."))
    assert ("MYS", "MYS", "128") in got and ("MYS", "MMR", "174") in got
    # a court of no country named and no doer: nothing for the defiance
    got = _pairs(code("Two Palestinians were killed in the West Bank on Friday in violation of international law, a UN "
                      "envoy said."))
    assert not [e for e in got if e[2] == "128"]


def test_the_aim_of_a_condemned_act_hung_on_the_verb(code: Callable[[str], Events]) -> None:
    got = _pairs(code("The United Nations condemned Israel's air strike on a school in Gaza City on Saturday."))
    assert ("ISR", "PSE", "195") in got and [e for e in got if e[2] == "111" and e[1] == "ISR"]
    assert not [e for e in got if e[0] == "ISR" and e[1] == "ISR"]
    got = _pairs(code("Jordan condemned the Israeli raid on the Jenin refugee camp on Monday, the foreign ministry "
                      "said."))
    assert ("JOR", "ISR", "111") in got and [e for e in got if e[0] == "ISR" and e[1] == "PSE"]
    # a date is no aim; and "blamed the bombing on X" names whom the speaker blames, not what was bombed
    got = _pairs(code("Turkey condemned Israel's strike on Saturday, calling it a massacre."))
    assert not [e for e in got if e[0] == "ISR"]
    got = _pairs(code("Egypt blamed the attack on Hamas in a statement on Sunday."))
    assert not [e for e in got if e[1] == "PSE" and e[2][:2] == "19"]


def test_a_veto_is_cast_in_the_one_body_named(code: Callable[[str], Events]) -> None:
    got = code("The Security Council failed to adopt a resolution demanding a humanitarian ceasefire in Gaza after the "
               "United States cast its veto.")
    assert [(a[:3], c) for a, _, c in got] == [("USA", "129")] and got[0][1].startswith("IGO")
    assert code("Russia cast its veto on Thursday, diplomats said.") == []  # no body named: no party
