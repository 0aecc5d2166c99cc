"""Exports, written whole or not at all: the dataset's claims and places (CSV, GeoJSON), and the
current view in every format an analyst takes away (PNG, PPTX, HTML, CSV, GeoJSON, GeoPackage, GIF)."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely import wkt as shapely_wkt
from shapely.geometry import mapping

from ..view.briefing import Briefing
from ..claims import CLAIM_FIELDS, claim_geometry_wkt, claim_row, window_note
from ..gazetteer import display_name
from ..model import Claim, Dataset, Place
from .logs import LOG_FIELDS, log_point_wkt, view_log_rows
from .picture import render_png
from .slides import briefing_pptx
from ..store import is_store_file
from .standalone import standalone_html
from ..view.viewstate import to_query

from ..choices import TABLE_FORMATS as FORMATS, VIEW_FORMATS  # noqa: F401  (re-exported)
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
    # RFC 4180 line ends: with "\n" alone, a field holding a bare "\r" would go unquoted and split the row.
    writer = csv.DictWriter(buf, fieldnames=list(fields), lineterminator="\r\n")
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
    write_bytes_atomic(path, text.encode("utf-8"))


# --- The current view (what the map shows), in every format an analyst takes away -------------------------

MEDIA_TYPES = {
    "png": "image/png",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "html": "text/html",
    "csv": "text/csv",
    "geojson": "application/geo+json",
    "gpkg": "application/geopackage+sqlite3",
    "gif": "image/gif",
}
VIEW_CLAIM_FIELDS: tuple[str, ...] = (
    *CLAIM_FIELDS, "source_outlet", "source_reliability", "days_in_window", "window_note", "place_names",
)


def _named(pid: str | None, by_place: Mapping[str, Place], names: str, as_written: Mapping[str, str]) -> str | None:
    return display_name(by_place[pid], names, as_written) if pid and pid in by_place else None


def view_claim_rows(b: Briefing) -> list[dict[str, object]]:
    """The claims in the window, with what the window does to each and the places named as the map names them."""
    by_place = {p.place_id: p for p in b.places}
    outlets = {s.source_id: s for s in b.sources}
    rows = []
    for seen in b.shown:
        c = seen.claim
        src = outlets[c.source_id]
        named = [f"{role}: {name}" for role, pid in (("origin", c.origin), ("destination", c.destination),
                                                      ("via", c.via), ("place", c.place))
                 if (name := _named(pid, by_place, b.state.names, b.as_written))]
        rows.append({
            **claim_row(c),
            "source_outlet": src.outlet,
            "source_reliability": src.reliability,
            "days_in_window": ";".join(d.isoformat() for d in seen.days_in_window) or None,
            "window_note": window_note(seen) or None,
            "place_names": "; ".join(named) or None,
        })
    return rows


def view_place_rows(b: Briefing) -> list[dict[str, object]]:
    return [{**place_row(p), "display_name": display_name(p, b.state.names, b.as_written)} for p in b.places]


def view_frames(b: Briefing) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Claims and places in view as GeoDataFrames in EPSG:4326; a claim with no place keeps a null geometry."""
    by_place = {p.place_id: p for p in b.places}
    claim_geoms = [claim_geometry_wkt(s.claim, by_place) for s in b.shown]
    claims = gpd.GeoDataFrame(
        pd.DataFrame(view_claim_rows(b), columns=list(VIEW_CLAIM_FIELDS)),
        geometry=gpd.GeoSeries([shapely_wkt.loads(w) if w else None for w in claim_geoms], crs="EPSG:4326"),
    )
    places = gpd.GeoDataFrame(
        pd.DataFrame(view_place_rows(b), columns=[*PLACE_FIELDS, "display_name"]),
        geometry=gpd.GeoSeries([shapely_wkt.loads(p.wkt) for p in b.places], crs="EPSG:4326"),
    )
    return claims, places


def view_geojson(b: Briefing) -> dict:
    """One FeatureCollection: claims then places, told apart by `record_type`; the view's settings on top."""
    by_place = {p.place_id: p for p in b.places}
    features = [_feature({"record_type": "claim", **row}, claim_geometry_wkt(seen.claim, by_place))
                for row, seen in zip(view_claim_rows(b), b.shown)]
    features += [_feature({"record_type": "place", **row}, p.wkt) for row, p in zip(view_place_rows(b), b.places)]
    features += [_feature(row, log_point_wkt(row["checkpoint"], b.log_places))
                 for row in view_log_rows(b.map.logs, b.log_places)]
    return {"type": "FeatureCollection", "name": b.title,
            "corridor_watch_view": {**to_query(b.state), "source_line": b.source_line, "exported": b.exported},
            "features": features}


