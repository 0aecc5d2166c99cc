"""The daily cube: day × series (log, claimant, checkpoint, direction, unit) → sum, rows, recorded rows.

Built once at import and kept in the store beside the raw rows. Queries run on prefix sums over the days
(numpy), so a window of any length costs one subtraction per series: a slider move never scans the rows.
Series are never added to each other across logs or claimants (two logs of one checkpoint count the same
vehicles twice); within one log the timeline may add its checkpoints, since they saw different vehicles."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from .model import LogFigure, LogRows, Measure, SeriesKey, day_date, day_number


@dataclass(frozen=True, eq=False)
class CubeCells:
    """The cube as rows (one per series and day with rows), the form the store keeps."""

    keys: tuple[SeriesKey, ...]
    key: np.ndarray  # int64 index into keys
    day: np.ndarray  # int64 days since 1970
    total: np.ndarray  # int64: count logs, sum of the recorded counts; cumulative, the day's last figure (-1: none)
    rows: np.ndarray  # int64
    recorded: np.ndarray  # int64

    def __len__(self) -> int:
        return len(self.day)


def build_cells(rows: LogRows, log_id: str, claimant: str, measure: Measure) -> CubeCells:
    """One log's rows summed per series and day. A cumulative log keeps each day's last stated figure
    (by the instant it was stated, zones taken into account), never a sum."""
    who = np.where(rows.claimant != "", rows.claimant, claimant)
    # one integer per series (factorised columns combined), so grouping never hashes strings row by row
    columns = (who, rows.checkpoint, rows.direction, rows.towards, rows.unit)
    series = np.zeros(len(rows), dtype=np.int64)
    for v in columns:  # re-factorised at each step, so the combined code stays below the row count
        codes, uniq = pd.factorize(v)
        series = pd.factorize(series * len(uniq) + codes)[0]
    _, first_row, series = np.unique(series, return_index=True, return_inverse=True)
    day0 = int(rows.day.min()) if len(rows) else 0
    cell = series * (int(rows.day.max()) - day0 + 1 if len(rows) else 1) + (rows.day - day0)
    recorded = rows.recorded
    if measure == "cumulative":
        # each day's last stated figure: order by cell, then recorded, then the instant it was stated
        stated = pd.to_datetime(pd.Series(rows.observed_at), utc=True, format="ISO8601")
        at = stated.dt.tz_convert(None).to_numpy().astype(np.int64)
        order = np.lexsort((at, recorded, cell))
        cells, start = np.unique(cell[order], return_index=True)
        last = np.r_[start[1:], len(order)] - 1
        total = np.where(recorded[order][last], rows.count[order][last], -1)
        n_rows = np.diff(np.r_[start, len(order)])
        n_rec = np.add.reduceat(recorded[order].astype(np.int64), start) if len(order) else np.zeros(0, np.int64)
    else:
        cells, inverse, n_rows = np.unique(cell, return_inverse=True, return_counts=True)
        total = np.bincount(inverse, weights=np.where(recorded, rows.count, 0), minlength=len(cells))
        total = np.rint(total).astype(np.int64)  # float64 holds sums below 2**53 exactly
        n_rec = np.bincount(inverse, weights=recorded, minlength=len(cells)).astype(np.int64)
    span = int(rows.day.max()) - day0 + 1 if len(rows) else 1
    key_of_cell, day_of_cell = cells // span, cells % span + day0
    keys = [SeriesKey(log_id, *(str(v[i]) for v in columns)) for i in first_row.tolist()]
    return CubeCells(tuple(keys), key_of_cell.astype(np.int64), day_of_cell.astype(np.int64), total.astype(np.int64),
                     n_rows.astype(np.int64), n_rec.astype(np.int64))


class DailyCube:
    """Prefix sums over days for every series of every log in the store."""

    def __init__(self, keys: Sequence[SeriesKey], measures: Sequence[Measure], key: np.ndarray, day: np.ndarray,
                 total: np.ndarray, rows: np.ndarray, recorded: np.ndarray, sources: dict[str, str] | None = None):
        self.keys = tuple(keys)
        self.measures = tuple(measures)
        self.sources = dict(sources or {})  # log id → its source line
        n = len(self.keys)
        self.day0 = int(day.min()) if len(day) else 0
        self.n_days = int(day.max()) - self.day0 + 1 if len(day) else 0
        col = day - self.day0
        daily = np.zeros((3, n, self.n_days), dtype=np.int64)
        cumulative = np.array([m == "cumulative" for m in self.measures], dtype=bool)
        flows = ~cumulative[key] if n else np.zeros(0, dtype=bool)
        daily[0, key[flows], col[flows]] = total[flows]
        daily[1, key, col] = rows
        daily[2, key, col] = recorded
        self.daily = daily  # [total, rows, recorded] per series and day (count series only in total)
        self.prefix = np.concatenate([np.zeros((3, n, 1), dtype=np.int64), np.cumsum(daily, axis=2)], axis=2)
        self.cumulative = cumulative
        # cumulative series: each day's figure (-1: none), and for each day the last day with one
        self.stated = np.full((n, self.n_days), -1, dtype=np.int64)
        cum = cumulative[key] if n else np.zeros(0, dtype=bool)
        self.stated[key[cum], col[cum]] = total[cum]
        has = self.stated >= 0
        idx = np.where(has, np.arange(self.n_days)[None, :], -1)
        self.last_stated = np.maximum.accumulate(idx, axis=1) if self.n_days else idx

    @classmethod
    def empty(cls) -> "DailyCube":
        z = np.zeros(0, dtype=np.int64)
        return cls((), (), z, z, z, z, z)

    @classmethod
    def from_cells(cls, parts: Iterable[tuple[CubeCells, Measure, str]]) -> "DailyCube":
        """Several logs' cells (with each log's measure and source line) in one cube."""
        keys: list[SeriesKey] = []
        measures: list[Measure] = []
        sources: dict[str, str] = {}
        arrays: list[list[np.ndarray]] = [[], [], [], [], [], []]
        for cells, measure, source in parts:
            offset = len(keys)
            keys += cells.keys
            measures += [measure] * len(cells.keys)
            for k in cells.keys:
                sources[k.log_id] = source
            for a, v in zip(arrays, (cells.key + offset, cells.day, cells.total, cells.rows, cells.recorded)):
                a.append(v)
        if not keys:
            return cls.empty()
        key, day, total, rows, recorded = (np.concatenate(a) for a in arrays[:5])
        return cls(keys, measures, key, day, total, rows, recorded, sources)

    @property
    def span(self) -> tuple[date, date] | None:
        return (day_date(self.day0), day_date(self.day0 + self.n_days - 1)) if self.n_days else None

    def _columns(self, start: date, end: date) -> tuple[int, int]:
        """The window as [i0, i1) columns of the daily arrays, clipped to the cube."""
        i0 = min(max(day_number(start) - self.day0, 0), self.n_days)
        i1 = min(max(day_number(end) - self.day0 + 1, 0), self.n_days)
        return i0, max(i0, i1)

    def window(self, start: date, end: date) -> tuple[LogFigure, ...]:
        """Every series with rows in the window, as a figure: O(series), whatever the window's length."""
        i0, i1 = self._columns(start, end)
        sums = self.prefix[:, :, i1] - self.prefix[:, :, i0]
        out = []
        for k in np.flatnonzero(sums[1] > 0):
            rows_k = self.prefix[1, k]
            first = int(np.searchsorted(rows_k, rows_k[i0], side="right")) - 1
            last = int(np.searchsorted(rows_k, rows_k[i1], side="left")) - 1
            key = self.keys[k]
            common = dict(key=key, rows=int(sums[1, k]), unrecorded=int(sums[1, k] - sums[2, k]),
                          first_day=day_date(self.day0 + first), last_day=day_date(self.day0 + last),
                          sources=(self.sources.get(key.log_id, ""),))
            if not self.cumulative[k]:
                out.append(LogFigure(measure="count", value=int(sums[0, k]) if sums[2, k] else None, **common))
                continue
            at = int(self.last_stated[k, i1 - 1])
            if at < i0:  # rows in the window, none with a figure
                out.append(LogFigure(measure="cumulative", value=None, **common))
                continue
            before = int(self.last_stated[k, i0 - 1]) if i0 > 0 else -1
            value = int(self.stated[k, at])
            out.append(LogFigure(measure="cumulative", value=value, **{**common, "last_day": day_date(self.day0 + at)},
                                 change=value - int(self.stated[k, before]) if before >= 0 else None,
                                 change_since=day_date(self.day0 + before) if before >= 0 else None))
        return tuple(out)

    def stated_figures(self, start: date, end: date) -> list[tuple[SeriesKey, date, int]]:
        """Each cumulative series' figure on each day of the window that has one (the day's last), as stated."""
        i0, i1 = self._columns(start, end)
        out = []
        for k in np.flatnonzero(self.cumulative).tolist():
            for j in np.flatnonzero(self.stated[k, i0:i1] >= 0).tolist():
                out.append((self.keys[k], day_date(self.day0 + i0 + j), int(self.stated[k, i0 + j])))
        return out

    def daily_series(self, start: date, end: date, group: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Days in the window and, per group of series (default: one per series), their daily sums of count
        series; groups must not mix logs or claimants (the caller builds them with `groups`)."""
        i0, i1 = self._columns(start, end)
        days = np.arange(self.day0 + i0, self.day0 + i1)
        part = self.daily[0, :, i0:i1]
        if group is None:
            return days, part
        g = np.asarray(group, dtype=np.int64)
        out = np.zeros((int(g.max()) + 1 if len(g) else 0, i1 - i0), dtype=np.int64)
        np.add.at(out, g, part)
        return days, out


def groups(keys: Sequence[SeriesKey], by: Sequence[str] = ("log_id", "claimant", "direction", "unit")) -> tuple[
        np.ndarray, list[tuple]]:
    """Series grouped for a timeline: each group one log and claimant (never several), here split by
    direction and unit as well. Returns the group of each series and each group's values."""
    if "log_id" not in by or "claimant" not in by:
        raise ValueError("a group must keep its log and claimant: series of different logs are never added")
    index: dict[tuple, int] = {}
    out = np.array([index.setdefault(tuple(getattr(k, f) for f in by), len(index)) for k in keys], dtype=np.int64)
    return out, list(index)
