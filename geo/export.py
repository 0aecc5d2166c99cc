"""Claims and places → CSV and GeoJSON files, written whole or not at all."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from shapely import wkt as shapely_wkt
from shapely.geometry import mapping

from .claims import CLAIM_FIELDS, claim_geometry_wkt, claim_row
from .model import Claim, Dataset, Place

FORMATS = ("geojson", "csv")
PLACE_FIELDS: tuple[str, ...] = (
    "place_id", "name", "names", "kind", "precision", "coord_source", "geonameid", "country", "note",
)
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def place_row(p: Place) -> dict[str, object]:
    return {
        "place_id": p.place_id,
        "name": p.name,
        "names": "; ".join(f"{n.text} ({n.convention})" for n in p.names),
        "kind": p.kind,
        "precision": p.precision,
        "coord_source": p.coord_source,
        "geonameid": p.geonameid,
        "country": p.country,
        "note": p.note or None,
    }


def _feature(props: Mapping[str, object], wkt: str | None) -> dict:
    geom = mapping(shapely_wkt.loads(wkt)) if wkt else None
    return {"type": "Feature", "properties": dict(props), "geometry": geom}


def claims_geojson(claims: Iterable[Claim], places: Mapping[str, Place],
                   reliability: Mapping[str, str] | None = None) -> dict:
    """Undated and unplaced claims keep a null geometry rather than a made-up one."""
    features = []
    for c in claims:
        row = {**claim_row(c), "source_reliability": (reliability or {}).get(c.source_id)}
        row["flags"] = list(c.flags)
        row["linked"] = list(c.linked)
        row["dates"] = [d.isoformat() for d in c.dates]
        row["breakdown"] = [{"count": n, "unit": u} for n, u in c.breakdown]
        features.append(_feature(row, claim_geometry_wkt(c, places)))
    return {"type": "FeatureCollection", "features": features}


def places_geojson(places: Iterable[Place]) -> dict:
    features = []
    for p in places:
        row = place_row(p)
        row["names"] = [{"text": n.text, "convention": n.convention, "script": n.script} for n in p.names]
        features.append(_feature(row, p.wkt))
    return {"type": "FeatureCollection", "features": features}


def safe_cell(value: object) -> object:
    """Neutralise spreadsheet formulas: a leading apostrophe makes Excel show text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(rows: Iterable[Mapping[str, object]], fields: Iterable[str]) -> str:
    """None becomes an empty cell (unknown), never 0."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def claims_csv(claims: Iterable[Claim], places: Mapping[str, Place],
               reliability: Mapping[str, str] | None = None) -> str:
    rows = []
    for c in claims:
        wkt = claim_geometry_wkt(c, places)
        rows.append({**claim_row(c), "source_reliability": (reliability or {}).get(c.source_id), "geometry_wkt": wkt})
    return to_csv(rows, (*CLAIM_FIELDS, "source_reliability", "geometry_wkt"))


def places_csv(places: Iterable[Place]) -> str:
    return to_csv(({**place_row(p), "geometry_wkt": p.wkt} for p in places), (*PLACE_FIELDS, "geometry_wkt"))


def render(ds: Dataset, what: str, fmt: str) -> str:
    """The text of an export: `what` is claims or places, `fmt` geojson or csv."""
    by_place = {p.place_id: p for p in ds.places}
    reliability = {s.source_id: s.reliability for s in ds.sources}
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if what == "claims":
        return (json.dumps(claims_geojson(ds.claims, by_place, reliability), ensure_ascii=False, indent=1)
                if fmt == "geojson" else claims_csv(ds.claims, by_place, reliability))
    if what == "places":
        return (json.dumps(places_geojson(ds.places), ensure_ascii=False, indent=1)
                if fmt == "geojson" else places_csv(ds.places))
    raise ValueError(f"unknown export {what!r}; choose claims or places")


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside the target, then rename: a failure leaves no partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
