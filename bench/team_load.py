"""A team at work on one PostGIS store (loopback only, bounded): 8 analysts ingesting reports and 4 reviewers
deciding, each a process with its own account, for 60 s. Then the store is counted: every report and
decision a worker saw land must be there, nothing else, and no error may have reached a worker.

    python bench/team_load.py [--seconds 60] [--ingesters 8] [--reviewers 4]

Prints reports/s, decisions/s, the retries the store made (serialization failures, deadlocks), and the
dashboard's revision check while the load runs.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))


def _ingester(url: str, name: str, password: str, reports: list[dict], start, seconds: float, out) -> None:
    from geo.ingest import SourceMeta, ingest
    from geo.store import PostGISStore

    store = PostGISStore(url, user=name, password=password)
    landed, errors = [], []
    start.wait()
    until = time.time() + seconds
    for r in reports:
        if time.time() > until:
            break
        try:
            result = ingest(r["text"], SourceMeta(outlet=r["outlet"], title=r["title"], reliability=r["reliability"],
                                                  published=date.fromisoformat(r["published"])), store)
            landed.append(result.source.source_id)
        except Exception as exc:  # noqa: BLE001  (counted: the figure to report is how many)
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
    out.put(("ingest", name, landed, errors, store.retries))


def _reviewer(url: str, name: str, password: str, claim_ids: list[str], start, seconds: float, out) -> None:
    from geo.store import Correction, PostGISStore

    store = PostGISStore(url, user=name, password=password)
    rng = random.Random(name)
    landed, errors = [], []
    start.wait()
    until = time.time() + seconds
    while time.time() < until:
        k = Correction("claim", rng.choice(claim_ids), rng.choice(["confirm", "reject"]))
        try:
            store.add_correction(k)
            landed.append(k.target_id)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
    out.put(("review", name, landed, errors, store.retries))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--ingesters", type=int, default=8)
    ap.add_argument("--reviewers", type=int, default=4)
    args = ap.parse_args()
    from corpus import generate
    from geo.store import PostGISStore
    from geo.store.team import add_user, init_team
    from pgcluster import start_cluster

    cluster = start_cluster()
    try:
        admin = PostGISStore(cluster.url(), user="postgres", password=cluster.password)
        init_team(admin)
        claim_ids = [c.claim_id for c in admin.read().claims]
        people = {f"ingest{i}": "analyst" for i in range(args.ingesters)}
        people.update({f"review{i}": "lead" if i == 0 else "analyst" for i in range(args.reviewers)})
        for name, role in people.items():
            add_user(admin, name, role, f"load-password-{name}")
        corpus = generate(args.ingesters * int(args.seconds * 4 + 50), seed=11)  # more than they can ingest
        ctx = mp.get_context("spawn")
        start, out = ctx.Barrier(len(people) + 1), ctx.Queue()
        procs = []
        for i, name in enumerate(people):
            if name.startswith("ingest"):
                target, work = _ingester, corpus[i::args.ingesters]
            else:
                target, work = _reviewer, claim_ids
            procs.append(ctx.Process(target=target, args=(cluster.url(), name, f"load-password-{name}", work, start,
                                                          args.seconds, out)))
        for p in procs:
            p.start()
        start.wait()  # every worker has imported and connected: the window starts now
        began = time.time()
        until = began + args.seconds
        checks = []
        while time.time() < until:  # what a dashboard does meanwhile: the revision, every half second
            t = time.perf_counter()
            admin.version()
            checks.append((time.perf_counter() - t) * 1000)
            time.sleep(0.5)
        results = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        elapsed = time.time() - began
        reports = [s for kind, _, landed, _, _ in results if kind == "ingest" for s in landed]
        decisions = sum(len(landed) for kind, _, landed, _, _ in results if kind == "review")
        errors = [e for _, _, _, errs, _ in results for e in errs]
        retries = sum(r for *_, r in results)
        ds, corrections = admin.read_raw()
        stored = {s.source_id for s in ds.sources}
        print(f"{args.ingesters} ingesters and {args.reviewers} reviewers for {elapsed:.0f} s on loopback "
              f"(2 cores shared by the server, the workers and this check)")
        print(f"reports landed     {len(reports):6,}  ({len(reports) / elapsed:.1f}/s)")
        print(f"decisions landed   {decisions:6,}  ({decisions / elapsed:.1f}/s)")
        print(f"retries            {retries:6,}")
        print(f"errors at a worker {len(errors):6,}" + (f"  first: {errors[0]}" if errors else ""))
        print(f"revision check     {statistics.median(checks):.2f} ms median, {max(checks):.1f} ms max "
              f"({len(checks)} checks under load)")
        missing = set(reports) - stored
        print(f"counts add up      sources {len(stored)} = {len(set(reports))} ingested + 1 seed: "
              f"{len(stored) == len(set(reports)) + 1 and not missing}; decisions stored {len(corrections)} = "
              f"{decisions} landed: {len(corrections) == decisions}")
        if missing or len(corrections) != decisions or errors:
            raise SystemExit(1)
    finally:
        from geo.store.pg_pool import close_pools

        close_pools()
        cluster.remove()


if __name__ == "__main__":
    main()
