"""The dashboard in a real browser: every page renders offline and without console errors,
the date window changes what the map shows, and a click on the map shows the sentence behind it.

Run: .venv/bin/python -m pytest tests/e2e -q
Screenshots land in artifacts/screenshots/ (repo root).
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.basemap import load_countries  # noqa: E402
from geo.view.declutter import mercator_px  # noqa: E402
from geo.claims import dated_span  # noqa: E402
from geo.view.layers import build_map_view, describe_window  # noqa: E402
from geo.model import ViewSettings, Window  # noqa: E402
from geo.store import load_dataset  # noqa: E402

pytestmark = pytest.mark.e2e

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
DECK_CANVAS = "canvas#deckgl-overlay"
WEBGL_SETTLE_MS = 1500


# --- the expected content, computed by the library the pages use ---------------------------------

@pytest.fixture(scope="module")
def ds():
    return load_dataset(ROOT / "data")


@pytest.fixture(scope="module")
def countries():
    return load_countries()


# The Map's bold line for the seed, written out (not computed by the code the page runs): the tests fail if the
# page says anything else. expected_summary() below stays for windows no test pins.
SUMMARY_ALL = "11 Jul 2021 – 10 Sep 2021: 11 dated claims shown, 0 outside the window, 12 undated (not on the map)"
SUMMARY_TO_10_AUG = ("11 Jul 2021 – 10 Aug 2021: 7 dated claims shown, 4 outside the window, 12 undated (not on the "
                     "map); 2 period totals run past the window's edges (counts not scaled)")
SUMMARY_AUG = ("11 Aug 2021 – 10 Sep 2021: 6 dated claims shown, 5 outside the window, 12 undated (not on the map); "
               "2 period totals run past the window's edges (counts not scaled)")


def expected_summary(ds, countries, window: Window) -> str:
    """The bold line the Map page prints for a window (without its final full stop)."""
    view = build_map_view(ds, countries, ViewSettings(window=window))
    return describe_window(view).rstrip(".")


# --- helpers -----------------------------------------------------------------------------------------

def open_page(page, app, path: str = "/") -> None:
    page.goto(app.url + path, wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stApp"]')
    page.wait_for_selector(IDLE, timeout=45_000)
    assert page.locator('[data-testid="stException"]').count() == 0, \
        f"{path}: the app raised: {page.locator('[data-testid=stException]').first.inner_text()}"


def wait_idle(page) -> None:
    page.wait_for_selector(IDLE, timeout=45_000)


def assert_no_app_exception(page, where: str) -> None:
    exc = page.locator('[data-testid="stException"]')
    assert exc.count() == 0, f"{where}: the app raised: {exc.first.inner_text()}"


def wait_for_map(page) -> None:
    """The deck.gl canvas has a size, the page has fitted the frame to it, and WebGL had a moment to draw
    (SwiftShader is slow)."""
    canvas = page.locator(DECK_CANVAS)
    canvas.wait_for(state="visible", timeout=45_000)
    page.wait_for_function(
        "sel => { const c = document.querySelector(sel); return c && c.width > 100 && c.height > 100; }",
        arg=DECK_CANVAS)
    map_view(page)
    wait_idle(page)
    page.wait_for_timeout(WEBGL_SETTLE_MS)


SETTLED_JS = """() => {
    const el = document.querySelector('.cw-map[data-map-ready]');
    const v = el && JSON.parse(el.getAttribute('data-view') || 'null');
    const q = new URLSearchParams(location.search);
    return !!v && q.get('px') === `${v.width}x${v.height}` && Math.abs(Number(q.get('zoom')) - v.zoom) < 0.011
        && Math.abs(Number(q.get('lon')) - v.longitude) < 0.001;
}"""


def map_view(page) -> dict:
    """What the map element shows, once the page knows its size (the link says px=WxH and the same zoom)."""
    page.wait_for_function(SETTLED_JS, timeout=45_000)
    return json.loads(page.get_attribute(".cw-map", "data-view"))


def shown_map_view(page, ds, countries, settings: ViewSettings):
    """The map view the page draws now, built by the library for the element's real frame."""
    v = map_view(page)
    return build_map_view(ds, countries, settings, center=(v["longitude"], v["latitude"]), zoom=v["zoom"],
                          viewport=(v["width"], v["height"]))


