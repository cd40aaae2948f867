"""Faults of the disk under the data folder, named for what they are.

Why this exists: SQLite and the OS report a full disk, a write-protected USB stick and a
stick pulled out mid-write as terse codes ("disk I/O error", "unable to open database
file"). Read as "the database is damaged" they lead people to restore a backup and throw
away their recent work, when freeing space or unlocking the stick was all it took. Here
every such error becomes one `StorageFault` whose message says the real cause, that
what was saved before is kept, and what to do; only real damage (bytes SQLite could read
and found wrong) ever leads to the restore offer, and that is decided elsewhere
(`backup.check_database`).

The cause is taken from the error first (errno, SQLite's result code) and, when that is
ambiguous (SQLITE_IOERR, SQLITE_CANTOPEN), from a look at the folder itself: gone,
read-only, or nearly out of space.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from .errors import BiblioError, DataFolderError

# Less free space than this and a write error is called a full disk. SQLite needs room
# for its journal and the backups a copy of the whole database.
LOW_SPACE_BYTES = 4 * 1024 * 1024

# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
CORRUPTION_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# (not ENOTCONN and the like: those are the network's, and downloads handle them)
_GONE_ERRNOS = {errno.EIO, errno.ENXIO, errno.ENODEV, errno.ESTALE,
                getattr(errno, "ENOMEDIUM", errno.EIO)}


class StorageFault(DataFolderError):
    """The disk under the data folder failed; nothing saved before is lost."""

    kind = "storage"

    def __init__(self, message: str, hint: str = "", folder: Path | None = None) -> None:
        super().__init__(message, hint)
        self.folder = folder


def restated(fault: StorageFault, outcome: str) -> StorageFault:
    """The same fault with what it meant for the operation added ("Nothing was
    restored.")."""
    return type(fault)(f"{fault.message} {outcome}", fault.hint, fault.folder)


class DiskFull(StorageFault):
    kind = "disk-full"


class ReadOnlyFolder(StorageFault):
    kind = "read-only"


class FolderGone(StorageFault):
    """The stick or drive went away, or the disk reported a read/write error."""

    kind = "gone"


class DatabaseBusy(StorageFault):
    """Another program holds SQLite's lock on the database."""

    kind = "busy"


def _human(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} bytes"


def free_bytes(folder: Path) -> int | None:
    """Free space for this user on the disk holding `folder` (None if it cannot be read)."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def _read_only_filesystem(folder: Path) -> bool:
    try:
        flags = os.statvfs(folder).f_flag
    except (OSError, AttributeError):
        return False
    return bool(flags & getattr(os, "ST_RDONLY", 1))


def _nearest_existing(folder: Path) -> Path:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return folder


def _place(folder: Path, data_folder: bool) -> str:
    return f"the data folder {folder}" if data_folder else str(folder)


def disk_full(folder: Path, doing: str = "", *, data_folder: bool = True) -> DiskFull:
    free = free_bytes(folder)
    room = f" ({_human(free)} free)" if free is not None else ""
    what = f", so {doing} could not be saved" if doing else ""
    return DiskFull(
        f"The disk holding {_place(folder, data_folder)} is full{room}{what}. Everything "
        "saved before is kept.",
        "free some space on that disk (delete or move files, empty the recycle bin), then "
        "try again; no backup needs to be restored", folder)


def read_only(folder: Path, doing: str = "", *, data_folder: bool = True) -> ReadOnlyFolder:
    what = f" ({doing} was not saved)" if doing else ""
    place = _place(folder, data_folder)
    if not data_folder:
        return ReadOnlyFolder(
            f"{place[0].upper()}{place[1:]} cannot be written to: the USB stick is "
            f"write-protected, the drive is read-only, or you have no permission there{what}.",
            "unlock the stick (its lock switch) or choose another folder", folder)
    return ReadOnlyFolder(
        f"{place[0].upper()}{place[1:]} cannot be written to: the USB stick is "
        f"write-protected, the drive is read-only, or you have no permission there{what}. "
        "Everything saved before is kept.",
        "slide the stick's lock switch to unlocked or get write permission, then start "
        "BIBLIO Desktop again; or copy the data folder to this computer and open that copy "
        "(--data-dir). BIBLIO Desktop does not open a library it cannot save to", folder)


def folder_gone(folder: Path, doing: str = "", *, data_folder: bool = True) -> FolderGone:
    what = f" while {doing}" if doing else ""
    place = _place(folder, data_folder)
    return FolderGone(
        f"{place[0].upper()}{place[1:]} went away{what}: the USB stick or network drive was "
        "removed, or the disk reported a read or write error. What was saved before is "
        "kept; the last change may not have been saved.",
        "put the stick back (or reconnect the drive) and try again; if it keeps "
        "happening, use another disk", folder)


def busy(folder: Path, doing: str = "") -> DatabaseBusy:
    what = f", so {doing} had to wait and gave up" if doing else ""
    return DatabaseBusy(
        f"The library database in {folder} is in use by another program{what}. The library "
        "itself is fine.",
        "close the other BIBLIO Desktop window, backup or antivirus program using it, then "
        "try again", folder)


def probe(folder: Path, doing: str = "", *, need: int = 0,
          data_folder: bool = True) -> StorageFault | None:
    """What is wrong with the disk under `folder`, looking at the folder itself: gone,
    read-only, or less free space than `need` (or LOW_SPACE_BYTES). None if it looks
    fine (the error had another cause)."""
    try:
        os.stat(folder)
    except FileNotFoundError:
        if _read_only_filesystem(_nearest_existing(folder)):
            return read_only(folder, doing, data_folder=data_folder)
        return folder_gone(folder, doing, data_folder=data_folder)
    except OSError as exc:
        if exc.errno in _GONE_ERRNOS:
            return folder_gone(folder, doing, data_folder=data_folder)
    if _read_only_filesystem(folder):
        return read_only(folder, doing, data_folder=data_folder)
    free = free_bytes(folder)
    if free is not None and free < max(need, LOW_SPACE_BYTES):
        return disk_full(folder, doing, data_folder=data_folder)
    return None


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error (sqlite3's, or SQLAlchemy's wrapping)."""
    for candidate in (exc, getattr(exc, "orig", None), exc.__cause__):
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    text = str(getattr(exc, "orig", None) or exc).lower()
    for words, code in (("database or disk is full", SQLITE_FULL),
                        ("readonly database", SQLITE_READONLY),
                        ("disk i/o error", SQLITE_IOERR),
                        ("unable to open database file", SQLITE_CANTOPEN),
                        ("database is locked", SQLITE_BUSY),
                        ("malformed", SQLITE_CORRUPT), ("not a database", SQLITE_NOTADB)):
        if words in text:
            return code
    return None


def is_disk_fault(exc: OSError) -> bool:
    """An OS error of the disk itself (full, read-only, gone), not of one file."""
    return exc.errno in _FULL_ERRNOS | _READ_ONLY_ERRNOS | _GONE_ERRNOS


def _os_error(exc: BaseException) -> OSError | None:
    """The OSError behind `exc`: itself, or what it was explicitly raised from (`raise ...
    from err`). Not the implicit context: a network error handled inside an `except
    OSError` block, or a bug raised there, is not the disk's fault."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 10:
        if isinstance(current, OSError) and current.errno is not None:
            return current
        current = current.__cause__
        seen += 1
    return None


def fault_from(exc: BaseException, folder: Path | None, doing: str = "", *,
               data_folder: bool = True) -> StorageFault | None:
    """The StorageFault an error stands for, or None when it is not a disk fault (a bug,
    real corruption, bad input). `folder` is the data folder, or (`data_folder=False`)
    another folder written to, such as an export's destination."""
    if isinstance(exc, StorageFault):
        return exc
    if isinstance(exc, BiblioError):  # already said in plain words by whoever raised it
        return None
    where = folder or Path.cwd()
    os_error = _os_error(exc)
    if os_error is not None and not isinstance(exc, sqlite3.Error) and \
            getattr(exc, "orig", None) is None:
        kind = os_error.errno
        if kind in _FULL_ERRNOS:
            return disk_full(where, doing, data_folder=data_folder)
        if kind in _READ_ONLY_ERRNOS:
            return read_only(where, doing, data_folder=data_folder)
        if kind in _GONE_ERRNOS or (kind == errno.ENOENT and folder is not None
                                    and not folder.exists()):
            return folder_gone(where, doing, data_folder=data_folder)
        return None
    code = sqlite_code(exc)
    if code is None or code in CORRUPTION_CODES:
        return None
    if code == SQLITE_FULL:
        return disk_full(where, doing)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return busy(where, doing)
    found = probe(where, doing) if folder is not None else None
    if found is not None:
        return found
    if code == SQLITE_READONLY:
        return read_only(where, doing)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return folder_gone(where, doing)
    return None


@contextlib.contextmanager
def named_faults(folder: Path, doing: str = "") -> Iterator[None]:
    """Re-raise a disk error inside the block as the StorageFault it stands for."""
    try:
        yield
    except StorageFault:
        raise
    except Exception as exc:
        fault = fault_from(exc, folder, doing)
        if fault is None:
            raise
        raise fault from exc
