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
from tests.e2e.test_dashboard import (  # noqa: E402
    DECK_CANVAS, assert_no_app_exception, countries, ds, expected_summary, open_page, wait_for_map, wait_idle,
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
    page.get_by_text(expected_summary(ds, countries, AUG)).wait_for()
    page.get_by_role("heading", name="Selected claim").wait_for()
    assert query(page.url) == query(LINK)
    assert page.get_by_role("slider", name="Date window — start").get_attribute("aria-valuetext") == "11 Aug 2021"
    page.get_by_text("Share this view").click()
    frame = page.frame_locator("iframe").first
    frame.get_by_role("button", name="Copy link to this view").click()
    frame.get_by_text("Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(app.url) and query(copied) == query(LINK)
    recorder.assert_clean("link")

    # a colleague opens the copied link in a new browser context
    other = browser.new_context(viewport={"width": 1600, "height": 1100})
    try:
        colleague = other.new_page()
        colleague.goto(copied, wait_until="domcontentloaded")
        wait_idle(colleague)
        wait_for_map(colleague)
        assert_no_app_exception(colleague, "copied link")
        colleague.get_by_text(expected_summary(ds, countries, AUG)).wait_for()
        colleague.get_by_role("heading", name="Selected claim").wait_for()
        assert colleague.get_by_role("radio", name="Armenian names").is_checked()
        assert query(colleague.url) == query(LINK)
    finally:
        other.close()


def test_hostile_link_shows_a_notice_and_the_default_view(page, app, recorder, ds, countries):
    open_page(page, app, "/?from=%3Cscript%3Ealert(1)%3C/script%3E&zoom=NaN&names=%3Cimg%20src=x%3E")
    wait_for_map(page)
    page.get_by_text("Link: 'from'", exact=False).first.wait_for()
    full = Window(date(2021, 7, 11), date(2021, 9, 10))
    page.get_by_text(expected_summary(ds, countries, full)).wait_for()
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
    assert box and box["width"] > 1400  # full width
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
    assert query(page.url)["zoom"] == "8.00"
    box = page.locator(DECK_CANVAS).bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.35)  # towards Shusha
    page.mouse.wheel(0, -500)
    page.wait_for_function("() => new URLSearchParams(location.search).get('zoom') !== '8.00'", timeout=30_000)
    wait_idle(page)
    link = query(page.url)
    reported = page.evaluate("() => JSON.parse(document.querySelector('.cw-map').getAttribute('data-view'))")
    assert float(link["zoom"]) > 8.5 and float(link["zoom"]) == pytest.approx(reported["zoom"], abs=0.01)
    assert float(link["lon"]) == pytest.approx(reported["longitude"], abs=1e-4)
    assert float(link["lat"]) == pytest.approx(reported["latitude"], abs=1e-4)
    # the map now knows its frame: the diplomatic event at Baku (11 August) is in the window, not in view
    page.get_by_text("Outside this frame: Baku (", exact=False).wait_for(timeout=30_000)
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
        seen = colleague.evaluate("() => JSON.parse(document.querySelector('.cw-map').getAttribute('data-view'))")
        assert (seen["longitude"], seen["latitude"], seen["zoom"]) == pytest.approx(
            (float(link["lon"]), float(link["lat"]), float(link["zoom"])), abs=1e-3)
    finally:
        other.close()
    recorder.assert_clean("wheel zoom round trip")