def full_screenshot(page, name: str, shots) -> None:
    """A full-page PNG. Streamlit scrolls inside its main section, not the document, so the
    viewport is stretched to the content's height for the shot and then put back."""
    height = page.evaluate("""() => {
        const els = [document.scrollingElement, document.querySelector('[data-testid="stMain"]'),
                     document.querySelector('[data-testid="stSidebarContent"]')].filter(Boolean);
        return Math.max(...els.map(e => e.scrollHeight));
    }""")
    size = page.viewport_size
    tall = min(max(int(height) + 40, size["height"]), 12_000)
    if tall > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": tall})
        page.wait_for_timeout(600)
    if page.locator(DECK_CANVAS).count():
        page.wait_for_timeout(WEBGL_SETTLE_MS)
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    if tall > size["height"]:
        page.set_viewport_size(size)


def screen_point(page, lon: float, lat: float) -> tuple[float, float]:
    """Page coordinates of a map position in the view the element shows (no pitch or bearing)."""
    box = page.locator(DECK_CANVAS).bounding_box()
    assert box, "the deck.gl canvas has no bounding box"
    v = map_view(page)
    cx, cy = mercator_px(v["longitude"], v["latitude"], v["zoom"])
    px, py = mercator_px(lon, lat, v["zoom"])
    x, y = box["x"] + box["width"] / 2 + (px - cx), box["y"] + box["height"] / 2 + (py - cy)
    assert box["x"] < x < box["x"] + box["width"] and box["y"] < y < box["y"] + box["height"], \
        f"({lon}, {lat}) falls outside the map canvas {box}"
    return x, y


def summary_line(page):
    return page.get_by_text(re.compile(r"dated claims shown")).first


def fmt_day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


# --- pages -------------------------------------------------------------------------------------------

def test_map_page(page, app, recorder, screenshots, ds, countries):
    open_page(page, app, "/")
    page.get_by_role("heading", name="Crossings and movements, as reported").wait_for()
    full = dated_span(ds.claims)
    assert expected_summary(ds, countries, full) == SUMMARY_ALL  # the library agrees with the pinned line
    page.get_by_text(SUMMARY_ALL).wait_for()
    wait_for_map(page)
    assert page.locator(".cw-map[data-map-ready]").count() == 1, "the map element did not draw"
    legend = page.get_by_text("Legend").first
    legend.wait_for()
    assert page.get_by_text("Listed crossing days (number per day not reported)").count() == 1
    assert page.get_by_text("List the 12 undated claims (not on the map)").count() == 1
    # The sidebar: the date window and the names switch.
    assert page.get_by_role("slider", name="Date window — start").get_attribute("aria-valuetext") == "11 Jul 2021"
    assert page.get_by_role("slider", name="Date window — end").get_attribute("aria-valuetext") == "10 Sep 2021"
    assert page.get_by_role("radiogroup").get_by_text("Armenian names").count() == 1
    assert_no_app_exception(page, "Map")
    full_screenshot(page, "map", screenshots)
    recorder.assert_clean("Map")
    # The offline style is served locally, not fetched from Carto.
    assert any(u.endswith("/app/static/vendor/deckgl/deckgl.min.js") for u in recorder.requests), recorder.requests


def test_timeline_page(page, app, recorder, screenshots):
    open_page(page, app, "/timeline")
    page.get_by_role("heading", name="Timeline of dated claims").wait_for()
    chart = page.locator('[data-testid="stVegaLiteChart"]').first
    chart.wait_for()
    drawing = chart.locator("canvas, svg.marks")
    drawing.first.wait_for()
    box = drawing.first.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100, f"the vega chart is too small: {box}"
    page.get_by_text(re.compile(r"12 undated claims are not on the timeline")).wait_for()
    assert_no_app_exception(page, "Timeline")
    page.wait_for_timeout(500)  # vega draws after the element appears
    full_screenshot(page, "timeline", screenshots)
    recorder.assert_clean("Timeline")


def test_claims_page(page, app, recorder, screenshots, ds):
    open_page(page, app, "/claims")
    page.get_by_role("heading", name="Claims").wait_for()
    total = len(ds.claims)
    assert total == 23
    page.get_by_text(f"{total} of {total} claims", exact=True).wait_for()
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    box = grid.bounding_box()
    assert box and box["height"] > 200, f"the claims table is too small: {box}"
    # The search box filters: "Khankendi" appears in only some claims.
    search = page.get_by_label("Search summary, quote or claimant")
    search.fill("Khankendi")
    search.press("Enter")
    page.get_by_text(re.compile(rf"^([1-9]|1\d|2[0-2]) of {total} claims$")).wait_for()
    assert_no_app_exception(page, "Claims")
    search.fill("")
    search.press("Enter")
    page.get_by_text(f"{total} of {total} claims", exact=True).wait_for()
    wait_idle(page)
    full_screenshot(page, "claims", screenshots)
    recorder.assert_clean("Claims")


