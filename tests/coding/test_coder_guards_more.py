"""More precision guards (geoevents.coding.guards_more): the body of real articles, not its lead.

Background dated years before the story, former deeds recalled, facts an official insists on, and standing
states told in the plain present give no event; the event of the story's own time still does. Sentences are our
own (published 2024-05-15 unless given).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.mark.parametrize("text", [
    "In 2015 Uganda deployed troops to South Sudan to prop up the government.",
    "Burundi expelled Rwandan diplomats in 2016.",
    "Decades ago, Libya and Chad fought over the Aouzou Strip.",
    "Back in 1999, NATO jets bombed Belgrade for 78 days.",
    "Nicaraguan police arrested hundreds of protesters between 2018 and 2019.",
    "Morocco has occupied Western Sahara since 1975.",
])
def test_act_dated_years_before_the_story_is_background(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_act_of_the_story_time_is_still_coded(code: Callable[[str], Events]) -> None:
    assert code("Burundi expelled Rwandan diplomats on Monday.") == [("BDI", "RWAGOV", "174")]
    assert code("Burundi expelled Rwandan diplomats in 2016.", "2016-11-20") == [("BDI", "RWAGOV", "174")]


@pytest.mark.parametrize("text", [
    "Chadian fighters who once battled Libyan troops have joined the Sudanese army.",
    "Venezuela has threatened Guyana before, a Brazilian diplomat noted.",
])
def test_former_deed_recalled_is_background(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "Islamabad has never sheltered militants, a Pakistani minister insisted.",
    "The Pakistani minister insisted that Islamabad has never sheltered militants.",
])
def test_insisting_on_a_fact_is_no_demand(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_act_insisted_on_is_wanted_not_done(code: Callable[[str], Events]) -> None:
    assert code("Ramaphosa insisted that Israel halt its offensive in Rafah.") == [("ZAFGOV", "ISR", "1056")]


@pytest.mark.parametrize("text", [
    "Uganda hosts more than 1.5 million refugees from South Sudan and Congo.",
    "Kenyan troops guard the border crossings with Somalia.",
])
def test_standing_state_in_the_plain_present_is_no_event(code: Callable[[str], Events], text: str) -> None:
    assert code(text) == []


def test_hosting_on_a_day_is_still_coded(code: Callable[[str], Events]) -> None:
    assert code("Uganda hosted Kenya's president in Entebbe on Monday.") == [
        ("UGA", "KENGOV", "043"), ("KENGOV", "UGA", "042")]


def test_players_force_is_sport(code: Callable[[str], Events]) -> None:
    assert code("India's bowlers destroyed Pakistan's batting line-up in Melbourne.") == []


def test_main_and_relative_clauses_share_one_line_of_the_distant_past(code: Callable[[str], Events]) -> None:
    # the story's year and the two before it are news, an earlier year is background, in either kind of clause
    assert code("Burundi expelled Rwandan diplomats in 2022.", "2024-05-15") == [("BDI", "RWAGOV", "174")]
    assert code("Burundi expelled Rwandan diplomats in 2022.", "2025-05-15") == []
    assert code("The embassy, which Burundian police raided in 2022, reopened on Monday.", "2025-05-15") == []
