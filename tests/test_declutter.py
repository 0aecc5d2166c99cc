"""Label placement: the greedy core, and the interactive map's labels at their opening zoom."""
from __future__ import annotations

from datetime import date

import pytest

from geo.view.briefing import build_briefing
from geo.view.declutter import deck_box, inside, mercator_px, overlap_area, place_greedy, text_size_px
from geo.view.labels import LABEL_SIZES
from geo.view.layers import DEFAULT_VIEW
from geo.model import Window
from geo.view.viewstate import MapState

FRAME = (0, 0, 100, 100)


def box_at(i, spot):
    x, y = spot
    return (x, y, x + 10, y + 10)


@pytest.mark.parametrize("candidates, optional, expected", [
    # the first free spot wins
    ([[(0, 0)], [(0, 0), (20, 0)]], set(), [(0, 0), (20, 0)]),
    # an optional label with no free spot is left out
    ([[(0, 0)], [(5, 5)]], {1}, [(0, 0), None]),
    # a required one takes the least-overlapping spot
    ([[(0, 0)], [(5, 5), (8, 8)]], set(), [(0, 0), (8, 8)]),
    # spots outside the frame are last resorts
    ([[(95, 95), (50, 50)]], set(), [(50, 50)]),
])
def test_place_greedy(candidates, optional, expected):
    placed = place_greedy(candidates, box_at, FRAME, optional=lambda i: i in optional)
    assert [p.choice for p in placed] == expected


def test_obstacles_are_avoided_and_overlaps_reported():
    placed = place_greedy([[(0, 0), (30, 30)]], box_at, FRAME, obstacles=[(0, 0, 12, 12)])
    assert placed[0].choice == (30, 30) and not placed[0].overlapping
    forced = place_greedy([[(0, 0)]], box_at, FRAME, obstacles=[(0, 0, 12, 12)])
    assert forced[0].overlapping


def test_geometry_helpers():
    assert overlap_area((0, 0, 10, 10), [(5, 5, 15, 15), (20, 20, 30, 30)]) == 25
    assert inside((1, 1, 2, 2), FRAME) and not inside((-1, 1, 2, 2), FRAME)
    x0, _ = mercator_px(0, 0, 0)
    assert x0 == pytest.approx(256)
    assert deck_box(100, 100, [10, 0], "start", (50, 20), pad=0) == (110, 90, 160, 110)
    assert deck_box(100, 100, [-10, 0], "end", (50, 20), pad=0) == (40, 90, 90, 110)
    w1, h1 = text_size_px("Khankendi", 15)
    w2, h2 = text_size_px("Khankendi\nStepanakert", 15)
    assert 60 < w1 < 100 and w2 > w1 and h2 == pytest.approx(2 * h1)


@pytest.mark.parametrize("names", ["as_written", "az", "hy", "both"])
@pytest.mark.parametrize("scale", [1.0, 1.3])
@pytest.mark.parametrize("window", [Window(date(2021, 7, 11), date(2021, 9, 10)),
                                    Window(date(2021, 8, 11), date(2021, 8, 31))])
def test_map_labels_do_not_overlap_at_the_opening_zoom(ds, countries, names, scale, window):
    b = build_briefing(ds, countries, MapState(window=window, names=names), text_scale=scale)
    rows = b.map.layers.rows
    boxes = []
    cx, cy = mercator_px(DEFAULT_VIEW.longitude, DEFAULT_VIEW.latitude, DEFAULT_VIEW.zoom)
    for layer, size in LABEL_SIZES.items():
        for r in rows[layer]:
            x, y = mercator_px(*r["position"], DEFAULT_VIEW.zoom)
            if abs(x - cx) < 600 and abs(y - cy) < 380:  # in the opening view
                boxes.append((r["label"], deck_box(x, y, r["offset"], r["anchor"], text_size_px(r["label"], size * scale),
                                                   pad=0)))
    for layer, size in (("scale_bar", 12), ("north_arrow", 16)):  # labels keep off the map's furniture too
        (r,) = rows[layer]
        x, y = mercator_px(*r["position"], DEFAULT_VIEW.zoom)
        boxes.append((r["label"], deck_box(x, y, r["offset"], r["anchor"], text_size_px(r["label"], size * scale),
                                           pad=0)))
    assert len(boxes) > 10
    for i, (label, box) in enumerate(boxes):
        others = [b for _, b in boxes[i + 1:]]
        assert overlap_area(box, others) == 0, label


def test_scale_bar_and_north_arrow_are_true_at_the_view():
    from geo.view.furniture import metres_per_pixel, nice_scale_km, north_arrow_rows, scale_bar_rows

    (bar,) = scale_bar_rows(46.72, 39.47, 8.0)
    (x0, y0), (x1, y1) = bar["path"][1], bar["path"][2]
    assert y0 == y1 and bar["label"] == f"{bar['km']:g} km" == "25 km"
    from pyproj import Geod
    _, _, metres = Geod(ellps="WGS84").inv(x0, y0, x1, y1)
    assert metres == pytest.approx(25_000, rel=0.01)  # the bar is as long as its label says
    assert 80 < 25_000 / metres_per_pixel(39.47, 8.0) < 220 and nice_scale_km(39.47, 10.0) == 10
    (arrow,) = north_arrow_rows(46.72, 39.47, 8.0)
    tip = max(arrow["polygon"], key=lambda p: p[1])
    assert tip[0] == pytest.approx(arrow["position"][0]) and tip[1] > arrow["position"][1]  # points north


def _naive_greedy(candidates, box_of, frame, obstacles):
    """The placement rule written out plainly: every candidate against every box placed before it."""
    taken, out = list(obstacles), []
    for i, spots in enumerate(candidates):
        best = None
        for spot in spots:
            box = box_of(i, spot)
            cost = overlap_area(box, taken) + (0 if inside(box, frame) else 1e12)
            if best is None or cost < best[0]:
                best = (cost, spot, box)
            if cost == 0:
                break
        taken.append(best[2])
        out.append((best[1], best[0] > 0))
    return out


def test_the_grid_index_places_exactly_as_comparing_every_pair():
    import random

    rng = random.Random(7)
    anchors = [(rng.uniform(0, 1200), rng.uniform(0, 760)) for _ in range(400)]
    sizes = [(rng.uniform(20, 300), rng.uniform(12, 60)) for _ in anchors]
    spots = [[(dx, dy) for dx in (-40, 0, 40, 120) for dy in (-30, 0, 30)] for _ in anchors]

    def box_of(i, spot):
        (x, y), (w, h) = anchors[i], sizes[i]
        return (x + spot[0], y + spot[1], x + spot[0] + w, y + spot[1] + h)

    frame, obstacles = (0, 0, 1200, 760), [(500, 300, 560, 360)]
    fast = [(p.choice, p.overlapping) for p in place_greedy(spots, box_of, frame, obstacles)]
    assert fast == _naive_greedy(spots, box_of, frame, obstacles)
    assert sum(1 for _, o in fast if o) > 50  # crowded enough that the costs, not just the first spots, decide
