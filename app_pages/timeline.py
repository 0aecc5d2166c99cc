"""Timeline: listed crossing days as marks, period totals as spans, the window highlighted."""
from __future__ import annotations

import streamlit as st

from geo.render import md_escape
from geo.timeline import timeline_chart, timeline_frame
from ui.shared import current_view, dataset, source_line

ds = dataset()
view = current_view(ds)

st.title("Timeline of dated claims")
frame = timeline_frame(ds.claims)
st.altair_chart(timeline_chart(frame, view.window), width="stretch")
undated = sum(1 for c in ds.claims if not c.is_dated)
st.caption(
    "Bars are period totals: the count belongs to the whole period and is not spread over its days; "
    "pale bars are claims the source dates to a month only. "
    "Ticks are single days or days the source lists (number per day not reported). "
    f"The shaded band is the sidebar's date window. {undated} undated claims are not on the timeline. "
    + md_escape(source_line(ds))
)
