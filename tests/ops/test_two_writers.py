"""One writer at a time: two real ``geoevents run`` processes on the same dataset.

The runs read a URL list whose one article the local web server holds back until the test opens a
gate, so the first run provably holds the writer lock while the second is already running. Started
together, the second waits and then finds every document already published (duplicates): the
dataset holds each document once. With a short GEOEVENTS_LOCK_TIMEOUT the second gives up with a
clear message instead.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from geoevents.dataset import LOCK_NAME
from tests.conftest import ROOT
from tests.ops.conftest import SMALL, PrefectServer, geoevents_cmd, sample_subset, stop, wait_for
from tests.ops.httpd import LocalSite, Route
from tests.ops.pages import article_html

N_DOCS = len(SMALL) + 1


def _inputs(tmp: Path, site: LocalSite, gate: threading.Event) -> list[str]:
    url = site.add("/held.html", Route(body=article_html("ghana-imf-loan", date=dt.date(2024, 5, 20)), gate=gate))
    (tmp / "held.urls").write_text(f"{url}\n")
    return [str(sample_subset(tmp / "inputs", SMALL)), str(tmp / "held.urls")]


def _start(inputs: list[str], out: Path, env: dict[str, str], log: Path, **extra: str) -> subprocess.Popen[bytes]:
    env = {**env, "GEOEVENTS_ALLOW_PRIVATE_URLS": "true", "GEOEVENTS_FETCH_TIMEOUT": "600", **extra}
    with log.open("wb") as fh:
        return subprocess.Popen(geoevents_cmd("run", *inputs, "--output", str(out)), cwd=ROOT, env=env,
                                stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)


def _holder(out: Path) -> int | None:
    try:
        text = (out / LOCK_NAME).read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _flow_runs(server: PrefectServer, out: Path) -> list[Any]:
    from prefect.client.orchestration import SyncPrefectClient

    with SyncPrefectClient(server.api_url) as client:
        return [r for r in client.read_flow_runs(limit=200) if r.parameters.get("output") == str(out)]


def _log(path: Path) -> str:
    return path.read_text(errors="replace")[-2500:]


@pytest.mark.slow
def test_second_run_waits_for_the_first(prefect_server: PrefectServer, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    gate = threading.Event()
    holders: list[int] = []
    procs: list[subprocess.Popen[bytes]] = []
    with LocalSite() as site:
        inputs = _inputs(tmp_path, site, gate)
        try:
            procs = [_start(inputs, out, prefect_server.env, log) for log in logs]

            def both_running() -> bool | None:
                for p, log in zip(procs, logs, strict=True):
                    assert p.poll() is None, _log(log)
                runs = _flow_runs(prefect_server, out)
                return True if len(runs) == 2 and all(r.state and r.state.is_running() for r in runs) else None

            wait_for(both_running, timeout=300, what="both flow runs to be running", every=0.5)
            holders.append(wait_for(lambda: _holder(out), timeout=60, what="a lock holder"))
            time.sleep(3)  # the other run is inside its flow, polling the lock
            assert all(p.poll() is None for p in procs) and _holder(out) == holders[0]
            gate.set()
            for p in procs:
                p.wait(400)
            holders.append(_holder(out) or 0)
        finally:
            gate.set()
            for p in procs:
                stop(p)
    assert [p.returncode for p in procs] == [0, 0], "\n".join(_log(log) for log in logs)
    assert sorted(holders) == sorted(p.pid for p in procs), holders  # one after the other
    first = 0 if holders[0] == procs[0].pid else 1
    texts = [log.read_text(errors="replace") for log in logs]
    assert f"documents kept: {N_DOCS}" in texts[first]
    assert "documents kept: 0" in texts[1 - first] and f"duplicate {N_DOCS}" in texts[1 - first]  # saw the commit
    ids = ds.dataset(out / "documents", format="parquet", partitioning="hive").to_table().column("doc_id").to_pylist()
    assert len(ids) == len(set(ids)) == N_DOCS
    runs = sorted(_flow_runs(prefect_server, out), key=lambda r: r.end_time)
    assert runs[1].start_time < runs[0].end_time  # the second was running while the first held the lock
    print(f"\ntwo writers: run {runs[1].name!r} started {runs[1].start_time:%H:%M:%S}, waited for "
          f"{runs[0].name!r} (ended {runs[0].end_time:%H:%M:%S}), then published 0 new documents")


@pytest.mark.slow
def test_second_run_gives_up_after_the_lock_timeout(prefect_server: PrefectServer, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    gate = threading.Event()
    first = second = None
    with LocalSite() as site:
        inputs = _inputs(tmp_path, site, gate)
        try:
            first = _start(inputs, out, prefect_server.env, tmp_path / "first.log")
            wait_for(lambda: True if _holder(out) == first.pid else None, timeout=300, what="the first run's lock",
                     alive=first, log=tmp_path / "first.log")
            second = _start(inputs, out, prefect_server.env, tmp_path / "second.log", GEOEVENTS_LOCK_TIMEOUT="2")
            assert second.wait(300) != 0, _log(tmp_path / "second.log")
            assert first.poll() is None
            gate.set()
            assert first.wait(400) == 0, _log(tmp_path / "first.log")
        finally:
            gate.set()
            stop(first)
            stop(second)
    message = " ".join((tmp_path / "second.log").read_text(errors="replace").split())
    assert "another run holds" in message and "waited 2s" in message, message[-2000:]
    print("\nsecond run's message:", message[message.index("error:"):][:200])
    ids = ds.dataset(out / "documents", format="parquet", partitioning="hive").to_table().column("doc_id").to_pylist()
    assert len(ids) == N_DOCS
