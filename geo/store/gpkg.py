"""The GeoPackage backend: one file that QGIS opens as layers (sources, places, mentions, claims,
corrections), written with the standard library's sqlite3 as a GeoPackage 1.3 (a GeoPackage is an SQLite
database). A write is one SQLite transaction of inserts, updates and deletes: a crash or an error mid-write
leaves the store as it was (SQLite's journal rolls it back), and writers queue on a lock file, held only
while writing. Only creating the file, or upgrading one written by an older version, writes a whole file,
beside the old one, and renames it over."""
from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import shapely
from filelock import FileLock, Timeout

from ..gazetteer import gazetteer_only as own_places
from ..link import relink
from ..model import Claim, Dataset, Mention, Place, Source
from . import rows as R
from .changes import Changes, diff
from .corrections import Correction, apply_corrections
from .seed import DATA_DIR, DatasetError, load_dataset

DEFAULT_STORE = DATA_DIR / "store" / "corridor-watch.gpkg"
LAYERS = tuple(t.name for t in R.TABLES)
LOCK_TIMEOUT_S = 120
SCHEMA_VERSION = 2  # 1: files written whole by GDAL (read, and upgraded on the first write)
_WGS84 = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
          'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
          'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]')
_GP_HEADER = b"GP\x00\x01" + (4326).to_bytes(4, "little")  # version 0, little-endian, no envelope, EPSG:4326
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def encode_geometry(wkt: str | None) -> bytes | None:
    """A GeoPackage geometry blob: the standard header, then WKB."""
    return None if not wkt else _GP_HEADER + shapely.to_wkb(shapely.from_wkt(wkt), byte_order=1)


def decode_geometry(blob: bytes | None) -> str | None:
    if not blob:
        return None
    envelope = (blob[3] >> 1) & 0x07
    return shapely.from_wkb(bytes(blob[8 + _ENVELOPE_BYTES.get(envelope, 0):])).wkt


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_schema(con: sqlite3.Connection) -> None:
    con.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
    con.execute("PRAGMA user_version = 10300")
    for statement in """
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
            organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
            description TEXT);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
        CREATE TABLE cw_store (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """.split(";")[:-1]:  # not executescript: it would commit the transaction this runs in
        con.execute(statement)
    con.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", [
        ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
        ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
        ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84, "longitude/latitude coordinates in decimal degrees"),
    ])
    con.execute("INSERT INTO cw_store VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    for t in R.TABLES:
        cols = ", ".join(f"{_q(n)} {kind}" for n, kind in t.columns if n != "fid")
        geom = ", geom BLOB" if t.spatial else ""
        con.execute(f"CREATE TABLE {_q(t.name)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL{geom}, {cols})")
        con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, ?, ?, ?)",
                    (t.name, "features" if t.spatial else "attributes", t.name, 4326 if t.spatial else None))
        if t.spatial:
            con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'GEOMETRY', 4326, 0, 0)", (t.name,))
        if t.key != "fid":
            con.execute(f"CREATE UNIQUE INDEX {_q(t.name + '_key')} ON {_q(t.name)} ({_q(t.key)})")
    con.execute("CREATE INDEX mentions_source ON mentions (source_id)")
    con.execute("CREATE INDEX claims_source ON claims (source_id)")
    for role in ("place", "destination", "origin", "via"):  # the linker's candidates: a place, a kind, dates
        con.execute(f"CREATE INDEX claims_by_{role} ON claims ({role}, kind, date_start)")


