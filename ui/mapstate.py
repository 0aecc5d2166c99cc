"""The Map page's state in Streamlit: read from the link once per session, kept in widgets,
written back to the URL every run; export buttons; present-mode chrome; the copy-link button.

Widgets are seeded through st.session_state (never with `value=` as well), so a link's view
and the analyst's later changes go through one path.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from urllib.parse import urlencode

import geopandas as gpd
import streamlit as st

from geo.view.briefing import Briefing
from geo.claims import dated_span
from ui.logcache import log_cube
from geo.export import MEDIA_TYPES, render_view, view_filename, view_logs_csv, view_places_csv
from geo.view.layers import LayerSwitches
from geo.model import FILTER_QUERY_KEYS, Dataset, ViewSettings, Window
from geo.view.playback import MODES, frame_window, next_day, playback_gif
from geo.view.viewstate import (
    LAYER_NAMES, ZOOM_RANGE, MapState, fit_zoom, from_query, opening_position, opening_window, position_from_report,
    selection_from_click, size_from_report, to_query,
)

_LINK_READ = "_cw_link_read"
_NOTICES = "_cw_link_notices"
_USED = "_cw_link_used"
_AUTO = "_cw_map_auto"  # the position is the opening frame, fitted to the element (no link or move set it)
_LINK_PX = "_cw_link_px"  # the size the link's frame was seen at, until this screen's size is known
LAYER_LABELS = {"flows": "Flows", "crossing_days": "Crossing days", "claims": "Other claims", "places": "Places",
                "routes": "Roads", "borders": "Borders", "logs": "Logged figures"}
SPEEDS = {"0.5 day/s": 2.0, "1 day/s": 1.0, "2 days/s": 0.5, "4 days/s": 0.25}


def data_span(ds: Dataset) -> Window:
    """The dates the window may take: the dated claims' and the logs' together."""
    claims = dated_span(ds.claims)
    logs = log_cube().span
    if claims is None and logs is None:
        return Window(date.today(), date.today())
    starts = [d for d in (claims and claims.start, logs and logs[0]) if d]
    ends = [d for d in (claims and claims.end, logs and logs[1]) if d]
    return Window(min(starts), max(ends))


def read_link_once(ds: Dataset) -> None:
    """On a session's first run, the link's view becomes the widgets' starting values."""
    if st.session_state.get(_LINK_READ):
        return
    st.session_state[_LINK_READ] = True
    span = data_span(ds)
    # a session opens on the claims (their latest burst, or all of them); the slider reaches the logs' dates too
    opening = opening_window([(c.date_start, c.date_end) for c in ds.claims if c.is_dated],
                             dated_span(ds.claims) or span)
    state, notices = from_query(st.query_params.to_dict(), span, {c.claim_id for c in ds.claims}, opening, ds=ds)
    st.session_state[_NOTICES] = notices
    st.session_state[_USED] = to_query(state)  # what the link's values became: a refused one is replaced
    st.session_state["window"] = (state.window.start, state.window.end)
    st.session_state["names"] = state.names
    for name in LAYER_NAMES:
        st.session_state[f"layer_{name}"] = getattr(state.layers, name)
    st.session_state["map_lon"], st.session_state["map_lat"] = state.lon, state.lat
    st.session_state["map_zoom"] = state.zoom
    st.session_state[_AUTO] = not any(k in st.query_params for k in ("lon", "lat", "zoom"))
    st.session_state[_LINK_PX] = state.px
    st.session_state["selected_claim"] = state.claim
    st.session_state["present"] = state.present
    for key, name in FILTER_QUERY_KEYS.items():
        st.session_state[f"filter_{name}"] = getattr(state.filters, name) if name == "text" else \
            list(getattr(state.filters, name))


# Widgets only the Map page draws. Streamlit drops a widget's value at the end of any run that does not draw
# it, so a visit to another page would switch every layer off and move the map to (-180, -85). Re-saving the
# values on every page keeps them (Streamlit's documented way to keep widget state across pages).
MAP_WIDGET_KEYS = (*(f"layer_{name}" for name in LAYER_NAMES), "map_lon", "map_lat", "map_zoom", "present",
                   "play_mode", "play_speed", "show_undated")


