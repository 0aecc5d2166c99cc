from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # pages and AppTest scripts import geo and ui from the root
    sys.path.insert(0, str(ROOT))

from geo.basemap import load_countries  # noqa: E402
from geo.store import load_dataset  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _private_store(tmp_path_factory):
    """Every test (and every app the tests start) uses a throwaway store, never data/store/."""
    import os

    path = tmp_path_factory.mktemp("store") / "corridor-watch.gpkg"
    os.environ["CORRIDOR_WATCH_STORE"] = str(path)
    yield path


@pytest.fixture(scope="session")
def ds():
    return load_dataset()


@pytest.fixture(scope="session")
def countries():
    return load_countries()


@pytest.fixture(scope="session")
def seed(ds):
    return ds.sources[0]


@pytest.fixture(scope="session")
def places_by_id(ds):
    return {p.place_id: p for p in ds.places}


@pytest.fixture(scope="session")
def pg_cluster():
    """A real PostgreSQL + PostGIS server for the session (scripts/test.sh installs it): a missing server is a
    failure, never a skip."""
    from pgcluster import start_cluster

    try:
        cluster = start_cluster()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    # a template with the migrations applied: each test's database is a copy of it, made in a blink
    from geo.store import PostGISStore
    from geo.store.migrate import migrate

    cluster.new_database("cw_template")
    from geo.store.pg_pool import close_pools

    migrate(PostGISStore(cluster.url("cw_template"), user="postgres", password=cluster.password))
    close_pools()  # a template may have no open connection while it is copied
    yield cluster
    close_pools()
    cluster.remove()


@pytest.fixture
def pg_url(pg_cluster, request):
    """A fresh, migrated, empty database for one test; its URL (no credentials in it)."""
    import re

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[-40:] + f"_{id(request) % 100000}"
    pg_cluster.sql(f'CREATE DATABASE "{name}" TEMPLATE cw_template', db="postgres")
    yield pg_cluster.url(name)
    from geo.store.pg_pool import close_pools

    close_pools()  # the test's pooled connections, before their database goes
    pg_cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', db="postgres")


@pytest.fixture
def pg_admin(pg_cluster, pg_url):
    """The database as its owner (the superuser of the throwaway cluster)."""
    from geo.store import PostGISStore

    return PostGISStore(pg_url, user="postgres", password=pg_cluster.password)


@pytest.fixture(params=["gpkg", "postgis"])
def backend_store(request, tmp_path):
    """The seeded store on each backend in turn: a test of the store interface runs on both."""
    if request.param == "gpkg":
        from geo.store import GeoPackageStore

        store = GeoPackageStore(tmp_path / "cw.gpkg")
    else:
        store = request.getfixturevalue("pg_admin")
    store.ensure_seeded()
    return store
