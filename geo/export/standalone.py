"""A pydeck Deck → one self-contained, offline HTML document (no streamlit import).

The file opens from disk with no network: deck.gl is inlined (static/vendor/deckgl/), there are
no basemap tiles (the borders are a GeoJsonLayer of the deck), no web fonts, no URLs.

Why not pydeck's ``Deck.to_html()``: it pastes the spec into a script (``</script><script>…`` in
any name runs on load) and its tooltip templates put data into innerHTML unescaped
(``<img src=x onerror=…>`` runs on hover). Here:

- the spec (layers with their rows, initial view state, tooltip template) sits in a
  ``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and U+2029 written
  as ``\\u003c`` …, read with ``JSON.parse``: no string can end the block;
- layers are built from the spec by a few lines of our own JS, not by ``@deck.gl/json``: an
  ``"@@="`` accessor may only be a property path (``properties.fill``), checked here and in the
  browser; nothing is evaluated, and strings inside the rows are never interpreted;
- every data value shown in a tooltip is HTML-escaped in JS before it joins the template;
- every string from Python placed into the page (title, subtitle, legend, footer) goes
  through ``html.escape``;
- a Content-Security-Policy allows only the document's own two scripts (by sha256), no
  inline event handlers and no connection of any kind: even a missed escape would run nothing
  and fetch nothing.
"""
from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import json
import math
import re
from collections.abc import Collection, Sequence
from html import escape
from pathlib import Path
from typing import Any

import pydeck as pdk

from ..view.layers import LegendItem
from ..view.render import legend_html

DECKGL_DIR = Path(__file__).resolve().parents[2] / "static" / "vendor" / "deckgl"
DECKGL_JS_PATH = DECKGL_DIR / "deckgl.min.js"
SPEC_ELEMENT_ID = "cw-spec"

# deck.gl layer classes the export may build (all in @deck.gl/layers). IconLayer and BitmapLayer
# are left out on purpose: they load images from URLs.
LAYER_TYPES = frozenset({
    "GeoJsonLayer", "PathLayer", "ScatterplotLayer", "TextLayer", "LineLayer", "PolygonLayer",
    "SolidPolygonLayer", "ArcLayer", "ColumnLayer", "GridCellLayer", "PointCloudLayer",
})
# pydeck writes a bare string prop as "@@=<expression>"; the export accepts property paths only.
_ACCESSOR = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$")
_TEMPLATE_FIELD = re.compile(r"\{(\w+)\}")
_SCRIPT_HAZARD = re.compile(r"</script|<!--", re.IGNORECASE)
_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://")

# Layers of the deck that the page replaces with its own overlay: the dashboard draws its scale bar
# and north arrow in map coordinates (true at any zoom and rotation, but they drift away when the
# reader pans); the export turns rotation off, keeps a north arrow and a scale bar fixed in the
# corner, and recomputes the bar on every view change.
HUD_LAYER_IDS = frozenset({"scale_bar", "scale_bar_label", "north_arrow_shaft", "north_arrow_head",
                           "north_arrow_label"})

BACKGROUND = "#e9eef2"  # outside the borders layer: a plain light grey-blue, no tiles


class ExportError(ValueError):
    """The deck uses something an offline, self-contained export cannot carry."""


@functools.lru_cache(maxsize=1)
def deckgl_js() -> str:
    """The vendored deck.gl standalone bundle (see static/vendor/deckgl/SOURCE.md)."""
    try:
        js = DECKGL_JS_PATH.read_text(encoding="utf-8")
    except FileNotFoundError as exc:  # pragma: no cover - broken checkout
        raise ExportError(f"{DECKGL_JS_PATH} is missing: run scripts/vendor_deckgl.sh") from exc
    if _SCRIPT_HAZARD.search(js):  # would end or confuse the <script> element it is inlined in
        raise ExportError(f"{DECKGL_JS_PATH} contains '</script' or '<!--' and cannot be inlined")
    return js


