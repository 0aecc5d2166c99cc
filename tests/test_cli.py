"""The command line: a fast start, bulk ingest (files, folders, JSONL) that reports failures and resumes,
and a server that stops when it is told to."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import fields
from pathlib import Path

import pytest

from geo.cli import main
from geo.store import GeoPackageStore

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("geopandas", "pandas", "matplotlib", "streamlit", "shapely", "pyogrio", "dateparser", "ahocorasick")


def test_help_imports_none_of_the_heavy_libraries():
    code = ("import sys\nfrom geo.cli import parser\nparser().format_help()\n"
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_choices_match_what_the_library_accepts():
    from geo.choices import DISPLAY_CHOICES, LAYER_NAMES
    from geo.view.layers import LayerSwitches
    from geo.model import DisplayNames

    assert LAYER_NAMES == tuple(f.name for f in fields(LayerSwitches))
    assert tuple(DISPLAY_CHOICES) == DisplayNames.__args__


def _report(n: int, town: str = "Stepanakert") -> str:
    return (f"Convoy {n}\n\nAccording to the transport ministry, {100 + n} trucks entered {town} through the "
            f"Lachin corridor from March {n} to March {n + 2}, 2022, carrying flour.\n")


def test_a_folder_and_a_jsonl_file_land_report_by_report_and_failures_are_named(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(_report(1), encoding="utf-8")
    (folder / "b.html").write_text(f"<html><body><p>{_report(2)}</p></body></html>", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "notes.md").write_text("not a report type: skipped", encoding="utf-8")
    lines = [json.dumps({"text": _report(3), "outlet": "Wire", "published": "2022-03-10", "reliability": "B"}),
             json.dumps({"html": f"<p>{_report(4)}</p>", "outlet": "Other"}),
             "{not json",
             json.dumps({"text": _report(5), "published": "2022-02-30"}),
             json.dumps({"text": _report(6), "colour": "red"}),
             json.dumps(["a list"]),
             ""]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    store = tmp_path / "cw.gpkg"
    code = main(["--store", str(store), "ingest", str(folder), str(tmp_path / "batch.jsonl"), "--outlet", "Folder"])
    out = capsys.readouterr()
    assert code == 1  # some failed; the rest landed
    assert out.out.startswith("10 reports: 4 added (4 claims), 0 already in the store, 6 failed")
    for reason in ("binary.txt: binary.txt looks binary", "empty.txt: empty.txt is empty",
                   "batch.jsonl, line 3: not a JSON object", "batch.jsonl, line 4: published '2022-02-30' is not a date",
                   "batch.jsonl, line 5: unknown field 'colour'", "batch.jsonl, line 6: not a JSON object"):
        assert f"failed: {reason}" in out.err, out.err
    ds = GeoPackageStore(store).read()
    outlets = sorted(s.outlet for s in ds.sources)
    assert outlets == ["Folder", "Folder", "Other", "Trend", "Wire"]
    wire = next(s for s in ds.sources if s.outlet == "Wire")
    assert wire.reliability == "B" and str(wire.published.earliest) == "2022-03-10"
    counts = sorted(c.count for c in ds.claims if c.source_id != "trend-2021-iran-trucks-karabakh" and c.count)
    assert counts == [101, 102, 103, 104]


# A bulk ingest in a subprocess that, after its third report, waits before reading the fourth until it is
# interrupted (a wrapper around the report reader in the test, not a hook in the code).
STOPPING = """
import signal
import sys
import geo.bulk
# a shell that starts the tests in the background (`… &`) leaves SIGINT ignored, and Python then keeps it so
signal.signal(signal.SIGINT, signal.default_int_handler)
from geo.cli import main
real = geo.bulk.reports
def stopping(*a, **k):
    for n, report in enumerate(real(*a, **k)):
        if n == 3:
            print("three landed", flush=True)
            sys.stdin.readline()
        yield report
geo.bulk.reports = stopping
sys.exit(main(sys.argv[1:]))
"""


def test_an_interrupted_bulk_ingest_resumes_without_duplicates(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"text": _report(n), "outlet": f"Wire {n}"}) for n in range(1, 9)),
                     encoding="utf-8")
    store = tmp_path / "cw.gpkg"
    proc = subprocess.Popen([sys.executable, "-c", STOPPING, "--store", str(store), "ingest", str(batch)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "three landed"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "interrupted after 3 of 8 reports" in err
    assert len(GeoPackageStore(store).read().sources) == 1 + 3
    again = subprocess.run([sys.executable, "-m", "geo.cli", "--store", str(store), "ingest", str(batch)], cwd=ROOT,
                           capture_output=True, text=True)
    assert again.returncode == 0 and "8 reports: 5 added" in again.stdout and "3 already in the store" in again.stdout
    ds = GeoPackageStore(store).read()
    assert len(ds.sources) == 1 + 8 and len({c.claim_id for c in ds.claims}) == len(ds.claims)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.skipif(os.name != "posix", reason="signals as on Linux")
def test_serve_stops_on_sigterm_and_frees_its_port(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "geo.cli", "--store", str(tmp_path / "cw.gpkg"), "serve",
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env={**os.environ, "CORRIDOR_WATCH_STORE": str(tmp_path / "cw.gpkg")})
    deadline = time.monotonic() + 90
    while not _listening(port):  # a condition with a deadline, not a pause
        assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read() if proc.poll() else "slow"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) is not None
    assert not _listening(port)  # nothing left behind holding the port


@pytest.mark.parametrize("content, message", [
    (b"", "is empty (0 bytes); nothing was changed"),
    (b"place,count\nGoris,40\n", "is not a readable Corridor Watch store: file is not a database"),
])
def test_a_damaged_store_is_named_and_left_as_it_was(tmp_path, capsys, content, message):
    store, report = tmp_path / "damaged.gpkg", tmp_path / "r.txt"
    store.write_bytes(content)
    report.write_text("Trucks\n\nOn 3 May 2023, 40 trucks crossed the Lachin corridor, the border service said.\n")
    for args in (["ingest", str(report), "--published", "2023-05-04"],
                 ["export", "claims", "--format", "csv", "--out", str(tmp_path / "c.csv")]):
        assert main(["--store", str(store), *args]) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, err
    assert store.read_bytes() == content and not (tmp_path / "c.csv").exists()
