"""The logs' figures in the view exports: a row per series with its claimant and source, in CSV, GeoJSON and
GeoPackage alike; formula cells neutralised; never a sum across series."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest

from geo.logs.importing import import_log_bytes
from geo.logs.model import LogMeta
from geo.store import open_store

ROOT = Path(__file__).resolve().parents[1]
EMBEDDED = ROOT / "data" / "logs" / "arrivals-2023.csv"


def _series_in(start: str, end: str) -> set[tuple[str, str]]:
    """Independent of the cube: (claimant, unit) of the embedded rows dated in the window, read with csv."""
    with EMBEDDED.open(encoding="utf-8") as fh:
        return {(r["claimant"], r["unit"]) for r in csv.DictReader(fh) if start <= r["observed_at"][:10] <= end}


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "store.gpkg")
    hostile = ("observed_at,checkpoint,direction,unit,count\n2023-09-29,Kornidzor,in,trucks,7\n")
    import_log_bytes(hostile.encode(), "hostile.csv", LogMeta("=HYPERLINK(\"http://x\")", "@monitor"), s,
                     today=date(2026, 12, 1))
    return s


def _export(store, fmt: str, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "geo.cli", "--store", str(store.path), "export", "view", "--from",
                    "2023-09-28", "--to", "2023-09-30", "--format", fmt, "--out", str(out)], cwd=ROOT, check=True,
                   capture_output=True, text=True)


def test_every_series_in_the_window_is_a_row_in_each_table_export(store, tmp_path):
    want = _series_in("2023-09-28", "2023-09-30") | {("@monitor", "trucks")}
    _export(store, "csv", tmp_path / "v.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "v-logs.csv").read_text(encoding="utf-8"))))
    assert {(r["claimant"].lstrip("'"), r["unit"]) for r in rows} == want and len(rows) == len(want)
    _export(store, "geojson", tmp_path / "v.geojson")
    features = [f for f in json.loads((tmp_path / "v.geojson").read_text(encoding="utf-8"))["features"]
                if f["properties"]["record_type"] == "log_figure"]
    assert len(features) == len(want) and features[0]["geometry"]["type"] == "Point"
    _export(store, "gpkg", tmp_path / "v.gpkg")
    layer = gpd.read_file(tmp_path / "v.gpkg", layer="log_figures")
    assert len(layer) == len(want) and layer.crs.to_epsg() == 4326
    # the 100,417 of 30 Sep from several relays: each its own row, the same figure, never 5 × 100,417
    assert sorted(int(r["value"]) for r in rows if r["last_day"] == "2023-09-30" and r["unit"] == "people") == \
        [100417] * 5


def test_formula_cells_of_a_log_are_neutralised_in_csv_and_geopackage(store, tmp_path):
    _export(store, "csv", tmp_path / "v.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "v-logs.csv").read_text(encoding="utf-8"))))
    mine = next(r for r in rows if r["unit"] == "trucks")
    assert mine["claimant"] == "'@monitor" and mine["source"] == "'=HYPERLINK(\"http://x\")"
    _export(store, "gpkg", tmp_path / "v.gpkg")
    layer = gpd.read_file(tmp_path / "v.gpkg", layer="log_figures")
    assert set(layer.loc[layer["unit"] == "trucks", "claimant"]) == {"'@monitor"}


def test_the_slides_list_each_logged_series(store, tmp_path):
    from pptx import Presentation

    _export(store, "pptx", tmp_path / "v.pptx")
    rows = []
    for slide in Presentation(str(tmp_path / "v.pptx")).slides:
        for shape in slide.shapes:
            if shape.has_table and shape.table.cell(0, 0).text == "Checkpoint":
                t = shape.table
                rows += [tuple(t.cell(r, c).text for c in range(len(t.columns))) for r in range(1, len(t.rows))]
    want = _series_in("2023-09-28", "2023-09-30") | {("@monitor", "trucks")}
    assert len(rows) == len(want) and {r[4] for r in rows} == {c for c, _ in want}
    assert ("Kornidzor", "7 trucks · in", "sum of logged counts", "29 Sep 2023", "@monitor", "—") in rows
