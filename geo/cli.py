"""corridor-watch: the command line.

    corridor-watch serve [--port 8501] [--address 127.0.0.1] [--allow-anonymous-read] [--tls-cert F --tls-key F]
    corridor-watch ingest FILE|FOLDER|FILE.jsonl ... [--outlet … --title … --published YYYY-MM-DD --url … --reliability A-F]
    corridor-watch export claims|places --format geojson|csv --out FILE
    corridor-watch export view [--from D --to D --names … --layers … --claim ID --lon --lat --zoom | --link URL]
                               --format png|pptx|html|csv|geojson|gpkg|gif [--size screen|print] --out FILE
    corridor-watch eval [--dir FOLDER] [--errors N]
    corridor-watch logs import FILE.csv|FILE.parquet --source … --claimant … | list | window | delete
    corridor-watch store migrate | copy FROM TO | info
    corridor-watch team init | add-user NAME --role viewer|analyst|lead | set-password | remove-user | list
    corridor-watch history [--who NAME]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

# Only the choices at the top: each command imports what it needs, so `--help` answers at once.
from .choices import DISPLAY_CHOICES, LAYER_NAMES, RELIABILITY_GRADES, TABLE_FORMATS, VIEW_FORMATS

if TYPE_CHECKING:
    from .view.viewstate import MapState

APP = Path(__file__).resolve().parent.parent / "app.py"
DATA_DIR = APP.parent / "data"


def _dataset(args: argparse.Namespace):
    """--data DIR reads a seed-shaped folder; otherwise the store (seeded on first use)."""
    from .store import load_dataset, open_store

    if args.data:
        return load_dataset(Path(args.data))
    return open_store(args.store).read()


def _ingest(args: argparse.Namespace) -> int:
    from .ingest import SourceMeta, ingest_file
    from .store import open_store

    try:
        published = date.fromisoformat(args.published) if args.published else None
    except ValueError:
        raise ValueError(f"--published {args.published!r} is not a date (YYYY-MM-DD)") from None
    meta = SourceMeta(outlet=args.outlet, title=args.title, published=published, url=args.url,
                      reliability=args.reliability, country=(args.country or "").upper())
    paths = [Path(f) for f in args.files]
    if len(paths) == 1 and paths[0].suffix.lower() != ".jsonl" and not paths[0].is_dir():
        store = open_store(args.store)
        shown: set[tuple[str, int]] = set()

        def progress(f: float, stage: str) -> None:
            if (stage, int(f * 20)) not in shown:  # a line per stage and per 5 %, not per step
                shown.add((stage, int(f * 20)))
                print(f"  {f:4.0%} {stage}", file=sys.stderr)

        result = ingest_file(paths[0], meta, store, progress=progress,
                             warn=lambda text: print(f"warning: {text}", file=sys.stderr))
        print(result.summary())
        return 0
    return _ingest_many(args, paths, meta)


def _ingest_many(args: argparse.Namespace, paths: list[Path], meta) -> int:
    """Several files, folders or JSONL files: a progress bar, a line per report that fails, and an exit
    code of 1 when any did (the others landed)."""
    from .bulk import count_reports, ingest_many, reports
    from .store import open_store
    from .store.gpkg import StoreWriteError

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise ValueError(f"{missing[0]} does not exist")
    total = count_reports(paths)
    store = open_store(args.store)
    bar = _Bar(total)
    tally = {"added": 0, "unchanged": 0, "failed": 0, "claims": 0, "no_date": 0}

    def done(outcome) -> None:
        if outcome.error:
            tally["failed"] += 1
            bar.message(f"failed: {outcome.name}: {outcome.error}")
        elif outcome.result.unchanged:
            tally["unchanged"] += 1
        else:
            tally["added"] += 1
            tally["claims"] += len(outcome.result.claims)
            tally["no_date"] += outcome.result.source.published.earliest is None
        bar.step(outcome.name)

    try:
        ingest_many(reports(paths, meta), store, done)
    except KeyboardInterrupt:
        bar.close()
        print(f"interrupted after {bar.done} of {total} reports: each one that finished is in the store; run the "
              "same command again to go on (reports already in the store are skipped)", file=sys.stderr)
        return 130
    except StoreWriteError as exc:  # a full disk: the report being written is not in the store, those before are
        bar.close()
        print(f"corridor-watch: stopped after {bar.done} of {total} reports: {exc} The {tally['added']} reports added "
              "before it are in the store; run the same command again to go on (reports already in the store are "
              "skipped)", file=sys.stderr)
        return 2
    bar.close()
    print(f"{total} reports: {tally['added']} added ({tally['claims']} claims), {tally['unchanged']} already in "
          f"the store, {tally['failed']} failed")
    if tally["no_date"]:
        print(f"warning: {tally['no_date']} added reports have no publication date given or found in the text: their "
              "dates that need a year are flagged 'year unknown' (give published in the JSONL, or --published)",
              file=sys.stderr)
    return 1 if tally["failed"] else 0


class _Bar:
    """A progress bar on a terminal; a line per tenth of the run when the output is a file or a pipe."""

    def __init__(self, total: int):
        self.total, self.done, self.tty = max(total, 1), 0, sys.stderr.isatty()

    def step(self, name: str) -> None:
        self.done += 1
        share = self.done / self.total
        if self.tty:
            filled = int(30 * share)
            print(f"\r  [{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} {name[:40]:<40}",
                  end="", file=sys.stderr, flush=True)
        elif int(10 * share) != int(10 * (self.done - 1) / self.total) or self.done == self.total:
            print(f"  {self.done}/{self.total} reports", file=sys.stderr, flush=True)

    def message(self, text: str) -> None:
        print(("\r\033[K" if self.tty else "") + text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=sys.stderr)


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import EVAL_SETS, evaluate, report, summary_table
    from .gazetteer import gazetteer_only
    from .store import load_dataset

    # the geoparser's own gazetteer, as ingest reads it from a store (GeoNames and analysts' places left out)
    gazetteer = gazetteer_only(load_dataset().places)
    # a folder given by hand keeps what the project says of it (a held-out set stays unlisted)
    known = {folder.resolve(): what for folder, what in EVAL_SETS.values()}
    sets = {Path(args.dir).name: (Path(args.dir), known.get(Path(args.dir).resolve(), ""))} if args.dir else \
        {name: (folder, what) for name, (folder, what) in EVAL_SETS.items() if any(folder.glob("*.json"))}
    results = {}
    for name, (folder, what) in sets.items():
        total, by_style = evaluate(gazetteer, folder)
        results[name] = total
        print(f"== {name}: {folder.relative_to(folder.parents[2]) if len(folder.parents) > 2 else folder}"
              f"{f' — {what}' if what else ''}")
        print(report(total, by_style, args.errors, held_out="never tuned on" in what))
        print()
    if len(results) > 1:
        print(summary_table(results))
    return 0


def _logs(args: argparse.Namespace):
    """The store's logs as a daily cube (None with --data, or when the store has none)."""
    if args.data:
        return None
    from .store import open_store
    from .store.logs import read_cube

    cube = read_cube(open_store(args.store))
    return cube if cube.span else None


