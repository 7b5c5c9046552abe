"""Shared fixtures: paths, settings, the Prefect test harness (one per session), tiny corpora."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "metadata.jsonl").is_file():
        pytest.skip(f"../shared/seeds is absent ({SEEDS}): the seed tests need the shared folder beside the repo")
    return SEEDS


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """Prefect's test harness (a temporary local API), started once per session (~20 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def settings():  # type: ignore[no-untyped-def]
    from geoevents.settings import Settings

    return Settings.from_env({})
