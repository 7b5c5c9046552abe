"""``geoevents report``: one self-contained HTML page about a dataset (inline SVG and a little JS, no network).

Sections: a map of events (points sized by articles, coloured by quad class), events per day by
quad class, the top actor pairs and the rejected inputs by reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import polars as pl

from geoevents import CODER_VERSION
from geoevents.dataset import Dataset
from geoevents.errors import DatasetError
from geoevents.publish.progress import ProgressHook, no_progress
from geoevents.publish.svg import QUAD_COLORS, QUAD_NAMES, hbars, stacked_day_bars
from geoevents.publish.tables import read_table
from geoevents.publish.worldmap import MapPoint, world_map_svg

__all__ = ["Report", "render_report", "write_report"]

log = logging.getLogger(__name__)
MAX_POINTS = 3000
MAX_DAYS = 400  # longer spans are charted per month
TOP_PAIRS = 15
_EVENT_COLUMNS = ["event_id", "event_date", "actor1_code", "actor2_code", "event_root_code", "quad_class",
                  "num_mentions", "num_articles", "action_geo_name", "action_geo_lat", "action_geo_lon",
                  "action_geo_is_centroid"]


@dataclass(frozen=True, slots=True)
class Report:
    html: str
    events: int
    mapped_places: int
    rejects: int


def _points(events: pl.DataFrame) -> list[MapPoint]:
    geo = events.filter(pl.col("action_geo_lat").is_not_null() & pl.col("action_geo_lon").is_not_null())
    if geo.is_empty():
        return []
    grouped = (geo.with_columns(pl.col("action_geo_lat").round(2), pl.col("action_geo_lon").round(2))
               .group_by(["action_geo_lat", "action_geo_lon"])
               .agg(pl.col("action_geo_name").drop_nulls().mode().first().alias("name"),
                    pl.len().alias("events"), pl.col("num_articles").sum().alias("articles"),
                    pl.col("quad_class").mode().min().alias("quad"),
                    pl.col("action_geo_is_centroid").fill_null(False).any().alias("centroid"))
               .sort(["articles", "events"], descending=True).head(MAX_POINTS))
    return [MapPoint(lat=r["action_geo_lat"], lon=r["action_geo_lon"], label=r["name"] or "(unnamed place)",
                     events=r["events"], articles=r["articles"], quad_class=int(r["quad"]), centroid=r["centroid"])
            for r in grouped.iter_rows(named=True)]


def _daily(events: pl.DataFrame) -> tuple[str, str]:
    if events.is_empty():
        return "day", stacked_day_bars([], {})
    first, last = events["event_date"].min(), events["event_date"].max()
    assert isinstance(first, dt.date) and isinstance(last, dt.date)
    per_month = (last - first).days + 1 > MAX_DAYS
    bucket = pl.col("event_date").dt.truncate("1mo") if per_month else pl.col("event_date")
    counts = events.group_by([bucket.alias("bucket"), "quad_class"]).len()
    if per_month:
        days = pl.date_range(first.replace(day=1), last, "1mo", eager=True).to_list()
    else:
        days = pl.date_range(first, last, "1d", eager=True).to_list()
    index = {d: i for i, d in enumerate(days)}
    series = {q: [0] * len(days) for q in QUAD_NAMES}
    for row in counts.iter_rows(named=True):
        series[int(row["quad_class"])][index[row["bucket"]]] = int(row["len"])
    return ("month" if per_month else "day"), stacked_day_bars(days, series)


def _pairs(events: pl.DataFrame) -> list[dict[str, Any]]:
    return (events.with_columns(pl.col("actor1_code").fill_null("—"), pl.col("actor2_code").fill_null("—"))
            .group_by(["actor1_code", "actor2_code"])
            .agg(pl.len().alias("events"), pl.col("num_mentions").sum().alias("mentions"),
                 pl.col("num_articles").sum().alias("articles"),
                 pl.col("event_root_code").mode().first().alias("root"),
                 pl.col("quad_class").mode().min().alias("quad"))
            .sort(["events", "mentions", "actor1_code", "actor2_code"], descending=[True, True, False, False])
            .head(TOP_PAIRS).to_dicts())


def _table(headers: list[str], rows: list[list[str]], *, table_id: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


_CSS = """
body{font-family:system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{margin-bottom:4px}.sub{color:#666;margin-top:0}section{margin:28px 0}
.stats{display:flex;gap:24px;flex-wrap:wrap}.stat b{display:block;font-size:26px}
svg.map{width:100%;height:auto;border:1px solid #ccc;background:#e4eef5}svg.chart{width:100%;height:auto}
table{border-collapse:collapse;font-size:14px}td,th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left}
td.n{text-align:right}.legend button{border:1px solid #999;background:#fff;border-radius:4px;margin-right:6px;
cursor:pointer;padding:3px 8px}.legend button.off{opacity:.35}.swatch{display:inline-block;width:11px;height:11px;
margin-right:5px;border-radius:2px}#map-tip{min-height:1.4em;color:#444;font-size:14px}
"""
_JS = """
(function () {
  var hidden = {};
  document.querySelectorAll('.legend button').forEach(function (b) {
    b.addEventListener('click', function () {
      var q = b.getAttribute('data-quad');
      hidden[q] = !hidden[q];
      b.classList.toggle('off', hidden[q]);
      document.querySelectorAll('svg .q' + q).forEach(function (n) { n.style.display = hidden[q] ? 'none' : ''; });
    });
  });
  var tip = document.getElementById('map-tip');
  document.querySelectorAll('#event-map circle.event').forEach(function (c) {
    c.addEventListener('mouseenter', function () { tip.textContent = c.getAttribute('data-tip'); });
  });
  document.documentElement.setAttribute('data-report-ready', String(document.querySelectorAll('svg').length));
})();
"""


def _legend() -> str:
    buttons = "".join(f'<button type="button" data-quad="{q}"><span class="swatch" style="background:{c}"></span>'
                      f"{escape(QUAD_NAMES[q])}</button>" for q, c in QUAD_COLORS.items())
    return f'<div class="legend">{buttons}</div>'


def render_report(root: Path, *, now: dt.datetime | None = None, progress: ProgressHook = no_progress) -> Report:
    """The HTML page for the dataset at ``root``."""
    dataset = Dataset(root)
    manifest = dataset.manifest()
    if not manifest:
        raise DatasetError(f"{root} has no _manifest.json: not a geoevents dataset")
    progress("reading tables", 0, 3)
    events = pl.DataFrame(read_table(dataset, "events", columns=_EVENT_COLUMNS))
    rejects = pl.DataFrame(read_table(dataset, "rejects", columns=["reason"]))
    rows = {name: int(t.get("rows", 0)) for name, t in manifest.get("tables", {}).items()}
    progress("drawing", 1, 3)
    points = _points(events)
    unit, daily = _daily(events)
    pairs = _pairs(events)
    reasons = rejects.group_by("reason").len().sort(["len", "reason"], descending=[True, False]).to_dicts()
    progress("writing", 2, 3)
    span = f"{events['event_date'].min()!s} to {events['event_date'].max()!s}" if events.height else "no events"
    stats = "".join(f'<div class="stat"><b>{rows.get(n, 0):,}</b>{n}</div>'
                    for n in ("events", "mentions", "documents", "rejects"))
    pair_rows = [[escape(p["actor1_code"]), escape(p["actor2_code"]), str(p["events"]),
                  str(p["mentions"]), str(p["articles"]), escape(p["root"] or ""),
                  f'<span class="swatch" style="background:{QUAD_COLORS[int(p["quad"])]}"></span>'
                  + escape(QUAD_NAMES[int(p["quad"])])] for p in pairs]
    generated = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
    unlocated = events.height - events.filter(pl.col("action_geo_lat").is_not_null()).height
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>geoevents report: {escape(root.name)}</title><style>{_CSS}</style></head>
<body>
<h1>geoevents report</h1>
<p class="sub">{escape(str(root))} · events {escape(span)} · schema {escape(str(manifest.get("schema_version")))}
 · last run {escape(str(manifest.get("run_id")))}</p>
<section class="stats">{stats}</section>
<section><h2>Where</h2>{_legend()}
<p>Each circle is a place; its area grows with the articles reporting events there; dashed circles are
country or region centroids. {len(points)} places mapped; {unlocated} events without coordinates.</p>
{world_map_svg(points)}<div id="map-tip"></div></section>
<section><h2>When: events per {unit} by quad class</h2>{daily}</section>
<section><h2>Who: top actor pairs</h2>
{_table(["actor 1", "actor 2", "events", "mentions", "articles", "main root code", "main quad class"],
        pair_rows, table_id="actor-pairs")}</section>
<section><h2>Rejected inputs by reason</h2>
{hbars([str(r["reason"]) for r in reasons], [int(r["len"]) for r in reasons], chart_id="rejects-chart")}
</section>
<footer><p class="sub">Generated {generated} by {escape(CODER_VERSION)}. Self-contained: no network
needed. Map outline: Natural Earth 1:110m (public domain).</p></footer>
<script>{_JS}</script>
</body></html>
"""
    progress("writing", 3, 3)
    return Report(html=html, events=events.height, mapped_places=len(points), rejects=rejects.height)


def write_report(root: Path, out: Path, *, now: dt.datetime | None = None,
                 progress: ProgressHook = no_progress) -> Report:
    """Render the report of the dataset at ``root`` into ``out``."""
    report = render_report(root, now=now, progress=progress)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(report.html, encoding="utf-8")
        tmp.replace(out)
    except OSError as err:
        raise DatasetError(f"cannot write {out}: {err}") from err
    log.info("report %s written", out)
    return report
