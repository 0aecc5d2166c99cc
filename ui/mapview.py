"""The map element: deck.gl in a Streamlit custom component (v2) that reports what it shows.

`st.pydeck_chart` neither reports where the analyst panned or zoomed nor keeps it across reruns, so the
link and the exports could not follow the screen. This element draws the same pydeck layers (through
geo.export.standalone's checked spec: property-path accessors only, every tooltip value escaped) and hands back,
on every pan, zoom and click, the view (centre, zoom, bounds, size in pixels) and the picked object.

deck.gl comes from the vendored bundle under static/ (served by Streamlit's static serving, loaded once
per page), so nothing leaves 127.0.0.1 and the bundle is not sent again with every rerun.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

import pydeck as pdk
import streamlit as st

from geo.export.standalone import deck_builder_js, deck_spec

DECK_URL = "/app/static/vendor/deckgl/deckgl.min.js"

_CSS = """
.cw-map{position:relative;width:100%;background:#e9eef2;border-radius:6px;overflow:hidden}
.cw-map .deck-tooltip{max-width:440px;line-height:1.4;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.cw-map-error{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:2em;
  font:15px sans-serif;color:#8a1c1c;background:#fff}
"""

_JS = r"""
const MAPS = new WeakMap();  // one deck per mounted element, kept across reruns

function loadDeck(url) {
  if (window.deck && window.deck.Deck) { return Promise.resolve(window.deck); }
  if (!window.__cwDeckLoading) {
    window.__cwDeckLoading = new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = url;
      s.onload = () => resolve(window.deck);
      s.onerror = () => reject(new Error("deck.gl did not load from " + url));
      document.head.appendChild(s);
    });
  }
  return window.__cwDeckLoading;
}

function viewReport(deckgl, view) {
  const vp = deckgl.getViewports()[0];
  const b = vp ? vp.getBounds() : null;
  const r = (x, n) => Math.round(x * 10 ** n) / 10 ** n;
  return {longitude: r(view.longitude, 5), latitude: r(view.latitude, 5), zoom: r(view.zoom, 3),
          bearing: r(view.bearing || 0, 2), pitch: r(view.pitch || 0, 2),
          width: vp ? vp.width : 0, height: vp ? vp.height : 0,
          bounds: b ? b.map((x) => r(x, 5)) : null};
}

function picked(info) {
  const o = info && info.object;
  if (!o || typeof o !== "object") { return {layer: null}; }
  const keep = {};
  for (const k of ["claim_id", "claim_ids", "group_id", "place_id", "title", "source"]) {
    const v = cwField(o, k);
    if (v !== undefined && v !== null) { keep[k] = v; }
  }
  return {layer: info.layer ? info.layer.id : null, index: info.index, object: keep, at: Date.now()};
}

function near(a, b) {
  return a && b && Math.abs(a.longitude - b.longitude) < 1e-3 && Math.abs(a.latitude - b.latitude) < 1e-3 &&
         Math.abs(a.zoom - b.zoom) < 1e-2;
}

// Python places labels for the element's size and fits the opening frame to it: say the size when it is
// not the one Python used (first draw, a resized window, present mode).
function reportSize(state, el, setStateValue) {
  const report = Object.assign(viewReport(state.deck, state.current), {cause: "resize"});
  const known = state.known;
  // deck.gl's first frame may still be the canvas's default 300 × 150: wait for the element's own size
  if (!report.width || !report.height || Math.abs(report.width - el.clientWidth) > 2 ||
      Math.abs(report.height - el.clientHeight) > 2) { return; }
  if (known && Math.abs(known[0] - report.width) <= 4 && Math.abs(known[1] - report.height) <= 4) { return; }
  state.known = [report.width, report.height];
  state.last = report;
  el.setAttribute("data-view", JSON.stringify(report));
  setStateValue("view", report);
}

export default function (component) {
  const { data, parentElement, setStateValue, setTriggerValue } = component;
  let el = parentElement.querySelector(".cw-map");
  if (!el) {
    el = document.createElement("div");
    el.className = "cw-map";
    parentElement.appendChild(el);
  }
  el.style.height = data.height;  // CSS: the map fits the window's height (see deck_map)
  el.setAttribute("data-spec-id", data.spec_id);
  const fail = (error) => {
    const box = document.createElement("div");
    box.className = "cw-map-error";
    box.textContent = "The map could not be drawn (" + (error && error.message ? error.message : error) + ").";
    el.appendChild(box);
    el.setAttribute("data-map-error", box.textContent);
  };
  // the canvas says nothing to a screen reader: the places it names do (an attribute, never HTML)
  const named = (data.spec.layers.find((l) => l.id === "place_labels") || {}).data || [];
  el.setAttribute("role", "img");
  el.setAttribute("aria-label", "Map. Places: " +
    named.map((r) => r.label).filter((t) => typeof t === "string" && t).join(", "));
  loadDeck(data.deck_url).then((deck) => {
    const layers = data.spec.layers.map((s) => cwBuildLayer(deck, s));
    let state = MAPS.get(el);
    const wanted = Object.assign({}, data.view, {bearing: 0, pitch: 0});
    if (!state) {
      state = {timer: null, last: null};
      let ready = false;
      state.deck = new deck.Deck({
        parent: el,
        initialViewState: wanted,
        controller: {dragRotate: false, touchRotate: false, keyboard: {rotateSpeedX: 0, rotateSpeedY: 0}},
        layers,
        getTooltip: cwTooltip(data.spec.tooltip, el),
        onViewStateChange: ({viewState}) => {
          const view = Object.assign({}, viewState, {bearing: 0, pitch: 0});
          state.current = view;
          clearTimeout(state.timer);
          state.timer = setTimeout(() => {
            const report = viewReport(state.deck, view);
            el.setAttribute("data-view", JSON.stringify(report));
            if (!near(report, state.last)) { setStateValue("view", report); }
            state.last = report;
          }, 350);  // once the wheel or the drag comes to rest
          return view;
        },
        onClick: (info) => { setTriggerValue("click", picked(info)); },
        onResize: () => {
          clearTimeout(state.sizeTimer);
          state.sizeTimer = setTimeout(() => reportSize(state, el, setStateValue), 350);
        },
        onAfterRender: () => {
          if (ready) { return; }
          ready = true;
          el.setAttribute("data-map-ready", "true");
          // Python asked for this view: say it (for tests and tools) without a rerun that would only repeat it
          state.last = viewReport(state.deck, state.current || wanted);
          el.setAttribute("data-view", JSON.stringify(state.last));
          reportSize(state, el, setStateValue);
        },
        onError: fail,
      });
      state.current = wanted;
      state.known = data.px;
      MAPS.set(el, state);
    } else {
      state.deck.setProps({layers, getTooltip: cwTooltip(data.spec.tooltip, el)});
      state.known = data.px;
      if (!near(state.current, wanted)) {  // the position was set from the sidebar or a link
        state.current = wanted;
        state.deck.setProps({initialViewState: Object.assign({}, wanted)});
        state.last = viewReport(state.deck, wanted);
        el.setAttribute("data-view", JSON.stringify(state.last));
      }
    }
  }).catch(fail);
}
"""

# In the page's own DOM (no shadow root): the browser tests and the present-mode CSS reach the canvas, and
# the class names are the project's own.
_COMPONENT = st.components.v2.component(
    "corridor_watch_map", css=_CSS, isolate_styles=False,
    js=deck_builder_js() + _JS,
)


@dataclass(frozen=True)
class MapReport:
    """What the element reported: the view as the analyst left it, and the last click."""

    view: dict | None
    click: dict | None


def deck_map(deck: pdk.Deck, *, key: str, height: str, view: tuple[float, float, float],
             px: tuple[int, int] | None = None,
             on_view: Callable[[], None] | None = None, on_click: Callable[[], None] | None = None) -> MapReport:
    """Draw `deck` and report its view and clicks. `view` (lon, lat, zoom) is where the map should be; the
    element moves there only when it differs from where the analyst already is. `height` is CSS (it may
    follow the window's height); `px` the size the layers were laid out for, if known."""
    spec = deck_spec(deck, omit_layers=())
    lon, lat, zoom = view
    payload = {"spec": spec, "deck_url": DECK_URL, "height": height, "px": list(px) if px else None,
               "view": {"longitude": lon, "latitude": lat, "zoom": zoom}}
    payload["spec_id"] = hashlib.sha1(json.dumps(spec["layers"], sort_keys=True).encode()).hexdigest()[:12]
    result = _COMPONENT(key=key, data=payload, default={"view": None},
                        on_view_change=on_view or (lambda: None), on_click_change=on_click or (lambda: None))
    return MapReport(view=getattr(result, "view", None), click=getattr(result, "click", None))
