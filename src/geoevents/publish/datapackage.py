"""``datapackage.json`` (Frictionless Tabular Data Package) with table schemas from the Arrow schemas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from geoevents.errors import ConfigError
from geoevents.schema import SCHEMA_VERSION, TABLES

__all__ = ["PRIMARY_KEYS", "BundleFile", "frictionless_field", "package_descriptor", "resource_descriptor"]

PRIMARY_KEYS: dict[str, list[str]] = {"events": ["event_id"], "mentions": ["mention_id"], "documents": ["doc_id"]}
FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "mentions": [("event_id", "events", "event_id"), ("doc_id", "documents", "doc_id")],
}
_MEDIA = {"csv": "text/csv", "tsv": "text/tab-separated-values", "parquet": "application/vnd.apache.parquet"}


@dataclass(frozen=True, slots=True)
class BundleFile:
    """One file of a bundle, with what the README and datapackage.json say about it."""

    path: str
    sha256: str
    bytes: int
    rows: int | None = None
    table: str | None = None
    """The contract table it holds (None for codebook, GDELT and other extra files)."""
    format: str | None = None


def frictionless_field(name: str, dtype: pa.DataType, *, nullable: bool, description: str) -> dict[str, Any]:
    """A Table Schema field for an Arrow field (binary columns are base64 text in CSV/TSV)."""
    field: dict[str, Any] = {"name": name, "description": description}
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        field["type"] = "string"
    elif pa.types.is_binary(dtype):
        field |= {"type": "string", "format": "binary"}
    elif pa.types.is_integer(dtype):
        field["type"] = "integer"
    elif pa.types.is_floating(dtype):
        field["type"] = "number"
    elif pa.types.is_boolean(dtype):
        field["type"] = "boolean"
    elif pa.types.is_date(dtype):
        field["type"] = "date"
    elif pa.types.is_timestamp(dtype):
        field["type"] = "datetime"
    else:
        raise ConfigError(f"no Table Schema type for Arrow type {dtype}")
    if not nullable:
        field["constraints"] = {"required": True}
    return field


def _table_schema(table: str, fmt: str, *, blanked: tuple[str, ...]) -> dict[str, Any]:
    fields = []
    for col in TABLES[table].columns:
        text = col.description + (" Left out of this bundle (--no-text)." if col.name in blanked else "")
        fields.append(frictionless_field(col.name, col.type, nullable=col.nullable, description=text))
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if table in PRIMARY_KEYS:
        schema["primaryKey"] = PRIMARY_KEYS[table]
    if table in FOREIGN_KEYS:
        schema["foreignKeys"] = [
            {"fields": [mine], "reference": {"resource": f"{target}-{fmt}", "fields": [theirs]}}
            for mine, target, theirs in FOREIGN_KEYS[table]]
    return schema


def resource_descriptor(file: BundleFile, *, name: str, description: str, schema: dict[str, Any] | None = None,
                        blanked: tuple[str, ...] = (), header: bool = True) -> dict[str, Any]:
    """One resource: a contract table file (schema from the Arrow schema) or an extra file (schema given)."""
    fmt = file.format or file.path.rsplit(".", 1)[-1]
    resource: dict[str, Any] = {
        "name": name, "path": file.path, "profile": "tabular-data-resource", "format": fmt,
        "mediatype": _MEDIA.get(fmt, "text/plain"), "bytes": file.bytes, "hash": f"sha256:{file.sha256}",
        "description": description,
    }
    if fmt != "parquet":
        resource["encoding"] = "utf-8"
        resource["dialect"] = {"delimiter": "\t" if fmt == "tsv" else ",", "header": header}
    if file.table is not None:
        resource["schema"] = _table_schema(file.table, fmt, blanked=blanked)
    elif schema is not None:
        resource["schema"] = schema
    if file.rows is not None:
        resource["rows"] = file.rows
    return resource


def package_descriptor(resources: list[dict[str, Any]], *, name: str, title: str, description: str,
                       created: dt.datetime, version: str, sources: list[dict[str, str]]) -> dict[str, Any]:
    """The Data Package around the resources."""
    return {
        "profile": "tabular-data-package",
        "name": name,
        "title": title,
        "description": description,
        "version": version,
        "created": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "keywords": ["event data", "CAMEO", "PLOVER", "GDELT", "geocoding", "news"],
        "sources": sources,
        "x-geoevents-schema-version": SCHEMA_VERSION,
        "resources": resources,
    }
