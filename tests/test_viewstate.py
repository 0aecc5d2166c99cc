"""The shareable link: every view round-trips; every bad value falls back to its default with a notice."""
from __future__ import annotations

from datetime import date

import pytest

from geo.view.layers import DEFAULT_VIEW, LayerSwitches
from geo.model import Window
from geo.view.viewstate import (
    LAYER_NAMES, MapState, frame_from_report, from_query, latest_burst, opening_window, position_from_report, quick_ranges, selection_from_click,
    to_query, typed_window,
)

SPAN = Window(date(2021, 7, 11), date(2021, 9, 10))
CLAIMS = {"trend-c01", "trend-c05"}


def parse(params: dict) -> tuple[MapState, list[str]]:
    return from_query(params, SPAN, CLAIMS)


@pytest.mark.parametrize("state", [
    MapState(window=SPAN),
    MapState(window=Window(date(2021, 8, 11), date(2021, 8, 11)), names="both", claim="trend-c05",
             layers=LayerSwitches(flows=False, borders=False), lon=46.5, lat=39.75, zoom=9.5, present=True),
    MapState(window=Window(date(2021, 7, 20), date(2021, 9, 1)), names="hy",
             layers=LayerSwitches(**{n: n == "places" for n in LAYER_NAMES}), lon=45.0, lat=40.1234, zoom=4.0),
])
def test_every_view_round_trips(state):
    again, notices = parse(to_query(state))
    assert notices == []
    assert again == state


def test_no_query_is_the_default_view():
    state, notices = parse({})
    assert notices == []
    assert state == MapState(window=SPAN)
    assert (state.lon, state.lat, state.zoom) == (DEFAULT_VIEW.longitude, DEFAULT_VIEW.latitude, DEFAULT_VIEW.zoom)


def test_default_layers_stay_out_of_the_link():
    query = to_query(MapState(window=SPAN))
    assert set(query) == {"from", "to", "names", "lon", "lat", "zoom"}


HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize("params, field, expected, notice", [
    ({"from": HOSTILE}, "window", SPAN, "'from'"),
    ({"from": "2021-02-30"}, "window", SPAN, "not a date"),
    ({"to": "2021-13-01"}, "window", SPAN, "not a date"),
    ({"from": "2020-01-01"}, "window", SPAN, "outside the data"),
    ({"to": "2031-01-01"}, "window", SPAN, "outside the data"),
    ({"from": "2021-09-01", "to": "2021-08-01"}, "window", SPAN, "starts"),
    ({"names": "</script><script>alert(1)</script>"}, "names", "as_written", "'names'"),
    ({"layers": "flows,<b>x</b>"}, "layers", LayerSwitches(**{n: n == "flows" for n in LAYER_NAMES}), "Unknown layers"),
    ({"layers": "nonsense"}, "layers", LayerSwitches(), "Unknown layers"),
    ({"claim": "trend-c99"}, "claim", None, "not in the data"),
    ({"claim": HOSTILE}, "claim", None, "not in the data"),
    ({"zoom": "nan"}, "zoom", DEFAULT_VIEW.zoom, "'zoom'"),
    ({"zoom": "inf"}, "zoom", DEFAULT_VIEW.zoom, "'zoom'"),
    ({"zoom": "99"}, "zoom", DEFAULT_VIEW.zoom, "'zoom'"),
    ({"lat": "91"}, "lat", DEFAULT_VIEW.latitude, "'lat'"),
    ({"lon": "1e400"}, "lon", DEFAULT_VIEW.longitude, "'lon'"),
    ({"lon": "46,5"}, "lon", DEFAULT_VIEW.longitude, "'lon'"),
    ({"present": "yes please"}, "present", False, "'present'"),
    ({"claim": "x" * 10_000}, "claim", None, "characters long"),
])
def test_bad_values_fall_back_with_a_notice(params, field, expected, notice):
    state, notices = parse(params)
    assert getattr(state, field) == expected
    assert len(notices) == 1 and notice in notices[0]
    assert len(notices[0]) < 300  # a long hostile value is shortened in the notice


