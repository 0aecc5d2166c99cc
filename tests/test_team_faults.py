"""Many hands at once and things going wrong on a real PostgreSQL server: writers that overlap, a deadlock
the store retries, a client killed inside its transaction, and the server itself killed (SIGKILL) during
an ingest. The writers that stop mid-transaction are subprocesses with a wrapper around the write step, so
production code has no hook for tests."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from geo.store import PostGISStore
from geo.store.migrate import migrate

ROOT = Path(__file__).resolve().parents[1]
REPORT = ("Convoy reaches Stepanakert\n\nAccording to officials, {n} trucks entered Stepanakert through the Lachin "
          "corridor from March 3 to March 9, 2022, carrying flour.\n")
HELD_INGEST = """
import sys
import geo.store.sql as S
from geo.cli import main
real = S.replace_source
def held(*args, **kw):
    out = real(*args, **kw)
    print("written, not committed", flush=True)
    sys.stdin.readline()
    return out
S.replace_source = held
sys.exit(main(sys.argv[1:]))
"""


def _cli(code: str | None, url: str, password: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PGUSER": "postgres", "PGPASSWORD": password}
    head = [sys.executable, "-c", code] if code else [sys.executable, "-m", "geo.cli"]
    return subprocess.Popen([*head, "--store", url, *args], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _report(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"report-{n}.txt"
    path.write_text(REPORT.format(n=n), encoding="utf-8")
    return path


def _ingest_args(path: Path, outlet: str) -> list[str]:
    return ["ingest", str(path), "--outlet", outlet, "--published", "2022-03-10"]


def _waiting_on_advisory_lock(admin: PostGISStore) -> int:
    with admin.connection(autocommit=True) as con:
        return con.execute("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").fetchone()["n"]


def _sources(admin: PostGISStore) -> set[str]:
    return {s.outlet for s in admin.read().sources}


def test_two_ingests_at_once_take_turns_and_both_land_linked(pg_admin, pg_cluster, pg_url, tmp_path):
    pg_admin.ensure_seeded()
    first = _cli(HELD_INGEST, pg_url, pg_cluster.password, *_ingest_args(_report(tmp_path, 120), "Wire One"))
    assert first.stdout.readline().strip() == "written, not committed"
    second = _cli(None, pg_url, pg_cluster.password, *_ingest_args(_report(tmp_path, 150), "Wire Two"))
    try:
        # they overlap: the second is inside its transaction, waiting for the first's, which is still open
        deadline = time.monotonic() + 60  # the second process starts Python and reads its report first
        while _waiting_on_advisory_lock(pg_admin) == 0:
            assert second.poll() is None, second.stderr.read()
            assert time.monotonic() < deadline, "the second ingest never reached the store"
        assert _sources(pg_admin) == {"Trend"}  # neither is visible before its commit
        first.stdin.write("go\n")
        first.stdin.flush()
        assert first.wait(timeout=60) == 0 and second.wait(timeout=60) == 0, second.stderr.read()
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.kill()
    ds = pg_admin.read()
    one = next(c for c in ds.claims if c.count == 120)
    two = next(c for c in ds.claims if c.count == 150)
    assert one.linked == (two.claim_id,) and two.linked == (one.claim_id,)  # the second saw the first's claims


def test_a_deadlock_is_retried_and_the_write_lands(pg_admin, pg_cluster, pg_url):
    """A real deadlock between the store's write and another session: the server aborts the store's attempt
    (its deadlock timeout is the shorter), and the store runs it again from the start."""
    with pg_admin.connection(autocommit=True) as con:
        con.execute("INSERT INTO cw_meta VALUES ('a', '0'), ('b', '0')")
    other_has_b, store_has_a = threading.Event(), threading.Event()
    attempts = []

    def work(db) -> None:
        attempts.append(1)
        db.run("UPDATE cw_meta SET value = value || 's' WHERE key = 'a'", ())
        store_has_a.set()
        assert other_has_b.wait(30)
        db.run("UPDATE cw_meta SET value = value || 's' WHERE key = 'b'", ())

    def other() -> None:
        with psycopg.connect(pg_cluster.dsn(db=pg_url.rsplit("/", 1)[1]), autocommit=True) as con:
            con.execute("SET deadlock_timeout = '20s'")
            with con.transaction():
                con.execute("UPDATE cw_meta SET value = value || 'o' WHERE key = 'b'")
                other_has_b.set()
                assert store_has_a.wait(30)
                con.execute("UPDATE cw_meta SET value = value || 'o' WHERE key = 'a'")  # waits for the store's

    thread = threading.Thread(target=other)
    thread.start()
    store = PostGISStore(pg_url, user="postgres", password=pg_cluster.password)
    store.run_write(work)
    thread.join(timeout=60)
    assert len(attempts) == 2 and store.retries == 1
    with pg_admin.connection(autocommit=True) as con:
        values = {r["key"]: r["value"] for r in con.execute("SELECT key, value FROM cw_meta WHERE key IN ('a', 'b')")}
    assert values == {"a": "0os", "b": "0os"}  # the other committed first, then the retried write: nothing lost


def test_killing_a_client_inside_its_transaction_leaves_no_partial_source(pg_admin, pg_cluster, pg_url, tmp_path):
    pg_admin.ensure_seeded()
    before = pg_admin.read_raw()
    proc = _cli(HELD_INGEST, pg_url, pg_cluster.password, *_ingest_args(_report(tmp_path, 99), "Killed Wire"))
    assert proc.stdout.readline().strip() == "written, not committed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert pg_admin.read_raw() == before  # the server rolled the dead client's transaction back
    with pg_admin.connection(autocommit=True) as con:
        assert con.execute("SELECT count(*) AS n FROM mentions WHERE source_id NOT LIKE 'trend%%'").fetchone()["n"] == 0


@pytest.fixture
def own_cluster():
    """A cluster of its own: this test kills it."""
    from pgcluster import start_cluster

    cluster = start_cluster()
    migrate(PostGISStore(cluster.url(), user="postgres", password=cluster.password))
    yield cluster
    cluster.remove()


def _kill_server(cluster) -> None:
    """SIGKILL to the postmaster and every server process: a crash, not a shutdown."""
    pid = cluster.postmaster_pid()
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    for p in [pid, *map(int, children)]:
        try:
            os.kill(p, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for p in [pid, *map(int, children)]:  # gone before the restart (shared memory is released with them)
        while Path(f"/proc/{p}").exists() and Path(f"/proc/{p}/stat").read_text().split()[2] != "Z":
            pass
    # the dead postmaster may stay a zombie nobody reaps here (its pid still answers), so its lock files would
    # stop the restart: we know it is dead, as an administrator would after a crash
    for stale in (cluster.folder / "data" / "postmaster.pid", cluster.folder / f".s.PGSQL.{cluster.port}.lock",
                  cluster.folder / f".s.PGSQL.{cluster.port}"):
        stale.unlink(missing_ok=True)


def test_killing_the_server_during_an_ingest_leaves_no_partial_source_and_the_dashboard_recovers(
        own_cluster, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from geo.store.team import add_user

    admin = PostGISStore(own_cluster.url(), user="postgres", password=own_cluster.password)
    admin.ensure_seeded()
    add_user(admin, "crash_analyst", "analyst", "crash-password-1")
    monkeypatch.setenv("CORRIDOR_WATCH_STORE", own_cluster.url())
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.text_input(key="sign_in_name").input("crash_analyst")
    at.text_input(key="sign_in_password").input("crash-password-1")
    next(b for b in at.button if b.label == "Sign in").click().run()
    assert not at.exception and any("dated claims shown" in m.value for m in at.markdown)

    proc = _cli(HELD_INGEST, own_cluster.url(), own_cluster.password, *_ingest_args(_report(tmp_path, 77), "Crash Wire"))
    assert proc.stdout.readline().strip() == "written, not committed"
    _kill_server(own_cluster)
    proc.stdin.write("go\n")  # the commit now meets a dead server
    proc.stdin.flush()
    assert proc.wait(timeout=60) == 2
    err = proc.stderr.read()
    assert "stopped answering" in err and "nothing was written" in err and "Traceback" not in err

    at.run()
    assert not at.exception
    shown = " ".join(e.value for e in at.error).replace("\\", "")
    assert "cannot be reached" in shown and "is the server running?" in shown

    own_cluster.start()
    at.run()
    assert not at.exception and any("dated claims shown" in m.value for m in at.markdown)
    ds = admin.read()
    assert {s.outlet for s in ds.sources} == {"Trend"} and not [c for c in ds.claims if c.count == 77]
    with admin.connection(autocommit=True) as con:
        assert con.execute("SELECT count(*) AS n FROM mentions WHERE source_id NOT LIKE 'trend%%'").fetchone()["n"] == 0
    # the store is usable again: a new ingest lands
    again = _cli(None, own_cluster.url(), own_cluster.password, *_ingest_args(_report(tmp_path, 78), "After Wire"))
    assert again.wait(timeout=120) == 0, again.stderr.read()
    assert "After Wire" in {s.outlet for s in admin.read().sources}
