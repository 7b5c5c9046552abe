"""Researcher bundles: selection, Frictionless validation, provenance README, GDELT TSV, codebook, --no-text."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import zipfile
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from frictionless import Package

from geoevents.errors import ConfigError
from geoevents.publish.export import BundleOptions, export_bundle, parse_formats
from geoevents.publish.gdelt import GDELT_COLUMNS
from geoevents.publish.tables import DateWindow
from geoevents.schema import SCHEMA_VERSION, TABLES, arrow_schema

from .conftest import DOC_ID, EVENTS, RUNS, WINDOW_EVENTS, _id

NOW = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
NOVEMBER = DateWindow(dt.date(2023, 11, 1), dt.date(2023, 11, 30))


def _unzip(bundle: Path, into: Path) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        assert zf.testzip() is None
        zf.extractall(into)
    return into


@pytest.fixture(scope="module")
def bundle(dataset_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "november.zip"
    export_bundle(dataset_root, out, options=BundleOptions(formats=("parquet", "csv", "tsv"), window=NOVEMBER),
                  now=NOW)
    return _unzip(out, out.parent / "unzipped")


@pytest.fixture(scope="module")
def no_text_bundle(dataset_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "folder"
    export_bundle(dataset_root, out, options=BundleOptions(formats=("parquet", "csv"), window=NOVEMBER,
                                                           include_text=False), now=NOW)
    return out


def test_bundle_holds_the_window_events_and_what_they_point_at(bundle: Path) -> None:
    events = pq.read_table(bundle / "data/parquet/events.parquet")
    assert events.schema.equals(arrow_schema("events"), check_metadata=False)
    assert sorted(events.column("event_id").to_pylist()) == sorted(_id(k) for k in WINDOW_EVENTS)
    mentions = pq.read_table(bundle / "data/parquet/mentions.parquet")
    assert mentions.num_rows == sum(len(EVENTS[k][5]) for k in WINDOW_EVENTS)
    docs = set(pq.read_table(bundle / "data/parquet/documents.parquet").column("doc_id").to_pylist())
    assert docs == set(mentions.column("doc_id").to_pylist()) | {DOC_ID["d1"]}
    rejects = pq.read_table(bundle / "data/parquet/rejects.parquet")
    assert set(rejects.column("run_id").to_pylist()) == set(RUNS)  # e3 got a mention in run-b


def test_datapackage_validates_with_frictionless(bundle: Path) -> None:
    descriptor = json.loads((bundle / "datapackage.json").read_text())
    assert Package.validate_descriptor(descriptor).valid
    package = Package(str(bundle / "datapackage.json"))
    names = {r.name for r in package.resources}
    assert {f"{t}-{f}" for t in TABLES for f in ("parquet", "csv", "tsv")} <= names
    assert {"event-codes", "actor-codes", "source-volume", "gdelt-events"} <= names
    for resource in package.resources:
        entry = next(r for r in descriptor["resources"] if r["name"] == resource.name)
        path = bundle / entry["path"]
        assert entry["hash"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        assert entry["bytes"] == path.stat().st_size
        if entry["format"] == "parquet":  # frictionless reads Parquet through pandas, which we do not ship
            assert pq.ParquetFile(path).metadata.num_rows == entry["rows"]
            assert [f["name"] for f in entry["schema"]["fields"]] == pq.read_schema(path).names
            continue
        report = resource.validate()  # data against the schema: types, required, keys, hash, bytes
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])[:5]
    mentions = next(r for r in descriptor["resources"] if r["name"] == "mentions-csv")
    assert {fk["reference"]["resource"] for fk in mentions["schema"]["foreignKeys"]} == {"events-csv", "documents-csv"}


def test_frictionless_catches_a_broken_foreign_key(bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "b"
    copy.mkdir()
    for rel in ("datapackage.json", "data/csv/events.csv", "data/csv/documents.csv", "data/csv/mentions.csv"):
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        (copy / rel).write_bytes((bundle / rel).read_bytes())
    text = (copy / "data/csv/mentions.csv").read_text()
    (copy / "data/csv/mentions.csv").write_text(text.replace(DOC_ID["d1"], "f" * 64))
    report = Package(str(copy / "datapackage.json")).get_resource("mentions-csv").validate()
    assert not report.valid
    assert {"foreign-key", "hash-count"} <= {e.type for task in report.tasks for e in task.errors}


def test_readme_states_provenance_and_every_file_hash(bundle: Path) -> None:
    readme = (bundle / "README.md").read_text()
    for run in RUNS:
        assert f"`{run}`" in readme
    assert "geoevents-0.1.0" in readme and f"Schema version: {SCHEMA_VERSION}" in readme
    assert "2023-11-01 to 2023-11-30" in readme and "Text is included" in readme
    listed = dict(re.findall(r"^\| `([^`]+)` \| \d* \| \d+ \| `([0-9a-f]{64})` \|$", readme, re.M))
    files = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()} - {"README.md"}
    assert set(listed) == files
    for rel, digest in listed.items():
        assert hashlib.sha256((bundle / rel).read_bytes()).hexdigest() == digest, rel
    rows = dict(re.findall(r"^\| `(data/csv/[^`]+)` \| (\d+) \|", readme, re.M))
    assert rows["data/csv/mentions.csv"] == str(pq.read_table(bundle / "data/parquet/mentions.parquet").num_rows)
    assert len(re.findall(r"^\| \d+ \| [A-Za-z0-9_]+ \| ", readme, re.M)) == 61  # the GDELT mapping table


def test_gdelt_tsv_has_gdelt_columns_in_order_and_no_header(bundle: Path) -> None:
    names = [c.name for c in GDELT_COLUMNS]
    assert len(names) == 61 and names[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert names[25:27] == ["IsRootEvent", "EventCode"] and names[-2:] == ["DATEADDED", "SOURCEURL"]
    assert names[35:37] == ["Actor1Geo_Type", "Actor1Geo_FullName"] and names[51] == "ActionGeo_Type"
    lines = (bundle / "gdelt/events.export.tsv").read_text().splitlines()
    assert len(lines) == len(WINDOW_EVENTS)
    rows = [dict(zip(names, line.split("\t"), strict=True)) for line in lines]
    assert all(r["GLOBALEVENTID"].isdigit() for r in rows)
    seoul = next(r for r in rows if r["ActionGeo_FullName"].startswith("Seoul"))
    assert seoul["SQLDATE"] == "20231101" and seoul["MonthYear"] == "202311" and seoul["Year"] == "2023"
    assert seoul["FractionDate"] == "2023.8329"  # 2023-11-01 is day 305: (305 - 1) / 365 = 0.83288
    assert seoul["Actor1Code"] == "USAGOV" and seoul["Actor1Name"] == "UNITED STATES"
    assert seoul["Actor1Type1Code"] == "GOV" and seoul["EventRootCode"] == "04" and seoul["QuadClass"] == "1"
    assert seoul["ActionGeo_CountryCode"] == "KS" and seoul["ActionGeo_Type"] == "4"  # FIPS, world city
    assert seoul["ActionGeo_Lat"] == "37.566" and seoul["NumMentions"] == "3" and seoul["AvgTone"] == ""
    assert seoul["DATEADDED"] == "20231116000000" and seoul["SOURCEURL"].startswith("https://")
    sea = next(r for r in rows if r["ActionGeo_FullName"] == "Yellow Sea")
    assert sea["ActionGeo_Type"] == "" and sea["ActionGeo_CountryCode"] == ""


def test_codebook_and_source_volume(bundle: Path, dataset_root: Path) -> None:
    with (bundle / "codebook/event_codes.csv").open() as fh:
        codes = {r["code"]: r for r in csv.DictReader(fh)}
    assert {"042", "04", "190", "19", "112", "11"} <= set(codes)
    assert codes["042"]["name"] == "Make a visit" and codes["190"]["quad_class"] == "4"
    with (bundle / "codebook/actor_codes.csv").open() as fh:
        actors = {r["actor_code"]: r for r in csv.DictReader(fh)}
    assert set(actors) == {"USAGOV", "KORGOV", "PRKMIL", "KORMIL", "RUSGOV", "UKRGOV"}
    assert actors["PRKMIL"]["type_name"] == "Military" and actors["KORGOV"]["country_name"] == "South Korea"
    with (bundle / "source_volume.csv").open() as fh:
        volume = list(csv.DictReader(fh))
    assert {r["date"] for r in volume} <= {f"2023-11-{d:02d}" for d in range(1, 31)}
    assert sum(int(r["documents"]) for r in volume) == 5  # d1-d4 and d7 (published 2023-11-01)
    bayview = next(r for r in volume if r["source_name"] == "Bayview Chronicle")
    assert (bayview["documents"], bayview["independent_documents"]) == ("1", "0")


def test_citation_cff(bundle: Path) -> None:
    text = (bundle / "CITATION.cff").read_text()
    assert text.startswith("cff-version: 1.2.0\n") and "type: dataset" in text
    assert "date-released: 2024-01-02" in text and "authors:" in text


def test_no_text_leaves_out_sentences_and_titles_but_keeps_offsets(no_text_bundle: Path, bundle: Path) -> None:
    mentions = pq.read_table(no_text_bundle / "data/parquet/mentions.parquet")
    assert mentions.column("sentence").null_count == mentions.num_rows
    assert mentions.column("char_start").null_count == 0 and mentions.column("actor1_start").null_count < 7
    documents = pq.read_table(no_text_bundle / "data/parquet/documents.parquet")
    assert documents.column("title").null_count == documents.num_rows
    assert documents.column("url").null_count == 0
    with (no_text_bundle / "data/csv/mentions.csv").open() as fh:
        assert {r["sentence"] for r in csv.DictReader(fh)} == {""}
    readme = (no_text_bundle / "README.md").read_text()
    assert "Text is left out (--no-text)" in readme and "`mentions.sentence`" in readme
    assert not (no_text_bundle / "data/tsv").exists()
    full = pq.read_table(bundle / "data/parquet/mentions.parquet")
    assert pc.all(pc.is_valid(full.column("sentence"))).as_py()
    package = Package(str(no_text_bundle / "datapackage.json"))
    assert package.get_resource("mentions-csv").validate().valid


def test_open_window_exports_everything(dataset_root: Path, tmp_path: Path) -> None:
    result = export_bundle(dataset_root, tmp_path / "all", options=BundleOptions(formats=("csv",)), now=NOW)
    assert result.rows == {"events": 5, "mentions": 10, "documents": 7, "rejects": 3}


def test_bad_options(dataset_root: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        parse_formats("parquet,xml")
    with pytest.raises(ConfigError):
        parse_formats("delta,csv")
    assert parse_formats(" CSV, tsv,csv ") == ("csv", "tsv")
    with pytest.raises(ConfigError):
        DateWindow(dt.date(2023, 12, 1), dt.date(2023, 11, 1))
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(ConfigError):
        export_bundle(dataset_root, busy, options=BundleOptions(), now=NOW)
    assert (busy / "keep.txt").read_text() == "mine"
