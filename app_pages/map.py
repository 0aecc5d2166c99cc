"""Map: claims in the date window over the offline basemap; click a mark for its sentence.

Present mode (switch or ?present=1) hides the controls for briefings; the URL always carries the view."""
from __future__ import annotations

from dataclasses import replace
from html import escape

import streamlit as st

from geo.view.briefing import build_briefing, in_frame_count, outside_frame, unlabelled
from geo.claims import claims_frame
from geo.view.labels import view_bounds
from geo.link import side_by_side
from geo.view.aggregate import figures_text
from geo.view.panel import claim_card_html, group_heading, group_table
from geo.view.render import SOURCE_CSS, legend_html, md_escape
from geo.view.viewstate import frame_from_report
from ui.mapstate import (
    PRESENT_CSS, clear_group, clear_selection, copy_link_button, current_state, dismiss_link_notices, export_buttons, link_notices,
    map_controls, on_map_click, on_map_view, play_interval, playback_controls, playback_window, remember_map_widgets,
    share_url, toggle_play, write_link,
)
from ui.mapview import deck_map
from ui.shared import countries, current_view, dataset, log_cube, page_url

PRESENT_TEXT_SCALE = 1.3
# The map follows the window's height, so the title, the map and the source line fit one screen
# (1366 × 768 projectors included); the element reports its real size and labels are placed for it.
MAP_HEIGHT_CSS = {False: "clamp(340px, calc(100vh - 250px), 760px)",
                  True: "clamp(340px, calc(100vh - 232px), 820px)"}  # room for the line naming what is off-frame
ds = dataset()
view = current_view(ds, on_map_page=True)
switches, position = map_controls()
playback_controls()
remember_map_widgets()
for notice in link_notices():
    st.warning(md_escape(f"Link: {notice}"), icon=":material/link_off:")
if link_notices():
    st.button("Dismiss the link notices", key="dismiss_link_notices", on_click=dismiss_link_notices)

TICK = play_interval()


def group_panel(b, group) -> None:
    """A clicked group: the list of its claims, newest first; choosing one selects it as a click on it would."""
    rows = b.map.layers.rows
    title = next((r["title"] for r in rows.get("groups", []) + rows["flows"] if r.get("group_id") == group.group_id),
                 group.group_id)
    st.subheader("Claims in this group")
    st.markdown(md_escape(group_heading(group, title)))
    st.caption(md_escape(f"Figures stated: {figures_text(group, 4) or 'none'}. They are listed side by side, "
                         "never added up: several reports of one event would count it twice."))
    table = group_table(group, ds.sources_by_id)
    picked = st.dataframe(table, hide_index=True, width="stretch", height=min(420, 36 * (len(table) + 1)),
                          on_select="rerun", selection_mode="single-row", key=f"group_rows_{group.group_id}",
                          column_order=("outlet", "period", "figure", "status", "quote"))
    chosen = picked.selection.rows if picked and picked.selection else []
    if chosen and table[chosen[0]]["claim"] != st.session_state.get("selected_claim"):
        st.session_state["selected_claim"] = table[chosen[0]]["claim"]
        st.rerun()
    st.button("Close the list", on_click=clear_group, key="clear_group")


def analyst_panel(b) -> None:
    """Beside the map (below it on a phone): the clicked claim's card, or the clicked group's list of claims,
    in present mode too."""
    claim = b.selected
    group = b.map.layers.groups.get(st.session_state.get("selected_group") or "")
    if claim is not None:
        st.subheader("Selected claim")
        st.html(SOURCE_CSS + claim_card_html(claim, ds.source(claim.source_id), ds.claims_by_id, ds.sources_by_id))
        st.button("Clear selection", on_click=clear_selection, key="clear_selection")
        if group is not None:
            group_panel(b, group)
    elif group is not None:
        group_panel(b, group)
    elif other := st.session_state.get("clicked_other"):
        st.info(md_escape(f"{other.get('title', '')}: {other.get('source', '')}"))
    elif not b.state.present:
        st.caption("Click a circle or a line to list the claims behind it here." if b.map.layers.groups else
                   "Click a flow, a label or the red crossing-days mark to read the sentence behind it here.")


