"""Connections to a PostGIS store, pooled per account with psycopg_pool: a dashboard asks for the revision
every few seconds and each page run reads, so a new connection (TCP and a SCRAM handshake, about 9 ms here)
per query would cost more than the query (0.15 ms). A pool is made only after one direct connection
succeeds, so a wrong password is said at once and never retried in the background."""
from __future__ import annotations

import hashlib
import threading

_POOLS: dict[tuple, object] = {}
_LOCK = threading.Lock()


def _key(kwargs: dict) -> tuple:
    secret = hashlib.sha256(str(kwargs.get("password", "")).encode()).hexdigest()
    return (*sorted((k, str(v)) for k, v in kwargs.items() if k != "password"), secret)


def _configure(con) -> None:
    from psycopg.types.string import TextLoader

    con.adapters.register_loader("date", TextLoader)  # ISO text, as the GeoPackage stores dates


def pool_for(kwargs: dict, first_connect):
    """The pool for these connection settings; `first_connect()` opens (and closes) a direct connection the
    first time, raising what the server said."""
    from psycopg.rows import dict_row
    from psycopg_pool import ConnectionPool

    key = _key(kwargs)
    with _LOCK:
        pool = _POOLS.get(key)
        if pool is not None and not pool.closed:
            return pool
    first_connect()
    with _LOCK:
        pool = _POOLS.get(key)
        if pool is None or pool.closed:
            pool = ConnectionPool(kwargs={**kwargs, "row_factory": dict_row}, min_size=0, max_size=4, num_workers=1,
                                  timeout=float(kwargs.get("connect_timeout", 5)) + 1, max_idle=120,
                                  check=ConnectionPool.check_connection, configure=_configure,
                                  name="corridor-watch", open=True)
            _POOLS[key] = pool
    return pool


def close_pool(kwargs: dict) -> None:
    """At sign-out: the account's connections go, and with them the password this process held for them."""
    with _LOCK:
        pool = _POOLS.pop(_key(kwargs), None)
    if pool is not None:
        pool.close()


def close_pools() -> None:
    with _LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for pool in pools:
        pool.close()
