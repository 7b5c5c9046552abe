"""Coercion and assault (CAMEO 17, 18) in wire phrasings missed before, from a battery written family by family
and labelled before the coder was run on it: expulsions told as "ordered X out of", blows dealt to villagers, a
man or women, arrests of a titled person whose name the tagger takes for an organisation, internet shutdowns, and
bombings told by their device with the attacker read from a claim of responsibility in the same sentence, and
the attack a group "claimed responsibility for" (coded besides the claim).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.coding.conftest import Events


def test_ordered_out_of_the_country_is_an_expulsion(code: Callable[[str], Events]) -> None:
    assert code("Ethiopia ordered two Irish diplomats out of the country.") == [("ETH", "IRLGOV", "174")]
    assert code("Mali's junta ordered the French ambassador out of Bamako.") == [("MLIMIL", "FRAGOV", "174")]
    assert code("The coach ordered the players out of the dressing room.") == []


def test_blows_dealt_to_villagers_or_women_are_assaults(code: Callable[[str], Events]) -> None:
    assert code("Taliban fighters whipped two women in Kabul.") == [("AFGGOV", "AFGCVL", "182")]
    assert code("Israeli settlers kicked a Palestinian shepherd near Hebron.") == [("ISRCVL", "PSEAGR", "182")]
    assert code("Argentina beat France on penalties to win the World Cup.") == []


def test_arrest_of_a_titled_person_the_tagger_took_for_an_organisation(code: Callable[[str], Events]) -> None:
    assert code("Belarusian police arrested opposition activist Pavel Seviarynets in Minsk on Saturday.") == [
        ("BLRCOP", "BLRNGO", "173")]
    assert code("Nicaraguan police jailed Bishop Rolando Alvarez.") == [("NICCOP", "NICREL", "173")]


def test_cutting_the_internet_restricts_freedoms(code: Callable[[str], Events]) -> None:
    assert code("Iranian authorities cut the internet in Zahedan on Friday.") == [("IRNGOV", "IRNCVL", "1721")]
    assert code("Bangladesh cut mobile internet access nationwide.") == [("BGD", "BGDCVL", "1721")]
    assert code("A storm cut internet access for thousands in Tonga.") == []


def test_device_bombing_claimed_in_the_same_sentence(code: Callable[[str], Events]) -> None:
    assert code("A roadside bomb killed four Malian soldiers near Gao; JNIM claimed responsibility.") == [
        ("MLIREB", "MLIMIL", "1833"), ("MLIREB", "", "015")]
    assert code("A car bomb killed nine people outside a hotel in Mogadishu in an attack claimed by al-Shabaab.") \
        == [("SOMREB", "SOMCVL", "1832"), ("SOMREB", "", "015")]
    assert code("A car bomb killed nine people outside a hotel in Mogadishu; no group claimed responsibility.") == []


def test_attack_claimed_by_responsibility_for_is_coded_too(code: Callable[[str], Events]) -> None:
    assert code("The Pakistani Taliban claimed responsibility for a bombing that killed 12 policemen in Peshawar.") \
        == [("PAKREB", "", "015"), ("PAKREB", "PAKCOP", "180")]
    assert code("No group claimed responsibility for the bomb that killed five people in Kabul.") == []
