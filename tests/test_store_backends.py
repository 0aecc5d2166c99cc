"""The store interface on both backends (`backend_store`: a GeoPackage, then a real PostGIS server), the
copy between them, and the PostGIS store's migrations."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from geo.ingest import SourceMeta, ingest
from geo.logs.importing import import_log_bytes
from geo.logs.model import LogMeta
from geo.store import Correction, GeoPackageStore, PostGISStore
from geo.store import rows as R
from geo.store.copy import copy_store
from geo.store.logs import delete_log, log_imports, read_cube

WIRE = ("Trucks reach Stepanakert\n\nAccording to officials, 120 trucks entered Stepanakert through the Lachin "
        "corridor from March 3 to March 9, 2022, carrying flour and fuel.\n")
OTHER = ("Convoy figures\n\nThe ministry said 150 trucks entered Stepanakert through the Lachin corridor from March 4 "
         "to March 8, 2022, most of them with fuel.\n")
LOG = ("observed_at,checkpoint,direction,vehicle_type,count,plate_country,note\n"
       "2023-09-25,kornidzor,in,car,12,,\n2023-09-25,kornidzor,in,car,3,AM,\n2023-09-26,kornidzor,out,truck,4,,\n")
LOG_META = LogMeta(source="Test monitors, shift sheets", claimant="Test monitors")


def test_the_seed_reads_back_exactly(backend_store, ds):
    back = backend_store.read()
    assert back.sources == ds.sources and back.claims == ds.claims and back.mentions == ds.mentions
    assert {p.place_id: p for p in back.places} == {p.place_id: p for p in ds.places}


def test_an_ingest_lands_links_and_moves_the_version(backend_store):
    before = backend_store.version()
    first = ingest(WIRE, SourceMeta(outlet="Wire One", published=date(2022, 3, 10)), backend_store)
    assert backend_store.version() != before
    second = ingest(OTHER, SourceMeta(outlet="Wire Two", published=date(2022, 3, 10)), backend_store)
    ds = backend_store.read()
    one = next(c for c in ds.claims if c.source_id == first.source.source_id and c.count == 120)
    two = next(c for c in ds.claims if c.source_id == second.source.source_id and c.count == 150)
    assert one.linked == (two.claim_id,) and two.linked == (one.claim_id,)
    assert one.status == two.status == "disputed"  # 120 against 150, from the two texts
    assert backend_store.source(first.source.source_id).outlet == "Wire One"
    mentions, claims = backend_store.source_records(second.source.source_id)
    assert [c.count for c in claims if c.unit == "trucks"] == [150]
    assert {m.surface for m in mentions} >= {"Stepanakert", "Lachin corridor"}


def test_decisions_apply_and_say_who(backend_store):
    backend_store.add_correction(Correction("claim", "trend-c02", "grade", "2"))
    backend_store.add_correction(Correction("claim", "trend-c13", "reject"))
    ds = backend_store.read()
    assert ds.claim("trend-c02").credibility == 2 and ds.claim("trend-c13").review_status == "rejected"
    raw, corrections = backend_store.read_raw()
    assert raw.claim("trend-c02").credibility == 6  # the record itself is unchanged
    assert [(k.action, k.target_id) for k in corrections] == [("grade", "trend-c02"), ("reject", "trend-c13")]
    assert {k.created_by for k in corrections} == {backend_store.whoami()} and backend_store.whoami() != ""
    entries = backend_store.history()
    assert [(e.action, e.target_id, e.who) for e in entries[:2]] == [
        ("reject", "trend-c13", backend_store.whoami()), ("grade", "trend-c02", backend_store.whoami())]


def test_a_transaction_writes_only_what_changed(backend_store):
    before = backend_store.version()
    with backend_store.transaction():
        pass
    assert backend_store.version() == before
    with pytest.raises(RuntimeError):
        with backend_store.transaction() as txn:
            txn.corrections = (*txn.corrections, Correction("claim", "trend-c02", "reject"))
            raise RuntimeError("boom")
    assert backend_store.read_raw()[1] == () and backend_store.version() == before


def test_the_geoparser_gazetteer_leaves_out_geonames_and_analysts_places(backend_store, ds):
    own = backend_store.places(gazetteer_only=True)
    assert own and not any(p.place_id.startswith(("gn-", "analyst-")) for p in own)
    assert {p.place_id for p in own} <= {p.place_id for p in ds.places}


def test_logs_import_read_and_delete(backend_store):
    result = import_log_bytes(LOG.encode(), "sheet.csv", LOG_META, backend_store, today=date(2023, 10, 1))
    assert result.written and result.record.rows == 3
    again = import_log_bytes(LOG.encode(), "sheet.csv", LOG_META, backend_store, today=date(2023, 10, 1))
    assert not again.written
    figures = {(f.key.direction, f.key.unit): f.value
               for f in read_cube(backend_store).window(date(2023, 9, 25), date(2023, 9, 26))}
    assert figures == {("in", "car"): 15, ("out", "truck"): 4}  # 12 + 3 cars; 4 trucks, from LOG above
    ids = [i.log_id for i in log_imports(backend_store)]
    assert result.record.log_id in ids
    assert delete_log(backend_store, result.record.log_id) and not delete_log(backend_store, result.record.log_id)
    assert result.record.log_id not in [i.log_id for i in log_imports(backend_store)]


def _everything(store) -> tuple:
    ds, corrections = store.read_raw()
    logs = {i.log_id: (i, sorted(store.logs.rows(i.log_id))) for i in store.logs.imports()}
    return (sorted(ds.sources, key=lambda s: s.source_id), {p.place_id: p for p in ds.places},
            sorted(ds.mentions, key=lambda m: m.mention_id), sorted(ds.claims, key=lambda c: c.claim_id),
            corrections, logs)


def test_copy_to_postgis_and_back_loses_nothing(tmp_path, pg_cluster, pg_url):
    from geo.store.logs import seed_logs
    from geo.store.seed import DATA_DIR

    start = GeoPackageStore(tmp_path / "start.gpkg")
    start.ensure_seeded()
    seed_logs(start, DATA_DIR)
    ingest(WIRE, SourceMeta(outlet="Wire One", published=date(2022, 3, 10)), start)
    start.add_correction(Correction("claim", "trend-c02", "grade", "2", created_by="lead-one"))
    start.add_correction(Correction("mention", start.read().mentions[0].mention_id, "place", "46.1,39.2"))
    import_log_bytes(LOG.encode(), "sheet.csv", LOG_META, start, today=date(2023, 10, 1))
    pg = PostGISStore(pg_url, user="postgres", password=pg_cluster.password)
    result = copy_store(start, pg)
    assert (result.sources, result.logs) == (2, 2) and result.corrections == 2
    back = GeoPackageStore(tmp_path / "back.gpkg")
    copy_store(pg, back)
    original, there, returned = _everything(start), _everything(pg), _everything(back)
    assert there == original and returned == original
    assert len(original[5]) == 2 and sum(len(rows) for _, rows in original[5].values()) == 54 + 3
    assert read_cube(back).window(date(2023, 9, 25), date(2023, 9, 26)) == \
        read_cube(start).window(date(2023, 9, 25), date(2023, 9, 26))
    # a second copy adds nothing twice
    again = copy_store(start, pg)
    assert (again.corrections, again.logs) == (0, 0) and _everything(pg) == original


def test_migrations_are_recorded_once_and_match_the_records(pg_admin):
    from geo.store.migrate import migrate, migrations

    assert migrate(pg_admin) == []  # the fixture's template was migrated already
    with pg_admin.connection(autocommit=True) as con:
        applied = [(r["version"], r["name"]) for r in con.execute("SELECT version, name FROM cw_migrations ORDER BY 1")]
        cols = {(r["table_name"], r["column_name"]) for r in con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'")}
        geoms = {(r["f_table_name"], r["srid"]) for r in con.execute("SELECT f_table_name, srid FROM geometry_columns")}
        gist = {r["tablename"] for r in con.execute("SELECT tablename FROM pg_indexes WHERE indexdef LIKE '%gist%'")}
    assert applied == [(m.version, m.name) for m in migrations()] == [(1, "tables"), (2, "history"), (3, "team")]
    for table in R.TABLES:  # every column the records have is a column of the table
        assert {(table.name, n) for n in table.names} <= cols, table.name
    assert geoms == {("places", 4326), ("mentions", 4326), ("claims", 4326), ("log_cube", 4326)}
    assert gist == {"places", "mentions", "claims", "log_cube"}


def test_a_failing_migration_leaves_the_version_before_it(pg_admin, tmp_path):
    from geo.store.migrate import MIGRATIONS, migrate

    folder = tmp_path / "migrations"
    folder.mkdir()
    for path in sorted(MIGRATIONS.glob("*.sql")):
        (folder / path.name).write_text(path.read_text())
    (folder / "0004_broken.sql").write_text("CREATE TABLE half_done (x int);\nSELECT no_such_function();\n")
    with pytest.raises(Exception, match="no_such_function"):
        migrate(pg_admin, folder)
    assert pg_admin.schema_version() == 3
    with pg_admin.connection(autocommit=True) as con:
        assert con.execute("SELECT to_regclass('half_done') AS t").fetchone()["t"] is None


def test_an_unmigrated_database_is_named_not_a_traceback(pg_cluster):
    from geo.store import DatasetError, open_store

    pg_cluster.new_database("bare_db")
    try:
        with pytest.raises(DatasetError, match="team init"):
            open_store(pg_cluster.url("bare_db"), user="postgres", password=pg_cluster.password)
    finally:
        pg_cluster.sql('DROP DATABASE "bare_db" WITH (FORCE)', db="postgres")


def test_a_password_in_the_address_is_refused(pg_cluster):
    from geo.store import DatasetError

    with pytest.raises(DatasetError, match="PGPASSWORD") as err:
        PostGISStore(f"postgresql://postgres:hunter2secret@127.0.0.1:{pg_cluster.port}/cw")
    assert "hunter2secret" not in str(err.value)


def test_an_unreachable_server_is_a_message(tmp_path):
    from geo.store import StoreUnreachable
    from pgcluster import free_port

    store = PostGISStore(f"postgresql://127.0.0.1:{free_port()}/cw", user="nobody", password="x" * 12)
    with pytest.raises(StoreUnreachable, match="cannot be reached"):
        store.read()


def test_gpkg_history_lists_decisions_and_log_imports(tmp_path):
    store = GeoPackageStore(tmp_path / "h.gpkg")
    store.ensure_seeded()
    store.add_correction(Correction("claim", "trend-c05", "confirm", created="2026-01-02T03:04:05Z", created_by="ana"))
    import_log_bytes(LOG.encode(), "sheet.csv", LOG_META, store, today=date(2023, 10, 1))
    entries = store.history()
    assert [(e.action, e.target) for e in entries] == [("imported", "log"), ("confirm", "claim")]
    assert entries[1].who == "ana" and entries[1].at == "2026-01-02T03:04:05Z"


def test_store_address_picks_the_backend(monkeypatch, tmp_path):
    from geo.store import store_address

    monkeypatch.setenv("CORRIDOR_WATCH_STORE", "postgresql://db.example:5433/team")
    assert store_address() == "postgresql://db.example:5433/team"
    assert store_address(str(tmp_path / "a.gpkg")) == Path(tmp_path / "a.gpkg")


def test_a_missing_password_says_where_to_give_it(pg_cluster, pg_url, monkeypatch):
    from geo.store import StoreDenied

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    with pytest.raises(StoreDenied, match="asks for a password: set PGPASSWORD or a ~/.pgpass line"):
        PostGISStore(pg_url, user="postgres").read()
