"""Gazetteer speed and size: open time, single-name resolutions per second (cold and warm), peak RSS.

Prints figures and their ratio to the floors (20,000 warm resolutions/s; under 1 GB RSS);
nothing is asserted.

    .venv/bin/python bench/geo_speed.py [--names 2000] [--rounds 20]
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import time

import psutil

from geoevents.geocoding.build import ensure_gazetteer
from geoevents.geocoding.gazetteer import Gazetteer
from geoevents.geocoding.geoparser import Geoparser
from geoevents.settings import Settings

FLOOR_PER_S = 20_000
CEILING_RSS_MB = 1024


def sample_names(path: str, n: int) -> list[str]:
    """Country, region and city names of all sizes, drawn from the gazetteer itself."""
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name FROM places WHERE feature_type != 'city' UNION ALL "
                          "SELECT name FROM (SELECT name FROM places WHERE feature_type = 'city' "
                          "ORDER BY population DESC LIMIT ?)", (n,)).fetchall()
    step = max(1, len(rows) // n)
    return [r[0] for r in rows[::step]][:n]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    settings = Settings.from_env()
    path = ensure_gazetteer(settings)
    rss_before = psutil.Process().memory_info().rss
    started = time.perf_counter()
    gazetteer = Gazetteer(path)
    open_s = time.perf_counter() - started
    names = sample_names(str(path), args.names)
    for name in names:
        gazetteer.lookup(name)
    rss_gazetteer = psutil.Process().memory_info().rss - rss_before
    parser = Geoparser(gazetteer, settings=settings)
    started = time.perf_counter()
    for name in names:
        parser.resolve(name)
    cold = len(names) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(args.rounds):
        for name in names:
            parser.resolve(name)
    warm = args.rounds * len(names) / (time.perf_counter() - started)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer          {path} ({path.stat().st_size / 1e6:.0f} MB on disk)")
    print(f"open               {open_s * 1000:.1f} ms")
    print(f"resolve, 1st time  {cold:,.0f} names/s ({len(names)} distinct names; their rows already read once)")
    print(f"resolve, warm      {warm:,.0f} names/s   floor {FLOOR_PER_S:,}/s   ratio {warm / FLOOR_PER_S:.1f}x")
    print(f"RSS of gazetteer   {rss_gazetteer / 2**20:.0f} MB added by opening it and looking up every name   "
          f"ceiling {CEILING_RSS_MB} MB   ratio {rss_gazetteer / 2**20 / CEILING_RSS_MB:.3f}")
    print(f"peak RSS (process) {peak_mb:.0f} MB incl. spaCy   ceiling {CEILING_RSS_MB} MB   "
          f"ratio {peak_mb / CEILING_RSS_MB:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
