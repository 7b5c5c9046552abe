"""Hostile input: every bad file, record, feed and URL ends as a document or a reject with its reason,
the run completes, and nothing is lost. All inputs are generated here (nothing binary is checked in).

``pytest -s tests/ops/test_hostile_input.py`` prints the (case, outcome, reason) table.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import pyarrow.dataset as ds
import pytest

from geoevents.ingest import FolderSource
from geoevents.models import Document
from geoevents.settings import Settings
from tests.conftest import SAMPLES
from tests.ops.httpd import LocalSite, Route
from tests.ops.pages import article_html, billion_laughs, nav_only_html, rfc822, rss

MB = 1024 * 1024
RUN_SETTINGS = {"allow_private_urls": True, "fetch_timeout": 1.0, "host_min_interval": 0.0,
                "fetch_max_bytes": 1 * MB}
SPANISH = ("El gobierno de Chile anunció el martes un nuevo acuerdo con Argentina para compartir datos sobre los "
           "glaciares de la cordillera. Los ministros de ambos países se reunieron en Santiago y firmaron el "
           "documento ante la prensa. Según los funcionarios, el acuerdo permitirá a los agricultores planificar "
           "mejor el uso del agua durante los veranos secos.")
FILLER = ("Officials said the talks would continue next week, and the ministry said it had no further comment "
          "on the matter. ")


@dataclass(frozen=True)
class Case:
    name: str
    origin: str
    reason: str | None  # None: kept as a document

    @property
    def outcome(self) -> str:
        return "document" if self.reason is None else "reject"


def _sample(name: str) -> str:
    return (SAMPLES / "txt" / f"{name}.txt").read_text(encoding="utf-8")


def _build_folder(root: Path, outside: Path) -> list[Case]:
    root.mkdir()
    sidecar: list[dict[str, str]] = []
    cases: list[Case] = []

    def add(name: str, data: bytes, reason: str | None, *, case: str, published: str | None = "2024-05-02") -> None:
        (root / name).write_bytes(data)
        if published is not None:
            sidecar.append({"file": name, "published": published, "source": "hostile-wire"})
        cases.append(Case(case, name, reason))

    add("empty.txt", b"", "empty", case="empty file")
    add("binary.txt", bytes(range(256)) * 64, "binary", case="binary file")
    add("latin1.txt", (_sample("odesa_port_missile_strike").replace("—", "-") + "\nThe café owner in Bogotá said trade "
                       "had slowed.\n").encode("latin-1"), None, case="Latin-1 text")
    add("cp1252.txt", (_sample("colombia_eln_ceasefire_havana").replace('"', "“", 1).replace('"', "”", 1)
                       + "\nDonors pledged €5 million, the mediators’ office said.\n").encode("cp1252"), None,
        case="cp1252 text (smart quotes, euro)")
    add("utf16.txt", _sample("niger_orders_french_envoy_out").encode("utf-16"), None, case="UTF-16 with BOM")
    add("huge.txt", (FILLER * (50 * MB // len(FILLER) + 1)).encode()[: 50 * MB], "too_large",
        case="50 MB text file (cap 20 MB)")
    add("no_date.txt", (FILLER * 5).encode(), "no_date", case="missing date", published=None)
    add("bad_date.txt", (FILLER * 6).encode(), "bad_date", case="unparseable date 'N/A'", published="N/A")
    add("bad_date2.txt", (FILLER * 7).encode(), "bad_date", case="unparseable date 'the twelfth of never'",
        published="the twelfth of never")
    add("future.txt", (FILLER * 8).encode(), "future_date", case="future date 2099-01-01", published="2099-01-01")
    add("spanish.txt", SPANISH.encode(), "language", case="non-English article")
    add("bad\nname.txt", _sample("el_fasher_hospital_shelling").encode(), None, case="file name with a newline")
    add("nav_only.html", nav_only_html(), "no_text", case="HTML page that is all navigation")
    good = {"title": "Armenia border villages protest", "published": "2024-04-22", "source": "wire",
            "text": _sample("armenia_tavush_villages_protest")}
    (root / "broken.jsonl").write_text(json.dumps(good) + '\n{"title": "cut off", "text": "The minis\n[1, 2, 3]\n')
    cases += [Case("JSON lines: good record", "broken.jsonl:1", None),
              Case("JSON lines: truncated record", "broken.jsonl:2", "bad_json"),
              Case("JSON lines: not an object", "broken.jsonl:3", "bad_json")]
    (root / "loop_a.txt").symlink_to(root / "loop_b.txt")
    (root / "loop_b.txt").symlink_to(root / "loop_a.txt")
    cases += [Case("symlink loop (a -> b)", "loop_a.txt", "unreadable"),
              Case("symlink loop (b -> a)", "loop_b.txt", "unreadable")]
    outside.write_text(_sample("ukraine_russia_prisoner_swap"))
    (root / "outside.txt").symlink_to(outside)
    sidecar.append({"file": "outside.txt", "published": "2025-02-05"})
    cases.append(Case("symlink to a file outside the folder", "outside.txt", "hostile_path"))
    lines = [json.dumps(s) for s in sidecar]
    lines.insert(1, json.dumps({"file": "../../etc/passwd", "published": "2024-01-01"}))
    lines.insert(3, json.dumps({"file": "/etc/passwd", "published": "2024-01-01"}))
    (root / "metadata.jsonl").write_text("\n".join(lines) + "\n")
    cases += [Case("sidecar path with ../", "metadata.jsonl:2", "hostile_path"),
              Case("sidecar absolute path", "metadata.jsonl:4", "hostile_path")]
    return cases


def _build_web(site: LocalSite, url_list: Path) -> tuple[list[str], list[Case]]:
    a = site.add("/world/chile-peru.html", Route(body=article_html("chile-peru-water")))
    b = site.add("/world/norway-russia.html", Route(body=article_html("norway-russia-fishing",
                                                                      date=dt.date(2024, 4, 3))))
    nav = site.add("/world/index.html", Route(body=nav_only_html()))
    feed = site.add("/feed.xml", Route(content_type="application/rss+xml", body=rss([
        {"title": "Chile and Peru agree to share glacier data", "link": a, "pubDate": rfc822(dt.date(2024, 3, 5))},
        {"title": "Norway accuses Russia over cod quota", "link": b},
        {"title": "World news index", "link": nav, "pubDate": rfc822(dt.date(2024, 3, 6))}])))
    bomb = site.add("/bomb.xml", Route(content_type="application/rss+xml", body=billion_laughs()))
    ok = site.add("/africa/kenya.html", Route(body=article_html("kenya-somalia-border", date=dt.date(2024, 5, 2))))
    flaky = site.add("/europe/poland.html", Route(body=article_html("poland-belarus-protest",
                                                                    date=dt.date(2024, 5, 4)), statuses=[500]))
    slow = site.add("/slow.html", Route(body=b"<html>late</html>", delay=5.0))
    big = site.add("/big.html", Route(body=b"<html><body>" + b"x" * (2 * MB) + b"</body></html>", chunked=True))
    url_list.write_text(f"# hostile URL list\n{ok}\n\n{flaky}\n{slow}  # never answers in time\n"
                        f"ftp://files.example/story.txt\n{site.url('/missing.html')}\n{big}\n")
    cases = [Case("feed entry (date from feed)", a, None), Case("feed entry (date from page)", b, None),
             Case("feed entry: navigation-only page", nav, "no_text"),
             Case("feed with an XML bomb (billion laughs)", bomb, "xml_bomb"),
             Case("URL list: article", ok, None), Case("URL: 500 then 200", flaky, None),
             Case("URL: times out", slow, "timeout"), Case("URL list: ftp:// URL", f"{url_list.name}:6", "bad_url"),
             Case("URL: 404", site.url("/missing.html"), "http_error"),
             Case("URL: 2 MB streamed body (cap 1 MB)", big, "too_large")]
    return [feed, bomb, str(url_list)], cases


def _table(rows: list[tuple[str, str, str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    out = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    out.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(out)


@pytest.mark.slow
def test_hostile_inputs_end_as_documents_or_rejects(prefect_harness: None, tmp_path: Path) -> None:
    from flows.pipeline import geoevents_pipeline

    folder = tmp_path / "hostile"
    cases = _build_folder(folder, tmp_path / "secret.txt")
    kept = {d.origin: d for d in FolderSource(folder, settings=Settings()).records() if isinstance(d, Document)}
    assert "Bogotá" in kept["latin1.txt"].text and "€5 million" in kept["cp1252.txt"].text
    assert "“" in kept["cp1252.txt"].text and "Niger" in kept["utf16.txt"].text
    out = tmp_path / "dataset"
    with LocalSite() as site:
        web_inputs, web_cases = _build_web(site, tmp_path / "urls.txt")
        cases += web_cases
        started = time.monotonic()
        summary = geoevents_pipeline(inputs=[str(folder), *web_inputs], output=str(out), settings=RUN_SETTINGS)
        elapsed = time.monotonic() - started
        assert site.hits["/europe/poland.html"] == 2 and site.hits["/slow.html"] == 3

    docs = ds.dataset(out / "documents", format="parquet", partitioning="hive").to_table().to_pylist()
    rejects = ds.dataset(out / "rejects", format="parquet", partitioning="hive").to_table().to_pylist()
    seen: dict[str, tuple[str, str | None]] = {d["origin"]: ("document", None) for d in docs}
    for r in rejects:
        assert r["origin"] not in seen, f"{r['origin']!r} ended twice"
        seen[r["origin"]] = ("reject", r["reason"])
    rows = [("case", "outcome", "reason")]
    for case in cases:
        outcome, reason = seen.get(case.origin, ("MISSING", None))
        rows.append((case.name, outcome, reason or "-"))
    print(f"\nhostile input run: {summary['documents']} documents + {summary['rejects']} rejects "
          f"= {len(cases)} inputs ({elapsed:.0f}s)\n{_table(rows)}")
    assert len(docs) + len(rejects) == len(cases) == len(seen)  # nothing lost, nothing invented
    for case in cases:
        assert seen.get(case.origin) == (case.outcome, case.reason), case


def _rss_peak_while(work: threading.Thread, every: float = 0.01) -> int:
    proc = psutil.Process()
    peak = proc.memory_info().rss
    work.start()
    while work.is_alive():
        peak = max(peak, proc.memory_info().rss)
        time.sleep(every)
    return max(peak, proc.memory_info().rss)


@pytest.mark.slow
def test_a_50mb_jsonl_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    folder = tmp_path / "bulk"
    folder.mkdir()
    path = folder / "dump.jsonl"
    archive = "x" * (50 * 1024)  # a bulky field a news API dump carries besides the text
    n_records = 0
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < 25 * MB:
            n_records += 1
            text = (f"Officials in district {n_records} said on Monday that the talks between the two delegations "
                    f"would resume next week after a pause of {n_records % 9 + 2} days, the ministry said.")
            fh.write(json.dumps({"id": n_records, "published": "2024-05-01", "text": text, "raw": archive}) + "\n")
        fh.write(json.dumps({"id": 0, "text": "y" * (25 * MB + 1)}) + "\n")  # one line over the 20 MB cap
    size = path.stat().st_size
    assert size > 50 * MB
    counts: dict[str, int] = {}

    def read() -> None:
        for rec in FolderSource(folder, settings=Settings()).records():
            key = "document" if isinstance(rec, Document) else rec.reason
            counts[key] = counts.get(key, 0) + 1

    base = psutil.Process().memory_info().rss
    peak = _rss_peak_while(threading.Thread(target=read))
    growth = (peak - base) / MB
    print(f"\n50 MB .jsonl ({size / MB:.0f} MB, {n_records + 1} lines): {counts}; peak RSS growth {growth:.0f} MB")
    assert counts == {"document": n_records, "too_large": 1}
    assert growth < 200
