"""Scheduled deployments of the ``geoevents-pipeline`` flow.

Two ways, same deployment: ``serve()`` registers it and runs its scheduled runs from this process
(``geoevents serve``); ``prefect.yaml`` at the repository root declares it for ``prefect deploy``
with a process work pool and ``prefect worker start``. Either way the deployment has a cron schedule
and ``concurrency_limit=1``: a run that is due while another still works waits (Prefect's ENQUEUE
collision strategy), and the dataset's own writer lock makes a second writer wait in any case.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from prefect.client.schemas.schedules import CronSchedule
from prefect.schedules import Cron, Schedule

from flows.pipeline import pipeline_with_runner
from geoevents.errors import ConfigError

__all__ = ["DEFAULT_CRON", "DEPLOYMENT_NAME", "check_cron", "deployment_parameters", "serve", "to_deployment"]

log = logging.getLogger(__name__)

DEFAULT_CRON = "0 * * * *"
DEPLOYMENT_NAME = "hourly"
TAGS = ["geoevents"]


def check_cron(cron: str, timezone: str = "UTC") -> Schedule:
    """The schedule, or ``ConfigError`` for a cron string or time zone Prefect does not accept."""
    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValueError as err:  # pydantic's ValidationError is a ValueError
        lines = [line.strip() for line in str(err).splitlines()]
        why = next((line.split(",", 1)[-1].split(" [type=")[0].strip() for line in lines if "Value error" in line),
                   lines[-1])
        raise ConfigError(f"invalid schedule {cron!r} in time zone {timezone!r}: {why}") from err
    return Cron(cron, timezone=timezone)


def deployment_parameters(inputs: list[str], output: str | Path, *, settings: dict[str, Any] | None = None,
                          assume_date: dt.date | None = None) -> dict[str, Any]:
    """Flow parameters for a deployment: local paths made absolute (runs may start elsewhere)."""
    if not inputs:
        raise ConfigError("a deployment needs at least one input (folder, feed URL or URL-list file)")
    resolved = [item if "://" in item else str(Path(item).resolve()) for item in inputs]
    params: dict[str, Any] = {"inputs": resolved, "output": str(Path(output).resolve()),
                              "settings": dict(settings or {})}
    if assume_date is not None:
        params["assume_date"] = assume_date.isoformat()
    return params


def to_deployment(inputs: list[str], output: str | Path, *, name: str = DEPLOYMENT_NAME, cron: str = DEFAULT_CRON,
                  timezone: str = "UTC", settings: dict[str, Any] | None = None, assume_date: dt.date | None = None,
                  runner: str = "local", dask_address: str | None = None, workers: int = 2) -> Any:
    """A ``RunnerDeployment`` of the flow (for ``prefect.serve`` or ``prefect.deploy`` to a work pool)."""
    flow = pipeline_with_runner(runner, dask_address=dask_address, workers=workers)
    return flow.to_deployment(
        name, schedule=check_cron(cron, timezone), concurrency_limit=1, tags=TAGS,
        parameters=deployment_parameters(inputs, output, settings=settings, assume_date=assume_date),
        description="Code new articles from the inputs into the dataset; one run at a time.")


def serve(inputs: list[str], output: str | Path, *, name: str = DEPLOYMENT_NAME, cron: str = DEFAULT_CRON,
          timezone: str = "UTC", settings: dict[str, Any] | None = None, assume_date: dt.date | None = None,
          runner: str = "local", dask_address: str | None = None, workers: int = 2) -> None:
    """Create (or update) the deployment and run its scheduled and triggered runs until interrupted.

    The flow object is served in memory, so the chosen task runner (``dask``) is what runs use.
    """
    flow = pipeline_with_runner(runner, dask_address=dask_address, workers=workers)
    schedule = check_cron(cron, timezone)
    params = deployment_parameters(inputs, output, settings=settings, assume_date=assume_date)
    log.info("serving %s/%s on %r: %s", flow.name, name, cron, params)
    flow.serve(name=name, schedule=schedule, global_limit=1, limit=1, parameters=params, tags=TAGS,
               pause_on_shutdown=True, print_starting_message=False,
               description="Code new articles from the inputs into the dataset; one run at a time.")
