"""Rebuild data/basemap/countries.geojson from Natural Earth via world-atlas.

Usage:
    python scripts/build_basemap.py                 # fetches world-atlas@2.0.2 with npm pack
    python scripts/build_basemap.py PATH/countries-10m.json
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

PACKAGE = "world-atlas@2.0.2"
# Kept in step with geo.basemap.BBOX; duplicated so the script runs without the package importable.
BBOX = (43.0, 37.8, 50.6, 41.9)
GRID = 1e-5  # 5 decimals, about 1 m: far finer than 1:10m borders need
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "data" / "basemap"
OUT = OUT_DIR / "countries.geojson"

SOURCE_MD = f"""# Basemap: country borders

`countries.geojson` holds country polygons clipped to the area of interest, for drawing
borders on the map without any tile server.

- **Source:** Natural Earth 1:10m Admin 0 countries, as packaged in the npm package
  `{PACKAGE}` (file `countries-10m.json`, TopoJSON object `countries`).
- **Licence:** the Natural Earth data is in the public domain. The world-atlas packaging
  (conversion scripts, TopoJSON encoding) is ISC-licensed, (c) 2013-2019 Michael Bostock.
  No attribution is required; the app shows
  "Borders: Natural Earth (public domain), via world-atlas" anyway.
- **Processing:** read with geopandas/pyogrio (`layer="countries"`), CRS set to EPSG:4326,
  `make_valid()`, clipped to the box lon {BBOX[0]}–{BBOX[2]}, lat {BBOX[1]}–{BBOX[3]},
  polygonal parts only, coordinates snapped to 5 decimals. Columns: `name`, `iso_n3`
  (the TopoJSON feature id, ISO 3166-1 numeric), `geometry`.
- **Caveat:** borders are Natural Earth's de facto depiction; they are not a statement on
  any disputed boundary.

## Rebuild

```
.venv/bin/python scripts/build_basemap.py            # runs `npm pack {PACKAGE}` in a temp dir
.venv/bin/python scripts/build_basemap.py /path/to/countries-10m.json
```
"""


def fetch_topojson(workdir: Path) -> Path:
    """npm pack gives the exact published tarball, so the build is reproducible."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = next(workdir.glob("world-atlas-*.tgz"))
    with tarfile.open(tgz) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package" / "countries-10m.json"


def polygonal(geom):
    """Clipping can leave lines/points where a border runs along the box edge; drop them."""
    parts = [p for p in shapely.get_parts(geom) if isinstance(p, Polygon) and not p.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def build(src: Path) -> gpd.GeoDataFrame:
    gdf = gpd.read_file(src, layer="countries", engine="pyogrio")
    gdf = gdf.set_crs(4326)
    gdf["geometry"] = gdf.make_valid()
    clip_box = box(*BBOX)
    gdf = gdf[gdf.intersects(clip_box)].copy()
    gdf["geometry"] = [polygonal(g) for g in shapely.intersection(gdf.geometry.values, clip_box)]
    gdf = gdf[gdf.geometry.notna()]
    # valid_output mode keeps snapped polygons valid (no self-touching rings after rounding).
    gdf["geometry"] = [polygonal(g) for g in shapely.set_precision(gdf.geometry.values, GRID)]
    gdf = gdf[gdf.geometry.notna()]
    gdf = gdf.rename(columns={"id": "iso_n3"})[["name", "iso_n3", "geometry"]]
    return gdf.sort_values("name").reset_index(drop=True)


def main(argv: list[str]) -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(argv[0]) if argv else fetch_topojson(Path(tmp))
        gdf = build(src)
    OUT.unlink(missing_ok=True)  # the GeoJSON driver refuses to overwrite
    gdf.to_file(OUT, driver="GeoJSON", engine="pyogrio",
                layer_options={"COORDINATE_PRECISION": 5, "WRITE_NAME": "NO"})
    (OUT_DIR / "SOURCE.md").write_text(SOURCE_MD, encoding="utf-8")
    print(f"{len(gdf)} features: {', '.join(gdf['name'])}")
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
