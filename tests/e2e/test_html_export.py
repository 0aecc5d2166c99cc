"""The offline HTML export in headless Chromium, opened from file:// with every other request
aborted: the map draws, tooltips show the sentence behind a mark, the scale bar follows the
zoom, north stays up, and hostile strings stay text.

Run: .venv/bin/python -m pytest tests/e2e/test_html_export.py -q
(No dashboard is started: these tests only need the `browser` fixture.)
"""
from __future__ import annotations

import dataclasses
import io
import json
import math
import re
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.basemap import load_countries  # noqa: E402
from geo.view.declutter import mercator_px  # noqa: E402
from geo.view.layers import build_map_view  # noqa: E402
from geo.model import PlaceName, ViewSettings, Window  # noqa: E402
from geo.export.standalone import standalone_html  # noqa: E402
from geo.store import load_dataset  # noqa: E402

pytestmark = pytest.mark.e2e

WINDOW = Window(date(2021, 7, 11), date(2021, 9, 10))
VIEWPORT = {"width": 1600, "height": 1000}
CANVAS = "#cw-map canvas"
TOOLTIP = ".deck-tooltip"
TILE_SIZE = 512
WEBGL_SETTLE_MS = 1000
IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "</script><script>window.__pwned=2</script>"
ALERT = "<img src=x onerror=alert(3)>"
HOSTILE_PLACE = "shusha"
CROSSING_DAYS_CLAIM = "trend-c04"


# --- the exported files --------------------------------------------------------------------------

