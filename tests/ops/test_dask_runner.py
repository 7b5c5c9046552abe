"""Scale-out: the flow on a real distributed LocalCluster (2 worker processes on 127.0.0.1) writes the
same dataset, row for row, as the default thread runner on the same input."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from tests.ops.conftest import sample_subset

NAMES = ["txt/china_drills_around_taiwan.txt", "txt/taiwan_drills_syndicated.txt",  # a near-duplicate pair
         "txt/israel_hezbollah_ceasefire_takes_hold.txt", "html/hezbollah_truce_us_france_deal.html",  # one event
         "txt/odesa_port_missile_strike.txt", "txt/colombia_eln_ceasefire_havana.txt",
         "html/iran_seizes_container_ship_hormuz.html", "html/drc_cuts_ties_rwanda_goma.html"]
VOLATILE = {"run_id", "date_added", "last_updated", "ingested_at", "rejected_at"}


def _rows(root: Path, table: str) -> list[tuple[Any, ...]]:
    data = ds.dataset(root / table, format="parquet", partitioning="hive").to_table()
    cols = [c for c in sorted(data.column_names) if c not in VOLATILE]
    rows = [tuple((c, r[c]) for c in cols) for r in data.select(cols).to_pylist()]
    return sorted(rows, key=repr)


@pytest.mark.slow
def test_dask_runner_matches_local_runner(prefect_harness: None, tmp_path: Path) -> None:
    from flows.pipeline import geoevents_pipeline, pipeline_with_runner

    inputs = [str(sample_subset(tmp_path / "inputs", NAMES))]
    # four or more coding tasks over the two workers, in chunks of three inputs (staging overlaps coding)
    settings = {"batch_size": 2, "chunk_size": 3}
    t0 = time.monotonic()
    local = geoevents_pipeline(inputs=inputs, output=str(tmp_path / "local"), settings=settings)
    t1 = time.monotonic()
    dask = pipeline_with_runner("dask", workers=2)(inputs=inputs, output=str(tmp_path / "dask"), settings=settings)
    t2 = time.monotonic()
    assert local["documents"] == dask["documents"] > 0 and local["mentions"] == dask["mentions"] > 0
    counts = {}
    for table in ("events", "mentions", "documents", "rejects"):
        a, b = _rows(tmp_path / "local", table), _rows(tmp_path / "dask", table)
        assert a == b, f"{table}: {len(a)} rows (local) vs {len(b)} (dask)"
        counts[table] = len(a)
    print(f"\ndask vs local: equal row for row {counts}; local {t1 - t0:.0f}s, dask (2 workers) {t2 - t1:.0f}s")


@pytest.mark.slow
def test_batches_coded_in_threads_match_one_at_a_time(tmp_path: Path) -> None:
    """The thread runner codes batches concurrently on the process's one coder; it must not mix them up."""
    import datetime as dt
    from concurrent.futures import ThreadPoolExecutor

    from geoevents.pipeline import batches, code_batch, make_sources, read_inputs
    from geoevents.settings import Settings

    settings = Settings(batch_size=2)
    docs, _ = read_inputs(make_sources([str(sample_subset(tmp_path / "inputs", NAMES))], settings=settings,
                                       now=dt.datetime.now(dt.UTC)))
    parts = list(batches(docs, 2))
    one_by_one = [code_batch(b, settings=settings, run_id="r") for b in parts]
    with ThreadPoolExecutor(len(parts)) as pool:
        threaded = list(pool.map(lambda b: code_batch(b, settings=settings, run_id="r"), parts))
    assert threaded == one_by_one
