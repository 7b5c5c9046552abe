"""The report's event map: an inline equirectangular SVG world (Natural Earth 1:110m outline, offline)."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from geoevents.publish.svg import QUAD_COLORS, QUAD_NAMES, el

__all__ = ["MapPoint", "load_outline", "project", "world_map_svg"]

OUTLINE = Path(__file__).with_name("world_110m.json")
SCALE = 10  # SVG units per degree, as in world_110m.json
WIDTH, HEIGHT = 360 * SCALE, 180 * SCALE


@dataclass(frozen=True, slots=True)
class MapPoint:
    """Events at one place: where, how many, and the quad class most of them have."""

    lat: float
    lon: float
    label: str
    events: int
    articles: int
    quad_class: int
    centroid: bool


@functools.lru_cache(maxsize=1)
def load_outline() -> dict[str, Any]:
    """The packaged outline (``land`` and ``borders`` path data); see ``outline_build``."""
    return dict(json.loads(OUTLINE.read_text(encoding="utf-8")))


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection into the outline's frame."""
    return (lon + 180.0) * SCALE, (90.0 - lat) * SCALE


def _graticule() -> str:
    lines = [f"M{(lon + 180) * SCALE} 0V{HEIGHT}" for lon in range(-150, 180, 30)]
    lines += [f"M0 {(90 - lat) * SCALE}H{WIDTH}" for lat in range(-60, 90, 30)]
    return el("path", {"class": "graticule", "d": "".join(lines), "fill": "none", "stroke": "#c7d6e2",
                       "stroke-width": 1, "vector-effect": "non-scaling-stroke"})


def radius(articles: int) -> float:
    """Circle radius (SVG units) growing with the square root of the articles."""
    return 10.0 + 14.0 * math.sqrt(max(articles, 1))


def world_map_svg(points: Sequence[MapPoint]) -> str:
    """The map: ocean, graticule, land, borders, then one circle per place (largest drawn first)."""
    outline = load_outline()
    parts = [
        el("rect", {"class": "ocean", "width": WIDTH, "height": HEIGHT, "fill": "#e4eef5"}),
        _graticule(),
        el("path", {"class": "land", "d": outline["land"], "fill": "#f3f0e7", "stroke": "none"}),
        el("path", {"class": "borders", "d": outline["borders"], "fill": "none", "stroke": "#a9a9a9",
                    "stroke-width": 0.6, "vector-effect": "non-scaling-stroke"}),
    ]
    for p in sorted(points, key=lambda p: -p.articles):
        x, y = project(p.lat, p.lon)
        tip = (f"{p.label}: {p.events} event{'s' if p.events != 1 else ''}, {p.articles} article"
               f"{'s' if p.articles != 1 else ''} (mostly {QUAD_NAMES[p.quad_class].lower()})"
               + ("; country/region centroid" if p.centroid else ""))
        parts.append(el("circle", {
            "class": f"event q{p.quad_class}", "cx": f"{x:.1f}", "cy": f"{y:.1f}", "r": f"{radius(p.articles):.1f}",
            "fill": QUAD_COLORS[p.quad_class], "fill-opacity": 0.65, "stroke": "#222",
            "stroke-width": 0.8, "stroke-dasharray": "3 2" if p.centroid else None,
            "vector-effect": "non-scaling-stroke", "data-tip": tip}, el("title", None, escape(tip))))
    return (f'<svg id="event-map" class="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-label="Map of events" preserveAspectRatio="xMidYMid meet">' + "".join(parts) + "</svg>")