def test_source_page(page, app, recorder, screenshots):
    open_page(page, app, "/source")
    page.get_by_role("heading", name="Sources").wait_for()
    places = page.locator("mark.cw-place")
    places.first.wait_for()
    assert places.count() > 10, f"only {places.count()} place mentions are highlighted"
    assert page.locator("mark.cw-place", has_text="Khankendi").count() >= 1
    assert page.locator("span.cw-claim").count() >= 10, "claim quotes are not marked in the body"
    # Page chrome sits in a collapsed expander; its unrelated headlines are not visible.
    expander = page.locator('[data-testid="stExpander"]').filter(has_text="Page chrome, not part of the article")
    expander.wait_for()
    assert expander.locator("details").get_attribute("open") is None, "the page-chrome expander is open"
    assert_no_app_exception(page, "Source")
    full_screenshot(page, "source", screenshots)
    # Open it: the chrome is there, just folded away.
    expander.locator("summary").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stExpander\"] details')]"
        ".some(d => d.open && d.innerText.includes('Page chrome'))")  # the sidebar has expanders of its own
    recorder.assert_clean("Source")


def test_navigation_between_pages(page, app, recorder):
    """The sidebar navigation reaches every page without a reload and without errors."""
    open_page(page, app, "/")
    nav = page.locator('[data-testid="stSidebarNav"]')
    for title, marker in [("Timeline", '[data-testid="stVegaLiteChart"]'),
                          ("Claims", '[data-testid="stDataFrame"]'),
                          ("Source", "mark.cw-place"),
                          ("Map", DECK_CANVAS)]:
        nav.get_by_role("link", name=title).click()
        page.locator(marker).first.wait_for(timeout=45_000)
        wait_idle(page)
        assert_no_app_exception(page, title)
    recorder.assert_clean("navigation")


# --- interactions ------------------------------------------------------------------------------------

def test_slider_changes_claims_shown(page, app, recorder, screenshots, ds, countries):
    open_page(page, app, "/")
    wait_for_map(page)
    full = dated_span(ds.claims)
    page.get_by_text(SUMMARY_ALL).wait_for()

    # Pull the end of the window back from 10 Sep to 10 Aug 2021, one day per key press.
    new_end = date(2021, 8, 10)
    end_thumb = page.get_by_role("slider", name="Date window — end")
    end_thumb.focus()
    for _ in range((full.end - new_end).days):
        end_thumb.press("ArrowLeft")
    page.wait_for_function(
        "([sel, want]) => document.querySelector(sel)?.getAttribute('aria-valuetext') === want",
        arg=['input[aria-label="Date window — end"]', fmt_day(new_end)])

    page.get_by_text(SUMMARY_TO_10_AUG).wait_for(timeout=45_000)
    assert summary_line(page).inner_text().endswith(SUMMARY_TO_10_AUG + ".")  # 7 of the 11, 4 outside
    wait_idle(page)
    wait_for_map(page)
    assert_no_app_exception(page, "Map after the slider move")
    full_screenshot(page, "map-window-to-10-aug", screenshots)

    # End on the end thumb runs the window to the data's last day: past the claims, to the embedded arrivals
    # log's last figure (3 Oct 2023), whose teal ring the summary then names.
    end_thumb.focus()
    end_thumb.press("End")
    page.get_by_text("11 Jul 2021 – 3 Oct 2023: 11 dated claims shown, 0 outside the window, 12 undated (not on "
                     "the map); logged figures at 1 checkpoint (structured logs, teal rings: never added to the "
                     "claims).").wait_for(timeout=45_000)
    wait_idle(page)
    recorder.assert_clean("Map with the slider moved")


