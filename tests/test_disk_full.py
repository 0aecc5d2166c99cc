"""A full disk, for real: the write runs in a child process whose files may not grow past a limit
(RLIMIT_FSIZE, the way a full disk or a quota refuses a write), with no hook in the code under test.
Each case: a clear message, no traceback, and the store as it was (or no store at all)."""
from __future__ import annotations

import hashlib
import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "geo.cli"]
REPORT = ("Trucks wait at the border\n\nAccording to the border service, 140 trucks entered Goris from Kapan between "
          "4 and 9 May 2023, while 60 buses left Stepanakert for Goris on 7 May 2023.\n")


def _run(args: list[str], limit: int, env: dict | None = None) -> subprocess.CompletedProcess:
    def cap() -> None:  # in the child only: a write past `limit` bytes fails as a full disk does
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    import os

    return subprocess.run(args, cwd=ROOT, preexec_fn=cap, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def _long_report() -> str:
    """About 120 KB of generated news (bench/corpus.py, fixed seed): hundreds of mentions and claims."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    return "Border traffic, in brief\n\n" + "\n\n".join(r["text"].split("\n\n", 1)[-1] for r in generate(170, seed=21))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_use_seeding_on_a_full_disk_says_so_and_makes_no_store(tmp_path):
    store = tmp_path / "cw.gpkg"
    done = _run([*CLI, "--store", str(store), "export", "claims", "--format", "csv", "--out", str(tmp_path / "c.csv")],
                limit=200_000)  # the seeded store is larger than this
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "could not be written" in done.stderr and "is the disk full?" in done.stderr
    assert "made no store" in done.stderr
    assert not store.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != "cw.gpkg.lock"] == []  # no half-written file beside it


@pytest.mark.parametrize("room", [4_096, 131_072])
def test_an_ingest_on_a_full_disk_leaves_the_store_as_it_was(tmp_path, room):
    """Byte for byte, at once: no page left grown, no journal left for the next reader to roll back."""
    store = tmp_path / "cw.gpkg"
    seeded = _run([*CLI, "--store", str(store), "store", "info"], limit=2**40)
    assert seeded.returncode == 0, seeded.stderr
    before = _sha(store)
    report = tmp_path / "report.txt"
    report.write_text(_long_report())  # more to write than the disk has left
    done = _run([*CLI, "--store", str(store), "ingest", str(report), "--outlet", "Border Wire", "--published",
                 "2023-05-10"], limit=store.stat().st_size + room)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "could not be written" in done.stderr
    assert "changed nothing, the store is as it was" in done.stderr
    assert _sha(store) == before
    assert not Path(str(store) + "-journal").exists()
    after = _run([*CLI, "--store", str(store), "ingest", str(report), "--outlet", "Border Wire", "--published",
                  "2023-05-10"], limit=2**40)
    assert after.returncode == 0, after.stderr  # with room again, the same ingest lands


def test_a_bulk_ingest_on_a_full_disk_stops_and_says_what_landed(tmp_path):
    store = tmp_path / "cw.gpkg"
    assert _run([*CLI, "--store", str(store), "store", "info"], limit=2**40).returncode == 0
    lines = tmp_path / "reports.jsonl"
    lines.write_text("".join(json.dumps({"text": REPORT.replace("140", str(100 + i)) * 6, "outlet": f"Wire {i}",
                                         "published": "2023-05-10"}) + "\n" for i in range(40)))
    done = _run([*CLI, "--store", str(store), "ingest", str(lines)], limit=store.stat().st_size + 60_000)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "stopped after" in done.stderr and "reports added before it are in the store" in done.stderr
    landed = int(done.stderr.split("The ")[1].split(" reports added")[0])
    assert 0 < landed < 40  # some landed, then the disk was full
    listed = _run([*CLI, "--store", str(store), "store", "info"], limit=2**40)
    assert listed.returncode == 0
    assert f"{landed + 1} sources" in listed.stdout or f"{landed + 1:,} sources" in listed.stdout, listed.stdout


def test_the_dashboard_on_a_full_disk_shows_a_message_not_a_traceback(tmp_path):
    store = tmp_path / "cw.gpkg"
    script = ("from streamlit.testing.v1 import AppTest\n"
              "at = AppTest.from_file('app.py', default_timeout=120).run()\n"
              "print('EXC', len(at.exception))\n"
              "print('ERR', ' | '.join(e.value for e in at.error))\n")
    done = _run([sys.executable, "-c", script], limit=200_000, env={"CORRIDOR_WATCH_STORE": str(store)})
    assert done.returncode == 0, done.stderr
    assert "EXC 0" in done.stdout, done.stdout
    assert "could not be written" in done.stdout and "is the disk full?" in done.stdout, done.stdout
    assert not store.exists()
