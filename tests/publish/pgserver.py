"""A throwaway PostgreSQL server on 127.0.0.1 (Debian's binaries), run as a non-root user when we are root."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "geo"
PG_ROOT = Path("/usr/lib/postgresql")  # Debian: <version>/bin/pg_ctl


def pg_bin_or_skip() -> Path:
    found = shutil.which("pg_ctl")
    installed = PG_ROOT.glob("*/bin/pg_ctl")
    newest_first = sorted(installed, key=lambda p: [int(x) for x in re.findall(r"\d+", p.parts[-3])], reverse=True)
    candidates = [Path(found).resolve()] if found else newest_first
    if not candidates:
        pytest.skip("PostgreSQL is not installed (Debian package `postgresql`; `make postgres` installs it): "
                    "the warehouse load test needs a real server")
    return Path(candidates[0]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class PgServer:
    bindir: Path
    port: int

    def psql(self, *args: str, stdin: str | None = None) -> str:
        psql = shutil.which("psql") or str(self.bindir / "psql")
        done = subprocess.run(
            [psql, "-X", "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, "-d", "postgres",
             "-v", "ON_ERROR_STOP=1", "-A", "-t", *args],
            input=stdin, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout


@contextmanager
def running_server() -> Iterator[PgServer]:
    """initdb a temporary cluster, start it on a free loopback port, stop and delete it afterwards."""
    bindir = pg_bin_or_skip()
    prefix: list[str] = []
    owner: pwd.struct_passwd | None = None
    if os.geteuid() == 0:  # postgres refuses to run as root
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run the test server as")
        runuser = shutil.which("runuser")
        if runuser is None:
            pytest.skip("running as root and `runuser` is missing: cannot start PostgreSQL as `postgres`")
        prefix = [runuser, "-u", owner.pw_name, "--"]
    base = Path(tempfile.mkdtemp(prefix="geoevents-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if owner is not None:
        for path in (base, sock):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    port = _free_port()

    def run(*cmd: str) -> None:
        done = subprocess.run([*prefix, *cmd], capture_output=True, text=True, timeout=120, check=False, cwd=base)
        assert done.returncode == 0, f"{cmd[0]} failed: {done.stdout}\n{done.stderr}"

    run(str(bindir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale")
    options = f"-h 127.0.0.1 -p {port} -k {sock} -c fsync=off -c full_page_writes=off"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "server.log"), "-w",
        "-t", "60", "start")
    try:
        server = PgServer(bindir=bindir, port=port)
        deadline = time.monotonic() + 30
        while True:
            try:
                server.psql("-c", "SELECT 1")
                break
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True, timeout=60, check=False, cwd=base)
        shutil.rmtree(base, ignore_errors=True)
