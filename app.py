"""Corridor Watch: news reports of border crossings and movements on an honest, offline map."""
from __future__ import annotations

import streamlit as st

from ui.shared import dataset, draw_sidebar, publish_view

PAGES = [
    ("app_pages/map.py", "Map", ":material/map:"),
    ("app_pages/timeline.py", "Timeline", ":material/timeline:"),
    ("app_pages/claims.py", "Claims", ":material/table:"),
    ("app_pages/source.py", "Source", ":material/article:"),
    ("app_pages/ingest.py", "Ingest", ":material/upload_file:"),
    ("app_pages/review.py", "Review", ":material/fact_check:"),
]


def run() -> None:
    st.set_page_config(page_title="Corridor Watch", page_icon="static/favicon.png", layout="wide")
    nav = st.navigation([st.Page(path, title=title, icon=icon, default=i == 0)
                         for i, (path, title, icon) in enumerate(PAGES)])
    publish_view(draw_sidebar(dataset(), on_map_page=nav.title == "Map"))
    nav.run()


if __name__ == "__main__":
    run()
