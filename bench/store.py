"""The two backends side by side, in one run: a bulk ingest to about 10,000 claims, then one more ingest, the
Map's read of the whole store, the revision check a dashboard makes every few seconds, and review decisions,
on the GeoPackage (the baseline) and on PostGIS (a throwaway cluster on this machine, loopback).

    python bench/store.py [--reports 3800]

Ingest time is mostly reading and extracting, the same on both; "write ms" is the part spent in the store's
transaction (linking included). The ratio column is PostGIS ÷ GeoPackage: above 1, PostGIS is slower.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from corpus import generate  # noqa: E402
from geo.bulk import Report, ingest_many  # noqa: E402
from geo.ingest import SourceMeta, ingest  # noqa: E402
from geo.store import Correction, GeoPackageStore, PostGISStore  # noqa: E402
from geo.store.migrate import migrate  # noqa: E402
from pgcluster import start_cluster  # noqa: E402


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


class Timed:
    """The store with its write step timed (a wrapper in the benchmark, nothing in the store)."""

    def __init__(self, store):
        self.store, self.write_s = store, 0.0

    def replace_source(self, *args):
        t = time.perf_counter()
        try:
            return self.store.replace_source(*args)
        finally:
            self.write_s += time.perf_counter() - t

    def __getattr__(self, name):
        return getattr(self.store, name)


def measure(store, items: list[Report], last: dict) -> dict:
    store.ensure_seeded()
    timed = Timed(store)
    t = time.perf_counter()
    outcomes = ingest_many(items, timed)
    bulk_s = time.perf_counter() - t
    failed = [o.error for o in outcomes if o.error]
    if failed:
        raise SystemExit(f"{len(failed)} reports failed: {failed[:3]}")
    bulk_write_ms = timed.write_s * 1000 / len(items)
    timed.write_s = 0.0
    t = time.perf_counter()
    ingest(last["text"], SourceMeta(outlet=last["outlet"], reliability=last["reliability"],
                                    published=date.fromisoformat(last["published"])), timed)
    one_s = time.perf_counter() - t
    ds = store.read()
    claim_ids = [c.claim_id for c in ds.claims][:200]
    t = time.perf_counter()
    for cid in claim_ids:
        store.add_correction(Correction("claim", cid, "confirm"))
    decide_ms = (time.perf_counter() - t) * 1000 / len(claim_ids)
    return {"claims": len(ds.claims), "bulk_rps": len(items) / bulk_s, "bulk_write_ms": bulk_write_ms, "one_s": one_s,
            "one_write_ms": timed.write_s * 1000, "read_ms": median_ms(store.read, 5),
            "version_ms": median_ms(store.version, 50), "decide_ms": decide_ms}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=int, default=3800, help="corpus size in reports (3800: about 10,000 claims)")
    args = ap.parse_args()
    reports = generate(args.reports + 1, seed=7)
    items = [Report(f"r{i}", r["text"], SourceMeta(outlet=r["outlet"], title=r["title"],
                                                   published=date.fromisoformat(r["published"]),
                                                   reliability=r["reliability"], country=r["country"]))
             for i, r in enumerate(reports[:-1])]
    cluster = start_cluster()
    try:
        pg = PostGISStore(cluster.url(), user="postgres", password=cluster.password)
        migrate(pg)
        with tempfile.TemporaryDirectory() as tmp:
            results = {"GeoPackage": measure(GeoPackageStore(Path(tmp) / "bench.gpkg"), items, reports[-1]),
                       "PostGIS": measure(pg, items, reports[-1])}
    finally:
        cluster.remove()
    g, p = results["GeoPackage"], results["PostGIS"]
    print(f"{args.reports:,} reports; {g['claims']:,} claims on the GeoPackage, {p['claims']:,} on PostGIS "
          "(loopback, fsync off in the throwaway cluster)")
    rows = [("bulk ingest, reports/s", "bulk_rps", "{:.1f}", True),
            ("  the store's write per report, ms", "bulk_write_ms", "{:.1f}", False),
            ("one more ingest, s", "one_s", "{:.2f}", False),
            ("  of which the store's write, ms", "one_write_ms", "{:.0f}", False),
            ("Map read of the whole store, ms", "read_ms", "{:.0f}", False),
            ("revision check, ms", "version_ms", "{:.2f}", False), ("one decision, ms", "decide_ms", "{:.1f}", False)]
    print(f"{'':34} {'GeoPackage':>11} {'PostGIS':>9} {'ratio':>6}")
    for label, key, fmt, higher_better in rows:
        ratio = (g[key] / p[key]) if higher_better else (p[key] / g[key])
        print(f"{label:34} {fmt.format(g[key]):>11} {fmt.format(p[key]):>9} {ratio:>6.2f}")


if __name__ == "__main__":
    main()
