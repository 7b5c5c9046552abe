"""Cooperation (CAMEO 05 and 06) in harder shapes, round 18: acts named as nouns whose giver is a "from" phrase,
"between" phrases of shared intelligence, wanted people handed over, joint acts in relative clauses, "joined X in
drills", co-doers named "alongside" the subject, and praise of an appointment (no hosting). Our own sentences."""

from __future__ import annotations

from collections.abc import Callable

Code = Callable[[str], list[tuple[str, str, str]]]


def _short(events: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(a[:3], b[:3], c) for a, b, c in events}


# -- judicial cooperation (063) ---------------------------------------------------------------------------------
def test_extradition_noun_names_its_giver_with_from(code: Code) -> None:
    got = _short(code("The extradition of a Turkish businessman from Georgia to Turkey on Tuesday ended a two-year "
                      "legal battle, the Georgian justice ministry said."))
    assert ("GEO", "TUR", "063") in got
    assert not any(e[0] == "TUR" and e[2] == "063" for e in got)


def test_extradited_in_a_relative_clause_is_not_done_by_the_person(code: Code) -> None:
    got = _short(code("The former militia leader, who was extradited from Belgium to Rwanda last week, appeared in "
                      "court in Kigali on Monday to face genocide charges, prosecutors said."))
    assert ("BEL", "RWA", "063") in got
    assert not any(e[0] == "RWA" for e in got)


def test_wanted_people_handed_over(code: Code) -> None:
    assert _short(code("Bangladesh handed over 23 suspected insurgents to India at a border checkpoint on Thursday, "
                       "Indian officials said.")) == {("BGD", "IND", "063")}
    got = _short(code("Lebanon handed over to Syria on Tuesday three men suspected of smuggling weapons across the "
                      "border, a Lebanese security source said."))
    assert got == {("LBN", "SYR", "063")}
    assert not any(e[2] == "063" for e in code("The rebels handed over 20 captured soldiers to the Red Cross."))


# -- intelligence (064) -----------------------------------------------------------------------------------------
def test_intelligence_sharing_between_two_states(code: Code) -> None:
    got = _short(code("Intelligence sharing between Japan and South Korea, suspended for years over a historical "
                      "dispute, resumed in full this month, officials in Tokyo said on Thursday."))
    assert {("JPN", "KOR", "064"), ("KOR", "JPN", "064")} <= got
    assert code("Analysts said intelligence sharing between Japan and South Korea could resume later this year.") \
        == []


# -- military cooperation (062) ---------------------------------------------------------------------------------
def test_joint_patrols_in_a_relative_clause_of_this_year(code: Code) -> None:
    got = _short(code("Malaysia, whose navy conducted joint patrols with Indonesia in the Sulu Sea throughout the "
                      "year, said on Monday it would extend the arrangement."))
    assert {("MYS", "IDN", "062"), ("IDN", "MYS", "062")} <= got
    assert not any(e[2] == "062" for e in code(
        "Malaysia, whose navy has conducted joint patrols with Indonesia for decades, said on Monday it would "
        "extend the arrangement."))


def test_joined_a_partner_in_drills(code: Code) -> None:
    got = _short(code("Greece and Cyprus joined Israel in a three-day air and naval drill in the eastern "
                      "Mediterranean that ended on Wednesday, the Greek defence ministry said."))
    assert {("GRC", "ISR", "062"), ("ISR", "GRC", "062"), ("CYP", "ISR", "062"), ("ISR", "CYP", "062")} <= got
    assert not any(e[2] == "062" for e in code("Britain joined the United States in condemning the missile launch."))


# -- diplomatic cooperation (05) --------------------------------------------------------------------------------
def test_co_signers_named_alongside_the_subject(code: Code) -> None:
    got = _short(code("Bahrain and Israel, alongside the United States, signed a trilateral economic cooperation "
                      "agreement in Manama on Wednesday, the Bahraini news agency said."))
    assert {("USA", "BHR", "057"), ("BHR", "USA", "057"), ("ISR", "USA", "057"), ("BHR", "ISR", "057")} <= got
    assert not any(a == b for a, b, _ in got)


def test_welcomed_an_appointment_is_praise_not_hosting(code: Code) -> None:
    got = _short(code("Egypt's foreign ministry on Thursday welcomed Turkey's appointment of a new ambassador to "
                      "Cairo, calling it an important step."))
    assert got == {("EGY", "TUR", "051")}
    assert ("EGY", "TUR", "043") in _short(code("Egyptian President Abdel Fattah al-Sisi welcomed the Turkish "
                                                "ambassador in Cairo on Thursday."))


def test_signed_in_a_relative_clause_hung_on_the_last_noun(code: Code) -> None:
    # the parser hangs "that Indonesia signed" on "cooperation", the last noun of the memorandum's phrase
    got = _short(code("A memorandum of understanding on defence cooperation that Indonesia signed with France on "
                      "Tuesday paves the way for the purchase of submarines, officials said."))
    assert ("IDN", "FRA", "057") in got
    assert not any(e[2] == "057" for e in code(
        "A report on defence cooperation that Indonesia published on Tuesday praised the navy, officials said."))


def test_a_joint_patrol_that_was_shadowed_is_still_a_joint_patrol(code: Code) -> None:
    got = _short(code("A joint naval patrol by the Philippines and the United States in the South China Sea was "
                      "shadowed by Chinese coast guard vessels on Saturday, Manila said."))
    assert {("PHL", "USA", "062"), ("USA", "PHL", "062")} <= got
    assert not any(e[0] == "CHN" and e[2] == "062" for e in got)
    # a joint operation that names no parties of its own stays the verb's one event
    assert code("Nigerian troops carried out a joint operation against bandits in Zamfara.") == [
        ("NGAMIL", "NGAREB", "190")]


def test_intelligence_received_from_a_state(code: Code) -> None:
    assert _short(code("Pakistan said on Tuesday it had received intelligence from Afghanistan's Taliban government "
                       "about militants planning attacks in Peshawar.")) == {("AFG", "PAK", "064")}
    assert code("Police said they had received information from residents about the gunmen.") == []


def test_a_treaty_signed_decades_ago_is_background(code: Code) -> None:
    # the parser hangs "in 1979" on the main verb "remains", not on the participle "signed"
    assert code("The peace treaty signed by Egypt and Israel in 1979 remains the cornerstone of regional security, "
                "the historian wrote.") == []
    assert _short(code("The deal signed by Egypt and Israel last week remains in force, officials said.")) >= {
        ("EGY", "ISR", "057"), ("ISR", "EGY", "057")}


def test_signed_in_a_passive_relative_clause(code: Code) -> None:
    got = _short(code("The maritime deal, which was signed by Kenya and Somalia in Nairobi on Friday, takes effect "
                      "next month, officials said."))
    assert got == {("KEN", "SOM", "057"), ("SOM", "KEN", "057")}
    # no agent named: no signer
    assert code("The maritime deal, which was signed in Nairobi on Friday, takes effect next month.") == []


def test_intelligence_and_judicial_cooperation_by_their_noun(code: Code) -> None:
    assert _short(code("Argentina and the United States stepped up intelligence cooperation on Monday.")) == {
        ("ARG", "USA", "064"), ("USA", "ARG", "064")}
    # an agreement to do it is the intent (031x), by the kind of cooperation
    assert _short(code("Argentina agreed to expand intelligence cooperation with the United States.")) == {
        ("ARG", "USA", "0314")}
    assert not any(e[2] in ("064", "0314") for e in code(
        "Argentina agreed to expand trade cooperation with the United States."))
