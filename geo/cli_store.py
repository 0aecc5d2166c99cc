"""corridor-watch store | team | history: the store itself, a team's accounts, and who changed what.

    corridor-watch --store URL store migrate         apply the numbered migrations the database lacks
    corridor-watch store copy FROM TO                a dataset between a GeoPackage and PostGIS, either way
    corridor-watch store info                        backend, schema version, revision, counts, your account
    corridor-watch --store URL team init [--empty]   migrations, the three groups, and the embedded seed
    corridor-watch --store URL team add-user NAME --role viewer|analyst|lead   (asks for the password)
    corridor-watch --store URL team set-password NAME | remove-user NAME | list
    corridor-watch history [--who NAME] [--limit N]

Passwords are asked for at a prompt (twice), or read from the first line of standard input with
--password-stdin; never from an argument or a URL. The account that runs a command is libpq's: PGUSER, and
PGPASSWORD or ~/.pgpass.
"""
from __future__ import annotations

import argparse
import sys


def _pg(args: argparse.Namespace):
    from .store import PostGISStore, is_pg_address, store_address

    address = store_address(args.store)
    if not is_pg_address(str(address)):
        raise ValueError("team commands need a PostgreSQL store: --store postgresql://host:port/database "
                         "(a GeoPackage has no accounts)")
    return PostGISStore(str(address))


def _any(address: str):
    from pathlib import Path

    from .store import GeoPackageStore, PostGISStore, is_pg_address

    if is_pg_address(address):
        return PostGISStore(address)
    return GeoPackageStore(Path(address))


def _password(args: argparse.Namespace, name: str) -> str:
    import getpass

    if args.password_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    first = getpass.getpass(f"password for {name}: ")
    if getpass.getpass("again: ") != first:
        raise ValueError("the two passwords differ; nothing was changed")
    return first


def _migrate(args: argparse.Namespace) -> int:
    from .store.migrate import migrate, migrations

    store = _pg(args)
    applied = migrate(store)
    latest = migrations()[-1].version
    print(f"{store.key}: applied {', '.join(f'{m.version:04d}_{m.name}' for m in applied)}; now at version {latest}"
          if applied else f"{store.key}: up to date (version {latest})")
    return 0


def _copy(args: argparse.Namespace) -> int:
    from .store.copy import copy_store

    source, target = _any(args.source), _any(args.target)
    if not source.exists():
        raise ValueError(f"{args.source}: no store there")
    print(f"{copy_store(source, target).summary()} from {source.key} to {target.key}")
    return 0


def _info(args: argparse.Namespace) -> int:
    from .store import open_store

    store = open_store(args.store)
    ds = store.read()
    print(f"store     {store.key} ({store.backend})")
    print(f"records   {len(ds.sources)} sources, {len(ds.claims)} claims, {len(ds.places)} places")
    print(f"revision  {store.version()}")
    if store.backend == "postgis":
        print(f"schema    version {store.schema_version()}")
        print(f"account   {store.whoami()} ({store.role()})")
    return 0


def _init(args: argparse.Namespace) -> int:
    from .store.team import init_team

    store = _pg(args)
    applied = init_team(store, seed=not args.empty)
    print(f"{store.key}: {len(applied)} migrations applied; groups cw_viewer, cw_analyst, cw_lead ready"
          f"{'' if args.empty else '; the embedded seed is in'}. Next: team add-user NAME --role …")
    return 0


def _add_user(args: argparse.Namespace) -> int:
    from .store.team import add_user, check_name

    store = _pg(args)
    check_name(args.name)
    account = add_user(store, args.name, args.role, _password(args, args.name))
    print(f"added {account.name} ({account.role}); they sign in to the dashboard with this name and password")
    return 0


def _set_password(args: argparse.Namespace) -> int:
    from .store.team import check_name, set_password

    check_name(args.name)
    set_password(_pg(args), args.name, _password(args, args.name))
    print(f"changed the password of {args.name}")
    return 0


def _remove_user(args: argparse.Namespace) -> int:
    from .store.team import remove_user

    remove_user(_pg(args), args.name)
    print(f"removed {args.name}; what they did stays in the history")
    return 0


def _list(args: argparse.Namespace) -> int:
    from .store.team import accounts

    found = accounts(_pg(args))
    for a in found:
        print(f"{a.name:<24} {a.role:<8} {'' if a.can_login else '(cannot sign in)'}")
    if not found:
        print("no accounts yet: team add-user NAME --role viewer|analyst|lead")
    return 0


def _history(args: argparse.Namespace) -> int:
    from .store import open_store
    from .view.history import history_rows

    rows = history_rows(open_store(args.store), limit=args.limit, who=args.who)
    for r in rows:
        print(f"{r.when}  {r.who:<16} {r.what:<12} {r.target:<40} {r.detail[:80]}")
    if not rows:
        print("nothing on record yet")
    return 0


def add_parser(sub) -> None:
    st = sub.add_parser("store", help="the store itself: migrate a PostGIS database, copy between stores, info")
    ss = st.add_subparsers(dest="store_command", required=True)
    ss.add_parser("migrate", help="apply the numbered migrations the PostGIS database lacks").set_defaults(run=_migrate)
    cp = ss.add_parser("copy", help="copy a dataset between stores (a GeoPackage path or postgresql://…), either way")
    cp.add_argument("source", metavar="FROM")
    cp.add_argument("target", metavar="TO")
    cp.set_defaults(run=_copy)
    ss.add_parser("info", help="backend, schema version, revision, counts, your account").set_defaults(run=_info)

    tm = sub.add_parser("team", help="accounts on a PostGIS store: init, add-user, set-password, remove-user, list")
    ts = tm.add_subparsers(dest="team_command", required=True)
    ti = ts.add_parser("init", help="set up the database: migrations, the groups, the embedded seed")
    ti.add_argument("--empty", action="store_true", help="leave the embedded seed out (e.g. to copy a store in)")
    ti.set_defaults(run=_init)
    for name, run, text in (("add-user", _add_user, "a new account (asks for its password)"),
                            ("set-password", _set_password, "a new password for an account"),
                            ("remove-user", _remove_user, "remove an account (its history stays)")):
        p = ts.add_parser(name, help=text)
        p.add_argument("name")
        if name == "add-user":
            p.add_argument("--role", required=True, choices=("viewer", "analyst", "lead"))
        if name != "remove-user":
            p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
        p.set_defaults(run=run)
    ts.add_parser("list", help="the accounts and their roles").set_defaults(run=_list)

    hi = sub.add_parser("history", help="who changed what: ingests, decisions, grades, log imports (newest first)")
    hi.add_argument("--who", help="one account's changes only")
    hi.add_argument("--limit", type=int, default=100)
    hi.set_defaults(run=_history)
