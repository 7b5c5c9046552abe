"""Filesystem primitives for atomic publishing: directory exchange, hardlinked copies, fsync, a file lock."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import hashlib
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

from geoevents.errors import DatasetError, DatasetLockedError

__all__ = ["exchange_dirs", "file_lock", "fsync_dir", "hardlink_tree", "sha256_file"]

log = logging.getLogger(__name__)
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name, use_errno=True) if name else None


def exchange_dirs(a: Path, b: Path) -> None:
    """Atomically swap two directories (Linux ``renameat2(RENAME_EXCHANGE)``).

    Where the call is missing, fall back to two renames; ``recover_swap`` in the writer repairs the
    one-instant window that leaves.
    """
    libc = _libc()
    fn = getattr(libc, "renameat2", None) if libc is not None else None
    if fn is not None:
        res = fn(_AT_FDCWD, os.fsencode(str(a)), _AT_FDCWD, os.fsencode(str(b)), _RENAME_EXCHANGE)
        if res == 0:
            fsync_dir(a.parent)
            return
        err = ctypes.get_errno()
        if err not in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
            raise DatasetError(f"renameat2({a}, {b}) failed: {os.strerror(err)}")
    tmp = b.with_name(b.name + ".swap")
    os.rename(b, tmp)
    os.rename(a, b)
    os.rename(tmp, a)
    fsync_dir(a.parent)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def hardlink_tree(src: Path, dst: Path, *, skip: set[Path]) -> list[Path]:
    """Recreate ``src`` under ``dst`` with hardlinks (no data copied), leaving out ``skip`` files.

    Returns the linked files' paths relative to ``src``.
    """
    linked: list[Path] = []
    for dirpath, _dirs, files in os.walk(src):
        rel = Path(dirpath).relative_to(src)
        (dst / rel).mkdir(parents=True, exist_ok=True)
        for name in files:
            path = Path(dirpath) / name
            if path in skip:
                continue
            try:
                os.link(path, dst / rel / name)
            except OSError:
                (dst / rel / name).write_bytes(path.read_bytes())
            linked.append(rel / name)
    return linked


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@contextlib.contextmanager
def file_lock(path: Path, *, timeout: float, poll: float = 0.2) -> Iterator[None]:
    """An exclusive ``flock`` on ``path``. The kernel drops it when its holder dies (no stale locks).

    The lock file is hardlinked into every new version of the dataset, so the lock survives the
    directory exchange; after acquiring, we check the path still names the locked inode.
    """
    deadline = time.monotonic() + timeout
    while True:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise DatasetLockedError(
                            f"another run holds {path} (waited {timeout:.0f}s); try again later") from None
                    time.sleep(poll)
            try:
                same = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                try:
                    yield
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                return
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
