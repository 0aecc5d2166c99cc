"""The map fits the element it is drawn in: size in the link, fitted zooms, labels inside any frame with
leaders to their marks, nothing lost on a phone, the picture holding the frame the analyst saw."""
from __future__ import annotations

import math
from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest

from geo.view.briefing import build_briefing, in_frame_count, outside_frame, unlabelled
from geo.claims import dated_span
from geo.view.declutter import deck_box, lonlat_px, mercator_px, text_size_px
from geo.view.labels import LABEL_SIZES
from geo.export.picture import DPI, FIGSIZE_IN, MAP_RECT, map_extent, picture_zoom
from geo.view.viewstate import MapState, fit_zoom, from_query, opening_position, parse_px, size_from_report, to_query

PRESENT_1366 = (969, 563)  # the map element in present mode on a 1366 × 768 screen, as Chromium reports it
NORMAL_1366 = (720, 517)
PHONE = (358, 594)


@pytest.mark.parametrize(("text", "expected"), [
    ("1200x760", (1200, 760)), ("969X563", (969, 563)), ("120x120", (120, 120)),
    ("119x500", None), ("1200x9000", None), ("1200", None), ("x760", None), ("1e3x760", None),
    ("-5x760", None), ("1200x760x3", None), ("١٢٠٠x760", None), ("", None),
])
def test_parse_px(text, expected):
    assert parse_px(text) == expected


@pytest.mark.parametrize(("zoom", "seen", "shown", "expected"), [
    (8.0, (1200, 760), (600, 380), 7.0),     # half the size: one zoom step out
    (8.0, (1200, 760), (2400, 1520), 9.0),
    (8.0, (1200, 760), (1200, 380), 7.0),    # the tighter side decides: all of the frame stays in view
    (8.0, (1200, 760), (300, 760), 6.0),
    (8.0, None, (300, 760), 8.0),            # size not known: the zoom as it is
    (4.2, (1200, 760), (300, 190), 4.0),     # never below the range a link may hold
])
def test_fit_zoom(zoom, seen, shown, expected):
    assert fit_zoom(zoom, seen, shown) == expected


def test_the_opening_frame_is_fitted_to_the_element():
    lon, lat, zoom = opening_position(PRESENT_1366)
    assert zoom == round(8 + math.log2(min(969 / 1200, 563 / 760)), 2) == 7.57
    assert opening_position(None)[2] == 8.0


def test_the_size_travels_in_the_link(ds):
    span = dated_span(ds.claims)
    state = MapState(window=span, zoom=7.57, px=PRESENT_1366)
    query = to_query(state)
    assert query["px"] == "969x563"
    back, notices = from_query(query, span, {c.claim_id for c in ds.claims})
    assert (back.px, back.zoom, notices) == (PRESENT_1366, 7.57, [])
    hostile, notices = from_query({**query, "px": "<b>9x9</b>"}, span, set())
    assert hostile.px is None and len(notices) == 1 and "'px'" in notices[0]


@pytest.mark.parametrize(("report", "expected"), [
    ({"width": 969, "height": 563}, (969, 563)),
    ({"width": 968.6, "height": 563.2}, (969, 563)),
    ({"width": 300, "height": 0}, None),          # a collapsed element says nothing of the frame
    ({"width": "wide", "height": 563}, None),
    ({"width": float("nan"), "height": 563}, None),
    ({"width": 969}, None),
    ([969, 563], None),
])
def test_size_from_report(report, expected):
    assert size_from_report(report) == expected


def _boxes(b, rows_of: str, k: float):
    """Every label's screen box, measured again from the rows (position, offset, anchor, text)."""
    zoom = b.state.zoom
    for r in b.map.layers.rows[rows_of]:
        if not r["label"]:
            continue
        x, y = mercator_px(*r["position"], zoom)
        yield r, deck_box(x, y, r["offset"], r["anchor"], text_size_px(r["label"], LABEL_SIZES[rows_of] * k), pad=0)


