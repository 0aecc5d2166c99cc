"""The store's logs as a daily cube, cached per store version (a simple key): read once after each write."""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from geo.logs.cube import DailyCube
from geo.store import DatasetError, GeoPackageStore, open_store
from geo.view.render import md_escape


@st.cache_resource(show_spinner=False, max_entries=2)
def _store_cube(path: str, version: int) -> DailyCube:
    from geo.store.logs import read_cube

    return read_cube(GeoPackageStore(Path(path)))


def log_cube() -> DailyCube:
    """Empty when the app reads a data folder (CORRIDOR_WATCH_DATA) or the store cannot be read."""
    if os.environ.get("CORRIDOR_WATCH_DATA"):
        return DailyCube.empty()
    try:
        s = open_store()
        return _store_cube(str(s.path), s.version())
    except DatasetError as exc:
        st.error(md_escape(f"The store's logs cannot be read: {exc}"), icon=":material/error:")
        return DailyCube.empty()