def view_claims_csv(b: Briefing) -> str:
    by_place = {p.place_id: p for p in b.places}
    rows = [{**row, "geometry_wkt": claim_geometry_wkt(seen.claim, by_place)}
            for row, seen in zip(view_claim_rows(b), b.shown)]
    return to_csv(rows, (*VIEW_CLAIM_FIELDS, "geometry_wkt"))


def view_logs_csv(b: Briefing) -> str:
    """The logs' figures in view, a row per series (empty, with its header, when the view has none)."""
    rows = [{**row, "geometry_wkt": log_point_wkt(row["checkpoint"], b.log_places)}
            for row in view_log_rows(b.map.logs, b.log_places)]
    return to_csv(rows, (*LOG_FIELDS, "geometry_wkt"))


def view_places_csv(b: Briefing) -> str:
    return to_csv(({**row, "geometry_wkt": p.wkt} for row, p in zip(view_place_rows(b), b.places)),
                  (*PLACE_FIELDS, "display_name", "geometry_wkt"))


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """GeoPackage cells are read by spreadsheets too (QGIS → Excel): neutralise formulas there as well."""
    out = frame.copy()
    for col in out.columns:
        # pandas 3 gives text columns the `str` dtype, not `object`: test for text, not for one dtype
        if col != "geometry" and (out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype)):
            out[col] = out[col].map(safe_cell)
    return out


def view_gpkg(b: Briefing) -> bytes:
    """A GeoPackage with layers `claims` and `places` (and `log_figures` when the view has logs), built in a
    private temp folder."""
    claims, places = view_frames(b)
    logs = view_log_rows(b.map.logs, b.log_places)
    with tempfile.TemporaryDirectory(prefix="cw-gpkg-") as tmp:
        path = Path(tmp) / "view.gpkg"
        _csv_ready(claims).to_file(path, layer="claims", driver="GPKG", engine="pyogrio")
        _csv_ready(places).to_file(path, layer="places", driver="GPKG", engine="pyogrio")
        if logs:
            frame = gpd.GeoDataFrame(pd.DataFrame(logs, columns=list(LOG_FIELDS)), geometry=gpd.GeoSeries(
                [shapely_wkt.loads(w) if (w := log_point_wkt(r["checkpoint"], b.log_places)) else None for r in logs],
                crs="EPSG:4326"))
            _csv_ready(frame).to_file(path, layer="log_figures", driver="GPKG", engine="pyogrio")
        return path.read_bytes()


def render_view(b: Briefing, countries: gpd.GeoDataFrame, fmt: str, *, size: str = "screen") -> bytes:
    """The bytes of one export of the view. csv is the claims; view_places_csv gives the places."""
    if fmt == "png":
        return render_png(b, countries, size)  # type: ignore[arg-type]
    if fmt == "pptx":
        return briefing_pptx(b, render_png(b, countries, "screen"))
    if fmt == "html":
        return standalone_html(b.map.layers.deck, title=b.title, subtitle=f"{b.window_text} · {b.summary}",
                               legend=b.map.legend, source_line=b.source_line, attribution=b.attribution,
                               exported_on=b.exported_on).encode("utf-8")
    if fmt == "csv":
        return view_claims_csv(b).encode("utf-8")
    if fmt == "geojson":
        return json.dumps(view_geojson(b), ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "gpkg":
        return view_gpkg(b)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(VIEW_FORMATS)}")


def view_filename(b: Briefing, fmt: str, variant: str = "") -> str:
    """'corridor-watch_20210811-20210910.png', or '…_print.png' for a variant."""
    w = b.state.window
    return f"corridor-watch_{w.start:%Y%m%d}-{w.end:%Y%m%d}{'_' + variant if variant else ''}.{fmt}"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class ExportTargetError(ValueError):
    """An export would replace something it must not: the message says what and what to do."""


def check_export_target(path: Path) -> None:
    """An export never replaces a store: `--out` pointed at the store by mistake would lose every source,
    mention and decision in it."""
    if is_store_file(path):
        raise ExportTargetError(f"{path} is a Corridor Watch store; an export never writes over a store. "
                                "Choose another file name for the export.")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: a failure leaves no partial file.
    A new file gets the usual permissions (mkstemp's are owner-only); a file replaced keeps its own ("600" stays
    private). A store is never the target."""
    check_export_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
