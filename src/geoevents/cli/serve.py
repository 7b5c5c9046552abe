"""``geoevents serve``: the pipeline as a scheduled Prefect deployment, served from this process."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import typer

from geoevents.cli.app import app, console, err_console, library_errors

__all__ = ["serve"]


@app.command()
def serve(
    inputs: list[str] = typer.Option(..., "--inputs", "-i",
                                     help="Folder, feed URL or URL-list file; repeat for several."),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Dataset root every run updates."),
    cron: str = typer.Option("0 * * * *", help="Cron schedule of the runs."),
    timezone: str = typer.Option("UTC", help="IANA time zone the cron schedule is read in."),
    name: str = typer.Option("hourly", help="Deployment name (the flow is geoevents-pipeline)."),
    runner: str = typer.Option("local", help="Task runner of each run: local (threads) or dask."),
    dask_address: str | None = typer.Option(None, help="Scheduler address of an existing Dask cluster."),
    workers: int = typer.Option(2, help="Workers of the LocalCluster started with --runner dask."),
    batch_size: int | None = typer.Option(None, help="Documents per coding task."),
    assume_date: str | None = typer.Option(None, help="Publication date (YYYY-MM-DD) for inputs that give none."),
    allow_private_urls: bool = typer.Option(False, help="Allow fetching from private or loopback addresses."),
) -> None:
    """Serve the pipeline as a Prefect deployment on a cron schedule, one run at a time, until stopped.

    Needs a Prefect server for schedules: `prefect server start`, then PREFECT_API_URL pointing at it.
    Runs can also be started by hand: `prefect deployment run geoevents-pipeline/hourly`.

    Example: geoevents serve --inputs feeds.urls --inputs samples --output output --cron "0 * * * *"
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.deploy import check_cron
    from flows.deploy import serve as serve_deployment
    from prefect.settings import get_current_settings

    overrides: dict[str, Any] = {}
    if batch_size is not None:
        overrides["batch_size"] = batch_size
    if allow_private_urls:
        overrides["allow_private_urls"] = True
    day = dt.date.fromisoformat(assume_date) if assume_date else None
    with library_errors():
        check_cron(cron, timezone)
    api = get_current_settings().api.url
    if not api:
        err_console.print("[yellow]warning:[/yellow] PREFECT_API_URL is not set: schedules only fire on a "
                          "Prefect server (`prefect server start`, then export PREFECT_API_URL)")
    console.print(f"serving geoevents-pipeline/{name} ({cron} {timezone}) -> {output}   API: {api or 'ephemeral'}")
    with library_errors():
        serve_deployment(list(inputs), output, name=name, cron=cron, timezone=timezone, settings=overrides,
                         assume_date=day, runner=runner, dask_address=dask_address, workers=workers)
