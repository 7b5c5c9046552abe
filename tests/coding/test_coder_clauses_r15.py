"""Second events in subordinate constructions, helper round 15: a judging participle after a parenthetical report
is the reporter's and judges the reported doer ('..., Manila said, calling the move illegal'); a deed participle
after such a report is the reported clause's ('..., officials said, killing three'); 'calling it a threat';
'it' in an 'after' clause is the main clause's body; a trailing participle with no subject of its own is done by
the doers of the clause it trails ('Thousands marched, demanding ...'); perfect participles ('Having met X, Y ...',
'Having been expelled by X, Y ...'); an apposition after a named body does not name the actor ('Moscow, the main
backer of Assad, ...'); a "by" phrase inside a clause describing a passive verb's subject is not the passive
verb's agent; an inverted speaker before an 'after' clause ('said X after Y torched ...'); 'accusing it of' after
an act aimed at a party ('imposed sanctions on X', 'filed a case against X')."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str, str]]


def test_judging_participle_after_a_parenthetical_report(code: Callable[[str], Events]) -> None:
    got = code("Chinese coast guard ships fired water cannon at a Philippine supply boat, Manila said, "
               "calling the move illegal.")
    assert ("CHNCOP", "PHL", "175") in got and ("PHLGOV", "CHNCOP", "111") in got
    got = code("The Houthis fired a missile at a tanker, the US military said, calling the attack reckless.")
    assert ("USAMIL", "YEMREB", "111") in got
    # the reporter does not judge itself, and the reported deed keeps its doer
    assert ("YEMREB", "USAMIL", "111") not in got and ("USAMIL", "USAMIL", "111") not in got
    got = code("North Korea launched two ballistic missiles on Thursday, Japan's defence ministry said, "
               "calling the launch a grave threat.")
    assert got == [("PRK", "", "150"), ("JPNMIL", "PRK", "111")]
    # a judgement of a non-political act is no event
    assert code("The central bank raised interest rates, the governor said, calling the move necessary.") == []


def test_calling_an_act_a_threat_judges_its_owner(code: Callable[[str], Events]) -> None:
    got = code("Guyana rejected Venezuela's referendum on the Essequibo region, calling it a threat to peace.")
    assert ("GUY", "VEN", "111") in got
    assert code("Poland described Russia as a threat to Europe.") == [("POL", "RUS", "111")]
    assert code("Officials called the threat of flooding serious.") == []


def test_deed_participle_after_a_report_is_the_reported_clauses(code: Callable[[str], Events]) -> None:
    assert code("Russian troops shelled Kherson, Ukrainian officials said, killing three civilians.") == [
        ("RUSMIL", "UKRCVL", "194")
    ]
    got = code("Israeli jets struck a school in Gaza, the civil defence agency said on Sunday, killing at least "
               "20 people.")
    assert all(a[:3] == "ISR" for a, _, _ in got) and got
    assert code("Heavy snow closed roads in Kabul, officials said, stranding hundreds of travellers.") == []


def test_it_in_a_framing_clause_is_the_main_clauses_body(code: Callable[[str], Events]) -> None:
    got = code("Mali's junta expelled the French ambassador weeks after it accused Paris of backing jihadists.")
    assert ("MLIMIL", "FRAGOV", "112") in got and ("MLIMIL", "FRAGOV", "174") in got
    got = code("China suspended climate talks with Washington after it condemned the US arms sale.")
    assert ("CHN", "USAGOV", "164") in got
    # an undated "it" of a passive clause names no one
    assert code("Ukraine said the village was shelled after it was retaken.") == []


def test_trailing_participle_takes_the_doers_of_its_clause(code: Callable[[str], Events]) -> None:
    assert code("Thousands marched in Tbilisi on Sunday, demanding the government withdraw the foreign agents "
                "bill.") == [("GEOCVL", "GEOGOV", "141"), ("GEOCVL", "GEOGOV", "1042")]  # (withdrawing a bill: 1042)
    assert code("Thousands rallied in Belgrade on Saturday, accusing the government of covering up corruption.") == [
        ("SRBCVL", "SRBGOV", "141"), ("SRBCVL", "SRBGOV", "112")]
    assert code("Thousands of fans gathered in Madrid, celebrating the victory.") == []


def test_perfect_participles(code: Callable[[str], Events]) -> None:
    assert code("Having met the Chinese foreign minister in Beijing, Blinken flew to Seoul on Friday.") == [
        ("USAGOV", "CHNGOV", "040"), ("USAGOV", "KOR", "042")]
    assert code("Having been expelled by Mali, the French ambassador returned to Paris.") == [
        ("MLI", "FRAGOV", "174")]
    assert code("Having won the election, the new president thanked voters in a speech in Jakarta.") == []


def test_apposition_after_a_named_body(code: Callable[[str], Events]) -> None:
    assert code("Moscow, the main backer of Assad, launched air strikes on rebel-held Idlib.") == [
        ("RUSGOV", "SYRREB", "195")]
    assert code("Ankara, the biggest backer of Hamas in NATO, recalled its ambassador from Israel.") == [
        ("TURGOV", "ISR", "161")]
    # a person named by apposition is still the actor
    assert code("Hassan Nasrallah, the Hezbollah leader, praised Iran.") == [("LBNREB", "IRN", "051")]


def test_agent_of_a_describing_clause_is_not_the_passive_verbs(code: Callable[[str], Events]) -> None:
    got = code("Evan Gershkovich, the reporter arrested by Russian security services last year, was freed in a "
               "prisoner swap.")
    assert ("RUSCOP", "RUSMED", "173") in got and not any(c == "0841" for _, _, c in got)
    assert code("Sanctions were imposed on Iran by the EU.") == [("IGOEEC", "IRN", "163")]
    assert code("Alaa Abdel Fattah, the activist jailed by an Egyptian court in 2021, was pardoned on Monday.") == []


def test_inverted_speaker_before_an_after_clause(code: Callable[[str], Events]) -> None:
    got = code('"We condemn this attack in the strongest terms," said Jordan\'s foreign minister after settlers '
               "torched homes in the West Bank.")
    assert got == [("ISRCVL", "PSECVL", "1712")]
    got = code('"This is a brutal crime," said Ukraine\'s president after Russian missiles struck a children\'s '
               "hospital in Kyiv.")
    assert [c for _, _, c in got] == ["195"] and got[0][0][:3] == "RUS"


def test_accusing_it_after_an_act_aimed_at_a_party(code: Callable[[str], Events]) -> None:
    got = code("South Africa filed a genocide case against Israel at the World Court, accusing it of killing "
               "civilians in Gaza.")
    assert ("ZAF", "ISR", "115") in got and ("ZAF", "ISR", "112") in got
    assert code("The EU imposed new sanctions on Belarus, accusing it of rigging the election.") == [
        ("IGOEEC", "BLR", "163"), ("IGOEEC", "BLR", "112")]
    # the pronoun still agrees with a person the verb acted on
    assert code("Venezuela expelled the Argentine diplomats, accusing them of meddling in its elections.") == [
        ("VEN", "ARGGOV", "174"), ("VEN", "ARGGOV", "112")]


def test_he_in_what_a_trailing_participle_reports_is_the_object(code: Callable[[str], Events]) -> None:
    assert code("Sweden expelled an Iranian diplomat, saying he had violated the Vienna convention.") == [
        ("SWE", "IRNGOV", "174"), ("SWE", "IRNGOV", "112")]
    assert code("Belgium expelled two Russian diplomats, saying they had violated diplomatic norms.") == [
        ("BEL", "RUSGOV", "174"), ("BEL", "RUSGOV", "112")]
    # a person speaking may mean himself; "it" after a condemned act is the act
    assert ("RUSGOV", "CHNGOV", "112") not in code("Putin praised the Chinese envoy, saying he would visit Beijing.")
    assert code("Turkey condemned the raid, saying it violated Syria's sovereignty.") == []


def test_relatives_acting_for_detainees(code: Callable[[str], Events]) -> None:
    got = code("Relatives of the fishermen detained by Indian authorities protested outside the foreign ministry "
               "in Islamabad.")
    assert ("INDGOV", "PAKCVL", "173") in got and ("PAKCVL", "PAKGOV", "141") in got
    assert code("The relative calm in Gaza ended on Monday.") == []


def test_criticism_drawn_by_a_trailing_participle(code: Callable[[str], Events]) -> None:
    assert code("Israel struck Beirut overnight, drawing condemnation from France.") == [
        ("ISR", "LBNGOV", "190"), ("FRA", "ISR", "111")]
    assert code("North Korea fired a ballistic missile into the sea, drawing a rebuke from Japan and South Korea.") == [
        ("PRK", "", "150"), ("JPN", "PRK", "111"), ("KOR", "PRK", "111")]
    assert code("The film drew praise from critics, earning an award.") == []


def test_absolute_clause_misread_as_a_noun_phrase(code: Callable[[str], Events]) -> None:
    got = code("Hezbollah fired rockets at northern Israel, with Israeli artillery pounding villages in Lebanon.")
    assert ("LBNREB", "ISR", "194") in got and ("ISRMIL", "LBN", "194") in got
    assert code("Fighting raged in Khartoum, with the army bombing RSF positions near the airport.") == [
        ("SDNMIL", "SDNREB", "195")]
    # an "-ing" noun of its own, or an absolute clause with no political act, stays as it was
    assert code("The war dragged on, with the army bombing campaign intensifying.") == []
    assert code("Spain beat England in the final, with fans celebrating in the streets of Madrid.") == []
