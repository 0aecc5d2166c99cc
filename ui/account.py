"""Who is using the dashboard. On a PostGIS store each analyst signs in with their database account: the
dashboard connects as that role, so the database decides what they may do. The password stays in this
server's session memory (never in the address bar, a log or the page) and goes at sign-out. A GeoPackage
has no accounts; a dashboard served read-only (`serve --allow-anonymous-read`) writes nothing."""
from __future__ import annotations

import os
from dataclasses import dataclass

import streamlit as st

from geo.store import DatasetError, StoreDenied, is_pg_address, open_store, store_address
from geo.view.render import md_escape

_ACCOUNT = "_cw_account"  # (name, password, role) after a sign-in that the server accepted
REFRESH_S = float(os.environ.get("CORRIDOR_WATCH_REFRESH_S", "5"))  # how often a team dashboard asks for news


@dataclass(frozen=True)
class Who:
    name: str
    role: str  # owner, lead, analyst, viewer; "local" for a GeoPackage; "reader" when served read-only

    @property
    def can_write(self) -> bool:
        return self.role in ("owner", "lead", "analyst", "local")

    @property
    def can_grade(self) -> bool:
        return self.role in ("owner", "lead", "local")


def read_only() -> bool:
    return os.environ.get("CORRIDOR_WATCH_READ_ONLY") == "1"


def team_store() -> bool:
    return is_pg_address(str(store_address()))


def who() -> Who:
    if team_store():
        account = st.session_state.get(_ACCOUNT)
        return Who(account[0], account[2]) if account else Who("", "none")
    return Who("", "reader" if read_only() else "local")


def open_signed_in():
    """The store as this session's account; on a team store without a sign-in, the sign-in form (and stop)."""
    if not team_store():
        return open_store(read_only=read_only())
    account = st.session_state.get(_ACCOUNT)
    if account is None:
        sign_in_form()
        st.stop()
    return open_store(user=account[0], password=account[1], no_password_fallback=True)


def sign_in_form() -> None:
    address = str(store_address())
    st.title("Corridor Watch")
    st.markdown(md_escape(f"This dashboard works on a team store ({address}). Sign in with the account your "
                          "team lead gave you."))
    with st.form("sign_in", clear_on_submit=True):  # the typed password does not stay in the widget
        name = st.text_input("Account", key="sign_in_name", max_chars=63, autocomplete="username")
        password = st.text_input("Password", type="password", key="sign_in_password", max_chars=1000,
                                 autocomplete="current-password")
        if st.form_submit_button("Sign in", type="primary"):
            _try_sign_in(name.strip(), password)
    if "_cw_sign_in_error" in st.session_state:
        st.error(md_escape(st.session_state.pop("_cw_sign_in_error")), icon=":material/lock:")


def _try_sign_in(name: str, password: str) -> None:
    if not name or not password:
        st.session_state["_cw_sign_in_error"] = "Give your account name and password."
        return
    try:
        store = open_store(user=name, password=password, no_password_fallback=True)
        role = store.role()
    except StoreDenied:
        st.session_state["_cw_sign_in_error"] = "Wrong account name or password."  # never says which
        return
    except DatasetError as exc:
        st.session_state["_cw_sign_in_error"] = str(exc)
        return
    if role == "none":
        st.session_state["_cw_sign_in_error"] = (f"The account {name} has no role in this team (viewer, analyst "
                                                 "or lead): ask your team lead.")
        return
    st.session_state[_ACCOUNT] = (name, password, role)
    st.rerun()


def account_box() -> None:
    """In the sidebar: who is signed in, with what role, and sign-out; what a read-only dashboard is."""
    w = who()
    if team_store() and w.name:
        st.caption(f"Signed in as **{md_escape(w.name)}** ({w.role})")
        if st.button("Sign out", key="sign_out", icon=":material/logout:"):
            sign_out()
    elif w.role == "reader":
        st.caption("Read-only: this dashboard is served to others and changes nothing.")


def sign_out() -> None:
    account = st.session_state.get(_ACCOUNT)
    if account is not None:
        try:
            open_store(user=account[0], password=account[1], no_password_fallback=True).close()
        except DatasetError:
            pass  # the server is gone: nothing to close
    for key in [k for k in st.session_state if k.startswith(("_cw_", "sign_in_"))]:
        del st.session_state[key]
    st.rerun()


def watch_revision(store) -> None:
    """A team store changes under the dashboard: ask for its revision every few seconds (one indexed row)
    and rerun when another analyst's change landed, or when an unreachable server is back."""
    if not team_store() or REFRESH_S <= 0:
        return
    try:  # what this run has shown, this session's own writes included (they need no second run)
        st.session_state["_cw_revision"] = store.version()
    except DatasetError:
        st.session_state["_cw_revision"] = None

    @st.fragment(run_every=REFRESH_S)
    def _poll() -> None:
        try:
            now = store.version()
        except DatasetError:
            st.session_state["_cw_revision"] = None
            return
        seen = st.session_state.get("_cw_revision", now)
        st.session_state["_cw_revision"] = now
        if seen != now:
            st.rerun(scope="app")

    _poll()
