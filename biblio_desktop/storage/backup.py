"""Backups of the library database, integrity checks and restore.

Backups use SQLite's online backup API, so they are consistent even while the app has
the database open (committed rows still in the WAL are included). Each one is written to
a hidden temporary name in `<data>/backups/`, checked with `PRAGMA integrity_check`, and
only then renamed to `library-YYYYmmdd-HHMMSS[-reason].sqlite3`: a file with that name is
always a complete, verified backup. Backups are stored in rollback-journal mode so each
is one self-contained file (no -wal/-shm beside it).

When backups are made: once per calendar day on start (`daily_backup_if_due`), before
every import or migration (`backup_before`), on request (`biblio-desktop backup`), and
before a restore (`...-before-restore`). The newest `KEEP` backups are kept; a
before-restore copy is never pruned within a day of being made.

A wrong clock (docs/architecture.md, "Clock"): names carry whatever date the clock said,
so the date cannot say which backup is newest. Each backup also carries a sequence number
in its SQLite header (`PRAGMA user_version`, unused by the library database; one more
than the highest in the folder), and "newest" means the highest number: a clock that fell
back to 2002 cannot make new backups look older than old ones and get them pruned, nor a
clock that was once in 2040 keep stale backups "newest" for years. Backups without a
number (made by earlier versions) come after, by date, and those dated more than a day
after the clock's "now" (`dated_ahead`: made while the clock was ahead, or the clock is
behind now) after those. While the clock is obviously wrong (before this version was
released, after 2099), days cannot be told apart (a dead battery resets the clock to the
same date at every start), so the "daily" backup is made at every start.

`restore_backup` replaces the database file, so it must only run while no engine (no
SQLAlchemy `Engine`, no `Workspace`) has the database open in any process: close the
workspace first, and hold the `InstanceLock` so no other app instance has it open. It
refuses when it can see the database still in use.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from .. import clock
from ..atomic_files import AtomicFile, remove_stale_temporaries
from ..datadir import DataLayout
from ..disk_faults import (
    StorageFault,
    fault_from,
    folder_gone,
    named_faults,
    probe,
    restated,
)
from ..errors import DataFolderError
from . import integrity
from .integrity import _is_library_database, integrity_problems

log = logging.getLogger(__name__)

KEEP = 7
BEFORE_RESTORE = "before-restore"
DAILY = "daily"

_NAME_RE = re.compile(r"^library-(\d{8})-(\d{6})(?:-([a-z0-9][a-z0-9-]*))?\.sqlite3$")
_TMP_PREFIX = ".library-"
_TMP_SUFFIX = ".sqlite3.tmp"
_STALE_TMP_AGE = 3600.0  # seconds; a temp file this old is left over from a crash
_SEQUENCE_OFFSET = 60  # the 4-byte big-endian user_version in SQLite's 100-byte header


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    reason: str  # "" for a backup made on request
    size: int  # bytes
    dated_ahead: bool = False  # dated after the clock's "now" (see the module docstring)
    sequence: int = 0  # order of making, whatever the clock said; 0: an earlier version's

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class DatabaseHealth:
    """The outcome of `check_database`.

    status: "ok"; "missing" (no database yet: a new data folder, nothing wrong);
    "corrupt" (SQLite read the file and found it damaged, or it is not a database), with
    `problems` saying what SQLite found and `newest_good_backup` the backup to offer for
    restoring (None if none passes); or "unreadable" (the disk, not the file, is at
    fault: the file could not be read at all). `fault` names a disk fault found on the
    way (full, read-only, gone, busy) whatever the status: the file can be fine on a full
    disk, and a restore is never the answer to a fault.
    """

    status: Literal["ok", "missing", "corrupt", "unreadable"]
    database: Path
    problems: tuple[str, ...] = ()
    newest_good_backup: BackupInfo | None = None
    fault: StorageFault | None = None

    @property
    def ok(self) -> bool:
        """Not damaged (a fault of the disk may still keep the app from using it)."""
        return self.status in ("ok", "missing")


# --- integrity ------------------------------------------------------------------------------


# --- making and listing ---------------------------------------------------------------------


def _clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", reason.strip().lower()).strip("-")
    return cleaned[:40].rstrip("-")


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME_RE.match(path.name)
    if not match:
        return None
    try:
        created = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return created, match[3] or ""


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _copy_with_backup_api(source: Path, target: Path) -> None:
    """Copy a live database into `target` (a new file) and store it as one file."""
    src = sqlite3.connect(source, timeout=10)
    deadline = clock.monotonic() + integrity.BUSY_WAIT

    def give_up_when_held(status: int, _remaining: int, _total: int) -> None:
        # sqlite3's backup() retries a locked source forever: another program holding the
        # database would hang the app (and its daily backup at start) for good
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and \
                clock.monotonic() > deadline:
            held = sqlite3.OperationalError("database is locked")
            held.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
            raise held

    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, progress=give_up_when_held)
            # The copy inherits WAL mode from the source; a backup must be a single file.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _read_sequence(path: Path) -> int:
    """The backup's sequence number from its header (0 when absent or unreadable)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return 0
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return 0
    return int.from_bytes(header[_SEQUENCE_OFFSET:_SEQUENCE_OFFSET + 4], "big", signed=True)


