"""How a logged figure is written on the map, in tooltips and on the command line: a log, never a claim from
a report ("Kornidzor · 42,500 people in · 24–27 Sep 2023 · logged by …")."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import shapely

from ..logs.cube import DailyCube, groups
from ..logs.model import LogFigure, day_date
from ..model import Place

_DIRECTION = {"in": "in", "out": "out"}


def day_span(first: date | None, last: date | None) -> str:
    """24–27 Sep 2023, 30 Sep – 2 Oct 2023, 30 Dec 2023 – 2 Jan 2024, or one day."""
    if first is None or last is None:
        return "no dates"
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def _direction(f: LogFigure, places: Mapping[str, Place]) -> str:
    if f.key.direction == "towards":
        p = places.get(f.key.towards)
        return f"towards {p.name if p else f.key.towards}"
    return _DIRECTION.get(f.key.direction, f.key.direction)


def figure_value(f: LogFigure) -> str:
    """The figure as the log states it: a sum of counts (at least, when some rows have none), or the last
    running total stated; rows without any count say "not recorded", never 0."""
    if f.value is None:
        return f"count not recorded ({f.rows:,} row{'s' if f.rows != 1 else ''})"
    return f"{'at least ' if f.at_least else ''}{f.value:,} {f.key.unit}"


def figure_label(f: LogFigure, places: Mapping[str, Place]) -> str:
    place = places.get(f.key.checkpoint)
    name = place.name if place else f.key.checkpoint
    head = (f"{name} · {f.key.unit} {_direction(f, places)}: {figure_value(f)}" if f.value is None
            else f"{name} · {figure_value(f)} {_direction(f, places)}")
    if f.measure == "cumulative":
        text = f"{head} · running total as of {day_span(f.last_day, f.last_day)} · stated by {f.key.claimant}"
        if f.value is not None and f.change is not None and f.change_since is not None:
            text += f" · derived: {f.change:+,} since {day_span(f.change_since, f.change_since)}"
        return text
    text = f"{head} · {day_span(f.first_day, f.last_day)} · logged by {f.key.claimant}"
    if f.at_least:
        text += f" ({f.unrecorded:,} of {f.rows:,} rows without a count)"
    return text


@dataclass(frozen=True)
class LogMark:
    """One checkpoint on the map: where it is and each logged series there, never added across logs."""

    checkpoint: str
    lon: float
    lat: float
    figures: tuple[LogFigure, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True)
class LogSeries:
    """A daily series for the timeline: one log and claimant, one direction and unit (its checkpoints summed,
    since within one log they saw different vehicles)."""

    log_id: str
    claimant: str
    direction: str
    unit: str
    days: tuple[date, ...]
    values: tuple[int, ...]


@dataclass(frozen=True)
class LogView:
    marks: tuple[LogMark, ...]
    series: tuple[LogSeries, ...]

    def payload(self) -> dict:
        """What the browser receives: a few numbers per checkpoint and per day, never the rows."""
        return {
            "marks": [{"checkpoint": m.checkpoint, "position": [round(m.lon, 5), round(m.lat, 5)],
                       "labels": list(m.labels), "values": [f.value for f in m.figures]} for m in self.marks],
            "series": [{"log": s.log_id, "claimant": s.claimant, "direction": s.direction, "unit": s.unit,
                        "start": s.days[0].isoformat() if s.days else None, "values": list(s.values)}
                       for s in self.series],
        }


def log_view(cube: DailyCube, start: date, end: date, places: Mapping[str, Place]) -> LogView:
    """The logs as seen through a window: marks from the cube's prefix sums, daily series for the timeline."""
    figures = cube.window(start, end)
    by_place: dict[str, list[LogFigure]] = {}
    for f in figures:
        by_place.setdefault(f.key.checkpoint, []).append(f)
    marks = []
    for pid, group in by_place.items():
        place = places.get(pid)
        if place is None:
            continue
        point = shapely.from_wkt(place.wkt)
        point = point if point.geom_type == "Point" else point.representative_point()
        group.sort(key=lambda f: (-(f.last_day or date.min).toordinal(), -(f.value or 0)))  # latest, largest first
        marks.append(LogMark(pid, point.x, point.y, tuple(group), tuple(figure_label(f, places) for f in group)))
    count_keys = [i for i, k in enumerate(cube.keys) if not cube.cumulative[i]]
    series: list[LogSeries] = []
    if count_keys:
        group_of, labels = groups([cube.keys[i] for i in count_keys])
        full = np.full(len(cube.keys), -1, dtype=np.int64)
        full[count_keys] = group_of
        days, values = cube.daily_series(start, end, np.where(full >= 0, full, len(labels)))
        dates = tuple(day_date(d) for d in days.tolist())
        for g, (log_id, claimant, direction, unit) in enumerate(labels):
            if values[g].any():
                series.append(LogSeries(log_id, claimant, direction, unit, dates, tuple(values[g].tolist())))
    return LogView(tuple(marks), tuple(series))


