"""The ``geoevents-pipeline`` flow: read -> dedup and stage -> code (batched, parallel) -> publish atomically.

Inputs are read lazily in chunks (``settings.chunk_size``; the first chunk is two batches, so coding
starts early). Each chunk is deduplicated and its documents and rejects staged in the run's one new
version (``stage_task``, in the flow process); its batches are submitted to ``code_task`` on the task
runner (threads, or Dask workers) and coded while the next chunk is read and staged; a chunk's mention
records are collected (Arrow tables, spilled) after the next chunk's batches are queued, so the workers
never drain at a chunk boundary. At most two chunks are in flight. ``finish_task``
computes mentions and events and publishes the version with one swap. Only the sources task retries
(it checks the inputs, I/O). The flow holds the dataset's writer lock for the whole run, so overlapping
runs never interleave their commits.

The big in-process arguments (a chunk of documents, the run) are wrapped in ``quote``: Prefect then passes
them as they are instead of walking every element looking for futures. A coding task gets its batch as
is (``quote`` is a tuple, which Dask unpacks on the way to a worker) and returns an Arrow table, which is
cheap to send back, instead of a list of record dicts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypeVar, cast

import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.utilities.annotations import quote

from geoevents.dataset import Dataset
from geoevents.ingest import Source
from geoevents.models import Document, Reject
from geoevents.pipeline import RunSummary, batches, code_table, make_sources, new_run_id, summarize
from geoevents.runwriter import RunWriter
from geoevents.settings import Settings
from geoevents.streaming import chunks, iter_inputs

__all__ = ["geoevents_pipeline", "pipeline_with_runner"]

T = TypeVar("T")


@task(retries=2, retry_delay_seconds=[2, 10], cache_policy=NO_CACHE)
def sources_task(inputs: list[str], settings: Settings, now: dt.datetime, assume_date: dt.date | None) -> list[Source]:
    """Check every input and open its source (a missing path fails the run here, before anything is written)."""
    return make_sources(inputs, settings=settings, now=now, assume_date=assume_date)


@task(cache_policy=NO_CACHE)
def stage_task(run: RunWriter, docs: list[Document], rejects: list[Reject]) -> list[Document]:
    """Drop exact duplicates and mark near-duplicates (against the published dataset and the run so far), stage
    the chunk's documents and rejects; returns the documents to code."""
    return run.add_inputs(docs, rejects)


@task(cache_policy=NO_CACHE)
def code_task(docs: list[Document], settings: Settings, run_id: str) -> pa.Table:
    """Parse and code one batch of documents into mention records (an Arrow table)."""
    return code_table(docs, settings=settings, run_id=run_id)


@task(cache_policy=NO_CACHE)
def finish_task(run: RunWriter) -> RunSummary:
    """Mentions and events month by month, then publish the new dataset version atomically."""
    return summarize(run, run.finish())


def _as_is(value: T) -> T:
    """``value`` wrapped in Prefect's ``quote`` (typed as the value: the task receives it unwrapped)."""
    return cast(T, quote(value))


def _collect(run: RunWriter, futures: list[PrefectFuture[pa.Table]]) -> None:
    for fut in futures:
        run.add_records(fut.result())


def _artifacts(summary: RunSummary, output: str) -> None:
    md = "\n".join(["# geoevents run", "", *[f"- {line}" for line in summary.lines()], "",
                    "| reject reason | count |", "| --- | --- |",
                    *[f"| {k} | {v} |" for k, v in sorted(summary.rejects_by_reason.items())]])
    create_markdown_artifact(key="geoevents-run-summary", markdown=md, description="Counts of this run")
    events = Dataset(Path(output)).table("events", columns=[
        "event_id", "event_date", "actor1_code", "actor2_code", "event_code", "num_articles", "num_mentions",
        "action_geo_name"])
    top = events.sort_by([("num_articles", "descending"), ("num_mentions", "descending"),
                          ("event_id", "ascending")]).slice(0, 20).to_pylist()
    create_table_artifact(key="geoevents-top-events",
                          table=[{k: str(v) for k, v in r.items()} for r in top],
                          description="Events with the most independent articles")


@flow(name="geoevents-pipeline", log_prints=False)
def geoevents_pipeline(inputs: list[str], output: str = "output", settings: dict[str, Any] | None = None,
                       assume_date: dt.date | None = None) -> dict[str, Any]:
    """Code articles from INPUTS into the dataset at OUTPUT; returns the run summary."""
    logger = get_run_logger()
    cfg = Settings.from_env(**(settings or {}))
    now = dt.datetime.now(dt.UTC)
    run_id = new_run_id(now)
    dataset = Dataset(Path(output))
    with dataset.locked(timeout=cfg.lock_timeout):
        sources = sources_task(inputs, cfg, now, assume_date)
        with RunWriter(dataset, run_id=run_id, now=now, settings=cfg) as run:
            coding: list[PrefectFuture[pa.Table]] = []
            # The first chunk is two batches, so the workers start after two batches are read and staged.
            for docs, rejects in chunks(iter_inputs(sources), cfg.chunk_size, first=2 * cfg.batch_size):
                kept = stage_task(_as_is(run), _as_is(docs), _as_is(rejects))
                submitted = [code_task.submit(batch, cfg, run_id) for batch in batches(kept, cfg.batch_size)]
                _collect(run, coding)  # the previous chunk's batches, coded while this chunk was read and staged;
                coding = submitted  # this chunk's batches are already queued, so no worker waits on the collect
            _collect(run, coding)
            summary = finish_task(_as_is(run))
    for line in summary.lines():
        logger.info(line)
    _artifacts(summary, output)
    return {"run_id": summary.run_id, "output": summary.output, "documents": summary.documents,
            "rejects": summary.rejects, "mentions": summary.mentions, "events_new": summary.events_new,
            "events_updated": summary.events_updated, "rejects_by_reason": summary.rejects_by_reason,
            "totals": summary.totals}


def pipeline_with_runner(runner: str = "local", *, dask_address: str | None = None, workers: int = 2) -> Any:
    """The flow with the chosen task runner: ``local`` threads, or ``dask`` (LocalCluster or an address)."""
    if runner == "local":
        return geoevents_pipeline
    if runner != "dask":
        raise ValueError(f"unknown runner {runner!r}: use local or dask")
    from prefect_dask import DaskTaskRunner  # type: ignore[attr-defined]

    if dask_address:
        task_runner = DaskTaskRunner(address=dask_address)
    else:
        task_runner = DaskTaskRunner(cluster_class="distributed.LocalCluster",
                                     cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                                     "processes": True, "host": "127.0.0.1",
                                                     "dashboard_address": None})
    return geoevents_pipeline.with_options(task_runner=task_runner)  # type: ignore[arg-type]
