"""Exports never destroy the store, and no tabular export carries a live spreadsheet formula."""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import replace
from datetime import date

import pyogrio
import pytest

from geo.view.briefing import build_briefing
from geo.cli import main
from geo.export import FORMULA_START, render, render_view, view_places_csv
from geo.model import Dataset, PlaceName, Window
from geo.store import GeoPackageStore, is_store_file
from geo.view.viewstate import MapState

AUG = Window(date(2021, 8, 11), date(2021, 9, 10))
# One of each way a cell turns into a formula, each a field an outlet, a report or an analyst writes.
HOSTILE = {
    "quote": '=HYPERLINK("http://evil.example","click")',
    "claimant": "+cmd|' /C calc'!A0",
    "summary": "-2+3+cmd|' /C notepad'!A0",
    "unit": "@SUM(1+1)*cmd|' /C calc'!A0",
    "outlet": "\t=1+1",
    "place": "\r=2+2",
}


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def store(tmp_path, ds):
    s = GeoPackageStore(tmp_path / "team.gpkg")
    with s.transaction() as txn:
        txn.dataset = ds
    return s


@pytest.mark.parametrize("argv", [
    ["export", "claims", "--format", "csv"],
    ["export", "claims", "--format", "geojson"],
    ["export", "places", "--format", "csv"],
    ["export", "view", "--format", "gpkg"],
    ["export", "view", "--format", "csv"],
    ["export", "view", "--format", "png"],
])
def test_an_export_onto_the_store_is_refused_and_the_store_stays_whole(store, argv, capsys):
    before = _sha(store.path)
    assert main(["--store", str(store.path), *argv, "--out", str(store.path)]) == 2
    err = capsys.readouterr().err
    assert "is a Corridor Watch store" in err and "Choose another file name" in err
    assert _sha(store.path) == before
    assert len(store.read().sources) == 1 and len(store.read().claims) == 23


def test_a_copy_of_a_store_is_protected_too(store, tmp_path, capsys):
    other = tmp_path / "backup.gpkg"
    other.write_bytes(store.path.read_bytes())
    before = _sha(other)
    assert main(["--store", str(store.path), "export", "view", "--format", "gpkg", "--out", str(other)]) == 2
    assert _sha(other) == before


def test_a_view_export_is_not_a_store_and_may_be_replaced(store, tmp_path):
    out = tmp_path / "view.gpkg"
    for _ in range(2):  # the second run replaces the first export
        assert main(["--store", str(store.path), "export", "view", "--format", "gpkg", "--out", str(out)]) == 0
    assert not is_store_file(out)
    # the default window runs over the claims and the embedded arrivals log: its figures are a layer too
    assert sorted(name for name, _ in pyogrio.list_layers(out)) == ["claims", "log_figures", "places"]


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 200, b"a,b\r\n1,2\r\n", bytes(range(256))])
def test_files_that_are_not_stores_are_told_apart_without_error(tmp_path, content):
    path = tmp_path / "x.gpkg"
    path.write_bytes(content)
    assert is_store_file(path) is False
    assert is_store_file(tmp_path / "missing.gpkg") is False


# --- formula cells ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile(ds) -> Dataset:
    claims = list(ds.claims)
    i = next(i for i, c in enumerate(claims) if c.claim_id == "trend-c09")  # in the August window
    claims[i] = replace(claims[i], quote=HOSTILE["quote"], claimant=HOSTILE["claimant"],
                        summary=HOSTILE["summary"], unit=HOSTILE["unit"])
    sources = (replace(ds.sources[0], outlet=HOSTILE["outlet"]),)
    places = tuple(replace(p, name=HOSTILE["place"], names=(PlaceName(HOSTILE["place"], "as_written"), *p.names))
                   if p.place_id == "khankendi" else p for p in ds.places)
    return replace(ds, claims=tuple(claims), sources=sources, places=places)


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def _gpkg_cells(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "export.gpkg"
    path.write_bytes(data)
    cells = []
    for layer, _ in pyogrio.list_layers(path):
        frame = pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
        cells += [v for col in frame.columns for v in frame[col].tolist() if isinstance(v, str)]
    return cells


def _tabular_exports(ds: Dataset, countries, tmp_path) -> dict[str, list[str]]:
    b = build_briefing(ds, countries, MapState(window=AUG, names="both"))
    return {
        "claims csv": _csv_cells(render(ds, "claims", "csv")),
        "places csv": _csv_cells(render(ds, "places", "csv")),
        "view claims csv": _csv_cells(render_view(b, countries, "csv").decode("utf-8")),
        "view places csv": _csv_cells(view_places_csv(b)),
        "view gpkg": _gpkg_cells(render_view(b, countries, "gpkg"), tmp_path),
    }


def test_no_tabular_export_has_a_formula_cell(hostile, countries, tmp_path):
    exports = _tabular_exports(hostile, countries, tmp_path)
    for name, cells in exports.items():
        assert cells, name
        assert [c for c in cells if c.startswith(FORMULA_START)] == [], name
    # the hostile values are there, neutralised, not dropped: each export holds some of them
    neutralised = {name: {v for v in HOSTILE.values() if any(c.startswith("'" + v) for c in cells)}
                   for name, cells in exports.items()}
    assert neutralised["claims csv"] >= {HOSTILE["quote"], HOSTILE["claimant"], HOSTILE["summary"], HOSTILE["unit"]}
    assert neutralised["view claims csv"] >= {HOSTILE["quote"], HOSTILE["claimant"], HOSTILE["summary"]}
    assert neutralised["view gpkg"] >= {HOSTILE["quote"], HOSTILE["claimant"], HOSTILE["summary"], HOSTILE["unit"]}
    assert HOSTILE["place"] in neutralised["places csv"] and HOSTILE["place"] in neutralised["view places csv"]
