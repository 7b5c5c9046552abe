"""Armed groups' violence inside one country (helper round 14): roots 18, 19 and 20 on wire wording."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]
Code = Callable[[str], Events]

CASES = [
    # militants who execute or behead many villagers commit a mass killing (vocab.MASS_KILLING_VERBS)
    ("ISWAP fighters executed scores of men in a village in Nigeria's Borno state.", [("NGAREB", "NGACVL", "202")]),
    ("Islamic State militants beheaded 30 Christian villagers in Mozambique's Cabo Delgado.",
     [("MOZREB", "MOZCVL", "202")]),
    # "a military base / convoy": a post of the country's armed forces (security_sites.military_asset)
    ("Al-Shabaab fighters attacked a military base in Lower Shabelle on Tuesday, officials said.",
     [("SOMREB", "SOMMIL", "190")]),
    ("JNIM fighters ambushed a military convoy near Djibo.", [("BFAREB", "BFAMIL", "190")]),
    # committing / carrying out ethnic cleansing (verbs.csv 203)
    ("The RSF carried out ethnic cleansing against the Masalit in West Darfur, a UN panel found.",
     [("SDNREB", "SDNCVL", "203")]),
    # a bomb that "ripped / tore through" a place (verbs.csv 190, then the device's kind; place_targets "through")
    ("An al-Shabaab car bomb ripped through a busy market in Mogadishu.", [("SOMREB", "SOMCVL", "1832")]),
    ("A suicide blast claimed by the Islamic State tore through a Shiite mosque in Kunduz.",
     [("AFGREB", "", "015"), ("AFGREB", "AFGCVL", "1831")]),
    # ... but only a bomb, a blast or a munition tears through a place in an attack (munitions.torn_by_blast)
    ("Protesters tore through police barricades in Nairobi.", []),
    # a raid or attack told by a trailing participle of mass killing is a mass killing (killings.told_massacre)
    ("Jihadists attacked three villages in Niger's Tillaberi region, killing more than 100 civilians.",
     [("NERREB", "NERCVL", "202")]),
    # a private person killing kin is a domestic crime (killings.domestic_killing)
    ("A man killed his wife and two children in a domestic dispute in Johannesburg.", []),
    ("A woman stabbed her husband to death in Lagos, police said.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_armed_group_violence(code: Code, text: str, expected: Events) -> None:
    assert code(text) == expected
