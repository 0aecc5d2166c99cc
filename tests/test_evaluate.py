"""The evaluation itself, as a regression guard: the tuned and development sets stay at their figures; the
held-out sets (never tuned on) must not fall below today's floor; the first held-out set, read while tuning
in a later round, keeps its floor too."""
from __future__ import annotations

from pathlib import Path

import pytest

from datetime import date

from geo.gazetteer import gazetteer_only
from geo.evaluate import EVAL_DIR, LabelledDoc, _numbers_written, _read_against_today, evaluate, load_labelled, report
from geo.model import Claim, PublishedDate, Source

HOLDOUT = EVAL_DIR.parent / "eval-holdout"


@pytest.fixture(scope="module")
def parser(ds):
    """The geoparser's own gazetteer, as ingest reads it from a store."""
    return gazetteer_only(ds.places)


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


def _claim(quote: str, count: int | None, breakdown=(), start: date | None = None) -> Claim:
    return Claim("c", "s", "x", "crossing", "", start, start, "day" if start else "unknown", quote, 0, len(quote),
                 count=count, breakdown=breakdown)


@pytest.mark.parametrize("quote, count, breakdown, written", [
    ("On 3 May 58 trucks entered.", 58, (), True),
    ("On 3 May 2,300 tonnes entered.", 2300, (), True),
    ("Fifty-eight trucks entered.", 58, (), True),
    ("About 1.2 million people left.", 1_200_000, (), True),
    ("Dozens of trucks, a dozen buses.", 12, (), True),
    ("No civilian vehicle passed.", 0, (), True),
    ("47 trucks (30 cargo trucks and 17 tankers) entered.", 47, ((30, "cargo trucks"), (17, "tankers")), True),
    # a sum of two figures, a per-day figure and a derived remainder are written nowhere
    ("58 trucks entered and 55 left.", 113, (), False),
    ("70 crossings in 29 days.", 2, (), False),
    ("47 trucks (30 cargo trucks and the rest tankers) entered.", 47, ((30, "cargo trucks"), (17, "tankers")), False),
    ("No count at all.", None, (), True),
])
def test_invented_numbers_are_figures_the_sentence_does_not_write(quote, count, breakdown, written):
    assert _numbers_written(_claim(quote, count, breakdown)) is written


def _doc(text: str, published: date | None) -> LabelledDoc:
    src = Source("d", "o", "t", None, PublishedDate(published, published, "day", ""), text, 0, len(text), "")
    return LabelledDoc("d", "s", src, (), (), published, False, (0, len(text)))


def test_a_date_in_todays_year_that_no_one_wrote_is_read_against_today():
    year = date.today().year
    old = _doc("On 14 March 40 trucks crossed.", date(2021, 9, 10))
    assert _read_against_today(old, _claim("x", 40, start=date(year, 3, 14)))
    assert not _read_against_today(old, _claim("x", 40, start=date(2021, 3, 14)))
    assert not _read_against_today(old, _claim("x", 40, start=None))
    written = _doc(f"On 14 March {year} 40 trucks crossed.", date(2021, 9, 10))
    assert not _read_against_today(written, _claim("x", 40, start=date(year, 3, 14)))


REAL_DEV = EVAL_DIR.parent / "eval-real"
REAL_HOLDOUT = EVAL_DIR.parent / "eval-real-holdout"
REAL_DEV_2 = EVAL_DIR.parent / "eval-real-2"
REAL_HOLDOUT_2 = EVAL_DIR.parent / "eval-real-holdout-2"
REAL_DEV_3 = EVAL_DIR.parent / "eval-real-3"
REAL_HOLDOUT_3 = EVAL_DIR.parent / "eval-real-holdout-3"
REAL_DEV_4 = EVAL_DIR.parent / "eval-real-4"


def test_real_phrasing_development_set_holds_its_figures(parser):
    total, _ = evaluate(parser, REAL_DEV)
    # today's figures, rounded down: tuning elsewhere that loses them fails here
    assert total.f1 >= 0.97 and total.within >= 0.99 and total.calibration >= 0.99
    assert total.claims_matched >= 103
    assert total.field_accuracy("date_start") >= 0.89 and total.field_accuracy("count") >= 0.98
    assert total.field_accuracy("kind") >= 0.92
    assert total.pub_right == total.pub_total == 8
    assert (total.invented, total.against_today, total.caption_claims) == (0, 0, 0)


def test_real_phrasing_holdout_floor(parser):
    """Never tuned on: a floor under today's figures, and the zeros that must stay zeros."""
    total, _ = evaluate(parser, REAL_HOLDOUT)
    assert total.f1 >= 0.95 and total.within >= 0.95 and total.calibration >= 0.95
    assert total.claims_matched >= 103
    assert total.pub_right == total.pub_total == 7
    assert (total.invented, total.against_today, total.caption_claims) == (0, 0, 0)


def test_second_real_development_set_holds_its_figures(parser):
    total, _ = evaluate(parser, REAL_DEV_2)
    assert total.f1 >= 0.97 and total.within >= 0.99 and total.calibration >= 0.96
    assert total.claims_matched >= 106
    assert total.field_accuracy("date_start") >= 0.85 and total.field_accuracy("count") >= 0.98
    assert total.field_accuracy("kind") >= 0.83
    assert total.pub_right == total.pub_total == 6
    assert (total.invented, total.against_today, total.caption_claims) == (0, 0, 0)


def test_third_real_development_set_holds_its_figures(parser):
    """Scored once untouched (97 of 117 claims found with the code of that day), then tuned on."""
    total, _ = evaluate(parser, REAL_DEV_3)
    assert total.f1 >= 0.96 and total.within >= 0.97 and total.calibration >= 0.95
    assert total.claims_matched >= 100
    assert total.field_accuracy("date_start") >= 0.83 and total.field_accuracy("count") >= 0.95
    assert total.pub_right == total.pub_total == 6
    assert (total.invented, total.against_today) == (0, 0)


def test_fourth_real_development_set_holds_its_figures(parser):
    """Scored once untouched (108 of 125 claims found, kind 0.80, with the code of that session's start), then
    tuned on."""
    total, _ = evaluate(parser, REAL_DEV_4)
    assert total.f1 >= 0.91 and total.within >= 0.97 and total.calibration >= 0.92
    assert total.claims_matched >= 112
    assert total.field_accuracy("date_start") >= 0.92 and total.field_accuracy("count") >= 0.95
    assert total.field_accuracy("kind") >= 0.88
    assert total.caption_claims == 0
    assert total.pub_right == total.pub_total == 6
    assert (total.invented, total.against_today) == (0, 0)


def test_second_real_holdout_floor(parser):
    """Never tuned on (its differences were never listed): a floor under today's figures, and the zeros."""
    total, _ = evaluate(parser, REAL_HOLDOUT_2)
    assert total.f1 >= 0.95 and total.within >= 0.95 and total.calibration >= 0.95
    assert total.claims_matched >= 108
    assert total.pub_right == total.pub_total == 7
    assert total.caption_claims == 0
    assert (total.invented, total.against_today) == (0, 0)


def test_third_real_holdout_floor(parser):
    """Never tuned on (its differences were never listed): a floor under today's figures, and the zeros."""
    total, _ = evaluate(parser, REAL_HOLDOUT_3)
    assert total.f1 >= 0.92 and total.within >= 0.97 and total.calibration >= 0.95
    assert total.claims_matched >= 100
    assert (total.invented, total.against_today, total.caption_claims) == (0, 0, 0)
