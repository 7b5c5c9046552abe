"""A progress hook the publishing functions call on long work; the CLI turns it into rich bars."""

from __future__ import annotations

from typing import Protocol

__all__ = ["ProgressHook", "no_progress"]


class ProgressHook(Protocol):
    """Called with a step label, how many units are done and how many there are in all."""

    def __call__(self, step: str, done: int, total: int) -> None: ...


def no_progress(step: str, done: int, total: int) -> None:
    """The default hook: report nothing."""
