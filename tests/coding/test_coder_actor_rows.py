"""Actor dictionary rows (issue 4, actor reading): ethnic communities as civilians of the state where they live,
the coast guard as police (COP), Republika Srpska and its office holders, and the ADF of eastern DR Congo."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a community named in the plural: CVL of the state where most of them live
        ("Chinese police detained hundreds of Uyghurs in Kashgar.", [("CHNCOP", "CHNCVL", "173")]),
        ("Ethiopian police rounded up Tigrayans in the capital.", [("ETHCOP", "ETHCVL", "173")]),
        # communities living in several states: civilians of the country where the event happens
        ("Taliban authorities detained Hazaras in Bamiyan.", [("AFGGOV", "AFGCVL", "173")]),
        ("Syrian security forces arrested Alawites in Latakia.", [("SYRCOP", "SYRCVL", "173")]),
    ],
)
def test_ethnic_communities_are_civilians(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected


def test_coast_guard_is_police(code: Callable[[str], Events]) -> None:
    assert code("The Pakistani coast guard seized a boat carrying Iranian fuel.") == [("PAKCOP", "IRN", "1711")]


def test_republika_srpska_office_holders(code: Callable[[str], Events]) -> None:
    assert code("Milorad Dodik criticised the European Union.") == [("BIHGOV", "IGOEEC", "111")]
    assert code("Zeljka Cvijanovic met Russian President Vladimir Putin in Moscow.") == [
        ("BIHGOV", "RUSGOV", "040")]


def test_adf_rebels_of_congo(code: Callable[[str], Events]) -> None:
    assert code("ADF militants killed 30 villagers in Congo's North Kivu province.") == [
        ("CODREB", "CODCVL", "202")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foggy Bottom criticised Beijing's crackdown.", [("USAGOV", "CHNGOV", "111")]),
        ("The Lubyanka accused Ukrainian intelligence of plotting attacks.", [("RUSSPY", "UKR", "112")]),
    ],
)
def test_seat_metonyms(code: Callable[[str], Events], text: str, expected: Events) -> None:
    assert code(text) == expected
