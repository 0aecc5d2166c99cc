"""Structured logs: a monitoring team's vehicles at a checkpoint, an authority's daily figures.

- `read`: a CSV or Parquet file read and checked row by row (`read_log`), nothing written;
- `cube`: the daily cube and its prefix sums (`DailyCube`): a window's figures without scanning rows;
- `importing`: a file into the store, all or nothing, with a rejects file for `--skip-bad`.
The store's tables are in `geo.store.logs`."""
from __future__ import annotations

from .model import LogFigure, LogImport, LogMeta, LogProblem, LogRead, LogRows, SeriesKey

__all__ = ["LogFigure", "LogImport", "LogMeta", "LogProblem", "LogRead", "LogRows", "SeriesKey"]
