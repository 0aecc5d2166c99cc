"""Reading a log file (CSV or Parquet) and checking every row against the schema.

Checks run on whole columns with pyarrow's compute kernels, and places are resolved once per distinct
name, so a million rows take about a second. Nothing here writes: the store takes the result."""
from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..gazetteer import AmbiguousPlace, NameIndex, UnknownPlace
from ..model import Place
from .model import OPTIONAL, REQUIRED, UNIT_COLUMNS, LogProblem, LogRead, LogRows, day_number

MAX_LOG_BYTES = 512 * 2**20  # a million rows of CSV are about 70 MB
MAX_NOTE, MAX_UNIT, MAX_COUNT = 1000, 60, 10**9
_DATE = r"\d{4}-\d{2}-\d{2}"
_TIME = r"[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?"
_ZONE = r"(?:Z|[+-]\d{2}(?::?\d{2})?)"
_DIRECTIONS = {"in": "in", "out": "out", "entry": "in", "exit": "out", "inbound": "in", "outbound": "out"}
_TOWARDS = re.compile(r"^(?:towards?|to|into)\s+(.+)$", re.I)


class LogFileError(ValueError):
    """The file as a whole cannot be read as a log: nothing was written."""


def read_log(data: bytes, file_name: str, places: Sequence[Place], *, today: date | None = None,
             progress: Callable[[float, str], None] | None = None) -> LogRead:
    """Every data row checked; the good ones as columns, the bad ones as problems (row, line, reason).
    Each column is checked on its distinct values (a log repeats its checkpoints, units and hours), then the
    verdicts are spread back to the rows."""
    step = progress or (lambda f, s: None)
    table, lines = _table(data, file_name)
    step(0.3, "checking rows")
    total = table.num_rows
    if total == 0:
        raise LogFileError(f"{file_name} has a header but no rows")
    cols = {name.strip().lower(): table.column(i) for i, name in enumerate(table.column_names)}
    missing = [c for c in REQUIRED if c not in cols]
    if not any(c in cols for c in UNIT_COLUMNS):
        missing.append(" or ".join(UNIT_COLUMNS))
    if missing:
        raise LogFileError(f"{file_name} lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                           f"(it has {', '.join(table.column_names)[:200]}); see the README, 'Logs'")
    checker = _Checker(total, lines)
    col = {name: _Col.of(c) for name, c in cols.items() if name in (*REQUIRED, *UNIT_COLUMNS, *OPTIONAL)}
    day = _observed(col["observed_at"], checker, today or datetime.now(timezone.utc).date())
    index = NameIndex(places)
    ids = {p.place_id for p in places}
    checkpoint = _places(col["checkpoint"], "checkpoint", index, ids, checker)
    direction, towards = _directions(col["direction"], index, ids, checker)
    unit = _unit(col.get("unit"), col.get("vehicle_type"), checker)
    count = _counts(col["count"], checker)
    blank = np.full(total, "", dtype=object)
    plate = _plates(col["plate_country"], checker) if "plate_country" in col else blank
    for name, most in (("note", MAX_NOTE), ("claimant", 200), ("url", 2048)):
        if name in col:
            checker.flag(col[name], np.array([len(v) > most for v in col[name].uniq], dtype=bool), name,
                         f"longer than {most:,} characters")
    note, claimant, url = (col[n].values() if n in col else blank for n in ("note", "claimant", "url"))
    step(0.6, "checked")
    bad_index = np.flatnonzero(checker.bad)
    bad = {"row": bad_index + 1, **{name: _Col.of(c).values()[bad_index] for name, c in
                                    zip(table.column_names, table.columns)}} if len(bad_index) else {}
    rows = LogRows(row=np.arange(1, total + 1, dtype=np.int64), observed_at=col["observed_at"].values(), day=day,
                   checkpoint=checkpoint, direction=direction, towards=towards, unit=unit, count=count,
                   plate_country=plate, note=note, claimant=claimant, url=url)
    if len(bad_index):
        rows = rows.take(np.flatnonzero(~checker.bad))
    return LogRead(rows=rows, problems=checker.sorted(), total=total,
                   sha256=hashlib.sha256(data).hexdigest(), file_name=file_name, bad=bad)


def _table(data: bytes, file_name: str) -> tuple[pa.Table, np.ndarray | None]:
    """The file as a table of columns, and each row's first line in the file (CSV; None for Parquet)."""
    if not data:
        raise LogFileError(f"{file_name} is empty")
    if len(data) > MAX_LOG_BYTES:
        raise LogFileError(f"{file_name} is {len(data) / 2**20:,.0f} MiB; a log file may be at most "
                           f"{MAX_LOG_BYTES / 2**20:,.0f} MiB (split it and import the parts)")
    if data[:4] == b"PAR1":
        try:
            return pq.read_table(io.BytesIO(data)), None
        except (pa.ArrowException, OSError) as exc:
            raise LogFileError(f"{file_name} is not a readable Parquet file ({str(exc)[:120]})") from None
    if data[:2] == b"PK":
        raise LogFileError(f"{file_name} is a zip or a spreadsheet, not CSV: save it as CSV (UTF-8) first")
    if b"\x00" in data[:65536]:
        raise LogFileError(f"{file_name} looks binary (it contains NUL bytes), not a CSV or Parquet log")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise LogFileError(f"{file_name} is not UTF-8 text (line {line}, byte {exc.start:,}); save it as UTF-8 "
                           "and import it again") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    header = data.split(b"\n", 1)[0].decode("utf-8").strip()
    if not header:
        raise LogFileError(f"{file_name} has no header line")
    try:
        table = pacsv.read_csv(io.BytesIO(data), convert_options=pacsv.ConvertOptions(
            column_types={n: pa.string() for n in _header_names(header)}, strings_can_be_null=True,
            null_values=[""], quoted_strings_can_be_null=True))
    except pa.ArrowException as exc:
        # a row of the wrong width, an unclosed quote: say where
        raise LogFileError(f"{file_name} is not a well-formed CSV log: {str(exc).splitlines()[0][:200]}") from None
    return table, _lines(data, table.num_rows)


def _lines(data: bytes, rows: int) -> np.ndarray:
    """Row i's line is i + 2 when every row is one line; a quoted value over a line break or a blank line
    shifts the rest, and then the csv module counts them (rare, so its speed does not matter)."""
    physical = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    if physical == rows + 1 and b"\n\n" not in data and b"\r\n\r\n" not in data:
        return np.arange(2, rows + 2, dtype=np.int64)
    starts, end = [], 0
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    for record in reader:
        if record and any(record):
            starts.append(end + 1)
        end = reader.line_num
    return np.array(starts[1:rows + 1] + [0] * max(0, rows - len(starts) + 1), dtype=np.int64)

def _np(arr: pa.Array) -> np.ndarray:
    return arr.to_numpy(zero_copy_only=False)


def _header_names(header: str) -> list[str]:
    return [str(n) for n in pd.read_csv(io.StringIO(header + "\n"), dtype=str).columns]


class _Col:
    """A column as its distinct values (trimmed text, "" for empty) and each row's index into them."""

    def __init__(self, uniq: list[str], codes: np.ndarray):
        self.uniq, self.codes = uniq, codes
        self._values: np.ndarray | None = None

    @classmethod
    def of(cls, col: pa.ChunkedArray) -> "_Col":
        enc = pc.dictionary_encode(_text(col)).combine_chunks()
        uniq = [v.strip() for v in enc.dictionary.to_pylist()]
        return cls(uniq, enc.indices.to_numpy(zero_copy_only=False).astype(np.int64))

    def values(self) -> np.ndarray:
        """One str per row; the rows share the distinct values' objects (no million new strings)."""
        if self._values is None:
            self._values = np.array(self.uniq + [""], dtype=object)[self.codes]
        return self._values

    def spread(self, per_value: Sequence | np.ndarray) -> np.ndarray:
        return np.asarray(per_value)[self.codes]


class _Checker:
    """Collects problems column by column, as masks over a column's distinct values, and turns them into
    rows only at the end."""

    def __init__(self, total: int, lines: np.ndarray | None):
        self.total, self.lines = total, lines
        self.bad = np.zeros(total, dtype=bool)
        self._found: list[tuple[np.ndarray, str, _Col, str]] = []

    def flag(self, col: _Col, per_value: np.ndarray, column: str, reason: str) -> None:
        """`per_value`: a mask over the column's distinct values."""
        per_value = np.asarray(per_value, dtype=bool)
        if per_value.any():
            self.flag_rows(col, col.spread(per_value), column, reason)

    def flag_rows(self, col: _Col, rows: np.ndarray, column: str, reason: str) -> None:
        if rows.any():
            self.bad |= rows
            self._found.append((np.flatnonzero(rows), column, col, reason))

    def sorted(self) -> tuple[LogProblem, ...]:
        out = [LogProblem(row=int(i) + 1, line=int(self.lines[i]) if self.lines is not None else None, column=column,
                          value=col.uniq[col.codes[i]], reason=reason)
               for index, column, col, reason in self._found for i in index]
        return tuple(sorted(out, key=lambda p: p.row))


def _text(col: pa.ChunkedArray) -> pa.ChunkedArray:
    """A column as strings, whatever its Parquet type; empty and missing cells as ""."""
    t = col.type
    if pa.types.is_timestamp(t):
        # without a zone the text check names it: a time without its time zone
        whole = pc.cast(col, pa.timestamp("s", t.tz), safe=False)  # %S would print fractions of the unit
        col = pc.strftime(whole, format="%Y-%m-%dT%H:%M:%S" + ("%z" if t.tz else ""))
    elif pa.types.is_floating(t):
        whole = pc.and_(pc.is_finite(col), pc.equal(pc.floor(col), col))
        col = pc.if_else(whole, pc.cast(pc.cast(pc.if_else(whole, col, 0), pa.int64()), pa.string()),
                         pc.if_else(pc.is_nan(col), None, pc.cast(col, pa.string())))
    elif not (pa.types.is_string(t) or pa.types.is_large_string(t)):
        col = pc.cast(col, pa.string())
    return pc.fill_null(col, "")


def _observed(col: _Col, checker: _Checker, today: date) -> np.ndarray:
    """The local date each row was observed on, as days since 1970 (-1 where unusable)."""
    arr = pa.array(col.uniq, type=pa.string())
    m = lambda pattern: _np(pc.match_substring_regex(arr, pattern))  # noqa: E731
    is_date, with_zone, no_zone = m(f"^{_DATE}$"), m(f"^{_DATE}{_TIME}{_ZONE}$"), m(f"^{_DATE}{_TIME}$")
    empty = np.array([v == "" for v in col.uniq], dtype=bool)
    checker.flag(col, empty, "observed_at", "empty: when was it observed?")
    checker.flag(col, no_zone, "observed_at", "a time without its time zone (add +04:00, or Z for UTC)")
    shape = is_date | with_zone
    checker.flag(col, ~shape & ~no_zone & ~empty, "observed_at",
                 "not an ISO date (YYYY-MM-DD) or date-time with its zone (YYYY-MM-DDTHH:MM+04:00)")
    parsed = pd.to_datetime(pd.Series([v[:10] for v in col.uniq], dtype=object), format="%Y-%m-%d", errors="coerce")
    impossible = shape & parsed.isna().to_numpy()
    checker.flag(col, impossible, "observed_at", "impossible date (no such day)")
    checker.flag(col, with_zone & ~impossible & ~_clock_ok(arr, with_zone), "observed_at",
                 "impossible time or time zone")
    day = np.full(len(col.uniq), -1, dtype=np.int64)
    ok = shape & ~impossible
    day[ok] = parsed[ok].to_numpy().astype("datetime64[D]").astype(np.int64)
    lo, hi = day_number(date(1900, 1, 1)), day_number(today) + 1  # +1: a zone east of UTC is a day ahead
    checker.flag(col, ok & (day < lo), "observed_at", "impossible date (before 1900)")
    checker.flag(col, ok & (day > hi), "observed_at", f"in the future (after {today.isoformat()})")
    return col.spread(day)


def _clock_ok(arr: pa.Array, with_zone: np.ndarray) -> np.ndarray:
    """Hours below 24, minutes and seconds below 60, zones within ±14 h."""
    ok = np.ones(len(arr), dtype=bool)
    if not with_zone.any():
        return ok
    parts = pc.extract_regex(arr, r"^.{10}[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?[^Z+-]*"
                                  r"(?:Z|[+-](?P<zh>\d{2}):?(?P<zm>\d{2})?)$")
    for name, most in (("h", 23), ("m", 59), ("s", 59), ("zh", 14), ("zm", 59)):
        field = pc.struct_field(parts, name)
        field = pc.if_else(pc.equal(field, ""), "0", field)
        nums = pc.cast(pc.fill_null(field, "0"), pa.int64()).to_numpy(zero_copy_only=False)
        ok &= nums <= most
    return ok | ~with_zone


def _resolve(name: str, index: NameIndex, ids: set[str]) -> tuple[str | None, str]:
    if name in ids:
        return name, ""
    try:
        return index.resolve(name).place_id, ""
    except AmbiguousPlace as exc:
        return None, f"could be any of {', '.join(exc.candidates)}: use the place id"
    except UnknownPlace:
        return None, "not a place id or a name in the gazetteer"


def _places(col: _Col, column: str, index: NameIndex, ids: set[str], checker: _Checker) -> np.ndarray:
    resolved = [_resolve(name, index, ids) if name else (None, "empty") for name in col.uniq]
    for why in {why for _, why in resolved if why}:
        checker.flag(col, np.array([w == why for _, w in resolved], dtype=bool), column,
                     f"unknown {column}: {why}" if why != "empty" else "empty")
    return col.spread(np.array([pid or "" for pid, _ in resolved], dtype=object))


def _directions(col: _Col, index: NameIndex, ids: set[str], checker: _Checker) -> tuple[np.ndarray, np.ndarray]:
    kinds, places = [], []
    for i, raw in enumerate(col.uniq):
        word = raw.lower()
        if word in _DIRECTIONS:
            kinds.append(_DIRECTIONS[word])
            places.append("")
            continue
        m = _TOWARDS.match(raw)
        pid, why = _resolve(m.group(1).strip() if m else raw, index, ids) if raw else (None, "empty")
        kinds.append("towards" if pid else "")
        places.append(pid or "")
        if not pid:
            checker.flag(col, np.arange(len(col.uniq)) == i, "direction",
                         "empty: in, out or towards a place" if why == "empty"
                         else f"not in, out or towards a known place ({why})")
    return col.spread(np.array(kinds, dtype=object)), col.spread(np.array(places, dtype=object))


def _unit(unit: _Col | None, vehicle: _Col | None, checker: _Checker) -> np.ndarray:
    """`unit`, else `vehicle_type`, folded to lower case: "Trucks " and "trucks" are one series."""
    cols = [c for c in (unit, vehicle) if c is not None]
    per = [(c, np.array([re.sub(r"\s+", " ", u).lower() for u in c.uniq], dtype=object)) for c in cols]
    values = per[0][0].spread(per[0][1])
    if len(per) == 2:
        values = np.where(values != "", values, per[1][0].spread(per[1][1]))
    first = cols[0]
    checker.flag_rows(first, values == "", "unit", "empty: say what is counted (trucks, people …)")
    for c, clean in per:
        checker.flag(c, np.array([len(u) > MAX_UNIT for u in clean], dtype=bool), "unit",
                     f"longer than {MAX_UNIT} characters")
    return values


def _counts(col: _Col, checker: _Checker) -> np.ndarray:
    """Whole numbers ≥ 0; an empty cell is not recorded (-1 here), never 0."""
    value = np.full(len(col.uniq), -1, dtype=np.int64)
    whole = np.zeros(len(col.uniq), dtype=bool)
    negative = np.zeros(len(col.uniq), dtype=bool)
    for i, v in enumerate(col.uniq):
        if re.fullmatch(r"\d{1,12}", v):
            value[i], whole[i] = int(v), True
        elif re.fullmatch(r"-\s*\d+(?:\.\d+)?", v):
            negative[i] = True
    empty = np.array([v == "" for v in col.uniq], dtype=bool)
    checker.flag(col, negative, "count", "negative count")
    checker.flag(col, ~whole & ~negative & ~empty, "count", "not a whole number (leave it empty if not recorded)")
    checker.flag(col, value > MAX_COUNT, "count", f"implausibly large (over {MAX_COUNT:,})")
    return col.spread(value)


def _plates(col: _Col, checker: _Checker) -> np.ndarray:
    upper = np.array([v.upper() for v in col.uniq], dtype=object)
    checker.flag(col, np.array([not re.fullmatch(r"(?:[A-Z]{2})?", v) for v in upper], dtype=bool),
                 "plate_country", "not a two-letter country code (AM, AZ, IR …)")
    return col.spread(upper)
