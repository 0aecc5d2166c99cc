"""The benchmark script runs and compares all three geoparsers (its figures are not asserted: speed
belongs in the benchmark's own output, not in a timed test)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_prints_every_system_and_the_ratios():
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "geoparse.py"), "--repeat", "1",
                          "--target-bytes", "1"], capture_output=True, text=True, timeout=300, check=True).stdout
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()
            if len(line.split()) == 4 and line.split()[0] in ("corridor-watch", "geotext", "flashgeotext")}
    assert set(rows) == {"corridor-watch", "geotext", "flashgeotext"}
    assert float(rows["corridor-watch"][1]) >= 0.95  # mention F1 on the labelled set
    assert "corridor-watch / geotext: throughput ×" in out and "corridor-watch / flashgeotext" in out


def test_export_benchmark_smoke_prints_every_format_against_its_baseline():
    """A smoke test: the script runs and prints a row per format with a ratio; whether it meets its target is
    the benchmark's own report, not asserted here."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "exports.py"), "--repeat", "1", "--skip-gif"],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    names = {line.split()[0] for line in out.splitlines()[1:]}
    assert {"png", "pptx", "html", "geojson", "csv", "gpkg"} <= names
    png = next(line.split() for line in out.splitlines() if line.startswith("png screen"))
    assert len(png) == 6 and float(png[5]) > 0  # first, best, baseline, ratio


def test_ingest_size_benchmark_smoke():
    """Runs end to end on two small reports; its figures belong to its own output."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_size.py"), "--sizes", "0.02,0.04"],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    rows = [line.split() for line in out.splitlines() if line.strip().endswith("MB") and "M " in line[:9]]
    assert len(rows) == 2
    mentions = [int(r[1].replace(",", "")) for r in rows]
    assert 0 < mentions[0] < mentions[1]  # twice the text, more mentions


def test_logs_benchmark_smoke():
    """Runs end to end on two small logs; its figures (and whether they meet the targets) are its own output."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "logs.py"), "--sizes", "2000,4000", "--windows", "3"],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    rows = [line.split() for line in out.splitlines() if line.strip()[:1].isdigit()]
    assert [r[0] for r in rows] == ["2,000", "4,000"]  # every row generated landed
    assert all(float(r[5]) > 0 and r[7].endswith("×") for r in rows) and len(rows) == 2


def test_reliability_probe_smoke():
    """The probe runs end to end with one kill and two writers; every line it prints reports a safe outcome."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "reliability.py"), "--kills", "1", "--writers", "2"],
                         capture_output=True, text=True, timeout=600, check=True).stdout
    lines = out.splitlines()
    inputs = [ln for ln in lines if ln.startswith("input")]
    assert len(inputs) == 9 and not any("traceback YES" in ln for ln in inputs), inputs
    full = [ln for ln in lines if ln.startswith("disk full")]
    assert len(full) == 7 and all("exit 2" in ln and "message clear" in ln for ln in full), full
    assert all("store unchanged True" in ln for ln in full if "ingest" in ln)
    assert all("files left none" in ln for ln in full if "seeding" in ln)
    assert any(ln.startswith("kills") and "intact 1/1" in ln and "partial 0" in ln for ln in lines), lines
    assert any(ln.startswith("writers") and "2/2 exited 0, 2 sources landed" in ln for ln in lines), lines
