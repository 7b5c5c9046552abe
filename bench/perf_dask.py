"""Scale-out: the Prefect flow on a Dask LocalCluster of 2 single-threaded worker processes vs the default
task runner (Prefect's thread pool in this process), on the same synthetic documents.

The default runner's threads share the process's one ``Coder``; ``code_batch`` serializes them with a lock
(the coder keeps per-document state), so it codes one batch at a time, as threads under one GIL mostly would.

Both runs are steady state: the flow's own process has built its coder and run the flow once; the
cluster is started with the same arguments ``pipeline_with_runner("dask", workers=2)`` uses, each
worker builds its coder, and the flow runs once on it before the clock starts (on 4 batches' worth of
warm-up documents, so that every worker has run a Prefect task) (it is then reached
by address through ``pipeline_with_runner("dask", dask_address=...)``, the same function). The
cold start a user of ``pipeline_with_runner("dask")`` pays on every run (cluster + coder in every
worker) is timed and printed beside it.

Two more figures put the speedup in context: the library's batches without Prefect (``code_batch``
in this process vs ``client.map`` on the same two workers), and the machine's own ceiling: a fixed
CPU-bound job run by two processes at once vs one alone (on a shared or hyper-threaded 2-vCPU machine
that is well under 2.0, and no scheduler can beat it).

Floor: the Dask run is >= 1.6x faster than the default runner.

Usage: python bench/perf_dask.py [--docs 256] [--batch 64] [--rounds 1] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import synth

FLOOR = 1.6


def _warm_worker(batch_size: int) -> int:
    """Build the coder in a worker process (the same Settings value the flow will pass), and import what a
    Prefect task run needs there."""
    import flows.pipeline  # noqa: F401
    import prefect.task_engine  # noqa: F401

    from geoevents.pipeline import _coder
    from geoevents.settings import Settings

    _coder(Settings.from_env(batch_size=batch_size))
    return os.getpid()


_PROBE = {
    "python": "t=time.perf_counter()\ns=0\nfor i in range(4_000_000): s+=i*i\n",
    "matmul": ("import numpy as np\na=np.ones((64,256),dtype='float32')\nb=np.ones((256,256),dtype='float32')\n"
               "a@b\nt=time.perf_counter()\nfor _ in range(20_000): a@b\n"),
}


def machine_ceiling() -> dict[str, float]:
    """Throughput of two processes running the same fixed job at once, relative to one alone: what 2 workers
    can gain at most on this machine right now (1.0 = no gain, 2.0 = two free cores). Fresh interpreters with
    one BLAS thread each (as Dask workers run); each job times itself, so start-up is not counted."""
    import subprocess
    import sys

    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = {}
    for kind, body in _PROBE.items():
        code = f"import time\n{body}print(time.perf_counter()-t)"

        def start(code: str = code) -> subprocess.Popen[str]:
            return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)

        one = float(start().communicate()[0])
        pair = [start(), start()]
        two = max(float(p.communicate()[0]) for p in pair)
        out[kind] = 2 * one / two
    return out


def _cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def measure(local: Any, corpus: Path, warm: Path, work: Path, cfg: dict[str, Any], args: argparse.Namespace
            ) -> tuple[dict[str, Any], dict[str, list[float]], dict[str, list[float]], float, dict[str, float] | None]:
    import psutil
    from distributed import Client, LocalCluster, get_task_stream
    from flows.pipeline import pipeline_with_runner

    try:
        t0 = time.perf_counter()
        _warm_worker(args.batch)
        local(inputs=[str(warm)], output=str(work / "warm-local"), settings=cfg)
        print(f"default runner warm-up (coder + Prefect's local API + one small run): {time.perf_counter() - t0:.1f} s")

        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
        t_cluster = time.perf_counter() - t0
        pids = client.run(_warm_worker, args.batch)
        t_cold = time.perf_counter() - t0
        print(f"cold start of the cluster: {t_cluster:.1f} s to start 2 workers, {t_cold:.1f} s with a coder in each "
              f"(pids {sorted(pids.values())}) - paid on every run by pipeline_with_runner('dask') without an address")
        plain = None if args.no_plain else plain_batches(client, corpus, args.batch)
        dask = pipeline_with_runner("dask", dask_address=cluster.scheduler_address)
        dask(inputs=[str(warm)], output=str(work / "warm-dask"), settings=cfg)

        times: dict[str, list[float]] = {"local": [], "dask": []}
        cpu: dict[str, list[float]] = {"local": [], "dask": []}
        worker_procs = [psutil.Process(p) for p in pids.values()]
        summary: dict[str, Any] = {}
        for r in range(args.rounds):
            order = (("local", local), ("dask", dask))
            for name, flow in order if r % 2 == 0 else order[::-1]:  # alternate, so drift on the host hits both
                out = work / f"{name}-{r}"
                c0 = _cpu_seconds() + sum(sum(p.cpu_times()[:2]) for p in worker_procs)
                t0, w0 = time.perf_counter(), time.time()
                with get_task_stream(client) as stream:
                    summary[name] = flow(inputs=[str(corpus)], output=str(out), settings=cfg)
                times[name].append(time.perf_counter() - t0)
                cpu[name].append(_cpu_seconds() + sum(sum(p.cpu_times()[:2]) for p in worker_procs) - c0)
                if name == "dask":
                    _print_timeline(stream.data, w0, w0 + times[name][-1])
                shutil.rmtree(out, ignore_errors=True)
        client.close()
        cluster.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return summary, times, cpu, t_cold, plain


def _print_timeline(stream: list[dict[str, Any]], start: float, end: float) -> None:
    """Where the Dask run's wall time went: before the first coding task started (sources, reading and staging
    the first chunk, Prefect), the tasks, after the last one ended (collecting, events, publishing)."""
    spans = [(s["start"], s["stop"]) for t in stream for s in t["startstops"] if s["action"] == "compute"]
    if not spans:
        return
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    busy = sum(b - a for a, b in spans)
    print(f"  dask run timeline: {first - start:.1f} s before the first task, {len(spans)} tasks over "
          f"{last - first:.1f} s (workers busy {busy / (2 * (last - first)):.0%} of that), {end - last:.1f} s after "
          f"the last; task times {', '.join(f'{b - a:.1f}' for a, b in sorted(spans))} s")


def plain_batches(client: Any, corpus: Path, batch: int) -> dict[str, float]:
    """The library's batches without Prefect: ``code_batch`` one after another here vs ``client.map`` on the
    two workers (same documents, same batches)."""
    import datetime as dt

    from geoevents.pipeline import batches, code_batch, make_sources, read_inputs
    from geoevents.settings import Settings

    settings = Settings.from_env(batch_size=batch)
    docs, _rejects = read_inputs(make_sources([str(corpus)], settings=settings, now=dt.datetime.now(dt.UTC)))
    work = list(batches(docs, batch))
    client.gather(client.map(code_batch, work[:2], settings=settings, run_id="warm", pure=False))
    t0 = time.perf_counter()
    here = sum(len(code_batch(b, settings=settings, run_id="x")) for b in work)
    t_here = time.perf_counter() - t0
    t0 = time.perf_counter()
    there = sum(len(r) for r in client.gather(client.map(code_batch, work, settings=settings, run_id="x",
                                                         pure=False)))
    t_there = time.perf_counter() - t0
    assert here == there
    return {"here": t_here, "dask": t_there, "tasks": len(work)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=256)
    ap.add_argument("--batch", type=int, default=64,
                    help="documents per task (an even number of tasks; 64 is Settings.batch_size's default)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--no-plain", action="store_true",
                    help="skip the library's batches without Prefect (a context figure; saves about 80 s)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    import psutil
    from flows.pipeline import pipeline_with_runner

    corpus = synth.ensure_corpus(args.docs)
    # The warm-up runs must give every worker at least one Prefect task (4 tasks for 2 workers), so that no
    # worker pays its first task run (engine imports, API client) inside the measured run. Its documents are
    # short (20-40 words): the warm-up needs the tasks, not the parse time.
    warm = synth.ensure_corpus(4 * args.batch, config=synth.SynthConfig(seed=99, min_words=20, max_words=80,
                                                                          median_words=30))
    cfg = {"batch_size": args.batch}
    work = Path(tempfile.mkdtemp(prefix="perf_dask-", dir=synth.OUT))
    # The default runner: Prefect's thread pool in this process. Its threads share the process's one coder, so
    # code_batch holds a lock (pipeline._CODER_LOCK): batches are coded one at a time.
    local = pipeline_with_runner("local")
    print(f"load average at start {os.getloadavg()}; {psutil.cpu_count()} CPUs")
    from prefect.testing.utilities import prefect_test_harness  # a throwaway API and database for the runs

    ceiling = machine_ceiling()
    print("machine: two processes at once do "
          + ", ".join(f"{k} x{v:.2f}" for k, v in ceiling.items())
          + " the work of one alone (2.0 = two free cores)")
    with prefect_test_harness(server_startup_timeout=180):
        summary, times, cpu, t_cold, plain = measure(local, corpus, warm, work, cfg, args)
    assert summary["local"]["mentions"] == summary["dask"]["mentions"], "the two runners coded differently"
    t_local, t_dask = min(times["local"]), min(times["dask"])
    speedup = t_local / t_dask
    i_dask = times["dask"].index(t_dask)
    cores_used = cpu["dask"][i_dask] / t_dask
    n = summary["local"]["documents"]
    print(f"\n{args.docs} inputs, {n} documents coded in tasks of {args.batch} "
          f"({-(-n // args.batch)} tasks); mentions {summary['local']['mentions']} on both runners")
    print(f"default runner (thread pool; code_batch serialized by its lock): "
          f"{', '.join(f'{t:.1f}' for t in times['local'])} s; "
          f"CPU {', '.join(f'{c:.0f}' for c in cpu['local'])} s")
    print(f"dask 2 workers x 1 thread: {', '.join(f'{t:.1f}' for t in times['dask'])} s; "
          f"CPU {', '.join(f'{c:.0f}' for c in cpu['dask'])} s (flow process + workers)")
    print(f"speedup (steady state) {speedup:.2f}x (floor >= {FLOOR}); the dask run kept {cores_used:.2f} cores busy "
          f"of 2; load average now {os.getloadavg()}")
    cold = t_local / (t_dask + t_cold)
    print(f"with the cold start included (what a fresh pipeline_with_runner('dask') run costs): {cold:.2f}x")
    best_ceiling = max(ceiling.values())
    context = f"ceiling on this machine now: x{best_ceiling:.2f}; the flow reaches {speedup / best_ceiling:.0%} of it"
    note = (f"{n} docs; machine ceiling for 2 processes x{best_ceiling:.2f} "
            f"({', '.join(f'{k} x{v:.2f}' for k, v in ceiling.items())}); cold start +{t_cold:.0f} s -> {cold:.2f}x")
    figures = [{"figure": "dask 2 workers vs default runner (flow, steady state)", "measured": round(speedup, 2),
                "floor": f">= {FLOOR}", "met": speedup >= FLOOR, "note": note}]
    if plain is not None:
        plain_speedup = plain["here"] / plain["dask"]
        print(f"the library's batches without Prefect ({plain['tasks']:.0f} x code_batch): here "
              f"{plain['here']:.1f} s, client.map on 2 workers {plain['dask']:.1f} s -> {plain_speedup:.2f}x")
        context += f", plain client.map {plain_speedup / best_ceiling:.0%}"
        figures.append({"figure": "dask: library batches on a distributed Client vs in-process", "measured":
                        round(plain_speedup, 2), "floor": f">= {FLOOR}", "met": plain_speedup >= FLOOR})
    print(context)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
