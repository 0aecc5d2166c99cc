import json

import pytest
from shapely.geometry import Point, box

from geo.basemap import (
    ATTRIBUTION,
    BBOX,
    COUNTRIES_PATH,
    OFFLINE_STYLE_URL,
    load_countries,
)

STYLE_PATH = COUNTRIES_PATH.parents[2] / "static" / "style.json"


@pytest.fixture(scope="module")
def countries():
    return load_countries()


def test_file_loads_with_expected_columns(countries):
    assert len(countries) >= 3
    assert list(countries.columns) == ["name", "iso_n3", "geometry"]


def test_crs_is_wgs84(countries):
    assert countries.crs.to_epsg() == 4326


def test_core_countries_present_with_iso_codes(countries):
    codes = dict(zip(countries["name"], countries["iso_n3"]))
    assert codes["Armenia"] == "051"
    assert codes["Azerbaijan"] == "031"
    assert codes["Iran"] == "364"


def test_geometries_valid_polygons(countries):
    assert countries.is_valid.all()
    assert not countries.is_empty.any()
    assert set(countries.geom_type) <= {"Polygon", "MultiPolygon"}


def test_bounds_within_bbox(countries):
    minx, miny, maxx, maxy = countries.total_bounds
    eps = 1e-9
    assert minx >= BBOX[0] - eps and miny >= BBOX[1] - eps
    assert maxx <= BBOX[2] + eps and maxy <= BBOX[3] + eps


@pytest.mark.parametrize(
    "place, lon, lat, country",
    [
        ("Yerevan", 44.51, 40.18, "Armenia"),
        ("Baku", 49.89, 40.38, "Azerbaijan"),
        ("Goris", 46.3417, 39.5111, "Armenia"),
        # Natural Earth draws Karabakh inside Azerbaijan's de jure border.
        ("Khankendi", 46.7528, 39.8177, "Azerbaijan"),
        ("Nakhchivan", 45.41, 39.21, "Azerbaijan"),
    ],
)
def test_point_in_country(countries, place, lon, lat, country):
    hits = countries[countries.contains(Point(lon, lat))]["name"].tolist()
    assert hits == [country], f"{place} fell in {hits}"


def test_bbox_covers_key_points():
    b = box(*BBOX)
    assert b.contains(Point(44.51, 40.18)) and b.contains(Point(49.89, 40.38))


def test_file_is_small():
    assert COUNTRIES_PATH.stat().st_size < 100 * 1024


def test_style_is_offline_with_background():
    style = json.loads(STYLE_PATH.read_text(encoding="utf-8"))
    assert style["version"] == 8
    assert not style.get("sources")
    assert "glyphs" not in style and "sprite" not in style
    assert [layer["type"] for layer in style["layers"]] == ["background"]
    assert OFFLINE_STYLE_URL == "/app/static/style.json"


def test_attribution_names_source():
    assert "Natural Earth" in ATTRIBUTION
