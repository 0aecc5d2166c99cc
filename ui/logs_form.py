"""The Ingest page's log box: upload a CSV or Parquet log, check every row, land it whole or its good rows."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.choices import RELIABILITY_GRADES
from geo.logs.importing import LogRejected, import_log_bytes, rejects_csv
from geo.logs.model import LogMeta
from geo.logs.read import LogFileError
from geo.view.render import md_escape

UPLOAD_MB = 256  # .streamlit/config.toml's server.maxUploadSize; larger files through the command line
SHOWN = 500


def _problems_table(read) -> pd.DataFrame:
    return pd.DataFrame([{"line": p.line if p.line is not None else p.row, "column": p.column, "value": p.value,
                          "reason": p.reason} for p in read.problems[:SHOWN]])


def log_form(store) -> None:
    st.header("Add a log")
    st.caption("A structured record: a checkpoint's vehicles, an authority's daily figures. Columns: observed_at "
               "(ISO date, or date-time with its zone), checkpoint (a place id or name), direction (in, out, towards "
               "a place), unit or vehicle_type, count (empty = not recorded), and optionally plate_country, note, "
               "claimant, url. Every row is checked; a file with a bad row is refused whole unless you choose to "
               f"skip bad rows. Files over {UPLOAD_MB} MB: `corridor-watch logs import`.")
    upload = st.file_uploader("Log file (.csv or .parquet)", type=["csv", "parquet"], key="log_file",
                              max_upload_size=UPLOAD_MB)
    cols = st.columns([3, 3, 1, 2])
    source = cols[0].text_input("Source", key="log_source", placeholder="who kept the log, where it comes from")
    claimant = cols[1].text_input("Claimant", key="log_claimant", placeholder="who states these figures")
    reliability = cols[2].selectbox("Reliability", RELIABILITY_GRADES, index=5, key="log_reliability")
    measure = cols[3].radio("Each row is", ("count", "cumulative"), key="log_measure", horizontal=True,
                            format_func=lambda m: "a count" if m == "count" else "a running total",
                            help="A count: what the row saw. A running total: the total as of its time (never summed).")
    skip = st.checkbox("Skip bad rows (land the good ones; the bad ones are offered for download)", key="log_skip")
    if not st.button("Import the log", key="log_go"):
        return
    if upload is None:
        st.error("Choose a log file first.")
        return
    if not source.strip() or not claimant.strip():
        st.error("Say who kept the log (source) and who states its figures (claimant): every mark carries them.")
        return
    bar = st.progress(0.0, text="reading")
    meta = LogMeta(source=source.strip()[:300], claimant=claimant.strip()[:300], reliability=reliability,
                   measure=measure)
    try:
        result = import_log_bytes(upload.getvalue(), upload.name, meta, store, skip_bad=skip,
                                  progress=lambda f, stage: bar.progress(min(f, 1.0), text=stage))
    except LogRejected as exc:
        bar.empty()
        st.error(md_escape(str(exc).replace("import with --skip-bad to land the good rows and write the rest to a "
                                            "rejects file", "tick 'Skip bad rows' to land the good ones")))
        st.dataframe(_problems_table(exc.read), hide_index=True, width="stretch")
        if len(exc.read.problems) > SHOWN:
            st.caption(f"The first {SHOWN} of {len(exc.read.problems):,} problems.")
        return
    except (LogFileError, ValueError) as exc:  # unreadable file, a busy or damaged store
        bar.empty()
        st.error(md_escape(f"Nothing was imported: {exc}"))
        return
    except OSError as exc:  # a full disk: the transaction was rolled back
        bar.empty()
        st.error(md_escape(f"Nothing was imported: the store could not be written ({exc.strerror or exc})."))
        return
    bar.empty()
    st.success(md_escape(result.summary()))
    if result.read is not None and result.read.problems:
        st.warning(md_escape(f"{result.read.bad_rows:,} bad rows were left out."))
        st.download_button("Download the bad rows (CSV, with each row's line and reasons)", rejects_csv(result.read),
                           file_name=f"{upload.name.rsplit('.', 1)[0]}.rejects.csv", mime="text/csv",
                           key="log_rejects")
