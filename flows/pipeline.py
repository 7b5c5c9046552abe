"""The ``geoevents-pipeline`` flow: read -> dedup -> code (batched, parallel) -> publish atomically.

Tasks are small and typed; only the input-reading task retries (it does I/O). The flow holds the
dataset's writer lock for the whole run, so overlapping runs never interleave their commits.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from geoevents.dataset import Dataset
from geoevents.dedup import DedupResult
from geoevents.models import Document, Reject
from geoevents.pipeline import (
    RunSummary,
    batches,
    code_batch,
    deduplicate_against,
    make_sources,
    new_run_id,
    publish,
    read_inputs,
)
from geoevents.settings import Settings

__all__ = ["geoevents_pipeline", "pipeline_with_runner"]


@task(retries=2, retry_delay_seconds=[2, 10], cache_policy=NO_CACHE)
def read_task(inputs: list[str], settings: Settings, now: dt.datetime,
              assume_date: dt.date | None) -> tuple[list[Document], list[Reject]]:
    """Read every input into Documents and Rejects."""
    return read_inputs(make_sources(inputs, settings=settings, now=now, assume_date=assume_date))


@task(cache_policy=NO_CACHE)
def dedup_task(output: str, docs: list[Document], settings: Settings) -> DedupResult:
    """Drop exact duplicates and mark near-duplicates, against the published dataset too."""
    return deduplicate_against(Dataset(Path(output)), docs, settings=settings)


@task(cache_policy=NO_CACHE)
def code_task(docs: list[Document], settings: Settings, run_id: str) -> list[dict[str, Any]]:
    """Parse and code one batch of documents into mention records."""
    return code_batch(docs, settings=settings, run_id=run_id)


@task(cache_policy=NO_CACHE)
def publish_task(output: str, run_id: str, result: DedupResult, rejects: list[Reject],
                 records: list[dict[str, Any]], now: dt.datetime) -> RunSummary:
    """Aggregate into events and commit the new dataset version atomically."""
    return publish(Dataset(Path(output)), run_id=run_id, documents=result.documents,
                   rejects=rejects + result.rejects, signatures=result.signatures, records=records, now=now)


def _artifacts(summary: RunSummary, output: str) -> None:
    md = "\n".join(["# geoevents run", "", *[f"- {line}" for line in summary.lines()], "",
                    "| reject reason | count |", "| --- | --- |",
                    *[f"| {k} | {v} |" for k, v in sorted(summary.rejects_by_reason.items())]])
    create_markdown_artifact(key="geoevents-run-summary", markdown=md, description="Counts of this run")
    events = Dataset(Path(output)).table("events", columns=[
        "event_id", "event_date", "actor1_code", "actor2_code", "event_code", "num_articles", "num_mentions",
        "action_geo_name"])
    top = sorted(events.to_pylist(), key=lambda r: (-r["num_articles"], -r["num_mentions"], r["event_id"]))[:20]
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
        docs, rejects = read_task(inputs, cfg, now, assume_date)
        result = dedup_task(output, docs, cfg)
        futures = [code_task.submit(batch, cfg, run_id) for batch in batches(result.documents, cfg.batch_size)]
        records = [rec for fut in futures for rec in fut.result()]
        summary = publish_task(output, run_id, result, rejects, records, now)
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
