"""Offline country borders and the map style that needs no tile server."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd

COUNTRIES_PATH = Path(__file__).resolve().parent.parent / "data" / "basemap" / "countries.geojson"

# The clip box of the shipped file (minx, miny, maxx, maxy); scripts/build_basemap.py must match.
BBOX: tuple[float, float, float, float] = (43.0, 37.8, 50.6, 41.9)

# Served by Streamlit static serving; pydeck otherwise fetches a Carto style from the internet.
OFFLINE_STYLE_URL = "/app/static/style.json"

ATTRIBUTION = "Borders: Natural Earth (public domain), via world-atlas"


def load_countries(path: Path = COUNTRIES_PATH) -> gpd.GeoDataFrame:
    """Country polygons in EPSG:4326 with columns name, iso_n3, geometry."""
    gdf = gpd.read_file(path, engine="pyogrio")
    # GeoJSON is CRS84 by definition; state it explicitly so callers can rely on EPSG:4326.
    gdf = gdf.set_crs(4326, allow_override=True)
    gdf["iso_n3"] = gdf["iso_n3"].astype(str)  # keep leading zeros ("051")
    return gdf[["name", "iso_n3", "geometry"]]
