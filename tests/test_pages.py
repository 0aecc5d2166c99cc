"""AppTest per page: each runs without exception, and the map's deck spec follows the slider."""
from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.store import DATA_DIR

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = "<img src=x onerror=alert(1)>"


def run_page(name: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app_pages" / f"{name}.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def map_payload(at: AppTest) -> dict:
    """What the Map page hands its map element: the deck spec, where to look, how tall."""
    return json.loads(at.get("bidi_component")[0].proto.json)


def deck_rows(at: AppTest) -> dict[str, list[dict]]:
    spec = map_payload(at)["spec"]
    return {layer["id"]: layer["data"] for layer in spec["layers"] if isinstance(layer.get("data"), list)}


def shown_line(at: AppTest) -> str:
    return next(m.value.split("** — ")[-1] for m in at.markdown if "dated claims shown" in m.value)


def test_map_page_full_window():
    at = run_page("map")
    assert "11 Jul 2021 – 10 Sep 2021: 11 dated claims shown, 0 outside the window, 12 undated" in shown_line(at)
    rows = deck_rows(at)
    assert sorted(r["claim_ids"] for r in rows["flows"]) == [["trend-c02", "trend-c03"], ["trend-c21"]]
    assert len(rows["crossing_days"]) == 1
    assert {"trend-c09", "trend-c10", "trend-c22", "trend-c05"} <= {r["claim_id"] for r in rows["claims"]}
    payload = map_payload(at)
    assert payload["deck_url"] == "/app/static/vendor/deckgl/deckgl.min.js"  # served by this app, offline
    assert not re.search(r"https?://", json.dumps(payload))  # no tile server, no CDN, no style from the web
    assert "{quote}" in payload["spec"]["tooltip"]["template"]
    assert payload["view"] == {"longitude": 46.72, "latitude": 39.47, "zoom": 8.0}


def test_moving_the_slider_changes_the_deck_rows():
    at = run_page("map")
    at.slider(key="window").set_value((date(2021, 8, 11), date(2021, 9, 10))).run()
    assert not at.exception
    assert shown_line(at).startswith("11 Aug 2021 – 10 Sep 2021: 6 dated claims shown, 5 outside the window")
    rows = deck_rows(at)
    assert "flows" not in rows and "crossing_days" not in rows
    assert {r["claim_id"] for r in rows["claims"]} == {
        "trend-c01", "trend-c05", "trend-c06", "trend-c09", "trend-c10", "trend-c15"}

    at.slider(key="window").set_value((date(2021, 7, 11), date(2021, 7, 20))).run()
    rows = deck_rows(at)
    assert rows["crossing_days"][0]["days"] == ["2021-07-11", "2021-07-14", "2021-07-16", "2021-07-17", "2021-07-20"]
    flow = next(r for r in rows["flows"] if r["claim_id"] == "trend-c02")
    assert flow["label"].startswith("35 vehicles")  # the period total, not scaled to ten days
    assert "period runs past the window's end" in flow["note"]


def test_names_radio_changes_the_map_labels():
    at = run_page("map")
    at.radio(key="names").set_value("hy").run()
    labels = {r["place_id"]: r["label"] for r in deck_rows(at)["places"]}
    assert labels["khankendi"] == "Stepanakert" and labels["shusha"] == "Shushi"


def test_layer_switch_removes_flows():
    at = run_page("map")
    at.toggle(key="layer_flows").set_value(False).run()
    assert "flows" not in deck_rows(at)


def test_undated_switch_lists_undated_claims():
    at = run_page("map")
    at.toggle(key="show_undated").set_value(True).run()
    frame = at.dataframe[-1].value
    assert len(frame) == 12 and "trend-c16" in set(frame["claim_id"])


def test_timeline_page():
    at = run_page("timeline")
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2  # the claims, then the embedded log's running totals
    spec = json.loads(charts[0].proto.spec)
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["rect", "bar", "tick"]
    assert any("period totals" in c.value for c in at.caption)
    logs = json.loads(charts[1].proto.spec)
    assert [layer["mark"]["type"] for layer in logs["layer"]] == ["rect", "line", "point"]
    import pyarrow as pa

    rows = [r for d in charts[1].proto.datasets for r in pa.ipc.open_stream(d.data.data).read_all().to_pylist()]
    stated = {(r["value"], r["claimant"]) for r in rows if "claimant" in r}
    # figures of the embedded arrivals log (data/logs/arrivals-2023.csv), each with who stated it
    assert (13350, "Government of PM Pashinyan (via ILKHA)") in stated and max(v for v, _ in stated) == 100625
    assert any("never added to another log" in c.value for c in at.caption)


def test_claims_page_filters():
    at = run_page("claims")
    assert any(m.value == "**23 of 23 claims**" for m in at.markdown)
    at.multiselect(key="claims_kinds").set_value(["population_movement"]).run()
    assert any(m.value == "**2 of 23 claims**" for m in at.markdown)
    frame = at.dataframe[0].value
    assert set(frame["claim_id"]) == {"trend-c21", "trend-c22"}
    assert {"quote", "quote_start", "quote_end", "claimant", "count_qualifier", "derived"} <= set(frame.columns)


def test_source_page_marks_places_and_folds_chrome():
    at = run_page("source")
    body = "".join(h.proto.body for h in at.get("html"))
    assert "<mark class='cw-place' title='khankendi'>Khankendi</mark>" in body
    assert at.expander[0].label.startswith("Page chrome, not part of the article")
    # the seed names Gorus and Gafan only inside "the Gorus-Gafan highway": one mention, three places named
    named = next(c.value for c in at.caption if c.value.startswith("Places this text names")).replace("\\", "")
    for place in ("Goris–Kapan (Gorus–Gafan) highway", "Goris / Gorus", "Kapan / Gafan", "Lachin corridor"):
        assert place in named, (place, named)


def test_app_navigation_runs_every_page():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    for page in ("app_pages/timeline.py", "app_pages/claims.py", "app_pages/source.py", "app_pages/map.py", "app_pages/ingest.py", "app_pages/review.py",
                 "app_pages/history.py"):
        at.switch_page(page).run()
        assert not at.exception, page


@pytest.fixture
def hostile_data(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    claims = json.loads((data / "claims.json").read_text(encoding="utf-8"))
    claims["claims"][1]["summary"] = HOSTILE
    claims["claims"][1]["claimant"] = "</script><script>alert(2)</script>"
    (data / "claims.json").write_text(json.dumps(claims), encoding="utf-8")
    gaz = json.loads((data / "gazetteer.json").read_text(encoding="utf-8"))
    gaz["places"][0]["names"].insert(0, {"text": HOSTILE, "convention": "as_written", "script": "Latn"})
    (data / "gazetteer.json").write_text(json.dumps(gaz), encoding="utf-8")
    monkeypatch.setenv("CORRIDOR_WATCH_DATA", str(data))
    return data


@pytest.mark.parametrize("page", ["map", "claims", "source", "timeline"])
def test_hostile_strings_are_shown_as_text(hostile_data, page):
    at = run_page(page)
    if page == "map":
        at.toggle(key="show_undated").set_value(True).run()
        at.radio(key="names").set_value("as_written").run()
    html = "".join(h.proto.body for h in at.get("html")) + "".join(m.value for m in at.markdown)
    assert "<img src=x" not in html and "<script>" not in html
    if page == "timeline":
        # the Timeline does show the hostile claimant — as chart data, which Vega draws as text, never as HTML
        charts = [n for n in at.main.children.values() if getattr(n, "type", "") == "vega_lite_chart"]
        data = "".join(d.data.data.decode("utf-8", "replace") for c in charts for d in c.proto.datasets)
        assert "</script><script>alert(2)</script>" in data


REPORT = ("Convoy reaches Stepanakert\n\n"
          "According to the local transport ministry, 120 trucks entered Stepanakert through the Lachin corridor "
          "from March 3 to March 9, 2022, most of them carrying flour and fuel.\n\n"
          "Officials in Goris said dozens of families had crossed towards Armenia in the same week.\n")


@pytest.fixture
def own_store(tmp_path, monkeypatch):
    path = tmp_path / "pages.gpkg"
    monkeypatch.setenv("CORRIDOR_WATCH_STORE", str(path))
    return path


def test_ingest_page_adds_a_pasted_report(own_store):
    from geo.store import GeoPackageStore

    at = run_page("ingest")
    at.text_area(key="ingest_text").input(REPORT)
    at.text_input(key="ingest_outlet").input("Test Wire")
    at.date_input(key="ingest_published").set_value(date(2022, 3, 10))
    at.button(key="ingest_go").click().run()
    assert not at.exception
    assert any("place mentions" in s.value for s in at.success), [e.value for e in at.error]
    ds = GeoPackageStore(own_store).read()
    assert [s.outlet for s in ds.sources] == ["Trend", "Test Wire"]

    # the new claims are on the map, in a window that holds them
    at = run_page("map")
    at.slider(key="window").set_value((date(2021, 7, 11), date(2022, 3, 9))).run()
    rows = deck_rows(at)
    labels = [r["label"] for r in rows.get("claims", []) + rows.get("flows", [])]
    assert any(label.startswith("120 trucks") for label in labels), labels


def test_ingest_page_warns_before_writing_when_no_publication_date_is_known(own_store):
    from geo.store import GeoPackageStore

    at = run_page("ingest")
    at.text_area(key="ingest_text").input(REPORT).run()
    assert [w.value.replace("\\", "") for w in at.warning] == [  # markdown escapes dropped
        "No publication date entered, and none found in the text: dates that need a year are flagged 'year "
        "unknown', never read against today. Enter it above if you know it."]
    assert [s.outlet for s in GeoPackageStore(own_store).read().sources] == ["Trend"]  # nothing written yet

    at.text_area(key="ingest_text").input("Convoy reaches Stepanakert\n\nYEREVAN, March 10, 2022 (Wire) — "
                                          + REPORT.split("\n\n", 1)[1]).run()
    assert not at.warning
    assert [i.value.replace("\\", "") for i in at.info][0].startswith("No date entered: the text gives its own, published 2022-03-10 "
                                                    "(dateline 'YEREVAN, March 10, 2022")


def test_ingest_page_refuses_empty_input(own_store):
    at = run_page("ingest")
    at.button(key="ingest_go").click().run()
    assert at.error and "Paste a report" in at.error[0].value


def test_review_page_confirms_an_uncertain_claim(own_store):
    from geo.ingest import SourceMeta, ingest
    from geo.store import GeoPackageStore

    store = GeoPackageStore(own_store)
    store.ensure_seeded()
    ingest(REPORT, SourceMeta(outlet="Test Wire", published=date(2022, 3, 10)), store)
    at = run_page("review")
    uncertain = [c for c in store.read().claims if c.uncertain]
    assert uncertain, "the vague 'dozens of families' claim waits for review"
    assert at.tabs[1].label == f"Claims ({len(uncertain)})"
    at.radio(key="review_claim_choice").set_value("confirm").run()
    at.button(key="review_claim_save").click().run()
    assert not at.exception
    assert sum(1 for c in store.read().claims if c.uncertain) == len(uncertain) - 1


def test_review_page_grades_a_source(own_store):
    from geo.store import GeoPackageStore

    at = run_page("review")
    at.select_slider(key="grade_source_value").set_value("B").run()
    at.button(key="grade_source_save").click().run()
    assert GeoPackageStore(own_store).read().sources[0].reliability == "B"


def test_review_places_a_point_on_an_offline_map(own_store):
    from geo.ingest import SourceMeta, ingest
    from geo.store import GeoPackageStore

    store = GeoPackageStore(own_store)
    store.ensure_seeded()
    text = ("Border brief\n\nOn 3 March 2022, some 40 trucks crossed at Agarak and Martuni, "
            "the border service said in a statement to reporters.\n")
    ingest(text, SourceMeta(outlet="Brief", published=date(2022, 3, 10)), store)
    at = run_page("review")
    assert at.selectbox(key="review_mention").options, "Agarak and Martuni are homonyms: they wait for review"
    at.radio(key="review_mention_choice").set_value("place").run()
    at.number_input(key="review_lon").set_value(46.2).run()
    at.number_input(key="review_lat").set_value(38.9).run()
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)  # the Review page's small preview map
    assert spec["mapStyle"] == "/app/static/style.json"
    at.button(key="review_mention_save").click().run()
    assert not at.exception
    ds = store.read()
    placed = [m for m in ds.mentions if m.review_status == "corrected"]
    assert len(placed) == 1 and ds.place(placed[0].place_id).wkt == "POINT (46.20000 38.90000)"


def test_a_window_that_was_all_the_data_grows_with_an_ingest(own_store):
    from geo.ingest import SourceMeta, ingest
    from geo.store import open_store
    from geo.store.logs import delete_log, log_imports

    for log in log_imports(open_store()):  # the embedded logs run to Oct 2023: without them the window is all
        delete_log(open_store(), log.log_id)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert at.slider(key="window").value == (date(2021, 7, 11), date(2021, 9, 10))
    ingest(REPORT, SourceMeta(outlet="Test Wire", published=date(2022, 3, 10)), open_store())
    at.run()
    assert at.slider(key="window").value == (date(2021, 7, 11), date(2022, 3, 9))


def test_typed_dates_and_quick_ranges_move_the_window():
    at = run_page("map")
    # the box starts on the data's span: the claims (2021) and the embedded arrivals log (to 3 Oct 2023)
    assert at.date_input(key="window_dates").value == (date(2021, 7, 11), date(2023, 10, 3))
    at.date_input(key="window_dates").set_value((date(2021, 9, 10), date(2021, 8, 11)))  # typed the wrong way round
    next(b for b in at.button if b.label == "Apply").click().run()
    assert not at.exception
    assert at.slider(key="window").value == (date(2021, 8, 11), date(2021, 9, 10))
    assert shown_line(at).startswith("11 Aug 2021 – 10 Sep 2021: 6 dated claims shown, 5 outside the window")
    box = at.selectbox(key="window_quick")
    assert box.options == ["Last 30 days: 4 Sep 2023 – 3 Oct 2023", "Last 90 days: 6 Jul 2023 – 3 Oct 2023",
                           "Latest burst: 11 Jul 2021 – 10 Sep 2021", "All dates: 11 Jul 2021 – 3 Oct 2023"]
    box.set_value("Last 30 days").run()
    assert at.slider(key="window").value == (date(2023, 9, 4), date(2023, 10, 3))
    # a window with no claim, only the log: the map still shows the logged figures, as a log
    (ring,) = deck_rows(at)["logs"]
    # its label (the short form where the long one finds no room) and its tooltip, every series and claimant
    assert ring["label"] in ("Hakari bridge · log: 100,625 people towards Armenia, running total as of 3 Oct 2023; "
                             "21,195 vehicles towards Armenia, running total as of 3 Oct 2023",
                             "Hakari bridge · log: 100,625 people by 3 Oct",
                             "Hakari bridge\nlog: 100,625 people by 3 Oct"), ring["label"]
    assert "Hakari bridge · 21,195 vehicles towards Armenia · running total as of 3 Oct 2023" in ring["what"]
    assert ring["title"] == "Hakari bridge — logged figures (structured records, not reports)"
    assert at.selectbox(key="window_quick").value is None  # ready for the next jump


def test_a_sidebar_filter_narrows_every_page_and_goes_into_the_link():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.multiselect(key="filter_kinds").set_value(["exit"]).run()
    assert not at.exception
    line = shown_line(at)
    assert line.startswith("11 Jul 2021 – 10 Sep 2021: 1 dated claims shown") and "only claims with kind: exit" in line
    assert at.query_params["kind"] in ("exit", ["exit"])
    labels = [r["label"] for r in deck_rows(at).get("claims", [])]
    assert len(labels) == 1 and labels[0].startswith("55 trucks left")  # the seed's one dated exit
    at.switch_page("app_pages/claims.py").run()
    assert not at.exception
    # data/claims.json holds one exit claim (grep -c "\"kind\": \"exit\"")
    assert any(m.value.startswith("**1 of 1 claims**") for m in at.markdown), [m.value for m in at.markdown]


def _damaged(kind: str, path) -> bytes:
    good = (ROOT / "tests" / "data" / "eval" / "seed.json").read_bytes()  # any real bytes for the truncated case
    data = {"empty": b"", "random": bytes(range(256)) * 40, "csv": b"place,count\nGoris,40\n",
            "truncated": b"SQLite format 3\x00" + good[:3000]}[kind]
    path.write_bytes(data)
    return data


@pytest.mark.parametrize("kind", ["empty", "random", "csv", "truncated"])
@pytest.mark.parametrize("page", ["map", "ingest", "timeline", "claims", "source", "review"])
def test_a_damaged_store_gets_a_message_on_every_page_and_is_left_as_it_was(tmp_path, monkeypatch, kind, page):
    path = tmp_path / "damaged.gpkg"
    before = _damaged(kind, path)
    monkeypatch.setenv("CORRIDOR_WATCH_STORE", str(path))
    at = AppTest.from_file(str(ROOT / "app_pages" / f"{page}.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    assert [e.value.replace("\\", "") for e in at.error][0].startswith(f"The store cannot be read: {path}")
    assert path.read_bytes() == before


def test_ingest_page_says_the_store_is_busy_and_adds_nothing(own_store, monkeypatch):
    from filelock import FileLock

    import geo.store.gpkg as gpkg
    from geo.store import GeoPackageStore

    run_page("map")  # the store is seeded on first use
    monkeypatch.setattr(gpkg, "LOCK_TIMEOUT_S", 0.2)
    at = run_page("ingest")
    at.text_area(key="ingest_text").input(REPORT)
    at.date_input(key="ingest_published").set_value(date(2022, 3, 10))
    with FileLock(str(own_store) + ".lock"):  # another writer holds the store
        at.button(key="ingest_go").click().run()
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [
        f"Nothing was added: {own_store} is busy: another writer has held it for 0.2 s; nothing was written, "
        "try again in a moment"]
    assert [s.outlet for s in GeoPackageStore(own_store).read().sources] == ["Trend"]


def test_hostile_strings_in_a_log_are_shown_as_text(own_store):
    from geo.logs.importing import import_log_bytes
    from geo.logs.model import LogMeta
    from geo.store import open_store

    log = ("observed_at,checkpoint,direction,unit,count,note\n"
           f"2021-08-01,Kornidzor,in,\"{HOSTILE}\",7,\"{HOSTILE}\"\n")
    import_log_bytes(log.encode(), "hostile.csv", LogMeta(HOSTILE, "</script><script>alert(2)</script>"),
                     open_store(), today=date(2026, 12, 1))
    at = run_page("map")
    html = "".join(h.proto.body for h in at.get("html")) + "".join(m.value for m in at.markdown)
    assert "<img src=x" not in html and "<script>" not in html
    captions = "".join(c.value for c in at.caption)  # Markdown: a tag must come escaped ("\<img"), shown as text
    assert "\\<img src=x" in captions and not re.search(r"(?<!\\)<(img|/?script)", captions), captions
    (ring,) = deck_rows(at)["logs"]
    # data as written: the TextLayer draws it as text, and the map element escapes every tooltip value in JS
    # before it joins the template (geo/export/standalone.py; the browser test test_hostile.py runs that code)
    assert HOSTILE.lower() in (ring["label"] or ring["hidden_label"]) and "</script><script>alert(2)</script>" in ring["who"]


@pytest.mark.parametrize("page", ["claims", "timeline", "source"])
def test_a_hostile_link_on_another_page_is_named_and_taken_out_of_the_address(page):
    at = AppTest.from_file(str(ROOT / "app_pages" / f"{page}.py"), default_timeout=60)
    at.query_params["names"] = HOSTILE
    at.query_params["from"] = "2021-08-11"
    at.query_params["zoom"] = "javascript:alert(1)"
    at.run()
    assert not at.exception
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert any("'names'" in w for w in warnings) and any("'zoom'" in w for w in warnings)
    assert not any("<img" in str(v) or "javascript" in str(v) for v in at.query_params.values())
    assert at.query_params["from"] in ("2021-08-11", ["2021-08-11"])  # what was good stays in the link
