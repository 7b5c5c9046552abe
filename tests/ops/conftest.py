"""Fixtures of the operations tests: a real Prefect server on 127.0.0.1, process helpers, small corpora."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from tests.conftest import ROOT, SAMPLES

T = TypeVar("T")
CLI = "import sys; from geoevents.cli import app; sys.exit(app())"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def base_env(**extra: str) -> dict[str, str]:
    """The environment of a child process: ours, minus any Prefect API, plus offline defaults."""
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_API_KEY", "PREFECT_PROFILE")}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", PREFECT_LOGGING_LEVEL="WARNING",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="240",
               PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    env.update(extra)
    return env


def geoevents_cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", CLI, *args]


def stop(proc: subprocess.Popen[bytes] | None, *, grace: float = 20.0) -> None:
    """End a child we started (and its process group): SIGTERM, then SIGKILL after ``grace`` seconds."""
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def wait_for(probe: Callable[[], T | None], *, timeout: float, what: str, every: float = 0.5,
             alive: subprocess.Popen[bytes] | None = None, log: Path | None = None) -> T:
    """Poll ``probe`` until it returns something; fail after ``timeout`` (or when ``alive`` dies)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value is not None:
            return value
        if alive is not None and alive.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            pytest.fail(f"process died (rc={alive.returncode}) waiting for {what}\n{tail}")
        time.sleep(every)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}\n{tail}")


@dataclass(frozen=True)
class PrefectServer:
    api_url: str
    home: Path
    env: dict[str, str]
    startup_seconds: float


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    """A real ``prefect server start`` on 127.0.0.1 with its own PREFECT_HOME; stopped at the end."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = base_env(PREFECT_HOME=str(home), PREFECT_UI_ENABLED="false")
    log = home / "server.log"
    started = time.monotonic()
    prefect = str(Path(sys.executable).parent / "prefect")
    with log.open("wb") as out:
        proc = subprocess.Popen([prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        def healthy() -> bool | None:
            try:
                return True if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200 else None
            except httpx.HTTPError:
                return None

        wait_for(healthy, timeout=300, what="the Prefect server's /api/health", alive=proc, log=log)
        api = f"http://127.0.0.1:{port}/api"
        clients = {**env, "PREFECT_API_URL": api, "PREFECT_WORKER_QUERY_SECONDS": "2",
                   "PREFECT_RUNNER_POLL_FREQUENCY": "2"}  # poll for work often: shorter tests
        yield PrefectServer(api_url=api, home=home, env=clients, startup_seconds=time.monotonic() - started)
    finally:
        stop(proc)


def sample_subset(dest: Path, names: list[str]) -> Path:
    """A folder with some of our samples (``txt/x.txt`` ...) and their sidecar lines."""
    keep = set(names)
    for name in names:
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / name, dest / name)
    lines = [line for line in (SAMPLES / "metadata.jsonl").read_text().splitlines()
             if line.strip() and json.loads(line)["file"] in keep]
    (dest / "metadata.jsonl").write_text("\n".join(lines) + "\n")
    return dest


SMALL = ["txt/nk_missile_salvo_east_sea.txt", "txt/japan_philippines_access_pact.txt",
         "txt/iaea_board_censures_iran.txt", "html/russia_expels_british_diplomats.html"]