def _next_sequence(layout: DataLayout) -> int:
    if not layout.backups.is_dir():
        return 1
    numbers = [_read_sequence(p) for p in layout.backups.iterdir() if _parse_name(p)]
    return max([0, *numbers]) + 1


def _stamp_sequence(path: Path, number: int) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {int(number)}")
        conn.commit()
    finally:
        conn.close()


def _write_verified_backup(layout: DataLayout, source: Path, name: str) -> Path:
    """Back up `source` under `backups/name`: temp file, sequence number (see the module
    docstring), integrity check, then rename. A full, read-only or vanished disk is raised
    as its StorageFault (no file left)."""
    final = layout.backups / name
    tmp: AtomicFile | None = None
    try:
        with named_faults(layout.root, "the backup"):
            # A hidden temporary name until verified: list_backups never shows a half
            # backup, and one left by a killed process is removed at the next start
            # (recovery.py).
            layout.backups.mkdir(parents=True, exist_ok=True)
            tmp = AtomicFile(final)
            _copy_with_backup_api(source, tmp.path)
            _stamp_sequence(tmp.path, _next_sequence(layout))
            problems = integrity_problems(tmp.path)
            if problems:
                raise DataFolderError(
                    f"The backup of {source.name} failed its integrity check ({problems[0]}), "
                    "so the library database itself is probably damaged; no backup was kept.",
                    "run 'biblio-desktop check' to see which backup to restore",
                )
            tmp.commit()
    except sqlite3.DatabaseError as exc:
        raise DataFolderError(
            f"Cannot back up the library database {source}: it is damaged ({exc}).",
            "run 'biblio-desktop check' to see which backup to restore",
        ) from exc
    except OSError as exc:
        raise DataFolderError(f"Cannot write the backup {final}: {exc.strerror or exc}.",
                              "check the backups folder") from exc
    finally:
        if tmp is not None and not tmp.committed:
            with contextlib.suppress(OSError):
                tmp.discard()
    log.info("backup written: %s", final)
    return final


def _unique_name(layout: DataLayout, created: datetime, reason: str) -> str:
    stamp = created.strftime("%Y%m%d-%H%M%S")
    base = f"library-{stamp}" + (f"-{reason}" if reason else "")
    name, n = f"{base}.sqlite3", 2
    while (layout.backups / name).exists():
        name = f"{base}-{n}.sqlite3" if reason else f"{base}-copy{n}.sqlite3"
        n += 1
    return name


def _local_now() -> datetime:
    return clock.local_now()


def make_backup(layout: DataLayout, reason: str = "", *, now: datetime | None = None) -> Path:
    """Back up the library database now and return the backup's path.

    `reason` becomes the end of the file name ("daily", "before-import", ...; lowercased,
    other characters turned into dashes). Safe while the app has the database open.
    Raises `DataFolderError` when there is no database yet, the disk is full or read-only,
    or the copy fails its integrity check (no file is left behind then).
    """
    if not layout.database.is_file():
        raise DataFolderError(f"There is no library database to back up in {layout.root} yet.",
                              "open the app or import a course first")
    created = (now or _local_now()).replace(microsecond=0)
    return _write_verified_backup(layout, layout.database,
                                  _unique_name(layout, created, _clean_reason(reason)))


def list_backups(layout: DataLayout, *, now: datetime | None = None) -> list[BackupInfo]:
    """The backups in `<data>/backups`, newest first (other files there are ignored).

    Newest by sequence number, whatever the dates say; backups of earlier versions after,
    by date, those dated ahead of `now` (local time; the clock's by default) last: see the
    module docstring.
    """
    if not layout.backups.is_dir():
        return []
    ahead_of = (now or _local_now()) + clock.SLACK
    found = []
    for path in layout.backups.iterdir():
        parsed = _parse_name(path)
        if parsed is None:
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        info = BackupInfo(path=path, created=parsed[0], reason=parsed[1], size=stat.st_size,
                          dated_ahead=parsed[0] > ahead_of, sequence=_read_sequence(path))
        found.append(((info.sequence, not info.dated_ahead, info.created, stat.st_mtime_ns,
                       info.name), info))
    # Same second: the file written last is the newer one.
    return [info for _key, info in sorted(found, key=lambda pair: pair[0], reverse=True)]


