"""Timeline: listed crossing days as marks, period totals as spans, the window highlighted.
Drag across the chart to pick dates; one click makes them the window every page shows."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.view.filters import apply_filters
from geo.view.render import md_escape
from geo.view.aggregate import AGGREGATE_ABOVE
from geo.view.logs import log_frames
from geo.view.timeline import (BRUSH, brush_window, log_charts, timeline_chart, timeline_frame, weekly_chart,
                               weekly_frame)
from ui.mapstate import data_span
from ui.shared import current_view, dataset, log_cube, set_window, source_line

view = current_view(dataset())
ds = apply_filters(dataset(), view.filters)  # the sidebar's filters, as on every page

st.title("Timeline of dated claims")
if not any(c.is_dated for c in ds.claims):
    st.info("No dated claim is left by the sidebar's filters.")
    st.stop()
zoomed = st.toggle("Zoom to the date window", key="timeline_zoom",
                   help="The axis shows the sidebar's window instead of all the data's dates.")
many = sum(1 for c in ds.claims if c.is_dated) > AGGREGATE_ABOVE
weekly = st.radio("Chart", ("Claims per week, by kind", "Each claim"), index=0 if many else 1, horizontal=True,
                  key="timeline_mode", help="With many claims, a bar per week counts them (never their figures); "
                  "with few, each claim has its own row of spans and ticks.") == "Claims per week, by kind"
if weekly:
    chart = weekly_chart(weekly_frame(ds.claims), view.window, zoom=view.window if zoomed else None)
else:
    chart = timeline_chart(timeline_frame(ds.claims), view.window, zoom=view.window if zoomed else None)
event = st.altair_chart(chart, width="stretch", on_select="rerun", selection_mode=BRUSH, key="timeline_chart")
picked = brush_window(event.selection if event else None, data_span(ds))
if picked is not None and picked != view.window:
    st.button(f"Set the window to {picked.start:%-d %b %Y} – {picked.end:%-d %b %Y}", type="primary",
              on_click=set_window, args=(picked,), icon=":material/date_range:")
else:
    st.caption("Drag across the chart to pick dates, then set them as the window.")
undated = sum(1 for c in ds.claims if not c.is_dated)
st.caption(
    ("Each bar counts the claims whose period starts in that week, by kind: a count of reports, never a sum of "
     "their figures. " if weekly else
     "Bars are period totals: the count belongs to the whole period and is not spread over its days; "
     "pale bars are claims the source dates to a month only. "
     "Ticks are single days or days the source lists (number per day not reported). ")
    + f"The shaded band is the sidebar's date window. {undated:,} undated claims are not on the timeline. "
    + md_escape(source_line(ds))
)

cube = log_cube()
if cube.span is not None:
    st.subheader("Logged figures")
    first, last = cube.span
    lo, hi = (view.window.start, view.window.end) if zoomed else (first, last)  # the logs' own dates
    bars, totals, step = log_frames(cube, lo, hi)
    if not zoomed and (view.window.end < first or view.window.start > last):
        st.caption(md_escape(f"The logs run from {first:%-d %b %Y} to {last:%-d %b %Y}, outside the date window "
                             f"({view.window.start:%-d %b %Y} – {view.window.end:%-d %b %Y})."))
    for chart in log_charts(bars, totals, step, view.window, pd.Timestamp(lo) - pd.Timedelta(days=2),
                            pd.Timestamp(hi) + pd.Timedelta(days=3)):
        st.altair_chart(chart, width="stretch")
    if not len(bars) and not len(totals):
        st.info("No logged figure in these dates.")
    st.caption("Logs are stated counts per day (or hour) from structured records, not claims read from reports: "
               "their bars are the logged counts, and each series is one log and one claimant, never added to "
               "another log or to a report's figure. Running totals are shown as stated, one point per figure; "
               "conflicting figures from different claimants stay side by side. "
               + md_escape("; ".join(sorted(set(cube.sources.values())))[:600]))
