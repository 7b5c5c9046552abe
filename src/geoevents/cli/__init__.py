"""The ``geoevents`` command line: a thin typer layer over the library.

Each command group lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

from geoevents.cli.app import app

# Command modules register their commands on import.
from geoevents.cli import geo as _geo  # noqa: F401  isort: skip
from geoevents.cli import run as _run  # noqa: F401  isort: skip
from geoevents.cli import code as _code  # noqa: F401  isort: skip
from geoevents.cli import publish as _publish  # noqa: F401  isort: skip
from geoevents.cli import serve as _serve  # noqa: F401  isort: skip

__all__ = ["app"]
