"""The shared acceptance check on the five seed articles (skips when ../shared is absent)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from geoevents.pipeline import run_pipeline
from geoevents.settings import Settings
from tests.conftest import SHARED


def test_seed_acceptance_check_passes(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    summary = run_pipeline([str(seeds_dir)], out, settings=Settings.from_env({}))
    assert summary.documents == 5
    check = subprocess.run([sys.executable, str(SHARED / "acceptance" / "check_seeds.py"), str(out)],
                           capture_output=True, text=True, timeout=300)
    print(check.stdout)
    assert check.returncode == 0, check.stdout
