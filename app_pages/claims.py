"""Claims: every claim with every field, filterable."""
from __future__ import annotations

import streamlit as st

from geo.claims import ClaimFilter, filter_claims
from geo.model import CLAIM_KINDS, DATE_PRECISIONS
from geo.render import md_escape
from ui.shared import current_view, dataset, source_line

ds = dataset()
view = current_view(ds)

st.title("Claims")
cols = st.columns([2, 2, 2, 1])
kinds = cols[0].multiselect("Kind", CLAIM_KINDS, key="claims_kinds")
precisions = cols[1].multiselect("Date precision", DATE_PRECISIONS, key="claims_precision")
text = cols[2].text_input("Search summary, quote or claimant", key="claims_search")
in_window = cols[3].toggle("In window", key="claims_in_window",
                           help="Dated claims in the sidebar's window; undated claims are dropped.")
frame = filter_claims(ds, ClaimFilter(kinds=tuple(kinds), precisions=tuple(precisions), text=text,
                                      window=view.window if in_window else None))
st.markdown(f"**{len(frame)} of {len(ds.claims)} claims**")
st.dataframe(frame, hide_index=True, width="stretch", height=min(36 * (len(frame) + 1) + 4, 680),
             column_config={"quote": st.column_config.TextColumn(width="large")})
st.caption("Count empty = not reported. Offsets are character positions in the captured source text. "
           + md_escape(source_line(ds)))