@pytest.mark.parametrize(("px", "present", "zoom"), [
    (PRESENT_1366, True, 7.57), (NORMAL_1366, False, 7.26), ((1125, 760), False, 7.91), (PHONE, False, 6.26),
])
def test_every_label_inside_the_frame_and_claims_never_lost(ds, countries, px, present, zoom):
    k = 1.3 if present else 1.0
    state = MapState(window=dated_span(ds.claims), zoom=zoom, present=present, px=px)
    b = build_briefing(ds, countries, state, text_scale=k)
    cx, cy = mercator_px(state.lon, state.lat, zoom)
    frame = (cx - px[0] / 2, cy - px[1] / 2, cx + px[0] / 2, cy + px[1] / 2)
    checked = 0
    for layer in ("places", "flows", "crossing_days", "claims"):
        for row, (x0, y0, x1, y1) in _boxes(b, layer, k):
            anchor = mercator_px(*row["position"], zoom)
            if not (frame[0] <= anchor[0] <= frame[2] and frame[1] <= anchor[1] <= frame[3]):
                continue  # a mark outside the frame is named under the map instead
            checked += 1
            assert frame[0] - 1 <= x0 and x1 <= frame[2] + 1 and frame[1] - 1 <= y0 and y1 <= frame[3] + 1, \
                f"{layer} label {row['label']!r} leaves the {px} frame"
    assert checked >= 10
    # Every claim of the window is drawn or named: none disappears on a small screen.
    wide = build_briefing(ds, countries, replace(state, px=(1600, 900), present=False))
    drawn = {r["claim_id"] for r in b.map.layers.rows["claims"] + b.map.layers.rows.get("unlabelled", [])}
    assert drawn == {r["claim_id"] for r in wide.map.layers.rows["claims"]}
    assert bool(unlabelled(b)) == (px == PHONE)


def test_leaders_tie_moved_labels_to_their_marks(ds, countries):
    state = MapState(window=dated_span(ds.claims), zoom=7.57, present=True, px=PRESENT_1366)
    b = build_briefing(ds, countries, state, text_scale=1.3)
    leaders = b.map.layers.rows["leaders"]
    assert leaders, "labels moved away from their marks at 1366 × 768 present mode, but no leader is drawn"
    boxes = {r["claim_id"]: box for layer in ("claims", "crossing_days") for r, box in _boxes(b, layer, 1.3)}
    positions = {r["claim_id"]: r["position"] for layer in ("claims", "crossing_days")
                 for r in b.map.layers.rows[layer]}
    for leader in leaders:
        start, end = leader["path"]
        assert start == positions[leader["claim_id"]]
        ex, ey = mercator_px(*end, 7.57)
        x0, y0, x1, y1 = boxes[leader["claim_id"]]
        on_edge = min(abs(ex - x0), abs(ex - x1), abs(ey - y0), abs(ey - y1))
        assert on_edge < 3.5 and x0 - 3 <= ex <= x1 + 3 and y0 - 3 <= ey <= y1 + 3


def test_lonlat_px_inverts_mercator_px():
    for lon, lat, zoom in ((46.72, 39.47, 8.0), (-120.5, -60.25, 4.0), (0.0, 0.0, 12.3)):
        back = lonlat_px(*mercator_px(lon, lat, zoom), zoom)
        assert back == pytest.approx((lon, lat), abs=1e-9)


