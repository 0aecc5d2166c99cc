"""Logs in PostGIS: the same three tables as the GeoPackage (migration 0001), written with COPY in one
transaction. Concurrent imports interleave their rows' ids, so an import's rows are found by `log_id`
(indexed), not by a run of ids."""
from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from ..logs.cube import CubeCells
from ..logs.model import LogImport
from . import logs_common as L

_CHUNK = 50_000


class PgLogs:
    def __init__(self, store):
        self.store = store

    def imports(self) -> tuple[LogImport, ...]:
        with self.store._reading() as db:
            return tuple(L.import_from(r) for r in db.run("SELECT * FROM log_imports ORDER BY fid", ()))

    def write(self, record: LogImport, rows, cells: CubeCells, places: dict,
              step: Callable[[float, str], None]) -> LogImport | None:
        from .pg import _encode

        def work(db) -> LogImport | None:
            con = db.con
            found = con.execute("SELECT * FROM log_imports WHERE sha256 = %s", (record.sha256,)).fetchone()
            if found:
                return L.import_from(found)  # another writer landed it while we read
            con.execute(f"INSERT INTO log_imports ({', '.join(L.IMPORT_COLS)}) "
                        f"VALUES ({', '.join(['%s'] * len(L.IMPORT_COLS))})", L.import_values(record))
            _copy_rows(con, record.log_id, rows, step)
            with con.cursor().copy(f"COPY log_cube (geom, {', '.join(L.CUBE_COLS)}) FROM STDIN") as cp:
                for values in L.cube_values(cells, places, lambda wkt: _ewkb_hex(_encode(wkt))):
                    cp.write_row(values)
            return None

        return self.store.run_write(work)

    def cube_rows(self, log_ids: Iterable[str]) -> dict[str, list[tuple]]:
        out: dict[str, list[tuple]] = {i: [] for i in log_ids}
        with self.store._reading() as db:
            for r in db.run(f"SELECT log_id, {L.CUBE_READ} FROM log_cube ORDER BY fid", ()):
                values = tuple(r.values())
                if values[0] in out:
                    out[values[0]].append(values[1:])
        return out

    def delete(self, log_id: str) -> bool:
        def work(db) -> bool:
            con = db.con
            if con.execute("DELETE FROM log_imports WHERE log_id = %s", (log_id,)).rowcount == 0:
                return False
            con.execute("DELETE FROM log_rows WHERE log_id = %s", (log_id,))
            con.execute("DELETE FROM log_cube WHERE log_id = %s", (log_id,))
            return True

        return self.store.run_write(work)

    def rows(self, log_id: str) -> list[tuple]:
        with self.store._reading() as db:
            return [tuple(r.values()) for r in db.run(
                f"SELECT {', '.join(L.ROW_COLS)} FROM log_rows WHERE log_id = ? ORDER BY fid", (log_id,))]

    def meta(self, key: str) -> str | None:
        with self.store._reading() as db:
            found = list(db.run("SELECT value FROM cw_meta WHERE key = ?", (key,)))
        return found[0]["value"] if found else None

    def set_meta(self, key: str, value: str) -> None:
        self.store.run_write(lambda db: db.run(
            "INSERT INTO cw_meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value)))

    def current(self) -> bool:
        return self.store.schema_version() > 0


def _ewkb_hex(wkb: bytes | None) -> str | None:
    """COPY's text form of a geometry with its SRID (EWKB, hex): a point in EPSG:4326."""
    if wkb is None:
        return None
    import shapely

    return shapely.to_wkb(shapely.set_srid(shapely.from_wkb(wkb), 4326), hex=True, include_srid=True)


def _copy_rows(con, log_id: str, rows, step) -> None:
    n = len(rows)
    cols = ("log_id", *L.ROW_COLS)
    count = np.where(rows.count >= 0, rows.count, -1)
    with con.cursor().copy(f"COPY log_rows ({', '.join(cols)}) FROM STDIN") as cp:
        for i in range(0, n, _CHUNK):
            part = slice(i, i + _CHUNK)
            columns = [rows.row[part].tolist(), rows.observed_at[part].tolist(), rows.checkpoint[part].tolist(),
                       rows.direction[part].tolist(), _nullable(rows.towards[part]), rows.unit[part].tolist(),
                       [None if c < 0 else c for c in count[part].tolist()], _nullable(rows.plate_country[part]),
                       _nullable(rows.note[part]), _nullable(rows.claimant[part]), _nullable(rows.url[part])]
            for values in zip(*columns):
                cp.write_row((log_id, *values))
            step(0.65 + 0.3 * min(i + _CHUNK, n) / max(n, 1), "writing rows")


def _nullable(values: np.ndarray) -> list:
    return [v or None for v in values.tolist()]
