"""Briefing features in a real browser: a copied link opens the same view, present mode is clean,
the PNG button downloads the picture, and playback steps the window day by day.

Run: .venv/bin/python -m pytest tests/e2e/test_briefing.py -q
"""
from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.model import Window  # noqa: E402
from geo.view.viewstate import fit_zoom  # noqa: E402
from tests.e2e.test_dashboard import (  # noqa: E402
    DECK_CANVAS, assert_no_app_exception, countries, ds, SUMMARY_ALL, SUMMARY_AUG, map_view, open_page, wait_for_map,
    wait_idle,
)

pytestmark = pytest.mark.e2e
__all__ = ["ds", "countries"]  # module fixtures shared with test_dashboard

AUG = Window(date(2021, 8, 11), date(2021, 9, 10))
LINK = "/?from=2021-08-11&to=2021-09-10&names=hy&claim=trend-c09&lon=46.6500&lat=39.7200&zoom=9.00"


def query(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query))


def test_copied_link_opens_the_same_view(page, app, recorder, ds, countries, browser):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app.url)
    open_page(page, app, LINK)
    wait_for_map(page)
    page.get_by_text(SUMMARY_AUG).wait_for()
    page.get_by_role("heading", name="Selected claim").wait_for()
    seen = map_view(page)
    # the link keeps its centre and zoom, and now says the size of the frame it was seen in
    assert query(page.url) == {**query(LINK), "px": f"{seen['width']}x{seen['height']}"}
    assert (seen["longitude"], seen["latitude"], seen["zoom"]) == (46.65, 39.72, 9.0)
    assert page.get_by_role("slider", name="Date window — start").get_attribute("aria-valuetext") == "11 Aug 2021"
    page.get_by_text("Share this view").click()
    frame = page.frame_locator("iframe").first
    frame.get_by_role("button", name="Copy link to this view").click()
    frame.get_by_text("Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(app.url) and query(copied) == query(page.url)
    recorder.assert_clean("link")

    # a colleague opens the copied link in a new browser context
    other = browser.new_context(viewport={"width": 1600, "height": 1100})
    try:
        colleague = other.new_page()
        colleague.goto(copied, wait_until="domcontentloaded")
        wait_idle(colleague)
        wait_for_map(colleague)
        assert_no_app_exception(colleague, "copied link")
        colleague.get_by_text(SUMMARY_AUG).wait_for()
        colleague.get_by_role("heading", name="Selected claim").wait_for()
        assert colleague.get_by_role("radio", name="Armenian names").is_checked()
        theirs = map_view(colleague)
        # a larger screen: the same centre, zoomed so that exactly the frame the sender saw fits it
        fitted = fit_zoom(9.0, (seen["width"], seen["height"]), (theirs["width"], theirs["height"]))
        assert (theirs["longitude"], theirs["latitude"], theirs["zoom"]) == (46.65, 39.72, fitted)
        w, s, e, n = seen["bounds"]
        tw, ts, te, tn = theirs["bounds"]
        assert tw <= w + 1e-3 and ts <= s + 1e-3 and te >= e - 1e-3 and tn >= n - 1e-3, (seen, theirs)
        assert min((te - tw) / (e - w), (tn - ts) / (n - s)) == pytest.approx(1.0, abs=0.02)
        assert query(colleague.url) == {**query(LINK), "zoom": f"{fitted:.2f}",
                                        "px": f"{theirs['width']}x{theirs['height']}"}
    finally:
        other.close()


def test_hostile_link_shows_a_notice_and_the_default_view(page, app, recorder, ds, countries):
    open_page(page, app, "/?from=%3Cscript%3Ealert(1)%3C/script%3E&zoom=NaN&names=%3Cimg%20src=x%3E")
    wait_for_map(page)
    page.get_by_text("Link: 'from'", exact=False).first.wait_for()
    page.get_by_text(SUMMARY_ALL).wait_for()
    assert page.evaluate("document.querySelectorAll('img[src=x]').length") == 0
    assert "<" not in page.url and "script" not in page.url
    recorder.assert_clean("hostile link")


def test_present_mode(page, app, recorder, screenshots):
    page.set_viewport_size({"width": 1920, "height": 1080})
    open_page(page, app, "/?present=1&names=both")
    wait_for_map(page)
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    assert page.locator(".cw-present-source").inner_text() == (
        "Source: Trend, Sep–Dec 2021 — as reported, not independently verified.")
    assert page.get_by_text("Legend").first.is_visible()
    assert page.get_by_text("11 July – 10 September 2021").first.is_visible()
    assert page.get_by_role("button", name="PNG").count() == 0  # no controls in the picture
    box = page.locator(DECK_CANVAS).bounding_box()
    assert box and box["width"] > 0.65 * 1920  # the map takes most of the width, the panel the rest
    page.wait_for_timeout(1500)
    page.screenshot(path=str(screenshots / "present-mode.png"))
    page.get_by_role("button", name="Exit present mode").click()
    wait_idle(page)
    page.locator('[data-testid="stSidebar"]').wait_for(state="visible")
    assert "present" not in query(page.url)
    recorder.assert_clean("present mode")


def test_png_button_downloads_the_picture(page, app, recorder, screenshots):
    open_page(page, app, "/?from=2021-08-11&to=2021-09-10&claim=trend-c09")
    wait_for_map(page)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="PNG", exact=True).click()
    download = info.value
    assert download.suggested_filename == "corridor-watch_20210811-20210910.png"
    data = Path(download.path()).read_bytes()
    image = Image.open(io.BytesIO(data))
    assert image.size == (1920, 1080)
    (screenshots / "exported-view.png").write_bytes(data)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="Slides", exact=True).click()
    assert info.value.suggested_filename.endswith(".pptx")
    assert Path(info.value.path()).read_bytes()[:2] == b"PK"
    recorder.assert_clean("export buttons")


