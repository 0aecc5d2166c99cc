"""A store's logs, whichever the backend: `log_imports` (one record per imported file), `log_rows` (the rows
as checked) and `log_cube` (the daily cube, a point layer on each checkpoint, so QGIS maps it too). An import
is one transaction: a failure leaves no part of it. Each backend keeps its SQL in its own module
(`gpkg_logs`, `pg_logs`) behind `store.logs`."""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ..logs.cube import CubeCells, DailyCube, build_cells
from ..logs.model import LogImport, LogMeta, LogRead, SeriesKey, day_date
from .logs_common import log_id_for, rows_from

__all__ = ["delete_log", "find_import", "import_log", "log_id_for", "log_imports", "read_cube", "seed_logs"]

_CACHE: dict[tuple[str, object], DailyCube] = {}
_SEEDED: set[tuple] = set()  # (store key, identity, manifest digest) this process has seen seeded


def log_imports(store) -> tuple[LogImport, ...]:
    return store.logs.imports()


def find_import(store, sha256: str) -> LogImport | None:
    return next((i for i in log_imports(store) if i.sha256 == sha256), None)


def import_log(store, read: LogRead, meta: LogMeta, *,
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
    days = rows.day
    record = LogImport(log_id=log_id, source=meta.source, claimant=meta.claimant, reliability=meta.reliability,
                       measure=meta.measure, file_name=read.file_name, sha256=read.sha256, rows=len(rows),
                       skipped=len({p.row for p in read.problems}),
                       first_day=day_date(days.min()) if len(days) else None,
                       last_day=day_date(days.max()) if len(days) else None,
                       imported_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    landed = store.logs.write(record, rows, cells, {p.place_id: p for p in store.places()}, step)
    if landed is not None:
        return landed, False  # another writer landed it while we read
    step(1.0, "written")
    return record, True


def copy_logs(source, target) -> int:
    """Every log of one store into another, each as its own import (records, rows, cube); returns logs copied."""
    done = 0
    places = {p.place_id: p for p in target.places()}
    have = {i.sha256 for i in target.logs.imports()}
    for imp in source.logs.imports():
        if imp.sha256 in have:
            continue
        rows = rows_from(source.logs.rows(imp.log_id))
        cells = build_cells(rows, imp.log_id, imp.claimant, imp.measure)
        done += target.logs.write(imp, rows, cells, places, lambda f, s: None) is None
    return done


def read_cube(store) -> DailyCube:
    """Every log's cube, cached per store version: read once after each write, not per slider move."""
    version = store.version()
    cached = _CACHE.get((store.key, version))
    if cached is not None:
        return cached
    imports = {i.log_id: i for i in log_imports(store)}
    if not imports:
        return DailyCube.empty()
    parts = []
    for log_id, rows in store.logs.cube_rows(imports).items():
        imp = imports[log_id]
        index: dict[tuple, int] = {}
        key = np.array([index.setdefault(tuple(r[:5]), len(index)) for r in rows], dtype=np.int64)
        day = np.array([str(r[5]) for r in rows], dtype="datetime64[D]").astype(np.int64)
        nums = np.array([r[6:] for r in rows], dtype=np.int64).reshape(-1, 3)
        keys = tuple(SeriesKey(log_id, *k) for k in index)
        cells = CubeCells(keys, key, day, nums[:, 0], nums[:, 1], nums[:, 2])
        parts.append((cells, imp.measure, imp.source))  # the claimants are each series' own
    cube = DailyCube.from_cells(parts)
    _CACHE.clear()  # one store version at a time: the old cube is stale
    _CACHE[(store.key, version)] = cube
    return cube


def delete_log(store, log_id: str) -> bool:
    """Remove one imported log (its rows, cube and record) in one transaction."""
    return store.logs.delete(log_id)


def seed_logs(store, data_dir: Path) -> int:
    """The embedded logs (data/logs/logs.json) into a store, once: the store records which manifest it took, so
    a log an analyst deleted does not come back, and a new version's logs are added. Returns logs imported."""
    from ..logs.read import read_log
    from .seed import DatasetError

    manifest = data_dir / "logs" / "logs.json"
    if not manifest.is_file():
        return 0
    digest = hashlib.sha256(manifest.read_bytes()).hexdigest()
    # the store's identity too: a store deleted and made anew at the same path is seeded again
    seen = (store.key, store.identity(), digest)
    if seen in _SEEDED:
        return 0  # checked already by this process: every page run opens the store, and this is its hot path
    if not store.logs.current():
        return 0  # damaged, foreign or older: the first read says what is wrong, or the first write upgrades
    if store.logs.meta("embedded_logs") == digest:
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
    store.logs.set_meta("embedded_logs", digest)
    _SEEDED.add(seen)
    return done