WEEKLY_ABOVE_DAYS = 200  # a longer axis shows weekly sums of the daily figures, so that bars stay readable


def log_frames(cube: DailyCube, start: date, end: date) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """The timeline's data for the dates shown: bars of count series (daily, or weekly sums over a long span),
    each bar one log and claimant, direction and unit; and each running total as stated, a point per series
    and day. Returns (bars, totals, the bars' period: "day" or "week")."""
    bars_cols = ["start", "end", "series", "claimant", "unit", "direction", "value"]
    step = "week" if (end - start).days + 1 > WEEKLY_ABOVE_DAYS else "day"
    view = log_view(cube, start, end, {})
    rows = []
    for s in view.series:
        frame = pd.DataFrame({"start": pd.to_datetime(list(s.days)), "value": s.values})
        if step == "week":
            frame["start"] = frame["start"] - pd.to_timedelta(frame["start"].dt.weekday, unit="D")
            frame = frame.groupby("start", as_index=False)["value"].sum()
        frame = frame[frame["value"] > 0]
        frame["end"] = frame["start"] + pd.Timedelta(days=7 if step == "week" else 1)
        label = f"{s.unit} {s.direction} · {s.claimant}"
        rows.append(frame.assign(series=label, claimant=s.claimant, unit=s.unit, direction=s.direction))
    bars = pd.concat(rows, ignore_index=True)[bars_cols] if rows else pd.DataFrame(columns=bars_cols)
    totals = [{"day": pd.Timestamp(day), "value": value, "series": f"{key.claimant} · {key.unit}",
               "claimant": key.claimant, "unit": key.unit} for key, day, value in cube.stated_figures(start, end)]
    cols = ["day", "value", "series", "claimant", "unit"]
    return bars, pd.DataFrame(totals, columns=cols), step


LOG_COLOR = [0, 105, 120, 255]  # teal rings: a log's figure, drawn apart from claims read from reports
LOG_FILL = [0, 105, 120, 40]
_TOOLTIP_LINES = 8


def _part(figures: list[LogFigure], places: Mapping[str, Place]) -> tuple[str, str]:
    """One unit and direction at a checkpoint: the figure, or the figures side by side (never added); and a
    short form (figures and unit) for a label that has little room."""
    f0 = figures[0]
    what = f"{f0.key.unit} {_direction(f0, places)}"
    if f0.measure == "cumulative":
        stated = [f for f in figures if f.value is not None and f.last_day is not None]
        if not stated:
            return f"{what}: count not recorded", f"{f0.key.unit}: not recorded"
        last = max(f.last_day for f in stated)
        values = sorted({f.value for f in stated if f.last_day == last})
        if len(values) == 1:
            return (f"{values[0]:,} {what}, running total as of {day_span(last, last)}",
                    f"{values[0]:,} {f0.key.unit} by {last.day} {last:%b}")
        # several claimants' last figures that day (at different hours, or in conflict): the highest, said so
        return (f"{values[-1]:,} {what}, running total as of {day_span(last, last)} (the highest of {len(values)} "
                f"figures stated that day, from {values[0]:,})",
                f"{values[-1]:,} {f0.key.unit} by {last.day} {last:%b} (highest of {len(values)})")
    counted = [f for f in figures if f.value is not None]
    if not counted:
        return f"{what}: count not recorded", f"{f0.key.unit}: not recorded"
    values = " | ".join(f"{'≥' if f.at_least else ''}{f.value:,}" for f in counted[:3])
    more = f" (+{len(counted) - 3})" if len(counted) > 3 else ""
    logs = f" ({len(counted)} logs, side by side)" if len(counted) > 1 else ""
    return f"{values}{more} {what}{logs}", f"{values}{more} {f0.key.unit}"


