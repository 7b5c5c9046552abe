"""Scheduled deployments on a REAL Prefect server (127.0.0.1): served by ``geoevents serve``, and
declared in ``prefect.yaml`` for ``prefect deploy`` + a process worker. Each run must leave the
dataset and the two artifacts."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from tests.conftest import ROOT
from tests.ops.conftest import SMALL, PrefectServer, geoevents_cmd, sample_subset, stop, wait_for

ARTIFACT_KEYS = {"geoevents-run-summary", "geoevents-top-events"}


def _client(server: PrefectServer) -> Any:
    from prefect.client.orchestration import SyncPrefectClient

    return SyncPrefectClient(server.api_url)


def _run_and_wait(server: PrefectServer, deployment_id: UUID, *, parameters: dict[str, Any] | None,
                  timeout: float, alive: subprocess.Popen[bytes], log: Path) -> tuple[Any, list[Any]]:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with _client(server) as client:
        run = client.create_flow_run_from_deployment(deployment_id, parameters=parameters)

        def finished() -> Any:
            state = client.read_flow_run(run.id).state
            return state if state is not None and state.is_final() else None

        state = wait_for(finished, timeout=timeout, what=f"flow run {run.id}", every=1.0, alive=alive, log=log)
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])))
    assert state.is_completed(), f"{state.type}: {state.message}\n{log.read_text(errors='replace')[-3000:]}"
    return state, artifacts


def _check_dataset_and_artifacts(out: Path, artifacts: list[Any], n_inputs: int) -> None:
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["tables"]["documents"]["rows"] + manifest["tables"]["rejects"]["rows"] == n_inputs
    assert manifest["tables"]["events"]["rows"] > 0
    by_key = {a.key: a for a in artifacts}
    assert set(by_key) >= ARTIFACT_KEYS, sorted(by_key)
    assert "documents kept:" in str(by_key["geoevents-run-summary"].data)
    assert by_key["geoevents-top-events"].type == "table"


@pytest.mark.slow
def test_geoevents_serve_creates_a_scheduled_deployment_that_runs(prefect_server: PrefectServer,
                                                                  tmp_path: Path) -> None:
    inputs = sample_subset(tmp_path / "inputs", SMALL)
    out = tmp_path / "dataset"
    log = tmp_path / "serve.log"
    timings: dict[str, float] = {"server_start": prefect_server.startup_seconds}
    started = time.monotonic()
    with log.open("wb") as fh:
        proc = subprocess.Popen(geoevents_cmd("serve", "--inputs", str(inputs), "--output", str(out),
                                              "--cron", "0 0 1 1 *", "--name", "ops-test"),
                                cwd=ROOT, env=prefect_server.env, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        with _client(prefect_server) as client:
            def deployed() -> Any:
                try:
                    return client.read_deployment_by_name("geoevents-pipeline/ops-test")
                except Exception:  # noqa: BLE001 - not there yet
                    return None

            deployment = wait_for(deployed, timeout=180, what="the served deployment", alive=proc, log=log)
        timings["deployment_registered"] = time.monotonic() - started
        assert [s.schedule.cron for s in deployment.schedules] == ["0 0 1 1 *"]
        assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
        assert deployment.parameters["inputs"] == [str(inputs.resolve())]
        t0 = time.monotonic()
        _state, artifacts = _run_and_wait(prefect_server, deployment.id, parameters=None, timeout=300,
                                          alive=proc, log=log)
        timings["run"] = time.monotonic() - t0
        _check_dataset_and_artifacts(out, artifacts, n_inputs=len(SMALL))
    finally:
        stop(proc)
    print("\nprefect server test (serve) timings, s:", {k: round(v, 1) for k, v in timings.items()})


@pytest.mark.slow
def test_prefect_yaml_deploys_to_a_process_worker(prefect_server: PrefectServer, tmp_path: Path) -> None:
    prefect = str(Path(sys.executable).parent / "prefect")
    env = {**prefect_server.env, "PREFECT_CLI_PROMPT": "false"}
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    subprocess.run([prefect, "work-pool", "create", "geoevents-process", "--type", "process", "--overwrite"],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=180)
    done = subprocess.run([prefect, "--no-prompt", "deploy", "--all", "--prefect-file", str(ROOT / "prefect.yaml")],
                          cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stdout.decode(errors="replace")[-3000:] + done.stderr.decode(errors="replace")
    timings["deploy"] = time.monotonic() - t0
    with _client(prefect_server) as client:
        deployment = client.read_deployment_by_name("geoevents-pipeline/hourly")
    assert [s.schedule.cron for s in deployment.schedules] == ["0 * * * *"]
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert deployment.entrypoint == "flows/pipeline.py:geoevents_pipeline"
    assert deployment.work_pool_name == "geoevents-process"

    inputs = sample_subset(tmp_path / "inputs", SMALL[:2])
    out = tmp_path / "dataset"
    log = tmp_path / "worker.log"
    with log.open("wb") as fh:
        worker = subprocess.Popen([prefect, "worker", "start", "--pool", "geoevents-process", "--limit", "1"],
                                  cwd=tmp_path, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        t0 = time.monotonic()
        _state, artifacts = _run_and_wait(prefect_server, deployment.id, timeout=300, alive=worker, log=log,
                                          parameters={"inputs": [str(inputs)], "output": str(out)})
        timings["worker_run"] = time.monotonic() - t0
        _check_dataset_and_artifacts(out, artifacts, n_inputs=2)
    finally:
        stop(worker)
    print("\nprefect server test (prefect.yaml + worker) timings, s:", {k: round(v, 1) for k, v in timings.items()})
