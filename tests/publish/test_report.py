"""The HTML report: self-contained structure, and a real render in headless Chromium."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from geoevents.dataset import Dataset
from geoevents.publish.outline_build import build_outline
from geoevents.publish.report import render_report, write_report
from geoevents.publish.svg import nice_ticks
from geoevents.publish.worldmap import load_outline
from geoevents.schema import arrow_schema

from .browser import chromium_or_skip, decode_png, render

NOW = dt.datetime(2024, 1, 2, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def report_html(dataset_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    write_report(dataset_root, out, now=NOW)
    return out


def _svg(html: str, svg_id: str) -> str:
    match = re.search(rf'<svg id="{svg_id}".*?</svg>|<svg class="chart" id="{svg_id}".*?</svg>', html, re.S)
    assert match, f"no svg #{svg_id}"
    return match.group(0)


def test_report_has_map_charts_and_tables(report_html: Path) -> None:
    html = report_html.read_text()
    world = _svg(html, "event-map")
    assert world.count('<circle class="event') == 5  # five places in the fixture
    assert 'class="land"' in world and 'class="borders"' in world and 'class="graticule"' in world
    assert re.search(r'<circle class="event q4"[^>]*>.*?Yellow Sea', world, re.S)
    daily = _svg(html, "daily-chart")
    assert daily.count('<rect class="q') == 5  # one bar segment per event-day and quad class
    pairs = re.search(r'<table id="actor-pairs">.*?</table>', html, re.S)
    assert pairs and pairs.group(0).count("<tr>") == 6 and "USAGOV" in pairs.group(0)
    rejects = _svg(html, "rejects-chart")
    assert all(reason in rejects for reason in ("empty", "binary", "bad_json"))


def test_report_is_self_contained(report_html: Path) -> None:
    html = report_html.read_text()
    assert not re.search(r"""\b(src|href)\s*=""", html), "the page must not load anything"
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert not re.search(r"https?://", html)


def test_empty_dataset_renders(tmp_path: Path) -> None:
    ds = Dataset(tmp_path / "empty")
    rejects = pa.Table.from_pylist([{"origin": "a.txt", "reason": "empty", "detail": "nothing", "run_id": "r1",
                                     "rejected_at": NOW}], schema=arrow_schema("rejects"))
    with ds.locked(timeout=10):
        ds.commit(run_id="r1", appends={"rejects": rejects}, upserts={}, now=NOW)
    report = render_report(tmp_path / "empty", now=NOW)
    assert report.events == 0 and report.rejects == 1 and "No events." in report.html


def test_outline_builder_decodes_topojson_and_lifts_the_pen_at_the_antimeridian() -> None:
    square = [[170, 80], [20, 0], [0, 20], [-20, 0], [0, -20]]  # quantized deltas around (0, 0)
    wrap = [[10, 100], [350, 0]]  # lon -170 to lon 180: a jump across the map, drawn as a pen lift
    topology = {"type": "Topology", "transform": {"scale": [1, 1], "translate": [-180, -90]},
                "arcs": [square, wrap], "objects": {"land": {"type": "GeometryCollection", "geometries": [
                    {"type": "Polygon", "arcs": [[0]]}]}}}
    outline = build_outline(topology, topology, licence="ISC  notice")
    assert outline["land"] == "M1700 1000l200 0l0-200l-200 0l0 200z"
    assert outline["borders"].endswith("m3500 0") and outline["licence"] == "ISC notice"


def test_packaged_world_outline_covers_the_world() -> None:
    outline = load_outline()
    assert outline["frame"] == {"width": 3600, "height": 1800, "x": "(lon + 180) * 10", "y": "(90 - lat) * 10"}
    assert outline["land"].startswith("M") and outline["land"].count("z") > 100
    assert len(outline["borders"]) > 10_000 and "Natural Earth" in outline["source"]


def test_nice_ticks_count_in_whole_numbers() -> None:
    assert nice_ticks(1) == [0, 1]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(230)[-1] >= 230


def test_missing_chromium_skips_with_a_stated_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="make chromium"):
        chromium_or_skip()


@pytest.mark.slow
def test_report_renders_in_headless_chromium(report_html: Path, tmp_path: Path) -> None:
    chromium = chromium_or_skip()
    shot = tmp_path / "report.png"
    screenshot = render(chromium, report_html, tmp_path, screenshot=shot)
    assert screenshot.console_errors() == []
    pixels = decode_png(shot)
    assert (pixels.width, pixels.height) == (1280, 2000)
    assert pixels.variance() > 200, "the screenshot is (nearly) blank"
    assert pixels.colours() > 50
    dom = render(chromium, report_html, tmp_path)
    assert dom.console_errors() == []
    ready = re.search(r'data-report-ready="(\d+)"', dom.dom)
    assert ready and int(ready.group(1)) >= 3, "the inline script did not run to its end"
    assert dom.dom.count('<circle class="event') == 5


@pytest.mark.slow
def test_console_error_detection_works(tmp_path: Path) -> None:
    """A control: a page with a script error must be caught by the same check."""
    chromium = chromium_or_skip()
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html><body><p>x</p><script>notDefinedAnywhere();</script></body></html>")
    assert render(chromium, page, tmp_path).console_errors()
