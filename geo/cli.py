"""corridor-watch: the command line.

    corridor-watch serve [--port 8501] [--address 127.0.0.1]
    corridor-watch export claims|places --format geojson|csv --out FILE
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from .export import FORMATS, render, write_atomic
from .store import DATA_DIR, DatasetError, load_dataset

APP = Path(__file__).resolve().parent.parent / "app.py"


def _export(args: argparse.Namespace) -> int:
    ds = load_dataset(Path(args.data))
    text = render(ds, args.what, args.format)
    write_atomic(Path(args.out), text)
    count = len(ds.claims) if args.what == "claims" else len(ds.places)
    print(f"wrote {count} {args.what} to {args.out} ({args.format})")
    return 0


def _serve(args: argparse.Namespace) -> int:
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", args.address,
           "--server.port", str(args.port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    print(f"Corridor Watch on http://{args.address}:{args.port}  (Ctrl+C to stop)", flush=True)
    return subprocess.call(cmd, cwd=APP.parent, env={**os.environ, "CORRIDOR_WATCH_DATA": str(args.data)})


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="corridor-watch", description=__doc__.split("\n")[0])
    p.add_argument("--data", default=str(DATA_DIR), help="data folder (default: the embedded seed data)")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write claims or places to a file")
    ex.add_argument("what", choices=("claims", "places"))
    ex.add_argument("--format", required=True, choices=FORMATS)
    ex.add_argument("--out", required=True, help="file to write (replaced whole, never half-written)")
    ex.set_defaults(run=_export)
    sv = sub.add_parser("serve", help="run the dashboard")
    sv.add_argument("--port", type=int, default=8501)
    sv.add_argument("--address", default="127.0.0.1", help="interface to listen on (default: this machine only)")
    sv.set_defaults(run=_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (DatasetError, ValueError, OSError) as exc:
        print(f"corridor-watch: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
