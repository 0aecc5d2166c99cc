"""The evaluation itself, as a regression guard: the tuned and development sets stay at their figures; the
held-out sets (never tuned on) must not fall below today's floor; the first held-out set, read while tuning
in a later round, keeps its floor too."""
from __future__ import annotations

from pathlib import Path

import pytest

from datetime import date

from geo.gazetteer import gazetteer_only
from geo.evaluate import (EVAL_DIR, LabelledDoc, Scores, _numbers_written, _read_against_today, evaluate, load_labelled,
                          report, score_claims, score_mentions)
from geo.model import Claim, Mention, PublishedDate, Source

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
    ("Border guards detained a 68-year-old man.", 1, (), True),  # one person, as written
    ("Border guards detained the man.", 1, (), False),  # 'the man' points back: no figure of its own
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


def test_the_report_names_which_kinds_were_read_wrong():
    text = "On 3 May 58 trucks entered Goris. On 4 May 20 people stayed in Goris."
    doc = LabelledDoc("d", "s", _doc(text, date(2021, 5, 5)).source, (), (
        {"kind": "entry", "count": 58, "unit": "trucks", "sentence_start": 0, "sentence_end": 33, "flag": None},
        {"kind": "stock", "count": 20, "unit": "people", "sentence_start": 34, "sentence_end": len(text), "flag": None},
    ), date(2021, 5, 5))
    read = [Claim("a", "d", "x", "crossing", "", None, None, "unknown", text[:33], 0, 33, count=58, unit="trucks"),
            Claim("b", "d", "x", "stock", "", None, None, "unknown", text[34:], 34, len(text), count=20, unit="people")]
    s = Scores()
    score_claims(doc, read, {}, s)
    assert dict(s.kinds_wrong) == {("entry", "crossing"): 1}  # the stock read as a stock is not listed
    assert "kinds wrong, labelled → read: entry → crossing 1" in report(s, {})
    # a held-out set's differences are never listed, not even the kinds read wrong
    held = report(s, {}, show_errors=10, held_out=True)
    assert "kinds wrong" not in held and "got 'crossing'" not in held
    assert "differences, not listed" in held and "got 'crossing', labelled 'entry'" in report(s, {}, show_errors=10)


def test_a_settlement_found_but_not_placed_is_not_within_any_distance():
    text = "Families left Mammadbayli."
    gold = ({"surface": "Mammadbayli", "start": 14, "end": 25, "place_id": "gn:1", "kind": "settlement",
             "lat": 39.0, "lon": 46.6},)
    doc = LabelledDoc("d", "s", _doc(text, date(2021, 5, 5)).source, gold, (), date(2021, 5, 5), True, (0, len(text)))
    s = Scores()
    score_mentions(doc, [Mention("d", 14, 25, "Mammadbayli", None, 0.0)], {}, s)
    assert (s.tp, s.distances, s.within) == (1, [float("inf")], 0.0)


def test_a_date_in_todays_year_that_no_one_wrote_is_read_against_today():
    year = date.today().year
    old = _doc("On 14 March 40 trucks crossed.", date(2021, 9, 10))
    assert _read_against_today(old, _claim("x", 40, start=date(year, 3, 14)))
    assert not _read_against_today(old, _claim("x", 40, start=date(2021, 3, 14)))
    assert not _read_against_today(old, _claim("x", 40, start=None))
    written = _doc(f"On 14 March {year} 40 trucks crossed.", date(2021, 9, 10))
    assert not _read_against_today(written, _claim("x", 40, start=date(year, 3, 14)))


def test_a_date_still_to_come_in_the_year_after_the_report_is_not_read_against_today():
    year = date.today().year
    report = _doc("Officers are to join them from January 1.", date(year - 2, 12, 30))
    assert not _read_against_today(report, _claim("x", 1, start=date(year - 1, 1, 1)))
    # but two years on is today's year, which nothing in a report of then can mean
    assert _read_against_today(report, _claim("x", 1, start=date(year, 1, 1)))


# Today's figures per set, rounded down: tuning elsewhere that loses them fails here. Development sets are tuned
# on; the held-out sets (never tuned on, their differences never listed) get a floor and the zeros that must stay
# zeros. Columns: mention F1, within 3 km, calibration, claims found, date_start, count, kind (None: no floor),
# publication dates found in the text (all of them, this many; None: not asserted).
FLOORS = {
    # development sets; each of the last six was scored once untouched (eval-real-3: 97 of 117 claims found;
    # eval-real-4: 108 of 125, kind 0.80; eval-real-5: 110 of 140, kind 0.62, dates 0.90 / 0.87; eval-real-6: 109 of
    # 142, kind 0.59, dates 0.86 / 0.87; eval-real-7: 118 of 145, kind 0.66, dates 0.79 / 0.78; eval-real-8: 120 of
    # 148, kind 0.69, dates 0.87 / 0.87), then tuned on
    "eval-real": (0.99, 1.00, 1.00, 106, 0.90, 0.99, 0.93, 8),
    "eval-real-2": (0.98, 1.00, 0.97, 114, 0.87, 0.99, 0.87, 6),
    "eval-real-3": (0.98, 0.98, 0.97, 105, 0.93, 0.98, 0.86, 6),
    "eval-real-4": (0.92, 0.96, 0.95, 114, 0.94, 0.96, 0.88, 6),
    "eval-real-5": (0.91, 0.94, 0.96, 116, 0.95, 0.93, 0.88, 6),
    "eval-real-6": (0.90, 1.00, 0.94, 117, 0.93, 0.96, 0.85, 6),
    "eval-real-7": (0.92, 0.99, 0.97, 120, 0.92, 0.95, 0.83, 6),
    "eval-real-8": (0.92, 0.99, 0.95, 126, 0.88, 0.99, 0.81, 6),
    # held out
    "eval-real-holdout": (0.98, 0.98, 0.99, 105, None, None, None, 7),
    "eval-real-holdout-2": (0.97, 0.97, 0.97, 110, None, None, None, 7),
    "eval-real-holdout-3": (0.95, 1.00, 0.96, 102, None, None, None, None),
    "eval-real-holdout-4": (0.91, 0.98, 0.95, 97, None, None, None, 6),
    "eval-real-holdout-5": (0.90, 0.97, 0.90, 119, None, None, None, 6),
}


@pytest.mark.parametrize("name", FLOORS)
def test_each_real_phrasing_set_holds_its_figures(parser, name):
    f1, within, calibration, claims, start, count, kind, published = FLOORS[name]
    total, _ = evaluate(parser, EVAL_DIR.parent / name)
    assert total.f1 >= f1 and total.within >= within and total.calibration >= calibration
    assert total.claims_matched >= claims
    for field, floor in (("date_start", start), ("count", count), ("kind", kind)):
        assert floor is None or total.field_accuracy(field) >= floor, field
    assert published is None or total.pub_right == total.pub_total == published
    assert (total.invented, total.against_today, total.caption_claims) == (0, 0, 0)
