from __future__ import annotations

from datetime import date

from geo.model import Window
import pytest

from geo.view.timeline import brush_window, timeline_chart, timeline_frame


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


SPAN = Window(date(2021, 7, 11), date(2021, 9, 10))
MS = 86_400_000  # a day in epoch milliseconds, as Vega-Lite reports a brushed time axis
AUG_1 = 1_627_776_000_000  # 2021-08-01T00:00:00Z


@pytest.mark.parametrize(("selection", "expected"), [
    ({"brush": {"start": [AUG_1, AUG_1 + 14 * MS]}}, Window(date(2021, 8, 1), date(2021, 8, 15))),
    ({"brush": {"start": [AUG_1 + 14 * MS, AUG_1]}}, Window(date(2021, 8, 1), date(2021, 8, 15))),  # dragged leftwards
    ({"brush": {"start": [AUG_1 - 60 * MS, AUG_1]}}, Window(date(2021, 7, 11), date(2021, 8, 1))),  # kept in the data
    ({"brush": {"start": [AUG_1 + 90 * MS, AUG_1 + 95 * MS]}}, None),  # entirely after the data
    ({"brush": {}}, None),                                             # the brush was cleared
    ({"brush": {"start": ["soon", AUG_1]}}, None),
    ({"brush": {"start": [1e300, AUG_1]}}, None),
    ({"brush": {"start": [AUG_1]}}, None),
    ({}, None), (None, None), ("brush", None),
])
def test_brush_window(selection, expected):
    assert brush_window(selection, SPAN) == expected


def test_the_chart_zooms_to_the_window_and_brushes(ds):
    window = Window(date(2021, 8, 1), date(2021, 8, 15))
    spec = timeline_chart(timeline_frame(ds.claims), window, zoom=window).to_dict()
    (param,) = spec["params"] if "params" in spec else spec["layer"][0]["params"]
    assert param["name"] == "brush" and param["select"]["encodings"] == ["x"]
    domain = spec["layer"][1]["encoding"]["x"]["scale"]["domain"]
    # 2 days of room before the window, 3 after (the last day's bar ends at midnight after it)
    assert domain == [AUG_1 - 2 * MS, AUG_1 + 17 * MS]
    whole = timeline_chart(timeline_frame(ds.claims), window).to_dict()["layer"][1]["encoding"]["x"]["scale"]["domain"]
    assert whole[0] == 1_625_961_600_000 - 2 * MS  # 11 Jul 2021, the data's first day


def test_claims_per_week_counts_claims_never_figures(ds):
    from datetime import timedelta

    from geo.view.timeline import weekly_frame

    frame = weekly_frame(ds.claims)
    dated = [c for c in ds.claims if c.is_dated]
    assert frame["claims"].sum() == len(dated) == 11
    expected: dict = {}
    for c in dated:  # the week (from Monday) each claim's period starts in, counted once
        week = c.date_start - timedelta(days=c.date_start.weekday())
        expected[week] = expected.get(week, 0) + 1
    got = frame.groupby(frame["week"].dt.date)["claims"].sum().to_dict()
    assert got == expected
    assert (frame["week"].dt.day_of_week == 0).all() and len(frame) > 0
