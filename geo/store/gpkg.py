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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import shapely
from filelock import FileLock, Timeout

from ..gazetteer import gazetteer_only as own_places
from ..model import Claim, Dataset, Mention, Place, Source
from . import rows as R
from . import sql as S
from .changes import Changes, HistoryEntry, diff
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


_q = S.q


def _touched(con: sqlite3.Connection) -> None:
    con.executemany("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                    "WHERE table_name = ?", [(t.name,) for t in R.TABLES])


def gpkg_db(con: sqlite3.Connection) -> S.Db:
    """The shared SQL's view of a GeoPackage connection."""
    blobs: dict = {}

    def encode(wkt):
        return blobs[wkt] if wkt in blobs else blobs.setdefault(wkt, encode_geometry(wkt))

    return S.Db(run=con.execute, run_many=con.executemany, geom_in="?", geom_out="geom", encode=encode,
                decode=decode_geometry, touched=lambda: _touched(con), user=local_user())


def local_user() -> str:
    """Who writes to a GeoPackage: the computer's account (a file has no accounts of its own)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


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
    backend = "gpkg"
    has_accounts = False  # a file has no users: whoever can open it can write it

    def __init__(self, path: Path = DEFAULT_STORE):
        from .gpkg_logs import GpkgLogs

        self.path = Path(path)
        self.read_only = False  # a dashboard served to others without accounts: every write is refused
        self._lock = _StoreLock(self.path, LOCK_TIMEOUT_S)
        self._gazetteer: tuple[tuple, tuple[Place, ...]] = ((), ())
        self.logs = GpkgLogs(self)

    @property
    def key(self) -> str:
        """The store's address: a cache key and what messages name."""
        return str(self.path)

    def identity(self) -> int:
        """Tells a store made anew at the same address from the old one (the file's inode)."""
        return self.path.stat().st_ino if self.exists() else 0

    def whoami(self) -> str:
        return local_user()

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
            return S.read_all(gpkg_db(con))

    def read(self) -> Dataset:
        ds, corrections = self.read_raw()
        return apply_corrections(ds, corrections)

    @staticmethod
    def _places(con: sqlite3.Connection, where: str = "", args: Sequence = ()) -> Iterator[Place]:
        return S.places(gpkg_db(con), where, args)

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
            return S.source(gpkg_db(con), source_id)

    def source_records(self, source_id: str) -> tuple[tuple[Mention, ...], tuple[Claim, ...]]:
        """One source's mentions and claims as stored (before corrections)."""
        with self._connect() as con:
            if not self._current(con):
                ds = self.read_raw()[0]
                return (tuple(m for m in ds.mentions if m.source_id == source_id),
                        tuple(c for c in ds.claims if c.source_id == source_id))
            return S.source_records(gpkg_db(con), source_id)

    # --- writing ----------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """The lock, then one SQLite transaction: committed when the block ends, rolled back on any error."""
        if self.read_only:
            from .pg import StoreDenied

            raise StoreDenied("this dashboard is read-only (served without accounts): nothing was changed")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        failed: BaseException | None = None
        with self._lock:
            self._upgrade_or_create()
            with self._connect() as con:
                con.execute("BEGIN IMMEDIATE")
                try:
                    if "created_by" not in {r[1] for r in con.execute("PRAGMA table_info(corrections)")}:
                        con.execute("ALTER TABLE corrections ADD COLUMN created_by TEXT")  # a store from before it
                    yield con
                    con.execute("COMMIT")
                except BaseException as exc:
                    if con.in_transaction:
                        try:
                            con.execute("ROLLBACK")  # SQLite's journal puts the file back as it was
                        except sqlite3.Error:
                            pass  # SQLite rolled back itself (a failed write ends the transaction)
                    if isinstance(exc, (OSError, sqlite3.OperationalError)) and _write_failure(exc):
                        failed = exc
                    else:
                        raise
            if failed is not None:  # the journal may be left "hot": a fresh reader rolls it back now
                _roll_back_hot_journal(self.path)
                raise StoreWriteError(self.path, failed, True) from None

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
        existed = self.exists()
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.stem}.", suffix=".tmp.gpkg", dir=self.path.parent)
        except OSError as exc:
            raise StoreWriteError(self.path, exc, existed) from None
        os.close(fd)
        try:
            if self.exists():
                os.chmod(tmp, self.path.stat().st_mode & 0o7777)  # a rewrite keeps the store's permissions
            con = sqlite3.connect(tmp, isolation_level=None)
            try:
                con.execute("BEGIN")
                _create_schema(con)
                S.apply(gpkg_db(con), Changes(sources=list(ds.sources), places=list(ds.places),
                                              mentions=list(ds.mentions), claims=list(ds.claims),
                                              corrections=list(corrections)))
                con.execute("COMMIT")
            finally:
                con.close()
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except (OSError, sqlite3.Error) as exc:  # a full disk: the new file goes, the old one was never touched
            raise StoreWriteError(self.path, exc, existed) from None
        finally:
            Path(tmp).unlink(missing_ok=True)

    def history(self, limit: int = 500, who: str | None = None) -> tuple[HistoryEntry, ...]:
        """What a file records: decisions (with the computer account that made them) and log imports. Ingests
        carry no time in a GeoPackage; a PostGIS store records every change."""
        entries = [HistoryEntry(k.created, k.created_by, k.action, k.target, k.target_id, k.value)
                   for k in self._corrections()]
        entries += [HistoryEntry(i.imported_at, "", "imported", "log", i.log_id, f"{i.file_name} ({i.rows} rows)")
                    for i in self.logs.imports()]
        entries = [e for e in entries if who is None or e.who == who]
        return tuple(sorted(entries[::-1], key=lambda e: str(e.at), reverse=True)[:limit])  # ties: the later first

    def _corrections(self) -> tuple[Correction, ...]:
        """The decisions alone: the History page need not read 10,000 claims to list them."""
        if not self.exists():
            return ()
        with self._connect() as con:
            if not self._current(con):
                return self.read_raw()[1]
            return tuple(R.correction_from(r) for r in con.execute("SELECT * FROM corrections ORDER BY fid"))

    def create(self) -> None:
        """An empty store at this path (for a copy into it)."""
        with self._lock:
            self._upgrade_or_create()

    def write(self, changes: Changes) -> bool:
        """Apply one set of changes in one transaction; nothing happens (the file is not touched) when empty."""
        if not changes:
            return False
        with self._writing() as con:
            S.apply(gpkg_db(con), changes)
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
            return S.replace_source(gpkg_db(con), source, places, mentions, claims)

    def add_correction(self, correction: Correction) -> None:
        stamped = replace(correction, created=correction.created or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                          created_by=correction.created_by or local_user())
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


class StoreWriteError(DatasetError):
    """The disk refused a write (full, or a quota): nothing was written, the store is as it was."""

    def __init__(self, path: Path, exc: BaseException, existed: bool):
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        super().__init__(f"the store {path} could not be written ({reason}; is the disk full?): this write "
                         + ("changed nothing, the store is as it was before it" if existed
                            else "made no store") + ". Free some space and try again.")


def _roll_back_hot_journal(path: Path) -> None:
    try:
        con = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        pass  # the next reader does it


def _write_failure(exc: BaseException) -> bool:
    """A failed write to the disk, as SQLite or the OS reports it (not a constraint or a programming error)."""
    text = str(exc).lower()
    return isinstance(exc, OSError) or any(w in text for w in ("disk", "full", "i/o", "readonly", "read-only"))


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


def open_gpkg(path: Path | None = None) -> GeoPackageStore:
    """A GeoPackage store, seeded on first use with the embedded seed and logs."""
    from .logs import seed_logs

    store = GeoPackageStore(Path(path or DEFAULT_STORE))
    store.ensure_seeded()
    seed_logs(store, DATA_DIR)  # the embedded logs, once per store (a store from before them gets them too)
    return store
