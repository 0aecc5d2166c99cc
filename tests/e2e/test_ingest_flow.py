"""An analyst pastes a report, ingests it, sees its claims on the map and its uncertain picks in Review."""
from __future__ import annotations

import re

import pytest

from conftest import serve
from test_dashboard import full_screenshot, open_page, wait_for_map, wait_idle

pytestmark = pytest.mark.e2e

REPORT = """Convoy reaches Stepanakert

According to the local transport ministry, 120 trucks entered Stepanakert through the Lachin corridor from March 3 to March 9, 2022, most of them carrying flour and fuel.

Officials in Goris said dozens of families had crossed towards Armenia in the same week, but gave no number.
"""


@pytest.fixture(scope="module")
def ingest_app(tmp_path_factory):
    store = tmp_path_factory.mktemp("ingest-store") / "cw.gpkg"
    with serve(tmp_path_factory.mktemp("streamlit-ingest"), {"CORRIDOR_WATCH_STORE": str(store)}) as server:
        yield server


def test_paste_ingest_map_review(page, ingest_app, recorder, screenshots):
    open_page(page, ingest_app, "/ingest")
    # a page opened by its URL still runs inside app.py's navigation (not Streamlit's old pages/ mode)
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "Ingest" in nav and "Review" in nav and "app" not in nav.split(), nav
    page.get_by_label("Paste the report").fill(REPORT)
    page.get_by_role("textbox", name="Outlet", exact=True).fill("Test Wire")  # not the sidebar's "Outlets" filter
    page.get_by_role("spinbutton", name="year, Published").click()
    page.keyboard.type("2022")
    page.get_by_role("spinbutton", name="month, Published").click()
    page.keyboard.type("03")
    page.get_by_role("spinbutton", name="day, Published").click()
    page.keyboard.type("10")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Ingest").click()
    success = page.locator('[data-testid="stAlertContentSuccess"]')
    success.wait_for(timeout=60_000)
    # from the text: 120 trucks on 3-9 March 2022, and "dozens of families" (a vague count, to review)
    assert re.search(r"\d+ place mentions \(\d+ to review\), 2 claims \(1 to review\)", success.inner_text()), \
        success.inner_text()
    wait_idle(page)
    full_screenshot(page, "ingest-done", screenshots)

    open_page(page, ingest_app, "/")
    wait_for_map(page)
    summary = page.get_by_text(re.compile(r"dated claims shown")).first.inner_text()
    # a new session opens on the latest burst of claims (the new report, months after the seed's) and says so
    assert "— 3 Mar 2022 – 9 Mar 2022: 2 dated claims shown, 11 outside the window" in summary, summary
    # the data runs on to the embedded arrivals log's last figure (3 Oct 2023)
    page.get_by_text("The window is the latest burst of claims; the data runs 11 Jul 2021 – 3 Oct 2023").wait_for()
    page.get_by_role("combobox", name="Jump to").click()
    page.get_by_role("option", name=re.compile(r"^All dates")).click()
    page.get_by_text(re.compile(r"— 11 Jul 2021 – 3 Oct 2023: 13 dated claims shown")).first.wait_for(timeout=30_000)
    wait_idle(page)
    full_screenshot(page, "map-after-ingest", screenshots)

    open_page(page, ingest_app, "/review")
    page.get_by_role("tab", name="Claims (1)").click()  # only the vague one waits; the counted one does not
    page.get_by_text(re.compile("Officials in Goris said dozens of families had crossed")).first.wait_for(timeout=30_000)
    wait_idle(page)
    full_screenshot(page, "review", screenshots)
    recorder.assert_clean("ingest, map and review")


BAD_LOG = ("observed_at,checkpoint,direction,vehicle_type,count\n"
           "2023-09-24T10:00+04:00,Kornidzor,in,bus,12\n"
           "2023-02-30,Kornidzor,in,truck,3\n"
           "2023-09-25,Atlantis,in,truck,4\n"
           "2023-09-25,Hakari bridge,towards Goris,people,30\n")


def test_a_log_with_bad_rows_is_refused_then_its_good_rows_land(page, ingest_app, screenshots, tmp_path):
    log = tmp_path / "sheet.csv"
    log.write_text(BAD_LOG, encoding="utf-8")
    open_page(page, ingest_app, "/ingest")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').nth(1).set_input_files(str(log))
    page.get_by_role("textbox", name="Source", exact=True).fill("Hand-made test sheet")
    page.get_by_role("textbox", name="Claimant", exact=True).fill("Test team")
    page.get_by_role("button", name="Import the log").click()
    error = page.locator('[data-testid="stAlertContentError"]')
    error.wait_for(timeout=60_000)
    said = error.inner_text()
    assert "2 of 4 rows are bad" in said and "nothing was written" in said, said
    assert "impossible date (no such day)" in said and "unknown checkpoint" in said, said
    page.locator('[data-testid="stDataFrame"]').last.wait_for()  # every problem, by line (drawn on a canvas)
    page.get_by_role("checkbox", name=re.compile("^Skip bad rows")).check(force=True)
    page.get_by_role("button", name="Import the log").click()
    success = page.locator('[data-testid="stAlertContentSuccess"]')
    success.wait_for(timeout=60_000)
    assert success.inner_text().startswith("imported 2 rows as log-"), success.inner_text()
    page.get_by_text("2 bad rows were left out.").wait_for()
    page.get_by_role("button", name=re.compile("^Download the bad rows")).wait_for()
    full_screenshot(page, "ingest-log-skip-bad", screenshots)
