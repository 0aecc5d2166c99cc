"""The PostGIS backend: one database a team shares, through psycopg. The same records and SQL as the
GeoPackage (`sql`), with what a server adds: accounts are database roles and the database enforces what
each may do (migration 0003); every write is one transaction, retried when the server reports a
serialization failure or a deadlock; who changed what is recorded by the database (migration 0002); and a
revision number tells readers in one query whether anything changed.

The address is a URL without a password (`postgresql://host:port/db`): a password comes from the sign-in
form, PGPASSWORD or a ~/.pgpass file, never from a URL that ends up in shell history and logs."""
from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

import shapely

from ..gazetteer import gazetteer_only as own_places
from ..model import Claim, Dataset, Mention, Place, Source
from . import sql as S
from .changes import Changes, HistoryEntry, diff
from .corrections import Correction
from .seed import DATA_DIR, DatasetError, load_dataset

T = TypeVar("T")
RETRIES = 8
_WRITE_LOCK = 7_412_001  # the advisory lock an ingest takes to link against a settled set of claims


class StoreUnreachable(DatasetError):
    """The server did not answer (down, restarting, or the network): nothing was written."""


class StoreDenied(DatasetError):
    """The database refused: a wrong password, or an account that may not do this."""


def is_pg_address(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def _encode(wkt: str | None):
    return shapely.to_wkb(shapely.from_wkt(wkt), byte_order=1) if wkt else None


def pg_db(con, user: str = "") -> S.Db:
    """The shared SQL's view of a psycopg connection ('?' placeholders become '%s')."""

    def convert(statement: str) -> str:
        return statement.replace("%", "%%").replace("?", "%s")

    def run_many(statement: str, rows) -> None:
        rows = list(rows)
        if rows:
            con.cursor().executemany(convert(statement), rows)

    return S.Db(run=lambda statement, args=(): con.execute(convert(statement), args), run_many=run_many,
                geom_in="ST_GeomFromWKB(?, 4326)", geom_out="ST_AsBinary(geom) AS geom", encode=_encode,
                decode=S.wkb_to_wkt, user=user, con=con)


class PostGISStore:
    backend = "postgis"
    has_accounts = True

    def __init__(self, url: str, user: str | None = None, password: str | None = None, connect_timeout: int = 5,
                 no_password_fallback: bool = False):
        from psycopg.conninfo import conninfo_to_dict

        try:
            params = conninfo_to_dict(url)
        except Exception as exc:  # noqa: BLE001  (psycopg's ProgrammingError: a malformed address)
            raise DatasetError(f"not a PostgreSQL address: {str(exc)[:200]}") from None
        if "password" in params:
            raise DatasetError("the store address holds a password: give it at sign-in, in PGPASSWORD or in a "
                               "~/.pgpass file instead, never in a URL (it ends up in shell history and logs)")
        if user:
            params["user"] = user
        self._params = {**params, "connect_timeout": str(params.get("connect_timeout", connect_timeout)),
                        "application_name": "corridor-watch"}
        if no_password_fallback:  # neither the server process's PGPASSWORD nor its ~/.pgpass signs anyone in
            import os

            self._params["passfile"] = os.devnull
            password = password or None
            if password is None:
                raise StoreDenied("give the account's password to sign in")
        self._password = password
        host, port, db = params.get("host", "localhost"), params.get("port", "5432"), params.get("dbname", "")
        self.key = f"postgresql://{host}:{port}/{db}"  # no account in it: every account reads the same rows
        self.user = params.get("user", "")
        self.retries = 0  # serialization failures and deadlocks retried by this object (for the load figures)
        self._gazetteer: tuple[tuple, tuple[Place, ...]] = ((), ())
        from .pg_logs import PgLogs

        self.logs = PgLogs(self)

    # --- connections --------------------------------------------------------------
    def _kwargs(self) -> dict:
        kwargs = dict(self._params)
        if self._password is not None:
            kwargs["password"] = self._password
        return kwargs

    def _connect_once(self) -> None:
        import psycopg

        try:
            psycopg.connect(**self._kwargs()).close()
        except psycopg.OperationalError as exc:
            raise _connect_error(self.key, exc) from None

    def close(self) -> None:
        """Sign-out: this account's pooled connections are closed."""
        from .pg_pool import close_pool

        close_pool(self._kwargs())

    @contextmanager
    def connection(self, autocommit: bool = False):
        """A pooled connection as this account; the server's refusals and failures become messages."""
        import psycopg
        from psycopg_pool import PoolTimeout

        from .pg_pool import pool_for

        pool = pool_for(self._kwargs(), self._connect_once)
        try:
            with pool.connection() as con:
                # a pooled connection comes back idle, in whatever mode its last user left it
                con.autocommit, con.isolation_level, con.read_only = autocommit, None, None
                yield con
        except PoolTimeout:
            self._connect_once()  # says why: the server is down, or the password changed
            raise StoreUnreachable(f"the store at {self.key} has no free connection; try again") from None
        except psycopg.errors.InsufficientPrivilege as exc:
            raise StoreDenied(f"the database refused: {exc.diag.message_primary or exc} — your account "
                              f"({self.user or 'this account'}) may not do this") from None
        except psycopg.OperationalError as exc:
            if isinstance(exc, (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected)):
                raise
            raise StoreUnreachable(f"the store at {self.key} stopped answering ({_first_line(exc)}); nothing was "
                                   "written. It will be read again when it is back.") from None
        except psycopg.errors.UndefinedTable:
            raise DatasetError(f"{self.key} has no Corridor Watch tables: run `corridor-watch --store "
                               f"{self.key} store migrate` (or `team init`) first") from None

    @contextmanager
    def _reading(self) -> Iterator[S.Db]:
        """One consistent snapshot for a whole read."""
        from psycopg import IsolationLevel

        with self.connection() as con:
            con.isolation_level = IsolationLevel.REPEATABLE_READ
            con.read_only = True
            with con.transaction():
                yield pg_db(con)

    def run_write(self, work: Callable[[S.Db], T], *, lock: bool = False) -> T:
        """`work` in one transaction, run again from the start when the server reports a serialization failure
        or a deadlock (nothing of a failed attempt stays). `lock`: writers that link claims take turns."""
        import psycopg

        for attempt in range(RETRIES):
            try:
                with self.connection(autocommit=True) as con:
                    user = con.execute("SELECT current_user AS u").fetchone()["u"]
                    with con.transaction():
                        if lock:
                            con.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
                        return work(pg_db(con, user))
            except (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected):
                if attempt == RETRIES - 1:
                    raise DatasetError(f"the store at {self.key} stayed too busy to take this write after "
                                       f"{RETRIES} tries; nothing was written, try again") from None
                self.retries += 1
                time.sleep(random.uniform(0, 0.05 * 2 ** attempt))  # backoff with jitter, not a wait for anyone
        raise AssertionError("unreachable")

    # --- the store interface --------------------------------------------------------
    def exists(self) -> bool:
        return self.schema_version() > 0

    def identity(self) -> int:
        with self.connection(autocommit=True) as con:
            return con.execute("SELECT oid AS o FROM pg_database WHERE datname = current_database()").fetchone()["o"]

    def schema_version(self) -> int:
        with self.connection(autocommit=True) as con:
            found = con.execute("SELECT to_regclass('cw_migrations') IS NOT NULL AS t").fetchone()["t"]
            return con.execute("SELECT coalesce(max(version), 0) AS v FROM cw_migrations").fetchone()["v"] if found else 0

    def version(self) -> int:
        """The revision: moves once per committed write, whoever wrote. One indexed row."""
        with self.connection(autocommit=True) as con:
            return con.execute("SELECT n FROM cw_revision WHERE id = 1").fetchone()["n"]

    def whoami(self) -> str:
        with self.connection(autocommit=True) as con:
            return con.execute("SELECT current_user AS u").fetchone()["u"]

    def role(self) -> str:
        """The strongest team role this account has: lead, analyst, viewer, or owner (the database's owner)."""
        with self.connection(autocommit=True) as con:
            r = con.execute(
                "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR pg_has_role(current_user, "
                "(SELECT datdba FROM pg_database WHERE datname = current_database()), 'member') AS owner, "
                + ", ".join(f"coalesce((SELECT pg_has_role(current_user, oid, 'member') FROM pg_roles "
                            f"WHERE rolname = 'cw_{g}'), false) AS {g}" for g in ("lead", "analyst", "viewer"))
            ).fetchone()
        return next((name for name in ("owner", "lead", "analyst", "viewer") if r[name]), "none")

    def read_raw(self) -> tuple[Dataset, tuple[Correction, ...]]:
        with self._reading() as db:
            return S.read_all(db)

    def read(self) -> Dataset:
        from .corrections import apply_corrections

        return apply_corrections(*self.read_raw())

    def places(self, gazetteer_only: bool = False) -> tuple[Place, ...]:
        with self._reading() as db:
            if not gazetteer_only:
                return tuple(S.places(db))
            own = "WHERE place_id NOT LIKE 'gn-%' AND place_id NOT LIKE 'analyst-%'"
            row = next(iter(db.run(f"SELECT count(*) AS n, max(fid) AS m FROM places {own}", ())))
            stamp = (row["n"], row["m"])
            if self._gazetteer[0] != stamp:  # read once per object while unchanged: a bulk ingest asks per report
                self._gazetteer = (stamp, tuple(S.places(db, own)))
        return own_places(self._gazetteer[1])

    def source(self, source_id: str) -> Source | None:
        with self._reading() as db:
            return S.source(db, source_id)

    def source_records(self, source_id: str) -> tuple[tuple[Mention, ...], tuple[Claim, ...]]:
        with self._reading() as db:
            return S.source_records(db, source_id)

    def create(self) -> None:
        from .migrate import migrate

        migrate(self)

    def write(self, changes: Changes) -> bool:
        if not changes:
            return False
        self.run_write(lambda db: S.apply(db, changes), lock=True)
        return True

    @contextmanager
    def transaction(self):
        """The whole dataset to change in memory; what changed is written as one transaction. For tools and
        tests: another writer's change between the read and the write is kept, not overwritten, unless this
        one changes the same rows."""
        from .gpkg import _Txn

        current = self.read_raw()
        txn = _Txn(*current)
        yield txn
        self.write(diff(current[0], current[1], txn.dataset, txn.corrections))

    def replace_source(self, source: Source, places: Sequence[Place], mentions: Sequence[Mention],
                       claims: Sequence[Claim]) -> tuple[Claim, ...]:
        return self.run_write(lambda db: S.replace_source(db, source, places, mentions, claims), lock=True)

    def add_correction(self, correction: Correction) -> None:
        from dataclasses import replace

        stamped = replace(correction, created=correction.created or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        self.write(Changes(corrections=[stamped]))  # created_by: the database's current_user (sql.apply)

    def ensure_seeded(self, data_dir=DATA_DIR) -> None:
        """A migrated database with no sources and never seeded gets the embedded seed (as its owner)."""
        if self.schema_version() == 0:
            raise DatasetError(f"{self.key} has no Corridor Watch tables: run `corridor-watch --store {self.key} "
                               "team init` (or `store migrate`) first")
        if self.logs.meta("seeded") is not None:
            return
        seed = load_dataset(data_dir)

        def work(db: S.Db) -> None:
            if next(iter(db.run("SELECT count(*) AS n FROM sources", ())))["n"] == 0:
                S.apply(db, Changes(sources=list(seed.sources), places=list(seed.places),
                                    mentions=list(seed.mentions), claims=list(seed.claims)))
            db.run("INSERT INTO cw_meta VALUES ('seeded', ?) ON CONFLICT (key) DO NOTHING",
                   (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),))

        self.run_write(work, lock=True)

    def history(self, limit: int = 500, who: str | None = None) -> tuple[HistoryEntry, ...]:
        with self._reading() as db:
            where, args = ("WHERE who = ?", (who,)) if who else ("", ())
            return tuple(HistoryEntry(r["at"], r["who"], r["action"], r["target"], r["target_id"], r["detail"])
                         for r in db.run(f"SELECT * FROM cw_history {where} ORDER BY at DESC, fid DESC LIMIT ?",
                                         (*args, int(limit))))


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _connect_error(key: str, exc: Exception) -> DatasetError:
    text = str(exc)
    if "no password supplied" in text:
        return StoreDenied(f"{key} asks for a password: set PGPASSWORD or a ~/.pgpass line (the CLI), or sign in "
                           "(the dashboard)")
    if "password authentication failed" in text:
        return StoreDenied(f"{key} refused the sign-in: wrong account name or password")
    if "does not exist" in text and "role" in text:
        return StoreDenied(f"{key} refused the sign-in: wrong account name or password")
    if "database" in text and "does not exist" in text:
        return DatasetError(f"{key}: no such database")
    return StoreUnreachable(f"the store at {key} cannot be reached ({_first_line(exc)}); is the server running?")
