"""The evaluation itself, as a regression guard: the tuned set must stay at the targets; the held-out set
(written after tuning, never tuned on) must not fall below today's floor."""
from __future__ import annotations

from pathlib import Path

import pytest

from geo.evaluate import EVAL_DIR, evaluate, load_labelled, report
from geo.geoparse import Geoparser

HOLDOUT = EVAL_DIR.parent / "eval-holdout"


@pytest.fixture(scope="module")
def parser(ds):
    return Geoparser(ds.places)


@pytest.mark.parametrize("folder", [EVAL_DIR, HOLDOUT])
def test_labels_match_their_texts(folder: Path):
    docs = load_labelled(folder)
    assert len(docs) >= (9 if folder == EVAL_DIR else 4)
    for doc in docs:
        for m in doc.mentions:
            assert doc.source.text[m["start"]:m["end"]] == m["surface"], (doc.doc_id, m)


def test_tuned_set_meets_the_targets(parser):
    total, _ = evaluate(parser, EVAL_DIR)
    assert total.f1 >= 0.95
    assert total.within >= 0.95
    for field in ("date_start", "date_end", "count", "unit"):
        assert total.field_accuracy(field) >= 0.9, field


def test_holdout_floor(parser):
    total, by_style = evaluate(parser, HOLDOUT)
    text = report(total, by_style)
    assert "mentions" in text and "by style" in text
    # today's held-out figures, rounded down: a regression below them fails
    assert total.f1 >= 0.90
    assert total.within >= 0.90
    assert total.claims_matched >= 28