def export(view, path: Path, **texts) -> Path:
    kw = dict(title="Crossings and movements, as reported", subtitle="11 Jul 2021 – 10 Sep 2021",
              source_line="Source: Trend, “Iran using contraband to enter Azerbaijan's Karabakh – FACTS”",
              attribution="Borders: Natural Earth (public domain), via world-atlas", exported_on="1 Dec 2025")
    kw.update(texts)
    path.write_text(standalone_html(view.layers.deck, legend=view.legend, **kw), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


@pytest.fixture(scope="module")
def view(ds):
    return build_map_view(ds, load_countries(), ViewSettings(window=WINDOW, names="both"))


@pytest.fixture(scope="module")
def hostile_view(ds):
    """Payloads in a claim's summary, quote and claimant, a place's names, the source's outlet and title."""
    claims = tuple(dataclasses.replace(c, summary=IMG, quote=SCRIPT, claimant=f"{ALERT} {SCRIPT}")
                   if c.claim_id == CROSSING_DAYS_CLAIM else c for c in ds.claims)
    places = tuple(dataclasses.replace(p, name=IMG, names=(PlaceName(IMG, "az"), PlaceName(SCRIPT, "hy"), *p.names))
                   if p.place_id == HOSTILE_PLACE else p for p in ds.places)
    sources = tuple(dataclasses.replace(s, outlet=f"Trend {ALERT}", title=f"{SCRIPT} {IMG}") for s in ds.sources)
    hostile = dataclasses.replace(ds, claims=claims, places=places, sources=sources)
    return build_map_view(hostile, load_countries(), ViewSettings(window=WINDOW, names="both"))


@pytest.fixture(scope="module")
def export_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("html-export")


@pytest.fixture(scope="module")
def export_file(view, export_dir) -> Path:
    return export(view, export_dir / "map.html")


@pytest.fixture(scope="module", params=["with CSP", "without CSP"])
def hostile_file(request, hostile_view, export_dir) -> Path:
    """The hostile export as written, and once more with its Content-Security-Policy removed, so
    that the escaping is tested on its own and not only behind the CSP."""
    path = export(hostile_view, export_dir / f"hostile-{request.param.replace(' ', '-')}.html",
                  title=f"{IMG} title", subtitle=SCRIPT, source_line=f"Source: {ALERT}", attribution=SCRIPT,
                  exported_on=f"{SCRIPT} 1 Dec 2025")
    if request.param == "without CSP":
        text = path.read_text(encoding="utf-8")
        stripped = re.sub(r"<meta http-equiv='Content-Security-Policy'[^>]*>\n", "", text)
        assert stripped != text
        path.write_text(stripped, encoding="utf-8")
    return path


# --- the browser ---------------------------------------------------------------------------------

@dataclasses.dataclass
class Log:
    blocked: list[str] = dataclasses.field(default_factory=list)  # every non-file request, aborted
    console: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    page_errors: list[str] = dataclasses.field(default_factory=list)
    dialogs: list[str] = dataclasses.field(default_factory=list)

    def assert_clean(self, where: str) -> None:
        assert self.blocked == [], f"{where}: the page asked the network for {self.blocked}"
        errors = [text for kind, text in self.console if kind == "error"] + self.page_errors
        assert errors == [], f"{where}: console or page errors: {errors}"
        assert self.dialogs == [], f"{where}: dialogs opened: {self.dialogs}"


@pytest.fixture
def log() -> Log:
    return Log()


@pytest.fixture
def page(browser, log: Log):
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            log.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    context.on("request", lambda req: None if req.url.startswith("file://") or req.url in log.blocked
               else log.blocked.append(req.url))
    pg = context.new_page()
    pg.on("console", lambda msg: log.console.append((msg.type, msg.text)))
    pg.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    pg.on("dialog", lambda d: (log.dialogs.append(d.message), d.dismiss()))
    pg.on("websocket", lambda ws: log.blocked.append(ws.url))
    pg.set_default_timeout(30_000)
    try:
        yield pg
    finally:
        context.close()


def open_export(page, path: Path) -> None:
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_selector("body[data-map-ready='true'], body[data-map-error]", timeout=45_000)
    error = page.evaluate("document.body.getAttribute('data-map-error')")
    assert error is None, error
    page.wait_for_function(
        "sel => { const c = document.querySelector(sel); return c && c.width > 300 && c.height > 300; }",
        arg=CANVAS)
    page.wait_for_timeout(WEBGL_SETTLE_MS)


def screen_point(page, lon: float, lat: float) -> tuple[float, float]:
    """Page coordinates of a map position in the current view (north up, no pitch)."""
    box = page.locator(CANVAS).bounding_box()
    vs = page.evaluate("window.cwViewState")
    cx, cy = mercator_px(vs["longitude"], vs["latitude"], vs["zoom"])
    px, py = mercator_px(lon, lat, vs["zoom"])
    x, y = box["x"] + box["width"] / 2 + (px - cx), box["y"] + box["height"] / 2 + (py - cy)
    assert box["x"] < x < box["x"] + box["width"] and box["y"] < y < box["y"] + box["height"]
    return x, y


def hover(page, lon: float, lat: float) -> str:
    """Hover a map position and return the tooltip's text."""
    x, y = screen_point(page, lon, lat)
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)
    tooltip = page.locator(TOOLTIP)
    tooltip.wait_for(state="visible", timeout=15_000)
    return tooltip.inner_text()


def row(view, layer: str, **match) -> dict:
    return next(r for r in view.layers.rows[layer] if all(r.get(k) == v for k, v in match.items()))


def scale_reading(page) -> tuple[float, float, dict]:
    """(metres the bar stands for, bar width in px, view state)."""
    label = page.locator("#cw-scale-label").inner_text()
    number, unit = re.fullmatch(r"([\d.]+) (km|m)", label).groups()
    metres = float(number) * (1000 if unit == "km" else 1)
    width = page.locator("#cw-scale-bar").bounding_box()["width"]
    return metres, width, page.evaluate("window.cwViewState")


def assert_scale_true(page) -> float:
    metres, width, vs = scale_reading(page)
    per_px = 40075016.686 * math.cos(math.radians(vs["latitude"])) / (TILE_SIZE * 2 ** vs["zoom"])
    assert width == pytest.approx(metres / per_px, rel=0.02), (metres, width, vs)
    assert 40 <= width <= 140
    return metres


# --- tests ---------------------------------------------------------------------------------------

