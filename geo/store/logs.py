"""Logs in the GeoPackage: `log_imports` (one row per imported file), `log_rows` (the rows as checked) and
`log_cube` (the daily cube, a point layer on each checkpoint, so QGIS maps it too). An import is one SQLite
transaction under the store's lock: a failure leaves no part of it. The tables are added to a store the
first time a log is imported; a store without them simply has no logs."""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np

from ..logs.cube import CubeCells, DailyCube, build_cells
from ..logs.model import LogImport, LogMeta, LogRead, SeriesKey, day_date
from .gpkg import GeoPackageStore, encode_geometry

_CHUNK = 50_000
_SCHEMA = {
    "log_imports": ("attributes", """log_id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, claimant TEXT NOT NULL,
        reliability TEXT NOT NULL, measure TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,
        rows INTEGER NOT NULL, skipped INTEGER NOT NULL, first_day TEXT, last_day TEXT, imported_at TEXT NOT NULL,
        first_fid INTEGER, last_fid INTEGER"""),
    "log_rows": ("attributes", """log_id TEXT NOT NULL, row INTEGER NOT NULL, observed_at TEXT NOT NULL,
        checkpoint TEXT NOT NULL, direction TEXT NOT NULL, towards TEXT, unit TEXT NOT NULL, count INTEGER,
        plate_country TEXT, note TEXT, claimant TEXT, url TEXT"""),
    "log_cube": ("features", """log_id TEXT NOT NULL, claimant TEXT NOT NULL, checkpoint TEXT NOT NULL,
        direction TEXT NOT NULL, towards TEXT, unit TEXT NOT NULL, day TEXT NOT NULL, total INTEGER,
        rows INTEGER NOT NULL, recorded INTEGER NOT NULL"""),
}
_CUBE_COLS = ("log_id", "claimant", "checkpoint", "direction", "towards", "unit", "day", "total", "rows", "recorded")
_CACHE: dict[tuple[str, int], DailyCube] = {}
_SEEDED: set[tuple[str, int, str]] = set()  # (store path, inode, manifest digest) this process has seen seeded


