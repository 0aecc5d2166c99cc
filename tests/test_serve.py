"""`corridor-watch serve` beyond this machine: refused on a store without accounts unless read-only, and
served over TLS with a certificate this test makes."""
from __future__ import annotations

import argparse
import os
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.cli import serve_plan
from geo.store import Correction, StoreDenied, open_store

ROOT = Path(__file__).resolve().parents[1]


def _args(**kw) -> argparse.Namespace:
    base = dict(store=None, address="127.0.0.1", port=8501, allow_anonymous_read=False, tls_cert=None, tls_key=None)
    return argparse.Namespace(**{**base, **kw})


@pytest.mark.parametrize("address", ["0.0.0.0", "192.168.1.20", "::"])
def test_beyond_loopback_a_geopackage_needs_accounts_or_read_only(tmp_path, address):
    with pytest.raises(ValueError, match="has no accounts"):
        serve_plan(_args(store=str(tmp_path / "a.gpkg"), address=address), {})
    cmd, env, warnings = serve_plan(_args(store=str(tmp_path / "a.gpkg"), address=address,
                                          allow_anonymous_read=True), {})
    assert env["CORRIDOR_WATCH_READ_ONLY"] == "1" and cmd[cmd.index("--server.address") + 1] == address
    assert warnings and "without TLS" in warnings[0]


def test_a_team_store_may_be_served_and_loopback_needs_nothing(tmp_path):
    cmd, env, warnings = serve_plan(_args(store="postgresql://db:5432/team", address="0.0.0.0"), {})
    assert env["CORRIDOR_WATCH_STORE"] == "postgresql://db:5432/team" and "CORRIDOR_WATCH_READ_ONLY" not in env
    assert "passwords typed at sign-in cross the network readable" in warnings[0]
    cmd, env, warnings = serve_plan(_args(store=str(tmp_path / "a.gpkg")), {})
    assert warnings == [] and "CORRIDOR_WATCH_READ_ONLY" not in env


def test_the_cli_refuses_and_starts_nothing(tmp_path):
    out = subprocess.run([sys.executable, "-m", "geo.cli", "--store", str(tmp_path / "a.gpkg"), "serve", "--address",
                          "0.0.0.0", "--port", "1"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "--allow-anonymous-read" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "a.gpkg").exists()


def test_a_read_only_dashboard_offers_no_changes_and_its_store_refuses_them(tmp_path, monkeypatch):
    monkeypatch.setenv("CORRIDOR_WATCH_STORE", str(tmp_path / "ro.gpkg"))
    monkeypatch.setenv("CORRIDOR_WATCH_READ_ONLY", "1")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert "Read-only: this dashboard is served to others and changes nothing." in [c.value for c in at.caption]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("app_pages/ingest.py")
    store = open_store(read_only=True)
    with pytest.raises(StoreDenied, match="read-only"):
        store.add_correction(Correction("claim", "trend-c02", "reject"))
    assert store.read_raw()[1] == ()


def _make_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


def test_serving_over_tls_with_a_certificate_the_test_makes(tmp_path):
    from pgcluster import free_port

    cert, key = _make_certificate(tmp_path)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "geo.cli", "--store", str(tmp_path / "tls.gpkg"), "serve", "--port",
                             str(port), "--tls-cert", str(cert), "--tls-key", str(key)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=dict(os.environ))
    try:
        context = ssl.create_default_context(cafile=str(cert))  # trusts this certificate only
        deadline = time.monotonic() + 90
        while True:  # a condition with a deadline: the server answers over TLS
            assert proc.poll() is None, proc.stdout.read()
            try:
                with urllib.request.urlopen(f"https://127.0.0.1:{port}/_stcore/health", context=context, timeout=3) as r:
                    assert r.read().strip() == b"ok"
                    break
            except (OSError, ssl.SSLError):
                assert time.monotonic() < deadline, "no answer over TLS"
                time.sleep(0.2)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:  # plain HTTP gets no page
            raw.sendall(b"GET /_stcore/health HTTP/1.0\r\n\r\n")
            assert b"ok" not in raw.recv(200)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
