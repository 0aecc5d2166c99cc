"""Fixtures for the browser tests: a local `streamlit run` and headless Chromium.

The app is started once per session on 127.0.0.1 and a free port; every test gets a
fresh browser context (1600x1100) that records each request, websocket and console
message so that the test can assert the page stayed offline and error-free.

Chromium: Debian's /usr/bin/chromium (``playwright install`` cannot download browsers
here). Set CORRIDOR_WATCH_CHROMIUM to use another binary.
"""
from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from pgcluster import free_port  # noqa: E402  (tests/ is on the path: its conftest)

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("CORRIDOR_WATCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
VIEWPORT = {"width": 1600, "height": 1100}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
HARMLESS_SCHEMES = {"data", "blob", "about"}
# Streamlit's frontend, opened directly at a page URL (/timeline), first probes
# /timeline/_stcore/health and /timeline/_stcore/host-config, gets 404, then finds the app at
# /_stcore/… (streamlit/streamlit#7074, open). That one known framework probe is excused;
# any other failed load stays an error.
KNOWN_PROBE_404 = re.compile(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/[^/?#]+/_stcore/(health|host-config)$")
STARTUP_TIMEOUT_S = 60


@dataclass
class App:
    url: str
    port: int
    log_path: Path
    proc: subprocess.Popen

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"


@contextlib.contextmanager
def serve(log_dir: Path, extra_env: dict[str, str] | None = None):
    """`streamlit run app.py` on 127.0.0.1:<free port>, stopped on exit."""
    port = free_port()
    log_path = log_dir / "streamlit.log"
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(extra_env or {})}
    with open(log_path, "wb") as log:
        # cwd = repo root: .streamlit/config.toml (static serving of the offline map style) is read from there.
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
    server = App(url=f"http://127.0.0.1:{port}", port=port, log_path=log_path, proc=proc)
    _SERVERS.append(server)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with code {proc.returncode} before answering:\n{server.log_tail()}")
            try:
                with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200 and r.read().strip() == b"ok":
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not answer /_stcore/health within {STARTUP_TIMEOUT_S} s:\n"
                            f"{server.log_tail()}")
            time.sleep(0.25)
        yield server
    finally:
        _SERVERS.remove(server)
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> App:
    """The dashboard on the embedded data, for the whole session."""
    with serve(tmp_path_factory.mktemp("streamlit")) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through sync Playwright."""
    if not Path(CHROMIUM).is_file() or not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it (apt-get install -y chromium) or set "
                    "CORRIDOR_WATCH_CHROMIUM to a Chromium binary. `playwright install` cannot download "
                    "browsers here.", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - environment problem, not a test result
        pytest.fail(f"playwright is not installed in this environment ({exc}): pip install -e '.[test]'",
                    pytrace=False)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        _BROWSERS.append(b)
        try:
            yield b
        finally:
            _BROWSERS.remove(b)
            b.close()


@dataclass
class Recorder:
    """Everything the page asked for and said, for the offline and no-error assertions."""

    requests: list[str] = field(default_factory=list)
    websockets: list[str] = field(default_factory=list)
    console: list[tuple[str, str, str]] = field(default_factory=list)  # (type, text, location url)
    page_errors: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)  # "404 http://…", to explain console errors

    def foreign_requests(self) -> list[str]:
        bad = []
        for url in self.requests + self.websockets:
            parts = urlsplit(url)
            if parts.scheme in HARMLESS_SCHEMES:
                continue
            if parts.hostname not in LOCAL_HOSTS:
                bad.append(url)
        return bad

    def console_errors(self) -> list[str]:
        return [f"{text} [{url}]" if url else text for kind, text, url in self.console
                if kind == "error" and not self._known_probe(text, url)]

    @staticmethod
    def _known_probe(text: str, url: str) -> bool:
        return text.startswith("Failed to load resource") and "404" in text and bool(KNOWN_PROBE_404.match(url))

    def assert_clean(self, where: str) -> None:
        foreign = self.foreign_requests()
        assert not foreign, f"{where}: requests left the machine: {foreign}"
        errors = self.console_errors() + [f"uncaught: {e}" for e in self.page_errors]
        assert not errors, f"{where}: console errors: {errors}; HTTP errors: {self.bad_responses}"


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def page(browser, app: App, recorder: Recorder):
    """A fresh context and page per test; requests, websockets and console messages are recorded."""
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    context.on("request", lambda req: recorder.requests.append(req.url))
    context.on("response", lambda res: res.status >= 400 and recorder.bad_responses.append(f"{res.status} {res.url}"))
    context.on("requestfailed", lambda req: recorder.bad_responses.append(f"failed {req.url}: {req.failure}"))
    pg = context.new_page()
    pg.on("websocket", lambda ws: recorder.websockets.append(ws.url))
    pg.on("console", lambda msg: recorder.console.append((msg.type, msg.text, msg.location.get("url", ""))))
    pg.on("pageerror", lambda exc: recorder.page_errors.append(str(exc)))
    pg.set_default_timeout(30_000)
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_SERVERS: list[App] = []  # the apps serve() has running, for a failure's report
_BROWSERS: list = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test says what each open page showed (address, visible text, a screenshot under
    artifacts/failures/) and the tail of each running server's log: a flake on CI is then readable."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    folder = ROOT / "artifacts" / "failures"
    for b in _BROWSERS:
        for ci, ctx in enumerate(b.contexts):
            for pi, pg in enumerate(ctx.pages):
                try:
                    shot = folder / f"{slug(item.name)}-{ci}-{pi}.png"
                    folder.mkdir(parents=True, exist_ok=True)
                    pg.screenshot(path=str(shot), full_page=True, timeout=10_000)
                    text = pg.locator("body").inner_text(timeout=5_000)
                    report.sections.append((f"page {ci}.{pi} at {pg.url} ({shot})", text[:3000]))
                except Exception as exc:  # noqa: BLE001 - a report of a failure must not fail itself
                    report.sections.append((f"page {ci}.{pi}", f"could not be read: {exc}"))
    for server in _SERVERS:
        report.sections.append((f"streamlit log {server.url}", server.log_tail(40)))
