"""The reliability probe: what the command line does when a writer is killed, when writers run at once, when the
disk is full, and with bad input. Each run is a real process; nothing in the code under test knows it is probed.

    python bench/reliability.py [--kills 20] [--writers 8]

Kills: an ingest is killed with SIGKILL at a random moment (between start and the time a clean ingest takes);
the store must then read, pass SQLite's integrity check, and hold the report whole or not at all.
Writers: that many ingests of distinct 256 KB reports start at once on one store; all must land.
Disk full: each write runs with RLIMIT_FSIZE (the way a full disk or a quota refuses a write) at several
limits; it must exit with a message, no traceback, and leave the store byte for byte as it was.
Inputs: each bad file must be refused (or flagged) with a message and no traceback.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import generate  # noqa: E402

CLI = [sys.executable, "-m", "geo.cli"]


def run(args: list[str], limit: int | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          preexec_fn=cap if limit is not None else None)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def report_text(n: int, seed: int) -> str:
    """About n bytes of generated news text (headline, dateline, paragraphs with claims)."""
    parts, size = [], 0
    for rec in generate(max(4, n // 200), seed=seed):
        parts.append(rec["text"])
        size += len(rec["text"])
        if size >= n:
            break
    return "Border traffic, in brief\n\n" + "\n\n".join(p.split("\n\n", 1)[-1] for p in parts)


def sources_of(store: Path) -> dict[str, int]:
    """source_id → its claims, read by plain SQL (after the store's own reader has rolled back any journal)."""
    from geo.store import GeoPackageStore

    GeoPackageStore(store).read()
    con = sqlite3.connect(store)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dict(con.execute("SELECT s.source_id, (SELECT count(*) FROM claims c WHERE c.source_id = s.source_id)"
                                " FROM sources s").fetchall())
    finally:
        con.close()


def kills(work: Path, base: Path, n: int, rng: random.Random) -> str:
    report = work / "kill.txt"
    report.write_text(report_text(60_000, seed=11))
    args = ["ingest", str(report), "--outlet", "Kill Wire", "--published", "2023-05-10"]
    clean = work / "clean.gpkg"
    shutil.copy(base, clean)
    t = time.perf_counter()
    assert run([*CLI, "--store", str(clean), *args]).returncode == 0
    took = time.perf_counter() - t
    whole = max(sources_of(clean).values())
    landed = nothing = partial = broken = 0
    for i in range(n):
        store = work / f"k{i}.gpkg"
        shutil.copy(base, store)
        before = sources_of(store)
        proc = subprocess.Popen([*CLI, "--store", str(store), *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, took))  # the moment of the kill: the probe's own choice, not a sync point
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        try:
            after = sources_of(store)
        except (AssertionError, sqlite3.Error, ValueError):
            broken += 1
            continue
        new = {k: v for k, v in after.items() if k not in before}
        if not new:
            nothing += 1
        elif list(new.values()) == [whole]:
            landed += 1
        else:
            partial += 1
        store.unlink()
    return (f"kills        {n} SIGKILLs during a {len(report.read_text()) // 1000} KB ingest (clean run {took:.1f} s, "
            f"{whole} claims): store readable and intact {n - broken}/{n}; the report whole {landed}, absent "
            f"{nothing}, partial {partial}")


def writers(work: Path, base: Path, n: int) -> str:
    store = work / "writers.gpkg"
    shutil.copy(base, store)
    files = []
    for i in range(n):
        f = work / f"w{i}.txt"
        f.write_text(report_text(256_000, seed=100 + i))
        files.append(f)
    t = time.perf_counter()
    procs = [subprocess.Popen([*CLI, "--store", str(store), "ingest", str(f), "--outlet", f"Wire {i}", "--published",
                               "2023-05-10"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for i, f in enumerate(files)]
    codes = [p.wait() for p in procs]
    wall = time.perf_counter() - t
    errors = [p.stderr.read().strip().splitlines()[-1:] for p, c in zip(procs, codes) if c]
    got = len(sources_of(store)) - len(sources_of(base))
    kb = sum(f.stat().st_size for f in files) // n // 1000
    return (f"writers      {n} ingests of {kb} KB at once on one store: {codes.count(0)}/{n} exited 0, {got} sources "
            f"landed, {wall:.0f} s wall{'; errors: ' + str(errors) if errors else ''}")


def disk_full(work: Path, base: Path) -> list[str]:
    out = []
    report = work / "full.txt"
    report.write_text(report_text(120_000, seed=21))
    for extra in (4_096, 32_768, 131_072, 262_144):
        store = work / "full.gpkg"
        shutil.copy(base, store)
        before = sha(store)
        done = run([*CLI, "--store", str(store), "ingest", str(report), "--outlet", "Full Wire", "--published",
                    "2023-05-10"], limit=store.stat().st_size + extra)
        said = "could not be written" in done.stderr and "Traceback" not in done.stderr
        out.append(f"disk full    ingest with {extra // 1024:>4} KB left: exit {done.returncode}, message "
                   f"{'clear' if said else 'MISSING'}, store unchanged {sha(store) == before}")
    for limit in (50_000, 200_000, 400_000):
        store = work / "seed" / "new.gpkg"
        shutil.rmtree(store.parent, ignore_errors=True)
        store.parent.mkdir()
        done = run([*CLI, "--store", str(store), "store", "info"], limit=limit)
        said = "could not be written" in done.stderr and "Traceback" not in done.stderr
        left = sorted(p.name for p in store.parent.iterdir() if not p.name.endswith(".lock"))
        out.append(f"disk full    first-use seeding with {limit // 1000:>3} KB of room: exit {done.returncode}, message "
                   f"{'clear' if said else 'MISSING'}, files left {left or 'none'}")
    return out


def inputs(work: Path, base: Path) -> list[str]:
    cases = {
        "empty": b"",
        "binary (NUL bytes)": bytes(range(256)) * 40,
        "windows-1251": "Грузовики\n\nВ Степанакерт въехали 40 грузовиков 3 мая 2023 года.\n".encode("cp1251"),
        "UTF-16, no BOM": "Trucks\n\n40 trucks entered Stepanakert on 3 May 2023.\n".encode("utf-16-le"),
        "mixed UTF-8 + bad bytes": "Ստեփանակերտ\n\n40 trucks entered Stepanakert on 3 May 2023.\n".encode() + b"\xff\xfe",
        "over 20 MB": b"Trucks\n\n" + b"40 trucks entered Goris on 3 May 2023. " * 560_000,
        "hostile strings": ("=HYPERLINK(\"http://x\")\n\nThe fee was $5 to $6 per truck, $\\undefined{x}$, said "
                            "<script>alert(1)</script> officials.\t\x07\n\n40 trucks entered Stepanakert on 3 May "
                            "2023, the =cmd|' /C calc'!A0 agency said.\n").encode(),
        "unknown places": b"Report\n\n40 trucks entered Xqzville from Blorptown on 3 May 2023.\n",
        "impossible date": b"Report\n\n40 trucks entered Goris on 31 February 2023.\n",
    }
    out = []
    for name, data in cases.items():
        store = work / "inputs.gpkg"
        shutil.copy(base, store)
        f = work / "input.txt"
        f.write_bytes(data)
        done = run([*CLI, "--store", str(store), "ingest", str(f), "--outlet", "Probe", "--published", "2023-05-10"])
        lines = [ln.strip() for ln in (done.stdout + done.stderr).splitlines() if ln.strip() and "%" not in ln]
        said = (lines or [""])[-1]
        out.append(f"input        {name:<24} exit {done.returncode}, traceback {'YES' if 'Traceback' in done.stderr else 'no'}"
                   f": {said[:110]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--writers", type=int, default=8)
    args = ap.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="cw-reliability-") as tmp:
        work = Path(tmp)
        base = work / "base.gpkg"
        assert run([*CLI, "--store", str(base), "store", "info"]).returncode == 0  # the seeded store
        for line in inputs(work, base):
            print(line, flush=True)
        for line in disk_full(work, base):
            print(line, flush=True)
        print(kills(work, base, args.kills, rng), flush=True)
        print(writers(work, base, args.writers), flush=True)


if __name__ == "__main__":
    main()
