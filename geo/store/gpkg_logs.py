"""Logs in the GeoPackage: `log_imports` (one row per imported file), `log_rows` (the rows as checked) and
`log_cube` (the daily cube, a point layer on each checkpoint, so QGIS maps it too). An import is one SQLite
transaction under the store's lock: a failure leaves no part of it. The tables are added to a store the
first time a log is imported; a store without them simply has no logs."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

import numpy as np

from ..logs.cube import CubeCells
from ..logs.model import LogImport
from . import logs_common as L

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


class GpkgLogs:
    """The log tables of one GeoPackage store."""

    def __init__(self, store):
        self.store = store

    def imports(self) -> tuple[LogImport, ...]:
        if not self.store.exists():
            return ()
        with self.store._connect() as con:
            if not _has_tables(con):
                return ()
            return tuple(L.import_from(r) for r in con.execute("SELECT * FROM log_imports ORDER BY fid"))

    def write(self, record: LogImport, rows, cells: CubeCells, places: dict,
              step: Callable[[float, str], None]) -> LogImport | None:
        """One transaction; None when the file was already imported (by another writer meanwhile)."""
        from .gpkg import encode_geometry

        with self.store._writing() as con:
            _ensure_tables(con)
            if con.execute("SELECT 1 FROM log_imports WHERE sha256 = ?", (record.sha256,)).fetchone():
                return L.import_from(con.execute("SELECT * FROM log_imports WHERE sha256 = ?",
                                                 (record.sha256,)).fetchone())
            con.execute(f"INSERT INTO log_imports ({', '.join(L.IMPORT_COLS)}) "
                        f"VALUES ({', '.join('?' * len(L.IMPORT_COLS))})", L.import_values(record))
            con.execute("PRAGMA cache_size = -65536")  # 64 MiB for this connection: fewer page spills mid-import
            before = con.execute("SELECT coalesce(max(fid), 0) FROM log_rows").fetchone()[0]
            _insert_rows(con, record.log_id, rows, step)
            con.execute("UPDATE log_imports SET first_fid = ?, last_fid = (SELECT max(fid) FROM log_rows) "
                        "WHERE log_id = ?", (before + 1, record.log_id))
            con.executemany(f"INSERT INTO log_cube (geom, {', '.join(L.CUBE_COLS)}) "
                            f"VALUES (?{', ?' * len(L.CUBE_COLS)})", L.cube_values(cells, places, encode_geometry))
            con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                        "WHERE table_name IN ('log_imports', 'log_rows', 'log_cube')")
        return None

    def cube_rows(self, log_ids: Iterable[str]) -> dict[str, list[tuple]]:
        out = {}
        with self.store._connect() as con:
            for log_id in log_ids:
                out[log_id] = [tuple(r) for r in con.execute(
                    f"SELECT {L.CUBE_READ} FROM log_cube WHERE log_id = ? ORDER BY fid", (log_id,))]
        return out

    def delete(self, log_id: str) -> bool:
        with self.store._writing() as con:
            if not _has_tables(con):
                return False
            found = con.execute("SELECT first_fid, last_fid FROM log_imports WHERE log_id = ?", (log_id,)).fetchone()
            if found is None:
                return False
            con.execute("DELETE FROM log_imports WHERE log_id = ?", (log_id,))
            con.execute("DELETE FROM log_rows WHERE fid BETWEEN ? AND ?", tuple(found))
            con.execute("DELETE FROM log_cube WHERE log_id = ?", (log_id,))
        return True

    def rows(self, log_id: str) -> list[tuple]:
        """One log's rows as stored, in file order (for a copy to another store)."""
        with self.store._connect() as con:
            found = con.execute("SELECT first_fid, last_fid FROM log_imports WHERE log_id = ?", (log_id,)).fetchone()
            return [tuple(r) for r in con.execute(
                f"SELECT {', '.join(L.ROW_COLS)} FROM log_rows WHERE fid BETWEEN ? AND ? ORDER BY fid", tuple(found))]

    def meta(self, key: str) -> str | None:
        with self.store._connect() as con:
            if not self.store._current(con):
                return None
            row = con.execute("SELECT value FROM cw_store WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.store._writing() as con:
            con.execute("INSERT OR REPLACE INTO cw_store VALUES (?, ?)", (key, value))

    def current(self) -> bool:
        with self.store._connect() as con:
            return self.store._current(con)


_DENSE = ("row", "observed_at", "checkpoint", "direction", "unit", "count")
_SPARSE = ("towards", "plate_country", "note", "claimant", "url")


def _insert_rows(con: sqlite3.Connection, log_id: str, rows, step) -> None:
    """The rows in chunks. Binding a parameter is most of the cost, so the log id is written into the statement
    (it is hex) and each row binds only the optional columns it fills: rows are grouped by which they fill."""
    L.log_id_for_check(log_id)
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
