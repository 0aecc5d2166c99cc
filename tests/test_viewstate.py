"""The shareable link: every view round-trips; every bad value falls back to its default with a notice."""
from __future__ import annotations

from datetime import date

import pytest

from geo.layers import DEFAULT_VIEW, LayerSwitches
from geo.model import Window
from geo.viewstate import LAYER_NAMES, MapState, from_query, to_query

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
