from __future__ import annotations

from datetime import date

from geo.model import Window
from geo.timeline import timeline_chart, timeline_frame


def test_timeline_frame_marks(ds):
    frame = timeline_frame(ds.claims)
    by_mark = frame.groupby("mark")["claim_id"].apply(set).to_dict()
    assert len(frame[frame["mark"] == "listed day"]) == 15
    assert by_mark["listed day"] == {"trend-c04"}
    assert {"trend-c02", "trend-c09", "trend-c21"} <= by_mark["period"]
    assert by_mark["month"] == {"trend-c01", "trend-c15"}
    assert {"trend-c05", "trend-c06"} == by_mark["day"]
    assert not set(frame["claim_id"]) & {c.claim_id for c in ds.claims if not c.is_dated}


def test_period_spans_are_not_split(ds):
    frame = timeline_frame(ds.claims)
    c02 = frame[frame["claim_id"] == "trend-c02"]
    assert len(c02) == 1
    assert str(c02["start"].iloc[0].date()) == "2021-07-11" and str(c02["end"].iloc[0].date()) == "2021-08-09"
    assert c02["count"].iloc[0].startswith("35 vehicles")


def test_chart_highlights_the_window(ds):
    spec = timeline_chart(timeline_frame(ds.claims), Window(date(2021, 8, 1), date(2021, 8, 15))).to_dict()
    band = spec["layer"][0]
    assert band["mark"]["type"] == "rect"
    datasets = spec["datasets"]
    assert any(rows and rows[0].get("start", "").startswith("2021-08-01") for rows in datasets.values())
