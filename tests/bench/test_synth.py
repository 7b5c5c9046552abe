"""The synthetic corpus generator (bench/synth.py): deterministic per seed, streaming, valid documents."""

from __future__ import annotations

import datetime as dt
import importlib.util
import inspect
import json
import random
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_synth() -> ModuleType:
    if "synth" in sys.modules:
        return sys.modules["synth"]
    spec = importlib.util.spec_from_file_location("synth", ROOT / "bench" / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


synth = _load_synth()


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    a = list(synth.iter_documents(150, config=synth.SynthConfig(seed=3)))
    b = list(synth.iter_documents(150, config=synth.SynthConfig(seed=3)))
    c = list(synth.iter_documents(150, config=synth.SynthConfig(seed=4)))
    assert synth.digest(a) == synth.digest(b)
    assert synth.digest(a) != synth.digest(c)


def test_a_shorter_corpus_is_a_prefix_of_a_longer_one() -> None:
    long = list(synth.iter_documents(120, config=synth.SynthConfig(seed=3)))
    short = list(synth.iter_documents(40, config=synth.SynthConfig(seed=3)))
    assert short == long[:40]


def test_it_streams() -> None:
    assert inspect.isgenerator(synth.iter_documents(10))


def test_documents_are_valid_inputs_of_realistic_length() -> None:
    from geoevents.ingest.documents import build_document
    from geoevents.models import Document
    from geoevents.settings import Settings

    settings = Settings()
    now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    docs = list(synth.iter_documents(300, config=synth.SynthConfig(seed=5)))
    ids = {d.id for d in docs}
    assert len(ids) == len(docs)
    seen: dict[str, object] = {}
    for d in docs:
        rec = d.record()
        doc = build_document(rec["id"], rec["text"], rec, settings=settings, now=now)  # raises when unusable
        assert isinstance(doc, Document) and doc.language == "en" and doc.published_at is not None
        if d.synth_kind == "original":
            words = synth.word_count(d.title) + synth.word_count(d.text)
            assert 150 <= words <= 600, (d.id, words)
        else:
            assert d.synth_original in seen, "a copy comes after its original"
            orig = seen[d.synth_original]
            assert dt.datetime.fromisoformat(d.published) >= dt.datetime.fromisoformat(orig.published)  # type: ignore[attr-defined]
            if d.synth_kind == "exact":
                assert (d.title, d.text) == (orig.title, orig.text)  # type: ignore[attr-defined]
                assert d.source != "" and d.url != orig.url  # type: ignore[attr-defined]
            else:
                assert d.synth_ops in synth.REWRITES
        seen[d.id] = d


def test_duplicate_rates_are_those_configured() -> None:
    cfg = synth.SynthConfig(seed=6)
    kinds = Counter(d.synth_kind for d in synth.iter_documents(2000, config=cfg))
    assert abs(kinds["exact"] / 2000 - cfg.exact_dup_rate) < 0.02
    assert abs(kinds["near"] / 2000 - cfg.near_dup_rate) < 0.03


def test_distinct_articles_do_not_look_like_near_duplicates() -> None:
    from geoevents.dedup import shingles

    originals = [d for d in synth.iter_documents(400, config=synth.SynthConfig(seed=8)) if d.synth_kind == "original"]
    rng = random.Random(0)
    sims = []
    for _ in range(300):
        a, b = rng.sample(originals, 2)
        sa, sb = shingles(a.text, 2), shingles(b.text, 2)
        sims.append(len(sa & sb) / len(sa | sb))
    assert sum(sims) / len(sims) < 0.12
    assert max(sims) < 0.25  # the dedup threshold


def test_rewrites_do_what_they_say() -> None:
    title, body = "Ministers agree new plan", " ".join(
        ["Officials said the new plan would cut costs for families in the region."] * 20)
    rng = random.Random(1)
    swapped_body, share = synth.swap_synonyms(body, rng, 0.3)
    assert swapped_body != body and 0.2 <= share <= 0.3
    short = synth.truncate(body, 0.6)
    assert 0.55 <= synth.word_count(short) / synth.word_count(body) <= 0.7
    t2, b2, _ = synth.rewrite(title, body, rng, synth.REWRITES["boiler"])
    assert t2 == title and body in b2 and b2 != body
    with pytest.raises(ValueError):
        synth.rewrite(title, body, rng, ("shout",))


def test_shards_are_written_once_and_prefixes_are_hard_links(tmp_path: Path) -> None:
    cfg = synth.SynthConfig(seed=9)
    big = synth.ensure_corpus(2000, config=cfg, base=tmp_path)
    shards = sorted(big.glob("part-*.jsonl"))
    assert [len(p.read_text().splitlines()) for p in shards] == [1000, 1000]
    manifest = json.loads((big / synth.MANIFEST).read_text())
    assert manifest["n"] == 2000 and sum(manifest["counts"][k] for k in ("original", "exact", "near")) == 2000
    mtime = shards[0].stat().st_mtime_ns
    assert synth.ensure_corpus(2000, config=cfg, base=tmp_path) == big
    assert shards[0].stat().st_mtime_ns == mtime  # cached, not rewritten
    small = synth.ensure_corpus(1000, config=cfg, base=tmp_path)
    assert (small / "part-00000.jsonl").stat().st_ino == shards[0].stat().st_ino
    first = json.loads((small / "part-00000.jsonl").read_text().splitlines()[0])
    assert first == next(iter(synth.iter_documents(1, config=cfg))).record()