class GeoPackageStore:
    def __init__(self, path: Path = DEFAULT_STORE):
        self.path = Path(path)
        self._lock = _StoreLock(self.path, LOCK_TIMEOUT_S)
        self._gazetteer: tuple[tuple, tuple[Place, ...]] = ((), ())

    def exists(self) -> bool:
        return self.path.is_file()

    def version(self) -> int:
        """Changes whenever a write commits (the file is written in place): a cache key for readers."""
        return self.path.stat().st_mtime_ns if self.exists() else 0

    # --- reading ----------------------------------------------------------------
    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if not self.exists():
            raise DatasetError(f"no store at {self.path}")
        try:
            con = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise DatasetError(f"{self.path} cannot be opened as a store: {exc}") from None
        con.row_factory = sqlite3.Row  # by column name, built in C
        try:
            yield con
        except sqlite3.DatabaseError as exc:
            raise DatasetError(f"{self.path} is not a readable Corridor Watch store: {exc}") from None
        finally:
            con.close()

    def _current(self, con: sqlite3.Connection) -> bool:
        try:
            row = con.execute("SELECT value FROM cw_store WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:
            return False
        return row is not None and int(row["value"]) == SCHEMA_VERSION

    def read_raw(self) -> tuple[Dataset, tuple[Correction, ...]]:
        try:
            return self._read_raw()
        except DatasetError:
            raise  # already says what is wrong with the file
        except (KeyError, ValueError, TypeError) as exc:
            raise DatasetError(f"{self.path} holds a record this version cannot read ({exc}); the file may be "
                               "damaged or written by a newer version") from None

    def _read_raw(self) -> tuple[Dataset, tuple[Correction, ...]]:
        with self._connect() as con:
            if not self._current(con):
                from .legacy import read_legacy

                return read_legacy(self.path)
            sources = tuple(R.source_from(r) for r in con.execute("SELECT * FROM sources ORDER BY fid"))
            places = tuple(self._places(con))
            mentions = tuple(R.mention_from(r) for r in con.execute(
                f"SELECT {', '.join(map(_q, R.MENTIONS.names))} FROM mentions ORDER BY fid"))
            claims = tuple(R.claim_from(r) for r in con.execute(
                f"SELECT {', '.join(map(_q, R.CLAIMS.names))} FROM claims ORDER BY fid"))
            corrections = tuple(R.correction_from(r) for r in con.execute("SELECT * FROM corrections ORDER BY fid"))
        return Dataset(sources, places, claims, mentions), corrections

    def read(self) -> Dataset:
        ds, corrections = self.read_raw()
        return apply_corrections(ds, corrections)

    @staticmethod
    def _places(con: sqlite3.Connection, where: str = "", args: Sequence = ()) -> Iterator[Place]:
        for r in con.execute(f"SELECT * FROM places {where} ORDER BY fid", args):
            yield R.place_from(r, decode_geometry(r["geom"]))

    def places(self, gazetteer_only: bool = False) -> tuple[Place, ...]:
        """The stored places, without the rest; `gazetteer_only`: not those GeoNames or an analyst added
        (the geoparser's own gazetteer)."""
        with self._connect() as con:
            if not self._current(con):
                places = self.read_raw()[0].places
            elif gazetteer_only:
                # read once per process while unchanged: a bulk ingest asks before every report
                own = "WHERE place_id NOT LIKE 'gn-%' AND place_id NOT LIKE 'analyst-%'"
                stamp = tuple(con.execute(f"SELECT count(*), max(fid) FROM places {own}").fetchone())
                if self._gazetteer[0] != stamp:
                    self._gazetteer = (stamp, tuple(self._places(con, own)))
                places = self._gazetteer[1]
            else:
                places = tuple(self._places(con))
        return own_places(places) if gazetteer_only \
            else places

    def source(self, source_id: str) -> Source | None:
        with self._connect() as con:
            if not self._current(con):
                return self.read_raw()[0].sources_by_id.get(source_id)
            row = con.execute("SELECT * FROM sources WHERE source_id = ?", (source_id,)).fetchone()
            return R.source_from(row) if row else None

    def source_records(self, source_id: str) -> tuple[tuple[Mention, ...], tuple[Claim, ...]]:
        """One source's mentions and claims as stored (before corrections)."""
        with self._connect() as con:
            if not self._current(con):
                ds = self.read_raw()[0]
                return (tuple(m for m in ds.mentions if m.source_id == source_id),
                        tuple(c for c in ds.claims if c.source_id == source_id))
            mentions = tuple(R.mention_from(r) for r in con.execute(
                f"SELECT {', '.join(map(_q, R.MENTIONS.names))} FROM mentions WHERE source_id = ? ORDER BY fid",
                (source_id,)))
            claims = tuple(R.claim_from(r) for r in con.execute(
                f"SELECT {', '.join(map(_q, R.CLAIMS.names))} FROM claims WHERE source_id = ? ORDER BY fid",
                (source_id,)))
        return mentions, claims

    # --- writing ----------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """The lock, then one SQLite transaction: committed when the block ends, rolled back on any error."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._upgrade_or_create()
            with self._connect() as con:
                con.execute("BEGIN IMMEDIATE")
                try:
                    yield con
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                con.execute("COMMIT")

    def _upgrade_or_create(self, seed: Dataset | None = None) -> None:
        """A missing store is created (empty, or from a seed); one an older version wrote whole is rewritten
        in this format once. Both write a complete file beside the old one and rename it over."""
        for stale in self.path.parent.glob(f".{self.path.stem}.*.tmp.gpkg"):
            stale.unlink(missing_ok=True)  # left by a writer that died; we hold the lock, so it is no one's
        if self.exists():
            with self._connect() as con:
                if self._current(con):
                    return
            ds, corrections = self.read_raw()
        else:
            ds, corrections = seed or Dataset((), (), (), ()), ()
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.stem}.", suffix=".tmp.gpkg", dir=self.path.parent)
        os.close(fd)
        try:
            if self.exists():
                os.chmod(tmp, self.path.stat().st_mode & 0o7777)  # a rewrite keeps the store's permissions
            con = sqlite3.connect(tmp, isolation_level=None)
            try:
                con.execute("BEGIN")
                _create_schema(con)
                _apply(con, Changes(sources=list(ds.sources), places=list(ds.places), mentions=list(ds.mentions),
                                    claims=list(ds.claims), corrections=list(corrections)))
                con.execute("COMMIT")
            finally:
                con.close()
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        finally:
            Path(tmp).unlink(missing_ok=True)

    def write(self, changes: Changes) -> bool:
        """Apply one set of changes in one transaction; nothing happens (the file is not touched) when empty."""
        if not changes:
            return False
        with self._writing() as con:
            _apply(con, changes)
        return True

    @contextmanager
    def transaction(self):
        """The whole dataset to change in memory; what changed is written as one transaction of inserts and
        deletes (nothing when nothing changed). For tests, tools and bulk rewrites; ingest writes only its
        source through `replace_source`."""
        with self._lock:
            current = self.read_raw() if self.exists() else (Dataset((), (), (), ()), ())
            txn = _Txn(*current)
            yield txn
            if not self.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._upgrade_or_create()
            self.write(diff(current[0], current[1], txn.dataset, txn.corrections))  # the lock is re-entrant

    def replace_source(self, source: Source, places: Sequence[Place], mentions: Sequence[Mention],
                       claims: Sequence[Claim]) -> tuple[Claim, ...]:
        """One ingest: the source's rows replace what an earlier ingest of it wrote; its claims are linked
        to the stored claims found through the index (kind, date, place), and only the stored claims whose
        links or status change are updated. Returns the source's claims as linked."""
        with self._writing() as con:
            old = [R.claim_from(r) for r in con.execute(
                f"SELECT {', '.join(map(_q, R.CLAIMS.names))} FROM claims WHERE source_id = ?", (source.source_id,))]
            removed = {c.claim_id for c in old}
            focus = {c.claim_id: c for c in _candidates(con, claims, source.source_id)}
            for c in _claims_by_id(con, {i for c in old for i in c.linked} - removed - set(focus)):
                focus[c.claim_id] = c  # linked to a claim this ingest replaces: its links change
            context = _claims_by_id(con, {i for c in focus.values() for i in c.linked} - removed - set(focus))
            linked, changed = relink(claims, tuple(focus.values()), context, removed)
            _apply(con, Changes(drop_sources={source.source_id}, sources=[source], places=list(places),
                                mentions=list(mentions), claims=list(linked)))
            con.executemany("UPDATE claims SET status = ?, linked = ? WHERE claim_id = ?",
                            [(c.status, R.claim_store_row(c)["linked"], c.claim_id) for c in changed])
        return linked

    def add_correction(self, correction: Correction) -> None:
        stamped = replace(correction, created=correction.created or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        self.write(Changes(corrections=[stamped]))

    def ensure_seeded(self, data_dir: Path = DATA_DIR) -> None:
        """The embedded seed becomes the store's first source."""
        if self.exists():
            return
        seed = load_dataset(data_dir)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            if not self.exists():
                self._upgrade_or_create(seed)


class StoreBusyError(DatasetError):
    """Another writer held the store's lock for the whole timeout: nothing was written."""


class _StoreLock:
    """The store's file lock; a wait that runs out is a message, not a traceback."""

    def __init__(self, path: Path, timeout: float):
        self.path, self._lock = path, FileLock(str(path) + ".lock", timeout=timeout)

    def __enter__(self) -> "_StoreLock":
        try:
            self._lock.acquire()
        except Timeout:
            raise StoreBusyError(f"{self.path} is busy: another writer has held it for {self._lock.timeout:g} s; "
                                 "nothing was written, try again in a moment") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


@dataclass
class _Txn:
    dataset: Dataset
    corrections: tuple[Correction, ...]


def _claims_by_id(con: sqlite3.Connection, ids: Iterable[str]) -> tuple[Claim, ...]:
    ids = sorted(ids)
    out = []
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        out += [R.claim_from(r) for r in con.execute(
            f"SELECT {', '.join(map(_q, R.CLAIMS.names))} FROM claims WHERE claim_id IN ({','.join('?' * len(part))})",
            part)]
    return tuple(out)


def _candidates(con: sqlite3.Connection, claims: Sequence[Claim], source_id: str) -> list[Claim]:
    """Stored claims of other sources that may be the same event as one of these: same kind and unit, a
    place in common, dates that meet. One query per (kind, unit, place) the new claims name."""
    buckets: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        if c.is_dated:
            for p in {c.origin, c.destination, c.via, c.place} - {None}:
                buckets.setdefault((c.kind, c.unit or "", p), []).append(c)
    found: dict[str, Claim] = {}
    cols = ", ".join(map(_q, R.CLAIMS.names))
    # one index lookup per role the place may play (each role has an index on role, kind, date_start)
    sql = " UNION ".join(
        f"SELECT {cols} FROM claims WHERE {role} = :place AND kind = :kind AND date_start <= :end "
        "AND date_end >= :start AND coalesce(unit, '') = :unit AND source_id != :source"
        for role in ("place", "destination", "origin", "via"))
    for (kind, unit, place), group in buckets.items():
        start = min(c.date_start for c in group)
        end = max(c.date_end or c.date_start for c in group)
        for r in con.execute(sql, {"place": place, "kind": kind, "end": end.isoformat(), "start": start.isoformat(),
                                   "unit": unit, "source": source_id}):
            if r["claim_id"] not in found:  # sqlite3.Row
                found[r["claim_id"]] = R.claim_from(r)
    return list(found.values())


def _wkts(con: sqlite3.Connection, ids: set[str], new: Mapping[str, Place]) -> dict[str, Place]:
    """The places rows refer to: those being added, and the stored ones (read once)."""
    missing = sorted(ids - set(new))
    places = dict(new)
    for i in range(0, len(missing), 500):
        part = missing[i:i + 500]
        for p in GeoPackageStore._places(con, f"WHERE place_id IN ({','.join('?' * len(part))})", part):
            places.setdefault(p.place_id, p)
    return places


def _insert(con: sqlite3.Connection, table: R.Table, rows: list[dict], wkts: list[str | None] | None,
            conflict: str = "") -> None:
    cols = list(table.names) if table.key != "fid" else [n for n in table.names if n != "fid"]
    blobs: dict[str | None, bytes | None] = {}
    values = []
    for i, row in enumerate(rows):
        v = [row.get(c) for c in cols]
        if wkts is not None:
            w = wkts[i]
            v.append(blobs[w] if w in blobs else blobs.setdefault(w, encode_geometry(w)))
        values.append(v)
    names = [*cols, *(["geom"] if wkts is not None else [])]
    con.executemany(f"INSERT {conflict} INTO {_q(table.name)} ({', '.join(map(_q, names))}) "
                    f"VALUES ({', '.join('?' * len(names))})", values)


def _apply(con: sqlite3.Connection, ch: Changes) -> None:
    for sid in sorted(ch.drop_sources):
        for table in ("mentions", "claims", "sources"):
            con.execute(f"DELETE FROM {table} WHERE source_id = ?", (sid,))
    for name, keys in ch.delete.items():
        table = next(t for t in R.TABLES if t.name == name)
        con.executemany(f"DELETE FROM {_q(name)} WHERE {_q(table.key)} = ?", [(k,) for k in sorted(keys)])
    if ch.replace_corrections:
        con.execute("DELETE FROM corrections")
    new_places = {p.place_id: p for p in ch.places}
    referenced = {m.place_id for m in ch.mentions if m.place_id} | {
        p for c in ch.claims for p in (c.via, c.place, c.destination, c.origin) if p}
    places = _wkts(con, referenced, new_places)
    _insert(con, R.SOURCES, [R.source_row(s) for s in ch.sources], None)
    _insert(con, R.PLACES, [R.place_row(p) for p in ch.places], [p.wkt for p in ch.places], "OR IGNORE")
    _insert(con, R.MENTIONS, [R.mention_row(m) for m in ch.mentions], [R.mention_wkt(m, places) for m in ch.mentions])
    _insert(con, R.CLAIMS, [R.claim_store_row(c) for c in ch.claims], [R.claim_wkt(c, places) for c in ch.claims])
    _insert(con, R.CORRECTIONS, [R.correction_row(k) for k in ch.corrections], None)
    touched = [t.name for t in R.TABLES]
    con.executemany("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                    "WHERE table_name = ?", [(t,) for t in touched])


def open_store(path: Path | None = None) -> GeoPackageStore:
    """The store the app and CLI use: CORRIDOR_WATCH_STORE, else data/store/corridor-watch.gpkg; seeded on first use."""
    from .logs import seed_logs

    store = GeoPackageStore(Path(path or os.environ.get("CORRIDOR_WATCH_STORE", DEFAULT_STORE)))
    store.ensure_seeded()
    seed_logs(store, DATA_DIR)  # the embedded logs, once per store (a store from before them gets them too)
    return store
