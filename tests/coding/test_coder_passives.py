"""Passives and reported speech: 'came under attack from X', 'was claimed by X', 'were killed in an X air strike',
'X said Y had fired on its positions' (sentences written for these tests, not taken from the labelled set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # "came under <violent noun> from / by X": X attacked the subject
    ("Malian army positions came under attack from jihadists near Gao.", [("MLIREB", "MLIMIL", "190")]),
    ("Ethiopian federal forces came under heavy shelling from Fano militias in Amhara.",
     [("ETHREB", "ETHMIL", "194")]),
    ("Kharkiv came under Russian missile attack overnight.", [("RUS", "UKR", "195")]),  # the place's country
    # a verbal attack by critics, or one over a topic, is criticism, not force
    ("The Kenyan finance minister came under attack from opposition lawmakers over the tax bill.", []),
    # a claimed attack (active or passive) is a claim of responsibility
    ("The kidnapping was claimed by Boko Haram.", [("NGAREB", "", "015")]),
    ("Al-Shabaab claimed the attack.", [("SOMREB", "", "015")]),
    # "killed in an X air strike" is coded as "an X air strike killed ...": by the strike's means
    ("Seven civilians were killed in a Russian airstrike in Zaporizhzhia.", [("RUS", "UKRCVL", "195")]),
    # reported speech: the speaker's own positions / boat were hit
    ("Manila said Chinese coast guard ships had rammed its supply boat near Second Thomas Shoal.",
     [("CHNCOP", "PHLGOV", "190")]),
    ("India's army said Pakistani troops had fired on its posts in Kashmir.", [("PAKMIL", "INDMIL", "193")]),
    # "its" of the actor itself: closing one's own border targets no speaker
    ("Niger's junta said Benin had closed its border with the country.", []),
    # ... nor missiles fired into the sea off the shooter's own coast (a test, no one attacked)
    ("North Korea fired six cruise missiles into the sea off its west coast on Friday, Seoul's military said.",
     [("PRK", "", "150")]),
])
def test_passive_and_reported(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert sorted(code(text)) == sorted(expected)
