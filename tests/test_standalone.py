"""The offline HTML export: self-contained, the dashboard's layers, every string escaped.
(The browser half is tests/e2e/test_html_export.py.)"""
from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from datetime import date

import pydeck as pdk
import pytest

from geo.view.layers import TOOLTIP, LegendItem, build_map_view
from geo.model import PlaceName, ViewSettings, Window
from geo.export.standalone import (
    DECKGL_JS_PATH, HUD_LAYER_IDS, SPEC_ELEMENT_ID, ExportError, deck_spec, deckgl_js, script_json,
    standalone_html,
)

WINDOW = Window(date(2021, 7, 11), date(2021, 9, 10))
IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "</script><script>window.__pwned=2</script>"
TOOLTIP_FIELDS = {"title", "what", "when", "who", "quote", "source", "note"}
# URLs that sit in the code of the vendored deck.gl bundle (luma.gl's debug tools, loaders.gl's
# worker CDN, prefix checks). The export never reaches them (the browser test asserts no request
# at all); pinned so that an upgrade bringing new ones gets looked at.
BUNDLE_URLS = {
    "deck://", "resource://", "http://", "https://",
    "https://cdn.jsdelivr.net/npm/spectorjs@0.9.30/dist/spector.bundle.js",
    "https://unpkg.com/@loaders.gl",
    "https://unpkg.com/@loaders.gl/${t.module}${a}/dist/${i}",
    "https://unpkg.com/webgl-debug@2.0.1/index.js",
}
URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s\"'`)<>]*")
SPEC_BLOCK = re.compile(rf"<script type='application/json' id='{SPEC_ELEMENT_ID}'>(.*?)</script>", re.S)


def export(deck, legend=(), **texts) -> str:
    kw = dict(title="Crossings and movements, as reported", subtitle="11 Jul 2021 – 10 Sep 2021",
              source_line="Source: Trend", attribution="Borders: Natural Earth (public domain), via world-atlas",
              exported_on="1 Dec 2025")
    kw.update(texts)
    return standalone_html(deck, legend=list(legend), **kw)


def spec_of(html: str) -> dict:
    blocks = SPEC_BLOCK.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def outside_bundle(html: str) -> str:
    js = deckgl_js()
    assert html.count(js) == 1
    return html.replace(js, "")


@pytest.fixture(scope="module")
def view(ds, countries):
    return build_map_view(ds, countries, ViewSettings(window=WINDOW, names="both"))


@pytest.fixture(scope="module")
def html(view):
    return export(view.layers.deck, view.legend)


@pytest.fixture(scope="module")
def hostile_view(ds, countries):
    sources = tuple(dataclasses.replace(s, outlet=f"Trend {IMG}", title=f"{SCRIPT} headline") for s in ds.sources)
    claims = tuple(dataclasses.replace(c, summary=IMG, quote=SCRIPT, claimant=f"{SCRIPT}{IMG}")
                   for c in ds.claims)
    places = tuple(dataclasses.replace(p, name=IMG, names=(PlaceName(IMG, "az"), PlaceName(SCRIPT, "hy"), *p.names))
                   if p.place_id == "shusha" else p for p in ds.places)
    hostile = dataclasses.replace(ds, sources=sources, claims=claims, places=places)
    return build_map_view(hostile, countries, ViewSettings(window=WINDOW, names="both"))


@pytest.fixture(scope="module")
def hostile_html(hostile_view):
    legend = [*hostile_view.legend, LegendItem(IMG, [1, 2, 3, 255], "dot", note=SCRIPT)]
    return export(hostile_view.layers.deck, legend, title=f"{IMG} title", subtitle=SCRIPT,
                  source_line=f"Source: {IMG}", attribution=SCRIPT, exported_on=f"{SCRIPT}1 Dec 2025")


# --- offline, self-contained -----------------------------------------------------------------------

def test_no_urls_outside_the_bundle(html):
    page = outside_bundle(html)
    assert URL.findall(page) == []
    assert "http:" not in page.lower() and "https:" not in page.lower()
    # nothing that loads a resource: no src/href attributes, no stylesheets, no CSS url() or @import
    for pattern in (r"\bsrc\s*=", r"\bhref\s*=", r"<link\b", r"<iframe\b", r"<img\b", r"url\(", r"@import",
                    r"<base\b", r"<object\b", r"<embed\b"):
        assert not re.search(pattern, page, re.I), pattern