def test_the_picture_holds_the_frame_the_analyst_saw(ds, countries):
    """A 969 × 563 screen at zoom 7.57: the picture's map (larger) zooms in until that frame just fits."""
    state = MapState(window=dated_span(ds.claims), zoom=7.57, px=PRESENT_1366)
    map_w, map_h = FIGSIZE_IN[0] * DPI["screen"] * MAP_RECT[2], FIGSIZE_IN[1] * DPI["screen"] * MAP_RECT[3]
    assert picture_zoom(state) == round(7.57 + math.log2(min(map_w / 969, map_h / 563)), 2)
    x0, y0, x1, y1 = map_extent(state.lon, state.lat, picture_zoom(state))
    # the screen's frame in Web Mercator metres: 969 × 563 px at 2π·6378137 / (512 · 2^7.57) m a pixel
    per_px = 2 * math.pi * 6378137 / (512 * 2 ** 7.57)
    need_w, need_h = 969 * per_px, 563 * per_px
    assert (x1 - x0) >= need_w - 1 and (y1 - y0) >= need_h - 1
    assert min((x1 - x0) / need_w, (y1 - y0) / need_h) == pytest.approx(1.0, abs=0.01)


def test_in_frame_count(ds, countries):
    state = MapState(window=dated_span(ds.claims))
    b = build_briefing(ds, countries, state)
    assert in_frame_count(b, (-180, -85, 180, 85)) == len(b.shown) == 11
    assert in_frame_count(b, (55.0, 30.0, 56.0, 31.0)) == 0  # an empty stretch of Iran
    baku = in_frame_count(b, (49.7, 40.2, 50.1, 40.6))
    assert baku == 2 and outside_frame(b, (45.0, 38.5, 48.0, 40.3)) == ["Baku (2 claims, 11 Aug 2021)"]


REPORTS = """
import streamlit as st
from ui.mapstate import on_map_view
for report in st.session_state.pop("reports", []):
    st.session_state["map"] = {"view": report}
    on_map_view()
st.session_state.setdefault("map_lon", 46.72)
st.session_state.setdefault("map_lat", 39.47)
st.session_state.setdefault("map_zoom", 8.0)
"""


def _run(at: AppTest, *reports: dict) -> tuple:
    at.session_state["reports"] = list(reports)
    at.run()
    assert not at.exception, at.exception
    return tuple(at.session_state[k] for k in ("map_lon", "map_lat", "map_zoom", "map_px"))


def test_the_page_fits_the_opening_frame_then_follows_the_analyst():
    at = AppTest.from_string(REPORTS)
    at.session_state["map_lon"], at.session_state["map_lat"], at.session_state["map_zoom"] = 46.72, 39.47, 8.0
    here = {"longitude": 46.72, "latitude": 39.47, "zoom": 8.0}
    # first size report: the opening frame is fitted to the element
    assert _run(at, {**here, "width": 969, "height": 563, "cause": "resize"}) == (46.72, 39.47, 7.57, (969, 563))
    # the analyst zooms in to Shusha: the page follows
    moved = {"longitude": 46.75, "latitude": 39.76, "zoom": 10.5, "width": 969, "height": 563}
    assert _run(at, moved) == (46.75, 39.76, 10.5, (969, 563))
    # a resize afterwards (a late report of an older view, too) keeps where the analyst is
    stale = {**here, "zoom": 7.57, "width": 700, "height": 500, "cause": "resize"}
    assert _run(at, stale) == (46.75, 39.76, 10.5, (700, 500))


def test_one_colour_scheme_for_the_screen_and_the_picture(ds, countries):
    """The colours the map element is given (the deck spec) are the colours found in the exported PNG:
    each country fill in view covers thousands of its exact pixels, the crossing-days dot its own."""
    import io

    import numpy as np
    from PIL import Image

    from geo.export.picture import render_png

    b = build_briefing(ds, countries, MapState(window=dated_span(ds.claims)))
    layers = {layer.id: layer for layer in b.map.layers.deck.layers}
    fills = {tuple(f["properties"]["fill"][:3]) for f in layers["borders"].data["features"]}
    dot = tuple(layers["crossing_days"].get_fill_color[:3])
    pixels = np.asarray(Image.open(io.BytesIO(render_png(b, countries, "screen"))).convert("RGB")).reshape(-1, 3)
    colours, counts = np.unique(pixels, axis=0, return_counts=True)
    found = {tuple(int(v) for v in c): int(n) for c, n in zip(colours, counts)}
    big_fills = [f for f in fills if found.get(f, 0) > 5_000]
    assert len(big_fills) >= 3, f"country fills of the screen found in the PNG: {big_fills} of {fills}"
    assert found.get(dot, 0) > 40, f"the crossing-days dot's colour {dot} is not in the PNG"


