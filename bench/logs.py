"""Crossing logs at scale: import, the daily cube, a slider move and the payload, for synthetic logs of growing
size, against a scan of the raw rows with pandas measured in the same run as the baseline.

    python bench/logs.py [--sizes 10000,100000,1000000] [--windows 20]

Targets at 1M rows: slider move ≤ 50 ms and ≥ 20× faster than the raw scan, payload ≤ 200 KB, import ≥ 200,000
rows/s, memory of the server process ≤ 1 GB. The server side (cube read, windows, payload) runs in a fresh
process, as the dashboard would, so its peak memory is its own. The log is bench/logs_gen.py's (fixed seed),
never mixed into the embedded data.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from logs_gen import generate, write  # noqa: E402

_SERVER = r"""
import json, statistics, sys, time
from datetime import date, timedelta
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import numpy as np
from geo.store import GeoPackageStore
from geo.store.logs import read_cube
from geo.view.logs import log_view
def peak_mb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec
    line = next(l for l in open("/proc/self/status") if l.startswith("VmHWM"))
    return int(line.split()[1]) / 1024
store = GeoPackageStore(Path(sys.argv[2]))
t = time.perf_counter(); cube = read_cube(store); read_s = time.perf_counter() - t
places = {p.place_id: p for p in store.places()}
lo, hi = cube.span
rng = np.random.default_rng(7)
times, payload = [], 0
for _ in range(int(sys.argv[3])):
    a = lo + timedelta(days=int(rng.integers(0, (hi - lo).days)))
    b = min(hi, a + timedelta(days=int(rng.integers(1, 366))))
    t = time.perf_counter(); view = log_view(cube, a, b, places); body = json.dumps(view.payload())
    times.append(time.perf_counter() - t); payload = max(payload, len(body))
print(json.dumps({"read_s": read_s, "move_ms": statistics.median(times) * 1000, "payload_kb": payload / 1024,
                  "rss_mb": peak_mb()}))
"""


def baseline_ms(csv: Path, windows: int) -> float:
    """The same windows by scanning the raw rows (loaded once, in memory) with pandas: filter, group, sum."""
    import numpy as np
    import pandas as pd

    frame = pd.read_csv(csv, dtype={"count": "float64"}, keep_default_na=True)
    frame["day"] = pd.to_datetime(frame["observed_at"].str[:10]).to_numpy().astype("datetime64[D]").astype(np.int64)
    lo, hi = int(frame["day"].min()), int(frame["day"].max())
    rng = np.random.default_rng(7)
    times = []
    for _ in range(windows):
        a = lo + int(rng.integers(0, hi - lo))
        b = min(hi, a + int(rng.integers(1, 366)))
        t = time.perf_counter()
        part = frame[(frame["day"] >= a) & (frame["day"] <= b)]
        part.groupby(["checkpoint", "direction", "vehicle_type"]).agg(total=("count", "sum"), rows=("day", "size"))
        part.groupby(["day", "direction", "vehicle_type"])["count"].sum()  # the timeline's daily bars
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def run(n: int, windows: int, work: Path) -> dict:
    from geo.logs.cube import build_cells
    from geo.logs.importing import import_log_file
    from geo.logs.model import LogMeta
    from geo.logs.read import read_log
    from geo.store import GeoPackageStore

    csv = work / f"log-{n}.csv"
    write(generate(n), csv)
    store = GeoPackageStore(work / f"store-{n}.gpkg")
    store.ensure_seeded()
    meta = LogMeta(source="SYNTHETIC log from bench/logs_gen.py", claimant="benchmark (synthetic)")
    t = time.perf_counter()
    result = import_log_file(csv, meta, store)
    import_s = time.perf_counter() - t
    read = read_log(csv.read_bytes(), csv.name, store.places())
    t = time.perf_counter()
    build_cells(read.rows, "log-bench", meta.claimant, "count")
    cube_s = time.perf_counter() - t
    out = subprocess.run([sys.executable, "-c", _SERVER, str(ROOT), str(store.path), str(windows)],
                         capture_output=True, text=True, check=True).stdout
    server = json.loads(out.strip().splitlines()[-1])
    base = baseline_ms(csv, windows)
    return {"rows": result.record.rows, "import_rows_s": result.record.rows / import_s, "cube_s": cube_s,
            "store_mb": store.path.stat().st_size / 2**20, **server, "baseline_ms": base,
            "ratio": base / max(server["move_ms"], 1e-6)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--windows", type=int, default=20)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cw-logs-bench-"))
    print(f"{'rows':>10} {'import/s':>10} {'cube s':>7} {'store MB':>8} {'read s':>7} {'move ms':>8} "
          f"{'scan ms':>8} {'ratio':>7} {'payload KB':>10} {'server MB':>9}")
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            r = run(n, args.windows, work)
            print(f"{r['rows']:>10,} {r['import_rows_s']:>10,.0f} {r['cube_s']:>7.2f} {r['store_mb']:>8.1f} "
                  f"{r['read_s']:>7.2f} {r['move_ms']:>8.2f} {r['baseline_ms']:>8.1f} {r['ratio']:>6.0f}× "
                  f"{r['payload_kb']:>10.1f} {r['rss_mb']:>9.0f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("targets at 1M rows: move ≤ 50 ms and ≥ 20× the scan, payload ≤ 200 KB, import ≥ 200,000 rows/s, "
          "server ≤ 1,024 MB")


if __name__ == "__main__":
    main()