def hover_until_tooltip(page, x: float, y: float, timeout_ms: int = 30_000) -> None:
    """Hover until deck.gl answers with its tooltip. On a cold server the canvas is drawn a moment
    before deck.gl can pick (a click then is lost, before and after the briefing work); the tooltip
    is the signal that picking works, so a click afterwards tests selection, not start-up timing."""
    tooltip = page.locator(".deck-tooltip")
    for step in range(timeout_ms // 250):
        page.mouse.move(x + (step % 2), y)  # deck.gl picks on pointer moves
        page.wait_for_timeout(250)
        if tooltip.is_visible() and tooltip.inner_text().strip():
            return
    raise AssertionError(f"no tooltip at ({x:.0f}, {y:.0f}) after {timeout_ms} ms: the map does not pick there")


def click_and_read_quote(page, x: float, y: float) -> str:
    """Click the map at a pixel and return the quote of the claim it selects."""
    hover_until_tooltip(page, x, y)
    page.mouse.click(x, y)
    heading = page.get_by_role("heading", name="Selected claim")
    try:
        heading.wait_for(timeout=10_000)
    except PlaywrightTimeout:
        # Seen before this change too (about 1 cold start in 5): Streamlit drops the first selection made
        # in the first seconds after load, with no rerun at all. An analyst clicks again; so does the test.
        print("first click after load was not delivered; clicking again")
        page.mouse.click(x, y)
        heading.wait_for(timeout=45_000)
    quote = page.locator("mark.cw-quote")
    quote.wait_for()
    return quote.inner_text()


def test_click_crossing_days_dot_shows_quote(page, app, recorder, screenshots, ds, countries):
    open_page(page, app, "/")
    wait_for_map(page)
    view = shown_map_view(page, ds, countries, ViewSettings(window=dated_span(ds.claims)))
    (dot,) = view.layers.rows["crossing_days"]
    quote = click_and_read_quote(page, *screen_point(page, *dot["position"]))
    assert "The dates are also available: July 11" in quote
    claim = ds.claim(dot["claim_id"])
    assert f"characters {claim.quote_start}–{claim.quote_end} of" in page.locator(".cw-offsets").inner_text()
    wait_idle(page)
    assert_no_app_exception(page, "Map after the click")
    full_screenshot(page, "map-selected-crossing-days", screenshots)
    recorder.assert_clean("Map after clicking the crossing-days dot")


def test_click_khankendi_label_shows_quote(page, app, recorder, ds, countries):
    """Claim labels are pickable too: the '58 trucks entered' label at Khankendi."""
    open_page(page, app, "/")
    wait_for_map(page)
    view = shown_map_view(page, ds, countries, ViewSettings(window=dated_span(ds.claims)))
    row = next(r for r in view.layers.rows["claims"] if r["label"].startswith("58 trucks entered"))
    x, y = screen_point(page, *row["position"])
    dx, dy = row["offset"]
    assert row["anchor"] == "start"
    quote = click_and_read_quote(page, x + dx + 30, y + dy)  # 30 px into the text, on its middle line
    assert "58 trucks" in quote and "entered Khankendi" in quote
    wait_idle(page)
    recorder.assert_clean("Map after clicking the Khankendi label")


def map_places(page) -> list[str]:
    """The places the map names: the canvas is WebGL, the element says them to screen readers."""
    label = page.locator(".cw-map").get_attribute("aria-label") or ""
    assert label.startswith("Map. Places: "), label
    return label.removeprefix("Map. Places: ").split(", ")


def test_armenian_names(page, app, recorder, screenshots, ds, countries):
    open_page(page, app, "/")
    wait_for_map(page)
    before = map_places(page)
    assert "Khankendi" in before and "Shusha" in before and "Stepanakert" not in before, before  # as written
    page.get_by_role("radiogroup").get_by_text("Armenian names").click()
    page.wait_for_function(
        "() => (document.querySelector('.cw-map')?.getAttribute('aria-label') || '').includes('Stepanakert')")
    wait_idle(page)
    after = map_places(page)
    # the seed's gazetteer: Khankendi is Stepanakert, Shusha is Shushi, Lachin is Berdzor in Armenian
    assert "Stepanakert" in after and "Shushi" in after and "Berdzor" in after, after
    assert "Khankendi" not in after and "Shusha" not in after and "Lachin" not in after, after
    assert "names=hy" in page.url
    page.get_by_text(SUMMARY_ALL).wait_for()
    wait_for_map(page)
    assert_no_app_exception(page, "Map with Armenian names")
    full_screenshot(page, "map-armenian-names", screenshots)
    # The choice holds on the other pages, and back on the Map.
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Source").click()
    page.locator("mark.cw-place").first.wait_for()
    wait_idle(page)
    assert_no_app_exception(page, "Source with Armenian names")
    checked = page.evaluate("() => [...document.querySelectorAll('input[type=radio]')]"
                            ".filter(r => r.checked).map(r => r.closest('label')?.innerText.trim())")
    assert "Armenian names" in checked, checked
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Map").click()
    wait_for_map(page)
    assert "Stepanakert" in map_places(page) and "Khankendi" not in map_places(page)
    recorder.assert_clean("Armenian names")
