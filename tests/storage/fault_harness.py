"""Fault injection for the disk-fault tests (issue 12).

Two ways to make a disk fail, so the tests run everywhere:
- **a real small disk**: a tmpfs mounted for the test (root only, where `mount` is
  allowed), filled to the last byte with a filler file, or remounted read-only;
- **injected errors**: `OSError(ENOSPC/EROFS/EIO)` raised from the file-system calls a
  step makes, and SQLite's own result codes (`database or disk is full`, `attempt to
  write a readonly database`, `disk I/O error`) raised from every statement of an
  engine, as a pulled-out stick makes SQLite report them.
Without root the real-disk tests skip with the reason; the injected ones always run.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from biblio_desktop.disk_faults import fault_from

# SQLite extended result codes, as a failing disk makes SQLite report them
SQLITE_CODES = {"full": (13, "database or disk is full"),
                "read-only": (8, "attempt to write a readonly database"),
                "gone": (778, "disk I/O error")}  # SQLITE_IOERR_WRITE


class SmallDisk:
    """A tmpfs of `size_mb` mounted at `path` for one test."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._filler = path / f".filler-{uuid.uuid4().hex}"

    def fill(self) -> None:
        """Write until the disk says it is full (leaves nothing free)."""
        block = b"\0" * (1 << 20)
        fd = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (1 << 20, 1 << 12, 1):
                try:
                    while True:
                        os.write(fd, block[:size])
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC, exc
        finally:
            os.close(fd)
        assert shutil.disk_usage(self.path).free < 8192

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)

    def read_only(self, on: bool = True) -> None:
        done = _run(["mount", "-o", f"remount,{'ro' if on else 'rw'}", str(self.path)])
        assert done.returncode == 0, done.stderr


def _run(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, capture_output=True, timeout=30, check=False)


@contextlib.contextmanager
def small_disk(where: Path, size_mb: int = 24) -> Iterator[SmallDisk]:
    """Mount a tmpfs for the test, or skip it with the reason."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a real small disk needs root and mount (the injected faults still run)")
    where.mkdir(parents=True, exist_ok=True)
    done = _run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(where)])
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode(errors='replace')})")
    try:
        yield SmallDisk(where)
    finally:
        _run(["mount", "-o", "remount,rw", str(where)])
        if _run(["umount", str(where)]).returncode != 0:
            _run(["umount", "-l", str(where)])


def checkpoint(engine: Engine) -> None:
    """Empty the WAL, so the next write needs new space on the disk (a WAL that already
    has room would let small writes through on a full disk)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def sqlite_error(kind: str) -> sqlite3.OperationalError:
    code, text = SQLITE_CODES[kind]
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    exc.sqlite_errorname = {13: "SQLITE_FULL", 8: "SQLITE_READONLY",  # type: ignore[attr-defined]
                            778: "SQLITE_IOERR_WRITE"}[code]
    return exc


@contextlib.contextmanager
def failing_sqlite(engine: Engine, kind: str) -> Iterator[None]:
    """Every statement of `engine` fails as SQLite fails on a full, read-only or
    pulled-out disk, until the block ends."""

    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise sqlite_error(kind)

    event.listen(engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", fail)


def os_error(kind: str) -> OSError:
    code = {"full": errno.ENOSPC, "read-only": errno.EROFS, "gone": errno.EIO}[kind]
    return OSError(code, os.strerror(code))


def named(exc: BaseException, folder: Path) -> Any:
    """What a user is told for `exc` (as the UI and the CLI name it)."""
    return fault_from(exc, folder)


def no_restore_advice(message: str) -> None:
    """A disk fault must never send people to restore a backup."""
    lowered = message.lower()
    assert "damaged" not in lowered, message
    assert "restore the" not in lowered and "biblio-desktop restore" not in lowered, message