def view_state(args: argparse.Namespace, ds, logs=None) -> MapState:
    """The view the options (or a copied dashboard link) describe. Unlike the dashboard, which falls
    back with a notice, the command line refuses a bad value: a script should not export the wrong view."""
    from .claims import dated_span
    from .model import Window
    from .view.viewstate import from_query

    span = dated_span(ds.claims)
    if logs is not None:  # the window may reach the logs' dates, as the dashboard's slider does
        lo, hi = logs.span
        span = Window(min(lo, span.start), max(hi, span.end)) if span else Window(lo, hi)
    if span is None:
        raise ValueError("the dataset has no dated claims, so there is no window to export")
    query: dict[str, str] = dict(parse_qsl(urlsplit(args.link).query)) if args.link else {}
    for key, value in (("from", args.start), ("to", args.end), ("names", args.names), ("layers", args.layers),
                       ("claim", args.claim), ("lon", args.lon), ("lat", args.lat), ("zoom", args.zoom)):
        if value is not None:
            query[key] = value
    state, notices = from_query(query, span, {c.claim_id for c in ds.claims}, ds=ds)
    if notices:  # the dashboard's notices say what it falls back to; a script gets a refusal instead
        import re

        refused = [re.sub(r"; using [^;]*\.$", ".", n) for n in notices]
        raise ValueError(" ".join(refused) + " Nothing was written: give a value inside these bounds.")
    return state


