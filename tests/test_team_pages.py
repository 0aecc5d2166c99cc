"""The dashboard on a team (PostGIS) store, in AppTest: sign-in, what each role is offered, sign-out, a server
that goes away and comes back. The database's own refusals are in test_team.py."""
from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.store import Correction, PostGISStore
from geo.store.team import add_user, remove_user

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def team_app(pg_admin, pg_url, monkeypatch):
    pg_admin.ensure_seeded()
    monkeypatch.setenv("CORRIDOR_WATCH_STORE", pg_url)
    monkeypatch.setenv("PGPASSWORD", "not-anyones-password")  # the server's own: must never sign anyone in
    tag = secrets.token_hex(3)
    people = {role: (f"{role}_{tag}", secrets.token_urlsafe(12)) for role in ("viewer", "analyst", "lead")}
    for role, (name, password) in people.items():
        add_user(pg_admin, name, role, password)
    yield people
    for name, _ in people.values():
        remove_user(pg_admin, name)


def _app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="sign_in_name").input(name)
    at.text_input(key="sign_in_password").input(password)
    next(b for b in at.button if b.label == "Sign in").click().run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> str:
    return " ".join([*(m.value for m in at.markdown), *(e.value for e in at.error), *(c.value for c in at.caption),
                     *(i.value for i in at.info)]).replace("\\", "")  # Markdown escapes dropped


def test_a_team_store_asks_for_a_sign_in_first(team_app):
    at = _app()
    assert [t.label for t in at.text_input] == ["Account", "Password"]
    assert "dated claims shown" not in _texts(at)  # nothing of the data before a sign-in
    _sign_in(at, team_app["viewer"][0], "wrong-password-here")
    assert "Wrong account name or password." in _texts(at)
    _sign_in(at, team_app["viewer"][0], "")
    assert "Give your account name and password." in _texts(at)  # the server's PGPASSWORD did not sign anyone in


def test_a_viewer_reads_and_is_not_offered_changes_then_signs_out(team_app):
    name, password = team_app["viewer"]
    at = _sign_in(_app(), name, password)
    assert f"Signed in as **{name}** (viewer)" in _texts(at)
    assert "dated claims shown" in _texts(at)  # the Map
    for page in ("app_pages/ingest.py", "app_pages/review.py"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):  # not in the navigation at all
            at.switch_page(page)
    at.switch_page("app_pages/history.py").run()  # while the pages a viewer has are there
    assert not at.exception and "History" in [t.value for t in at.title]
    assert password not in repr(at.query_params) and password not in _texts(at)
    next(b for b in at.button if b.label == "Sign out").click().run()
    assert [t.label for t in at.text_input] == ["Account", "Password"]
    assert not [k for k in at.session_state if str(k).startswith("_cw_account")]


def test_an_analyst_reviews_but_is_told_grading_is_for_leads(team_app):
    at = _sign_in(_app(), *team_app["analyst"])
    at.switch_page("app_pages/review.py").run()
    assert not at.exception
    assert "Grading sources and claims is for the team's leads" in _texts(at)
    lead = _sign_in(_app(), *team_app["lead"])
    lead.switch_page("app_pages/review.py").run()
    assert [b.label for b in lead.button if b.label == "Save source grade"] == ["Save source grade"]


def test_another_analysts_change_shows_on_the_next_run(team_app, pg_url):
    at = _sign_in(_app(), *team_app["viewer"])
    at.switch_page("app_pages/claims.py").run()
    before = at.session_state["_cw_revision"] if "_cw_revision" in at.session_state else None
    analyst = PostGISStore(pg_url, user=team_app["analyst"][0], password=team_app["analyst"][1])
    analyst.add_correction(Correction("claim", "trend-c13", "reject"))
    at.run()
    assert not at.exception
    assert at.session_state["_cw_revision"] != before
    at.switch_page("app_pages/history.py").run()
    frame = at.dataframe[0].value
    assert list(frame["who"])[0] == team_app["analyst"][0] and list(frame["what"])[0] == "rejected"


def test_a_server_that_goes_away_is_a_message_and_coming_back_needs_no_sign_in(team_app, pg_url, monkeypatch):
    from pgcluster import free_port

    at = _sign_in(_app(), *team_app["analyst"])
    monkeypatch.setenv("CORRIDOR_WATCH_STORE", f"postgresql://127.0.0.1:{free_port()}/gone")
    at.run()
    assert not at.exception
    assert "cannot be reached" in _texts(at) and "dated claims shown" not in _texts(at)
    monkeypatch.setenv("CORRIDOR_WATCH_STORE", pg_url)
    at.run()
    assert not at.exception and "dated claims shown" in _texts(at)
