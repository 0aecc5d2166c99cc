"""Corpus scale: bulk ingest, one more ingest, store read, and the Map build (server side) for synthetic
corpora of growing size, against the per-claim Map build (every claim its own mark and label) measured in
the same run as the baseline.

    python bench/scale.py [--reports 40,380,3800]   # about 100, 1,000 and 10,000 claims

Targets at 10,000 claims: Map build ≤ 150 ms and ≥ 50× faster than the per-claim path, payload ≤ 500 KB,
labels within the budget with no overlap, one more ingest ≤ 1 s warm, bulk ≥ 50 reports/s, store read
≤ 500 ms. The corpus is bench/corpus.py's (fixed seed), never mixed into the embedded data.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import geo.view.layers  # noqa: E402
from corpus import generate  # noqa: E402
from geo.basemap import load_countries  # noqa: E402
from geo.view.briefing import build_briefing  # noqa: E402
from geo.bulk import Report, ingest_many  # noqa: E402
from geo.claims import dated_span  # noqa: E402
from geo.view.declutter import deck_box, mercator_px, overlap_area, text_size_px  # noqa: E402
from geo.ingest import SourceMeta, ingest  # noqa: E402
from geo.view.labels import LABEL_SIZES, view_bounds  # noqa: E402
from geo.export.standalone import deck_spec  # noqa: E402
from geo.store import GeoPackageStore  # noqa: E402
from geo.view.viewstate import MapState  # noqa: E402

PX = (1087, 760)  # the Map page's element on a 1920 × 1080 screen


def median_s(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


CLAIM_LABELS = ("claims", "flows", "crossing_days", "groups")  # what the budget counts; place names are extra


def labels_and_overlaps(b, state) -> tuple[int, int, int]:
    """(claim labels in the frame, place and area names in it, labels overlapping another, names included)."""
    rows = b.map.layers.rows
    w, s, e, n = view_bounds((state.lon, state.lat, state.zoom), state.px)
    boxes, claim_labels = [], 0
    for layer, size in LABEL_SIZES.items():
        for r in rows.get(layer, []):
            if r.get("label") and w <= r["position"][0] <= e and s <= r["position"][1] <= n:
                x, y = mercator_px(*r["position"], state.zoom)
                boxes.append(deck_box(x, y, r["offset"], r["anchor"], text_size_px(r["label"], size), pad=0))
                claim_labels += layer in CLAIM_LABELS
    if len(boxes) > 2000:
        return claim_labels, len(boxes) - claim_labels, -1  # the per-claim wall: not worth the pairwise count
    overlaps = sum(1 for i, box in enumerate(boxes) if overlap_area(box, boxes[i + 1:]) > 0)
    return claim_labels, len(boxes) - claim_labels, overlaps


def one_size(n_reports: int, countries, tmp: Path) -> dict:
    store = GeoPackageStore(tmp / f"scale-{n_reports}.gpkg")
    store.ensure_seeded()
    reports = generate(n_reports + 1, seed=7)
    items = [Report(f"r{i}", r["text"], SourceMeta(outlet=r["outlet"], title=r["title"],
                                                   published=date.fromisoformat(r["published"]),
                                                   reliability=r["reliability"], country=r["country"]))
             for i, r in enumerate(reports[:-1])]
    t = time.perf_counter()
    outcomes = ingest_many(items, store)
    bulk_s = time.perf_counter() - t
    assert not any(o.error for o in outcomes), [o.error for o in outcomes if o.error][:3]
    last = reports[-1]
    t = time.perf_counter()
    ingest(last["text"], SourceMeta(outlet=last["outlet"], reliability=last["reliability"]), store)
    one_s = time.perf_counter() - t
    read_s = median_s(store.read, 3)
    ds = store.read()
    span = dated_span(ds.claims)
    state = MapState(window=span, px=PX)
    build_briefing(ds, countries, state)  # fonts, the dataset's as-written names

    def new_window():  # the first build of a window: its claims, places and groups computed again
        for key in [k for k in ds.memo if isinstance(k, tuple) and k[:1] == ("window",)]:
            del ds.memo[key]
        build_briefing(ds, countries, state)

    grouped_s = median_s(new_window, 5)
    rerun_s = median_s(lambda: build_briefing(ds, countries, state), 5)  # a pan, a zoom, a click
    b = build_briefing(ds, countries, state)
    payload_kb = len(json.dumps(deck_spec(b.map.layers.deck, omit_layers=()))) / 1024
    labels, names, overlaps = labels_and_overlaps(b, state)
    saved = geo.view.layers.AGGREGATE_ABOVE
    geo.view.layers.AGGREGATE_ABOVE = 10 ** 9  # every claim its own mark and label, as before grouping
    ds.memo.clear()
    try:
        build_briefing(ds, countries, state)
        per_claim_s = median_s(lambda: build_briefing(ds, countries, state), 1 if len(ds.claims) > 2000 else 3)
        pb = build_briefing(ds, countries, state)
        per_claim_kb = len(json.dumps(deck_spec(pb.map.layers.deck, omit_layers=()))) / 1024
        per_claim_labels, _, _ = labels_and_overlaps(pb, state)
    finally:
        geo.view.layers.AGGREGATE_ABOVE = saved
    return {"reports": n_reports, "claims": len(ds.claims), "bulk_rps": n_reports / bulk_s, "one_s": one_s,
            "read_ms": read_s * 1000, "map_ms": grouped_s * 1000, "rerun_ms": rerun_s * 1000,
            "payload_kb": payload_kb, "labels": labels, "names": names,
            "overlaps": overlaps, "groups": len(b.map.layers.groups), "per_claim_ms": per_claim_s * 1000,
            "per_claim_kb": per_claim_kb, "per_claim_labels": per_claim_labels}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", default="40,380,3800", help="comma-separated corpus sizes, in reports")
    args = ap.parse_args()
    countries = load_countries()
    print(f"map element {PX[0]} × {PX[1]} px, whole span of the data; medians (map: 5 runs, store read: 3)")
    print("map ms: the first build of a window (claims, places and groups computed); rerun: the same window "
          "again (a pan, a zoom, a click); per-claim: every claim its own mark and label, as before grouping")
    head = (f"{'reports':>8} {'claims':>7} {'bulk r/s':>9} {'+1 ingest':>9} {'read ms':>8} {'map ms':>7} {'rerun':>5} "
            f"{'KB':>6} {'groups':>6} {'labels':>6} {'names':>5} {'overlap':>7} {'per-claim ms':>12} {'KB':>6} {'labels':>6} {'×':>6}")
    print(head)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(v) for v in args.reports.split(",")):
            r = one_size(n, countries, Path(tmp))
            rows.append(r)
            print(f"{r['reports']:>8,} {r['claims']:>7,} {r['bulk_rps']:>9.1f} {r['one_s']:>8.2f}s {r['read_ms']:>8.0f} "
                  f"{r['map_ms']:>7.0f} {r['rerun_ms']:>5.0f} {r['payload_kb']:>6.0f} {r['groups']:>6} {r['labels']:>6} {r['names']:>5} {r['overlaps']:>7} "
                  f"{r['per_claim_ms']:>12.0f} {r['per_claim_kb']:>6.0f} {r['per_claim_labels']:>6} "
                  f"{r['per_claim_ms'] / r['map_ms']:>6.1f}", flush=True)
    big = rows[-1]
    checks = [("Map build ≤ 150 ms", big["map_ms"] <= 150), ("≥ 50× the per-claim path", big["per_claim_ms"] / big["map_ms"] >= 50),
              ("payload ≤ 500 KB", big["payload_kb"] <= 500), ("labels ≤ 25, no overlap", big["labels"] <= 25 and big["overlaps"] == 0),
              ("one more ingest ≤ 1 s", big["one_s"] <= 1), ("bulk ≥ 50 reports/s", big["bulk_rps"] >= 50),
              ("store read ≤ 500 ms", big["read_ms"] <= 500)]
    print(f"at {big['claims']:,} claims: " + "; ".join(f"{name}: {'met' if ok else 'NOT met'}" for name, ok in checks))


if __name__ == "__main__":
    main()