def test_map_renders_offline(page, log, export_file, view, screenshots):
    open_export(page, export_file)
    assert page.locator(CANVAS).count() == 1
    assert page.locator("h1").inner_text() == "Crossings and movements, as reported"
    assert "Listed crossing days (number per day not reported)" in page.locator(".cw-legend").inner_text()
    footer = page.locator("footer").inner_text()
    assert "Natural Earth" in footer and "Exported 1 Dec 2025" in footer
    assert page.locator(".cw-north svg").is_visible()
    # The canvas holds a drawing, not a blank: many colours (fills, lines, text halos).
    from PIL import Image

    shot = Image.open(io.BytesIO(page.locator(CANVAS).screenshot())).convert("RGB")
    colours = shot.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 200, f"only {len(colours or [])} colours on the map"
    page.screenshot(path=str(screenshots / "html-export.png"))
    log.assert_clean("export")


def test_hover_shows_the_quote(page, log, export_file, view, ds):
    open_export(page, export_file)
    days = row(view, "crossing_days", claim_id=CROSSING_DAYS_CLAIM)
    claim = next(c for c in ds.claims if c.claim_id == CROSSING_DAYS_CLAIM)
    text = hover(page, *days["position"])
    assert claim.quote in text
    assert days["what"] in text and days["when"] in text and days["source"] in text
    # a place: its names and where its coordinates come from
    shusha = row(view, "places", place_id=HOSTILE_PLACE)
    page.mouse.move(5, 5)
    text = hover(page, *shusha["position"])
    assert shusha["title"] in text and shusha["source"] in text
    log.assert_clean("hover")


def test_scale_bar_follows_the_zoom_and_north_stays_up(page, log, export_file):
    open_export(page, export_file)
    before = assert_scale_true(page)
    box = page.locator(CANVAS).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(3):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(250)
    page.wait_for_function("z => window.cwViewState.zoom > z + 0.5", arg=8.0)
    page.wait_for_timeout(600)  # the zoom transition ends
    after = assert_scale_true(page)
    assert after < before
    # Dragging with the right button (or ctrl) would rotate and pitch: north stays up.
    page.keyboard.down("Control")
    page.mouse.down(button="left")
    page.mouse.move(box["x"] + box["width"] / 2 + 150, box["y"] + box["height"] / 2 - 120, steps=8)
    page.mouse.up(button="left")
    page.keyboard.up("Control")
    page.mouse.down(button="right")
    page.mouse.move(box["x"] + box["width"] / 2 - 150, box["y"] + box["height"] / 2 + 80, steps=8)
    page.mouse.up(button="right")
    page.keyboard.press("Shift+ArrowLeft")
    page.wait_for_timeout(400)
    vs = page.evaluate("window.cwViewState")
    assert (vs["bearing"], vs["pitch"]) == (0, 0)
    assert_scale_true(page)
    log.assert_clean("zoom")


def test_hostile_strings_stay_text(page, log, hostile_file, hostile_view):
    open_export(page, hostile_file)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("h1").inner_text() == f"{IMG} title"
    assert page.locator(".cw-header p").inner_text() == SCRIPT
    footer = page.locator("footer").inner_text()
    assert f"Source: {ALERT}" in footer and SCRIPT in footer
    assert page.locator("img").count() == 0

    days = row(hostile_view, "crossing_days", claim_id=CROSSING_DAYS_CLAIM)
    text = hover(page, *days["position"])
    assert f"“{SCRIPT}”" in text  # the quote
    assert IMG in text  # the summary
    assert ALERT in text and f"{SCRIPT} {IMG}" in text  # claimant, outlet and title
    assert page.locator(f"{TOOLTIP} img, {TOOLTIP} script").count() == 0

    page.mouse.move(5, 5)
    place = row(hostile_view, "places", place_id=HOSTILE_PLACE)
    assert place["title"] == f"{IMG} / {SCRIPT}"
    text = hover(page, *place["position"])
    assert place["title"] in text
    page.wait_for_timeout(300)

    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3
    assert json.loads(page.evaluate("JSON.stringify(Object.keys(window).filter(k => k.startsWith('__')))")) == []
    log.assert_clean("hostile export")
