"""DDL generation, the checked-in contract files, and DuckDB views over a real dataset."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from geoevents.dataset import Dataset
from geoevents.errors import ConfigError
from geoevents.publish.contract_files import contract_files, write_contract_files
from geoevents.publish.ddl import DIALECTS, generate_ddl, sql_type
from geoevents.schema import TABLES, arrow_schema, data_dictionary_markdown

ROOT = Path(__file__).resolve().parents[2]


def test_checked_in_schema_files_equal_what_the_code_generates() -> None:
    for name, text in contract_files().items():
        path = ROOT / "schemas" / name
        assert path.is_file(), f"{path} missing: run `geoevents schema --write-files schemas`"
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run `make schemas`"


def test_write_contract_files_writes_the_four_schemas_and_the_dictionary(tmp_path: Path) -> None:
    written = {p.name for p in write_contract_files(tmp_path / "out")}
    assert written == {f"{t}.schema.json" for t in TABLES} | {"DATA_DICTIONARY.md"}


def test_data_dictionary_documents_every_column() -> None:
    text = data_dictionary_markdown()
    for spec in TABLES.values():
        section = text.split(f"## `{spec.name}`", 1)[1].split("\n## ", 1)[0]
        for col in spec.columns:
            row = re.search(rf"^\| `{col.name}` \| (.+?) \| (yes|no) \| (.+) \|$", section, re.M)
            assert row, f"{spec.name}.{col.name} is not in the data dictionary"
            assert row.group(1) == str(col.type) and row.group(3) == col.description and col.description.strip()


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_column_of_every_table_appears_with_its_type(dialect: str) -> None:
    for location in (None, "@stage/geo" if dialect == "snowflake" else "gs://bucket/geo"):
        ddl = generate_ddl(dialect, location=location)
        for name, spec in TABLES.items():
            assert re.search(rf"\b{name}\b", ddl)
            for col in spec.columns:
                assert re.search(rf"\b{col.name} {re.escape(sql_type(col.type, dialect))}\b", ddl) or \
                    f"CAST({col.name} AS {sql_type(col.type, dialect)})" in ddl, (dialect, name, col.name)


def test_external_definitions_per_dialect() -> None:
    duck = generate_ddl("duckdb", location="/data/ge", tables=["events"])
    assert "read_parquet('/data/ge/events/**/*.parquet', hive_partitioning = true" in duck
    bq = generate_ddl("bigquery", location="gs://b/ge", tables=["events"], namespace="geo")
    assert "CREATE OR REPLACE EXTERNAL TABLE `geo.events`" in bq
    assert "WITH PARTITION COLUMNS (year INT64, month INT64)" in bq
    assert "format = 'PARQUET'" in bq and "hive_partition_uri_prefix = 'gs://b/ge/events'" in bq
    snow = generate_ddl("snowflake", location="@geo_stage", tables=["events"])
    assert "METADATA$FILENAME" in snow and "PARTITION BY (year, month)" in snow
    assert "LOCATION = @geo_stage/events/" in snow and "VALUE:event_id::VARCHAR" in snow
    spark = generate_ddl("spark", location="s3://b/ge", tables=["events"])
    assert "USING PARQUET" in spark and "PARTITIONED BY (year, month)" in spark
    assert "LOCATION 's3://b/ge/events'" in spark
    pg = generate_ddl("postgres", tables=["events"])
    assert "year INTEGER NOT NULL" in pg and "event_date DATE NOT NULL" in pg and "TIMESTAMPTZ" in pg


def test_quotes_in_descriptions_are_escaped_per_dialect() -> None:
    # the actor description says "country's" and "region's"
    assert "country''s" in generate_ddl("postgres", tables=["events"])
    assert "country\\'s" in generate_ddl("bigquery", tables=["events"])


def test_unknown_dialect_type_and_table_are_config_errors() -> None:
    with pytest.raises(ConfigError):
        generate_ddl("oracle")
    with pytest.raises(ConfigError):
        generate_ddl("duckdb", tables=["nope"])
    with pytest.raises(ConfigError):
        sql_type(pa.uint8(), "duckdb")


def test_duckdb_views_agree_with_pyarrow(dataset_root: Path) -> None:
    ds = Dataset(dataset_root)
    con = duckdb.connect()
    con.execute("CREATE SCHEMA raw")
    con.execute(generate_ddl("duckdb", location=str(dataset_root), namespace="raw"))
    con.execute(generate_ddl("duckdb"))  # native tables in main, filled from the views
    for name in TABLES:
        con.execute(f"INSERT INTO {name} SELECT * FROM raw.{name}")
        assert con.execute(f"SELECT count(*) FROM {name}").fetchone() == (ds.table(name).num_rows,)
        types = dict(con.execute(f"SELECT column_name, data_type FROM information_schema.columns "
                                 f"WHERE table_schema = 'raw' AND table_name = '{name}'").fetchall())
        for field in arrow_schema(name):
            assert types[field.name] == {"TIMESTAMPTZ": "TIMESTAMP WITH TIME ZONE"}.get(
                sql_type(field.type, "duckdb"), sql_type(field.type, "duckdb")), field.name
    events = ds.table("events")
    assert con.execute("SELECT sum(num_mentions) FROM raw.events").fetchone() == (
        pc.sum(events.column("num_mentions")).as_py(),)
    by_root = dict(con.execute("SELECT event_root_code, count(*) FROM raw.events GROUP BY 1").fetchall())
    counts = pc.value_counts(events.column("event_root_code"))
    assert by_root == dict(zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist(), strict=True))
    months = con.execute("SELECT year, month, count(*) FROM raw.events GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    assert months == [(2023, 10, 1), (2023, 11, 3), (2023, 12, 1)]
    comment = con.execute("SELECT comment FROM duckdb_columns() WHERE schema_name = 'raw' AND table_name = 'events' "
                          "AND column_name = 'num_articles'").fetchone()
    assert comment and "independent documents" in comment[0]
