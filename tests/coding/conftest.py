"""Shared by the coder's rule tests: ``code(text)`` runs the ``geoevents code`` tool's line coder on one
sentence and returns its (actor1 code, actor2 code, event code) tuples."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

Events = list[tuple[str, str, str]]


@pytest.fixture(scope="module")
def code() -> Callable[[str], Events]:
    from geoevents.coding.tool import code_lines
    from geoevents.pipeline import _coder
    from geoevents.settings import Settings

    coder = _coder(Settings.from_env({}))

    def run(text: str, published: str = "2024-05-15") -> Events:
        line = json.dumps({"id": "t", "text": text, "published": published})
        (out,) = list(code_lines([line], coder=coder))
        return [(e["actor1_code"] or "", e["actor2_code"] or "", e["event_code"]) for e in out["events"]]

    return run
