"""Review: confirm, correct or reject uncertain picks; grade sources and claims."""
from __future__ import annotations

import streamlit as st

from geo.claims import format_count, format_period
from geo.ingest import RELIABILITY_GRADES
from geo.view.preview import point_preview
from geo.view.render import md_escape
from geo.review import review_queue
from geo.store import Correction, DatasetError
from ui.account import who
from ui.shared import countries, current_view, dataset, store

ds = dataset()
current_view(ds)
mentions, claims = review_queue(ds)

st.title("Review")
st.caption("Decisions are stored apart from what ingest produces, so they survive re-ingesting a report.")


def save(correction: Correction, message: str) -> None:
    try:
        store().add_correction(correction)
    except DatasetError as exc:  # refused by the database, or the store is busy or unreachable
        st.error(md_escape(f"Not saved: {exc}"), icon=":material/error:")
        return
    st.session_state["review_saved"] = message
    st.rerun()


if "review_saved" in st.session_state:
    st.success(md_escape(st.session_state.pop("review_saved")))

tab_m, tab_c, tab_g = st.tabs([f"Place mentions ({len(mentions)})", f"Claims ({len(claims)})", "Grades"])
with tab_m:
    if not mentions:
        st.info("No place mention waits for review.")
    else:
        item = st.selectbox("Mention", mentions, key="review_mention",
                            format_func=lambda i: f"{i.mention.surface} — {i.source_title[:60]} ({i.reason})")
        before, surface, after = item.context
        st.text(f"…{before}[{surface}]{after}…")
        st.caption(md_escape(item.reason))
        # radio options render Markdown: data in them is escaped
        options = {"confirm": md_escape(f"Confirm: {item.mention.place_id}"), "reject": "Not a place: reject",
                   **{f"pick:{p.place_id}": md_escape(f"Pick {p.name} ({p.country or p.kind}) — {p.coord_source}")
                      for p in item.candidates if p.place_id != item.mention.place_id},
                   "place": "Place a point myself"}
        choice = st.radio("Decision", list(options), format_func=options.__getitem__, key="review_mention_choice")
        lon = lat = None
        if choice == "place":
            c1, c2 = st.columns(2)
            lon = c1.number_input("Longitude", min_value=-180.0, max_value=180.0, value=46.5, format="%.5f",
                                  key="review_lon")
            lat = c2.number_input("Latitude", min_value=-90.0, max_value=90.0, value=39.6, format="%.5f",
                                  key="review_lat")
            st.pydeck_chart(point_preview(lon, lat, countries(), ds.places), height=300)
        if st.button("Save decision", key="review_mention_save"):
            mid = item.mention.mention_id
            if choice.startswith("pick:"):
                save(Correction("mention", mid, "pick", choice.removeprefix("pick:")), f"{surface}: place changed")
            elif choice == "place":
                save(Correction("mention", mid, "place", f"{lon},{lat}"), f"{surface}: placed at {lat:.4f}, {lon:.4f}")
            else:
                save(Correction("mention", mid, choice), f"{surface}: {choice}ed")
with tab_c:
    if not claims:
        st.info("No claim waits for review.")
    else:
        item = st.selectbox("Claim", claims, key="review_claim",
                            format_func=lambda i: f"{i.claim.summary[:70]} ({i.reason})")
        c = item.claim
        st.text(c.quote)
        st.caption(md_escape(f"Why: {item.reason} · {c.kind.replace('_', ' ')} · {format_period(c)} · "
                              f"{format_count(c)} · claimed by {c.claimant}"))
        decision = st.radio("Decision", ["confirm", "reject"], key="review_claim_choice", horizontal=True)
        if st.button("Save decision", key="review_claim_save"):
            save(Correction("claim", c.claim_id, decision), f"claim {c.claim_id}: {decision}ed")
with tab_g:
    if not who().can_grade:
        st.info("Grading sources and claims is for the team's leads; your account reviews places and claims.")
        st.stop()
    src = st.selectbox("Source", ds.sources, format_func=lambda s: f"{s.outlet}: {s.title[:70]}", key="grade_source")
    grade = st.select_slider("Reliability (Admiralty A–F)", RELIABILITY_GRADES, value=src.reliability,
                             key="grade_source_value")
    if st.button("Save source grade", key="grade_source_save"):
        save(Correction("source", src.source_id, "grade", grade), f"{src.outlet}: reliability {grade}")
    claim = st.selectbox("Claim", [c for c in ds.claims if c.source_id == src.source_id],
                         format_func=lambda c: f"{c.claim_id}: {c.summary[:70]}", key="grade_claim")
    if claim is not None:
        cred = st.select_slider("Credibility (1 confirmed … 6 cannot be judged)", [1, 2, 3, 4, 5, 6],
                                value=claim.credibility, key="grade_claim_value")
        if st.button("Save claim grade", key="grade_claim_save"):
            save(Correction("claim", claim.claim_id, "grade", str(cred)), f"{claim.claim_id}: credibility {cred}")
