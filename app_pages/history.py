"""History: who changed what, newest first (ingests, decisions, grades, log imports)."""
from __future__ import annotations

import streamlit as st

from geo.store import DatasetError
from geo.view.history import history_rows
from geo.view.render import md_escape
from ui.shared import current_view, dataset, store

current_view(dataset())
st.title("History")
s = store()
team = s.backend == "postgis"
st.caption("Every ingest, decision, grade and log import, recorded by the database with the account that made it."
           if team else "A GeoPackage records decisions (with the computer account that made them) and log imports; "
                        "a team (PostGIS) store records every change with the analyst's account.")
c1, c2 = st.columns([2, 1])
who = c1.text_input("Only this account", key="history_who", max_chars=63, placeholder="any account")
limit = c2.selectbox("Show", [50, 200, 1000], index=1, key="history_limit", format_func=lambda n: f"latest {n}")
try:
    rows = history_rows(s, limit=limit, who=who.strip() or None)
except DatasetError as exc:
    st.error(md_escape(f"The history cannot be read: {exc}"), icon=":material/error:")
    st.stop()
if not rows:
    st.info("Nothing on record" + (f" for {md_escape(who.strip())}." if who.strip() else " yet."))
else:
    st.dataframe([{"when": r.when, "who": r.who, "what": r.what, "record": r.target, "detail": r.detail}
                  for r in rows], hide_index=True, width="stretch")
