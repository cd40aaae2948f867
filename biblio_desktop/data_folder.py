"""The data folder around the library: one app at a time, its health, backups, restore.

What the desktop app does before a `Workspace` is open (take the instance lock, look for
damage and offer a backup, read the learner list quickly) or while it is closed (restore
a backup), and the backups the settings screen lists and makes. The UI calls these, never
storage/ itself (a contract in pyproject.toml; docs/architecture.md, "Layers"). The
backup code is imported only when used, so the first paint does not wait for it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .datadir import DataLayout
from .storage.lock import InstanceLock, LockHolder, StaleLockError
from .storage.schema import HEAD_REVISION

if TYPE_CHECKING:
    from .storage.backup import BackupInfo, DatabaseHealth, RestoreResult

__all__ = [
    "HEAD_REVISION", "BackupInfo", "DatabaseHealth", "InstanceLock", "LockHolder",
    "RestoreResult", "StaleLockError", "check_database", "list_backups", "make_backup",
    "restore_backup", "restore_with_details",
]


def check_database(layout: DataLayout) -> DatabaseHealth:
    """SQLite's integrity check, damage told apart from a full or read-only disk."""
    from .storage import backup

    return backup.check_database(layout)


def list_backups(layout: DataLayout, *, now: datetime | None = None) -> list[BackupInfo]:
    """The backups in `<data>/backups`, newest first."""
    from .storage import backup

    return backup.list_backups(layout, now=now)


def make_backup(layout: DataLayout, reason: str = "", *, now: datetime | None = None) -> Path:
    """Back up the library database now (safe while it is open); the backup's path."""
    from .storage import backup

    return backup.make_backup(layout, reason, now=now)


def restore_backup(layout: DataLayout, backup_file: Path) -> Path:
    """Replace the (closed) library database with a checked backup."""
    from .storage import backup

    return backup.restore_backup(layout, backup_file)


def restore_with_details(layout: DataLayout, backup_file: Path, *,
                         now: datetime | None = None) -> RestoreResult:
    """`restore_backup`, also telling where the copy of the replaced database went."""
    from .storage import backup

    return backup.restore_with_details(layout, backup_file, now=now)
