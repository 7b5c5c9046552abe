"""Crash safety: the pipeline, run in a subprocess, is SIGKILLed at many points (seeded random delays).

The subprocess runs the library pipeline that the Prefect flow's tasks call (read, dedup, code,
publish with the same atomic commit), without starting Prefect's API each time, so that 20+ kills
fit in CI. After every kill the published dataset is byte-identical to what it was before the run
(or is a complete new version, when the kill came after the commit); a final re-run completes and
leaves no duplicate doc_id, event_id or mention rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tests.conftest import SAMPLES

KILLS = int(os.environ.get("GEOEVENTS_TEST_KILLS", "20"))


def _tree_digest(root: Path) -> dict[str, str]:
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name != ".geoevents.lock":
            out[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _assert_complete(root: Path) -> None:
    manifest = json.loads((root / "_manifest.json").read_text())
    listed = {f["path"]: f["sha256"] for t in manifest["tables"].values() for f in t["files"]}
    present = {p.relative_to(root).as_posix() for p in root.rglob("*.parquet")}
    assert set(listed) == present
    for rel, sha in listed.items():
        assert hashlib.sha256((root / rel).read_bytes()).hexdigest() == sha


RUNNER = """
import sys
from pathlib import Path
from geoevents.pipeline import run_pipeline
from geoevents.settings import Settings
run_pipeline(sys.argv[2:], Path(sys.argv[1]), settings=Settings.from_env())
"""


def _run(inputs: list[Path], out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", RUNNER, str(out), *map(str, inputs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


@pytest.mark.slow
@pytest.mark.timeout(2400)
def test_kill_anywhere_leaves_dataset_unchanged(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    meta = (SAMPLES / "metadata.jsonl").read_text().splitlines(keepends=True)
    for sub, dest in (("txt", first), ("html", second)):
        picked = [line for line in meta if f'"{sub}/' in line][:3]
        (dest / sub).mkdir(parents=True)
        for line in picked:
            name = json.loads(line)["file"]
            shutil.copy(SAMPLES / name, dest / name)
        (dest / "metadata.jsonl").write_text("".join(picked))
    out = tmp_path / "dataset"
    proc = _run([first], out)
    assert proc.wait(300) == 0, proc.stderr.read() if proc.stderr else ""
    before = _tree_digest(out)
    assert any(k.startswith("events/") for k in before)

    started = time.monotonic()
    proc = _run([first, second], out)
    assert proc.wait(300) == 0
    full = time.monotonic() - started
    assert _tree_digest(out) != before
    shutil.rmtree(out)  # rebuild the "before" state
    proc = _run([first], out)
    assert proc.wait(300) == 0

    rng = random.Random(20241122)
    killed_mid_run = 0
    for _ in range(KILLS):
        base = _tree_digest(out)
        proc = _run([first, second], out)
        time.sleep(rng.uniform(0.2, full * 1.05))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            killed_mid_run += 1
        proc.wait(60)
        now = _tree_digest(out)
        if now != base:  # the commit happened before the kill: it must be a whole new version
            _assert_complete(out)
            shutil.rmtree(out)  # restore the earlier state for the next round
            assert _run([first], out).wait(300) == 0
        assert not list(tmp_path.glob(".dataset.staging-*")) or proc.returncode != 0
    print(f"crash safety: {KILLS} kill points, {killed_mid_run} killed mid-run, dataset intact after each")
    assert killed_mid_run >= KILLS // 2

    proc = _run([first, second], out)
    assert proc.wait(300) == 0
    for table, key in (("documents", "doc_id"), ("events", "event_id"), ("mentions", "mention_id")):
        ids = ds.dataset(out / table, format="parquet", partitioning="hive").to_table(columns=[key]).column(key)
        assert len(ids) == len(set(ids.to_pylist())), table
