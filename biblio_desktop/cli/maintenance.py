"""Commands that look after the library database: backup, restore, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..datadir import DataLayout, resolve_data_dir
from ..errors import DataFolderError, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="back up the library database now, or list backups",
                       description="Make a verified backup of the library database (learners, "
                       "answers, progress) in the data folder's backups/ folder and print its "
                       "path. Safe while the app is open. The newest 7 backups are kept. "
                       "With --list, show the backups instead.")
    p.add_argument("--list", action="store_true", dest="list_only",
                   help="list the backups, newest first, instead of making one")
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("restore", help="replace the library database with a backup",
                       description="Replace the library database with a backup (a file name "
                       "from 'backup --list', or a path). Answers and progress recorded after "
                       "that backup are lost, so this needs --yes. The backup is checked "
                       "first, and the current database is kept as a '...-before-restore' "
                       "backup. Close the app before restoring. Exit 0 restored, 1 refused or "
                       "failed, 2 without --yes.")
    p.add_argument("backup", metavar="BACKUP_FILE_OR_NAME",
                   help="a backup file name in backups/ (e.g. "
                   "library-20260301-091500-daily.sqlite3) or the path to one")
    p.add_argument("--yes", action="store_true",
                   help="really replace the current database")
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("check", help="check the library database for damage",
                       description="Run SQLite's integrity check on the library database. "
                       "Exit 0 when it is healthy (or not created yet), 1 when it is damaged "
                       "(then the newest backup that passes the check is named, to "
                       "restore), 3 when the disk is at fault, not the file: full, "
                       "read-only, removed or busy (say which; never restore for that).")
    p.set_defaults(run=cmd_check)


EXIT_DISK_FAULT = 3  # `check`: the disk (full, read-only, gone), not the file, is at fault


def _layout(args: argparse.Namespace) -> DataLayout:
    return DataLayout(resolve_data_dir(args.data_dir))


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} bytes"  # pragma: no cover


def clock_warning(what: str) -> str | None:
    """A `warning:` line when the computer's clock is obviously wrong, else None."""
    from .. import clock

    now = clock.now()
    issue = clock.implausible(now)
    if issue is None:
        return None
    why = ("before this version of BIBLIO Desktop was released" if issue == "before-release"
           else "too far in the future to be right")
    return (f"warning: the computer's clock says {clock.day(now)}, {why}; {what} carries that "
            "date. Set the date and time in the system settings.")


def cmd_backup(args: argparse.Namespace) -> int:
    from ..storage.backup import list_backups, make_backup, prune_backups

    layout = _layout(args)
    if args.list_only:
        backups = list_backups(layout)
        if not backups:
            print(f"No backups yet in {layout.backups}. Make one with: biblio-desktop backup")
            return 0
        width = max(len(b.name) for b in backups)
        for b in backups:
            ahead = "  (dated ahead of the clock)" if b.dated_ahead else ""
            print(f"{b.name:<{width}}  {b.created:%Y-%m-%d %H:%M:%S}  {_size(b.size):>10}  "
                  f"{b.reason or 'manual'}{ahead}")
        if any(b.dated_ahead for b in backups):
            print("Backups dated ahead of the clock were made while the computer's clock was "
                  "ahead, or its clock is behind now; the list is in the order they were "
                  "made, whatever their dates say.")
        return 0
    path = make_backup(layout)
    prune_backups(layout)
    print(f"wrote {path}")
    if (warning := clock_warning("the backup's name")) is not None:
        print(warning, file=sys.stderr)
    return 0


def _find_backup(layout: DataLayout, name: str) -> Path:
    given = Path(name).expanduser()
    candidates = [given, layout.backups / given.name]
    if not given.name.endswith(".sqlite3"):
        candidates.append(layout.backups / f"{given.name}.sqlite3")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise DataFolderError(f"No backup named {name!r} in {layout.backups}.",
                          "see 'biblio-desktop backup --list'")


def cmd_restore(args: argparse.Namespace) -> int:
    from ..storage.backup import restore_with_details
    from ..storage.lock import InstanceLock

    layout = _layout(args)
    backup = _find_backup(layout, args.backup)
    if not args.yes:
        raise UsageError(
            f"Restoring replaces the library database with {backup.name}; answers and "
            "progress recorded since that backup would be lost (the current database is kept "
            "as a '...-before-restore' backup).",
            f"to go ahead, run: biblio-desktop restore {args.backup} --yes",
        )
    lock = InstanceLock(layout.root)  # the app must not have the database open
    lock.acquire(take_over=args.take_over)
    try:
        result = restore_with_details(layout, backup)
    finally:
        lock.release()
    print(f"restored {result.database} from {backup.name}")
    if result.previous_copy:
        print(f"the previous database is kept as {result.previous_copy}")
    else:
        print("the previous database was unreadable or missing; no copy of it was kept")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ..storage.backup import check_database

    layout = _layout(args)
    health = check_database(layout)
    if health.status == "unreadable" and health.fault is not None:
        print(f"error: {health.fault}", file=sys.stderr)
        print("The database could not be read, so it was not checked; this is not damage "
              "to the file: do not restore a backup.", file=sys.stderr)
        return EXIT_DISK_FAULT
    if health.status == "missing":
        print(f"No library database yet in {layout.root}; nothing to check.")
        return 0
    if health.ok:
        print(f"ok: {health.database} passed the integrity check")
        if health.fault is not None:
            print(f"but: {health.fault}", file=sys.stderr)
            return EXIT_DISK_FAULT
        return 0
    good = health.newest_good_backup
    hint = (f"restore the newest good backup ({good.created:%Y-%m-%d %H:%M}) with: "
            f"biblio-desktop restore {good.name} --yes" if good else
            "no good backup was found; keep a copy of the data folder and ask for help")
    raise DataFolderError(f"The library database {health.database} is damaged "
                          f"({health.problems[0]}).", hint)
