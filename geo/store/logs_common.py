"""What the two backends' log tables share: the columns, and records ⇄ rows."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

import numpy as np

from ..logs.cube import CubeCells
from ..logs.model import LogImport, LogRows, day_date

IMPORT_COLS = ("log_id", "source", "claimant", "reliability", "measure", "file_name", "sha256", "rows", "skipped",
               "first_day", "last_day", "imported_at")
CUBE_COLS = ("log_id", "claimant", "checkpoint", "direction", "towards", "unit", "day", "total", "rows", "recorded")
# as the cube reader wants them: a series' key, its day, then the figures (no total is -1)
CUBE_READ = ("claimant, checkpoint, direction, coalesce(towards, '') AS towards, unit, day, "
             "coalesce(total, -1) AS total, rows, recorded")
ROW_COLS = ("row", "observed_at", "checkpoint", "direction", "towards", "unit", "count", "plate_country", "note",
            "claimant", "url")


def log_id_for(sha256: str) -> str:
    """Hex only: it is written into SQL statements as a literal."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise ValueError(f"not a SHA-256 digest: {sha256[:70]!r}")
    return f"log-{sha256[:12]}"


def log_id_for_check(log_id: str) -> None:
    if not re.fullmatch(r"log-[0-9a-f]{12}", log_id):
        raise ValueError(f"not a log id: {log_id[:40]!r}")


def _day(v) -> date | None:
    return v if isinstance(v, date) else date.fromisoformat(v) if v else None


def import_from(r: Mapping) -> LogImport:
    return LogImport(log_id=r["log_id"], source=r["source"], claimant=r["claimant"], reliability=r["reliability"],
                     measure=r["measure"], file_name=r["file_name"], sha256=r["sha256"], rows=r["rows"],
                     skipped=r["skipped"], first_day=_day(r["first_day"]), last_day=_day(r["last_day"]),
                     imported_at=str(r["imported_at"]))


def import_values(record: LogImport) -> list:
    return [v.isoformat() if isinstance(v, date) else v for v in (getattr(record, c) for c in IMPORT_COLS)]


def cube_values(cells: CubeCells, places: dict, encode: Callable[[str], object]):
    """The cube's rows, each with its checkpoint's point (encoded by the backend)."""
    points: dict[str, object] = {}
    for k, d, t, n, rec in zip(cells.key.tolist(), cells.day.tolist(), cells.total.tolist(), cells.rows.tolist(),
                               cells.recorded.tolist()):
        key = cells.keys[k]
        if key.checkpoint not in points:
            place = places.get(key.checkpoint)
            points[key.checkpoint] = encode(point_wkt(place.wkt)) if place else None
        yield (points[key.checkpoint], key.log_id, key.claimant, key.checkpoint, key.direction, key.towards or None,
               key.unit, day_date(d).isoformat(), t if t >= 0 else None, n, rec)


def point_wkt(wkt: str) -> str:
    """A checkpoint drawn as a point: a road or corridor's middle point (the cube layer is a point layer)."""
    import shapely

    g = shapely.from_wkt(wkt)
    return (g if g.geom_type == "Point" else g.representative_point()).wkt


def rows_from(stored: list[tuple]) -> LogRows:
    """Rows read back from a store (ROW_COLS order) as the import wrote them: for a copy to another store."""
    cols = list(zip(*stored)) if stored else [()] * len(ROW_COLS)
    get = dict(zip(ROW_COLS, cols))

    def text(name: str) -> np.ndarray:
        return np.array([v or "" for v in get[name]], dtype=object)

    observed = text("observed_at")
    return LogRows(row=np.array(get["row"], dtype=np.int64), observed_at=observed,
                   day=np.array([str(v)[:10] for v in observed], dtype="datetime64[D]").astype(np.int64),
                   checkpoint=text("checkpoint"), direction=text("direction"), towards=text("towards"),
                   unit=text("unit"), count=np.array([-1 if v is None else v for v in get["count"]], dtype=np.int64),
                   plate_country=text("plate_country"), note=text("note"), claimant=text("claimant"), url=text("url"))