def test_bundle_urls_are_the_pinned_inert_ones(html):
    assert set(URL.findall(deckgl_js())) == BUNDLE_URLS
    # and none of them sits where the page would load it
    assert not re.search(r"""(src|href)\s*=\s*["']?[a-z]+://""", html, re.I)


def test_deckgl_is_inlined_once(html):
    js = DECKGL_JS_PATH.read_text(encoding="utf-8")
    assert js.startswith("/*! deck.gl 9.3.")
    assert f"<script>{js}</script>" in html
    assert html.count("root['deck'] = factory()") == 2  # @deck.gl/core and @deck.gl/layers
    assert len(js) < 1_000_000


def test_three_scripts_and_a_csp_that_allows_only_them(html):
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S | re.I)
    assert [attrs for attrs, _ in scripts] == [f" type='application/json' id='{SPEC_ELEMENT_ID}'", "", ""]
    csp = re.search(r"<meta http-equiv='Content-Security-Policy' content=\"([^\"]+)\">", html).group(1)
    hashes = re.findall(r"'sha256-([^']+)'", csp)
    expected = [base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() for _, body in scripts[1:]]
    assert hashes == expected
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-eval" not in directives["script-src"]
    assert "connect-src" not in directives  # falls back to default-src 'none'


# --- the same layers as the dashboard --------------------------------------------------------------

def test_spec_parses_and_holds_the_decks_layers(view, html):
    spec = spec_of(html)
    deck = json.loads(view.layers.deck.to_json())
    expected = [layer for layer in deck["layers"] if layer["id"] not in HUD_LAYER_IDS]
    assert spec["layers"] == expected  # every prop and every row
    assert [layer["data"] for layer in spec["layers"]] == [layer["data"] for layer in expected]
    ids = [layer["id"] for layer in spec["layers"]]
    for name in ("borders", "routes", "flows", "places", "place_labels", "crossing_days", "claims"):
        assert name in ids
    rows = {layer["id"]: layer["data"] for layer in spec["layers"]}
    assert rows["claims"] == json.loads(json.dumps(view.layers.rows["claims"]))
    vs = spec["initialViewState"]
    assert (vs["longitude"], vs["latitude"], vs["zoom"], vs["bearing"], vs["pitch"]) == \
        (deck["initialViewState"]["longitude"], deck["initialViewState"]["latitude"],
         deck["initialViewState"]["zoom"], 0, 0)


def test_pydeck_accessors_and_literals_arrive_as_expected(html):
    """pydeck writes bare strings as "@@=" accessors and strips the quotes of "'auto'"."""
    layers = {layer["id"]: layer for layer in spec_of(html)["layers"]}
    labels = layers["place_labels"]
    assert labels["getPosition"] == "@@=position" and labels["getText"] == "@@=label"
    assert labels["characterSet"] == "auto" and labels["getAlignmentBaseline"] == "center"
    assert labels["fontFamily"] == "DejaVu Sans, Helvetica Neue, Arial, sans-serif"
    assert layers["borders"]["getFillColor"] == "@@=properties.fill"
    assert layers["routes"]["widthUnits"] == "pixels"


def test_tooltip_template_and_fields(html):
    tip = spec_of(html)["tooltip"]
    assert tip["template"] == TOOLTIP["html"] and tip["html"] is True
    assert set(tip["fields"]) == TOOLTIP_FIELDS
    assert tip["style"] == TOOLTIP["style"]
    for layer in spec_of(html)["layers"]:
        if layer.get("pickable"):
            assert layer["data"], layer["id"]
            for row in layer["data"]:
                assert TOOLTIP_FIELDS <= set(row), (layer["id"], sorted(row))


def test_view_is_north_up_even_if_the_deck_is_rotated():
    deck = pdk.Deck(layers=[], initial_view_state=pdk.ViewState(longitude=46, latitude=39, zoom=7, bearing=30,
                                                                 pitch=45))
    vs = deck_spec(deck)["initialViewState"]
    assert (vs["bearing"], vs["pitch"], vs["longitude"], vs["zoom"]) == (0, 0, 46, 7)


