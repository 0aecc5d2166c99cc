"""Cached loaders (simple keys only) and the shared sidebar.

app.py draws the sidebar once per run and hands the settings to the page it
runs; a page run on its own (AppTest, `streamlit run app_pages/map.py`) draws it itself.
"""
from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import streamlit as st

from geo.basemap import ATTRIBUTION, COUNTRIES_PATH, load_countries
from geo.view.briefing import MAX_CITED
from geo.view.briefing import source_line as briefing_source_line
from geo.view.filters import MAX_TEXT, apply_filters, options
from geo.gazetteer import DISPLAY_CHOICES
from geo.model import ClaimFilters, Dataset, ViewSettings, Window
from geo.view.render import md_escape
from geo.store import DatasetError, load_dataset
from geo.claims import dated_span
from geo.view.viewstate import latest_burst, quick_ranges, typed_window
from ui.account import account_box, open_signed_in, watch_revision
from ui.logcache import log_cube  # noqa: F401  (re-exported for the pages)
from ui.mapstate import data_span, keep_map_widgets, link_notices_elsewhere, read_link_once, restore_map_widgets

_VIEW_KEY = "_cw_view"


@st.cache_resource(show_spinner=False)
def _folder_dataset(data_dir: str) -> Dataset:
    return load_dataset(Path(data_dir))


# A resource, not data: every rerun gets the same immutable records (and the views derived from them, kept
# in Dataset.memo) instead of unpickling a copy of 10,000 claims. Keyed by the store's address and revision
# (not the account: every account reads the same rows); `_store` is how to read it, left out of the key.
@st.cache_resource(show_spinner=False, max_entries=4)
def _store_dataset(key: str, version: int, _store) -> Dataset:
    return _store.read()


def store():
    """This session's store: on a team (PostGIS) store, as the signed-in account (else the sign-in form)."""
    return open_signed_in()


def dataset() -> Dataset:
    """The store (CORRIDOR_WATCH_STORE, seeded on first use); CORRIDOR_WATCH_DATA reads a seed-shaped folder
    instead. The cache key includes the store's version, so an ingest shows at once."""
    try:
        folder = os.environ.get("CORRIDOR_WATCH_DATA")
        if folder:
            return _folder_dataset(folder)
        s = store()
        return _store_dataset(s.key, s.version(), s)
    except DatasetError as exc:  # an empty, foreign, damaged or unreachable store: say so, change nothing
        st.error(md_escape(f"The store cannot be read: {exc}"), icon=":material/error:")
        if "s" in locals():
            watch_revision(s)  # a team store that is back is read again without a click
        st.stop()


@st.cache_data(show_spinner=False)
def countries(path: str = str(COUNTRIES_PATH)) -> gpd.GeoDataFrame:
    return load_countries(Path(path))


def page_url() -> str:
    """The address this dashboard was opened at (so an exported slide's link opens it again); '' if unknown."""
    try:
        return st.context.url or ""
    except Exception:  # noqa: BLE001  (AppTest and bare runs have no browser address)
        return ""


def source_line(ds: Dataset) -> str:
    return briefing_source_line(ds.sources)


