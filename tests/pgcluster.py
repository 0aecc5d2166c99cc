"""A throwaway PostgreSQL + PostGIS cluster for the tests and benchmarks: a temporary folder, a free loopback
port, SCRAM passwords, started as the `postgres` user when we are root (`pg_ctl` refuses to run as root), and
removed afterwards. No mock database: the store tests run against this server."""
from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def pg_bin() -> Path | None:
    """The newest installed server's bin folder, with PostGIS beside it; None when either is missing."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        version = Path(folder).parent.name
        if Path(folder, "initdb").exists() and Path(f"/usr/share/postgresql/{version}/extension/postgis.control").exists():
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    port: int
    password: str  # the superuser's, handed to the tests through PGPASSWORD-free DSNs: never printed
    bin: Path
    user: str = "postgres"

    def dsn(self, db: str = "cw", user: str | None = None, password: str | None = None) -> str:
        return (f"host=127.0.0.1 port={self.port} dbname={db} user={user or self.user} "
                f"password={password if password is not None else self.password} connect_timeout=5")

    def url(self, db: str = "cw") -> str:
        """A store address without credentials (as an analyst would type it)."""
        return f"postgresql://127.0.0.1:{self.port}/{db}"

    def _as_owner(self, *cmd: str, **kw) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *cmd], check=True, capture_output=True, text=True, **kw)

    def start(self) -> None:
        try:
            self._as_owner(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
                           "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            log = (self.folder / "log").read_text(errors="replace")[-1500:] if (self.folder / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {exc.stdout} {exc.stderr}\n{log}") from None

    def stop(self, mode: str = "fast") -> None:
        try:
            self._as_owner(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")
        except subprocess.CalledProcessError:
            pass  # not running

    def postmaster_pid(self) -> int:
        return int((self.folder / "data" / "postmaster.pid").read_text().split()[0])

    def sql(self, statement: str, db: str = "cw") -> None:
        import psycopg

        with psycopg.connect(self.dsn(db), autocommit=True) as con:
            con.execute(statement)

    def new_database(self, name: str) -> str:
        """An empty database with PostGIS, for one test; returns its name."""
        self.sql(f'CREATE DATABASE "{name}"', db="postgres")
        self.sql("CREATE EXTENSION postgis", db=name)
        return name

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb, start, and a database `cw` with PostGIS. Raises RuntimeError with the reason when it cannot."""
    binary = pg_bin()
    if binary is None:
        raise RuntimeError("PostgreSQL with PostGIS is not installed (scripts/test.sh installs it)")
    folder = Path(tempfile.mkdtemp(prefix="cw-pg-"))
    os.chmod(folder, 0o755)
    password = secrets.token_urlsafe(18)
    (folder / "pw").write_text(password)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(folder / "pw", "postgres", "postgres")
    port = free_port()
    cluster = Cluster(folder, port, password, binary)
    try:
        cluster._as_owner(str(binary / "initdb"), "-D", str(folder / "data"), "-U", "postgres", "--pwfile",
                          str(folder / "pw"), "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        (folder / "pw").unlink()
        with open(folder / "data" / "postgresql.conf", "a") as conf:
            conf.write(f"\nport = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\n"
                       "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 60\n"
                       "shared_buffers = 128MB\nlog_min_messages = warning\n")
        cluster.start()
        for _ in range(50):  # -w waits for the socket; the first connection can still race the start-up
            try:
                cluster.sql("SELECT 1", db="postgres")
                break
            except Exception:  # noqa: BLE001
                time.sleep(0.1)
        cluster.new_database("cw")
    except (subprocess.CalledProcessError, OSError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        cluster.remove()
        raise RuntimeError(f"could not start a test cluster: {detail.strip()[-400:]}") from None
    return cluster
