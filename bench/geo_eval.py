"""Measure the geoparser on GeoVirus (read at run time from ../shared/geo_gold, never copied).

Runs ``geoevents geoparse`` as a subprocess twice over the articles: with ``--given-spans`` (the
gold place names, to measure resolution alone) and without (our own recognition, end to end).
Prints, for the "tune" half (even article index), the "test" half (odd) and all: accuracy within
161 km, median and mean error, the AUC of the log error curve (Gritta et al. 2019, lower is
better), recall/precision of gold places by span overlap, and the error kinds, each figure
beside its floor.

    .venv/bin/python bench/geo_eval.py [--gold PATH] [--details FILE]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "geo_gold" / "GeoVirus.xml"
EARTH_HALF_CIRCUMFERENCE_KM = 20039.0
FLOORS = {"acc161_given": 0.92, "median_given": 5.0, "recall": 0.85, "precision": 0.80, "acc161_e2e": 0.90}


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def auc(errors: list[float]) -> float:
    """Area under the sorted log-error curve, scaled to 0..1 (Gritta et al.'s AUC)."""
    if len(errors) < 2:
        return float("nan")
    logs = sorted(math.log(e + 1) for e in errors)
    area = sum((a + b) / 2 for a, b in itertools.pairwise(logs))
    return area / (math.log(EARTH_HALF_CIRCUMFERENCE_KM) * (len(logs) - 1))


def read_gold(path: Path) -> list[dict[str, Any]]:
    root = ElementTree.parse(path).getroot()
    articles = []
    for index, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        places = []
        for loc in art.iter("location"):
            start, end = int(loc.findtext("start") or 0) - 1, int(loc.findtext("end") or 0) - 1
            places.append({"start": start, "end": end, "name": loc.findtext("name"),
                           "lat": float(loc.findtext("lat") or 0), "lon": float(loc.findtext("lon") or 0)})
        articles.append({"id": index, "text": text, "places": places})
    return articles


def geoparse(articles: list[dict[str, Any]], *, given: bool, workdir: Path) -> dict[int, dict[str, Any]]:
    src, dst = workdir / f"in-{given}.jsonl", workdir / f"out-{given}.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for art in articles:
            toponyms = [{"start": p["start"], "end": p["end"]} for p in art["places"]]
            fh.write(json.dumps({"id": art["id"], "text": art["text"], "toponyms": toponyms}) + "\n")
    exe = Path(sys.executable).with_name("geoevents")
    command = [str(exe) if exe.exists() else (shutil.which("geoevents") or "geoevents"), "geoparse", str(src), str(dst)]
    subprocess.run([*command, "--given-spans"] if given else command, check=True)
    return {rec["id"]: rec for rec in map(json.loads, dst.read_text(encoding="utf-8").splitlines())}


class CountryOfPoint:
    """Country of the nearest gazetteer city: to tell a wrong country from a wrong place in it."""

    def __init__(self) -> None:
        out = subprocess.run([str(Path(sys.executable).with_name("geoevents")), "gazetteer", "info"],
                             capture_output=True, text=True, check=True).stdout
        path = json.loads(out)["path"]
        with sqlite3.connect(path) as db:
            self.rows = db.execute("SELECT lat, lon, country_code FROM places WHERE feature_type = 'city' "
                                   "AND population >= 5000").fetchall()

    def __call__(self, lat: float, lon: float) -> str | None:
        best = min(self.rows, key=lambda r: (r[0] - lat) ** 2 + ((r[1] - lon) * math.cos(math.radians(lat))) ** 2)
        return str(best[2]) if best else None


def evaluate(articles: list[dict[str, Any]], given: dict[int, Any], e2e: dict[int, Any],
             country_of: CountryOfPoint, details: list[str]) -> dict[str, Any]:
    errors: list[float] = []
    kinds: Counter[str] = Counter()
    for art in articles:
        for gold, pred in zip(art["places"], given[art["id"]].get("places", []), strict=False):
            if pred["lat"] is None:
                errors.append(EARTH_HALF_CIRCUMFERENCE_KM)
                kinds["unresolved"] += 1
                details.append(f"UNRESOLVED\t{gold['name']}")
                continue
            err = haversine(gold["lat"], gold["lon"], pred["lat"], pred["lon"])
            errors.append(err)
            if err > 161:
                wrong_country = country_of(gold["lat"], gold["lon"]) != pred["country_code"]
                kinds["wrong country" if wrong_country else "wrong place in the right country"] += 1
                details.append(f"GIVEN {err:7.0f}km\t{gold['name']}\t-> {pred['name']} ({pred['feature_type']}, "
                               f"{pred['country_code']}) gold=({gold['lat']},{gold['lon']}) art={art['id']}")
    n_gold = sum(len(a["places"]) for a in articles)
    found = n_pred = good_pred = 0
    e2e_errors: list[float] = []
    for art in articles:
        preds = e2e[art["id"]].get("places", [])
        n_pred += len(preds)
        for gold in art["places"]:
            hit = next((p for p in preds if p["start"] < gold["end"] and gold["start"] < p["end"]), None)
            if hit is None:
                kinds["missed toponym"] += 1
                details.append(f"MISSED\t{gold['name']}\tart={art['id']}")
                continue
            found += 1
            e2e_errors.append(haversine(gold["lat"], gold["lon"], hit["lat"], hit["lon"]))
        for p in preds:
            if any(p["start"] < g["end"] and g["start"] < p["end"] for g in art["places"]):
                good_pred += 1
            else:
                kinds["spurious toponym"] += 1
                details.append(f"SPURIOUS\t{p['text']}\t-> {p['name']} ({p['feature_type']}) art={art['id']}")
    return {
        "n_gold": n_gold,
        "acc161_given": sum(e <= 161 for e in errors) / max(1, len(errors)),
        "median_given": statistics.median(errors) if errors else float("nan"),
        "mean_given": statistics.fmean(errors) if errors else float("nan"),
        "auc_given": auc(errors),
        "recall": found / max(1, n_gold),
        "precision": good_pred / max(1, n_pred),
        "acc161_e2e": sum(e <= 161 for e in e2e_errors) / max(1, len(e2e_errors)),
        "median_e2e": statistics.median(e2e_errors) if e2e_errors else float("nan"),
        "kinds": kinds,
    }


def report(name: str, m: dict[str, Any]) -> None:
    def line(label: str, key: str, fmt: str, better: str) -> None:
        value = m[key]
        floor = FLOORS.get(key)
        if floor is None:
            print(f"  {label:<34}{value:{fmt}}")
            return
        ok = value >= floor if better == "high" else value <= floor
        print(f"  {label:<34}{value:{fmt}}   floor {'>=' if better == 'high' else '<='} {floor:{fmt}}  "
              f"{'ok' if ok else 'BELOW'}")

    print(f"\n[{name}] {m['n_gold']} gold places")
    print(" (a) resolution given gold spans")
    line("acc@161km", "acc161_given", ".3f", "high")
    line("median error km", "median_given", ".1f", "low")
    line("mean error km", "mean_given", ".1f", "low")
    line("AUC (log error, lower is better)", "auc_given", ".3f", "low")
    print(" (b) end to end with our recognition")
    line("recall (span overlap)", "recall", ".3f", "high")
    line("precision (span overlap)", "precision", ".3f", "high")
    line("acc@161km of found places", "acc161_e2e", ".3f", "high")
    line("median error km of found", "median_e2e", ".1f", "low")
    print("  error kinds: " + ", ".join(f"{k} {v}" for k, v in m["kinds"].most_common()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="GeoVirus.xml")
    ap.add_argument("--details", type=Path, help="write the tune half's errors to this file")
    args = ap.parse_args()
    if not args.gold.is_file():
        print(f"GeoVirus gold file not found at {args.gold}; pass --gold PATH", file=sys.stderr)
        return 2
    articles = read_gold(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        given = geoparse(articles, given=True, workdir=Path(tmp))
        e2e = geoparse(articles, given=False, workdir=Path(tmp))
    country_of = CountryOfPoint()
    splits = {"tune": [a for a in articles if a["id"] % 2 == 0], "test": [a for a in articles if a["id"] % 2 == 1],
              "all": articles}
    for name, subset in splits.items():
        details: list[str] = []
        report(name, evaluate(subset, given, e2e, country_of, details))
        if name == "tune" and args.details:
            args.details.write_text("\n".join(details) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
