"""Shared helpers over the contract tables: partition columns, date windows, run ids."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from geoevents.dataset import Dataset
from geoevents.errors import ConfigError, DatasetError, GeoeventsError
from geoevents.schema import TABLES

__all__ = ["DateWindow", "day_of", "read_table", "with_partitions"]

PARTITION_TYPE = pa.int32()


@dataclass(frozen=True, slots=True)
class DateWindow:
    """An inclusive range of days; either end may be open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ConfigError(f"the window starts ({self.start}) after it ends ({self.end})")

    @property
    def is_open(self) -> bool:
        return self.start is None and self.end is None

    def mask(self, days: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
        """A boolean mask of the days (date32) that fall inside the window (null days fall outside)."""
        keep = pc.is_valid(days)
        if self.start is not None:
            keep = pc.and_(keep, pc.greater_equal(days, pa.scalar(self.start, pa.date32())))
        if self.end is not None:
            keep = pc.and_(keep, pc.less_equal(days, pa.scalar(self.end, pa.date32())))
        return pc.fill_null(keep, False)

    def describe(self) -> str:
        start = self.start.isoformat() if self.start else "the first event"
        end = self.end.isoformat() if self.end else "the last event"
        return f"{start} to {end}"


def day_of(table: pa.Table, name: str) -> pa.ChunkedArray:
    """The day (date32) that partitions each row of a contract table.

    Documents without a publication time fall back to ``ingested_at``, as in the writer.
    """
    col = table.column(TABLES[name].partition_source)
    if pa.types.is_timestamp(col.type):
        if name == "documents":
            col = pc.coalesce(col, table.column("ingested_at"))
        return pc.cast(col, pa.date32())
    return col


def with_partitions(name: str, table: pa.Table) -> pa.Table:
    """The table with ``year`` and ``month`` (int32) appended, computed from its partition source."""
    days = day_of(table, name)
    return table.append_column("year", pc.year(days).cast(PARTITION_TYPE)).append_column(
        "month", pc.month(days).cast(PARTITION_TYPE))


def read_table(dataset: Dataset, name: str, **kwargs: Any) -> pa.Table:
    """``Dataset.table`` with unreadable files reported as a ``DatasetError``."""
    try:
        return dataset.table(name, **kwargs)
    except GeoeventsError:
        raise
    except (pa.ArrowException, OSError) as err:
        raise DatasetError(f"cannot read {name} of {dataset.root} ({err}); "
                           f"`geoevents validate {dataset.root}` tells what is wrong") from err
