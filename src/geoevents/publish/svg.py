"""Small inline-SVG chart primitives for the HTML report (no JavaScript library, no network)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from html import escape

__all__ = ["QUAD_COLORS", "QUAD_NAMES", "el", "hbars", "nice_ticks", "stacked_day_bars"]

QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
QUAD_COLORS = {1: "#2b8cbe", 2: "#31a354", 3: "#f28e2b", 4: "#d62728"}
_FONT = 'font-family="system-ui, sans-serif"'


def el(tag: str, attrs: Mapping[str, object] | None = None, *children: str) -> str:
    """An SVG/HTML element; attribute values are escaped, children are inserted as given."""
    text = "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for k, v in (attrs or {}).items()
                   if v is not None)
    return f"<{tag}{text}>{''.join(children)}</{tag}>" if children else f"<{tag}{text}/>"


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``; whole-number steps (the charts count things)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    mag = max(10 ** math.floor(math.log10(raw)), 1)
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    return [i * step for i in range(math.ceil(top / step) + 1)]


def _fmt(v: float) -> str:
    return f"{v:g}"


def stacked_day_bars(days: Sequence[dt.date], series: Mapping[int, Sequence[int]], *, width: int = 960,
                     height: int = 300) -> str:
    """Counts per day, stacked by quad class; one bar per day from the first day to the last."""
    left, right, top, bottom = 48, 12, 16, 44
    if not days:
        return el("svg", {"class": "chart", "id": "daily-chart", "viewBox": f"0 0 {width} 60", "role": "img"},
                  el("text", {"x": 10, "y": 35}, "No events."))
    totals = [sum(series[q][i] for q in series) for i in range(len(days))]
    ticks = nice_ticks(max(totals))
    plot_w, plot_h = width - left - right, height - top - bottom
    ymax = ticks[-1]
    bar = plot_w / len(days)
    parts = []
    for t in ticks:
        y = top + plot_h - plot_h * t / ymax
        parts.append(el("line", {"x1": left, "x2": width - right, "y1": f"{y:.1f}", "y2": f"{y:.1f}",
                                 "stroke": "#ddd"}))
        parts.append(el("text", {"x": left - 6, "y": f"{y + 4:.1f}", "text-anchor": "end", "font-size": 11},
                        _fmt(t)))
    for i, day in enumerate(days):
        base = 0
        for quad in sorted(series):
            n = series[quad][i]
            if not n:
                continue
            h = plot_h * n / ymax
            y = top + plot_h - plot_h * (base + n) / ymax
            parts.append(el("rect", {"class": f"q{quad}", "x": f"{left + i * bar + 0.5:.1f}", "y": f"{y:.1f}",
                                     "width": f"{max(bar - 1, 0.5):.1f}", "height": f"{h:.1f}",
                                     "fill": QUAD_COLORS[quad]},
                            el("title", None, escape(f"{day.isoformat()}: {n} {QUAD_NAMES[quad].lower()}"))))
            base += n
    step = max(1, math.ceil(len(days) / 10))
    for i in range(0, len(days), step):
        x = left + (i + 0.5) * bar
        parts.append(el("text", {"x": f"{x:.1f}", "y": height - bottom + 16, "text-anchor": "middle",
                                 "font-size": 11}, days[i].isoformat()))
    parts.append(el("line", {"x1": left, "x2": width - right, "y1": top + plot_h, "y2": top + plot_h,
                             "stroke": "#333"}))
    parts.append(el("text", {"x": 12, "y": top + plot_h / 2, "font-size": 11,
                             "transform": f"rotate(-90 12 {top + plot_h / 2})", "text-anchor": "middle"},
                    "events per day"))
    return f'<svg class="chart" id="daily-chart" viewBox="0 0 {width} {height}" role="img" {_FONT}>' \
           + "".join(parts) + "</svg>"


def hbars(labels: Sequence[str], values: Sequence[int], *, chart_id: str, width: int = 640,
          color: str = "#6b6ecf") -> str:
    """Horizontal bars, one row per label, with the value printed at the end of each bar."""
    row, left, right = 22, 160, 60
    if not labels:
        return el("svg", {"class": "chart", "id": chart_id, "viewBox": f"0 0 {width} 40", "role": "img"},
                  el("text", {"x": 10, "y": 25}, "None."))
    height = row * len(labels) + 8
    top = max(values) or 1
    parts = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 4 + i * row
        w = (width - left - right) * value / top
        parts.append(el("text", {"x": left - 8, "y": y + 15, "text-anchor": "end", "font-size": 12}, escape(label)))
        parts.append(el("rect", {"x": left, "y": y + 3, "width": f"{max(w, 1):.1f}", "height": row - 6,
                                 "fill": color}, el("title", None, escape(f"{label}: {value}"))))
        parts.append(el("text", {"x": f"{left + w + 6:.1f}", "y": y + 15, "font-size": 12}, str(value)))
    return f'<svg class="chart" id="{escape(chart_id)}" viewBox="0 0 {width} {height}" role="img" ' \
           f'style="max-width:{width}px" {_FONT}>' \
           + "".join(parts) + "</svg>"
