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