def test_good_parts_of_a_partly_bad_link_are_kept():
    state, notices = parse({"from": "2021-08-11", "names": "az", "zoom": "abc", "claim": "trend-c01"})
    assert state.window == Window(date(2021, 8, 11), SPAN.end)
    assert (state.names, state.claim, state.zoom) == ("az", "trend-c01", DEFAULT_VIEW.zoom)
    assert len(notices) == 1


def test_repeated_keys_take_the_last_value():
    state, _ = parse({"names": ["az", "hy"]})
    assert state.names == "hy"


def test_a_date_outside_the_data_is_clamped_not_dropped():
    state, notices = parse({"from": "2021-01-01", "to": "2021-08-01"})
    assert state.window == Window(SPAN.start, date(2021, 8, 1))
    assert "using 2021-07-11" in notices[0]


# --- typed dates and quick ranges --------------------------------------------------------------------

SPAN = Window(date(2021, 7, 11), date(2021, 9, 10))


@pytest.mark.parametrize(("start", "end", "expected"), [
    (date(2021, 8, 1), date(2021, 8, 20), (date(2021, 8, 1), date(2021, 8, 20))),
    (date(2021, 8, 20), date(2021, 8, 1), (date(2021, 8, 1), date(2021, 8, 20))),  # typed the wrong way round
    (date(2020, 1, 1), date(2030, 1, 1), (date(2021, 7, 11), date(2021, 9, 10))),  # outside the data
    (None, date(2021, 8, 5), (date(2021, 7, 20), date(2021, 8, 5))),  # an empty box keeps its edge
    (date(2021, 9, 5), None, (date(2021, 8, 31), date(2021, 9, 5))),  # past the other edge: reordered
])
def test_typed_window(start, end, expected):
    current = Window(date(2021, 7, 20), date(2021, 8, 31))
    got = typed_window(start, end, SPAN, current)
    assert (got.start, got.end) == expected


def test_latest_burst_is_the_last_run_without_a_long_gap():
    periods = [(date(2021, 7, 11), date(2021, 8, 8)), (date(2021, 8, 11), date(2021, 9, 10)),
               (date(2023, 9, 19), date(2023, 9, 20)), (date(2023, 9, 24), date(2023, 10, 3)),
               (date(2023, 9, 25), date(2023, 9, 25))]
    assert latest_burst(periods) == Window(date(2023, 9, 19), date(2023, 10, 3))
    assert latest_burst(periods[:2]) == Window(date(2021, 7, 11), date(2021, 9, 10))
    assert latest_burst([]) is None


def test_quick_ranges_end_at_the_data_and_name_the_burst_only_when_it_differs():
    seed = quick_ranges(SPAN, SPAN)
    assert list(seed) == ["Last 30 days", "Last 90 days", "All dates"]
    assert seed["Last 30 days"] == Window(date(2021, 8, 12), date(2021, 9, 10))
    assert seed["Last 90 days"] == SPAN  # the data is shorter than 90 days
    wide = Window(date(2021, 7, 11), date(2023, 10, 3))
    ranges = quick_ranges(wide, Window(date(2023, 9, 19), date(2023, 10, 3)))
    assert ranges["Latest burst"] == Window(date(2023, 9, 19), date(2023, 10, 3))
    assert ranges["Last 90 days"] == Window(date(2023, 7, 6), date(2023, 10, 3))


# --- the map element's reports -----------------------------------------------------------------------


