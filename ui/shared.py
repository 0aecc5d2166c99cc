"""Cached loaders (simple keys only) and the shared sidebar.

app.py draws the sidebar once per run and hands the settings to the page it
runs; a page run on its own (AppTest, `streamlit run pages/map.py`) draws it itself.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import geopandas as gpd
import streamlit as st

from geo.basemap import ATTRIBUTION, COUNTRIES_PATH, load_countries
from geo.claims import dated_span
from geo.gazetteer import DISPLAY_CHOICES
from geo.model import Dataset, ViewSettings, Window
from geo.store import DATA_DIR, load_dataset

_VIEW_KEY = "_cw_view"


@st.cache_data(show_spinner=False)
def _dataset(data_dir: str) -> Dataset:
    return load_dataset(Path(data_dir))


def dataset() -> Dataset:
    """The dataset named by CORRIDOR_WATCH_DATA (set by `corridor-watch serve --data`), else the seed."""
    return _dataset(os.environ.get("CORRIDOR_WATCH_DATA", str(DATA_DIR)))


@st.cache_data(show_spinner=False)
def countries(path: str = str(COUNTRIES_PATH)) -> gpd.GeoDataFrame:
    return load_countries(Path(path))


def source_line(ds: Dataset) -> str:
    outlets = sorted({s.outlet for s in ds.sources})
    return (f"Source{'s' if len(outlets) > 1 else ''}: {', '.join(outlets)} — claims as reported, "
            "not independently verified.")


def draw_sidebar(ds: Dataset) -> ViewSettings:
    span = dated_span(ds.claims) or Window(date.today(), date.today())
    with st.sidebar:
        st.markdown("### Corridor Watch")
        start, end = st.slider(
            "Date window", min_value=span.start, max_value=span.end, value=(span.start, span.end),
            format="D MMM YYYY", key="window",
            help="Day events show when their day is inside; period totals show when their period overlaps "
                 "and are never split into days.",
        )
        names = st.radio("Place names", list(DISPLAY_CHOICES), format_func=DISPLAY_CHOICES.__getitem__,
                         key="names", help="Contested places have several names; the source's own form is kept.")
        st.caption(source_line(ds))
        st.caption(f"{ATTRIBUTION}. Places: GeoNames (CC BY 4.0). Works offline.")
    return ViewSettings(window=Window(start, end), names=names)


def publish_view(view: ViewSettings) -> None:
    st.session_state[_VIEW_KEY] = view


def current_view(ds: Dataset) -> ViewSettings:
    """The settings app.py drew this run, or the sidebar drawn here when the page runs alone."""
    view = st.session_state.pop(_VIEW_KEY, None)
    return view if isinstance(view, ViewSettings) else draw_sidebar(ds)