def log_rows(view: LogView, places: Mapping[str, Place], name_of) -> list[dict]:
    """The map's rows for logged figures: a ring at each checkpoint sized by its largest figure in the window,
    a label naming it a log, and a tooltip listing each series with who logged or stated it."""
    largest = max((f.value or 0 for m in view.marks for f in m.figures), default=0) or 1
    rows = []
    for m in view.marks:
        place = places.get(m.checkpoint)
        name = name_of(place) if place else m.checkpoint
        parts: dict[tuple, list[LogFigure]] = {}
        for f in m.figures:
            parts.setdefault((f.measure, f.key.unit, f.key.direction, f.key.towards), []).append(f)
        ordered = sorted(parts.values(), key=lambda fs: -max(f.value or 0 for f in fs))
        parts_text = [_part(fs, places) for fs in ordered]
        texts = [full for full, _ in parts_text]
        label = f"{name} · log: {'; '.join(texts[:2])}" + (f" (+{len(texts) - 2} more)" if len(texts) > 2 else "")
        top = max(f.value or 0 for f in m.figures)
        who = sorted({f.key.claimant for f in m.figures})
        spans = [f for f in m.figures if f.first_day is not None]
        first = min(f.first_day for f in spans) if spans else None
        last = max(f.last_day for f in spans) if spans else None
        rows.append({
            "position": [round(m.lon, 5), round(m.lat, 5)], "radius": round(7 + 17 * (top / largest) ** 0.5, 1),
            "offset": [round(9 + 17 * (top / largest) ** 0.5, 1), 0], "anchor": "start",
            "label": label, "short": f"{name} · log: {parts_text[0][1]}", "full": label,
            "color": LOG_COLOR, "fill": LOG_FILL,
            "title": f"{name} — logged figures (structured records, not reports)",
            "what": " | ".join(m.labels[:_TOOLTIP_LINES]) + (f" | … {len(m.labels) - _TOOLTIP_LINES} more series"
                                                            if len(m.labels) > _TOOLTIP_LINES else ""),
            "when": day_span(first, last),
            "who": ("Logged or stated by " + "; ".join(who[:4]) + (f" and {len(who) - 4} more" if len(who) > 4 else "")),
            "quote": "", "source": "; ".join(sorted({s for f in m.figures for s in f.sources}))[:400],
            "note": "Each series is one log and one claimant: never added to another, nor to a report's figure.",
            "checkpoint": m.checkpoint,
        })
    return rows


FLOW_MAX_KM = 250  # a log's "towards" farther than this (a country, a capital) is a direction, not a line to draw


def log_flow_rows(view: LogView, places: Mapping[str, Place], name_of) -> list[dict]:
    """A schematic line from a checkpoint towards the place a log's direction names (when it is another point
    within reach): one line per checkpoint and place, as wide as its largest series' figure, every series in
    its tooltip, never added together."""
    from ..geocontext import distance_km

    lines: dict[tuple[str, str], list[LogFigure]] = {}
    ends: dict[str, shapely.Point] = {}
    for m in view.marks:
        for f in m.figures:
            target = places.get(f.key.towards) if f.key.direction == "towards" else None
            if target is None or f.value is None or f.key.towards == m.checkpoint:
                continue
            end = shapely.from_wkt(target.wkt)
            if end.geom_type != "Point" or distance_km(shapely.Point(m.lon, m.lat), end) > FLOW_MAX_KM:
                continue
            ends[f.key.towards] = end
            lines.setdefault((m.checkpoint, f.key.towards), []).append(f)
    largest = max((f.value or 0 for fs in lines.values() for f in fs), default=0) or 1
    starts = {m.checkpoint: (m.lon, m.lat) for m in view.marks}
    rows = []
    for (checkpoint, towards), figures in lines.items():
        figures.sort(key=lambda f: -(f.value or 0))
        lon, lat = starts[checkpoint]
        end = ends[towards]
        place, target = places.get(checkpoint), places[towards]
        labels = [figure_label(f, places) for f in figures]
        rows.append({
            "path": [[round(lon, 5), round(lat, 5)], [round(end.x, 5), round(end.y, 5)]],
            "width": round(2 + 6 * ((figures[0].value or 0) / largest) ** 0.5, 1), "color": LOG_COLOR[:3] + [170],
            "title": f"{name_of(place) if place else checkpoint} → {name_of(target)} — logged (structured logs)",
            "what": " | ".join(labels[:_TOOLTIP_LINES]) + (f" | … {len(labels) - _TOOLTIP_LINES} more series"
                                                          if len(labels) > _TOOLTIP_LINES else ""),
            "when": day_span(min(f.first_day for f in figures), max(f.last_day for f in figures)),
            "who": "Logged by " + "; ".join(sorted({f.key.claimant for f in figures})[:4]), "quote": "",
            "source": "; ".join(sorted({s for f in figures for s in f.sources})),
            "note": "Schematic: a straight line towards the place the log names, not the road taken.",
        })
    return rows
