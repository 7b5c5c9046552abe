"""The CAMEO codebook (event codes, Goldstein, quad class) and the PLOVER crosswalk, from ``schemas/``."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from geoevents.errors import ConfigError
from geoevents.resources import schemas_dir

__all__ = ["Codebook", "EventCode", "load_codebook"]


@dataclass(frozen=True, slots=True)
class EventCode:
    code: str
    name: str
    root_code: str
    base_code: str
    goldstein: float
    quad_class: int
    plover_event_type: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class Codebook:
    codes: dict[str, EventCode]
    actor_types: dict[str, str]
    igos: dict[str, str]

    def get(self, code: str) -> EventCode:
        try:
            return self.codes[code]
        except KeyError as err:
            raise ConfigError(f"{code!r} is not a CAMEO event code") from err

    def __contains__(self, code: str) -> bool:
        return code in self.codes


@functools.lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    root = schemas_dir()
    plover: dict[str, tuple[str | None, str | None]] = {}
    with (root / "plover_map.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            plover[row["cameo_code"]] = (row["plover_event_type"] or None, row["plover_mode"] or None)
    codes: dict[str, EventCode] = {}
    with (root / "cameo_event_codes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            p_type, p_mode = plover.get(row["code"], (None, None))
            codes[row["code"]] = EventCode(
                code=row["code"], name=row["name"], root_code=row["root_code"], base_code=row["base_code"],
                goldstein=float(row["goldstein"]), quad_class=int(row["quad_class"]),
                plover_event_type=p_type, plover_mode=p_mode)
    with (root / "cameo_actor_types.csv").open(encoding="utf-8") as fh:
        actor_types = {row["code"]: row["name"] for row in csv.DictReader(fh)}
    with (root / "cameo_igo_codes.csv").open(encoding="utf-8") as fh:
        igos = {row["code"]: row["name"] for row in csv.DictReader(fh)}
    return Codebook(codes=codes, actor_types=actor_types, igos=igos)