def map_area() -> None:
    if play_interval() != TICK:
        st.rerun()  # play or pause changed the tick: redefine the fragment with the whole page
    state = current_state(view, switches, position)
    write_link(state)
    shown_window, frame_day = playback_window(state.window)
    b = build_briefing(ds, countries(), replace(state, window=shown_window),
                       text_scale=PRESENT_TEXT_SCALE if state.present else 1.0, base_url=page_url(), logs=log_cube())
    if state.present:
        st.html(PRESENT_CSS + f"<p class='cw-present-title'>{escape(b.title)}</p>")
    else:
        st.title(b.title)
    playing = frame_day is not None
    st.markdown(f"**{b.window_text}** — {b.summary}"  # our own words, no data
                + (f"  \n:red[**Playback: {frame_day.day} {frame_day:%b %Y}**]" if playing else ""))
    map_col, side_col = st.columns([3, 1], gap="small")
    with map_col:
        report = deck_map(b.map.layers.deck, key="map", height=MAP_HEIGHT_CSS[state.present], px=state.px,
                          view=(state.lon, state.lat, state.zoom), on_view=on_map_view, on_click=on_map_click)
        frame = frame_from_report(report.view, (state.lon, state.lat, state.zoom))
        if frame is None and state.px:  # the page moved the map itself (fitted it, or a link): its frame is known
            frame = view_bounds((state.lon, state.lat, state.zoom), state.px)
        notes = []
        if frame is not None:
            if not state.present:  # a briefing keeps its one screen: only what is missing from it is said
                notes.append(f"{in_frame_count(b, frame):,} of the {len(b.shown):,} claims shown have a mark in this frame")
            if outside := outside_frame(b, frame):
                # shown in the window, but not in the frame the analyst is looking at
                notes.append(("outside it: " if notes else "outside this frame: ") + "; ".join(outside))
        if hidden := unlabelled(b):
            notes.append("no room for the labels of " + "; ".join(hidden) + " at this width: zoom in or widen the window")
        if notes:
            st.caption(md_escape(". ".join(n[0].upper() + n[1:] for n in notes) + "."))
        if (logged := b.map.layers.rows.get("logs")) and not state.present:
            # the rings' figures in words: readable beside a screenshot, and by a screen reader
            st.caption(md_escape("Logged in this window (structured logs, each log and claimant apart, never added "
                                 "to the claims): " + " — ".join(r["full"] for r in logged[:8])
                                 + (f" — and {len(logged) - 8} more checkpoints" if len(logged) > 8 else "")))
    with side_col:
        st.html(legend_html(b.map.legend))
        st.button("Pause playback" if playing else "Play", key="play", on_click=toggle_play, args=(state.window,),
                  icon=":material/pause:" if playing else ":material/play_arrow:",
                  help="Step the window through time, day by day (speed and mode in the sidebar)")
        if state.present:
            st.button("Exit present mode", key="exit_present",
                      on_click=lambda: st.session_state.update(present=False))
        analyst_panel(b)
    st.html(f"<div class='cw-present-source'>{escape(b.source_line)}</div>"
            f"<div class='cw-present-attr'>{escape(b.attribution)} · {escape(b.exported)}</div>")
    if state.present:
        return
    with st.container(border=True):
        export_buttons(b, ds, countries())
        with st.expander("Share this view"):
            copy_link_button(share_url(state))
            st.caption("The link carries the window, layers, names, selected claim, map centre, zoom and size.")
    claim = b.selected
    if claim is not None:
        with st.expander("Every field of the selected claim"):
            frame = claims_frame([claim], {p.place_id: p for p in ds.places}).drop(columns="geometry")
            shown = frame.T.rename(columns={0: claim.claim_id})[claim.claim_id].map(lambda v: "—" if v is None else str(v))
            st.dataframe(shown, width="stretch", height=36 * (len(frame.columns) + 1))
            if claim.linked:
                st.markdown(f"**Other sources on the same event** — {claim.status}")
                st.dataframe(side_by_side(claim, ds.claims, {s.source_id: s.outlet for s in ds.sources}),
                             hide_index=True, width="stretch")
    show_undated = st.toggle(f"List the {len(b.map.result.undated)} undated claims (not on the map)", key="show_undated")
    remember_map_widgets()
    if show_undated:
        undated = claims_frame(b.map.result.undated, {p.place_id: p for p in ds.places})
        st.dataframe(undated[["claim_id", "kind", "summary", "claimant", "quote", "place"]],
                     hide_index=True, width="stretch")


# Only playback runs as a ticking fragment; otherwise a click reruns the whole page, as before playback
# existed (inside a fragment, a click made while the page was still being drawn was sometimes lost).
(st.fragment(map_area, run_every=TICK) if TICK else map_area)()
