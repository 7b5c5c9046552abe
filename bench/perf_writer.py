"""Writer: ``Dataset.commit`` vs a bare ``pyarrow.dataset.write_dataset`` of the same tables.

Tables shaped like a run's: ``documents`` (with 512-byte MinHash signatures), ``mentions`` (sentences
from the synthetic corpus) and ``events``, filled from the contract schemas, dated over 24 months
(so 24 hive partitions each). ``Dataset.commit`` (a thin use of the streaming writer
``Dataset.begin``: appends + the events upsert, into an empty dataset) validates, adds the partition
columns, writes zstd Parquet with ``write_dataset`` (rows in order), sorts the events by key, hashes
and fsyncs every new file (in background threads while the next table is written), writes
``_manifest.json``, fsyncs the folders and swaps atomically. The bare baseline writes the same tables,
with the same partition columns and codec, with ``write_dataset`` (no validation, manifest, fsync or
swap); both outputs are checked to hold the same rows in the same partitions. Repeated alternately
(5 rounds, which one goes first alternating); the best of each is kept. A breakdown by phase follows.

Floor: commit time / bare write time <= 1.2.

Usage: python bench/perf_writer.py [--mentions 100000] [--json PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

import synth

FLOOR = 1.2
CPU: dict[str, list[float]] = {"commit": [], "bare": []}
"""CPU seconds of this process (all threads) per timed call: a second view, less sensitive to others' load."""
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def fake_table(name: str, n: int, rng: np.random.Generator, sentences: list[str]) -> pa.Table:
    """``n`` rows of the contract table ``name``: plausible values by type, 20% nulls where nullable."""
    from geoevents.schema import TABLES, arrow_schema

    schema = arrow_schema(name)
    start = dt.date(2023, 1, 1)
    days = rng.integers(0, 730, n)
    cols: list[pa.Array] = []
    for f in schema:
        t = f.type
        if f.name == TABLES[name].partition_source or pa.types.is_date(t) or pa.types.is_timestamp(t):
            if pa.types.is_date(t):
                arr = pa.array([start + dt.timedelta(days=int(d)) for d in days], t)
            else:
                base = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
                arr = pa.array([base + dt.timedelta(days=int(d), seconds=int(s))
                                for d, s in zip(days, rng.integers(0, 86400, n), strict=True)], t)
        elif pa.types.is_string(t):
            if f.name == "sentence":
                vals: list[Any] = [sentences[i % len(sentences)] for i in range(n)]
            elif f.name.endswith("_id"):
                vals = [f"{x:016x}" for x in rng.integers(0, 2**62, n)]
            else:
                pool = [f"{f.name[:6]}{i}" for i in range(300)]
                vals = [pool[x] for x in rng.integers(0, len(pool), n)]
            arr = pa.array(vals, t)
        elif pa.types.is_integer(t):
            arr = pa.array(rng.integers(0, 1000, n), t)
        elif pa.types.is_floating(t):
            arr = pa.array(rng.random(n), t)
        elif pa.types.is_boolean(t):
            arr = pa.array(rng.random(n) < 0.5, t)
        elif pa.types.is_binary(t) or pa.types.is_large_binary(t):
            arr = pa.array([rng.bytes(512) for _ in range(n)], t)
        else:
            raise TypeError(f"{name}.{f.name}: no filler for {t}")
        if f.nullable and f.name != TABLES[name].partition_source:
            arr = pc.if_else(pa.array(rng.random(n) < 0.2), pa.nulls(n, t), arr)
        cols.append(arr)
    return pa.Table.from_arrays(cols, schema=schema)


def commit(root: Path, tables: dict[str, pa.Table]) -> float:
    from geoevents.dataset import Dataset

    dataset = Dataset(root)
    with dataset.locked(timeout=60):
        t0, c0 = time.perf_counter(), time.process_time()
        dataset.commit(run_id="bench", now=NOW, appends={k: v for k, v in tables.items() if k != "events"},
                       upserts={"events": tables["events"]})
        CPU["commit"].append(time.process_time() - c0)
        return time.perf_counter() - t0


def bare(root: Path, tables: dict[str, pa.Table]) -> float:
    from geoevents.schema import TABLES

    part = ds.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")
    options = ds.ParquetFileFormat().make_write_options(compression="zstd")
    root.mkdir(parents=True, exist_ok=True)
    t0, c0 = time.perf_counter(), time.process_time()
    for name, table in tables.items():
        col = table.column(TABLES[name].partition_source)
        with_parts = table.append_column("year", pc.year(col).cast(pa.int32())).append_column(
            "month", pc.month(col).cast(pa.int32()))
        ds.write_dataset(with_parts, root / name, format="parquet", partitioning=part, file_options=options,
                         existing_data_behavior="overwrite_or_ignore", basename_template="part-{i}.parquet")
    CPU["bare"].append(time.process_time() - c0)
    return time.perf_counter() - t0


