"""Reading and writing the dataset. Every read and write goes through here, so that another backend
(PostGIS for a team) is an addition, not a rewrite.

- `load_dataset(data_dir)` reads the embedded seed: JSON and text files in `data/` (`seed`).
- `GeoPackageStore` is the working store (`gpkg`): one GeoPackage that QGIS opens as layers, written
  one SQLite transaction per change.
- `Correction`s are the analysts' decisions, applied on read (`corrections`).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ..model import Claim, Dataset, Mention, Place, Source
from .corrections import Correction, apply_corrections
from .changes import Changes
from .gpkg import DEFAULT_STORE, LAYERS, LOCK_TIMEOUT_S, GeoPackageStore, open_store
from .seed import DATA_DIR, DatasetError, load_dataset

__all__ = ["DATA_DIR", "DEFAULT_STORE", "LAYERS", "LOCK_TIMEOUT_S", "Changes", "Correction", "DatasetError",
           "GeoPackageStore", "apply_corrections", "is_store_file", "load_dataset", "merge", "open_store"]


def is_store_file(path: Path) -> bool:
    """Whether a file is a Corridor Watch store: a GeoPackage holding the store's layers. Read-only, and
    never raises: anything that is not such a file is simply not one."""
    try:
        if not Path(path).is_file() or Path(path).stat().st_size < 100:
            return False
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False
    return {"sources", "claims", "corrections"} <= names


def merge(ds: Dataset, sources: Sequence[Source], places: Sequence[Place], mentions: Sequence[Mention],
          claims: Sequence[Claim]) -> Dataset:
    """Put a source's records into a dataset in memory, replacing what an earlier ingest of it produced."""
    ids = {s.source_id for s in sources}
    all_places = {p.place_id: p for p in ds.places}
    for p in places:
        all_places.setdefault(p.place_id, p)
    return Dataset(
        sources=(*(s for s in ds.sources if s.source_id not in ids), *sources),
        places=tuple(all_places.values()),
        claims=(*(c for c in ds.claims if c.source_id not in ids), *claims),
        mentions=(*(m for m in ds.mentions if m.source_id not in ids), *mentions),
    )