def keep_map_widgets() -> None:
    for key in MAP_WIDGET_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


# In a browser, switching pages replaces the widget values with the ones the new page's request carries, so
# the Map's switches are gone before any code on the other page runs (AppTest does not show this). The Map
# page therefore also keeps a copy under keys no widget owns, and puts it back when its widgets are missing.
_KEPT = "_cw_kept_"


def remember_map_widgets() -> None:
    for key in MAP_WIDGET_KEYS:
        if key in st.session_state:
            st.session_state[_KEPT + key] = st.session_state[key]


def restore_map_widgets() -> None:
    for key in MAP_WIDGET_KEYS:
        if key not in st.session_state and _KEPT + key in st.session_state:
            st.session_state[key] = st.session_state[_KEPT + key]


def link_notices() -> list[str]:
    """What the link asked for that could not be used: shown until the analyst dismisses them (the map's
    first size report reruns the page at once, so 'shown once' would be a flash)."""
    return list(st.session_state.get(_NOTICES, []))


def dismiss_link_notices() -> None:
    st.session_state[_NOTICES] = []


def link_notices_elsewhere() -> None:
    """A link opened on another page than the Map: the same notices, and the address no longer carries what
    was refused (the Map rewrites its whole link on every run; the other pages only replace the bad values)."""
    from geo.view.render import md_escape

    notices = link_notices()
    if not notices:
        return
    used = st.session_state.get(_USED, {})
    asked = st.query_params.to_dict()
    cleaned = {k: used[k] for k in asked if k in used}
    if cleaned != asked:
        st.query_params.from_dict(cleaned)
    for notice in notices:
        st.warning(md_escape(f"Link: {notice}"), icon=":material/link_off:")
    st.button("Dismiss the link notices", key="dismiss_link_notices", on_click=dismiss_link_notices)


def _reset_position() -> None:
    st.session_state[_AUTO] = True
    st.session_state["map_lon"], st.session_state["map_lat"], st.session_state["map_zoom"] = \
        opening_position(st.session_state.get("map_px"))


def _position_typed() -> None:
    st.session_state[_AUTO] = False


def map_controls() -> tuple[LayerSwitches, tuple[float, float, float]]:
    """Layer switches and map position, in the sidebar (which present mode hides but keeps)."""
    with st.sidebar:
        st.markdown("**Map layers**")
        cols = st.columns(2)
        switches = LayerSwitches(**{name: cols[i % 2].toggle(LAYER_LABELS[name], key=f"layer_{name}")
                                    for i, name in enumerate(LAYER_NAMES)})
        with st.expander("Map centre and zoom"):
            typed = {"on_change": _position_typed}
            lon = st.number_input("Centre longitude", -180.0, 180.0, step=0.05, format="%.4f", key="map_lon", **typed)
            lat = st.number_input("Centre latitude", -85.0, 85.0, step=0.05, format="%.4f", key="map_lat", **typed)
            zoom = st.number_input("Zoom", ZOOM_RANGE[0], ZOOM_RANGE[1], step=0.25, format="%.2f", key="map_zoom",
                                   **typed)
            st.button("Reset position", on_click=_reset_position, key="map_reset")
            st.caption("These follow the map as you pan and zoom; the link and every export show this frame.")
        st.toggle("Present mode", key="present", help="A clean full-width view for briefings and screenshots.")
    return switches, (lon, lat, zoom)


def current_state(view: ViewSettings, switches: LayerSwitches, position: tuple[float, float, float]) -> MapState:
    lon, lat, zoom = position
    return MapState(window=view.window, names=view.names, layers=switches, claim=st.session_state.get("selected_claim"),
                    lon=lon, lat=lat, zoom=zoom, present=bool(st.session_state.get("present")),
                    px=st.session_state.get("map_px"), filters=view.filters)