def test_the_decks_scale_bar_layers_give_way_to_the_pages():
    bar = [{"path": [[46, 39], [46.3, 39]], "label": "25 km"}]
    dots = [{"position": [46.15, 39]}]
    deck = pdk.Deck(layers=[pdk.Layer("PathLayer", bar, id="scale_bar", get_path="path"),
                            pdk.Layer("ScatterplotLayer", dots, id="dots", get_position="position")],
                    initial_view_state=pdk.ViewState(longitude=46, latitude=39, zoom=7))
    assert [layer["id"] for layer in deck_spec(deck)["layers"]] == ["dots"]
    assert [layer["id"] for layer in deck_spec(deck, omit_layers=())["layers"]] == ["scale_bar", "dots"]
    page = export(deck)
    assert "cw-scale-bar" in page and "25 km" not in page


@pytest.mark.parametrize("layer", [
    pdk.Layer("ScatterplotLayer", [{"lng": 46, "lat": 39}], id="expr", get_position=["lng", "lat"]),
    pdk.Layer("ScatterplotLayer", [{"r": 1}], id="math", get_position="position", get_radius="r * 2"),
    pdk.Layer("IconLayer", [{"position": [46, 39]}], id="icons", get_position="position"),
    pdk.Layer("ScatterplotLayer", "https://example.org/rows.json", id="remote", get_position="position"),
    pdk.Layer("TextLayer", [{"p": [46, 39]}], id="font", get_position="p", font_family="'https://x/font.woff'"),
])
def test_what_cannot_work_offline_or_safely_is_refused(layer):
    deck = pdk.Deck(layers=[layer], initial_view_state=pdk.ViewState(longitude=46, latitude=39, zoom=7))
    with pytest.raises(ExportError):
        export(deck)


# --- hostile strings --------------------------------------------------------------------------------

def test_script_json_cannot_end_its_block():
    value = {"a": SCRIPT, "b": "<!-- x -->", "c": "&amp; \u2028\u2029", "d": [IMG], "e": float("nan")}
    text = script_json(value)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert json.loads(text) == {**value, "e": None}


def test_hostile_strings_appear_only_escaped(hostile_view, hostile_html):
    page = hostile_html
    assert IMG not in page and "<img" not in page.lower()
    assert SCRIPT not in page
    assert len(re.findall(r"<script\b", page, re.I)) == 3
    assert len(re.findall(r"</script", page, re.I)) == 3
    markup = SPEC_BLOCK.sub("", outside_bundle(page))
    assert markup.count("onerror=") == markup.count("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;") > 0
    # in the header, legend and footer: as escaped text
    esc_img, esc_script = "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;", \
        "&lt;/script&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;"
    assert f"<title>{esc_img} title</title>" in page and f"<h1>{esc_img} title</h1>" in page
    assert f"<p>{esc_script}</p>" in page
    assert f"<span>Source: {esc_img}</span><span>{esc_script}</span><span>Exported {esc_script}1 Dec 2025</span>" \
        in page
    legend = re.search(r"<aside class='cw-aside'>(.*?)</aside>", page, re.S).group(1)
    assert esc_img in legend and esc_script in legend
    # in the data: \u003c-escaped, and JSON.parse gives the very strings back
    spec = spec_of(page)
    claims = {layer["id"]: layer["data"] for layer in spec["layers"]}["claims"]
    assert claims and all(row["quote"] == f"“{SCRIPT}”" for row in claims)
    assert any(IMG in row["who"] and SCRIPT in row["who"] and SCRIPT in row["source"] for row in claims)
    places = {layer["id"]: layer["data"] for layer in spec["layers"]}["places"]
    # (a long name may be broken at its " / " so that labels do not collide)
    assert any(row["label"].replace("\n", " / ") == f"{IMG} / {SCRIPT}" for row in places)
    assert spec["layers"] == [layer for layer in json.loads(hostile_view.layers.deck.to_json())["layers"]
                              if layer["id"] not in HUD_LAYER_IDS]
