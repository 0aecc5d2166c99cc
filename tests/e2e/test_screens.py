"""Every page at the three screens analysts use (a desktop, a 1366 × 768 projector, a phone): screenshots,
no clipped labels on the map, and present mode's title, map, legend, scale bar and source line on one screen.

Label widths are measured again in the browser (canvas measureText, the map's own font), not with the
Pillow metrics the placer uses. Run: .venv/bin/python -m pytest tests/e2e/test_screens.py -q
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.claims import dated_span  # noqa: E402
from geo.view.declutter import mercator_px  # noqa: E402
from geo.view.labels import LABEL_SIZES  # noqa: E402
from geo.model import ViewSettings  # noqa: E402
from tests.e2e.test_dashboard import (  # noqa: E402
    DECK_CANVAS, assert_no_app_exception, countries, ds, full_screenshot, map_view, open_page, shown_map_view,
    wait_for_map, wait_idle,
)

pytestmark = pytest.mark.e2e
__all__ = ["ds", "countries"]

SCREENS = {"1920x1080": (1920, 1080), "1366x768": (1366, 768), "390x844": (390, 844)}
PAGES = ("/", "/timeline", "/claims", "/source", "/review", "/ingest")
MEASURE_JS = """([texts, size]) => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `600 ${size}px "DejaVu Sans", "Helvetica Neue", Arial, sans-serif`;
    return texts.map(t => Math.max(...t.split('\\n').map(line => ctx.measureText(line).width)));
}"""


def label_boxes(page, rows: list[dict], size: float, view: dict) -> list[tuple[str, tuple[float, ...]]]:
    """Each row's label box in canvas pixels, from its anchor, offset and a width the browser measured."""
    texts = [r["label"] for r in rows if r["label"]]
    widths = dict(zip(texts, page.evaluate(MEASURE_JS, [texts, size])))
    cx, cy = mercator_px(view["longitude"], view["latitude"], view["zoom"])
    out = []
    for r in rows:
        if not r["label"]:
            continue
        x, y = mercator_px(*r["position"], view["zoom"])
        x, y = x - cx + view["width"] / 2 + r["offset"][0], y - cy + view["height"] / 2 + r["offset"][1]
        w, h = widths[r["label"]], size * 1.15 * (r["label"].count("\n") + 1)
        left = x - {"start": 0, "middle": w / 2, "end": w}[r["anchor"]]
        out.append((r["label"], (left, y - h / 2, left + w, y + h / 2)))
    return out


@pytest.fixture
def sized(page, request):
    w, h = SCREENS[request.param]
    page.set_viewport_size({"width": w, "height": h})
    return request.param


@pytest.mark.parametrize("sized", list(SCREENS), indirect=True)
def test_every_page_and_no_clipped_label(page, app, recorder, screenshots, ds, countries, sized):
    open_page(page, app, "/")
    wait_for_map(page)
    view = map_view(page)
    canvas = page.locator(DECK_CANVAS).bounding_box()
    assert abs(canvas["width"] - view["width"]) <= 2 and abs(canvas["height"] - view["height"]) <= 2
    mv = shown_map_view(page, ds, countries, ViewSettings(window=dated_span(ds.claims)))
    rows = mv.layers.rows
    checked = 0
    cx, cy = mercator_px(view["longitude"], view["latitude"], view["zoom"])
    for layer in ("places", "flows", "crossing_days", "claims"):
        inside = [r for r in rows[layer] if r["label"] and
                  0 <= mercator_px(*r["position"], view["zoom"])[0] - cx + view["width"] / 2 <= view["width"] and
                  0 <= mercator_px(*r["position"], view["zoom"])[1] - cy + view["height"] / 2 <= view["height"]]
        for label, (x0, y0, x1, y1) in label_boxes(page, inside, LABEL_SIZES[layer], view):
            # 4 px of slack: the browser's metrics and Pillow's differ by a pixel or two a line
            assert -4 <= x0 and x1 <= view["width"] + 4 and -4 <= y0 and y1 <= view["height"] + 4, \
                f"{sized}: {layer} label {label!r} is cut at the map's edge: {(x0, y0, x1, y1)} in {view}"
            checked += 1
    assert checked >= 8, f"{sized}: only {checked} labels drawn"
    full_screenshot(page, f"screen-{sized}-map", screenshots)
    for path in PAGES[1:]:
        open_page(page, app, path)
        wait_idle(page)
        assert_no_app_exception(page, f"{path} at {sized}")
        full_screenshot(page, f"screen-{sized}-{path.strip('/')}", screenshots)
    recorder.assert_clean(f"every page at {sized}")


@pytest.mark.parametrize("sized", ["1920x1080", "1366x768"], indirect=True)
def test_present_mode_fits_one_screen(page, app, recorder, screenshots, sized):
    w, h = SCREENS[sized]
    open_page(page, app, "/?present=1")
    wait_for_map(page)
    for what in (".cw-present-title", DECK_CANVAS, ".cw-legend", ".cw-present-source"):
        box = page.locator(what).first.bounding_box()
        assert box is not None, f"{what} is not drawn"
        assert box["y"] >= 0 and box["y"] + box["height"] <= h and box["x"] + box["width"] <= w, \
            f"{sized}: {what} is not on the first screen: {box}"
    scroll = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollTop")
    assert scroll == 0
    assert page.locator(".cw-present-source").inner_text().endswith("as reported, not independently verified.")
    page.wait_for_timeout(1500)
    page.screenshot(path=str(screenshots / f"present-{sized}.png"))
    recorder.assert_clean(f"present mode at {sized}")
