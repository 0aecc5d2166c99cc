"""Stores written whole by GDAL before version 2 of the format: read them, so that the first write can
rewrite them in the current format (`GeoPackageStore._upgrade_or_create`)."""
from __future__ import annotations

from pathlib import Path

import pyogrio
import pyogrio.errors

from ..model import Dataset
from . import rows as R
from .corrections import Correction
from .seed import DatasetError


def _records(path: Path, layer: str, geometry: bool = False) -> list[tuple[dict, str | None]]:
    """Every column the current schema has (None where the old file had none), as the readers expect."""
    df = pyogrio.read_dataframe(path, layer=layer, read_geometry=geometry)
    table = next(t for t in R.TABLES if t.name == layer)
    for name in table.names:
        if name not in df.columns and name != "fid":
            df[name] = None
    geoms = [g.wkt if g is not None else None for g in df.geometry] if geometry else [None] * len(df)
    plain = df.drop(columns="geometry") if "geometry" in df.columns else df
    plain = plain.astype(object).where(plain.notna(), None)
    return list(zip(plain.to_dict("records"), geoms))


def read_legacy(path: Path) -> tuple[Dataset, tuple[Correction, ...]]:
    """An old store, or a message: a file that is empty, foreign or damaged is named as such, never a traceback."""
    try:
        return _read_legacy(path)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, KeyError, ValueError) as exc:
        size = path.stat().st_size if path.exists() else 0
        what = "is empty (0 bytes)" if size == 0 else f"is not a Corridor Watch store ({str(exc)[:120]})"
        raise DatasetError(f"{path} {what}; nothing was changed. Choose another --store, or move this file "
                           "away to start a new store there") from None


def _read_legacy(path: Path) -> tuple[Dataset, tuple[Correction, ...]]:
    sources = tuple(R.source_from(r) for r, _ in _records(path, "sources"))
    places = tuple(R.place_from(r, w) for r, w in _records(path, "places", geometry=True))
    mentions = tuple(R.mention_from(r) for r, _ in _records(path, "mentions"))
    claims = tuple(R.claim_from(r) for r, _ in _records(path, "claims"))
    corrections = tuple(R.correction_from(r) for r, _ in _records(path, "corrections"))
    return Dataset(sources, places, claims, mentions), corrections
