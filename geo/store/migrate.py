"""Versioned migrations for the PostGIS store: numbered SQL files in `migrations/`, applied in order, each in
its own transaction, and recorded in `cw_migrations` (version, name, who, when). Two people migrating at once
take turns on an advisory lock; a file that fails leaves the database at the version before it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_LOCK = 7_412_000


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path


def migrations(folder: Path = MIGRATIONS) -> tuple[Migration, ...]:
    found = []
    for path in sorted(folder.glob("*.sql")):
        m = re.fullmatch(r"(\d{4})_([a-z0-9_]+)\.sql", path.name)
        if m is None:
            raise ValueError(f"{path.name}: a migration is named NNNN_name.sql")
        found.append(Migration(int(m[1]), m[2], path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise ValueError(f"migrations must be numbered 1, 2, 3 … without gaps: {versions}")
    return tuple(found)


def migrate(store, folder: Path = MIGRATIONS) -> list[Migration]:
    """Apply what the database lacks; returns the migrations applied (none when it is current)."""
    import psycopg

    applied = []
    with store.connection(autocommit=True) as con:
        con.execute("SELECT pg_advisory_lock(%s)", (_LOCK,))
        try:
            if con.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone() is None:
                try:
                    con.execute("CREATE EXTENSION postgis")
                except psycopg.Error as exc:
                    raise ValueError(f"{store.key} has no PostGIS and this account cannot add it "
                                     f"({exc.diag.message_primary}): ask the server's administrator to run "
                                     "CREATE EXTENSION postgis in this database") from None
            con.execute("CREATE TABLE IF NOT EXISTS cw_migrations (version integer PRIMARY KEY, name text NOT NULL, "
                        "applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT current_user)")
            done = {r["version"] for r in con.execute("SELECT version FROM cw_migrations")}
            for m in migrations(folder):
                if m.version in done:
                    continue
                with con.transaction():
                    con.execute(m.path.read_text(encoding="utf-8"))
                    con.execute("INSERT INTO cw_migrations (version, name) VALUES (%s, %s)", (m.version, m.name))
                applied.append(m)
        finally:
            con.execute("SELECT pg_advisory_unlock(%s)", (_LOCK,))
    return applied
