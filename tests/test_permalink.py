"""The map page and its link, in AppTest: a link reproduces its view, the URL follows every change,
present mode hides the controls, and a hostile link falls back to defaults with a notice."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
LINK = {"from": "2021-08-11", "to": "2021-09-10", "names": "both", "layers": "borders,places,flows,claims",
        "claim": "trend-c09", "lon": "46.6000", "lat": "39.7000", "zoom": "9.25"}


def open_link(query: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def deck(at: AppTest) -> dict:
    payload = json.loads(at.get("bidi_component")[0].proto.json)
    return {**payload["spec"], "view": payload["view"]}


def url(at: AppTest) -> dict[str, str]:
    return {k: v[-1] if isinstance(v, list) else v for k, v in at.query_params.items()}


def test_a_link_reproduces_its_view():
    at = open_link(LINK)
    assert at.slider(key="window").value == (date(2021, 8, 11), date(2021, 9, 10))
    assert at.radio(key="names").value == "both"
    assert [at.toggle(key=f"layer_{n}").value for n in ("flows", "crossing_days", "routes")] == [True, False, False]
    spec = deck(at)
    assert spec["initialViewState"]["longitude"] == 46.6 and spec["initialViewState"]["zoom"] == 9.25
    ids = {layer["id"] for layer in spec["layers"]}
    assert "routes" not in ids and "crossing_days" not in ids and "selected_ring" in ids
    assert any(s.value == "Selected claim" for s in at.subheader)
    assert url(at) == LINK  # the URL says what is shown
    assert not at.warning


def test_the_url_follows_every_change():
    at = open_link({})
    at.slider(key="window").set_value((date(2021, 7, 20), date(2021, 8, 5))).run()
    at.radio(key="names").set_value("az").run()
    at.toggle(key="layer_borders").set_value(False).run()
    at.number_input(key="map_zoom").set_value(10.0).run()
    got = url(at)
    assert (got["from"], got["to"], got["names"], got["zoom"]) == ("2021-07-20", "2021-08-05", "az", "10.00")
    assert "borders" not in got["layers"].split(",") and "flows" in got["layers"].split(",")
    # ... and that URL, opened fresh, gives the same widgets
    again = open_link(got)
    assert again.slider(key="window").value == (date(2021, 7, 20), date(2021, 8, 5))
    assert again.radio(key="names").value == "az" and again.toggle(key="layer_borders").value is False
    assert deck(again)["initialViewState"]["zoom"] == 10.0


@pytest.mark.parametrize("query, field_check", [
    ({"from": "<script>alert(1)</script>", "names": "javascript:alert(1)", "zoom": "NaN", "claim": "x\"><img>"},
     lambda at: at.slider(key="window").value == (date(2021, 7, 11), date(2021, 9, 10))
     and at.radio(key="names").value == "as_written"),
    ({"from": "2021-09-01", "to": "2021-07-01"},  # the whole span: the claims, then the embedded log to 3 Oct 2023
     lambda at: at.slider(key="window").value == (date(2021, 7, 11), date(2023, 10, 3))),
    ({"lat": "1e999", "lon": "-1e999", "layers": "</script>"},
     lambda at: deck(at)["initialViewState"]["latitude"] == 39.47 and at.toggle(key="layer_flows").value),
])
def test_a_hostile_link_falls_back_with_a_notice(query, field_check):
    at = open_link(query)
    assert field_check(at)
    assert at.warning and all(w.value.startswith("Link") for w in at.warning)
    # the URL is rewritten to the view actually shown: no hostile value stays in it
    assert not any(ch in "".join(url(at).values()) for ch in "<>\"")


def test_present_mode_from_the_link_hides_the_controls():
    at = open_link({"present": "1"})
    assert at.toggle(key="present").value is True
    assert any(b.label == "Exit present mode" for b in at.button)
    assert not at.get("download_button")  # exports are in the normal view
    styles = "".join(h.proto.body for h in at.get("html"))
    assert 'data-testid="stSidebar"' in styles and "display: none" in styles
    assert "Source: Trend, Sep–Dec 2021 — as reported, not independently verified." in styles
    # labels are larger in present mode
    layers = {layer["id"]: layer for layer in deck(at)["layers"]}
    assert layers["place_labels"]["getSize"] == pytest.approx(15 * 1.3)
    assert {"scale_bar", "scale_bar_label", "north_arrow_head", "north_arrow_label"} <= set(layers)
    at.button(key="exit_present").click().run()
    assert at.toggle(key="present").value is False and "present" not in url(at)
    assert len(at.get("download_button")) == 9


def test_share_box_has_the_link():
    at = open_link({"claim": "trend-c09"})
    codes = [c.value for c in at.code]
    assert any("claim=trend-c09" in c and "from=2021-07-11" in c for c in codes)


def test_the_view_survives_a_round_trip_through_every_page():
    """Map → each other page → Map: the layers, legend, position, link and deck are what they were."""
    at = open_link(LINK)
    at.toggle(key="layer_routes").set_value(True).run()
    at.number_input(key="map_zoom").set_value(7.5).run()
    before_url, before_deck = url(at), deck(at)
    before_legend = [h.proto.body for h in at.get("html") if "cw-legend" in h.proto.body]
    assert before_url["zoom"] == "7.50" and "routes" in before_url["layers"].split(",")
    for page in ("timeline", "claims", "source", "ingest", "review"):
        at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception, page
        assert url(at) == before_url, page  # other pages keep the map's link as it was
        at.switch_page("app_pages/map.py").run()
        assert not at.exception, page
        assert url(at) == before_url, page
        assert deck(at)["layers"] == before_deck["layers"], page
        assert deck(at)["initialViewState"] == before_deck["initialViewState"], page
        assert [h.proto.body for h in at.get("html") if "cw-legend" in h.proto.body] == before_legend, page
        assert at.toggle(key="layer_routes").value is True and at.number_input(key="map_zoom").value == 7.5