def log_id_for(sha256: str) -> str:
    """Hex only: it is written into SQL statements as a literal."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise ValueError(f"not a SHA-256 digest: {sha256[:70]!r}")
    return f"log-{sha256[:12]}"


def _ensure_tables(con: sqlite3.Connection) -> None:
    for name, (kind, cols) in _SCHEMA.items():
        geom = "geom BLOB, " if kind == "features" else ""
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {geom}{cols})")
        con.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, ?, ?, ?)",
                    (name, kind, name, 4326 if kind == "features" else None))
        if kind == "features":
            con.execute("INSERT OR IGNORE INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', 4326, 0, 0)", (name,))
    # no index on log_rows.log_id: it would cost a fifth of an import; an import's rows are one run of fids
    # (one transaction under the lock), recorded in log_imports, and found by primary key
    con.execute("CREATE INDEX IF NOT EXISTS log_cube_log ON log_cube (log_id)")


def _has_tables(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'log_imports'").fetchone() is not None


def _import_from(r: sqlite3.Row) -> LogImport:
    return LogImport(log_id=r["log_id"], source=r["source"], claimant=r["claimant"], reliability=r["reliability"],
                     measure=r["measure"], file_name=r["file_name"], sha256=r["sha256"], rows=r["rows"],
                     skipped=r["skipped"], first_day=date.fromisoformat(r["first_day"]) if r["first_day"] else None,
                     last_day=date.fromisoformat(r["last_day"]) if r["last_day"] else None,
                     imported_at=r["imported_at"])


def log_imports(store: GeoPackageStore) -> tuple[LogImport, ...]:
    if not store.exists():
        return ()
    with store._connect() as con:
        if not _has_tables(con):
            return ()
        return tuple(_import_from(r) for r in con.execute("SELECT * FROM log_imports ORDER BY fid"))


def find_import(store: GeoPackageStore, sha256: str) -> LogImport | None:
    return next((i for i in log_imports(store) if i.sha256 == sha256), None)


def import_log(store: GeoPackageStore, read: LogRead, meta: LogMeta, *,
               progress: Callable[[float, str], None] | None = None) -> tuple[LogImport, bool]:
    """Write a checked file's good rows and its cube in one transaction. Returns the import and whether
    anything was written: the same file imported again changes nothing. The caller decides whether a file
    with problems may land (`--skip-bad`); this writes whatever rows it is given."""
    step = progress or (lambda f, s: None)
    known = find_import(store, read.sha256)
    if known is not None:
        return known, False
    rows = read.rows
    log_id = log_id_for(read.sha256)
    cells = build_cells(rows, log_id, meta.claimant, meta.measure)
    step(0.65, "daily cube built")
    places = {p.place_id: p for p in store.places()}
    days = rows.day
    record = LogImport(log_id=log_id, source=meta.source, claimant=meta.claimant, reliability=meta.reliability,
                       measure=meta.measure, file_name=read.file_name, sha256=read.sha256, rows=len(rows),
                       skipped=len({p.row for p in read.problems}),
                       first_day=day_date(days.min()) if len(days) else None,
                       last_day=day_date(days.max()) if len(days) else None,
                       imported_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    with store._writing() as con:
        _ensure_tables(con)
        if con.execute("SELECT 1 FROM log_imports WHERE sha256 = ?", (read.sha256,)).fetchone():
            return find_import_in(con, read.sha256), False  # another writer landed it while we read
        con.execute(f"INSERT INTO log_imports ({', '.join(_IMPORT_COLS)}) VALUES ({', '.join('?' * len(_IMPORT_COLS))})",
                    [_import_value(record, c) for c in _IMPORT_COLS])
        con.execute("PRAGMA cache_size = -65536")  # 64 MiB for this connection: fewer page spills mid-import
        before = con.execute("SELECT coalesce(max(fid), 0) FROM log_rows").fetchone()[0]
        _insert_rows(con, log_id, rows, step)
        con.execute("UPDATE log_imports SET first_fid = ?, last_fid = (SELECT max(fid) FROM log_rows) WHERE log_id = ?",
                    (before + 1, log_id))
        con.executemany(f"INSERT INTO log_cube (geom, {', '.join(_CUBE_COLS)}) VALUES (?{', ?' * len(_CUBE_COLS)})",
                        _cube_values(cells, places))
        con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                    "WHERE table_name IN ('log_imports', 'log_rows', 'log_cube')")
    step(1.0, "written")
    return record, True


_DENSE = ("row", "observed_at", "checkpoint", "direction", "unit", "count")
_SPARSE = ("towards", "plate_country", "note", "claimant", "url")


def _insert_rows(con: sqlite3.Connection, log_id: str, rows, step) -> None:
    """The rows in chunks. Binding a parameter is most of the cost, so the log id is written into the statement
    (it is hex) and each row binds only the optional columns it fills: rows are grouped by which they fill."""
    n = len(rows)
    present = np.zeros(n, dtype=np.int64)
    for bit, name in enumerate(_SPARSE):
        present |= (getattr(rows, name) != "").astype(np.int64) << bit
    present |= (rows.count >= 0).astype(np.int64) << len(_SPARSE)  # no count: NULL (not recorded), never 0
    dense = {"row": rows.row, "observed_at": rows.observed_at, "checkpoint": rows.checkpoint,
             "direction": rows.direction, "unit": rows.unit, "count": rows.count}
    done = 0
    for mask in np.unique(present).tolist():
        names = [*_DENSE[:-1], *(["count"] if mask >> len(_SPARSE) & 1 else []),
                 *(c for bit, c in enumerate(_SPARSE) if mask >> bit & 1)]
        which = np.flatnonzero(present == mask)
        sql = (f"INSERT INTO log_rows (log_id, {', '.join(names)}) "
               f"VALUES ('{log_id}', {', '.join('?' * len(names))})")
        for i in range(0, len(which), _CHUNK):
            part = which[i:i + _CHUNK]
            columns = [(dense[c] if c in dense else getattr(rows, c))[part].tolist() for c in names]
            con.executemany(sql, zip(*columns))
            done += len(part)
            step(0.65 + 0.3 * done / max(n, 1), "writing rows")


_IMPORT_COLS = ("log_id", "source", "claimant", "reliability", "measure", "file_name", "sha256", "rows", "skipped",
                "first_day", "last_day", "imported_at")


def _import_value(record: LogImport, name: str):
    v = getattr(record, name)
    return v.isoformat() if isinstance(v, date) else v


def find_import_in(con: sqlite3.Connection, sha256: str) -> LogImport:
    return _import_from(con.execute("SELECT * FROM log_imports WHERE sha256 = ?", (sha256,)).fetchone())


def _cube_values(cells: CubeCells, places: dict):
    points: dict[str, bytes | None] = {}
    for k, d, t, n, rec in zip(cells.key.tolist(), cells.day.tolist(), cells.total.tolist(), cells.rows.tolist(),
                               cells.recorded.tolist()):
        key = cells.keys[k]
        if key.checkpoint not in points:
            place = places.get(key.checkpoint)
            points[key.checkpoint] = encode_geometry(_point_wkt(place.wkt)) if place else None
        yield (points[key.checkpoint], key.log_id, key.claimant, key.checkpoint, key.direction, key.towards or None,
               key.unit, day_date(d).isoformat(), t if t >= 0 else None, n, rec)


def _point_wkt(wkt: str) -> str:
    """A checkpoint drawn as a point: a road or corridor's middle point (the cube layer is a point layer)."""
    import shapely

    g = shapely.from_wkt(wkt)
    return (g if g.geom_type == "Point" else g.representative_point()).wkt


