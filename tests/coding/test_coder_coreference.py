"""Actors named only by referring back (referents.referred), from a battery of one- and two-sentence items written
construction by construction and labelled before the coder was run on it: a leading 'Its <body>' (the previous
sentence's subject), an 'its <body>' subject after a named subject in the same sentence, a bare 'the group' / 'the
country' / 'the kingdom' / 'the alliance' standing for the body named before, a leading 'They' (the previous
sentence's plural subject) and the object pronoun of a verb joined to an earlier one ('detained X and accused them').
Traps: a local office ('its mayor'), a pronoun with no antecedent ('They say ...'), an antecedent of the wrong kind
('the group' after a government or after civilians), a pronoun that does not agree in number.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_leading_its_body_is_the_previous_subjects(code: Callable[[str], Events]) -> None:
    # (before: the context country's forces, Armenia shelling its own people; Britain's navy)
    assert code("Azerbaijan accused Armenia of provocations. Its forces then shelled Armenian positions near "
                "Sotk.") == [("AZE", "ARM", "1123"), ("AZEMIL", "ARM", "194")]
    assert code("Iran warned Britain over the sanctions. Its navy later seized a British tanker in the Strait of "
                "Hormuz.") == [("IRN", "GBR", "130"), ("IRNMIL", "GBR", "1711")]
    assert code("Venezuela denounced the deal. Its government expelled the Guyanese ambassador.") == [
        ("VENGOV", "GUYGOV", "174")]
    # a local office's 'its' is a city's: "its mayor" is Kharkiv's, and Russia does not accuse itself
    assert code("Russian drones hit a hospital in Kharkiv. Its mayor accused Moscow of terror.") == [
        ("RUSMIL", "UKRHLH", "195")]


def test_its_body_after_a_named_subject_in_the_sentence(code: Callable[[str], Events]) -> None:
    assert code("Morocco recalled its ambassador from Spain, and its foreign ministry summoned the Spanish "
                "charge d'affaires.") == [("MAR", "ESP", "161"), ("MARGOV", "ESPGOV", "114")]


def test_back_nouns_stand_for_the_body_named_before(code: Callable[[str], Events]) -> None:
    assert code("M23 rebels seized the town of Rubaya. The group later shelled Congolese army positions near "
                "Goma.") == [("CODREB", "CODMIL", "194")]
    assert code("Niger expelled the French ambassador in August. The country also revoked military agreements "
                "with Paris.") == [("NER", "FRAGOV", "174"), ("NER", "FRAGOV", "160")]
    assert code("Saudi Arabia condemned the settler attacks. The kingdom summoned Israel's ambassador.") == [
        ("SAU", "ISRCVL", "111"), ("SAU", "ISRGOV", "114")]
    assert code("NATO condemned Russia's missile strikes on Kyiv. The alliance said it would send more air "
                "defence systems to Ukraine.") == [
        ("IGONAT", "RUS", "111"), ("RUS", "UKRGOV", "195"), ("IGONAT", "UKR", "0332")]
    # the Taliban govern (AFGGOV), protesters are civilians: neither is 'the group' of an armed group
    assert code("The Taliban banned women from universities. The group also shut beauty salons.") == [
        ("AFGGOV", "AFGCVL", "172")]
    assert code("Protesters marched on parliament in Nairobi. The group demanded the repeal of the finance "
                "bill.") == [("KENCVL", "KENLEG", "141")]


def test_leading_they_is_the_previous_plural_subject(code: Callable[[str], Events]) -> None:
    assert code("Xi Jinping and Vladimir Putin met in Beijing. They agreed to deepen military cooperation.") == [
        ("CHNGOV", "RUSGOV", "040"), ("RUSGOV", "CHNGOV", "040"), ("CHNGOV", "RUSGOV", "0312"),
        ("RUSGOV", "CHNGOV", "0312")]
    assert code("Russian forces shelled Kherson on Sunday. They also struck a power plant in Zaporizhzhia.") == [
        ("RUSMIL", "UKR", "194"), ("RUSMIL", "UKR", "190")]
    # unnamed people ("they say") and what is only expected: nothing more
    assert code("Israel and Hamas exchanged prisoners on Sunday. They say more releases are planned.") == [
        ("ISR", "PSEREB", "0841"), ("PSEREB", "ISR", "0841")]
    assert code("They say the border crossing at Rafah will reopen next week.") == []
    # a plural object competes ('they' may be the protesters), and a passive 'They' is acted upon: unresolved
    assert code("Police arrested five protesters in Lagos. They were charged with treason.") == [
        ("NGACOP", "NGACVL", "173")]
    # a pleonastic 'It'; an 'It' after two coordinated bodies
    assert code("Moldova expelled a Russian diplomat. It is unclear whether Moscow will respond.") == [
        ("MDA", "RUSGOV", "174")]
    assert code("Egypt and Ethiopia failed to reach a deal. It accused the other side of intransigence.") == []


def test_object_pronoun_of_a_joined_verb(code: Callable[[str], Events]) -> None:
    assert code("Tajikistan detained two Kyrgyz border guards and accused them of spying.") == [
        ("TJK", "KGZCOP", "173"), ("TJK", "KGZCOP", "1125")]
    assert code("Turkey detained a Swedish reporter and deported her after a week.") == [
        ("TUR", "SWEMED", "173"), ("TUR", "SWEMED", "174")]
    # 'them' does not agree with one guard: unresolved
    assert code("Tajikistan detained a Kyrgyz border guard and accused them of spying.") == [
        ("TJK", "KGZCOP", "173")]
