"""README and CLI agree: every command is documented, and every documented command exists."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

from geoevents.cli import app

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> set[str]:
    group = get_command(app)
    return set(group.commands)  # type: ignore[attr-defined]


def test_readme_names_every_command_and_only_real_ones() -> None:
    readme = (ROOT / "README.md").read_text() + (ROOT / "docs" / "OPERATIONS.md").read_text()
    mentioned = set(re.findall(r"(?:`|\.venv/bin/|^\s*)geoevents (\w+)", readme, flags=re.M))
    commands = _commands()
    assert commands - mentioned == set(), f"undocumented commands: {commands - mentioned}"
    bogus = {m for m in mentioned if m not in commands}
    assert not bogus, f"README names commands that do not exist: {bogus}"


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme and re.search(r"^make test$", ci, flags=re.M)
