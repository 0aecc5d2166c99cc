"""Typed records for structured logs: a checkpoint's vehicles, an authority's daily figures.

A log's rows are stated counts per day or hour, so a daily series of them is honest, unlike a period total in
an article. Rows are held in columns (numpy arrays), not one object a row: a log runs to millions of rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

import numpy as np

Measure = Literal["count", "cumulative"]
MEASURES: tuple[str, ...] = ("count", "cumulative")
EPOCH = date(1970, 1, 1)

# The columns of the documented schema (README, "Logs"): required, then optional.
REQUIRED = ("observed_at", "checkpoint", "direction", "count")
UNIT_COLUMNS = ("unit", "vehicle_type")  # one of them is required
OPTIONAL = ("plate_country", "note", "claimant", "url")


def day_number(d: date) -> int:
    return (d - EPOCH).days


def day_date(n: int) -> date:
    return EPOCH + timedelta(days=int(n))


@dataclass(frozen=True)
class LogMeta:
    """What the analyst says of a log when importing it."""

    source: str  # who kept the log and where it came from: "Kornidzor monitoring team, shift sheets"
    claimant: str  # who states these figures (a row's own `claimant` column overrides it)
    reliability: str = "F"  # Admiralty grade of the source; F = cannot be judged yet
    measure: Measure = "count"  # count: what each row saw; cumulative: a running total as of observed_at


@dataclass(frozen=True)
class LogProblem:
    """One bad row: where it is, which column, what it holds and why it cannot be used."""

    row: int  # 1-based data row
    line: int | None  # line in a CSV file (the header is line 1); None for Parquet
    column: str
    value: str
    reason: str

    def describe(self) -> str:
        where = f"line {self.line}" if self.line is not None else f"row {self.row}"
        shown = self.value if len(self.value) <= 40 else self.value[:39] + "…"
        return f"{where}: {self.column} {shown!r}: {self.reason}"


@dataclass(frozen=True, eq=False)
class LogRows:
    """Validated rows, a numpy array per column, all of one length. `count` is -1 where the log left the
    count empty (not recorded, never 0); `recorded` says which rows have one."""

    row: np.ndarray  # int64, 1-based data row in the file
    observed_at: np.ndarray  # str, as written (ISO date or date-time with its offset)
    day: np.ndarray  # int64, days since 1970-01-01 of the local date written
    checkpoint: np.ndarray  # str, a place id
    direction: np.ndarray  # str: in, out or towards
    towards: np.ndarray  # str place id, "" unless direction is towards
    unit: np.ndarray  # str
    count: np.ndarray  # int64
    plate_country: np.ndarray  # str, "" when absent
    note: np.ndarray  # str
    claimant: np.ndarray  # str, "" = the import's claimant
    url: np.ndarray  # str

    def __len__(self) -> int:
        return len(self.row)

    @property
    def recorded(self) -> np.ndarray:
        return self.count >= 0

    def take(self, index: np.ndarray) -> "LogRows":
        return LogRows(**{k: getattr(self, k)[index] for k in self.__dataclass_fields__})


@dataclass(frozen=True, eq=False)
class LogRead:
    """A file read and checked: the good rows and every problem found, in row order."""

    rows: LogRows
    problems: tuple[LogProblem, ...]
    total: int  # data rows in the file
    sha256: str
    file_name: str
    bad: dict[str, np.ndarray] = field(default_factory=dict)  # the bad rows' cells as written, per column

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems})

    @property
    def rejected(self) -> bool:
        return bool(self.problems)


@dataclass(frozen=True)
class LogImport:
    """One imported file, as the store records it."""

    log_id: str
    source: str
    claimant: str
    reliability: str
    measure: Measure
    file_name: str
    sha256: str
    rows: int  # rows landed
    skipped: int  # bad rows left out with --skip-bad
    first_day: date | None
    last_day: date | None
    imported_at: str


@dataclass(frozen=True)
class SeriesKey:
    """What one series of a log counts: the cube is kept per key, and keys are never added to each other
    across logs or claimants (two logs of one checkpoint would count the same vehicles twice)."""

    log_id: str
    claimant: str
    checkpoint: str
    direction: str  # in, out, towards
    towards: str  # place id or ""
    unit: str


@dataclass(frozen=True)
class LogFigure:
    """A series seen through a window. For a count: the sum of the recorded counts of its days in the
    window. For a cumulative series: the last figure stated in the window, as stated (and the change since the
    figure before the window, which is derived and says so)."""

    key: SeriesKey
    measure: Measure
    value: int | None  # None: rows in the window, none of them with a count
    rows: int
    unrecorded: int  # rows in the window whose count is empty
    first_day: date | None  # first and last day in the window with rows
    last_day: date | None
    change: int | None = None  # cumulative only: derived, value minus the last figure before the window
    change_since: date | None = None
    sources: tuple[str, ...] = field(default=())

    @property
    def at_least(self) -> bool:
        """Some rows have no count: the sum is a lower bound."""
        return self.measure == "count" and self.unrecorded > 0 and self.value is not None
