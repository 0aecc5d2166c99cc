from __future__ import annotations

import hashlib
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


def test_a_private_store_stays_private_after_writes(store):
    import stat

    store.path.chmod(0o600)
    store.add_correction(Correction("claim", "trend-c02", "grade", "2"))
    assert GeoPackageStore(store.path).read().claim("trend-c02").credibility == 2  # the write landed
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


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


# A writer in a subprocess that stops inside its transaction, after its rows are written and before the
# commit, until the test writes a line to its stdin (or kills it): a wrapper around the store's write step,
# so the production code has no hook for tests.
HELD_WRITER = """
import sys
from pathlib import Path
import geo.store.sql as S
from geo.store import Correction, GeoPackageStore
real_apply = S.apply
def held(con, changes):
    real_apply(con, changes)
    print("written, not committed", flush=True)
    sys.stdin.readline()
S.apply = held
GeoPackageStore(Path(sys.argv[1])).add_correction(Correction("claim", sys.argv[2], "reject"))
"""
PLAIN_WRITER = """
import sys
from pathlib import Path
from geo.store import Correction, GeoPackageStore
store = GeoPackageStore(Path(sys.argv[1]))
print("trying", flush=True)
store.add_correction(Correction("claim", sys.argv[2], "reject"))
"""


def _writer(code: str, path: Path, claim_id: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, str(path), claim_id], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _write_lock_is_taken(path: Path) -> bool:
    """Whether another connection holds SQLite's write lock on the store right now."""
    import sqlite3

    con = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return True
    finally:
        con.close()


def test_killing_a_writer_mid_write_leaves_the_store_as_it_was(store):
    before = digest(store.path)
    seen = store.read()
    proc = _writer(HELD_WRITER, store.path, "trend-c05")
    assert proc.stdout.readline().strip() == "written, not committed"
    assert _write_lock_is_taken(store.path)  # its transaction is open, its rows written: now kill it
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    ds = store.read()  # the next reader rolls the dead writer's journal back
    assert ds == seen and ds.claim("trend-c05").review_status == "curated"
    assert digest(store.path) == before
    # the lock died with the writer: the next write goes through, and takes the dead writer's journal away
    store.add_correction(Correction("claim", "trend-c06", "confirm"))
    assert store.read().claim("trend-c06").review_status == "confirmed"
    assert not Path(str(store.path) + "-journal").exists()
    assert list(store.path.parent.glob("*.tmp.gpkg")) == []


def test_two_writers_at_once_both_land_one_after_the_other(store):
    first = _writer(HELD_WRITER, store.path, "trend-c07")
    assert first.stdout.readline().strip() == "written, not committed"
    second = _writer(PLAIN_WRITER, store.path, "trend-c08")
    assert second.stdout.readline().strip() == "trying"
    # the two overlap: the second is writing while the first still holds its open transaction
    assert _write_lock_is_taken(store.path) and first.poll() is None and second.poll() is None
    first.stdin.write("go\n")
    first.stdin.flush()
    assert first.wait(timeout=60) == 0 and second.wait(timeout=60) == 0, second.stdout.read()
    ds = store.read()
    assert ds.claim("trend-c07").review_status == "rejected"
    assert ds.claim("trend-c08").review_status == "rejected"
    # the second waited for the first's commit: its decision is stored after it, and nothing was lost
    assert [k.target_id for k in store.read_raw()[1]] == ["trend-c07", "trend-c08"]


def test_store_reports_a_missing_file(tmp_path):
    from geo.store import DatasetError

    with pytest.raises(DatasetError, match="no store"):
        GeoPackageStore(tmp_path / "none.gpkg").read()


def test_unchanged_records_compare_equal_after_reload(store, ds):
    again = GeoPackageStore(store.path).read()
    assert replace(again.claims[0]) == ds.claims[0]


def test_column_types_are_declared_not_guessed_from_the_first_rows(tmp_path, ds):
    """The first claims written have no count and no dates: the columns are still integer and text, so a
    later claim with a count reads back as a number (QGIS and pyogrio see the declared types)."""
    undated_first = sorted(ds.claims, key=lambda c: (c.count is not None, c.is_dated))
    assert undated_first[0].count is None and not undated_first[0].is_dated
    s = GeoPackageStore(tmp_path / "typed.gpkg")
    with s.transaction() as txn:
        txn.dataset = replace(ds, claims=tuple(undated_first))
    info = pyogrio.read_info(s.path, layer="claims")
    types = dict(zip(info["fields"], info["dtypes"]))
    assert types["count"] == "int64" and types["quote_start"] == "int64" and types["confidence"] == "float64"
    assert types["date_start"] == "object" and types["derived"] == "bool"
    back = s.read()
    assert {c.claim_id: c for c in back.claims} == {c.claim_id: c for c in ds.claims}
    assert back.mentions == ds.mentions and back.sources == ds.sources