@pytest.mark.parametrize(("view", "px", "deck_bounds"), [
    # bounds deck.gl reported in Chromium for these views (WebMercatorViewport.getBounds)
    ((46.72, 39.47, 7.57), (969, 563), (44.92721, 38.66127, 48.51279, 40.26944)),
    ((46.72, 39.47, 8.0), (969, 563), (45.38928, 38.87059, 48.05072, 40.06429)),
])
def test_view_bounds_match_what_deck_gl_reports(view, px, deck_bounds):
    from geo.view.labels import view_bounds

    assert view_bounds(view, px) == pytest.approx(deck_bounds, abs=1e-4)


def test_the_legend_lists_what_is_in_the_frame(ds, countries):
    window = dated_span(ds.claims)
    wide = build_briefing(ds, countries, MapState(window=window, zoom=7.57, px=PRESENT_1366))
    labels = {it.label for it in wide.map.legend}
    assert {"Population movement", "Listed crossing days (number per day not reported)"} <= labels
    # zoomed on Baku: its two diplomatic claims only; the corridor's flows and crossing days are off-frame
    baku = build_briefing(ds, countries, MapState(window=window, lon=49.87, lat=40.38, zoom=10.0, px=PRESENT_1366))
    labels = {it.label for it in baku.map.legend}
    assert "Diplomatic event" in labels
    assert not labels & {"Population movement", "Listed crossing days (number per day not reported)",
                         "Reported movement along a route"}


@pytest.mark.parametrize(("px", "present", "zoom", "most"), [
    ((1200, 760), False, 8.0, 0),         # the designed frame: no leader crosses a label
    ((1125, 760), False, 7.91, 1),        # 1920 × 1080
    (PRESENT_1366, True, 7.57, 2),        # a placer blind to leaders crossed 3, 3 and 8 labels in these frames
])
def test_leaders_keep_clear_of_other_labels(ds, countries, px, present, zoom, most):
    """Checked with shapely, apart from the placer's own clipping arithmetic. Where no spot is free of both an
    overlap and a crossing, the placer lets a leader cross (text hidden under text is worse): at most `most`."""
    from shapely.geometry import LineString, box

    k = 1.3 if present else 1.0
    b = build_briefing(ds, countries, MapState(window=dated_span(ds.claims), zoom=zoom, present=present, px=px),
                       text_scale=k)
    boxes = [(r.get("claim_id"), bx) for layer in ("places", "flows", "crossing_days", "claims")
             for r, bx in _boxes(b, layer, k)]
    crossings = []
    for leader in b.map.layers.rows["leaders"]:
        line = LineString([mercator_px(*xy, zoom) for xy in leader["path"]])
        for claim_id, (x0, y0, x1, y1) in boxes:
            if claim_id != leader["claim_id"] and line.intersects(box(x0 + 1, y0 + 1, x1 - 1, y1 - 1)):
                crossings.append((leader["claim_id"], claim_id))
    assert len(crossings) <= most, crossings


def test_the_map_page_counts_the_claims_in_the_frame_it_shows():
    """Once the element's size is known, the line under the map counts the frame, without waiting for a pan."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    at = AppTest.from_file(str(root / "app.py"), default_timeout=60)
    at.query_params.update({"lon": "49.87", "lat": "40.38", "zoom": "10"})  # over Baku
    at.session_state["map_px"] = PRESENT_1366
    at.run()
    assert not at.exception
    captions = [c.value for c in at.caption]
    line = next(c for c in captions if "have a mark in this frame" in c)
    assert line.startswith("2 of the 11 claims shown have a mark in this frame")
    assert "Outside it:" not in line.split("frame", 1)[0]
