"""Exports of the current view: each format holds what the map shows, and nothing half-written on failure."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import replace
from datetime import date
from urllib.parse import urlencode

import geopandas as gpd
import pytest
from PIL import Image
from pptx import Presentation

from geo.view.briefing import build_briefing, published_short, source_line
from geo.cli import main
from geo.export import FORMULA_START, VIEW_FORMATS, render_view, view_geojson
from geo.view.layers import LayerSwitches
from geo.model import Dataset, Window
from geo.view.viewstate import MapState, to_query

AUG = Window(date(2021, 8, 11), date(2021, 9, 10))


@pytest.fixture(scope="module")
def aug(ds, countries):
    return build_briefing(ds, countries, MapState(window=AUG, names="both", claim="trend-c09"), today=date(2026, 12, 1))


@pytest.fixture(scope="module")
def hostile_ds(ds) -> Dataset:
    """A claim whose text starts with formula characters and carries markup."""
    claims = list(ds.claims)
    i = next(i for i, c in enumerate(claims) if c.claim_id == "trend-c09")
    claims[i] = replace(claims[i], summary="=HYPERLINK(\"http://evil\",\"x\")", claimant="+cmd|' /C calc'!A0",
                        derivation="@SUM(1)", flags=("-2+3", "\tTAB", "\rCR"))
    return replace(ds, claims=tuple(claims))


def shown_ids(b) -> set[str]:
    return {s.claim.claim_id for s in b.shown}


def test_source_line_says_who_and_when_and_that_it_is_a_claim(ds):
    assert published_short(ds.sources[0]) == "Sep–Dec 2021"
    assert source_line(ds.sources) == "Source: Trend, Sep–Dec 2021 — as reported, not independently verified."


def test_geojson_features_equal_the_visible_claims(aug):
    fc = view_geojson(aug)
    claims = [f for f in fc["features"] if f["properties"]["record_type"] == "claim"]
    places = [f for f in fc["features"] if f["properties"]["record_type"] == "place"]
    assert {f["properties"]["claim_id"] for f in claims} == shown_ids(aug)
    assert len(claims) == 6
    assert {f["properties"]["place_id"] for f in places} == {p.place_id for p in aug.places}
    assert fc["corridor_watch_view"]["from"] == "2021-08-11" and fc["corridor_watch_view"]["claim"] == "trend-c09"
    c09 = next(f["properties"] for f in claims if f["properties"]["claim_id"] == "trend-c09")
    assert c09["count"] == 58 and c09["date_start"] == "2021-08-11"
    assert "Khankendi / Stepanakert" in c09["place_names"]  # the view's names convention


def test_period_claim_cut_by_the_window_says_so(ds, countries):
    b = build_briefing(ds, countries, MapState(window=Window(date(2021, 7, 11), date(2021, 7, 20))))
    rows = {f["properties"]["claim_id"]: f["properties"] for f in view_geojson(b)["features"]
            if f["properties"]["record_type"] == "claim"}
    assert rows["trend-c02"]["count"] == 35  # never scaled to the window
    assert "count is for the whole period" in rows["trend-c02"]["window_note"]
    assert rows["trend-c04"]["days_in_window"] == "2021-07-11;2021-07-14;2021-07-16;2021-07-17;2021-07-20"


def test_csv_has_the_visible_claims_and_no_formula_cells(hostile_ds, countries):
    b = build_briefing(hostile_ds, countries, MapState(window=AUG))
    text = render_view(b, countries, "csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert {r["claim_id"] for r in rows} == shown_ids(b)
    cells = [cell for r in rows for cell in r.values()]
    assert not [c for c in cells if c and c.startswith(FORMULA_START)]
    c09 = next(r for r in rows if r["claim_id"] == "trend-c09")
    assert c09["summary"].startswith("'=HYPERLINK") and c09["claimant"].startswith("'+cmd")


def test_geopackage_has_claims_and_places_layers(hostile_ds, countries, tmp_path):
    import pyogrio

    b = build_briefing(hostile_ds, countries, MapState(window=AUG))
    path = tmp_path / "view.gpkg"
    path.write_bytes(render_view(b, countries, "gpkg"))
    assert sorted(name for name, _ in pyogrio.list_layers(path)) == ["claims", "places"]
    claims = gpd.read_file(path, layer="claims")
    places = gpd.read_file(path, layer="places")
    assert claims.crs.to_epsg() == 4326 and set(claims["claim_id"]) == shown_ids(b)
    assert len(places) == len(b.places)
    text_cells = [v for col in claims.columns if col != "geometry" for v in claims[col] if isinstance(v, str)]
    assert "'=HYPERLINK(\"http://evil\",\"x\")" in text_cells  # present, and neutralised
    assert not [v for v in text_cells if v.startswith(FORMULA_START)]
    assert claims.loc[claims["claim_id"] == "trend-c09", "count"].item() == 58


def test_pptx_has_the_picture_title_footnotes_and_claims_table(aug, countries):
    data = render_view(aug, countries, "pptx")
    prs = Presentation(io.BytesIO(data))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)  # 13.333 × 7.5 in: 16:9
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        size = re.search(r"<p:sldSz [^>]*/>", z.read("ppt/presentation.xml").decode()).group()
    assert 'cx="12192000"' in size and 'cy="6858000"' in size and "type=" not in size  # no 4:3 preset claimed
    slides = list(prs.slides)
    first = slides[0]
    pictures = [s for s in first.shapes if s.shape_type == 13]
    assert len(pictures) == 1 and len(first.shapes) == 1  # the picture alone: no title or source line repeated
    assert (pictures[0].left, pictures[0].top, pictures[0].width, pictures[0].height) == (0, 0, 12192000, 6858000)
    assert Image.open(io.BytesIO(pictures[0].image.blob)).size == (1920, 1080)
    alt = pictures[0]._element.nvPicPr.cNvPr.get("descr")
    assert alt.startswith("11 August – 10 September 2021: Crossings and movements, as reported.")
    assert aug.source_line in alt
    last = "\n".join(s.text_frame.text for s in slides[-1].shapes if s.has_text_frame)
    src = aug.sources[0]
    assert last.startswith("Sources in view (1/1)")
    assert f"[1] {src.outlet}, “{src.title}”" in last and "reliability F" in last
    # the notes hold a full link that opens the same view (the default dashboard address here)
    assert "Open this view: http://127.0.0.1:8501/?from=2021-08-11&to=2021-09-10" in \
        first.notes_slide.notes_text_frame.text
    # the claims table: one row per claim shown, with its exact quote
    table_rows = []
    for slide in slides[1:]:
        for shape in slide.shapes:
            if shape.has_table:
                table_rows += [[c.text for c in row.cells] for row in list(shape.table.rows)[1:]]
    assert len(table_rows) == len(aug.shown) == 6
    quotes = {s.claim.quote for s in aug.shown}
    assert {next(q for q in quotes if q in row[5]) for row in table_rows} == quotes
    assert any("58 trucks" in row[1] and "period total" in row[2] for row in table_rows)


def test_pptx_of_an_empty_window_says_so(ds, countries):
    days_only = replace(ds, claims=tuple(c for c in ds.claims if c.claim_id == "trend-c04"))  # listed days
    b = build_briefing(days_only, countries, MapState(window=Window(date(2021, 7, 12), date(2021, 7, 13))))
    assert list(b.shown) == []
    prs = Presentation(io.BytesIO(render_view(b, countries, "pptx")))
    text = " ".join(s.text_frame.text for s in list(prs.slides)[1].shapes if s.has_text_frame)
    assert "No dated claim falls in this window." in text


def test_legend_lists_only_what_the_view_shows(aug, ds, countries):
    labels = [it.label for it in aug.map.legend]
    assert "Entries" in labels and "Exits" in labels
    assert "Population movement" not in labels and "Restriction" not in labels
    assert "Listed crossing days (number per day not reported)" not in labels  # none listed after 7 Aug
    july = build_briefing(ds, countries, MapState(window=Window(date(2021, 7, 11), date(2021, 7, 31))))
    july_labels = [it.label for it in july.map.legend]
    assert "Population movement" in july_labels and "Listed crossing days (number per day not reported)" in july_labels


def test_html_export_carries_the_view_words_once(aug, countries):
    html = render_view(aug, countries, "html").decode("utf-8")
    assert "Exported 1 Dec 2026 from Corridor Watch" in html and "Exported Exported" not in html
    assert "11 August – 10 September 2021" in html
    assert "Source: Trend, Sep–Dec 2021 — as reported, not independently verified." in html


def test_layer_switches_reach_the_exports(ds, countries):
    b = build_briefing(ds, countries, MapState(window=AUG, layers=LayerSwitches(flows=False, claims=False)))
    assert b.map.layers.rows["flows"] == [] and b.map.layers.rows["claims"] == []
    assert [it.label for it in b.map.legend if it.shape == "text"] == []


# --- the command line ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", VIEW_FORMATS)
def test_cli_export_view_every_format(tmp_path, capsys, fmt):
    out = tmp_path / f"view.{fmt}"
    args = ["export", "view", "--from", "2021-08-11", "--to", "2021-08-20", "--names", "both", "--format", fmt,
            "--out", str(out)]
    assert main(args) == 0, capsys.readouterr().err
    data = out.read_bytes()
    assert f"wrote the view 2021-08-11 to 2021-08-20 to {out}" in capsys.readouterr().out
    magic = {"png": b"\x89PNG", "pptx": b"PK", "html": b"<!DOCTYPE html>", "gif": b"GIF89a",
             "gpkg": b"SQLite format 3", "geojson": b"{", "csv": b"claim_id,"}
    assert data.startswith(magic[fmt])
    if fmt == "gif":
        assert Image.open(out).n_frames == 10  # one per day
    if fmt == "csv":
        assert (tmp_path / "view-places.csv").read_text(encoding="utf-8").startswith("place_id,")


def test_cli_export_view_print_size(tmp_path):
    out = tmp_path / "print.png"
    assert main(["export", "view", "--format", "png", "--size", "print", "--out", str(out)]) == 0
    assert Image.open(out).size == (3840, 2160)


def test_cli_export_view_takes_a_copied_link(tmp_path, ds, countries):
    state = MapState(window=AUG, names="hy", claim="trend-c09", zoom=9.0)
    link = "http://127.0.0.1:8501/?" + urlencode(to_query(state))
    out = tmp_path / "view.geojson"
    assert main(["export", "view", "--link", link, "--format", "geojson", "--out", str(out)]) == 0
    view = json.loads(out.read_text(encoding="utf-8"))["corridor_watch_view"]
    assert {k: view[k] for k in to_query(state)} == to_query(state)


def test_slides_from_a_copied_link_open_the_dashboard_it_came_from(tmp_path):
    link = "https://briefing-room.example:8600/?from=2021-08-11&to=2021-09-10"
    out = tmp_path / "view.pptx"
    assert main(["export", "view", "--link", link, "--format", "pptx", "--out", str(out)]) == 0
    notes = list(Presentation(str(out)).slides)[0].notes_slide.notes_text_frame.text
    assert "Open this view: https://briefing-room.example:8600/?from=2021-08-11&to=2021-09-10" in notes


@pytest.mark.parametrize("args, message", [
    (["--from", "2021-02-30"], "not a date"),
    (["--from", "2021-09-01", "--to", "2021-08-01"], "starts"),
    (["--names", "<b>"], "'names'"),
    (["--claim", "nope"], "not in the data"),
    (["--zoom", "40"], "'zoom'"),
    (["--format", "docx"], "invalid choice"),
])
def test_cli_export_view_refuses_bad_input_and_writes_nothing(tmp_path, capsys, args, message):
    out = tmp_path / "view.png"
    argv = ["export", "view", *args, "--out", str(out)]
    if "--format" not in args:
        argv += ["--format", "png"]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusal
        code = exc.code
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_cli_claims_export_refuses_a_view_format(tmp_path, capsys):
    assert main(["export", "claims", "--format", "png", "--out", str(tmp_path / "x.png")]) == 2
    assert "claims and places export as" in capsys.readouterr().err


def test_exported_files_get_the_usual_permissions(tmp_path):
    import os
    import stat

    out = tmp_path / "view.geojson"
    assert main(["export", "view", "--format", "geojson", "--out", str(out)]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask  # not mkstemp's owner-only 0600


def test_a_rewritten_export_keeps_its_permissions(tmp_path):
    import stat

    out = tmp_path / "view.geojson"
    out.write_text("old")
    out.chmod(0o600)  # the analyst made it private
    assert main(["export", "view", "--format", "geojson", "--out", str(out)]) == 0
    assert out.read_text() != "old" and stat.S_IMODE(out.stat().st_mode) == 0o600


def test_many_sources_are_summed_up_in_the_source_line(ds):
    """Hundreds of reports cannot be cited in one line (the PNG would cut the caveat): count them instead."""
    from dataclasses import replace
    from datetime import date as day

    from geo.model import PublishedDate

    seed = ds.sources[0]
    many = [replace(seed, source_id=f"s{i}", outlet=f"Outlet {i % 3}",
                    published=PublishedDate(day(2021, 7 + i % 6, 1), day(2021, 7 + i % 6, 1), "day", "stated"))
            for i in range(9)]
    many.append(replace(seed, source_id="undated", published=PublishedDate(None, None, "unknown", "")))
    assert source_line(many) == ("Sources: 10 reports from 4 outlets, published Jul 2021 – Dec 2021 "
                                 "(1 with no known date) — as reported, not independently verified.")
    assert source_line(many[:4]).startswith("Sources: Outlet 0, 1 Jul 2021; Outlet 1, 1 Aug 2021;")


def test_a_source_line_past_the_pptx_subject_limit_still_makes_slides(ds, countries):
    """The core 'subject' property holds 255 characters; a long outlet name made the export fail."""
    from pptx import Presentation

    from geo.export.slides import briefing_pptx

    long = replace(ds, sources=(replace(ds.sources[0], outlet="A very long outlet name " * 14),))
    b = build_briefing(long, countries, MapState(window=Window(date(2021, 7, 11), date(2021, 9, 10))))
    assert len(b.source_line) > 255
    png = io.BytesIO()
    Image.new("RGB", (16, 9), "white").save(png, format="PNG")  # the picture itself does not matter here
    deck = Presentation(io.BytesIO(briefing_pptx(b, png.getvalue())))
    assert len(deck.core_properties.subject) == 255 and deck.core_properties.subject.endswith("…")


def test_cli_export_view_outside_the_data_refuses_without_claiming_a_fallback(tmp_path, capsys):
    out = tmp_path / "view.png"
    assert main(["export", "view", "--to", "2031-01-01", "--format", "png", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "'to' 2031-01-01 is outside the data (2021-07-11 to 2023-10-03)." in err  # the seed's claims and logs
    assert "using" not in err and "Nothing was written" in err and not out.exists()
