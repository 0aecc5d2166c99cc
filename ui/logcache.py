"""The store's logs as a daily cube, cached per store version (a simple key): read once after each write."""
from __future__ import annotations

import os

import streamlit as st

from geo.logs.cube import DailyCube
from geo.store import DatasetError
from geo.view.render import md_escape


@st.cache_resource(show_spinner=False, max_entries=2)
def _store_cube(key: str, version: int, _store) -> DailyCube:
    from geo.store.logs import read_cube

    return read_cube(_store)


def log_cube() -> DailyCube:
    """Empty when the app reads a data folder (CORRIDOR_WATCH_DATA) or the store cannot be read."""
    if os.environ.get("CORRIDOR_WATCH_DATA"):
        return DailyCube.empty()
    try:
        from ui.account import open_signed_in

        s = open_signed_in()
        return _store_cube(s.key, s.version(), s)
    except DatasetError as exc:
        st.error(md_escape(f"The store's logs cannot be read: {exc}"), icon=":material/error:")
        return DailyCube.empty()
