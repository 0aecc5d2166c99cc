"""A team on one PostGIS store, each in their own browser: the viewer signs in and is offered no changes, an
analyst ingests a report in theirs, and the viewer's open page shows it within seconds, without a reload; signing out
asks for the password again."""
from __future__ import annotations

import secrets

import pytest

from conftest import serve
from geo.store.team import add_user
from test_dashboard import assert_no_app_exception, open_page, wait_idle

pytestmark = pytest.mark.e2e
REPORT = ("Convoy reaches Stepanakert\n\nAccording to the local transport ministry, 120 trucks entered Stepanakert "
          "through the Lachin corridor from March 3 to March 9, 2022, most of them carrying flour and fuel.\n")


@pytest.fixture
def team_app(pg_admin, pg_url, tmp_path_factory):
    pg_admin.ensure_seeded()
    tag = secrets.token_hex(3)
    people = {role: (f"{role}_{tag}", secrets.token_urlsafe(12)) for role in ("viewer", "analyst")}
    for role, (name, password) in people.items():
        add_user(pg_admin, name, role, password)
    env = {"CORRIDOR_WATCH_STORE": pg_url, "CORRIDOR_WATCH_REFRESH_S": "2"}
    with serve(tmp_path_factory.mktemp("streamlit-team"), env) as server:
        yield server, people


def _sign_in(page, app, name: str, password: str) -> None:
    open_page(page, app)
    page.get_by_label("Account").fill(name)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("dated claims shown").first.wait_for(timeout=60_000)
    wait_idle(page)


@pytest.fixture
def two_browsers(browser, recorder):
    """Two separate browser contexts (two people); closed after the test's report, which shows their pages."""
    contexts = [browser.new_context(), browser.new_context()]
    pages = [ctx.new_page() for ctx in contexts]
    for pg in pages:
        pg.on("pageerror", lambda exc: recorder.page_errors.append(str(exc)))
    yield pages
    for ctx in contexts:
        ctx.close()


def test_two_browsers_on_one_team_store(team_app, two_browsers, recorder):
    app, people = team_app
    viewer, analyst = two_browsers
    _sign_in(viewer, app, *people["viewer"])
    nav = viewer.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "History" in nav and "Ingest" not in nav and "Review" not in nav, nav
    assert people["viewer"][1] not in viewer.url and people["viewer"][1] not in viewer.content()
    viewer.get_by_role("link", name="History").click()
    viewer.get_by_text("Only this account").wait_for(timeout=60_000)  # the first History run of this server
    wait_idle(viewer)
    assert viewer.get_by_text(people["analyst"][0]).count() == 0

    _sign_in(analyst, app, *people["analyst"])
    nav = analyst.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "Ingest" in nav and "Review" in nav, nav
    analyst.get_by_role("link", name="Ingest").click()
    analyst.get_by_label("Paste the report").fill(REPORT)
    analyst.get_by_role("textbox", name="Outlet", exact=True).fill("Team Wire")
    analyst.get_by_role("button", name="Ingest").click()
    analyst.get_by_text("Open Review in the sidebar").wait_for(timeout=60_000)  # it landed
    assert_no_app_exception(analyst, "ingest")

    # the viewer's History page, left open, shows the analyst's ingest without a reload
    viewer.get_by_text(people["analyst"][0]).first.wait_for(state="attached", timeout=20_000)  # a grid cell
    assert viewer.get_by_text("Team Wire").count() >= 1
    assert_no_app_exception(viewer, "history after another analyst's ingest")

    viewer.get_by_role("button", name="Sign out").click()
    viewer.get_by_label("Account").wait_for()
    assert viewer.get_by_text("dated claims shown").count() == 0
    assert not recorder.page_errors, recorder.page_errors
