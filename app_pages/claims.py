"""Claims: every claim with every field, filtered, sorted over the whole table and shown a page at a time."""
from __future__ import annotations

import streamlit as st

from geo.claims import PAGE_SIZES, ClaimFilter, filter_claims, table_page
from geo.view.filters import apply_filters
from geo.model import CLAIM_KINDS, DATE_PRECISIONS
from geo.view.render import md_escape
from ui.shared import current_view, dataset, source_line

view = current_view(dataset())
ds = apply_filters(dataset(), view.filters)  # the sidebar's filters, as on every page

st.title("Claims")
cols = st.columns([2, 2, 2, 1])
kinds = cols[0].multiselect("Kind", CLAIM_KINDS, key="claims_kinds")
precisions = cols[1].multiselect("Date precision", DATE_PRECISIONS, key="claims_precision")
text = cols[2].text_input("Search summary, quote or claimant", key="claims_search")
in_window = cols[3].toggle("In window", key="claims_in_window",
                           help="Dated claims in the sidebar's window; undated claims are dropped.")
frame = filter_claims(ds, ClaimFilter(kinds=tuple(kinds), precisions=tuple(precisions), text=text,
                                      window=view.window if in_window else None))
sort_cols = st.columns([2, 1, 1, 1])
sort_by = sort_cols[0].selectbox("Sort by", list(frame.columns), index=list(frame.columns).index("date_start"),
                                 key="claims_sort", help="Sorts the whole table, then shows one page of it.")
descending = sort_cols[1].toggle("Descending", value=True, key="claims_desc")
size = sort_cols[2].selectbox("Rows per page", PAGE_SIZES, index=1, key="claims_page_size")
pages = max(1, -(-len(frame) // size))
page = sort_cols[3].number_input("Page", min_value=1, max_value=pages, value=1, step=1, key="claims_page")
rows, page, pages = table_page(frame, sort_by, descending, int(page), size)
first = (page - 1) * size + 1 if len(frame) else 0
st.markdown(f"**{len(frame):,} of {len(ds.claims):,} claims**"
            + (f" — rows {first:,}–{first + len(rows) - 1:,}, page {page:,} of {pages:,}" if pages > 1 else ""))
st.dataframe(rows, hide_index=True, width="stretch", height=min(36 * (len(rows) + 1) + 4, 680),
             column_config={"quote": st.column_config.TextColumn(width="large")})
st.caption("Count empty = not reported. Offsets are character positions in the captured source text. "
           + md_escape(source_line(ds)))
