"""Hostile strings in the data show as text in the browser and run nothing."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import serve
from geo.basemap import load_countries
from geo.claims import dated_span
from geo.model import ViewSettings
from geo.store import DATA_DIR, load_dataset
from test_dashboard import click_and_read_quote, open_page, screen_point, shown_map_view, wait_for_map, wait_idle

pytestmark = pytest.mark.e2e

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory):
    data = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(DATA_DIR, data)
    claims = json.loads((data / "claims.json").read_text(encoding="utf-8"))
    c09 = next(c for c in claims["claims"] if c["claim_id"] == "trend-c09")
    c09["claimant"] = SCRIPT
    c01 = next(c for c in claims["claims"] if c["claim_id"] == "trend-c01")
    c01["summary"] = IMG  # an uncounted claim: its summary is its label
    (data / "claims.json").write_text(json.dumps(claims), encoding="utf-8")
    gaz = json.loads((data / "gazetteer.json").read_text(encoding="utf-8"))
    shusha = next(p for p in gaz["places"] if p["place_id"] == "shusha")
    shusha["names"].insert(0, {"text": IMG, "convention": "az", "script": "Latn"})
    (data / "gazetteer.json").write_text(json.dumps(gaz), encoding="utf-8")
    meta_path = next((data / "sources").glob("*.json"))
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["outlet"] = "Trend ![pixel](http://198.51.100.7/pixel.png)"  # Markdown would fetch it
    meta["title"] = IMG + " [click](http://198.51.100.7/)"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def hostile_app(hostile_data, tmp_path_factory):
    with serve(tmp_path_factory.mktemp("streamlit-hostile"), {"CORRIDOR_WATCH_DATA": str(hostile_data)}) as server:
        yield server


def test_hostile_strings_stay_text(page, hostile_app, hostile_data, recorder):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    ds = load_dataset(hostile_data)
    open_page(page, hostile_app, "/")
    wait_for_map(page)
    view = shown_map_view(page, ds, load_countries(), ViewSettings(window=dated_span(ds.claims)))
    row = next(r for r in view.layers.rows["claims"] if r["claim_id"] == "trend-c09")
    x, y = screen_point(page, *row["position"])
    # hover shows the deck.gl tooltip with the hostile claimant, as text
    page.mouse.move(x + row["offset"][0] + 30, y + row["offset"][1])
    tooltip = page.locator(".deck-tooltip")
    tooltip.wait_for(state="visible", timeout=15_000)
    assert SCRIPT in tooltip.inner_text()
    quote = click_and_read_quote(page, x + row["offset"][0] + 30, y + row["offset"][1])
    assert "58 trucks" in quote
    wait_idle(page)

    for path in ("/claims", "/source", "/timeline", "/review", "/ingest"):
        open_page(page, hostile_app, path)
        wait_idle(page)
    open_page(page, hostile_app, "/claims")
    page.get_by_label("Search summary, quote or claimant").fill("script")
    page.keyboard.press("Enter")
    page.get_by_text("1 of 23 claims").wait_for(timeout=30_000)

    assert dialogs == []
    assert page.locator("img[src='x']").count() == 0
    recorder.assert_clean("pages with hostile data")
