"""The publishing commands: --help of each, every docstring example run offline, exit codes."""

from __future__ import annotations

import re
import shlex
import shutil
import zipfile
from pathlib import Path

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from geoevents.cli import app
from geoevents.dataset import Dataset

COMMANDS = ("schema", "export", "report", "validate")
runner = CliRunner()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _example(command: str) -> str:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    help_text = group.commands[command].help or ""
    last = help_text.strip().splitlines()[-1].strip()
    assert last.startswith("Example: geoevents "), f"{command}: docstring must end with an example"
    return last.removeprefix("Example: ")


@pytest.fixture
def in_workdir(dataset_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder whose ``output`` is a copy of the fixture dataset (the examples use ``output``)."""
    shutil.copytree(dataset_root, tmp_path / "output")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("command", COMMANDS)
def test_help_documents_the_command_and_ends_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert _flat(f"Example: {_example(command)}") in _flat(result.output)


@pytest.mark.parametrize("command", COMMANDS)
def test_docstring_example_runs_offline(command: str, in_workdir: Path) -> None:
    args = shlex.split(_example(command))[1:]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    if command == "schema":  # the printed DDL works in DuckDB from this folder
        con = duckdb.connect()
        con.execute(result.stdout)
        assert con.execute("SELECT count(*) FROM events").fetchone() == (5,)
    elif command == "export":
        with zipfile.ZipFile(in_workdir / "bundle.zip") as zf:
            names = set(zf.namelist())
        assert {"datapackage.json", "README.md", "CITATION.cff", "gdelt/events.export.tsv",
                "source_volume.csv", "data/tsv/events.tsv"} <= names
    elif command == "report":
        assert (in_workdir / "report.html").read_text().startswith("<!DOCTYPE html>")
    else:
        assert "all 21 checks passed" in _flat(result.output)


def test_validate_fails_with_exit_1_on_a_broken_dataset(in_workdir: Path) -> None:
    next((in_workdir / "output" / "mentions").rglob("*.parquet")).write_bytes(b"not parquet")
    result = runner.invoke(app, ["validate", "output"])
    assert result.exit_code == 1
    assert "FAIL" in result.output and "checks failed" in result.output


def test_unreadable_dataset_is_a_clean_error(in_workdir: Path) -> None:
    next((in_workdir / "output" / "events").rglob("*.parquet")).write_bytes(b"not parquet")
    for args in (["export", "output", "b.zip"], ["report", "output", "r.html"],
                 ["export", "output", "d", "--format", "delta"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert "geoevents validate" in _flat(result.output)


def test_schema_write_files_and_dialect_choice(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema", "--write-files", str(tmp_path / "schemas")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "schemas" / "DATA_DICTIONARY.md").is_file()
    result = runner.invoke(app, ["schema", "--dialect", "bigquery", "--table", "rejects", "--location", "gs://b/g"])
    assert result.exit_code == 0 and "CREATE OR REPLACE EXTERNAL TABLE rejects" in result.stdout
    assert "CREATE" not in result.stdout.split("rejects", 1)[1].split(";", 1)[1]  # one table only
    assert runner.invoke(app, ["schema", "--dialect", "oracle"]).exit_code == 2


def test_export_delta_and_errors(in_workdir: Path) -> None:
    first = runner.invoke(app, ["export", "output", "delta", "--format", "delta"])
    assert first.exit_code == 0, first.output
    assert "run-a, run-b" in first.output
    again = runner.invoke(app, ["export", "output", "delta", "--format", "delta"])
    assert again.exit_code == 0 and "already up to date" in again.output
    assert runner.invoke(app, ["export", "output", "x", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["export", "output", "d2", "--format", "delta", "--no-text"]).exit_code == 2
    assert runner.invoke(app, ["export", "missing", "x.zip"]).exit_code == 2
    bad_day = runner.invoke(app, ["export", "output", "x.zip", "--from", "2023-13-01"])
    assert bad_day.exit_code == 2


def test_export_no_text_folder_bundle(in_workdir: Path) -> None:
    result = runner.invoke(app, ["export", "output", "folder", "--format", "csv", "--no-text",
                                 "--from", "2023-12-01"])
    assert result.exit_code == 0, result.output
    assert "(no text)" in result.output
    readme = (in_workdir / "folder" / "README.md").read_text()
    assert "2023-12-01 to the last event" in readme and "--no-text" in readme
    assert re.search(r"Rows: events 1,", readme)
    assert Dataset(in_workdir / "output").manifest()["run_id"] == "run-b"  # the dataset is untouched
