"""How logged figures are written on the map: a log, never a claim; figures side by side, never added."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from geo.logs.model import LogFigure, SeriesKey
from geo.store import load_dataset
from geo.view.logs import LogMark, LogView, day_span, log_rows

D = date(2023, 9, 26)


@pytest.fixture(scope="module")
def places():
    return {p.place_id: p for p in load_dataset().places}


def _f(claimant: str, value, measure="count", unit="trucks", direction="in", towards="", last=D, unrecorded=0,
       rows=3) -> LogFigure:
    return LogFigure(SeriesKey("log-x", claimant, "kornidzor", direction, towards, unit), measure, value, rows,
                     unrecorded, date(2023, 9, 24), last, sources=("sheet",))


CASES = [
    ("one count", [_f("A", 7)], "Kornidzor · log: 7 trucks in"),
    ("two logs side by side, not 16", [_f("A", 7), _f("B", 9)], "Kornidzor · log: 7 | 9 trucks in (2 logs, side by side)"),
    ("rows without a count: at least", [_f("A", 7, unrecorded=1)], "Kornidzor · log: ≥7 trucks in"),
    ("nothing recorded", [_f("A", None, unrecorded=3)], "Kornidzor · log: trucks in: count not recorded"),
    ("a running total", [_f("G", 13550, "cumulative", "people", "towards", "armenia")],
     "Kornidzor · log: 13,550 people towards Armenia, running total as of 26 Sep 2023"),
    ("several figures that day: the highest, said so",
     [_f("G", 13550, "cumulative", "people", "towards", "armenia"),
      _f("H", 28120, "cumulative", "people", "towards", "armenia"),
      _f("I", 1050, "cumulative", "people", "towards", "armenia", last=date(2023, 9, 24))],
     "Kornidzor · log: 28,120 people towards Armenia, running total as of 26 Sep 2023 (the highest of 2 figures "
     "stated that day, from 13,550)"),
]


@pytest.mark.parametrize("name, figures, label", CASES, ids=[c[0] for c in CASES])
def test_a_checkpoint_label_names_a_log_and_never_adds(places, name, figures, label):
    view = LogView((LogMark("kornidzor", 46.4, 39.5, tuple(figures), ()),), ())
    (row,) = log_rows(view, places, lambda p: p.name)
    assert row["label"] == label
    assert row["title"] == "Kornidzor — logged figures (structured records, not reports)"


@pytest.mark.parametrize("first, last, text", [
    (date(2023, 9, 24), date(2023, 9, 27), "24–27 Sep 2023"),
    (date(2023, 9, 30), date(2023, 10, 2), "30 Sep – 2 Oct 2023"),
    (date(2023, 12, 30), date(2024, 1, 2), "30 Dec 2023 – 2 Jan 2024"),
    (D, D, "26 Sep 2023"),
    (None, None, "no dates"),
])
def test_day_spans(first, last, text):
    assert day_span(first, last) == text


def test_a_series_towards_a_place_is_one_schematic_line_per_checkpoint_and_place(places):
    from geo.view.logs import log_flow_rows

    figures = (_f("A", 30, unit="people", direction="towards", towards="goris"),
               _f("B", 45, unit="people", direction="towards", towards="goris"),
               _f("C", 5, unit="trucks", direction="towards", towards="armenia"),  # a country: a direction only
               _f("D", 7, unit="trucks"))
    view = LogView((LogMark("kornidzor", 46.4, 39.5, figures, ()),), ())
    (line,) = log_flow_rows(view, places, lambda p: p.name)
    gazetteer = json.loads((Path(__file__).resolve().parents[1] / "data" / "gazetteer.json").read_text("utf-8"))
    goris = next(p for p in gazetteer["places"] if p["place_id"] == "goris")["geometry"]["coordinates"]
    assert line["path"] == [[46.4, 39.5], goris]  # from the checkpoint to the place the log names
    assert line["what"].startswith("Kornidzor · 45 people towards Goris / Gorus") and "· logged by A" in line["what"]
    assert "Schematic" in line["note"]
