"""Publishing commands: ``schema``, ``export``, ``report`` and ``validate`` (thin layer over geoevents.publish)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from geoevents.cli.app import app, console, err_console, library_errors
from geoevents.publish.ddl import Dialect
from geoevents.publish.progress import ProgressHook

__all__ = ["export", "report", "schema", "validate"]


def dataset_argument() -> Any:
    """The DATASET argument shared by every publishing command."""
    return typer.Argument(..., exists=True, file_okay=False, dir_okay=True, show_default=False,
                          help="Dataset root (the folder with _manifest.json).")


def day_option(flag: str, help_text: str) -> Any:
    return typer.Option(None, flag, formats=["%Y-%m-%d"], show_default=False, help=help_text)


@contextmanager
def progress_bars() -> Iterator[ProgressHook]:
    """A ProgressHook drawing one rich bar per step (on stderr, gone when done)."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as bars:
        tasks: dict[str, TaskID] = {}

        def hook(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bars.add_task(step, total=total)
            bars.update(tasks[step], completed=done, total=total)

        yield hook


@app.command()
def schema(
    dialect: Dialect = typer.Option("duckdb", "--dialect", "-d", help="SQL dialect of the DDL."),
    location: str | None = typer.Option(
        None, "--location", "-l", show_default=False,
        help="Dataset root as the warehouse sees it (path, gs:// or s3:// URI, @stage): emit views or "
             "external tables over the hive-partitioned Parquet instead of plain tables."),
    table: list[str] | None = typer.Option(None, "--table", "-t", show_default=False,
                                           help="Only this table (repeatable)."),
    namespace: str | None = typer.Option(None, "--namespace", show_default=False,
                                         help="Schema (BigQuery: dataset) that qualifies the table names."),
    write_files: Path | None = typer.Option(
        None, "--write-files", file_okay=False, show_default=False,
        help="Instead of DDL, write <table>.schema.json for the four tables and DATA_DICTIONARY.md here."),
) -> None:
    """Print warehouse DDL generated from the data contract's Arrow schemas.

    With --location: DuckDB views over read_parquet(..., hive_partitioning = true),
    BigQuery and Snowflake external tables, a Spark Parquet table partitioned by (year, month).
    PostgreSQL always gets plain tables with the partition columns (load CSV with COPY).

    Example: geoevents schema --dialect duckdb --location output
    """
    from geoevents.publish.contract_files import write_contract_files
    from geoevents.publish.ddl import generate_ddl

    with library_errors():
        if write_files is not None:
            for path in write_contract_files(write_files):
                console.print(f"wrote {path}")
            return
        typer.echo(generate_ddl(dialect, location=location, tables=table or None, namespace=namespace),
                   nl=False)


@app.command()
def export(
    dataset: Path = dataset_argument(),
    out: Path = typer.Argument(..., show_default=False,
                               help="OUT.zip for a zipped bundle, a new folder for an unzipped one, or the "
                                    "Delta folder with --format delta."),
    start: dt.datetime | None = day_option("--from", "First event_date (YYYY-MM-DD) to include."),
    end: dt.datetime | None = day_option("--to", "Last event_date (YYYY-MM-DD) to include."),
    formats: str = typer.Option("parquet,csv", "--format", "-f",
                                help="Comma-separated table formats: parquet, csv, tsv; or delta alone."),
    no_text: bool = typer.Option(False, "--no-text",
                                 help="Leave out mention sentences and document titles (offsets, ids, URLs stay)."),
) -> None:
    """Export a researcher bundle (tables, datapackage.json, codebook, GDELT TSV, README) or Delta tables.

    A bundle holds the events whose event_date is in [--from, --to], their mentions and documents,
    the rejects of the runs that wrote them, source_volume.csv, CITATION.cff and a README with provenance.

    --format delta writes one Delta Lake table per contract table into OUT, one commit per run;
    run it again after new runs to add their commits: geoevents export output delta --format delta

    Example: geoevents export output bundle.zip --from 2023-11-01 --to 2023-11-30 --format parquet,csv,tsv
    """
    from geoevents.publish.export import BundleOptions, export_bundle, parse_formats
    from geoevents.publish.tableformat import export_delta
    from geoevents.publish.tables import DateWindow

    with library_errors():
        chosen = parse_formats(formats)
        window = DateWindow(start.date() if start else None, end.date() if end else None)
        if chosen == ("delta",):
            if not window.is_open or no_text:
                raise typer.BadParameter("--from, --to and --no-text apply to bundles, not to --format delta")
            with progress_bars() as hook:
                result = export_delta(dataset, out, progress=hook)
            added = ", ".join(result.runs_added) or "none (already up to date)"
            console.print(f"Delta tables in {out}: runs added: {added}")
            console.print("rows committed: " + ", ".join(f"{k} {v}" for k, v in result.rows.items()))
            return
        options = BundleOptions(formats=chosen, window=window, include_text=not no_text)
        with progress_bars() as hook:
            bundle = export_bundle(dataset, out, options=options, progress=hook)
    console.print(f"bundle {bundle.out}: {len(bundle.files)} files; "
                  + ", ".join(f"{k} {v} rows" for k, v in bundle.rows.items())
                  + ("" if options.include_text else " (no text)"))


@app.command()
def report(
    dataset: Path = dataset_argument(),
    out: Path = typer.Argument(Path("report.html"), help="The HTML file to write."),
) -> None:
    """Write a self-contained HTML report: map of events, events per day by quad class, actor pairs, rejects.

    The page needs no network: the map outline and charts are inline SVG.

    Example: geoevents report output report.html
    """
    from geoevents.publish.report import write_report

    with library_errors(), progress_bars() as hook:
        result = write_report(dataset, out, progress=hook)
    console.print(f"report {out}: {result.events} events, {result.mapped_places} places on the map, "
                  f"{result.rejects} rejects")


@app.command()
def validate(dataset: Path = dataset_argument()) -> None:
    """Check a dataset against the data contract and print one row per check; exit 1 when any fails.

    Checks: the manifest (schema version, files, sha256, row counts), each file's schema,
    required columns, partition folders, event_id uniqueness, every event has a mention,
    and mentions point at events and documents.

    Example: geoevents validate output
    """
    from geoevents.publish.validate import validate_dataset

    with library_errors(), progress_bars() as hook:
        result = validate_dataset(dataset, progress=hook)
    table = Table(title=f"validate {dataset}")
    for column in ("table", "check", "result", "detail"):
        table.add_column(column)
    for check in result.checks:
        mark = "[green]ok[/green]" if check.ok else "[red]FAIL[/red]"
        table.add_row(escape(check.table), escape(check.name), mark, escape(check.detail))
    console.print(table)
    if not result.ok:
        err_console.print(f"[red]{len(result.failures)} of {len(result.checks)} checks failed[/red]")
        raise typer.Exit(1)
    console.print(f"all {len(result.checks)} checks passed")
