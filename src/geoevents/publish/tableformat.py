"""The dataset as Delta Lake tables (``geoevents export DATASET OUT --format delta``).

Each contract table becomes ``OUT/<table>``, a Delta table partitioned by ``year``/``month``, with
one commit per geoevents run, in run order, so Delta time travel (``DeltaTable(path, version=k)``)
shows the dataset after the (k+1)-th run. Every commit carries ``geoevents.run_id`` in its commit
metadata; exporting again later adds commits only for runs not yet in the Delta table.

``mentions``, ``documents`` and ``rejects`` rows carry their run id and are appended by the run that
wrote them. ``events`` keep only their latest state in the Parquet dataset, so each run's commit
merges (upserts by ``event_id``) the events that run mentioned, with the counts they have at export
time: time travel tells *which* events existed after a run, not the counts they had then.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from deltalake import CommitProperties, DeltaTable, write_deltalake
from deltalake.exceptions import DeltaError

from geoevents.dataset import Dataset
from geoevents.errors import DatasetError
from geoevents.publish.progress import ProgressHook, no_progress
from geoevents.publish.tables import read_table, with_partitions
from geoevents.schema import PARTITION_COLUMNS, SCHEMA_VERSION, TABLES

__all__ = ["RUN_KEY", "DeltaExport", "delta_runs", "export_delta"]

log = logging.getLogger(__name__)
RUN_KEY = "geoevents.run_id"


@dataclass(frozen=True, slots=True)
class DeltaExport:
    out: Path
    runs_added: tuple[str, ...]
    """Runs committed by this export (all runs on a first export, new ones afterwards)."""
    rows: dict[str, int]
    """Rows written or merged per table by this export."""


def delta_runs(path: Path) -> list[str]:
    """The geoevents run ids committed to one Delta table, oldest first ([] when there is no table)."""
    if not DeltaTable.is_deltatable(str(path)):
        return []
    history = DeltaTable(str(path)).history()
    return [str(h[RUN_KEY]) for h in sorted(history, key=lambda h: int(h["version"])) if RUN_KEY in h]


def _run_order(manifest_runs: list[str], tables: dict[str, pa.Table]) -> list[str]:
    """Runs in commit order: those the manifest no longer lists (it keeps the last 200) come first."""
    seen = set(manifest_runs)
    older: set[str] = set()
    for name in ("documents", "mentions", "rejects"):
        older |= {r for r in pc.unique(tables[name].column("run_id")).to_pylist() if r not in seen}
    return [*sorted(older), *manifest_runs]


def _events_of_run(tables: dict[str, pa.Table], run: str, *, last: bool) -> pa.Table:
    mentions = tables["mentions"]
    ids = pc.unique(mentions.filter(pc.equal(mentions.column("run_id"), run)).column("event_id"))
    keep = pc.is_in(tables["events"].column("event_id"), value_set=ids)
    if last:  # events no mention points at (the validator flags them) still reach the Delta table
        orphan = pc.invert(pc.is_in(tables["events"].column("event_id"), value_set=mentions.column("event_id")))
        keep = pc.or_(keep, orphan)
    return tables["events"].filter(keep)


def _commit(path: Path, name: str, rows: pa.Table, run: str) -> None:
    props = CommitProperties(custom_metadata={RUN_KEY: run, "geoevents.schema_version": SCHEMA_VERSION})
    if name == "events" and DeltaTable.is_deltatable(str(path)):
        merger = DeltaTable(str(path)).merge(
            rows, predicate="t.event_id = s.event_id", source_alias="s", target_alias="t",
            commit_properties=props)
        merger.when_matched_update_all().when_not_matched_insert_all().execute()
        return
    write_deltalake(str(path), rows, partition_by=list(PARTITION_COLUMNS), mode="append",
                    name=name, description=TABLES[name].description, commit_properties=props)


def export_delta(root: Path, out: Path, *, progress: ProgressHook = no_progress) -> DeltaExport:
    """Write (or bring up to date) Delta Lake copies of the four tables of the dataset at ``root``."""
    dataset = Dataset(root)
    manifest = dataset.manifest()
    if not manifest:
        raise DatasetError(f"{root} has no _manifest.json: not a geoevents dataset")
    tables = {name: with_partitions(name, read_table(dataset, name)) for name in TABLES}
    order = _run_order([str(r["run_id"]) for r in manifest.get("runs", [])], tables)
    added: list[str] = []
    written = dict.fromkeys(TABLES, 0)
    out.mkdir(parents=True, exist_ok=True)
    todo = {name: [r for r in order if r not in set(delta_runs(out / name))] for name in TABLES}
    total = sum(len(v) for v in todo.values())
    done = 0
    try:
        for name in TABLES:
            for run in todo[name]:
                progress(f"delta {name}", done, total)
                if name == "events":
                    rows = _events_of_run(tables, run, last=run == order[-1])
                else:
                    rows = tables[name].filter(pc.equal(tables[name].column("run_id"), run))
                _commit(out / name, name, rows, run)
                written[name] += rows.num_rows
                done += 1
                if run not in added:
                    added.append(run)
    except (OSError, pa.ArrowException, DeltaError) as err:
        raise DatasetError(f"Delta export to {out} failed: {err}") from err
    progress("delta", total, total)
    log.info("delta export to %s: runs %s", out, ", ".join(added) or "none new")
    return DeltaExport(out=out, runs_added=tuple(added), rows=written)
