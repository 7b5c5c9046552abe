"""Deployment wiring without a server: schedules, parameters, prefect.yaml, the ``serve`` command."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from geoevents.cli import app
from geoevents.errors import ConfigError
from tests.conftest import ROOT


def test_check_cron_refuses_bad_schedules() -> None:
    from flows.deploy import check_cron

    assert check_cron("0 * * * *").cron == "0 * * * *"
    with pytest.raises(ConfigError, match="Invalid cron"):
        check_cron("61 * * *")
    with pytest.raises(ConfigError, match="timezone"):
        check_cron("0 * * * *", "Mars/Olympus_Mons")


def test_to_deployment_is_hourly_one_at_a_time_with_absolute_inputs(tmp_path: Path) -> None:
    from flows.deploy import to_deployment

    deployment = to_deployment(["samples", "https://feeds.example/world.xml"], tmp_path / "out",
                               settings={"batch_size": 8})
    assert deployment.name == "hourly" and deployment.concurrency_limit == 1
    assert [s.schedule.cron for s in deployment.schedules] == ["0 * * * *"]
    assert deployment.entrypoint == "flows/pipeline.py:geoevents_pipeline"
    assert deployment.parameters == {"inputs": [str(Path("samples").resolve()), "https://feeds.example/world.xml"],
                                     "output": str((tmp_path / "out").resolve()), "settings": {"batch_size": 8}}
    with pytest.raises(ConfigError):
        to_deployment([], tmp_path)


def test_prefect_yaml_declares_the_hourly_deployment() -> None:
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    (deployment,) = config["deployments"]
    assert deployment["entrypoint"] == "flows/pipeline.py:geoevents_pipeline"
    assert deployment["concurrency_limit"] == 1
    assert deployment["schedules"][0]["cron"] == "0 * * * *"
    assert set(deployment["parameters"]) == {"inputs", "output", "settings"}
    assert deployment["work_pool"]["name"] == "geoevents-process"


def test_serve_command_help_and_bad_cron() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "Example: geoevents serve" in result.output
    result = runner.invoke(app, ["serve", "--inputs", "samples", "--cron", "every hour"])
    assert result.exit_code == 2 and "invalid schedule" in result.output
