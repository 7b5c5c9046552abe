"""``make bench``: every benchmark in turn, then one table "figure | measured | floor | met".

Each script runs in its own process (clean memory figures, no shared caches) with ``--json`` and its
output is shown as it runs; the figures are collected into bench/out/figures.json and the table. The
sizes are chosen so the whole run fits in 20 minutes on 2 free cores (see bench/README.md); the
elapsed time of each script and the load average are printed, because this machine is shared and
every figure is a ratio measured inside one run.

Usage: python bench/run_all.py [--only NAME[,NAME]] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
BUDGET_MIN = 20.0

# name, arguments at the documented sizes, arguments for --quick (a smoke run, not the figures)
SCRIPTS: list[tuple[str, list[str], list[str]]] = [
    ("dedup_eval", ["--sizes", "5000,50000"], ["--sizes", "1000,5000"]),
    ("perf_writer", ["--mentions", "100000"], ["--mentions", "20000", "--rounds", "1"]),
    ("perf_spacy", ["--docs", "48", "--need-docs", "24"], ["--docs", "12", "--need-docs", "6"]),
    ("perf_pipeline", ["--docs", "100"], ["--docs", "24"]),
    ("perf_dask", ["--docs", "256", "--batch", "64", "--rounds", "2", "--no-plain"],
     ["--docs", "40", "--batch", "10"]),
    ("perf_scaling", ["--e2e", "100,1000", "--rss", "1000,10000,100000"],
     ["--e2e", "10,40", "--rss", "1000,2000,5000"]),
]
# Memory-only measurements (no timing figure depends on them) started at the beginning, beside dedup_eval:
# perf_scaling's 100k run of run_pipeline with its stand-in coder. Both sides of dedup_eval's time ratio
# (5k and 50k) run while they do, so that ratio compares like with like.
BACKGROUND = (["--background", "--rss", "100000"], ["--background", "--rss", "5000"])


def table(rows: list[dict[str, Any]]) -> str:
    head = ("figure", "measured", "floor", "met")
    cells = [[str(r.get("figure", "")), str(r.get("measured", "")), str(r.get("floor", "")),
              {True: "yes", False: "NO", None: "-"}[r.get("met")]] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(head)]
    line = " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    out = [line, "-+-".join("-" * w for w in widths)]
    out += [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="", help="comma-separated script names")
    ap.add_argument("--quick", action="store_true", help="small sizes: checks the scripts run, not the figures")
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    OUT.mkdir(parents=True, exist_ok=True)
    only = {s for s in args.only.split(",") if s}
    start = time.perf_counter()
    print(f"== bench: load average {os.getloadavg()}, {os.cpu_count()} CPUs", flush=True)

    t0 = time.perf_counter()
    biggest = "5000" if args.quick else "100000"
    subprocess.run([sys.executable, str(HERE / "synth.py"), biggest], check=True)
    elapsed = {"synth corpus": time.perf_counter() - t0}
    background_json = OUT / "scaling_background.json"
    background_json.unlink(missing_ok=True)
    background = None
    if not only or "perf_scaling" in only:
        background = subprocess.Popen([sys.executable, str(HERE / "perf_scaling.py"),
                                       *BACKGROUND[1 if args.quick else 0], "--json", str(background_json)])
        print(f"(memory-only runs of perf_scaling started in the background, pid {background.pid})", flush=True)
    figures: list[dict[str, Any]] = []
    failed: list[str] = []
    for name, full, quick in SCRIPTS:
        if only and name not in only:
            continue
        argv = quick if args.quick else full
        if name == "perf_scaling" and background is not None:
            argv = [*argv, "--background-json", str(background_json)]
        out = OUT / f"{name}.json"
        out.unlink(missing_ok=True)
        print(f"\n==== {name} {' '.join(argv)}  (load average {os.getloadavg()})", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *argv, "--json", str(out)], check=False)
        elapsed[name] = time.perf_counter() - t0
        command = f"python bench/{name}.py {' '.join(argv)}"
        if proc.returncode != 0 or not out.is_file():
            failed.append(name)
            figures.append({"figure": f"{name}: FAILED (exit {proc.returncode})", "measured": "", "floor": "",
                            "met": False, "command": command})
            continue
        for fig in json.loads(out.read_text()):
            fig.setdefault("command", command)
            figures.append(fig)
    if background is not None:
        background.wait()
    total = time.perf_counter() - start
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_min = (used.ru_utime + used.ru_stime) / 60
    (OUT / "figures.json").write_text(json.dumps(figures, indent=2, default=str))

    print("\n\n==== figures (every figure is a ratio measured inside one run; see each section above)")
    print(table(figures))
    print("\nnotes:")
    for f in figures:
        if f.get("note"):
            print(f"  - {f['figure']}: {f['note']}")
    print("\nelapsed: " + ", ".join(f"{k} {v / 60:.1f} min" for k, v in elapsed.items()))
    print(f"total {total / 60:.1f} min wall (budget {BUDGET_MIN:.0f} min on 2 free cores), {cpu_min:.1f} min of CPU "
          f"used by the benchmarks; load average at end {os.getloadavg()}"
          + ("  [--quick: smoke sizes, not the figures]" if args.quick else ""))
    if failed:
        print(f"failed: {failed}")
        sys.exit(1)


if __name__ == "__main__":
    main()
