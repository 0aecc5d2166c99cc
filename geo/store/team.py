"""Accounts on a PostGIS store are database roles: three groups (migration 0003) and a login role per person,
with a SCRAM-SHA-256 password. The password's verifier is computed here (libpq's PQencryptPasswordConn), so
the password itself never travels in an SQL statement a server log could record."""
from __future__ import annotations

import re
from dataclasses import dataclass

ROLES = ("viewer", "analyst", "lead")
_NAME = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")


@dataclass(frozen=True)
class Account:
    name: str
    role: str  # viewer, analyst or lead
    can_login: bool


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name or "") or name.startswith(("pg_", "cw_")):
        raise ValueError(f"{name[:70]!r} is not an account name: lower-case letters, digits, _ . - (up to 63), "
                         "starting with a letter; not pg_… or cw_…")
    return name


def check_password(password: str) -> str:
    if len(password) < 10:
        raise ValueError("a password has at least 10 characters")
    if len(password) > 1000 or "\x00" in password:
        raise ValueError("a password has at most 1,000 characters and no NUL")
    return password


def _verifier(con, name: str, password: str) -> str:
    return con.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()


def add_user(store, name: str, role: str, password: str) -> Account:
    """A login role in one of the groups. A lead may create accounts (CREATEROLE, and the groups with admin
    option), so a lead can add the team without the database's owner."""
    from psycopg import sql

    check_name(name)
    check_password(password)
    if role not in ROLES:
        raise ValueError(f"--role {role!r}: choose {', '.join(ROLES)}")
    with store.connection(autocommit=True) as con:
        if con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise ValueError(f"an account {name!r} exists already (team set-password changes its password)")
        with con.transaction():
            con.execute(sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
                sql.Identifier(name), sql.SQL("CREATEROLE" if role == "lead" else "NOCREATEROLE"),
                sql.Literal(_verifier(con, name, password))))
            if role == "lead":
                con.execute(sql.SQL("GRANT cw_viewer, cw_analyst, cw_lead TO {} WITH ADMIN OPTION").format(
                    sql.Identifier(name)))
            else:
                con.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(f"cw_{role}"), sql.Identifier(name)))
    return Account(name, role, True)


def set_password(store, name: str, password: str) -> None:
    from psycopg import sql

    check_name(name)
    check_password(password)
    with store.connection(autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise ValueError(f"no account {name!r}")
        con.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name),
                                                                  sql.Literal(_verifier(con, name, password))))


def remove_user(store, name: str) -> None:
    """The account goes; what it did stays in the history under its name."""
    from psycopg import sql

    check_name(name)
    with store.connection(autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise ValueError(f"no account {name!r}")
        con.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def accounts(store) -> tuple[Account, ...]:
    with store.connection(autocommit=True) as con:
        rows = con.execute(
            "SELECT r.rolname AS name, r.rolcanlogin AS login, "
            + ", ".join(f"pg_has_role(r.oid, '{g}', 'member') AS {g}" for g in ("cw_lead", "cw_analyst", "cw_viewer"))
            + " FROM pg_roles r WHERE r.rolname NOT LIKE 'cw\\_%' AND r.rolname NOT LIKE 'pg\\_%' AND "
            "pg_has_role(r.oid, 'cw_viewer', 'member') AND NOT r.rolsuper ORDER BY r.rolname").fetchall()
    return tuple(Account(r["name"], next(g.removeprefix("cw_") for g in ("cw_lead", "cw_analyst", "cw_viewer") if r[g]),
                         r["login"]) for r in rows)


def init_team(store, seed: bool = True) -> list:
    """Migrations (the tables, the history, the groups and what each may do), then the embedded seed."""
    from .logs import seed_logs
    from .migrate import migrate
    from .seed import DATA_DIR

    applied = migrate(store)
    if seed:
        store.ensure_seeded()
        seed_logs(store, DATA_DIR)
    return applied
