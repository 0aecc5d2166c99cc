"""The real-phrasing sets (tests/data/eval-real, development; tests/data/eval-real-holdout, held out) are
well-formed: written by their builders, offsets exact, the additions of tests/data/REAL-SCHEMA.md present.
These check the labels, not the extractor."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "tests" / "data" / name for name in ("eval-real", "eval-real-holdout", "eval-real-2", "eval-real-holdout-2",
                                                          "eval-real-3", "eval-real-holdout-3", "eval-real-4",
                                                          "eval-real-5", "eval-real-6", "eval-real-7", "eval-real-8",
                                                          "eval-real-holdout-4", "eval-real-holdout-5")]
KINDS = {"crossing", "entry", "exit", "population_movement", "diplomatic", "restriction", "detention", "stock",
         "other"}
FLAGS = {None, "year_unknown", "relative_unknown", "vague_count"}


def _docs(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def _builder(folder: Path):
    spec = importlib.util.spec_from_file_location(f"build_{folder.name.replace('-', '_')}", folder / "build_labels.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_the_set_is_large_and_mixed(folder):
    docs = _docs(folder)
    assert len(docs) >= 10
    given = [d["published_given"] for d in docs.values()]
    assert 0.3 <= given.count(False) / len(given) <= 0.7  # about half pasted without a date
    assert sum(1 for d in docs.values() if d.get("html_file")) >= 2
    assert sum(1 for d in docs.values() if d["captions"]) >= 3
    assert sum(len(d["claims"]) for d in docs.values()) >= 100


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_offsets_kinds_and_flags(folder):
    for doc_id, d in _docs(folder).items():
        text = (folder / d["text_file"]).read_text(encoding="utf-8")
        for m in d["mentions"]:
            assert text[m["start"]:m["end"]] == m["surface"], (doc_id, m)
        for c in d["claims"]:
            assert text[c["sentence_start"]:c["sentence_end"]] == c["sentence"], (doc_id, c["sentence"][:40])
            assert c["kind"] in KINDS and c.get("flag") in FLAGS, (doc_id, c["kind"], c.get("flag"))
            if c.get("flag") in ("year_unknown", "relative_unknown"):
                assert (c["date_start"], c["date_end"], c["date_precision"]) == (None, None, "unknown"), doc_id
                assert not d["published_given"], doc_id
            if c["breakdown"] and c["count"] is not None:
                assert sum(n for n, _ in c["breakdown"]) == c["count"], (doc_id, c["sentence"][:40])
        for caption in d["captions"]:
            assert caption in text, (doc_id, caption)
        for n in d["not_places"]:
            assert n["surface"] in text, (doc_id, n)
        pit = d["published_in_text"]
        if pit and pit.get("start") is not None:
            assert text[pit["start"]:pit["end"]] == pit["surface"], doc_id


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_labels_are_in_step_with_their_builder(folder):
    """A text or spec edited without re-running the builder fails here; --check's own checks must pass."""
    mod = _builder(folder)
    fresh = {d["doc_id"]: d for d in mod.build(write=False)}
    on_disk = _docs(folder)
    assert set(fresh) == set(on_disk)
    for doc_id, d in fresh.items():
        assert d["mentions"] == on_disk[doc_id]["mentions"], doc_id
        assert d["claims"] == on_disk[doc_id]["claims"], doc_id
    with contextlib.redirect_stdout(io.StringIO()):
        assert mod.check(list(fresh.values())) == 0
