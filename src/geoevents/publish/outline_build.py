"""Build ``world_110m.json``, the offline world outline of the HTML report, from Natural Earth TopoJSON.

The checked-in file was made from the ``world-atlas`` 2.0.2 npm package (ISC licence), which packs
Natural Earth's public-domain 1:110m land and country boundaries as TopoJSON::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m geoevents.publish.outline_build package/land-110m.json package/countries-110m.json \\
        src/geoevents/publish/world_110m.json

The output holds two SVG path strings in an equirectangular frame of tenths of a degree
(x = (lon + 180) * 10, y = (90 - lat) * 10; the world is 3600 x 1800): ``land`` (filled polygons)
and ``borders`` (every country boundary arc once, stroked).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = ["arcs_of", "build_outline", "main", "path_data"]

Point = tuple[int, int]
SCALE = 10  # path units per degree


def arcs_of(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Decode quantized, delta-encoded TopoJSON arcs into lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _project(lon: float, lat: float) -> Point:
    return round((lon + 180.0) * SCALE), round((90.0 - lat) * SCALE)


def _ring(arcs: list[list[tuple[float, float]]], indexes: Sequence[int]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        ring.extend(arc[1:] if ring else arc)
    return ring


def _rings(topology: dict[str, Any], name: str) -> Iterator[list[tuple[float, float]]]:
    arcs = arcs_of(topology)
    for geometry in topology["objects"][name]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                yield _ring(arcs, ring)


def path_data(lines: Iterator[list[tuple[float, float]]], *, close: bool) -> str:
    """Compact SVG path data (relative integer moves); a jump across the antimeridian starts a new subpath."""
    out: list[str] = []
    cursor: Point = (0, 0)
    for line in lines:
        pts: list[Point] = []
        for lon, lat in line:
            p = _project(lon, lat)
            if not pts or p != pts[-1]:
                pts.append(p)
        if len(pts) < 2:
            continue
        out.append(f"M{pts[0][0]} {pts[0][1]}" if not out else f"m{pts[0][0] - cursor[0]} {pts[0][1] - cursor[1]}")
        prev = pts[0]
        for p in pts[1:]:
            if abs(p[0] - prev[0]) > 180 * SCALE:  # wraps around the antimeridian: lift the pen
                out.append(f"m{p[0] - prev[0]} {p[1] - prev[1]}")
            else:
                out.append(f"l{p[0] - prev[0]} {p[1] - prev[1]}")
            prev = p
        if close:
            out.append("z")
            prev = pts[0]
        cursor = prev
    return "".join(out).replace(" -", "-")


def build_outline(land: dict[str, Any], countries: dict[str, Any], *, licence: str = "") -> dict[str, Any]:
    """The outline document: land polygons and country borders as path data (plus the packager's licence)."""
    return {
        "source": "Natural Earth 1:110m land and admin-0 boundaries (public domain), via the world-atlas 2.0.2 "
                  "TopoJSON package (ISC licence); built by geoevents.publish.outline_build",
        "licence": " ".join(licence.split()),
        "frame": {"width": 360 * SCALE, "height": 180 * SCALE,
                  "x": f"(lon + 180) * {SCALE}", "y": f"(90 - lat) * {SCALE}"},
        "land": path_data(_rings(land, "land"), close=True),
        "borders": path_data(iter(arcs_of(countries)), close=False),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m geoevents.publish.outline_build LAND COUNTRIES OUT``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 3:
        sys.stderr.write("usage: python -m geoevents.publish.outline_build LAND.json COUNTRIES.json OUT.json\n")
        return 2
    land, countries = (json.loads(Path(a).read_text(encoding="utf-8")) for a in args[:2])
    notice = Path(args[0]).with_name("LICENSE")  # world-atlas ships its ISC notice beside the data
    licence = notice.read_text(encoding="utf-8") if notice.is_file() else ""
    outline = build_outline(land, countries, licence=licence)
    Path(args[2]).write_text(json.dumps(outline, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
