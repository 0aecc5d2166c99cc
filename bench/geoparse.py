"""Geoparser benchmark: this project's geoparser against geotext and flashgeotext on the same corpus.

Prints, for each: throughput (characters per second, best of several runs over the
corpus repeated to about 1 MB), mention F1 on the labelled set, and ratios against
each peer measured in the same run. Mention F1 here compares the bag of place names
found per document (the peers report names, not always offsets), so all three are
scored the same way; `corridor-watch eval` gives this project's span-exact F1.

    .venv/bin/python bench/geoparse.py [--repeat 3] [--target-bytes 1000000]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.evaluate import EVAL_DIR, load_labelled  # noqa: E402
from geo.geoparse import Geoparser  # noqa: E402
from geo.store import load_dataset  # noqa: E402


def bag_f1(found: list[Counter], gold: list[Counter]) -> float:
    tp = sum(sum((f & g).values()) for f, g in zip(found, gold))
    fp = sum(sum((f - g).values()) for f, g in zip(found, gold))
    fn = sum(sum((g - f).values()) for f, g in zip(found, gold))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def bodies_and_gold(docs) -> tuple[list[str], list[Counter]]:
    bodies = [d.source.text[d.source.body_start:d.source.body_end] for d in docs]
    gold = [Counter(m["surface"] for m in d.mentions
                    if d.source.body_start <= m["start"] and m["end"] <= d.source.body_end) for d in docs]
    return bodies, gold


def best_seconds(fn, texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--target-bytes", type=int, default=1_000_000)
    args = ap.parse_args()

    docs = load_labelled(EVAL_DIR)
    bodies, gold = bodies_and_gold(docs)
    holdout_bodies, holdout_gold = bodies_and_gold(load_labelled(EVAL_DIR.parent / "eval-holdout"))
    corpus = bodies * max(1, args.target_bytes // max(1, sum(map(len, bodies))))
    chars = sum(map(len, corpus))

    t0 = time.perf_counter()
    ours = Geoparser(load_dataset().places)
    build_ours = time.perf_counter() - t0

    from geotext import GeoText

    def run_geotext(text: str) -> list[str]:
        g = GeoText(text)
        return g.cities + g.countries

    t0 = time.perf_counter()
    from flashgeotext.geotext import GeoText as FlashGeoText

    flash = FlashGeoText()
    build_flash = time.perf_counter() - t0

    def run_flash(text: str) -> list[str]:
        out = flash.extract(input_text=text, span_info=True)
        names = []
        for group in ("cities", "countries"):
            for item in out.get(group, {}).values():
                names += [text[s:e] for s, e in item.get("span_info", [])]
        return names

    systems = {
        "corridor-watch": lambda t: [m.surface for m in ours.parse(t).mentions],
        "geotext": run_geotext,
        "flashgeotext": run_flash,
    }
    results = {}
    for name, fn in systems.items():
        f1 = bag_f1([Counter(fn(b)) for b in bodies], gold)
        f1_holdout = bag_f1([Counter(fn(b)) for b in holdout_bodies], holdout_gold)
        secs = best_seconds(fn, corpus, args.repeat)
        results[name] = (chars / secs, f1, f1_holdout)

    print(f"corpus: {len(docs)} labelled documents, {sum(map(len, bodies)):,} characters, repeated to "
          f"{chars:,} characters; best of {args.repeat} runs")
    print(f"set-up: corridor-watch index {build_ours:.2f} s, flashgeotext {build_flash:.2f} s (not in throughput)")
    print(f"{'system':<16}{'chars/s':>14}{'mention F1':>12}{'held-out F1':>13}")
    for name, (cps, f1, f1_holdout) in results.items():
        print(f"{name:<16}{cps:>14,.0f}{f1:>12.3f}{f1_holdout:>13.3f}")
    ours_cps, ours_f1, _ = results["corridor-watch"]
    for peer in ("geotext", "flashgeotext"):
        cps, f1, _ = results[peer]
        print(f"corridor-watch / {peer}: throughput × {ours_cps / cps:.1f}, F1 {ours_f1:.3f} vs {f1:.3f}"
              f"  (target: ≥ 5× at an F1 no lower)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
