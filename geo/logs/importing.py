"""A log file into the store: read and check it, then land all of it or nothing; with `skip_bad`, the good rows
land and the bad ones go to a rejects file (CSV, with each row's line and reasons)."""
from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .model import LogImport, LogMeta, LogRead
from .read import MAX_LOG_BYTES, LogFileError, read_log

MEASURE_WORDS = {"count": "counts per row", "cumulative": "running totals"}


class LogRejected(ValueError):
    """The file has bad rows and `skip_bad` was not given: nothing was written."""

    def __init__(self, read: LogRead):
        self.read = read
        reasons = Counter(p.reason for p in read.problems)
        top = "; ".join(f"{n:,} × {r}" for r, n in reasons.most_common(3))
        super().__init__(f"{read.file_name}: {read.bad_rows:,} of {read.total:,} rows are bad ({top}); nothing was "
                         "written. Fix them, or import with --skip-bad to land the good rows and write the rest "
                         "to a rejects file")


@dataclass(frozen=True)
class LogImportResult:
    record: LogImport
    written: bool  # False: this file was imported before, and nothing changed
    read: LogRead | None  # None when it was imported before (not read again)
    rejects: Path | None = None

    def summary(self) -> str:
        r = self.record
        if not self.written:
            return (f"this file was imported before as {r.log_id} ({r.file_name}, {r.rows:,} rows, {r.imported_at}); "
                    "nothing changed")
        span = f"{r.first_day} to {r.last_day}" if r.first_day else "no dates"
        text = (f"imported {r.rows:,} rows as {r.log_id} ({MEASURE_WORDS[r.measure]}, {span}); "
                f"logged by {r.claimant}, source: {r.source}")
        if self.rejects is not None and self.read is not None:
            text += f"; {self.read.bad_rows:,} bad rows left out, listed in {self.rejects}"
        return text


def rejects_csv(read: LogRead) -> str:
    """The bad rows as written, each with its line and every reason found; cells that a spreadsheet would
    run as formulas are neutralised."""
    from ..export import safe_cell

    reasons: dict[int, list[str]] = {}
    lines: dict[int, int | None] = {}
    for p in read.problems:
        reasons.setdefault(p.row, []).append(f"{p.column}: {p.reason}")
        lines[p.row] = p.line
    columns = [c for c in read.bad if c != "row"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["row", "line", "reasons", *columns])
    for i, row in enumerate(read.bad.get("row", []).tolist()):
        w.writerow([row, "" if lines[row] is None else lines[row], " | ".join(reasons[row]),
                    *(safe_cell(read.bad[c][i]) for c in columns)])
    return buf.getvalue()


def import_log_bytes(data: bytes, file_name: str, meta: LogMeta, store, *, skip_bad: bool = False,
                     rejects: Path | None = None, today=None,
                     progress: Callable[[float, str], None] | None = None) -> LogImportResult:
    """Read, check and land one log. Raises LogFileError (unreadable) or LogRejected (bad rows, not
    skipped); in both cases the store is untouched. With `skip_bad`, the rejects file is written only after
    the good rows landed."""
    from ..export import write_atomic
    from ..store.logs import find_import, import_log

    step = progress or (lambda f, s: None)
    known = find_import(store, hashlib.sha256(data).hexdigest())
    if known is not None:
        return LogImportResult(known, False, None)
    read = read_log(data, file_name, store.places(), today=today, progress=step)
    if read.problems and not skip_bad:
        raise LogRejected(read)
    if not len(read.rows):
        raise LogFileError(f"{file_name}: none of its {read.total:,} rows can be used; nothing was written")
    record, written = import_log(store, read, meta, progress=step)
    out = None
    if written and read.problems and rejects is not None:
        write_atomic(rejects, rejects_csv(read))
        out = rejects
    return LogImportResult(record, written, read, out)


def import_log_file(path: Path, meta: LogMeta, store, *, skip_bad: bool = False, rejects: Path | None = None,
                    progress: Callable[[float, str], None] | None = None) -> LogImportResult:
    """A file from disk; the rejects file defaults to NAME.rejects.csv beside it."""
    path = Path(path)
    if not path.is_file():
        raise LogFileError(f"{path} is not a file")
    size = path.stat().st_size
    if size > MAX_LOG_BYTES:
        raise LogFileError(f"{path.name} is {size / 2**20:,.0f} MiB; a log file may be at most "
                           f"{MAX_LOG_BYTES / 2**20:,.0f} MiB (split it and import the parts)")
    if progress:
        progress(0.0, "reading")
    return import_log_bytes(path.read_bytes(), path.name, meta, store, skip_bad=skip_bad,
                            rejects=rejects or path.with_name(f"{path.stem}.rejects.csv"), progress=progress)
