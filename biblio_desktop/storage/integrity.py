"""Reading a database file to tell damage from everything that only looks like it.

Why its own module: deciding "damaged" is what leads people to restore a backup and lose
their recent work, so it is kept in one place with its rules (see `integrity_problems`):
a transaction a killed process left unfinished is rolled back first, a full or read-only
disk is read as it is, and another program holding the file is never judged from its
bytes. Backups (backup.py) use it to check the database and every copy they make.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..disk_faults import (
    CORRUPTION_CODES,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    busy,
    fault_from,
    folder_gone,
    sqlite_code,
)

BUSY_WAIT = 10.0  # seconds to wait for another program to release the database


def _integrity_rows(path: Path, *, immutable: bool = False) -> list[str]:
    """`PRAGMA integrity_check` over a read-only connection (a check never writes).
    `immutable`: read the file's bytes as they are, without the -wal/-shm files SQLite
    would otherwise need to create (for a read-only or full disk)."""
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_WAIT / 2)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    messages = [str(r[0]) for r in rows]
    return [] if messages == ["ok"] else messages


def integrity_problems(path: Path) -> list[str]:
    """What `PRAGMA integrity_check` finds wrong with a database file ([] when healthy).

    Never reports the disk's faults, or a transaction a killed process left unfinished,
    as damage:
    - a hot rollback journal or a WAL beside the file (a process was killed, or the power
      went, mid-commit) is first rolled back or recovered by an ordinary read-write open,
      as SQLite does on any open; only then is the file checked;
    - when SQLite cannot read the file because the disk is full or read-only, the file's
      bytes are read as they are (immutable) and checked, unless unfinished changes lie
      beside it (their half-written pages would look like damage): then the fault is
      raised, saying what the disk needs;
    - another program holding the database is raised as such, never judged from bytes it
      may be writing.
    A file whose bytes were overwritten or that is not a database is reported as a
    problem.
    """
    if not path.is_file():
        return [f"{path.name} does not exist"]
    try:
        return _integrity_rows(path)
    except sqlite3.Error as exc:
        if _is_damage(exc):
            return [str(exc)]
        first = exc
    if _unfinished_changes(path):
        try:
            _recover(path)
            return _integrity_rows(path)
        except sqlite3.Error as exc:
            if _is_damage(exc):
                return [str(exc)]
            fault = fault_from(exc, path.parent, "finishing the last change to the library")
            raise (fault or folder_gone(path.parent, "reading the library database")) from exc
    if sqlite_code(first) in (SQLITE_BUSY, SQLITE_LOCKED):
        raise busy(path.parent, "checking the library database") from first
    try:
        return _integrity_rows(path, immutable=True)
    except sqlite3.Error as exc:
        if _is_damage(exc):
            return [str(exc)]
        fault = fault_from(first, path.parent, "reading the library database")
        if fault is None:
            return [str(first)]
        raise fault from first


def _unfinished_changes(path: Path) -> bool:
    """A non-empty rollback journal or WAL beside the database: a transaction to roll
    back or commits to replay before the file alone says anything."""
    for suffix in ("-journal", "-wal"):
        try:
            if path.with_name(path.name + suffix).stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def _recover(path: Path) -> None:
    """Let SQLite roll back a hot journal (or recover a WAL): an ordinary open and a read
    do it, as at any start of the app."""
    conn = sqlite3.connect(path, timeout=BUSY_WAIT / 2)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _is_damage(exc: sqlite3.Error) -> bool:
    """SQLite read the file and found it damaged (or not a database)."""
    code = sqlite_code(exc)
    return code is None or code in CORRUPTION_CODES


def _is_library_database(path: Path) -> bool:
    """A file made by this app: it has Alembic's version table."""
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            row = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                               "name='alembic_version'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None
