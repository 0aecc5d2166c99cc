"""Source: the article body with place mentions and claim quotes marked; page chrome folded away."""
from __future__ import annotations

import streamlit as st

from geo.gazetteer import gazetteer_only
from geo.ingest import places_named_in
from geo.view.filters import apply_filters
from geo.view.render import SOURCE_CSS, chrome_html, highlighted_body_html, md_escape
from ui.shared import current_view, dataset

view = current_view(dataset())
ds = apply_filters(dataset(), view.filters)  # the sources of the claims the filters keep
if not ds.sources:
    st.info("No source has a claim the sidebar's filters keep.")
    st.stop()

st.title("Sources")
source = ds.sources[0] if len(ds.sources) == 1 else st.selectbox(
    "Source", ds.sources, format_func=lambda s: f"{s.outlet}: {s.title}", key="source_pick")
st.subheader(md_escape(source.title))
st.dataframe({
    "Outlet": [source.outlet],
    "Published": [source.published.describe()],
    "Reliability (A–F)": [f"{source.reliability} (F = not yet graded)" if source.reliability == "F" else source.reliability],
    "Claims": [sum(1 for c in ds.claims if c.source_id == source.source_id)],
    "Place mentions": [sum(1 for m in ds.mentions if m.source_id == source.source_id)],
}, hide_index=True)  # a dataframe shows data as text; st.table would render Markdown in it
st.caption(md_escape(f"How the date is known: {source.published.basis}"))
named = places_named_in(source, gazetteer_only(dataset().places))
st.caption(md_escape("Places this text names (towns inside road names included): "
                     + (", ".join(p.name for p in named) or "none found")))
st.caption(md_escape(f"{source.perspective} · sha256 {source.sha256[:16]}… · article body = characters "
           f"{source.body_start}–{source.body_end} of {len(source.text)}"))
st.html(SOURCE_CSS + "<p><mark class='cw-place'>place mention</mark> &nbsp; "
        "<span class='cw-claim'>sentence quoted by a claim</span></p>"
        + highlighted_body_html(source, ds.mentions, ds.claims))
with st.expander(f"Page chrome, not part of the article ({len(source.text) - len(source.body)} characters: "
                 "repeated title, subscription line, unrelated headlines)"):
    st.html(chrome_html(source))