def write_link(state: MapState) -> None:
    """The URL always says what the page shows; a bad value in the link is replaced by what is used."""
    query = to_query(state)
    if st.query_params.to_dict() != query:
        st.query_params.from_dict(query)


def share_url(state: MapState) -> str:
    base = (st.context.url or "").split("?")[0]
    return f"{base}?{urlencode(to_query(state))}"


def copy_link_button(url: str) -> None:
    """A real copy-to-clipboard button (Streamlit's iframes may write the clipboard); the link is also
    shown as text. The URL is built from checked values and JSON-encoded with '<' escaped, so it
    cannot close the script."""
    literal = json.dumps(url).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    st.iframe(
        "<button id='cw-copy' style='font:14px sans-serif;padding:6px 12px;border:1px solid #bbb;border-radius:6px;"
        "background:#fff;cursor:pointer'>Copy link to this view</button>"
        "<span id='cw-done' style='font:13px sans-serif;color:#2a7;margin-left:8px'></span>"
        f"<script>const url={literal};"
        "document.getElementById('cw-copy').onclick=async()=>{"
        "try{await navigator.clipboard.writeText(url);document.getElementById('cw-done').textContent='Copied';}"
        "catch(e){document.getElementById('cw-done').textContent='Select the link below and copy it';}};</script>",
        height=44,
    )
    st.code(url, language=None, wrap_lines=True)


def _reported(name: str):
    """What the map element last reported under `name` (its state is a dict in session state)."""
    event = st.session_state.get("map")
    return event.get(name) if isinstance(event, Mapping) else None


def on_map_view() -> None:
    """The analyst panned or zoomed, or the element found its size: the position widgets, and so the link
    and the exports, follow. The opening frame and a link's frame are fitted to the element's real size."""
    view = _reported("view")
    position, size = position_from_report(view), size_from_report(view)
    if position is None:
        return
    here = tuple(st.session_state.get(k) for k in ("map_lon", "map_lat", "map_zoom"))
    # A resize report says nothing about where the analyst wants to be (it may predate a rerun's move).
    moved = view.get("cause") != "resize" and not all(
        isinstance(a, (int, float)) and abs(a - b) <= tol for a, b, tol in zip(here, position, (1e-3, 1e-3, 0.01)))
    resized = size is not None and size != st.session_state.get("map_px")
    if resized:
        st.session_state["map_px"] = size
    if moved:
        st.session_state[_AUTO] = False
        st.session_state.pop(_LINK_PX, None)
    elif not resized:
        return
    elif st.session_state.get(_AUTO, True):
        position = opening_position(size)
    elif link_px := st.session_state.pop(_LINK_PX, None):
        position = (here[0], here[1], fit_zoom(here[2], link_px, size))  # type: ignore[arg-type]
    else:
        return
    st.session_state["map_lon"], st.session_state["map_lat"], st.session_state["map_zoom"] = position


def on_map_click() -> None:
    """A click on the map selects its claim; a click on nothing clears the selection."""
    claim, other = selection_from_click(_reported("click"))
    st.session_state["selected_claim"] = claim
    # a group's mark opens the list of its claims; a click elsewhere closes it
    st.session_state["selected_group"] = (other or {}).pop("group_id", None)
    st.session_state["clicked_other"] = other if other and st.session_state["selected_group"] is None else None


def clear_selection() -> None:
    st.session_state["selected_claim"] = None


def clear_group() -> None:
    st.session_state["selected_group"] = None
    st.session_state["selected_claim"] = None


PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] {display: none !important;}
.block-container, [data-testid="stMainBlockContainer"] {padding: 1.2rem 2rem 0.5rem 2rem !important; max-width: 100% !important;}
.cw-present-title {font-size: 2.1rem; font-weight: 700; margin: 0; line-height: 1.2;}
.cw-present-source {font-size: 1.1rem; font-weight: 600; margin-top: .3rem;}
.cw-present-attr {font-size: .8rem; color: #666;}
.cw-legend {font-size: 15px;}
</style>
"""


def export_buttons(b: Briefing, ds: Dataset, countries: gpd.GeoDataFrame) -> None:
    """One click each; the file is made when the button is pressed (deferred), not on every rerun."""
    st.markdown("**Export this view**")
    specs = [("PNG", "png", "screen", "1920 × 1080 picture with title, legend, scale, north arrow and source line"),
             ("PNG for print", "png", "print", "3840 × 2160 (300 dpi at 12.8 × 7.2 in)"),
             ("Slides", "pptx", "screen", "PowerPoint: the picture with source footnotes, then the claims table"),
             ("HTML", "html", "screen", "One offline file with the interactive map and tooltips"),
             ("CSV", "csv", "screen", "The claims in view; formula cells neutralised"),
             ("GeoJSON", "geojson", "screen", "Claims and places in view"),
             ("GeoPackage", "gpkg", "screen", "Layers claims and places, for QGIS")]
    cols = st.columns(len(specs) + 2)
    for col, (label, fmt, size, help_text) in zip(cols, specs):
        col.download_button(label, data=lambda fmt=fmt, size=size: render_view(b, countries, fmt, size=size),
                            file_name=view_filename(b, fmt, "print" if size == "print" else ""), mime=MEDIA_TYPES[fmt], on_click="ignore", help=help_text,
                            key=f"export_{fmt}_{size}", icon=":material/download:")
    cols[-2].download_button("Places CSV", data=lambda: view_places_csv(b).encode("utf-8"),
                             file_name=view_filename(b, "csv", "places"), mime="text/csv",
                             on_click="ignore", key="export_places_csv", icon=":material/download:",
                             help="The places in view, with the names as displayed")
    if b.map.logs is not None and b.map.logs.marks:
        st.download_button("Logged figures CSV", data=lambda: view_logs_csv(b).encode("utf-8"),
                           file_name=view_filename(b, "csv", "logs"), mime="text/csv", on_click="ignore",
                           key="export_logs_csv", icon=":material/download:",
                           help="Each logged series in view: its figure, who logged or stated it, what is derived")
    mode = st.session_state.get("play_mode", "day")
    cols[-1].download_button("Playback GIF", data=lambda: playback_gif(ds, countries, b.state, mode=mode,
                                                                  logs=log_cube()),
                             file_name=view_filename(b, "gif"), mime="image/gif", on_click="ignore",
                             key="export_gif", icon=":material/download:",
                             help="One frame per day of the window, the date on each frame (takes a few seconds)")


def playback_controls() -> None:
    st.session_state.setdefault("play_speed", "1 day/s")  # seeded here, not with value=: see keep_map_widgets
    with st.sidebar.expander("Playback", expanded=bool(st.session_state.get("playing"))):
        st.radio("Each frame shows", list(MODES), format_func=MODES.__getitem__, key="play_mode")
        st.select_slider("Speed", list(SPEEDS), key="play_speed")


def toggle_play(window: Window) -> None:
    playing = not st.session_state.get("playing", False)
    st.session_state["playing"] = playing
    if playing:
        day = st.session_state.get("play_day")
        st.session_state["play_day"] = day if isinstance(day, date) and window.start <= day < window.end else window.start


def playback_window(window: Window) -> tuple[Window, date | None]:
    """The window this run shows: the sidebar's, or playback's current frame (which then steps on)."""
    if not st.session_state.get("playing"):
        return window, None
    day = st.session_state.get("play_day", window.start)
    if not (isinstance(day, date) and window.start <= day <= window.end):
        day = window.start
    shown = frame_window(day, window, st.session_state.get("play_mode", "day"))
    after = next_day(day, window)
    if after is None:
        st.session_state["playing"] = False
    else:
        st.session_state["play_day"] = after
    return shown, day


def play_interval() -> float | None:
    return SPEEDS.get(st.session_state.get("play_speed", "1 day/s"), 1.0) if st.session_state.get("playing") else None
