"""corridor-watch logs: structured logs (checkpoint counts, an authority's daily figures) in the store.

    corridor-watch logs import FILE.csv|FILE.parquet --source … --claimant … [--reliability A-F]
                               [--measure count|cumulative] [--skip-bad] [--rejects FILE]
    corridor-watch logs list
    corridor-watch logs window --from YYYY-MM-DD --to YYYY-MM-DD
    corridor-watch logs delete LOG_ID
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .choices import RELIABILITY_GRADES

_SHOWN_PROBLEMS = 200


def _store(args: argparse.Namespace):
    from .store import open_store

    return open_store(args.store)


def _import(args: argparse.Namespace) -> int:
    from .logs.importing import LogRejected, import_log_file
    from .logs.model import LogMeta

    for name in ("source", "claimant"):
        value = getattr(args, name).strip()
        if not value or len(value) > 300:
            raise ValueError(f"--{name} must say who (1 to 300 characters)")
    meta = LogMeta(source=args.source.strip(), claimant=args.claimant.strip(), reliability=args.reliability,
                   measure=args.measure)
    shown: set[tuple[str, int]] = set()

    def progress(f: float, stage: str) -> None:
        if (stage, int(f * 10)) not in shown:
            shown.add((stage, int(f * 10)))
            print(f"  {f:4.0%} {stage}", file=sys.stderr, flush=True)

    try:
        result = import_log_file(Path(args.file), meta, _store(args), skip_bad=args.skip_bad,
                                 rejects=Path(args.rejects) if args.rejects else None, progress=progress)
    except LogRejected as exc:
        problems = exc.read.problems
        for p in problems[:_SHOWN_PROBLEMS]:
            print(f"  {p.describe()}", file=sys.stderr)
        if len(problems) > _SHOWN_PROBLEMS:
            print(f"  … and {len(problems) - _SHOWN_PROBLEMS:,} more problems (--skip-bad --rejects FILE lists "
                  "every bad row)", file=sys.stderr)
        raise ValueError(str(exc)) from None
    print(result.summary())
    return 0


def _list(args: argparse.Namespace) -> int:
    from .store.logs import log_imports

    imports = log_imports(_store(args))
    if not imports:
        print("no logs in the store (corridor-watch logs import FILE …)")
    for i in imports:
        print(f"{i.log_id}  {i.rows:>10,} rows  {i.first_day} to {i.last_day}  {i.measure:<10}  {i.reliability}  "
              f"{i.file_name}  claimant: {i.claimant}; source: {i.source}")
    return 0


def _window(args: argparse.Namespace) -> int:
    from .store.logs import read_cube
    from .view.logs import figure_label

    try:
        start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    except ValueError:
        raise ValueError("--from and --to are dates, YYYY-MM-DD") from None
    if start > end:
        raise ValueError(f"--from {start} is after --to {end}")
    store = _store(args)
    places = {p.place_id: p for p in store.places()}
    figures = read_cube(store).window(start, end)
    if not figures:
        print(f"no logged rows from {start} to {end}")
    for f in figures:
        print(figure_label(f, places))
    return 0


def _delete(args: argparse.Namespace) -> int:
    from .store.logs import delete_log

    if not delete_log(_store(args), args.log_id):
        raise ValueError(f"no log {args.log_id!r} in the store (corridor-watch logs list)")
    print(f"deleted {args.log_id}: its rows and daily figures are gone from the store")
    return 0


def add_parser(sub) -> None:
    lg = sub.add_parser("logs", help="structured logs: import a checkpoint log or daily figures, list, query")
    ls = lg.add_subparsers(dest="logs_command", required=True)
    im = ls.add_parser("import", help="import a CSV or Parquet log (README, 'Logs': the columns); all or nothing")
    im.add_argument("file", metavar="FILE")
    im.add_argument("--source", required=True, help="who kept the log and where it comes from")
    im.add_argument("--claimant", required=True, help="who states these figures (a row's claimant column overrides)")
    im.add_argument("--reliability", default="F", choices=RELIABILITY_GRADES, help="Admiralty source grade")
    im.add_argument("--measure", default="count", choices=("count", "cumulative"),
                    help="count: what each row saw (default); cumulative: each row is a running total")
    im.add_argument("--skip-bad", action="store_true", help="land the good rows; bad ones go to the rejects file")
    im.add_argument("--rejects", help="where --skip-bad writes the bad rows (default FILE.rejects.csv)")
    im.set_defaults(run=_import)
    ls.add_parser("list", help="the logs in the store").set_defaults(run=_list)
    wi = ls.add_parser("window", help="each logged series' figure in a window of days")
    wi.add_argument("--from", dest="start", required=True)
    wi.add_argument("--to", dest="end", required=True)
    wi.set_defaults(run=_window)
    de = ls.add_parser("delete", help="remove one imported log")
    de.add_argument("log_id")
    de.set_defaults(run=_delete)