def test_playback_steps_day_by_day(page, app, recorder):
    open_page(page, app, "/?from=2021-08-09&to=2021-08-12")
    wait_for_map(page)
    page.get_by_role("button", name="Play", exact=True).click()
    page.get_by_text("Playback: 9 Aug 2021").wait_for(timeout=20_000)
    page.get_by_text("Playback: 11 Aug 2021").wait_for(timeout=20_000)
    # 11 August: the 58-trucks period total appears as its period begins, whole
    page.get_by_text("11 August 2021 — 11 Aug 2021 – 11 Aug 2021", exact=False).first.wait_for()
    page.get_by_text("Playback: 12 Aug 2021").wait_for(timeout=20_000)
    page.get_by_role("button", name="Play", exact=True).wait_for(timeout=20_000)  # it stops at the window's end
    assert_no_app_exception(page, "playback")
    recorder.assert_clean("playback")


def test_wheel_zoom_reaches_the_link_and_the_export(page, app, recorder, tmp_path, browser):
    """Zoom with the wheel: the map reports its view, the link carries it, the PNG button draws that frame
    (the same picture as the command line draws from the link), and a colleague opening the link sees it."""
    from geo.cli import main as cli

    open_page(page, app, "/?from=2021-08-11&to=2021-09-10")
    wait_for_map(page)
    opening = map_view(page)["zoom"]
    assert query(page.url)["zoom"] == f"{opening:.2f}"
    box = page.locator(DECK_CANVAS).bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.35)  # towards Shusha
    page.mouse.wheel(0, -500)
    page.wait_for_function("z => new URLSearchParams(location.search).get('zoom') !== z", arg=f"{opening:.2f}",
                           timeout=30_000)
    wait_idle(page)
    link = query(page.url)
    reported = page.evaluate("() => JSON.parse(document.querySelector('.cw-map').getAttribute('data-view'))")
    assert float(link["zoom"]) > opening + 0.5 and float(link["zoom"]) == pytest.approx(reported["zoom"], abs=0.01)
    assert float(link["lon"]) == pytest.approx(reported["longitude"], abs=1e-4)
    assert float(link["lat"]) == pytest.approx(reported["latitude"], abs=1e-4)
    # the map now knows its frame: the diplomatic event at Baku (11 August) is in the window, not in view
    page.get_by_text("Outside it: Baku (", exact=False).wait_for(timeout=30_000)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="PNG", exact=True).click()
    shown = Path(info.value.path()).read_bytes()
    out = tmp_path / "from-link.png"
    assert cli(["export", "view", "--link", page.url, "--format", "png", "--out", str(out)]) == 0
    assert shown == out.read_bytes()  # the button drew exactly the frame the link describes
    other = browser.new_context(viewport={"width": 1600, "height": 1100})
    try:
        colleague = other.new_page()
        colleague.goto(page.url, wait_until="domcontentloaded")
        wait_for_map(colleague)
        seen = map_view(colleague)
        sent_px = tuple(int(v) for v in link["px"].split("x"))
        fitted = fit_zoom(float(link["zoom"]), sent_px, (seen["width"], seen["height"]))  # the same frame, fitted
        assert (seen["longitude"], seen["latitude"], seen["zoom"]) == pytest.approx(
            (float(link["lon"]), float(link["lat"]), fitted), abs=1e-3)
    finally:
        other.close()
    recorder.assert_clean("wheel zoom round trip")