@pytest.mark.parametrize(("view", "expected"), [
    ({"longitude": 46.75123456, "latitude": 39.7456789, "zoom": 10.3333}, (46.7512, 39.7457, 10.33)),
    ({"longitude": 46.7, "latitude": 39.7, "zoom": 19.5}, (46.7, 39.7, 14.0)),  # deck allows more than a link
    ({"longitude": 46.7, "latitude": 39.7, "zoom": 1}, (46.7, 39.7, 4.0)),
    ({"longitude": "46.7", "latitude": 39.7, "zoom": 8}, (46.7, 39.7, 8.0)),
    ({"longitude": float("nan"), "latitude": 39.7, "zoom": 8}, None),
    ({"longitude": 46.7, "zoom": 8}, None),
    ({"longitude": "<img>", "latitude": 39.7, "zoom": 8}, None),
    (None, None),
    ("46.7,39.7,8", None),
])
def test_position_from_report(view, expected):
    assert position_from_report(view) == expected


@pytest.mark.parametrize(("click", "expected"), [
    ({"layer": "claims", "object": {"claim_id": "trend-c09"}}, ("trend-c09", None)),
    ({"layer": "flows", "object": {"claim_ids": ["trend-c02", "trend-c03"], "title": "x"}}, ("trend-c02", None)),
    ({"layer": "places", "object": {"title": "Goris", "source": "GeoNames 174875", "quote": "ignored"}},
     (None, {"title": "Goris", "source": "GeoNames 174875"})),
    ({"layer": None}, (None, None)),  # a click on nothing clears the selection
    ({"layer": "claims", "object": {"claim_id": 42}}, (None, None)),
    (None, (None, None)),
])
def test_selection_from_click(click, expected):
    assert selection_from_click(click) == expected


_AT = {"longitude": 46.72, "latitude": 39.47, "zoom": 8.0}


@pytest.mark.parametrize(("view", "expected"), [
    ({**_AT, "bounds": [44.74, 38.72, 48.70, 40.21]}, (44.74, 38.72, 48.70, 40.21)),
    ({**_AT, "zoom": 9.0, "bounds": [45.7, 39.1, 47.7, 39.8]}, None),  # a report of another view: stale
    ({**_AT, "bounds": [48.7, 38.72, 44.74, 40.21]}, None),  # west east of east
    ({**_AT, "bounds": [44.74, 38.72, 48.70]}, None),
    ({**_AT, "bounds": ["x", 1, 2, 3]}, None),
    ({**_AT, "bounds": None}, None),
    (_AT, None),
    (None, None),
])
def test_frame_from_report(view, expected):
    assert frame_from_report(view, (46.72, 39.47, 8.0)) == expected


SPAN_2Y = Window(date(2021, 7, 11), date(2023, 10, 3))
TWO_BURSTS = [(date(2021, 7, 11), date(2021, 8, 8)), (date(2021, 8, 11), date(2021, 9, 10)),
              (date(2023, 9, 19), date(2023, 9, 20)), (date(2023, 9, 25), date(2023, 10, 3))]


def test_a_session_opens_on_the_latest_burst_not_on_years():
    assert opening_window(TWO_BURSTS, SPAN_2Y) == Window(date(2023, 9, 19), date(2023, 10, 3))
    assert opening_window(TWO_BURSTS[:2], Window(date(2021, 7, 11), date(2021, 9, 10))) == \
        Window(date(2021, 7, 11), date(2021, 9, 10))  # the seed: one burst, the whole span
    assert opening_window([], SPAN_2Y) == SPAN_2Y


def test_a_link_without_dates_opens_on_the_opening_window_and_dates_still_win():
    opening = opening_window(TWO_BURSTS, SPAN_2Y)
    state, notices = from_query({}, SPAN_2Y, set(), opening)
    assert (state.window, notices) == (opening, [])
    state, _ = from_query({"from": "2021-07-11", "to": "2021-09-10"}, SPAN_2Y, set(), opening)
    assert state.window == Window(date(2021, 7, 11), date(2021, 9, 10))
    state, _ = from_query({"from": "2022-01-01"}, SPAN_2Y, set(), opening)  # one edge given, the other opens
    assert state.window == Window(date(2022, 1, 1), date(2023, 10, 3))
