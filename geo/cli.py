"""corridor-watch: the command line.

    corridor-watch serve [--port 8501] [--address 127.0.0.1]
    corridor-watch ingest FILE [--outlet … --title … --published YYYY-MM-DD --url … --reliability A-F]
    corridor-watch export claims|places --format geojson|csv --out FILE
    corridor-watch eval [--dir tests/data/eval] [--errors N]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from datetime import date

from .export import FORMATS, render, write_atomic
from .sources import SourceTextError
from .store import DATA_DIR, DatasetError, load_dataset, open_store

APP = Path(__file__).resolve().parent.parent / "app.py"


def _dataset(args: argparse.Namespace):
    """--data DIR reads a seed-shaped folder; otherwise the store (seeded on first use)."""
    if args.data:
        return load_dataset(Path(args.data))
    return open_store(Path(args.store) if args.store else None).read()


def _ingest(args: argparse.Namespace) -> int:
    from .ingest import SourceMeta, ingest_file

    try:
        published = date.fromisoformat(args.published) if args.published else None
    except ValueError:
        raise ValueError(f"--published {args.published!r} is not a date (YYYY-MM-DD)") from None
    meta = SourceMeta(outlet=args.outlet, title=args.title, published=published, url=args.url,
                      reliability=args.reliability)
    store = open_store(Path(args.store) if args.store else None)
    result = ingest_file(Path(args.file), meta, store,
                         progress=lambda f, stage: print(f"  {f:4.0%} {stage}", file=sys.stderr))
    print(result.summary())
    return 0


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, report
    from .geoparse import Geoparser

    ds = load_dataset()
    total, by_style = evaluate(Geoparser(ds.places), Path(args.dir))
    print(report(total, by_style, args.errors))
    return 0


def _export(args: argparse.Namespace) -> int:
    ds = _dataset(args)
    text = render(ds, args.what, args.format)
    write_atomic(Path(args.out), text)
    count = len(ds.claims) if args.what == "claims" else len(ds.places)
    print(f"wrote {count} {args.what} to {args.out} ({args.format})")
    return 0


def _serve(args: argparse.Namespace) -> int:
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", args.address,
           "--server.port", str(args.port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    print(f"Corridor Watch on http://{args.address}:{args.port}  (Ctrl+C to stop)", flush=True)
    env = dict(os.environ)
    if args.store:
        env["CORRIDOR_WATCH_STORE"] = str(Path(args.store).resolve())
    return subprocess.call(cmd, cwd=APP.parent, env=env)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="corridor-watch", description=__doc__.split("\n")[0])
    p.add_argument("--store", help="GeoPackage store (default: CORRIDOR_WATCH_STORE or data/store/corridor-watch.gpkg)")
    p.add_argument("--data", help=f"read a seed-shaped data folder instead of the store (e.g. {DATA_DIR})")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write claims or places to a file")
    ex.add_argument("what", choices=("claims", "places"))
    ex.add_argument("--format", required=True, choices=FORMATS)
    ex.add_argument("--out", required=True, help="file to write (replaced whole, never half-written)")
    ex.set_defaults(run=_export)
    ing = sub.add_parser("ingest", help="add a report (.txt or .html) to the store")
    ing.add_argument("file")
    ing.add_argument("--outlet", default="Unknown outlet")
    ing.add_argument("--title")
    ing.add_argument("--published", help="publication date, YYYY-MM-DD (years and relative dates resolve against it)")
    ing.add_argument("--url")
    ing.add_argument("--reliability", default="F", choices=("A", "B", "C", "D", "E", "F"),
                     help="Admiralty source grade; F = cannot be judged yet")
    ing.set_defaults(run=_ingest)
    ev = sub.add_parser("eval", help="score geoparsing and claim extraction on the labelled set")
    ev.add_argument("--dir", default=str(Path(__file__).resolve().parent.parent / "tests" / "data" / "eval"))
    ev.add_argument("--errors", type=int, default=0, help="also list the first N differences")
    ev.set_defaults(run=_eval)
    sv = sub.add_parser("serve", help="run the dashboard")
    sv.add_argument("--port", type=int, default=8501)
    sv.add_argument("--address", default="127.0.0.1", help="interface to listen on (default: this machine only)")
    sv.set_defaults(run=_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (DatasetError, SourceTextError, ValueError, OSError) as exc:
        print(f"corridor-watch: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
