"""Accounts on a PostGIS store are database roles, and the database itself refuses what a role may not do:
each check below talks to the real server, through the store and directly with psycopg."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from geo.store import Correction, PostGISStore, StoreDenied
from geo.store.team import accounts, add_user, remove_user

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def team(pg_admin, pg_cluster, pg_url):
    """A seeded database with a viewer, an analyst and a lead (names unique: roles are cluster-wide)."""
    pg_admin.ensure_seeded()
    tag = secrets.token_hex(3)
    people = {}
    for role in ("viewer", "analyst", "lead"):
        name, password = f"{role}_{tag}", secrets.token_urlsafe(12)
        add_user(pg_admin, name, role, password)
        people[role] = (name, password)
    yield people
    for name, _ in people.values():
        remove_user(pg_admin, name)


def _as(pg_url, person) -> PostGISStore:
    return PostGISStore(pg_url, user=person[0], password=person[1])


def _raw(pg_cluster, pg_url, person):
    """A plain psycopg connection as that account: what someone bypassing the dashboard would do."""
    return psycopg.connect(pg_cluster.dsn(db=pg_url.rsplit("/", 1)[1], user=person[0], password=person[1]),
                           autocommit=True)


@pytest.mark.parametrize("statement", [
    "INSERT INTO corrections (target, target_id, action) VALUES ('claim', 'trend-c02', 'reject')",
    "UPDATE claims SET count = 999 WHERE claim_id = 'trend-c02'",
    "DELETE FROM sources",
    "INSERT INTO cw_history (who, action, target, target_id) VALUES ('x', 'y', 'z', 'w')",
    "UPDATE cw_revision SET n = 0",
])
def test_a_viewer_cannot_write_even_directly(team, pg_cluster, pg_url, statement):
    with _raw(pg_cluster, pg_url, team["viewer"]) as con:
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 23  # reading works
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(statement)
        assert con.execute("SELECT count FROM claims WHERE claim_id = 'trend-c02'").fetchone()[0] == 35


def test_a_viewer_through_the_store_gets_a_message(team, pg_url):
    viewer = _as(pg_url, team["viewer"])
    assert viewer.role() == "viewer" and len(viewer.read().claims) == 23
    with pytest.raises(StoreDenied, match="may not"):
        viewer.add_correction(Correction("claim", "trend-c02", "reject"))
    assert viewer.read_raw()[1] == ()


def test_an_analyst_reviews_but_cannot_grade_or_sign_as_someone_else(team, pg_cluster, pg_url):
    analyst = _as(pg_url, team["analyst"])
    analyst.add_correction(Correction("claim", "trend-c13", "reject"))
    with pytest.raises(StoreDenied):
        analyst.add_correction(Correction("claim", "trend-c02", "grade", "1"))
    with pytest.raises(StoreDenied):
        analyst.add_correction(Correction("claim", "trend-c05", "confirm", created_by=team["lead"][0]))
    with _raw(pg_cluster, pg_url, team["analyst"]) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("DELETE FROM corrections")  # decisions are never removed
    corrections = analyst.read_raw()[1]
    assert [(k.action, k.target_id, k.created_by) for k in corrections] == [("reject", "trend-c13", team["analyst"][0])]


def test_a_lead_grades_and_adds_an_account(team, pg_url):
    lead = _as(pg_url, team["lead"])
    lead.add_correction(Correction("source", "trend-2021-iran-trucks-karabakh", "grade", "B"))
    assert lead.read().sources[0].reliability == "B"
    name = f"newbie_{secrets.token_hex(3)}"
    add_user(lead, name, "viewer", secrets.token_urlsafe(12))
    try:
        assert {a.name: a.role for a in accounts(lead)}[name] == "viewer"
    finally:
        remove_user(lead, name)


def test_history_says_who_did_what(team, pg_url):
    from geo.ingest import SourceMeta, ingest

    analyst, lead = _as(pg_url, team["analyst"]), _as(pg_url, team["lead"])
    result = ingest("Trucks reach Stepanakert\n\nAccording to officials, 120 trucks entered Stepanakert through the "
                    "Lachin corridor from March 3 to March 9, 2022.\n", SourceMeta(outlet="Wire One"), analyst)
    lead.add_correction(Correction("claim", "trend-c02", "grade", "2"))
    entries = _as(pg_url, team["viewer"]).history()
    assert [(e.who, e.action, e.target_id) for e in entries[:2]] == [
        (team["lead"][0], "grade", "trend-c02"), (team["analyst"][0], "ingested", result.source.source_id)]
    assert [e.who for e in analyst.history(who=team["analyst"][0])] == [team["analyst"][0]]


def test_passwords_are_stored_as_scram_verifiers_and_never_logged(pg_admin, pg_cluster, pg_url):
    db = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql(f'ALTER DATABASE "{db}" SET log_statement = \'all\'', db="postgres")
    name, password = f"logged_{secrets.token_hex(3)}", "correct-horse-" + secrets.token_hex(6)
    store = PostGISStore(pg_url, user="postgres", password=pg_cluster.password)  # a new session: logs statements
    add_user(store, name, "analyst", password)
    try:
        with pg_admin.connection(autocommit=True) as con:
            stored = con.execute("SELECT rolpassword AS p FROM pg_authid WHERE rolname = %s", (name,)).fetchone()["p"]
        assert stored.startswith("SCRAM-SHA-256$4096:") and password not in stored
        log = (pg_cluster.folder / "log").read_text(errors="replace")
        assert f'CREATE ROLE "{name}"' in log and password not in log  # the statement was logged, the password not
        assert _as(pg_url, (name, password)).whoami() == name
        with pytest.raises(StoreDenied, match="wrong account name or password"):
            _as(pg_url, (name, password + "x")).whoami()
    finally:
        remove_user(pg_admin, name)


def test_team_commands_from_the_cli(pg_cluster, pg_url):
    env = {**os.environ, "PGUSER": "postgres", "PGPASSWORD": pg_cluster.password}
    cli = [sys.executable, "-m", "geo.cli", "--store", pg_url]

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run([*cli, *args], cwd=ROOT, env=env, input=stdin, capture_output=True, text=True,
                              timeout=120)

    init = run("team", "init")
    assert init.returncode == 0, init.stderr
    assert "0 migrations applied" in init.stdout  # the template was migrated; the seed went in
    name = f"cli_{secrets.token_hex(3)}"
    added = run("team", "add-user", name, "--role", "analyst", "--password-stdin", stdin="a-long-password-1\n")
    assert added.returncode == 0 and "a-long-password-1" not in added.stdout + added.stderr
    try:
        listed = run("team", "list")
        assert f"{name} " in listed.stdout and "analyst" in listed.stdout.split(name, 1)[1].splitlines()[0]
        short = run("team", "add-user", name + "x", "--role", "viewer", "--password-stdin", stdin="short\n")
        assert short.returncode == 2 and "at least 10 characters" in short.stderr
        bad = run("team", "add-user", "Robert'); DROP", "--role", "viewer", "--password-stdin", stdin="x" * 12)
        assert bad.returncode == 2 and "not an account name" in bad.stderr and "Traceback" not in bad.stderr
        info = run("store", "info")
        assert "23 claims" in info.stdout and "schema    version 3" in info.stdout
        history = run("history")
        assert "ingested" in history.stdout and "trend-2021-iran-trucks-karabakh" in history.stdout
    finally:
        run("team", "remove-user", name)