def _export_view(args: argparse.Namespace) -> int:
    from .basemap import load_countries
    from .view.briefing import DEFAULT_BASE_URL, build_briefing
    from .export import (check_export_target, render_view, view_logs_csv, view_places_csv, write_atomic,
                          write_bytes_atomic)
    from .view.playback import playback_gif

    if args.format not in VIEW_FORMATS:
        raise ValueError(f"--format {args.format!r} is not a view format; choose one of {', '.join(VIEW_FORMATS)}")
    out = Path(args.out)
    places_out = out.with_name(f"{out.stem}-places.csv")
    for target in (out, places_out) if args.format == "csv" else (out,):
        check_export_target(target)  # before minutes of rendering, not after
    ds = _dataset(args)
    logs = _logs(args)
    state = view_state(args, ds, logs)
    countries = load_countries()
    # the slides' link opens the dashboard the copied link came from (else the default address)
    b = build_briefing(ds, countries, state, base_url=getattr(args, "link", None) or DEFAULT_BASE_URL, logs=logs)
    data = playback_gif(ds, countries, state, logs=logs) if args.format == "gif" else render_view(b, countries, args.format,
                                                                                        size=args.size)
    write_bytes_atomic(out, data)
    print(f"wrote the view {state.window.start} to {state.window.end} to {out} ({args.format}, {len(data):,} bytes)")
    if args.format == "csv":
        write_atomic(places_out, view_places_csv(b))
        print(f"wrote the places in view to {places_out}")
        if b.map.logs is not None and b.map.logs.marks:
            logs_out = out.with_name(f"{out.stem}-logs.csv")
            check_export_target(logs_out)
            write_atomic(logs_out, view_logs_csv(b))
            print(f"wrote the logged figures in view to {logs_out}")
    return 0


def _export(args: argparse.Namespace) -> int:
    if args.what == "view":
        return _export_view(args)
    from .export import check_export_target, render, write_atomic

    if args.format not in TABLE_FORMATS:
        raise ValueError(f"--format {args.format!r}: claims and places export as {' or '.join(TABLE_FORMATS)}")
    check_export_target(Path(args.out))
    ds = _dataset(args)
    text = render(ds, args.what, args.format)
    write_atomic(Path(args.out), text)
    count = len(ds.claims) if args.what == "claims" else len(ds.places)
    print(f"wrote {count} {args.what} to {args.out} ({args.format})")
    return 0


