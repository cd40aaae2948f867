"""The write gate: no database write from an app whose data folder was taken over.

An app whose folder another computer took over (a laptop asleep for long, then woken up)
learns it at its next heartbeat, up to `LockTiming.heartbeat` seconds later, and only then
closes (storage/lock.py). Until then nothing may reach the database: with the gate
installed, every SQLAlchemy engine of this process asks the folder's `InstanceLock`
(`confirm`: one read of the 512-byte lock record) before a write transaction begins
(`BEGIN IMMEDIATE`, db.unit_of_work) and before any transaction commits. Databases outside
a folder this process holds the lock of are not concerned (commands beside the app hold
none: they do not claim the folder).

This module imports SQLAlchemy only in `install_write_gate`, which runs once it is in use
anyway (`Workspace.open`, through `refuse_if_open_elsewhere`), so the start-up, which
takes the lock before SQLAlchemy is imported, stays quick.
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from pathlib import Path
from typing import Any, Protocol


class Confirms(Protocol):
    def confirm(self) -> None: ...


# The locks this process holds, by data folder (InstanceLock adds and removes itself).
HELD: weakref.WeakValueDictionary[str, Confirms] = weakref.WeakValueDictionary()
_install = threading.Lock()
_installed = False
_folders: dict[str, str] = {}  # database path -> its folder's key


def folder_key(folder: Path | str) -> str:
    return os.path.normcase(os.path.realpath(folder))


def install_write_gate() -> None:
    """Make every SQLAlchemy engine of this process confirm the lock (see above). Once."""
    global _installed
    with _install:
        if _installed:
            return
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        from .db import WRITE_OPTION

        def before_write(conn: Any) -> None:
            if conn.get_execution_options().get(WRITE_OPTION):
                confirm_for(conn)

        event.listen(Engine, "begin", before_write)
        event.listen(Engine, "commit", confirm_for)
        _installed = True


def confirm_for(conn: Any) -> None:
    """Raise (InstanceLock.confirm) if `conn`'s database is in a folder this process held
    the lock of and another computer has taken it over."""
    if not HELD:
        return
    database = conn.engine.url.database
    if not database or database == ":memory:":
        return
    key = _folders.get(database)
    if key is None:
        key = _folders[database] = folder_key(Path(database).parent)
    lock = HELD.get(key)
    if lock is None:
        return
    try:
        lock.confirm()
    except BaseException:
        # Refused: end the database's own transaction here. SQLAlchemy counts a commit that
        # raised as ended and would hand the connection back still inside it.
        with contextlib.suppress(Exception):
            conn.connection.dbapi_connection.rollback()
        raise
