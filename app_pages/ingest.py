"""Ingest: paste a report or upload a .txt / .html file; its places and claims go to the store."""
from __future__ import annotations

from datetime import date

import streamlit as st

from geo.ingest import NO_DATE, RELIABILITY_GRADES, SourceMeta, ingest, preview_publication, publication_note
from geo.view.render import md_escape
from geo.sources import MAX_SOURCE_BYTES, SourceTextError
from ui.logs_form import log_form
from ui.shared import current_view, dataset, store

ds = dataset()
current_view(ds)

st.title("Add a report")
st.caption("The text is reduced to its article body (menus, headline lists and scripts are dropped), its places "
           "and dated, counted claims are extracted, and every uncertain pick waits on the Review page.")
pasted = st.text_area("Paste the report", height=220, key="ingest_text")
upload = st.file_uploader("…or upload a .txt or .html file", type=["txt", "html", "htm"], key="ingest_file",
                          max_upload_size=MAX_SOURCE_BYTES // 2**20)  # the real limit of one article
cols = st.columns([2, 2, 1, 2, 1, 1])
outlet = cols[0].text_input("Outlet", key="ingest_outlet", placeholder="e.g. Reuters")
title = cols[1].text_input("Title (optional)", key="ingest_title")
published = cols[2].date_input("Published", value=None, min_value=date(1990, 1, 1), max_value=date.today(),
                               key="ingest_published", help="Years and relative dates resolve against it.")
url = cols[3].text_input("URL (optional)", key="ingest_url")
reliability = cols[4].selectbox("Reliability", RELIABILITY_GRADES, index=5, key="ingest_reliability",
                                help="Admiralty grade of the source; F = cannot be judged yet.")
country = cols[5].text_input("Country", key="ingest_country", max_chars=2, placeholder="AM",
                             help="The outlet's country, a two-letter ISO code (AM, AZ, IR, RU …): the 'side' filter.")

if published is None and (upload is not None or pasted.strip()):
    found = preview_publication(upload.getvalue() if upload is not None else pasted,
                                upload.name if upload is not None else "the pasted text")
    if found is not None and found.earliest is not None:
        st.info(md_escape(f"No date entered: the text gives its own, {publication_note(found)}. "
                          "Enter a date above to use another."))
    elif found is not None:
        st.warning(md_escape(f"No publication date entered, and {NO_DATE.replace('no publication date given or ', 'none ')}. "
                             "Enter it above if you know it."))

if st.button("Ingest", type="primary", key="ingest_go"):
    raw: bytes | str | None = upload.getvalue() if upload is not None else (pasted or None)
    name = upload.name if upload is not None else "the pasted text"
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        st.error("Paste a report or choose a file first.")
    else:
        bar = st.progress(0.0, text="starting")
        try:
            result = ingest(raw, SourceMeta(outlet=outlet.strip() or "Unknown outlet", title=title.strip() or None,
                                            published=published, url=url.strip() or None, reliability=reliability,
                                            country=country.strip().upper()),
                            store(), name=name, progress=lambda f, stage: bar.progress(f, text=stage))
        except (SourceTextError, ValueError) as exc:  # a store that is busy or damaged is a ValueError too
            bar.empty()
            st.error(f"Nothing was added: {md_escape(str(exc))}")
        except OSError as exc:  # a full disk, a read-only folder: the transaction was rolled back
            bar.empty()
            st.error(md_escape(f"Nothing was added: the store could not be written ({exc.strerror or exc}). "
                               "Free some space or choose another store, then try again."))
        else:
            st.success(md_escape(result.summary()))
            st.session_state["ingest_last"] = result.source.source_id
            st.dataframe([{"surface": m.surface, "place": m.place_id, "confidence": m.confidence,
                           "to review": m.uncertain} for m in result.mentions], hide_index=True, width="stretch")
            st.dataframe([{"claim": c.summary, "count": c.count, "unit": c.unit, "from": c.date_start,
                           "to": c.date_end, "flags": "; ".join(c.flags), "to review": c.uncertain}
                          for c in result.claims], hide_index=True, width="stretch")
            st.info("Open **Review** in the sidebar to confirm or correct the picks marked 'to review'; "
                    "the **Map** shows the new claims now (widen the date window if they fall outside it).")

st.divider()
log_form(store())