def draw_sidebar(ds: Dataset, on_map_page: bool = True) -> ViewSettings:
    """The window and names every page uses; a shared link seeds them on the session's first run. Off the
    Map page, the Map's own widgets are kept (the Map page draws them itself: writing them there too would
    make the slider drop key presses)."""
    read_link_once(ds)
    restore_map_widgets()
    if not on_map_page:
        keep_map_widgets()
        link_notices_elsewhere()
    span = data_span(ds)
    seen = st.session_state.get("window")
    whole = (span.start, span.end)
    if not (isinstance(seen, (tuple, list)) and len(seen) == 2 and span.start <= seen[0] <= seen[1] <= span.end):
        st.session_state["window"] = whole  # the data changed under the session
    elif st.session_state.get("_cw_span") not in (None, whole) and tuple(seen) == st.session_state["_cw_span"]:
        st.session_state["window"] = whole  # an ingest widened the data: a window that was all of it stays all of it
    st.session_state["_cw_span"] = whole
    with st.sidebar:
        st.markdown("### Corridor Watch")
        account_box()
        start, end = st.slider(
            "Date window", min_value=span.start, max_value=span.end,
            format="D MMM YYYY", key="window",
            help="Day events show when their day is inside; period totals show when their period overlaps "
                 "and are never split into days.",
        )
        # Typed dates go through a form: a date box that followed every slider move made the slider drop key
        # presses (the browser test pulls it back 31 days, one key press a day).
        with st.expander("Type the dates"), st.form("window_typed", border=False):
            # pre-filled with the data's span, not the window: a value that moved with the slider would remake
            # the box on every move
            st.date_input("From – to", value=(span.start, span.end), min_value=span.start, max_value=span.end,
                          format="DD.MM.YYYY", key="window_dates",
                          help="Type or pick the first and last day, then Apply; the slider follows.")
            st.form_submit_button("Apply", on_click=_typed_window, args=(span, "window_dates"))
        burst = latest_burst([(c.date_start, c.date_end) for c in ds.claims if c.is_dated])
        ranges = quick_ranges(span, burst)
        claims_only = dated_span(ds.claims)
        if (start, end) == ((claims_only.start, claims_only.end) if claims_only else None) and claims_only != span:
            st.caption(f"The window holds every dated claim; with the logs the data runs {_short(span)} "
                       "(*Jump to* → All dates).")
        elif burst is not None and burst != span and (start, end) == (burst.start, burst.end):
            # said, not silent: the window is not all of the data
            st.caption(f"The window is the latest burst of claims; the data runs {_short(span)} "
                       "(*Jump to* → All dates).")
        st.selectbox("Jump to", list(ranges), index=None, placeholder="A quick range…", key="window_quick",
                     format_func=lambda label: f"{label}: {_short(ranges[label])}",
                     on_change=_quick_window, args=(ranges,))
        names = st.radio("Place names", list(DISPLAY_CHOICES), format_func=DISPLAY_CHOICES.__getitem__,
                         key="names", help="Contested places have several names; the source's own form is kept.")
        filters = filter_controls(ds)
        shown = apply_filters(ds, filters)
        st.caption(md_escape(source_line(shown)))
        if len(shown.sources) > MAX_CITED:
            with st.expander(f"The {len({s.outlet for s in shown.sources}):,} outlets (list)"):
                st.dataframe(outlet_table(shown.sources), hide_index=True, width="stretch")
        st.caption(f"{ATTRIBUTION}. Places: GeoNames (CC BY 4.0). Works offline.")
    return ViewSettings(window=Window(start, end), names=names, filters=filters)


FILTER_LABELS = {"outlets": "Outlets", "sides": "Sides (the outlets' countries)", "claimants": "Claimants",
                 "kinds": "Kinds", "statuses": "Statuses", "reviews": "Review statuses",
                 "grades": "Source reliability (A–F)", "credibility": "Claim credibility (1–6)"}


def filter_controls(ds: Dataset) -> ClaimFilters:
    """The filters every page and export follows (and the link carries), in one expander."""
    opts = options(ds)
    active = [name for name in FILTER_LABELS if st.session_state.get(f"filter_{name}")]
    with st.expander("Filter claims" + (f" ({len(active) + bool(st.session_state.get('filter_text'))} active)"
                                        if active or st.session_state.get("filter_text") else ""),
                     expanded=bool(active)):
        text = st.text_input("Search quotes and place names", key="filter_text", max_chars=MAX_TEXT,
                             help="Case-insensitive, in the quoted sentence, the summary and every name of the "
                                  "places a claim names.")
        chosen = {}
        for name, label in FILTER_LABELS.items():
            kept = [v for v in st.session_state.get(f"filter_{name}") or [] if v in opts[name]]
            st.session_state[f"filter_{name}"] = kept  # a value the data lost since is dropped
            chosen[name] = tuple(st.multiselect(label, opts[name], key=f"filter_{name}"))
        f = ClaimFilters(text=" ".join(text.split()), **chosen)
        if f:
            st.button("Clear the filters", on_click=clear_filters, key="filters_clear")
    return f


def clear_filters() -> None:
    for name in (*FILTER_LABELS, "text"):
        st.session_state[f"filter_{name}"] = "" if name == "text" else []


def outlet_table(sources) -> list[dict]:
    counts: dict[str, int] = {}
    for s in sources:
        counts[s.outlet] = counts.get(s.outlet, 0) + 1
    return [{"outlet": o, "reports": n} for o, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def set_window(window: Window) -> None:
    st.session_state["window"] = (window.start, window.end)


def _short(window: Window) -> str:
    return f"{window.start:%-d %b %Y} – {window.end:%-d %b %Y}"


def _typed_window(span: Window, key: str) -> None:
    typed = st.session_state.get(key) or ()
    if len(typed) != 2:
        return  # the first day is picked, the second not yet
    start, end = st.session_state["window"]
    set_window(typed_window(typed[0], typed[1], span, Window(start, end)))


def _quick_window(ranges: dict[str, Window]) -> None:
    label = st.session_state.get("window_quick")
    if label in ranges:
        set_window(ranges[label])
    st.session_state["window_quick"] = None  # a jump, not a setting: the box is ready for the next one


def publish_view(view: ViewSettings) -> None:
    st.session_state[_VIEW_KEY] = view


def current_view(ds: Dataset, on_map_page: bool = False) -> ViewSettings:
    """The settings app.py drew this run, or the sidebar drawn here when the page runs alone."""
    view = st.session_state.pop(_VIEW_KEY, None)
    return view if isinstance(view, ViewSettings) else draw_sidebar(ds, on_map_page=on_map_page)