@contextlib.contextmanager
def phase_clock(spent: dict[str, float]) -> Iterator[None]:
    """Wrap the writer's steps with clocks (for the breakdown run only). ``_seal`` (sha256 + fsync of each new
    file) runs in background threads while later files are written, so its time overlaps the others'."""
    import geoevents.dataset as gd

    targets: list[tuple[Any, str, str]] = [
        (gd, "validate_table", "validate"), (gd, "with_partition", "partition columns"),
        (gd, "partition_slices", "sort and slice by partition (upsert)"),
        (gd, "hardlink_tree", "hardlink previous version"), (gd.ds, "write_dataset", "write parquet (write_dataset)"),
        (gd, "_seal", "sha256 + fsync per new file (threads)"), (gd.StagedVersion, "_manifest", "manifest"),
        (gd, "fsync_dir", "fsync directories"), (gd, "exchange_dirs", "atomic swap"),
        (gd.pq, "read_table", "read old partitions (upsert)")]
    saved = [(obj, attr, getattr(obj, attr)) for obj, attr, _label in targets]
    lock = threading.Lock()

    def wrap(fn: Callable[..., Any], label: str, *, gen: bool) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return iter(list(fn(*a, **k))) if gen else fn(*a, **k)
            finally:
                with lock:
                    spent[label] += time.perf_counter() - t0
        return timed

    for obj, attr, label in targets:
        setattr(obj, attr, wrap(getattr(obj, attr), label, gen=attr == "partition_slices"))
    try:
        yield
    finally:
        for obj, attr, orig in saved:
            setattr(obj, attr, orig)


def check_same(ours: Path, theirs: Path, tables: dict[str, pa.Table]) -> None:
    """Both writers stored the same rows in the same hive partitions (compared sorted by each table's key)."""
    keys = {"documents": "doc_id", "mentions": "mention_id", "events": "event_id"}
    part = ds.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")
    for name in tables:
        a, b = (ds.dataset(root / name, format="parquet", partitioning=part).to_table() for root in (ours, theirs))
        order = [(keys[name], "ascending"), ("year", "ascending"), ("month", "ascending")]
        a, b = a.sort_by(order), b.select(a.column_names).sort_by(order)
        assert a.num_rows == b.num_rows == tables[name].num_rows and a.equals(b), name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    rng = np.random.default_rng(5)
    sentences = [s for d in synth.iter_documents(200) for s in d.text.split(". ") if len(s) > 40]
    n = args.mentions
    tables = {"documents": fake_table("documents", n // 5, rng, sentences),
              "mentions": fake_table("mentions", n, rng, sentences),
              "events": fake_table("events", n // 2, rng, sentences)}
    rows = {k: v.num_rows for k, v in tables.items()}
    mb = sum(v.nbytes for v in tables.values()) / 2**20
    work = Path(tempfile.mkdtemp(prefix="perf_writer-", dir=synth.OUT))
    times: dict[str, list[float]] = {"commit": [], "bare": []}
    spent: dict[str, float] = defaultdict(float)
    try:
        commit(work / "warm-c", tables)
        bare(work / "warm-b", tables)
        check_same(work / "warm-c", work / "warm-b", tables)
        for r in range(args.rounds):  # alternate which goes first (the other's dirty pages are still being written)
            if r % 2:
                times["bare"].append(bare(work / f"b{r}", tables))
                times["commit"].append(commit(work / f"c{r}", tables))
            else:
                times["commit"].append(commit(work / f"c{r}", tables))
                times["bare"].append(bare(work / f"b{r}", tables))
            for d in ("c", "b"):
                shutil.rmtree(work / f"{d}{r}", ignore_errors=True)
        with phase_clock(spent):
            t_breakdown = commit(work / "breakdown", tables)
        files = sum(1 for _ in (work / "breakdown").rglob("*.parquet"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    t_c, t_b = min(times["commit"]), min(times["bare"])
    ratio = t_c / t_b
    print(f"tables {rows} ({mb:.0f} MB in memory), 24 monthly partitions each, {files} files; "
          f"load average {os.getloadavg()}")
    print(f"Dataset.commit: {', '.join(f'{t:.2f}' for t in times['commit'])} s; bare write_dataset: "
          f"{', '.join(f'{t:.2f}' for t in times['bare'])} s")
    print(f"commit / bare = {ratio:.2f} (floor <= {FLOOR})")
    rounds_cpu = {k: sorted(v[1:1 + args.rounds]) for k, v in CPU.items()}  # [0] is the warm-up
    cpu_c, cpu_b = (rounds_cpu[k][len(rounds_cpu[k]) // 2] for k in ("commit", "bare"))
    print(f"CPU seconds of this process (median of the rounds): commit {cpu_c:.2f}, bare {cpu_b:.2f} -> "
          f"{cpu_c / cpu_b:.2f}")
    print("same rows in the same partitions from both writers: checked (sorted by key)")
    print(f"commit by phase ({t_breakdown:.2f} s in the clocked run; phases overlap where one calls another):")
    for label, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {label:32s} {secs:6.2f} s  {secs / t_breakdown:5.1%}")
    figures = [{"figure": "Dataset.commit / bare write_dataset (same tables)", "measured": round(ratio, 2),
                "floor": f"<= {FLOOR}", "met": ratio <= FLOOR,
                "note": "; ".join(f"{k} {v:.2f}s" for k, v in sorted(spent.items(), key=lambda kv: -kv[1])[:4])}]
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