def script_json(value: Any) -> str:
    """JSON that is safe as the text of a <script type="application/json"> element.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, where ``\\u003c`` … mean the same
    characters: JSON.parse gives back the very same value, and no ``</script>`` or ``<!--``
    can appear. U+2028 and U+2029 are escaped too (line terminators for older JS parsers)."""
    text = json.dumps(_finite(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _finite(value: Any) -> Any:
    """NaN and infinities (a missing value in a frame) become null: JSON has no NaN."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _check_prop(layer_id: str, key: str, value: Any) -> None:
    if isinstance(value, str):
        if value.startswith("@@="):
            if not _ACCESSOR.match(value[3:]):
                raise ExportError(f"layer {layer_id!r}: {key}={value[3:]!r} is an expression; the HTML export "
                                  "takes property paths only (e.g. 'position', 'properties.fill')")
        elif value.startswith("@@"):
            raise ExportError(f"layer {layer_id!r}: {key}={value!r}: @deck.gl/json directives are not supported")
        if _URL.search(value):
            raise ExportError(f"layer {layer_id!r}: {key} holds a URL; the export is offline")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_prop(layer_id, f"{key}.{k}", v)
    elif isinstance(value, list):
        for v in value:
            _check_prop(layer_id, key, v)


def _layer_spec(layer: dict) -> dict:
    kind = layer.get("@@type")
    layer_id = str(layer.get("id", "?"))
    if kind not in LAYER_TYPES:
        raise ExportError(f"layer {layer_id!r}: type {kind!r} is not supported by the HTML export")
    data = layer.get("data")
    if data is not None and not isinstance(data, (list, dict)):
        raise ExportError(f"layer {layer_id!r}: data must be rows or GeoJSON inlined in the deck, "
                          f"not {type(data).__name__}")
    for key, value in layer.items():
        if key not in ("@@type", "data"):
            _check_prop(layer_id, key, value)
    return layer


def _tooltip_spec(deck: pdk.Deck) -> dict | None:
    tip = getattr(deck, "_tooltip", None)  # what st.pydeck_chart reads, too
    if not tip:
        return None
    if tip is True:  # pydeck's default: every field of the row, as plain text
        return {"template": None, "html": False, "fields": [], "style": {}}
    if not isinstance(tip, dict) or not isinstance(tip.get("html", tip.get("text")), str):
        raise ExportError("the deck's tooltip must be a template dict with 'html' or 'text'")
    if "html" in tip:
        template, is_html = tip["html"], True
    else:
        template, is_html = tip["text"], False
    style = tip.get("style") or {}
    if not isinstance(style, dict) or not all(isinstance(v, (str, int, float)) for v in style.values()):
        raise ExportError("the tooltip style must be a flat dict")
    if _URL.search(template) or any(_URL.search(str(v)) for v in style.values()):
        raise ExportError("the tooltip template holds a URL; the export is offline")
    return {"template": template, "html": is_html, "fields": sorted(set(_TEMPLATE_FIELD.findall(template))),
            "style": style}


def deck_spec(deck: pdk.Deck, omit_layers: Collection[str] = HUD_LAYER_IDS) -> dict:
    """What the page needs from the deck: its layers as pydeck serialises them (rows included,
    exactly as the dashboard gets them; less the ids in ``omit_layers``), the initial view state
    (north up, no pitch) and the tooltip template. Raises ExportError for what cannot work offline."""
    full = json.loads(deck.to_json())
    view = dict(full.get("initialViewState") or {})
    for key in ("longitude", "latitude", "zoom"):
        if not isinstance(view.get(key), (int, float)):
            raise ExportError(f"the deck's initial view state has no {key}")
    view.update(bearing=0, pitch=0)
    return {
        "initialViewState": view,
        "layers": [_layer_spec(layer) for layer in full.get("layers") or []
                   if layer.get("id") not in omit_layers],
        "tooltip": _tooltip_spec(deck),
    }


def _safe_legend(items: Sequence[LegendItem]) -> list[LegendItem]:
    """legend_html writes colours into style attributes: make sure they are numbers."""
    out = []
    for it in items:
        color = [int(c) for c in it.color]
        if len(color) != 4:
            raise ExportError(f"legend item {it.label!r}: colour must be RGBA")
        out.append(dataclasses.replace(it, color=[min(max(c, 0), 255) for c in color]))
    return out


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


_NORTH_ARROW = (
    "<svg width='30' height='44' viewBox='0 0 30 44' aria-hidden='true'>"
    "<polygon points='15,14 23,38 15,32 7,38' fill='#2b2f38'/>"
    "<polygon points='15,14 15,32 7,38' fill='#8a8f99'/>"
    "<text x='15' y='11' text-anchor='middle' font-size='12' font-weight='700' fill='#2b2f38'>N</text>"
    "</svg>"
)

_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;color:#1f2430;background:#fff;
  font-family:"DejaVu Sans","Helvetica Neue",Arial,sans-serif}
body{display:flex;flex-direction:column;min-height:480px}
.cw-header{padding:12px 18px 10px;border-bottom:1px solid #d9dde3}
.cw-header h1{margin:0;font-size:21px;line-height:1.25}
.cw-header p{margin:4px 0 0;font-size:14px;color:#4a5060}
.cw-main{flex:1;display:flex;min-height:0}
.cw-mapbox{position:relative;flex:1;min-width:0;background:BACKGROUND;overflow:hidden}
#cw-map{position:absolute;inset:0}
.cw-aside{width:330px;flex:none;overflow:auto;padding:12px 14px;border-left:1px solid #d9dde3;background:#fcfcfd}
.cw-legend b{display:block;margin-bottom:4px;font-size:14px}
.cw-north,.cw-scale{position:absolute;left:12px;z-index:2;pointer-events:none;border-radius:4px;
  background:rgba(255,255,255,.85)}
.cw-north{top:10px;padding:2px 4px 0}
.cw-scale{bottom:12px;padding:3px 7px 5px;font-size:12px;font-weight:600}
.cw-scale-bar{height:7px;border:2px solid #2b2f38;border-top:none;margin-top:2px}
.cw-error{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:2em;
  font-size:15px;color:#8a1c1c;background:#fff}
.cw-footer{padding:7px 18px;border-top:1px solid #d9dde3;font-size:12px;color:#4a5060;
  display:flex;flex-wrap:wrap;gap:4px 18px}
.deck-tooltip{max-width:440px;line-height:1.4;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.25)}
""".replace("BACKGROUND", BACKGROUND)

# Layers and tooltips from the checked spec, shared by this export and the dashboard's map element
# (ui/mapview.py): property-path accessors only, every tooltip value escaped. Plain ES5 functions that take
# the `deck` namespace, so that both the export's inline script and the element's module can use them.
DECK_BUILDER_JS = r"""
var CW_LAYER_TYPES = LAYER_TYPES_JSON;
var CW_ACCESSOR = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
function cwHas(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

function cwEscapeHtml(value) {
  return String(value).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
  });
}

function cwAccessor(path) {
  if (!CW_ACCESSOR.test(path)) { throw new Error("unsupported accessor: " + path); }
  var keys = path.split(".");
  return function (row) {
    var v = row;
    for (var i = 0; i < keys.length && v !== null && v !== undefined; i++) {
      v = cwHas(v, keys[i]) ? v[keys[i]] : undefined;
    }
    return v;
  };
}

function cwBuildLayer(deck, spec) {
  var type = spec["@@type"];
  if (CW_LAYER_TYPES.indexOf(type) < 0 || typeof deck[type] !== "function") {
    throw new Error("unsupported layer type: " + type);
  }
  var props = {};
  Object.keys(spec).forEach(function (key) {
    if (key === "@@type") { return; }
    var value = spec[key];
    props[key] = (key !== "data" && typeof value === "string" && value.slice(0, 3) === "@@=")
      ? cwAccessor(value.slice(3)) : value;
  });
  return new deck[type](props);
}

function cwField(object, name) {
  if (cwHas(object, name)) { return object[name]; }
  var p = object.properties;
  return (p && typeof p === "object" && cwHas(p, name)) ? p[name] : undefined;
}

// The tooltip of a spec, shown inside `el`; it opens away from the nearer edges so that it is never cut off.
function cwTooltip(tip, el) {
  if (!tip) { return null; }
  function placed(info) {
    var style = {};
    Object.keys(tip.style || {}).forEach(function (k) { style[k] = tip.style[k]; });
    var left = info.x > el.clientWidth * 0.55, up = info.y > el.clientHeight * 0.55;
    style.transform = "translate(" + (info.x + (left ? -14 : 14)) + "px," + (info.y + (up ? -14 : 14)) + "px)" +
      " translate(" + (left ? "-100%" : "0") + "," + (up ? "-100%" : "0") + ")";
    return style;
  }
  return function (info) {
    var object = info && info.object;
    if (!object || typeof object !== "object") { return null; }
    if (tip.template === null) {
      var lines = Object.keys(object).filter(function (k) {
        var v = object[k];
        return v !== null && v !== undefined && typeof v !== "object";
      }).map(function (k) { return k + ": " + String(object[k]); });
      return lines.length ? {text: lines.join("\n"), style: placed(info)} : null;
    }
    var found = false;
    var text = tip.template.replace(/\{(\w+)\}/g, function (whole, name) {
      var v = cwField(object, name);
      if (v === undefined || v === null) { return ""; }
      found = true;
      v = typeof v === "object" ? JSON.stringify(v) : String(v);
      return tip.html ? cwEscapeHtml(v) : v;
    });
    if (!found) { return null; }
    return tip.html ? {html: text, style: placed(info)} : {text: text, style: placed(info)};
  };
}
"""


def deck_builder_js() -> str:
    return DECK_BUILDER_JS.replace("LAYER_TYPES_JSON", script_json(sorted(LAYER_TYPES)))


# The page's own script. It reads the spec, builds the layers (DECK_BUILDER_JS), keeps north up and redraws
# the scale bar on every view change.
_APP_JS = r"""
(function () {
  "use strict";
  var mapEl = document.getElementById("cw-map");

  function fail(message) {
    var box = document.createElement("div");
    box.className = "cw-error";
    box.textContent = message;
    mapEl.parentNode.appendChild(box);
    document.body.setAttribute("data-map-error", message);
  }

  var NICE = [1, 2, 5];
  function updateScale(view) {
    var metresPerPx = 40075016.686 * Math.cos(view.latitude * Math.PI / 180) / (512 * Math.pow(2, view.zoom));
    var maxMetres = metresPerPx * 130;
    var pow = Math.pow(10, Math.floor(Math.log10(maxMetres)));
    var step = 1;
    NICE.forEach(function (n) { if (n * pow <= maxMetres) { step = n; } });
    var metres = step * pow;
    var bar = document.getElementById("cw-scale-bar");
    var label = document.getElementById("cw-scale-label");
    bar.style.width = (metres / metresPerPx).toFixed(1) + "px";
    label.textContent = metres >= 1000 ? (metres / 1000) + " km" : metres + " m";
    document.getElementById("cw-scale").setAttribute("data-metres-per-px", String(metresPerPx));
  }

  function northUp(view) {
    var out = {};
    Object.keys(view).forEach(function (k) { out[k] = view[k]; });
    out.bearing = 0;
    out.pitch = 0;
    return out;
  }

  try {
    if (typeof deck === "undefined" || typeof deck.Deck !== "function") {
      throw new Error("deck.gl did not load");
    }
    var spec = JSON.parse(document.getElementById("SPEC_ID").textContent);
    var initial = northUp(spec.initialViewState);
    var rendered = false;
    updateScale(initial);
    window.cwViewState = initial;
    window.cwMap = new deck.Deck({
      parent: mapEl,
      initialViewState: initial,
      controller: {dragRotate: false, touchRotate: false, keyboard: {rotateSpeedX: 0, rotateSpeedY: 0}},
      layers: spec.layers.map(function (layer) { return cwBuildLayer(deck, layer); }),
      getTooltip: cwTooltip(spec.tooltip, mapEl),
      onViewStateChange: function (params) {
        var view = northUp(params.viewState);
        window.cwViewState = view;
        updateScale(view);
        return view;
      },
      onAfterRender: function () {
        if (!rendered) { rendered = true; document.body.setAttribute("data-map-ready", "true"); }
      },
      onError: function (error) {
        fail("The map could not be drawn: " + (error && error.message ? error.message : error));
      }
    });
  } catch (error) {
    fail("The map could not be drawn (" + (error && error.message ? error.message : error) +
         "). It needs a browser with WebGL.");
  }
})();
"""


def _app_js() -> str:
    js = deck_builder_js() + _APP_JS.replace("SPEC_ID", SPEC_ELEMENT_ID)
    if _SCRIPT_HAZARD.search(js):  # pragma: no cover - a slip in the template above
        raise ExportError("the page script contains '</script' or '<!--'")
    return js


def standalone_html(
    deck: pdk.Deck,
    *,
    title: str,
    subtitle: str,
    legend: Sequence[LegendItem],
    source_line: str,
    attribution: str,
    exported_on: str,
    omit_layers: Collection[str] = HUD_LAYER_IDS,
) -> str:
    """One self-contained HTML document showing ``deck``'s layers, offline and safe.

    The layers are the deck's own (``deck.to_json()``), with the same rows, so the export shows
    what the dashboard shows; the map opens on the deck's initial view state, north up (rotation
    and pitch are disabled), on a plain light background. Around it: a header (title, subtitle),
    the legend, a north arrow, a scale bar that follows the zoom, and a footer with the source
    line, the attribution and "Exported <exported_on>". Hovering a pickable mark shows the deck's
    tooltip template with every value HTML-escaped. The deck's own scale-bar layers
    (``HUD_LAYER_IDS``) give way to the page's scale bar.
    """
    spec = deck_spec(deck, omit_layers)
    deck_js, app_js = deckgl_js(), _app_js()
    csp = ("default-src 'none'; "
           f"script-src {_csp_hash(deck_js)} {_csp_hash(app_js)}; "
           "style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'")
    footer = [escape(source_line), escape(attribution), f"Exported {escape(exported_on)}"]
    return "".join([
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n",
        f"<meta http-equiv='Content-Security-Policy' content=\"{csp}\">\n",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n",
        "<meta name='referrer' content='no-referrer'>\n",
        f"<title>{escape(title)}</title>\n",
        f"<style>{_CSS}</style>\n</head>\n<body>\n",
        "<header class='cw-header'>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(subtitle)}</p>" if subtitle else "",
        "</header>\n<main class='cw-main'>\n",
        "<div class='cw-mapbox'><div id='cw-map'></div>",
        f"<div class='cw-north' title='North is up'>{_NORTH_ARROW}</div>",
        "<div class='cw-scale' id='cw-scale'><span id='cw-scale-label'></span>"
        "<div class='cw-scale-bar' id='cw-scale-bar'></div></div>",
        "</div>\n",
        f"<aside class='cw-aside'>{legend_html(_safe_legend(legend))}</aside>\n",
        "</main>\n",
        f"<footer class='cw-footer'>{''.join(f'<span>{part}</span>' for part in footer if part)}</footer>\n",
        f"<script type='application/json' id='{SPEC_ELEMENT_ID}'>{script_json(spec)}</script>\n",
        f"<script>{deck_js}</script>\n",
        f"<script>{app_js}</script>\n",
        "</body>\n</html>\n",
    ])
