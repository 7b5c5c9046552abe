"""The typer application object and the shared error handling of every command."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import typer
from rich.console import Console

from geoevents.errors import GeoeventsError

__all__ = ["app", "console", "err_console", "library_errors"]

app = typer.Typer(
    name="geoevents",
    help="News articles to a geocoded CAMEO event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., object])


@app.callback()
def _main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log at INFO level.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@contextmanager
def library_errors() -> Iterator[None]:
    """Turn library errors into a one-line message and exit code 2."""
    try:
        yield
    except GeoeventsError as err:
        err_console.print(f"[red]error:[/red] {err}")
        raise typer.Exit(2) from err
