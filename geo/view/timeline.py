"""Dated claims → a timeline frame and an Altair chart: listed days as marks,
periods as spans (never split into days), the date window highlighted."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone

import altair as alt
import pandas as pd

from ..claims import format_count, format_period
from .palette import KIND_COLORS, KIND_LABELS
from ..model import Claim, Window
from .render import shorten


def _row_label(c: Claim, limit: int = 64) -> str:
    """Unique per claim (the id ends it), cut with an ellipsis."""
    text = shorten(c.summary, limit)
    return f"{text} ({c.claim_id.split('-')[-1]})"


def timeline_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """One row per period or day claim, one row per listed day; undated claims are left out."""
    rows = []
    for c in claims:
        if not c.is_dated or c.date_start is None or c.date_end is None:
            continue
        base = {
            "claim_id": c.claim_id,
            "row": _row_label(c),
            "kind": KIND_LABELS[c.kind],
            "count": format_count(c),
            "period": format_period(c),
            "claimant": c.claimant,
        }
        if c.date_precision == "days":
            rows += [{**base, "mark": "listed day", "start": d, "end": d + timedelta(days=1)} for d in c.dates]
        elif c.date_precision == "day":
            rows.append({**base, "mark": "day", "start": c.date_start, "end": c.date_start + timedelta(days=1)})
        else:
            mark = "month" if c.date_precision == "month" else "period"
            rows.append({**base, "mark": mark, "start": c.date_start, "end": c.date_end + timedelta(days=1)})
    frame = pd.DataFrame(rows, columns=["claim_id", "row", "kind", "count", "period", "claimant", "mark", "start", "end"])
    for col in ("start", "end"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


BRUSH = "brush"  # the chart's interval selection: drag across dates to pick a window


def brush_window(selection: object, span: Window) -> Window | None:
    """The dates an analyst brushed on the chart (Vega-Lite's interval, epoch milliseconds) → a window inside
    the data; None when nothing usable is brushed."""
    brushed = selection.get(BRUSH) if isinstance(selection, Mapping) else None
    values = brushed.get("start") if isinstance(brushed, Mapping) else None
    if not isinstance(values, (list, tuple)) or len(values) != 2:
        return None
    try:
        days = sorted(datetime.fromtimestamp(float(v) / 1000, tz=timezone.utc).date() for v in values)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    lo, hi = max(days[0], span.start), min(days[1], span.end)
    return Window(lo, hi) if lo <= hi else None


def timeline_chart(frame: pd.DataFrame, window: Window, width: int | str = "container", *,
                   zoom: Window | None = None) -> alt.LayerChart:
    """`zoom`: the dates the x axis shows (the data's span when None). Row labels take at most 40 % of
    the chart's width, so the bars keep room on a phone."""
    kinds = [KIND_LABELS[k] for k in KIND_COLORS]
    colors = [f"rgb({r},{g},{b})" for r, g, b, _ in KIND_COLORS.values()]
    color = alt.Color("kind:N", scale=alt.Scale(domain=kinds, range=colors), title="Kind of claim",
                      legend=alt.Legend(orient="bottom", direction="horizontal", columns=2))  # room for bars on a phone
    y = alt.Y("row:N", title=None, sort=alt.EncodingSortField("start", op="min"),
              axis=alt.Axis(labelLimit=alt.ExprRef("clamp(containerSize()[0] * 0.4, 110, 420)")))
    tooltip = [alt.Tooltip("row:N", title="Claim"), alt.Tooltip("count:N", title="Count"),
               alt.Tooltip("period:N", title="When"), alt.Tooltip("claimant:N", title="Claimed by"),
               alt.Tooltip("mark:N", title="Mark")]
    win = pd.DataFrame({"start": [pd.Timestamp(window.start)], "end": [pd.Timestamp(window.end) + pd.Timedelta(days=1)]})
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    window_band = alt.Chart(win).mark_rect(color="#ffd58a", opacity=0.35, clip=True).encode(
        x="start:T", x2="end:T").add_params(brush)
    # A little room at both ends so that the first and last ticks are not cut.
    if zoom is not None:
        lo, hi = pd.Timestamp(zoom.start) - pd.Timedelta(days=2), pd.Timestamp(zoom.end) + pd.Timedelta(days=3)
    else:
        lo = min(frame["start"].min(), pd.Timestamp(window.start)) - pd.Timedelta(days=2)
        hi = max(frame["end"].max(), pd.Timestamp(window.end)) + pd.Timedelta(days=2)
    x = alt.X("start:T", title="Date", axis=alt.Axis(format="%d %b %Y"), scale=alt.Scale(domain=[int(lo.timestamp() * 1000), int(hi.timestamp() * 1000)]))
    # Month-only claims are pale: the source dates them to the month, not to these days.
    opacity = alt.condition(alt.datum.mark == "month", alt.value(0.35), alt.value(0.85))
    spans = alt.Chart(frame[frame["mark"].isin(["period", "month"])]).mark_bar(height=12, clip=True).encode(
        x=x, x2="end:T", y=y, color=color, opacity=opacity,
        tooltip=tooltip)
    days = alt.Chart(frame[frame["mark"].isin(["day", "listed day"])]).mark_tick(thickness=3, size=16, clip=True).encode(
        x=x, y=y, color=color, tooltip=tooltip)
    return alt.layer(window_band, spans, days).properties(width=width, height=alt.Step(30)).resolve_scale(y="shared")


def weekly_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """Claims per week (weeks start on Monday) and kind: each dated claim counted once, in the week its
    period starts. A count of claims, never a sum of the figures they state."""
    counts: dict[tuple[pd.Timestamp, str], int] = {}
    for c in claims:
        if not c.is_dated or c.date_start is None:
            continue
        week = pd.Timestamp(c.date_start - timedelta(days=c.date_start.weekday()))
        key = (week, KIND_LABELS[c.kind])
        counts[key] = counts.get(key, 0) + 1
    frame = pd.DataFrame([{"week": w, "kind": k, "claims": n} for (w, k), n in sorted(counts.items())],
                         columns=["week", "kind", "claims"])
    frame["week"] = pd.to_datetime(frame["week"])
    frame["week_end"] = frame["week"] + pd.Timedelta(days=7)
    return frame


def weekly_chart(frame: pd.DataFrame, window: Window, width: int | str = "container", *,
                 zoom: Window | None = None) -> alt.LayerChart:
    """Stacked bars of claims per week by kind, the window shaded, the same brush as the claim chart."""
    kinds = [KIND_LABELS[k] for k in KIND_COLORS]
    colors = [f"rgb({r},{g},{b})" for r, g, b, _ in KIND_COLORS.values()]
    color = alt.Color("kind:N", scale=alt.Scale(domain=kinds, range=colors), title="Kind of claim",
                      legend=alt.Legend(orient="bottom", direction="horizontal", columns=2))
    if zoom is not None:
        lo, hi = pd.Timestamp(zoom.start) - pd.Timedelta(days=7), pd.Timestamp(zoom.end) + pd.Timedelta(days=7)
    else:
        lo = min(frame["week"].min(), pd.Timestamp(window.start)) - pd.Timedelta(days=7)
        hi = max(frame["week_end"].max(), pd.Timestamp(window.end)) + pd.Timedelta(days=7)
    domain = [int(lo.timestamp() * 1000), int(hi.timestamp() * 1000)]
    x = alt.X("week:T", title="Week (claims counted in the week their period starts)",
              axis=alt.Axis(format="%d %b %Y"), scale=alt.Scale(domain=domain))
    win = pd.DataFrame({"start": [pd.Timestamp(window.start)], "end": [pd.Timestamp(window.end) + pd.Timedelta(days=1)]})
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    band = alt.Chart(win).mark_rect(color="#ffd58a", opacity=0.35, clip=True).encode(
        x=alt.X("start:T", scale=alt.Scale(domain=domain)), x2="end:T").add_params(brush)
    bars = alt.Chart(frame).mark_bar(clip=True, opacity=0.9).encode(
        x=x, x2="week_end:T", y=alt.Y("sum(claims):Q", title="Claims per week", stack="zero"), color=color,
        tooltip=[alt.Tooltip("week:T", title="Week of", format="%d %b %Y"), alt.Tooltip("kind:N", title="Kind"),
                 alt.Tooltip("claims:Q", title="Claims")])
    return alt.layer(band, bars).properties(width=width, height=320)


def log_charts(bars: pd.DataFrame, totals: pd.DataFrame, step: str, window: Window, lo: pd.Timestamp,
               hi: pd.Timestamp, width: int | str = "container") -> list[alt.LayerChart]:
    """Logged figures, a chart each: bars of the counted series (a bar per day, or per week over a long span;
    stacked only within one log and claimant's colours), and the running totals as stated, a point per figure
    joined by a line per claimant (conflicting figures stay two points). The window shaded on both."""
    domain = [int(lo.timestamp() * 1000), int(hi.timestamp() * 1000)]
    win = pd.DataFrame({"start": [pd.Timestamp(window.start)], "end": [pd.Timestamp(window.end) + pd.Timedelta(days=1)]})
    band = alt.Chart(win).mark_rect(color="#ffd58a", opacity=0.35, clip=True).encode(
        x=alt.X("start:T", scale=alt.Scale(domain=domain)), x2="end:T")
    charts = []
    per = "per week" if step == "week" else "per day"
    if len(bars):
        charts.append(alt.layer(band, alt.Chart(bars).mark_bar(clip=True, opacity=0.85).encode(
            x=alt.X("start:T", title=f"Date (logged counts {per})", axis=alt.Axis(format="%d %b %Y"),
                    scale=alt.Scale(domain=domain)), x2="end:T",
            y=alt.Y("value:Q", title=f"Logged {per}", stack="zero"),
            color=alt.Color("series:N", title="Logged series",
                            legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=420)),
            tooltip=[alt.Tooltip("start:T", title="From", format="%d %b %Y"), alt.Tooltip("series:N", title="Series"),
                     alt.Tooltip("value:Q", title="Logged", format=","), alt.Tooltip("claimant:N", title="Logged by")],
        )).properties(width=width, height=260))
    if len(totals):
        base = alt.Chart(totals).encode(
            x=alt.X("day:T", title="Date (running totals, each as stated)", axis=alt.Axis(format="%d %b %Y"),
                    scale=alt.Scale(domain=domain)),
            y=alt.Y("value:Q", title="Running total as stated"),
            detail="series:N", color=alt.Color("unit:N", title="Running total of", scale=alt.Scale(scheme="dark2"),
                                               legend=alt.Legend(orient="bottom", direction="horizontal")),
            tooltip=[alt.Tooltip("day:T", title="Stated for", format="%d %b %Y"),
                     alt.Tooltip("value:Q", title="Figure", format=","), alt.Tooltip("unit:N", title="Of"),
                     alt.Tooltip("claimant:N", title="Stated by")])
        charts.append(alt.layer(band, base.mark_line(clip=True, opacity=0.35, strokeWidth=1),
                                base.mark_point(clip=True, filled=True, size=40)).properties(width=width, height=260))
    return charts
