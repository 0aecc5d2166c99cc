"""Map: claims in the date window over the offline basemap; click a mark for its sentence."""
from __future__ import annotations

import streamlit as st

from geo.claims import claims_frame
from geo.layers import LayerSwitches, build_map_view, describe_window
from geo.link import side_by_side
from geo.render import SOURCE_CSS, legend_html, md_escape, quote_context_html
from ui.shared import countries, current_view, dataset, source_line

ds = dataset()
view = current_view(ds)

st.title("Crossings and movements, as reported")
toggles = st.columns(6)
switches = LayerSwitches(
    flows=toggles[0].toggle("Flows", value=True, key="layer_flows"),
    crossing_days=toggles[1].toggle("Crossing days", value=True, key="layer_days"),
    claims=toggles[2].toggle("Other claims", value=True, key="layer_claims"),
    places=toggles[3].toggle("Places", value=True, key="layer_places"),
    routes=toggles[4].toggle("Roads", value=True, key="layer_routes"),
    borders=toggles[5].toggle("Borders", value=True, key="layer_borders"),
)
mv = build_map_view(ds, countries(), view, switches)
st.markdown(f"**{describe_window(mv)}**")

map_col, legend_col = st.columns([5, 1])
with map_col:
    event = st.pydeck_chart(mv.layers.deck, on_select="rerun", selection_mode="single-object", key="map",
                            height=760, width="stretch")
    st.caption(f"{md_escape(source_line(ds))} Roads are schematic. Borders: Natural Earth. Places: GeoNames.")
with legend_col:
    st.html(legend_html(mv.legend))

selected = [row for rows in (event.selection.get("objects", {}) if event else {}).values() for row in rows]
claim_id = next((row.get("claim_id") for row in selected if row.get("claim_id")), None)
if claim_id:
    claim = ds.claim(claim_id)
    src = ds.source(claim.source_id)
    st.subheader("Selected claim")
    st.html(SOURCE_CSS + quote_context_html(src, claim))
    frame = claims_frame([claim], {p.place_id: p for p in ds.places}).drop(columns="geometry")
    shown = frame.T.rename(columns={0: claim_id})[claim_id].map(lambda v: "—" if v is None else str(v))
    st.dataframe(shown, width="stretch",
                 height=36 * (len(frame.columns) + 1))
    if claim.linked:
        st.markdown(f"**Other sources on the same event** — {claim.status}")
        st.dataframe(side_by_side(claim, ds.claims, {s.source_id: s.outlet for s in ds.sources}),
                     hide_index=True, width="stretch")
elif selected:
    st.info(md_escape(f"{selected[0].get('title', '')}: {selected[0].get('source', '')}"))
else:
    st.caption("Click a flow, a label or the red crossing-days mark to read the sentence behind it.")

if st.toggle(f"List the {len(mv.result.undated)} undated claims (not on the map)", key="show_undated"):
    undated = claims_frame(mv.result.undated, {p.place_id: p for p in ds.places})
    st.dataframe(undated[["claim_id", "kind", "summary", "claimant", "quote", "place"]],
                 hide_index=True, width="stretch")
