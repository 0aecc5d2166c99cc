"""Ingest benchmark: time and memory of one report as it grows to the 20 MiB limit.

Each report is made of the labelled evaluation texts' bodies (written for this project), repeated to the
size asked, so every megabyte is as dense in places, dates and figures as those texts. Each size runs in a
fresh process, through the stages `corridor-watch ingest` runs (read, geoparse, extract, then link and write
into a seeded GeoPackage with `replace_source`); it prints the seconds per stage and the peak memory the
ingest adds to the process (the process itself, with the libraries, the geoparser index and the seeded
store loaded, is the baseline measured in the same run). The ratio column compares each size with the smallest: linear cost
means the time ratio follows the size ratio.

The issue's target: a 20 MB report within 500 MB of memory and 10 s of geoparsing.

    .venv/bin/python bench/ingest_size.py [--sizes 1,5,20] [--stages geoparse|all]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MEMORY_TARGET_MB = 500
GEOPARSE_TARGET_S = 10.0

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from geo.extract import extract_claims
from geo.geoparse import geoparser
from geo.ingest import SourceMeta, prepare_source
from geo.store import GeoPackageStore, load_dataset

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

path, stages, store_path = Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
ds = load_dataset()
parser = geoparser([p for p in ds.places if not p.place_id.startswith(("gn-", "analyst-"))])
parser.parse("Goris and Kapan.")
store = GeoPackageStore(store_path)
store.ensure_seeded()  # as the CLI's first ingest finds it: the seed in the store
base = rss_mb()
out = {"baseline_mb": base}
stage = {}

def step(name):
    out[name + "_s"] = time.perf_counter() - stage["t"]
    out[name + "_mb"] = rss_mb() - base  # the process's peak so far, over the baseline
    stage["t"] = time.perf_counter()

stage["t"] = time.perf_counter()
source, _ = prepare_source(path.read_bytes(), SourceMeta(outlet="Bench"), path.name)
step("read")
parsed = parser.parse(source.text, source.body_start, source.body_end, source.source_id)
step("geoparse")
out["mentions"] = len(parsed.mentions)
if stages == "all":
    places = {**{p.place_id: p for p in ds.places}, **{p.place_id: p for p in parsed.places}}
    claims = extract_claims(source, parsed.mentions, places)
    step("extract")
    out["claims"] = len(claims)
    # what ingest does next: link to the stored claims through the index, write the source's rows
    store.replace_source(source, parsed.places, parsed.mentions, claims)
    step("write")
out["peak_growth_mb"] = rss_mb() - base
print(json.dumps(out))
"""


def make_report(nbytes: int) -> str:
    from geo.evaluate import EVAL_DIR
    from geo.sources import split_page

    bodies = []
    for d in (EVAL_DIR, EVAL_DIR.parent / "eval-holdout"):
        for p in sorted(d.glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            parts = split_page(text)
            bodies.append(text[parts.body_start:parts.body_end])
    out, n, i = [], 0, 0
    while n < nbytes:
        out.append(bodies[i % len(bodies)])
        n += len(out[-1].encode("utf-8")) + 2
        i += 1
    return "A long digest of reports on the Lachin road\n\n" + "\n\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,5,20", help="report sizes in MB (the last one may be up to 20)")
    ap.add_argument("--stages", default="all", choices=("geoparse", "all"))
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="cw-bench-") as tmp:
        for mb in sizes:
            nbytes = min(int(mb * 1e6), 20 * 1024 * 1024 - 1024)
            path = Path(tmp) / f"report-{mb:g}mb.txt"
            path.write_text(make_report(nbytes)[:nbytes], encoding="utf-8")
            proc = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(path), args.stages,
                                   str(Path(tmp) / f"store-{mb:g}.gpkg")], capture_output=True, text=True)
            if proc.returncode != 0:
                print(proc.stderr[-3000:], file=sys.stderr)
                return 1
            rows.append((mb, path.stat().st_size / 1e6, json.loads(proc.stdout.strip().splitlines()[-1])))
    stages = ["read_s", "geoparse_s"] + (["extract_s", "write_s"] if args.stages == "all" else [])
    print(f"{'size':>7} {'mentions':>9} {'claims':>8} " + " ".join(f"{s[:-2]:>9}" for s in stages)
          + f" {'total':>8} {'vs first':>8} {'+memory':>9}")
    first = None
    for mb, real_mb, r in rows:
        total = sum(r[s] for s in stages)
        first = first or (real_mb, total)
        ratio = (total / first[1]) / (real_mb / first[0])
        print(f"{real_mb:6.1f}M {r['mentions']:>9,} {r.get('claims', 0):>8,} "
              + " ".join(f"{r[s]:8.2f}s" for s in stages)
              + f" {total:7.1f}s {ratio:7.2f}× {r['peak_growth_mb']:7.0f} MB")
    mb, real_mb, r = rows[-1]
    print(f"\nbaseline process (libraries, geoparser index and the seeded store loaded): {r['baseline_mb']:.0f} MB")
    print(f"at {real_mb:.1f} MB, the peak over the baseline after each stage: "
          + ", ".join(f"{s[:-2]} +{r[s[:-2] + '_mb']:.0f} MB" for s in stages))
    print(f"'vs first' is seconds per MB against the {rows[0][1]:.1f} MB report: 1.00× is linear")
    print(f"at {real_mb:.1f} MB: geoparse {r['geoparse_s']:.1f} s (target ≤ {GEOPARSE_TARGET_S:.0f} s: "
          f"{'met' if r['geoparse_s'] <= GEOPARSE_TARGET_S else 'NOT met'}), memory +{r['peak_growth_mb']:.0f} MB "
          f"(target ≤ {MEMORY_TARGET_MB} MB: {'met' if r['peak_growth_mb'] <= MEMORY_TARGET_MB else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
