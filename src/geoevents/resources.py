"""Where the package's data files live: ``schemas/`` (the contract) and ``data/`` (dictionaries)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["data_dir", "schemas_dir"]

_HERE = Path(__file__).resolve().parent


def schemas_dir() -> Path:
    """``schemas/`` of the source tree, or its copy inside an installed wheel."""
    for candidate in (_HERE / "_schemas", _HERE.parents[1] / "schemas"):
        if (candidate / "cameo_event_codes.csv").is_file():
            return candidate
    raise FileNotFoundError("schemas/cameo_event_codes.csv not found next to the package")


def data_dir() -> Path:
    return _HERE / "data"