def test_the_view_survives_every_page_and_back(page, app, recorder):
    """Zoom in, visit every other page through the sidebar, come back: the same layers (the spec's hash),
    legend, frame, link and exported picture."""
    open_page(page, app, "/?from=2021-08-11&to=2021-09-10&names=az")
    wait_for_map(page)
    opening = map_view(page)["zoom"]
    box = page.locator(DECK_CANVAS).bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.4)
    page.mouse.wheel(0, -300)
    page.wait_for_function("z => new URLSearchParams(location.search).get('zoom') !== z", arg=f"{opening:.2f}",
                           timeout=30_000)
    wait_for_map(page)

    def snapshot() -> dict:
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name="PNG", exact=True).click()
        return {"link": query(page.url), "view": map_view(page),
                "spec": page.get_attribute(".cw-map", "data-spec-id"),
                "legend": page.locator(".cw-legend").first.inner_text(),
                "png": Path(info.value.path()).read_bytes()}

    before = snapshot()
    assert float(before["link"]["zoom"]) > opening and "layers" not in before["link"]  # every layer on
    nav = page.locator('[data-testid="stSidebarNav"]')
    for title in ("Timeline", "Claims", "Source", "Review", "Ingest"):
        nav.get_by_role("link", name=title).click()
        page.wait_for_function("p => location.pathname === p", arg=f"/{title.lower()}", timeout=45_000)
        wait_idle(page)
        assert_no_app_exception(page, title)
        nav.get_by_role("link", name="Map").click()  # back to the Map from every page, not only the last
        page.wait_for_function("() => location.pathname === '/'", timeout=45_000)
        wait_for_map(page)
        assert query(page.url) == before["link"], f"after {title}"
        assert page.locator(".cw-legend").first.inner_text() == before["legend"], f"after {title}"
    after = snapshot()
    for key in ("link", "spec", "legend"):
        assert after[key] == before[key], key
    b, a = before["view"], after["view"]  # the link rounds the centre to 4 decimals: ~10 m
    assert (a["zoom"], a["width"], a["height"]) == (b["zoom"], b["width"], b["height"])
    assert a["longitude"] == pytest.approx(b["longitude"], abs=1e-4)
    assert a["latitude"] == pytest.approx(b["latitude"], abs=1e-4)
    assert a["bounds"] == pytest.approx(b["bounds"], abs=2e-4)
    assert after["png"] == before["png"]
    recorder.assert_clean("Map → every page → Map")
