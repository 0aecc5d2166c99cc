"""Corridor Watch: news reports of border crossings and movements on an honest, offline map."""
from __future__ import annotations

import base64
from pathlib import Path

import streamlit as st

from ui.account import team_store, watch_revision, who
from ui.shared import dataset, draw_sidebar, publish_view, store

PAGES = [  # (script, title, icon, shown to an account that can only read)
    ("app_pages/map.py", "Map", ":material/map:", True),
    ("app_pages/timeline.py", "Timeline", ":material/timeline:", True),
    ("app_pages/claims.py", "Claims", ":material/table:", True),
    ("app_pages/source.py", "Source", ":material/article:", True),
    ("app_pages/ingest.py", "Ingest", ":material/upload_file:", False),
    ("app_pages/review.py", "Review", ":material/fact_check:", False),
    ("app_pages/history.py", "History", ":material/history:", True),
]


# The icon inline: a file path is served as a per-session media file, which a reloading page can still ask for
# after its session has dropped it (a 404 in the browser's console).
FAVICON = "data:image/png;base64," + base64.b64encode((Path(__file__).parent / "static" / "favicon.png").read_bytes()).decode()


def run() -> None:
    st.set_page_config(page_title="Corridor Watch", page_icon=FAVICON, layout="wide")
    ds = dataset()  # on a team store: the sign-in form until someone signs in; a store's trouble, said
    # what a viewer (or a read-only dashboard) cannot do is not offered; the database refuses it anyway
    writer = who().can_write
    nav = st.navigation([st.Page(path, title=title, icon=icon, default=i == 0)
                         for i, (path, title, icon, reader) in enumerate(PAGES) if reader or writer])
    publish_view(draw_sidebar(ds, on_map_page=nav.title == "Map"))
    nav.run()
    if team_store():
        watch_revision(store())  # another analyst's change shows within seconds


if __name__ == "__main__":
    run()
