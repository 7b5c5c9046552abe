"""Table files of a bundle: Parquet (contract types), CSV and TSV (text forms that load anywhere)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv
import pyarrow.parquet as pq

from geoevents.errors import ConfigError

__all__ = ["TABLE_FORMATS", "TIMESTAMP_FORMAT", "csv_ready", "write_table"]

TABLE_FORMATS: dict[str, str] = {"parquet": ".parquet", "csv": ".csv", "tsv": ".tsv"}
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
"""ISO 8601 in UTC; Arrow prints the microseconds after the seconds (``...T08:00:00.000000Z``)."""
BinaryText = Literal["base64", "postgres"]


def _binary_text(values: pa.ChunkedArray, how: BinaryText) -> pa.Array:
    def encode(b: bytes | None) -> str | None:
        if b is None:
            return None
        return base64.b64encode(b).decode("ascii") if how == "base64" else "\\x" + b.hex()
    return pa.array([encode(v) for v in values.to_pylist()], pa.string())


def csv_ready(table: pa.Table, *, binary: BinaryText = "base64") -> pa.Table:
    """Timestamps as ISO 8601 UTC text and binary as base64 (or PostgreSQL ``\\x`` hex) text."""
    for i, field in enumerate(table.schema):
        if pa.types.is_timestamp(field.type):
            text = pc.strftime(table.column(i), format=TIMESTAMP_FORMAT)
            table = table.set_column(i, pa.field(field.name, pa.string(), field.nullable), text)
        elif pa.types.is_binary(field.type):
            table = table.set_column(i, pa.field(field.name, pa.string(), field.nullable),
                                     _binary_text(table.column(i), binary))
    return table


def write_table(table: pa.Table, path: Path, fmt: str) -> None:
    """Write ``table`` to ``path`` as parquet (zstd), csv or tsv (UTF-8, header row, quoted as needed)."""
    if fmt == "parquet":
        pq.write_table(table, path, compression="zstd", write_statistics=True)
    elif fmt in ("csv", "tsv"):
        options = pcsv.WriteOptions(include_header=True, delimiter="," if fmt == "csv" else "\t")
        pcsv.write_csv(csv_ready(table), path, write_options=options)
    else:
        raise ConfigError(f"unknown table format {fmt!r}; choose from {', '.join(TABLE_FORMATS)}")
