"""A target named only by a group's compound modifier: the group owns the site or unit ("an army checkpoint", "a
police convoy", "opposition strongholds") or voices the stance ("opposition demands", "student demands") acted on.
A compound on any other thing ("merchant ships") names no target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked an army checkpoint in Zamfara state.", ("NGAUAF", "NGAMIL", "190")),
    ("Militants stormed a police station in Khost.", ("AFGREB", "AFGCOP", "180")),
    ("The army shelled opposition strongholds in Idlib.", ("SYRMIL", "SYROPP", "194")),
    ("Gunmen ambushed a police convoy in Tillaberi.", ("NERUAF", "NERCOP", "180")),
    ("Kenya's president rejected opposition demands for early elections.", ("KENGOV", "KENOPP", "120")),
    ("Serbia's president rejected student demands for a snap election.", ("SRBGOV", "SRBEDU", "120")),
])
def test_a_compound_group_owns_the_site_or_stance(code: Callable[[str], Events], text: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert expected in code(text)


def test_a_compound_on_a_thing_names_no_target(code: Callable[[str], Events]) -> None:
    assert code("Houthi attacks on merchant ships disrupted trade.") == [("YEMREB", "", "190")]
