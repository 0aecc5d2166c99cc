"""Reading and writing the dataset. Every read and write goes through a store; two backends share one
interface and one set of SQL (`sql`):

- `GeoPackageStore` (`gpkg`): one GeoPackage that QGIS opens as layers, written one SQLite transaction per
  change: one analyst's store, the embedded default.
- `PostGISStore` (`pg`): a PostgreSQL database with PostGIS a team shares; accounts are database roles,
  migrations are numbered SQL files (`migrate`, `migrations/`).
- `load_dataset(data_dir)` reads the embedded seed: JSON and text files in `data/` (`seed`).
- `Correction`s are the analysts' decisions, applied on read (`corrections`).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ..model import Claim, Dataset, Mention, Place, Source
from .corrections import Correction, apply_corrections
from .changes import Changes
from .gpkg import DEFAULT_STORE, LAYERS, LOCK_TIMEOUT_S, GeoPackageStore, open_gpkg
from .pg import PostGISStore, StoreDenied, StoreUnreachable, is_pg_address
from .seed import DATA_DIR, DatasetError, load_dataset

__all__ = ["DATA_DIR", "DEFAULT_STORE", "LAYERS", "LOCK_TIMEOUT_S", "Changes", "Correction", "DatasetError",
           "GeoPackageStore", "PostGISStore", "StoreDenied", "StoreUnreachable", "apply_corrections",
           "is_pg_address", "is_store_file", "load_dataset", "merge", "open_store", "store_address"]


def store_address(target: str | Path | None = None) -> str | Path:
    """--store, else CORRIDOR_WATCH_STORE, else the embedded default: a PostgreSQL URL or a GeoPackage's path."""
    import os

    value = target or os.environ.get("CORRIDOR_WATCH_STORE") or DEFAULT_STORE
    return str(value) if is_pg_address(str(value)) else Path(value)


def open_store(target: str | Path | None = None, *, user: str | None = None, password: str | None = None,
               no_password_fallback: bool = False, read_only: bool = False):
    """The store the app and CLI use. A GeoPackage is seeded on first use (`read_only`: then refuses every
    write); a PostGIS database must have been set up (`corridor-watch team init`), and is opened as the given
    account, else libpq's (PGUSER, PGPASSWORD, ~/.pgpass) unless `no_password_fallback` (the dashboard: only
    what the person typed signs them in)."""
    address = store_address(target)
    if isinstance(address, str):
        store = PostGISStore(address, user=user, password=password, no_password_fallback=no_password_fallback)
        if store.schema_version() == 0:
            raise DatasetError(f"{store.key} has no Corridor Watch tables yet: its owner runs "
                               f"`corridor-watch --store {store.key} team init` first")
        return store
    store = open_gpkg(address)
    store.read_only = read_only
    return store


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
