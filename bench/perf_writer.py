"""Writer: ``Dataset.commit`` vs a bare ``pyarrow.dataset.write_dataset`` of the same tables.

Tables shaped like a run's: ``documents`` (with 512-byte MinHash signatures), ``mentions`` (sentences
from the synthetic corpus) and ``events``, filled from the contract schemas, dated over 24 months
(so 24 hive partitions each). ``Dataset.commit`` (appends + the events upsert, into an empty dataset)
validates, splits by partition, writes zstd Parquet, hashes every file into ``_manifest.json``,
fsyncs and swaps atomically. The bare baseline writes the same tables, with the same partition
columns and codec, with ``write_dataset`` (no validation, manifest, fsync or swap). Repeated
alternately; the best of each is kept. A breakdown of the commit by phase follows.

Floor: commit time / bare write time <= 1.2.

Usage: python bench/perf_writer.py [--mentions 100000] [--json PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import os
import shutil
import tempfile
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


def proposed_dataset_class() -> type:
    """``Dataset`` with three changes proposed for src/geoevents/dataset.py (measured with ``--proposed``):

    1. ``_split`` sorts once by (year, month) and slices, instead of filtering the whole table once per
       partition (Arrow's sort is stable, so each partition keeps its row order);
    2. the new files are written by a small thread pool (pyarrow releases the GIL), each one fsynced by the
       thread that wrote it, from an in-memory buffer whose sha256 goes straight into the manifest;
    3. (as the writer does since 828f4a5) the final fsync covers the directories and the manifest only: the
       hardlinked files of the previous version are the published inodes, already durable.
    """
    import hashlib
    import json as _json
    import shutil as _shutil
    from concurrent.futures import ThreadPoolExecutor

    import pyarrow.parquet as pq

    import geoevents.dataset as gd

    class ProposedDataset(gd.Dataset):
        @staticmethod
        def _split(name: str, table: pa.Table) -> Iterator[tuple[str, pa.Table]]:
            with_parts = gd._partition_of(name, table)
            ordered = with_parts.take(pc.sort_indices(with_parts, [("year", "ascending"), ("month", "ascending")]))
            years = ordered.column("year").to_numpy(zero_copy_only=False)
            months = ordered.column("month").to_numpy(zero_copy_only=False)
            keys = years.astype("int64") * 100 + months
            cuts = [0, *(np.flatnonzero(np.diff(keys)) + 1).tolist(), len(keys)]
            for a, b in itertools.pairwise(cuts):
                yield f"year={years[a]}/month={months[a]}", ordered.slice(a, b - a).drop_columns(["year", "month"])

        def commit(self, *, run_id: str, appends: dict[str, pa.Table], upserts: dict[str, pa.Table],
                   now: dt.datetime, extra: dict[str, Any] | None = None) -> dict[str, Any]:
            staging = self.root.parent / f".{self.root.name}.staging-{run_id}"
            _shutil.rmtree(staging, ignore_errors=True)
            new_files: dict[Path, pa.Table] = {}
            skip: set[Path] = set()
            for name, table in appends.items():
                if table.num_rows:
                    for rel, part in self._split(name, gd.validate_table(name, table)):
                        new_files[Path(name) / rel / f"part-{run_id}.parquet"] = part
            for name, table in upserts.items():
                if not table.num_rows:
                    continue
                key = gd.KEY_COLUMN[name]
                for rel, part in self._split(name, gd.validate_table(name, table)):
                    old_dir = self.root / name / rel
                    old_files = sorted(old_dir.glob("*.parquet")) if old_dir.is_dir() else []
                    if old_files:
                        old = pa.concat_tables([pq.read_table(f, schema=gd.arrow_schema(name)) for f in old_files])
                        keep = pc.invert(pc.is_in(old.column(key), value_set=part.column(key)))
                        part = pa.concat_tables([old.filter(keep), part])
                        skip.update(old_files)
                    new_files[Path(name) / rel / f"part-{run_id}.parquet"] = part.sort_by(key)
            gd.hardlink_tree(self.root, staging, skip=skip | {self.root / gd.MANIFEST})
            for rel_path in new_files:
                (staging / rel_path).parent.mkdir(parents=True, exist_ok=True)

            def write(item: tuple[Path, pa.Table]) -> tuple[str, dict[str, Any]]:
                rel_path, part = item
                sink = pa.BufferOutputStream()
                pq.write_table(part, sink, compression="zstd", write_statistics=True)
                data = sink.getvalue()
                with (staging / rel_path).open("wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                return rel_path.as_posix(), {"path": rel_path.as_posix(), "rows": part.num_rows, "bytes": data.size,
                                             "sha256": hashlib.sha256(data).hexdigest()}

            with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
                fresh = dict(pool.map(write, new_files.items()))
            for name in gd.TABLES:  # every table is a folder, even before its first row
                (staging / name).mkdir(parents=True, exist_ok=True)
            manifest = self._manifest_known(staging, run_id=run_id, now=now, extra=extra or {}, fresh=fresh)
            tmp = staging / (gd.MANIFEST + ".tmp")
            tmp.write_text(_json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
            os.replace(tmp, staging / gd.MANIFEST)
            with (staging / gd.MANIFEST).open("rb") as fh:
                os.fsync(fh.fileno())
            for dirpath, _dirs, _files in os.walk(staging):
                gd.fsync_dir(Path(dirpath))
            gd.exchange_dirs(staging, self.root)
            _shutil.rmtree(staging, ignore_errors=True)
            return manifest

        def _manifest_known(self, staging: Path, *, run_id: str, now: dt.datetime, extra: dict[str, Any],
                            fresh: dict[str, dict[str, Any]]) -> dict[str, Any]:
            previous = self.manifest()
            known = {f["path"]: f for t in previous.get("tables", {}).values() for f in t.get("files", [])}
            known.update(fresh)
            tables: dict[str, Any] = {}
            for name in gd.TABLES:
                files = []
                for path in sorted((staging / name).rglob("*.parquet")) if (staging / name).is_dir() else []:
                    rel = path.relative_to(staging).as_posix()
                    entry = known.get(rel)
                    if entry is None or entry.get("bytes") != path.stat().st_size:
                        entry = {"path": rel, "rows": pq.ParquetFile(path).metadata.num_rows,
                                 "bytes": path.stat().st_size, "sha256": gd.sha256_file(path)}
                    files.append(entry)
                tables[name] = {"rows": sum(f["rows"] for f in files), "files": files}
            runs = [*previous.get("runs", []), {"run_id": run_id, "finished_at": now.isoformat(), **extra}][-200:]
            return {"dataset": "geoevents", "schema_version": gd.SCHEMA_VERSION, "coder_version": gd.CODER_VERSION,
                    "run_id": run_id, "updated_at": now.isoformat(), "tables": tables, "runs": runs}

    return ProposedDataset


def commit(root: Path, tables: dict[str, pa.Table], cls: type | None = None) -> float:
    from geoevents.dataset import Dataset

    dataset = (cls or Dataset)(root)
    with dataset.locked(timeout=60):
        t0 = time.perf_counter()
        dataset.commit(run_id="bench", now=NOW, appends={k: v for k, v in tables.items() if k != "events"},
                       upserts={"events": tables["events"]})
        return time.perf_counter() - t0


def bare(root: Path, tables: dict[str, pa.Table]) -> float:
    from geoevents.schema import TABLES

    part = ds.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")
    options = ds.ParquetFileFormat().make_write_options(compression="zstd")
    root.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    for name, table in tables.items():
        col = table.column(TABLES[name].partition_source)
        with_parts = table.append_column("year", pc.year(col).cast(pa.int32())).append_column(
            "month", pc.month(col).cast(pa.int32()))
        ds.write_dataset(with_parts, root / name, format="parquet", partitioning=part, file_options=options,
                         existing_data_behavior="overwrite_or_ignore", basename_template="part-{i}.parquet")
    return time.perf_counter() - t0


@contextlib.contextmanager
def phase_clock(spent: dict[str, float]) -> Iterator[None]:
    """Wrap the writer's steps with clocks (for the breakdown run only)."""
    import geoevents.dataset as gd

    targets: list[tuple[Any, str, str]] = [
        (gd, "validate_table", "validate"), (gd.Dataset, "_split", "split by partition"),
        (gd, "hardlink_tree", "hardlink previous version"), (gd.pq, "write_table", "write parquet"),
        (gd.Dataset, "_manifest", "manifest (sha256 of files)"), (gd, "_fsync_file", "fsync files"),
        (gd, "_fsync_dirs", "fsync directories"),
        (gd, "exchange_dirs", "atomic swap"), (gd.pq, "read_table", "read old partitions (upsert)")]
    targets = [t for t in targets if hasattr(t[0], t[1])]  # the writer's helpers as they are today
    saved = [(obj, attr, getattr(obj, attr)) for obj, attr, _label in targets]

    def wrap(fn: Callable[..., Any], label: str, *, gen: bool) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            t0 = time.perf_counter()
            if gen:  # _split is a generator: time the whole iteration
                out = list(fn(*a, **k))
                spent[label] += time.perf_counter() - t0
                return iter(out)
            try:
                return fn(*a, **k)
            finally:
                spent[label] += time.perf_counter() - t0
        return timed

    for obj, attr, label in targets:
        orig = getattr(obj, attr)
        if isinstance(obj, type) and attr == "_split":
            setattr(obj, attr, staticmethod(wrap(orig, label, gen=True)))
        else:
            setattr(obj, attr, wrap(orig, label, gen=False))
    try:
        yield
    finally:
        for obj, attr, orig in saved:
            if isinstance(obj, type) and attr == "_split":
                setattr(obj, attr, staticmethod(orig))
            else:
                setattr(obj, attr, orig)


def check_same(a: Path, b: Path) -> None:
    """Both writers produced the same tables (rows, in order) and the same manifest file list."""
    ma, mb = (json.loads((p / "_manifest.json").read_text()) for p in (a, b))
    for name in ma["tables"]:
        fa = [(f["path"], f["rows"]) for f in ma["tables"][name]["files"]]
        fb = [(f["path"], f["rows"]) for f in mb["tables"][name]["files"]]
        assert fa == fb, name
        for path, _rows in fa:
            assert pq_read(a / path).equals(pq_read(b / path)), path


def pq_read(path: Path) -> pa.Table:
    import pyarrow.parquet as pq

    return pq.read_table(path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--proposed", action="store_true",
                    help="also time the writer with the changes proposed for dataset.py (proposed_dataset_class)")
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
    times: dict[str, list[float]] = {"commit": [], "bare": [], "proposed": []}
    proposed = proposed_dataset_class() if args.proposed else None
    spent: dict[str, float] = defaultdict(float)
    try:
        commit(work / "warm-c", tables)
        bare(work / "warm-b", tables)
        if proposed is not None:
            commit(work / "warm-p", tables, proposed)
            check_same(work / "warm-c", work / "warm-p")
        for r in range(args.rounds):
            times["commit"].append(commit(work / f"c{r}", tables))
            times["bare"].append(bare(work / f"b{r}", tables))
            if proposed is not None:
                times["proposed"].append(commit(work / f"p{r}", tables, proposed))
            for d in ("c", "b", "p"):
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
    if times["proposed"]:
        t_p = min(times["proposed"])
        print(f"with the proposed changes (proposed_dataset_class: sort-and-slice split, threaded write+fsync per "
              f"file, sha256 from the written buffer): {', '.join(f'{t:.2f}' for t in times['proposed'])} s -> "
              f"proposed / bare = {t_p / t_b:.2f} (same files, rows and manifest entries: checked)")
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
