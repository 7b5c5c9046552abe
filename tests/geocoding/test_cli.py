"""The geocoding commands, through typer's runner, on the tiny gazetteer."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geoevents.cli import app
from geoevents.geocoding.curated import curated_path
from tests.geocoding.conftest import CITIES


@pytest.fixture()
def env(tiny_files: tuple[Path, Path], tmp_path: Path) -> dict[str, str]:
    return {"GEOEVENTS_GEONAMES_DUMP": str(tiny_files[0]), "GEOEVENTS_GAZETTEER_PATH": str(tmp_path / "g.sqlite")}


def test_geoparse_writes_one_line_per_input_and_survives_a_bad_line(env: dict[str, str], tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "text": "Jets landed at Osan Air Base in Pyeongtaek."}),
        "{not json",
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "d", "text": "Talks resumed in Seoul."}),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["geoparse", str(src), str(dst)], env=env)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [line.get("id") for line in lines] == ["a", None, "c", "d"]
    assert "error" in lines[1] and "error" in lines[2]
    first = lines[0]["places"]
    assert [p["text"] for p in first] == ["Osan Air Base", "Pyeongtaek"]
    assert set(first[0]) == {"start", "end", "text", "name", "lat", "lon", "feature_id", "feature_type",
                             "country_code", "confidence"}
    assert lines[3]["places"][0]["name"] == "Seoul"


def test_geoparse_given_spans(env: dict[str, str], tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "Rain fell on Busan and Lyon."
    src.write_text(json.dumps({"id": 1, "text": text, "toponyms": [{"start": 23, "end": 27},
                                                                    {"start": 13, "end": 18}]}) + "\n"
                   + json.dumps({"id": 2, "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["geoparse", str(src), str(dst), "--given-spans"], env=env)
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines())
    assert [p["name"] for p in first["places"]] == ["Lyon", "Busan"]
    assert "toponyms" in second["error"]


def test_geocode_prints_json(env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, ["geocode", "Paris", "--country", "US", "--limit", "1"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1 and rows[0]["raw"]["country_code"] == "USA"


def test_gazetteer_build_and_info(env: dict[str, str]) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["gazetteer", "build", "--force"], env=env).exit_code == 0
    result = runner.invoke(app, ["gazetteer", "info"], env=env)
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["feature_types"]["country"] >= 4 and info["input_key"]
    path = curated_path()
    rows = list(csv.DictReader(path.open(encoding="utf-8"))) if path else []
    curated_cities = sum(r["feature_type"] == "city" for r in rows)
    assert info["feature_types"]["city"] == len(CITIES) + curated_cities  # every dump city, and the curated ones


def test_a_broken_gazetteer_is_a_clean_error(tmp_path: Path) -> None:
    env = {"GEOEVENTS_GAZETTEER_PATH": str(tmp_path / "g.sqlite"), "GEOEVENTS_GEONAMES_DUMP": str(tmp_path / "no")}
    result = CliRunner().invoke(app, ["geocode", "Seoul"], env=env)
    assert result.exit_code == 2 and "error" in result.output


@pytest.mark.parametrize("command", [["geoparse"], ["geocode"], ["gazetteer", "build"], ["gazetteer", "info"]])
def test_every_command_has_help_ending_with_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Example: geoevents" in result.output