_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve_plan(args: argparse.Namespace, env: dict[str, str]) -> tuple[list[str], dict[str, str], list[str]]:
    """What `serve` runs: the command, its environment and warnings; a ValueError when serving would let
    anyone who reaches the port change the store. Beyond this machine a store needs accounts (PostGIS), or
    --allow-anonymous-read (then the dashboard is read-only)."""
    from .store import is_pg_address

    store = args.store or env.get("CORRIDOR_WATCH_STORE") or ""
    team = is_pg_address(store)
    env = dict(env)
    if args.store:
        env["CORRIDOR_WATCH_STORE"] = store if team else str(Path(store).resolve())
    warnings = []
    if args.address not in _LOOPBACK:
        if not team and not args.allow_anonymous_read:
            raise ValueError(f"--address {args.address} serves beyond this machine, and a GeoPackage store has no "
                             "accounts: anyone who reaches the port could ingest, grade and reject. Use a team store "
                             "(--store postgresql://…, accounts per analyst), or add --allow-anonymous-read to "
                             "serve it read-only")
        if args.allow_anonymous_read and not team:
            env["CORRIDOR_WATCH_READ_ONLY"] = "1"
        if not args.tls_cert:
            warnings.append(f"serving on {args.address} without TLS: "
                            + ("passwords typed at sign-in cross the network readable; " if team else "")
                            + "give --tls-cert and --tls-key (README, 'Serving a team')")
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", args.address,
           "--server.port", str(args.port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    if bool(args.tls_cert) != bool(args.tls_key):
        raise ValueError("TLS needs both --tls-cert and --tls-key")
    if args.tls_cert:
        for name in (args.tls_cert, args.tls_key):
            if not Path(name).is_file():
                raise ValueError(f"{name}: no such file")
        cmd += ["--server.sslCertFile", str(Path(args.tls_cert).resolve()),
                "--server.sslKeyFile", str(Path(args.tls_key).resolve())]
    return cmd, env, warnings


def _serve(args: argparse.Namespace) -> int:
    cmd, env, warnings = serve_plan(args, dict(os.environ))
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    scheme = "https" if args.tls_cert else "http"
    print(f"Corridor Watch on {scheme}://{args.address}:{args.port}"
          f"{'  (read-only)' if env.get('CORRIDOR_WATCH_READ_ONLY') == '1' else ''}  (Ctrl+C to stop)", flush=True)
    if os.name == "posix":
        # Streamlit takes this process's place: SIGTERM and Ctrl+C reach the server itself, and no
        # orphaned child keeps the port after the command is stopped.
        sys.stdout.flush()
        os.chdir(APP.parent)
        os.execve(sys.executable, cmd, env)
    return subprocess.call(cmd, cwd=APP.parent, env=env)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="corridor-watch", description=__doc__.split("\n")[0])
    p.add_argument("--store", help="a GeoPackage file, or a PostGIS database as postgresql://host:port/db (no "
                                   "password in it); default: CORRIDOR_WATCH_STORE or data/store/corridor-watch.gpkg")
    p.add_argument("--data", help=f"read a seed-shaped data folder instead of the store (e.g. {DATA_DIR})")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write claims, places, or the map view to a file")
    ex.add_argument("what", choices=("claims", "places", "view"))
    ex.add_argument("--format", required=True, choices=sorted({*TABLE_FORMATS, *VIEW_FORMATS}))
    ex.add_argument("--out", required=True, help="file to write (replaced whole, never half-written)")
    view = ex.add_argument_group("view options (export view)")
    view.add_argument("--from", dest="start", help="window start, YYYY-MM-DD (default: first dated claim)")
    view.add_argument("--to", dest="end", help="window end, YYYY-MM-DD (default: last dated claim)")
    view.add_argument("--names", help=f"place names: {', '.join(DISPLAY_CHOICES)} (default as_written)")
    view.add_argument("--layers", help=f"comma-separated layers to draw (default all): {','.join(LAYER_NAMES)}")
    view.add_argument("--claim", help="claim id to highlight")
    view.add_argument("--lon", help="map centre longitude")
    view.add_argument("--lat", help="map centre latitude")
    view.add_argument("--zoom", help="map zoom (deck.gl levels, 4-14)")
    view.add_argument("--link", help="a copied dashboard link; the options above override its values")
    view.add_argument("--size", default="screen", choices=("screen", "print"),
                      help="png: screen = 1920×1080, print = 3840×2160 (300 dpi at 12.8 × 7.2 in)")
    ex.set_defaults(run=_export)
    ing = sub.add_parser("ingest", help="add reports to the store: .txt or .html files, folders of them, or "
                                        "JSONL (one report per line: text or html, outlet, title, published, "
                                        "url, reliability)")
    ing.add_argument("files", nargs="+", metavar="FILE", help="a report, a folder, or a .jsonl file; several allowed")
    ing.add_argument("--outlet", default="Unknown outlet")
    ing.add_argument("--title")
    ing.add_argument("--published", help="publication date, YYYY-MM-DD (years and relative dates resolve against it)")
    ing.add_argument("--url")
    ing.add_argument("--reliability", default="F", choices=RELIABILITY_GRADES,
                     help="Admiralty source grade; F = cannot be judged yet")
    ing.add_argument("--country", help="the outlet's country, a two-letter ISO code (AM, AZ, IR …): its side")
    ing.set_defaults(run=_ingest)
    ev = sub.add_parser("eval", help="score geoparsing and claim extraction on the labelled set")
    ev.add_argument("--dir", default=None, help="one labelled folder (default: every set in tests/data, held-out first)")
    ev.add_argument("--errors", type=int, default=0, help="also list the first N differences")
    ev.set_defaults(run=_eval)
    from .cli_logs import add_parser as add_logs
    from .cli_store import add_parser as add_store

    add_logs(sub)
    add_store(sub)
    sv = sub.add_parser("serve", help="run the dashboard")
    sv.add_argument("--port", type=int, default=8501)
    sv.add_argument("--address", default="127.0.0.1", help="interface to listen on (default: this machine only); "
                    "another needs a team store with accounts, or --allow-anonymous-read")
    sv.add_argument("--allow-anonymous-read", action="store_true",
                    help="serve a store without accounts beyond this machine, read-only (no Ingest, no Review)")
    sv.add_argument("--tls-cert", help="serve over HTTPS: the certificate (PEM), with --tls-key")
    sv.add_argument("--tls-key", help="the certificate's private key (PEM)")
    sv.set_defaults(run=_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (ValueError, OSError) as exc:  # DatasetError and SourceTextError are ValueErrors
        print(f"corridor-watch: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
