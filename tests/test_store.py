from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyogrio
import pytest

from geo.store import Correction, GeoPackageStore, apply_corrections

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def store(tmp_path) -> GeoPackageStore:
    s = GeoPackageStore(tmp_path / "cw.gpkg")
    s.ensure_seeded()
    return s


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_seeded_store_round_trips_the_seed(store, ds):
    back = store.read()
    assert back.sources == ds.sources
    assert back.claims == ds.claims
    assert back.mentions == ds.mentions
    assert set(back.places) == set(ds.places)


def test_qgis_sees_the_layers(store):
    layers = {name: kind for name, kind in pyogrio.list_layers(store.path)}
    assert set(layers) == {"sources", "places", "mentions", "claims", "corrections"}
    assert layers["places"] == "Unknown" and layers["sources"] is None
    claims = pyogrio.read_dataframe(store.path, layer="claims")
    assert claims.crs.to_epsg() == 4326
    row = claims.set_index("claim_id").loc["trend-c02"]
    assert row["count"] == 35 and row.geometry.geom_type == "LineString"


def test_corrections_apply_and_persist(store):
    store.add_correction(Correction("claim", "trend-c02", "grade", "2"))
    store.add_correction(Correction("source", "trend-2021-iran-trucks-karabakh", "grade", "C"))
    store.add_correction(Correction("claim", "trend-c13", "reject"))
    ds = GeoPackageStore(store.path).read()
    assert ds.claim("trend-c02").credibility == 2
    assert ds.sources[0].reliability == "C"
    assert ds.claim("trend-c13").review_status == "rejected"
    raw, corrections = store.read_raw()
    assert raw.claim("trend-c02").credibility == 6  # the record itself is unchanged
    assert [k.action for k in corrections] == ["grade", "grade", "reject"]
    assert all(k.created for k in corrections)


def test_mention_corrections(ds):
    m = ds.mentions[0]
    fixed = apply_corrections(ds, [Correction("mention", m.mention_id, "place", "46.1,39.2")])
    moved = next(x for x in fixed.mentions if x.mention_id == m.mention_id)
    assert moved.place_id.startswith("analyst-") and moved.review_status == "corrected"
    assert fixed.place(moved.place_id).precision == "approximate"
    picked = apply_corrections(ds, [Correction("mention", m.mention_id, "pick", "baku")])
    assert next(x for x in picked.mentions if x.mention_id == m.mention_id).place_id == "baku"


def test_an_error_inside_a_transaction_changes_nothing(store):
    before = digest(store.path)
    with pytest.raises(RuntimeError):
        with store.transaction() as txn:
            txn.corrections = (*txn.corrections, Correction("claim", "trend-c02", "reject"))
            raise RuntimeError("boom")
    assert digest(store.path) == before


def test_a_transaction_that_changes_nothing_does_not_write(store):
    before = store.version()
    with store.transaction():
        pass
    assert store.version() == before


def _writer(path: Path, env_extra: dict[str, str], claim_id: str) -> subprocess.Popen:
    code = ("import sys; from pathlib import Path; from geo.store import GeoPackageStore, Correction; "
            f"GeoPackageStore(Path({str(path)!r})).add_correction(Correction('claim', {claim_id!r}, 'reject'))")
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, **env_extra},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_killing_a_writer_mid_write_leaves_the_store_as_it_was(store):
    before = digest(store.path)
    proc = _writer(store.path, {"CORRIDOR_WATCH_PAUSE_AFTER_LAYER": "mentions"}, "trend-c05")
    line = proc.stdout.readline()
    assert "paused after writing mentions" in line  # half of the layers are written: now kill it
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert digest(store.path) == before
    ds = store.read()
    assert ds.claim("trend-c05").review_status == "curated"
    # the lock died with the writer: the next write goes through and cleans up
    store.add_correction(Correction("claim", "trend-c06", "confirm"))
    assert store.read().claim("trend-c06").review_status == "confirmed"
    assert list(store.path.parent.glob("*.tmp.gpkg")) == []


def test_two_writers_at_once_both_land(store):
    slow = _writer(store.path, {"CORRIDOR_WATCH_PAUSE_AFTER_LAYER": "claims", "CORRIDOR_WATCH_PAUSE_SECONDS": "1.5"},
                   "trend-c07")
    assert "paused" in slow.stdout.readline()
    fast = _writer(store.path, {}, "trend-c08")  # must wait for the lock, then read the slow writer's result
    assert slow.wait(timeout=60) == 0 and fast.wait(timeout=60) == 0
    ds = store.read()
    assert ds.claim("trend-c07").review_status == "rejected"
    assert ds.claim("trend-c08").review_status == "rejected"
    assert len(store.read_raw()[1]) == 2


def test_store_reports_a_missing_file(tmp_path):
    from geo.store import DatasetError

    with pytest.raises(DatasetError, match="no store"):
        GeoPackageStore(tmp_path / "none.gpkg").read()


def test_unchanged_records_compare_equal_after_reload(store, ds):
    again = GeoPackageStore(store.path).read()
    assert replace(again.claims[0]) == ds.claims[0]


@pytest.mark.parametrize("chunk", [1, 2, 7])
def test_layers_written_in_chunks_read_back_the_same(tmp_path, ds, monkeypatch, chunk):
    """Long layers are written in chunks; a chunk whose columns are all empty must not change the
    field types the first chunk set (the seed has claims with and without counts, dates and places)."""
    import geo.store as store_module

    monkeypatch.setattr(store_module, "WRITE_CHUNK_ROWS", chunk)
    s = GeoPackageStore(tmp_path / "chunked.gpkg")
    with s.transaction() as txn:
        txn.dataset = ds
    back = s.read()
    assert back.claims == ds.claims
    assert back.mentions == ds.mentions
    assert back.sources == ds.sources
    assert {p.place_id: p for p in back.places} == {p.place_id: p for p in ds.places}
