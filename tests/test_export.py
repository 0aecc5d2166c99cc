from __future__ import annotations

import csv
import io
import json

import geopandas as gpd
import pytest

from geo.cli import main
from geo.export import render, safe_cell, to_csv, write_bytes_atomic

REQUIRED_CLAIM_FIELDS = {
    "claim_id", "source_id", "kind", "date_start", "date_end", "date_precision", "dates", "count",
    "count_qualifier", "unit", "breakdown", "origin", "destination", "via", "claimant", "quote",
    "quote_start", "quote_end", "status", "derived",
}
REQUIRED_PLACE_FIELDS = {"place_id", "name", "names", "kind", "precision", "coord_source"}


def test_cli_exports_claims_geojson(tmp_path, capsys, ds):
    out = tmp_path / "claims.geojson"
    assert main(["export", "claims", "--format", "geojson", "--out", str(out)]) == 0
    assert "wrote 23 claims" in capsys.readouterr().out
    fc = json.loads(out.read_text(encoding="utf-8"))
    props = {f["properties"]["claim_id"]: f for f in fc["features"]}
    assert REQUIRED_CLAIM_FIELDS <= set(fc["features"][0]["properties"])
    c02 = props["trend-c02"]["properties"]
    assert (c02["count"], c02["unit"], c02["date_start"], c02["date_end"]) == (35, "vehicles", "2021-07-11", "2021-08-08")
    assert c02["breakdown"] == [{"count": 4, "unit": "trucks"}, {"count": 31, "unit": "fuel trucks"}]
    assert props["trend-c02"]["geometry"]["type"] == "LineString"
    days = props["trend-c04"]["properties"]
    assert days["count"] is None and len(days["dates"]) == 15
    assert props["trend-c21"]["properties"]["count_qualifier"] == "about"
    # an undated claim without a place has no invented geometry
    assert all(f["geometry"] is not None or f["properties"]["place"] is None for f in fc["features"])


def test_cli_exports_claims_csv_with_null_counts(tmp_path):
    out = tmp_path / "claims.csv"
    assert main(["export", "claims", "--format", "csv", "--out", str(out)]) == 0
    rows = {r["claim_id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert REQUIRED_CLAIM_FIELDS <= set(next(iter(rows.values())))
    assert rows["trend-c04"]["count"] == ""  # unknown, never 0
    assert rows["trend-c10"]["count"] == "55"
    assert rows["trend-c04"]["dates"].split(";")[:2] == ["2021-07-11", "2021-07-14"]
    assert rows["trend-c02"]["breakdown"] == "4 trucks; 31 fuel trucks"


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_cli_exports_places(tmp_path, fmt, ds):
    out = tmp_path / f"places.{fmt}"
    assert main(["export", "places", "--format", fmt, "--out", str(out)]) == 0
    if fmt == "geojson":
        frame = gpd.read_file(out)
        assert frame.crs.to_epsg() == 4326
        assert REQUIRED_PLACE_FIELDS <= set(frame.columns)
        assert len(frame) == len(ds.places)
    else:
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert REQUIRED_PLACE_FIELDS | {"geometry_wkt"} <= set(rows[0])
        kh = next(r for r in rows if r["place_id"] == "khankendi")
        assert "Stepanakert (hy)" in kh["names"] and kh["geometry_wkt"] == "POINT (46.7528 39.8177)"


def test_cli_refuses_unknown_format(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["export", "claims", "--format", "xml", "--out", str(tmp_path / "x")])
    assert not (tmp_path / "x").exists()


def test_cli_reports_a_bad_data_folder(tmp_path, capsys):
    (tmp_path / "sources").mkdir()
    assert main(["--data", str(tmp_path), "export", "claims", "--format", "csv", "--out", str(tmp_path / "o.csv")]) == 2
    assert "corridor-watch:" in capsys.readouterr().err
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM", "'@SUM"),
     ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), (35, 35)],
)
def test_formula_cells_are_neutralised(value, expected):
    assert safe_cell(value) == expected


def test_csv_has_no_formula_cells():
    text = to_csv([{"a": "=1+1", "b": None, "c": 0}], ["a", "b", "c"])
    row = next(csv.DictReader(io.StringIO(text)))
    assert row == {"a": "'=1+1", "b": "", "c": "0"}


def test_write_atomic_leaves_nothing_half_written(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")


    with pytest.raises(TypeError):  # fails inside the write, after the temporary file exists
        write_bytes_atomic(target, 12345)  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_render_refuses_unknown_things(ds):
    with pytest.raises(ValueError, match="unknown export"):
        render(ds, "mentions", "csv")