def _is_before_restore(info: BackupInfo) -> bool:
    return info.reason == BEFORE_RESTORE or info.reason.startswith(BEFORE_RESTORE + "-")


def prune_backups(layout: DataLayout, keep: int = KEEP, *,
                  now: datetime | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups; return what was deleted.

    "Newest" is by sequence number, not by the date in the name (see the module
    docstring). A before-restore copy made within the last day is kept regardless (it is
    the way back from a restore that turned out to be the wrong one). Temporary files left
    by a backup that crashed more than an hour ago are removed too.
    """
    now = now or _local_now()
    removed = []
    for info in list_backups(layout, now=now)[max(keep, 0):]:
        if _is_before_restore(info) and now - info.created < timedelta(days=1):
            continue
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("cannot delete old backup %s: %s", info.path, exc)
            continue
        removed.append(info.path)
    if layout.backups.is_dir():
        remove_stale_temporaries(layout.backups)
        wall = clock.now().timestamp()
        for tmp in layout.backups.glob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}"):  # older versions' names
            with contextlib.suppress(OSError):
                # abs(): a temp file "from the future" was left while the clock was ahead
                if abs(wall - tmp.stat().st_mtime) > _STALE_TMP_AGE:
                    tmp.unlink()
    return removed


def daily_backup_if_due(layout: DataLayout, now: datetime | None = None) -> Path | None:
    """On start: make the day's backup unless one was already made this calendar day.

    Returns the new backup, or None when not due or when there is no database yet. Prunes
    old backups after making one. Only a daily backup dated today and not later than `now`
    counts, so backups dated ahead (a clock set back) never make one "not due"; and while
    the clock is obviously wrong, one is made at every start (see the module docstring).
    """
    now = now or _local_now()
    if not layout.database.is_file():
        return None
    clock_usable = clock.implausible(now) is None  # a day off (time zone) does not matter
    if clock_usable and any(b.reason == DAILY and b.created.date() == now.date()
                            and b.created <= now for b in list_backups(layout, now=now)):
        return None
    path = make_backup(layout, DAILY, now=now)
    prune_backups(layout, now=now)
    return path


def backup_before(layout: DataLayout, reason: str, *,
                  now: datetime | None = None) -> Path | None:
    """A backup before a risky change: `backup_before(layout, "import")` writes
    `library-...-before-import.sqlite3`. None when there is no database yet (nothing to
    lose). Prunes old backups after making one."""
    if not layout.database.is_file():
        return None
    now = now or _local_now()
    label = _clean_reason(reason)
    path = make_backup(layout, label if label.startswith("before-") else f"before-{label}",
                       now=now)
    prune_backups(layout, now=now)
    return path


# --- checking -------------------------------------------------------------------------------


def newest_good_backup(layout: DataLayout) -> BackupInfo | None:
    """The newest backup that passes the integrity check and is a library database."""
    for info in list_backups(layout):
        try:
            if not integrity_problems(info.path) and _is_library_database(info.path):
                return info
        except StorageFault:
            continue
    return None


def check_database(layout: DataLayout) -> DatabaseHealth:
    """Run SQLite's integrity check on the library database, telling damage apart from
    the disk's faults (see DatabaseHealth).

    Safe on any file (overwritten bytes, not a database, empty): damage is reported, not
    raised. When damaged, the newest backup that passes the check is offered; a full,
    read-only, busy or vanished disk never leads to that offer.
    """
    db_path = layout.database
    try:
        exists = db_path.exists()
    except OSError as exc:  # EIO, ENXIO...: the stick went away
        fault = fault_from(exc, layout.root, "reading the library database")
        return DatabaseHealth("unreadable", db_path,
                              fault=fault or folder_gone(layout.root, "reading the library "
                                                         "database"))
    if not exists:
        return DatabaseHealth("missing", db_path)
    try:
        problems = integrity_problems(db_path)
    except StorageFault as fault:
        return DatabaseHealth("unreadable", db_path, fault=fault)
    fault = probe(layout.root, "saving")
    if not problems:
        return DatabaseHealth("ok", db_path, fault=fault)
    return DatabaseHealth("corrupt", db_path, tuple(problems[:20]), newest_good_backup(layout),
                          fault=fault)


# --- restoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    backup: Path
    previous_copy: Path | None  # the before-restore copy of the replaced database, if any


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]


def _ensure_not_in_use(db_path: Path) -> bool:
    """Fold the WAL into the file and leave rollback mode, which SQLite only allows when
    no other connection has the database open. Returns False if the file is unreadable;
    raises `DataFolderError` if it is in use."""
    try:
        conn = sqlite3.connect(db_path, timeout=0)
    except sqlite3.Error:
        return False
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use_error(db_path) from exc
        return False
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise _in_use_error(db_path)
    return True


def _in_use_error(db_path: Path) -> DataFolderError:
    return DataFolderError(f"The library database {db_path} is still open, so it cannot be "
                           "replaced by a backup.",
                           "close BIBLIO Desktop (every window) and try again")


def restore_with_details(layout: DataLayout, backup: Path, *,
                         now: datetime | None = None) -> RestoreResult:
    """`restore_backup`, also telling where the copy of the replaced database went."""
    backup = Path(backup)
    if not backup.is_file():
        raise DataFolderError(f"There is no backup file {backup}.",
                              "see 'biblio-desktop backup --list'")
    problems = integrity_problems(backup)
    if problems:
        raise DataFolderError(f"The backup {backup.name} is damaged ({problems[0]}); nothing "
                              "was changed.", "choose another backup: biblio-desktop backup "
                              "--list")
    if not _is_library_database(backup):
        raise DataFolderError(f"{backup} is not a BIBLIO Desktop library backup; nothing was "
                              "changed.", "choose a file from 'biblio-desktop backup --list'")
    db_path = layout.database
    previous_copy = None
    if db_path.exists():
        readable = _ensure_not_in_use(db_path)
        if readable and not integrity_problems(db_path):
            try:
                previous_copy = make_backup(layout, BEFORE_RESTORE, now=now)
            except StorageFault as fault:  # no room for the safety copy: stop here
                raise restated(fault, "Nothing was restored.") from fault
        else:
            # Too damaged for the backup API: keep its raw bytes (and WAL) for rescue.
            stamp = (now or _local_now()).strftime("%Y%m%d-%H%M%S")
            layout.backups.mkdir(parents=True, exist_ok=True)
            for source in (db_path, *_sidecars(db_path)):
                if source.exists():
                    target = layout.backups / f"damaged-{stamp}-{source.name}"
                    with AtomicFile(target) as copy:  # never a truncated rescue copy
                        shutil.copy2(source, copy.path)
                    previous_copy = previous_copy or target
            log.warning("restore: current database %s is damaged; raw copy kept as %s",
                        db_path, previous_copy)
    tmp: AtomicFile | None = None
    try:
        tmp = AtomicFile(db_path)
        _copy_with_backup_api(backup, tmp.path)
        tmp.sync()
        # Stale -wal/-shm belong to the old file; SQLite would replay them into the new one.
        # They go first: a crash in between leaves the old file (and its copy above) intact.
        for sidecar in _sidecars(db_path):
            _unlink_quietly(sidecar)
        tmp.commit()
    except (OSError, sqlite3.Error) as exc:
        kept = f"; the previous database is kept as {previous_copy}" if previous_copy else ""
        fault = fault_from(exc, db_path.parent, f"restoring {backup.name}")
        if fault is not None:
            raise restated(fault, f"Nothing was restored{kept}.") from exc
        raise DataFolderError(f"Cannot restore {backup.name}: {exc}{kept}.",
                              "check the disk has free space and is writable") from exc
    finally:
        if tmp is not None and not tmp.committed:
            tmp.discard()
    log.info("restored %s from %s (previous copy: %s)", db_path, backup, previous_copy)
    return RestoreResult(db_path, backup, previous_copy)


def restore_backup(layout: DataLayout, backup: Path) -> Path:
    """Replace the library database with `backup`; return the database path.

    Checks the backup first (integrity and that it is a library database) and changes
    nothing if it fails. Keeps a copy of the current database as
    `backups/library-...-before-restore.sqlite3` unless the current one is unreadable.
    Removes the old -wal/-shm files.

    Only call this while no engine has the database open (close the Workspace; hold the
    InstanceLock so no other instance runs); it raises `DataFolderError` if it can see the
    database in use. The next `Workspace.open` migrates an older backup to the current
    schema.
    """
    return restore_with_details(layout, backup).database
