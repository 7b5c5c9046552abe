"""Warehouse DDL generated from the Arrow schemas: one type map, one generator per dialect.

Without a location every dialect gets native ``CREATE TABLE`` statements (the contract columns plus
the ``year``/``month`` partition columns). With a location (the dataset root as the warehouse sees
it: a path, ``gs://`` or ``s3://`` URI, or a Snowflake stage such as ``@geoevents``) the dialects
that can query Parquet in place get definitions over the hive-partitioned files instead:

- DuckDB: views over ``read_parquet('<loc>/<table>/**/*.parquet', hive_partitioning = true)``;
- BigQuery: ``CREATE EXTERNAL TABLE ... WITH PARTITION COLUMNS ... OPTIONS(format = 'PARQUET')``;
- Snowflake: external tables whose partition columns are parsed from ``METADATA$FILENAME``;
- Spark: ``CREATE TABLE ... USING PARQUET PARTITIONED BY (year, month) LOCATION``;
- PostgreSQL has no Parquet reader, so it keeps the native tables (load them with ``COPY``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal, cast, get_args

import pyarrow as pa

from geoevents.errors import ConfigError
from geoevents.schema import PARTITION_COLUMNS, SCHEMA_VERSION, TABLES, Column, TableSpec

__all__ = ["DIALECTS", "Dialect", "generate_ddl", "sql_type"]

Dialect = Literal["duckdb", "postgres", "bigquery", "snowflake", "spark"]
DIALECTS: tuple[str, ...] = get_args(Dialect)

# Arrow type id -> SQL type per dialect, in the order of DIALECTS.
_TYPES: dict[str, tuple[str, str, str, str, str]] = {
    "string": ("VARCHAR", "TEXT", "STRING", "VARCHAR", "STRING"),
    "date32": ("DATE", "DATE", "DATE", "DATE", "DATE"),
    "timestamp_utc": ("TIMESTAMPTZ", "TIMESTAMPTZ", "TIMESTAMP", "TIMESTAMP_TZ", "TIMESTAMP"),
    "int32": ("INTEGER", "INTEGER", "INT64", "INTEGER", "INT"),
    "int64": ("BIGINT", "BIGINT", "INT64", "BIGINT", "BIGINT"),
    "float64": ("DOUBLE", "DOUBLE PRECISION", "FLOAT64", "DOUBLE", "DOUBLE"),
    "bool": ("BOOLEAN", "BOOLEAN", "BOOL", "BOOLEAN", "BOOLEAN"),
    "binary": ("BLOB", "BYTEA", "BYTES", "BINARY", "BINARY"),
}
_PARTITION_TYPE = pa.int32()


def _type_key(dtype: pa.DataType) -> str:
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return "string"
    if pa.types.is_timestamp(dtype) and dtype.unit == "us" and dtype.tz in ("UTC", "+00:00"):
        return "timestamp_utc"
    for key, test in (("date32", pa.types.is_date32), ("int32", pa.types.is_int32), ("int64", pa.types.is_int64),
                      ("float64", pa.types.is_float64), ("bool", pa.types.is_boolean),
                      ("binary", pa.types.is_binary)):
        if test(dtype):
            return key
    raise ConfigError(f"no warehouse type for Arrow type {dtype}: extend geoevents.publish.ddl")


def sql_type(dtype: pa.DataType, dialect: Dialect) -> str:
    """The SQL type of an Arrow type in a dialect."""
    return _TYPES[_type_key(dtype)][DIALECTS.index(_check(dialect))]


def _check(dialect: str) -> Dialect:
    if dialect not in DIALECTS:
        raise ConfigError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    return cast(Dialect, dialect)


def _lit(text: str, dialect: Dialect) -> str:
    """A single-quoted SQL string literal (backslash escapes where the dialect reads them)."""
    if dialect in ("bigquery", "snowflake", "spark"):
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return "'" + text.replace("'", "''") + "'"


def _partition_columns() -> list[Column]:
    return [Column(name, _PARTITION_TYPE, False, f"Hive partition: {name} of the partition source.")
            for name in PARTITION_COLUMNS]


def _qualified(name: str, namespace: str | None, dialect: Dialect) -> str:
    if not namespace:
        return name
    return f"`{namespace}.{name}`" if dialect == "bigquery" else f"{namespace}.{name}"


def _table_location(location: str, table: str) -> str:
    return f"{location.rstrip('/')}/{table}"


# -- native tables ------------------------------------------------------------------------------------
def _native(spec: TableSpec, dialect: Dialect, qname: str) -> str:
    columns = [*spec.columns, *_partition_columns()]
    lines = []
    for col in columns:
        line = f"  {col.name} {sql_type(col.type, dialect)}" + ("" if col.nullable else " NOT NULL")
        if dialect == "bigquery":
            line += f" OPTIONS(description = {_lit(col.description, dialect)})"
        elif dialect in ("snowflake", "spark"):
            line += f" COMMENT {_lit(col.description, dialect)}"
        lines.append(line)
    body = ",\n".join(lines)
    tail = {
        "duckdb": "",
        "postgres": "",
        "bigquery": f"\nPARTITION BY {_bq_trunc(spec)}\nOPTIONS(description = {_lit(spec.description, dialect)})",
        "snowflake": f"\nCLUSTER BY (year, month)\nCOMMENT = {_lit(spec.description, dialect)}",
        "spark": f"\nUSING PARQUET\nPARTITIONED BY (year, month)\nCOMMENT {_lit(spec.description, dialect)}",
    }[dialect]
    out = [f"CREATE TABLE IF NOT EXISTS {qname} (\n{body}\n){tail};"]
    if dialect in ("duckdb", "postgres"):
        out += _comments(spec, columns, qname, "TABLE", dialect)
    return "\n".join(out)


def _bq_trunc(spec: TableSpec) -> str:
    source = next(c for c in spec.columns if c.name == spec.partition_source)
    if pa.types.is_timestamp(source.type):
        return f"TIMESTAMP_TRUNC({source.name}, MONTH)"
    return f"DATE_TRUNC({source.name}, MONTH)"


def _comments(spec: TableSpec, columns: Iterable[Column], qname: str, kind: str, dialect: Dialect) -> list[str]:
    out = [f"COMMENT ON {kind} {qname} IS {_lit(spec.description, dialect)};"]
    out += [f"COMMENT ON COLUMN {qname}.{c.name} IS {_lit(c.description, dialect)};" for c in columns]
    return out


# -- definitions over the Parquet files ---------------------------------------------------------------
def _duckdb_view(spec: TableSpec, qname: str, location: str) -> str:
    glob = _table_location(location, spec.name) + "/**/*.parquet"
    columns = [*spec.columns, *_partition_columns()]
    select = ",\n".join(f"  CAST({c.name} AS {sql_type(c.type, 'duckdb')}) AS {c.name}" for c in columns)
    hive_types = ", ".join(f"'{c.name}': {sql_type(c.type, 'duckdb')}" for c in _partition_columns())
    source = (f"read_parquet({_lit(glob, 'duckdb')}, hive_partitioning = true, union_by_name = true, "
              f"hive_types = {{{hive_types}}})")
    view = f"CREATE OR REPLACE VIEW {qname} AS SELECT\n{select}\nFROM {source};"
    return "\n".join([view, *_comments(spec, columns, qname, "VIEW", "duckdb")])


def _bigquery_external(spec: TableSpec, qname: str, location: str) -> str:
    prefix = _table_location(location, spec.name)
    cols = ",\n".join(
        f"  {c.name} {sql_type(c.type, 'bigquery')} OPTIONS(description = {_lit(c.description, 'bigquery')})"
        for c in spec.columns)
    parts = ", ".join(f"{c.name} {sql_type(c.type, 'bigquery')}" for c in _partition_columns())
    return (f"CREATE OR REPLACE EXTERNAL TABLE {qname} (\n{cols}\n)\nWITH PARTITION COLUMNS ({parts})\n"
            f"OPTIONS(\n  format = 'PARQUET',\n  uris = [{_lit(prefix + '/*', 'bigquery')}],\n"
            f"  hive_partition_uri_prefix = {_lit(prefix, 'bigquery')},\n  require_hive_partition_filter = false,\n"
            f"  description = {_lit(spec.description, 'bigquery')}\n);")


def _snowflake_external(spec: TableSpec, qname: str, location: str) -> str:
    lines = [f"  {c.name} {sql_type(c.type, 'snowflake')} AS (TO_NUMBER(REGEXP_SUBSTR(METADATA$FILENAME, "
             f"'{c.name}=([0-9]+)', 1, 1, 'e', 1)))" for c in _partition_columns()]
    lines += [f"  {c.name} {sql_type(c.type, 'snowflake')} AS (VALUE:{c.name}::{sql_type(c.type, 'snowflake')})"
              for c in spec.columns]
    body = ",\n".join(lines)
    return (f"CREATE OR REPLACE EXTERNAL TABLE {qname} (\n{body}\n)\nPARTITION BY (year, month)\n"
            f"LOCATION = {_table_location(location, spec.name)}/\nAUTO_REFRESH = FALSE\n"
            f"FILE_FORMAT = (TYPE = PARQUET)\nCOMMENT = {_lit(spec.description, 'snowflake')};")


def _spark_external(spec: TableSpec, qname: str, location: str) -> str:
    native = _native(spec, "spark", qname).rstrip(";")
    where = _lit(_table_location(location, spec.name), "spark")
    return f"{native}\nLOCATION {where};\nMSCK REPAIR TABLE {qname};"


_EXTERNAL: dict[str, Callable[[TableSpec, str, str], str]] = {
    "duckdb": _duckdb_view,
    "bigquery": _bigquery_external,
    "snowflake": _snowflake_external,
    "spark": _spark_external,
}


def generate_ddl(dialect: str, *, location: str | None = None, tables: Iterable[str] | None = None,
                 namespace: str | None = None) -> str:
    """DDL for some (default: all four) contract tables in one dialect.

    ``location`` switches to definitions over the hive-partitioned Parquet files where the dialect
    has them; ``namespace`` qualifies table names (a schema, or a BigQuery dataset).
    """
    checked = _check(dialect)
    names = list(tables) if tables is not None else list(TABLES)
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise ConfigError(f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(TABLES)}")
    header = [f"-- geoevents schema {SCHEMA_VERSION}: {checked} DDL generated from the Arrow schemas.",
              "-- Regenerate with `geoevents schema`; do not edit by hand."]
    if location and checked == "postgres":
        header.append(f"-- PostgreSQL cannot read Parquet in place: load CSV exports of {location} with COPY.")
    if location and checked == "duckdb":
        header.append("-- A table with no Parquet file yet (say, no rejects) cannot get a view: leave it out "
                      "with --table.")
    statements = []
    for name in names:
        spec = TABLES[name]
        qname = _qualified(name, namespace, checked)
        builder = _EXTERNAL.get(checked) if location else None
        statements.append(builder(spec, qname, location) if builder and location else _native(spec, checked, qname))
    return "\n".join(header) + "\n\n" + "\n\n".join(statements) + "\n"
