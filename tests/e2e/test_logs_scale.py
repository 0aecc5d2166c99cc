"""A million logged rows in the store: the Map and the Timeline draw, and moving the slider changes the logged
figures shown at once (the daily cube answers; the rows are never sent)."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import serve
from test_dashboard import full_screenshot, open_page, wait_for_map, wait_idle

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from logs_gen import generate, write  # noqa: E402

pytestmark = pytest.mark.e2e
ROWS = 1_000_000
LOGGED = re.compile(r"Logged in this window \(structured logs")


@pytest.fixture(scope="module")
def million_app(tmp_path_factory):
    from geo.logs.importing import import_log_file
    from geo.logs.model import LogMeta
    from geo.store import open_store
    from geo.store.logs import log_imports

    work = tmp_path_factory.mktemp("million")
    log = work / "synthetic.csv"
    write(generate(ROWS), log)
    store = open_store(work / "cw.gpkg")
    import_log_file(log, LogMeta("SYNTHETIC log from bench/logs_gen.py", "benchmark (synthetic)"), store)
    assert sum(i.rows for i in log_imports(store)) == ROWS + 54  # and the embedded arrivals log
    with serve(tmp_path_factory.mktemp("streamlit-million"), {"CORRIDOR_WATCH_STORE": str(store.path)}) as server:
        yield server


def _largest(text: str) -> dict[str, int]:
    """Each checkpoint's largest logged figure, as the caption writes it ('Kapan / Gafan · log: 1,234 people in; …')."""
    out = {}
    for name, figure in re.findall(r"([^—:]+?) · log: (?:at least |≥)?(\d[\d,]*) ", text.split("claims): ", 1)[-1]):
        out[name.strip(" —")] = int(figure.replace(",", ""))
    return out


def test_a_million_rows_draw_and_the_slider_moves_the_logged_figures(page, million_app, recorder, screenshots):
    open_page(page, million_app, "/")
    wait_for_map(page)
    caption = page.get_by_text(LOGGED).first
    caption.wait_for(timeout=60_000)
    before = caption.inner_text()
    wide = _largest(before)
    assert len(wide) == 6 and all(v > 0 for v in wide.values()), before  # six synthetic checkpoints
    end_thumb = page.get_by_role("slider", name="Date window — end")
    end_thumb.focus()
    for _ in range(20):  # 20 days off the end of the window: every logged sum shrinks or stays
        end_thumb.press("ArrowLeft")
    page.wait_for_function("(before) => ![...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
                           ".some(e => e.innerText === before)", arg=before, timeout=60_000)
    after = page.get_by_text(LOGGED).first.inner_text()
    narrow = _largest(after)
    # a shorter window: no series grows, so no checkpoint's largest figure does, and together they shrink
    assert narrow.keys() == wide.keys() and all(narrow[k] <= wide[k] for k in wide), (wide, narrow)
    assert sum(narrow.values()) < sum(wide.values()), (wide, narrow)
    wait_idle(page)
    full_screenshot(page, "map-million-logged-rows", screenshots)
    open_page(page, million_app, "/timeline")
    page.get_by_text("Logged figures").first.wait_for(timeout=60_000)
    page.locator('[data-testid="stVegaLiteChart"]').nth(1).wait_for(timeout=60_000)
    wait_idle(page)
    full_screenshot(page, "timeline-million-logged-rows", screenshots)
    # the icon is inline: no per-session media file that a reloading page could ask for after it is gone
    assert not [u for u in recorder.requests if urlsplit(u).path.startswith("/media/")], recorder.requests
    recorder.assert_clean("a million logged rows")