def read_cube(store: GeoPackageStore) -> DailyCube:
    """Every log's cube, cached per store version: read once after each write, not per slider move."""
    version = store.version()
    cached = _CACHE.get((str(store.path), version))
    if cached is not None:
        return cached
    imports = {i.log_id: i for i in log_imports(store)}
    if not imports:
        return DailyCube.empty()
    parts = []
    with store._connect() as con:
        for log_id, imp in imports.items():
            rows = con.execute("SELECT claimant, checkpoint, direction, coalesce(towards, ''), unit, day, "
                               "coalesce(total, -1), rows, recorded FROM log_cube WHERE log_id = ? ORDER BY fid",
                               (log_id,)).fetchall()
            index: dict[tuple, int] = {}
            key = np.array([index.setdefault(tuple(r[:5]), len(index)) for r in rows], dtype=np.int64)
            day = (np.array([r[5] for r in rows], dtype="datetime64[D]").astype(np.int64))
            nums = np.array([r[6:] for r in rows], dtype=np.int64).reshape(-1, 3)
            keys = tuple(SeriesKey(log_id, *k) for k in index)
            cells = CubeCells(keys, key, day, nums[:, 0], nums[:, 1], nums[:, 2])
            parts.append((cells, imp.measure, imp.source))  # the claimants are each series' own
    cube = DailyCube.from_cells(parts)
    _CACHE.clear()  # one store version at a time: the old cube is stale
    _CACHE[(str(store.path), version)] = cube
    return cube


def delete_log(store: GeoPackageStore, log_id: str) -> bool:
    """Remove one imported log (its rows, cube and record) in one transaction."""
    with store._writing() as con:
        if not _has_tables(con):
            return False
        found = con.execute("SELECT first_fid, last_fid FROM log_imports WHERE log_id = ?", (log_id,)).fetchone()
        if found is None:
            return False
        con.execute("DELETE FROM log_imports WHERE log_id = ?", (log_id,))
        con.execute("DELETE FROM log_rows WHERE fid BETWEEN ? AND ?", tuple(found))
        con.execute("DELETE FROM log_cube WHERE log_id = ?", (log_id,))
    return True


def seed_logs(store: GeoPackageStore, data_dir: Path) -> int:
    """The embedded logs (data/logs/logs.json) into a store, once: the store records which manifest it took, so
    a log an analyst deleted does not come back, and a new version's logs are added. Returns logs imported."""
    from ..logs.read import read_log
    from .seed import DatasetError

    manifest = data_dir / "logs" / "logs.json"
    if not manifest.is_file():
        return 0
    digest = hashlib.sha256(manifest.read_bytes()).hexdigest()
    # the file's inode too: a store deleted and made anew at the same path is seeded again
    seen = (str(store.path), store.path.stat().st_ino if store.exists() else 0, digest)
    if seen in _SEEDED:
        return 0  # checked already by this process: every page run opens the store, and this is its hot path
    with store._connect() as con:
        if not store._current(con):
            return 0  # damaged, foreign or older: the first read says what is wrong, or the first write upgrades
        row = con.execute("SELECT value FROM cw_store WHERE key = 'embedded_logs'").fetchone()
    if row is not None and row[0] == digest:
        _SEEDED.add(seen)
        return 0
    done = 0
    places = store.places()
    for entry in json.loads(manifest.read_text(encoding="utf-8"))["logs"]:
        path = data_dir / "logs" / entry["file"]
        read = read_log(path.read_bytes(), path.name, places)
        if read.problems:
            raise DatasetError(f"embedded log {path.name}: {read.problems[0].describe()}")
        meta = LogMeta(source=entry["source"], claimant=entry["claimant"], reliability=entry["reliability"],
                       measure=entry["measure"])
        done += import_log(store, read, meta)[1]
    with store._writing() as con:
        con.execute("INSERT OR REPLACE INTO cw_store VALUES ('embedded_logs', ?)", (digest,))
    _SEEDED.add(seen)
    return done
