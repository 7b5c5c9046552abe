"""``geoevents run``: the pipeline flow from the shell."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import typer

from geoevents.cli.app import app, console, err_console, library_errors

__all__ = ["run"]


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., help="Folders (with metadata.jsonl), feed URLs or URL-list files."),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Dataset root to create or update."),
    runner: str = typer.Option("local", help="Task runner: local (threads) or dask."),
    dask_address: str | None = typer.Option(None, help="Scheduler address of an existing Dask cluster."),
    workers: int = typer.Option(2, help="Workers of the LocalCluster started with --runner dask."),
    batch_size: int | None = typer.Option(None, help="Documents per coding task."),
    assume_date: str | None = typer.Option(None, help="Publication date (YYYY-MM-DD) for inputs that give none."),
    allow_private_urls: bool = typer.Option(False, help="Allow fetching from private or loopback addresses."),
) -> None:
    """Code articles into the dataset at OUTPUT (Prefect flow `geoevents-pipeline`).

    Bad inputs become `rejects` rows; the command fails only when the run itself fails.

    Example: geoevents run samples --output output
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.pipeline import pipeline_with_runner

    overrides: dict[str, Any] = {"batch_size": batch_size}
    if allow_private_urls:
        overrides["allow_private_urls"] = True
    day = dt.date.fromisoformat(assume_date) if assume_date else None
    with library_errors():
        flow = pipeline_with_runner(runner, dask_address=dask_address, workers=workers)
        with console.status("coding articles..."):
            summary = flow(inputs=list(inputs), output=str(output),
                           settings={k: v for k, v in overrides.items() if v is not None}, assume_date=day)
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary["rejects_by_reason"].items())) or "none"
    console.print(f"[bold]run {summary['run_id']}[/bold] -> {summary['output']}")
    console.print(f"documents kept: {summary['documents']}   rejects: {summary['rejects']} ({reasons})")
    console.print(f"mentions: {summary['mentions']}   events: {summary['events_new']} new, "
                  f"{summary['events_updated']} updated")
    console.print("tables: " + ", ".join(f"{k} {v} rows" for k, v in summary["totals"].items())
                  + f"   files under {output}/")
    if summary["documents"] == 0 and summary["rejects"] == 0:
        err_console.print("[yellow]warning:[/yellow] no inputs found")
