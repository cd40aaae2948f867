"""Child process of the crash tests: runs one real command and stops dead at a named point.

At the point it prints `paused <point>` and sleeps; the parent (test_crash_operations.py)
then kills it with SIGKILL, as a power cut or the task manager would, and checks what the
next start finds. The command is the real command line (`biblio_desktop.cli.main`); only
the pause is patched in, after or before the step the point names.

Usage: python -m tests.core.crash_ops POINT [COMMAND LINE ARGUMENT...]
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def pause(point: str) -> None:
    print(f"paused {point}", flush=True)
    while True:
        time.sleep(60)


def pause_before(owner: Any, name: str, point: str,
                 when: Callable[..., bool] = lambda *_a, **_k: True) -> None:
    real = getattr(owner, name)

    @functools.wraps(real)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if when(*args, **kwargs):
            pause(point)
        return real(*args, **kwargs)

    setattr(owner, name, wrapper)


def pause_after(owner: Any, name: str, point: str,
                when: Callable[..., bool] = lambda *_a, **_k: True) -> None:
    real = getattr(owner, name)

    @functools.wraps(real)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        if when(*args, **kwargs):
            pause(point)
        return result

    setattr(owner, name, wrapper)


def pause_halfway(point: str) -> Callable[[int, int], None]:
    """A progress function that stops the process once half the work is done."""
    def progress(done: int, total: int) -> None:
        if total and done > 0 and 2 * done >= total and done < total:
            pause(point)
    return progress


def nth_call(n: int) -> Callable[..., bool]:
    calls = [0]

    def when(*_a: Any, **_k: Any) -> bool:
        calls[0] += 1
        return calls[0] == n
    return when


def _import_with(point: str, fault_step: str | None = None, halfway: bool = False) -> None:
    from biblio_desktop import workspace
    from biblio_desktop.installation import importer

    real = importer.import_package

    def import_package(*args: Any, **kwargs: Any) -> Any:
        if halfway:
            kwargs["progress"] = pause_halfway(point)
        if fault_step:
            kwargs["_fault"] = lambda step: pause(point) if step == fault_step else None
        return real(*args, **kwargs)

    workspace.import_package = import_package  # what Workspace.import_package calls


def install(point: str) -> None:
    """Patch in the pause for `point`."""
    from biblio_desktop import atomic_files
    from biblio_desktop.storage import backup

    op, _, step = point.partition(".")
    if op in ("import", "download") and step in ("extracting", "importing"):
        _import_with(point, halfway=True)
    elif op == "import":
        _import_with(point, fault_step=step)
    elif point == "download.fetching":
        from biblio_desktop.downloads.downloader import Downloader

        real_fetch = Downloader.fetch

        def fetch(self: Any, *args: Any, **kwargs: Any) -> Any:
            kwargs["progress"] = pause_halfway(point)
            return real_fetch(self, *args, **kwargs)

        Downloader.fetch = fetch  # type: ignore[method-assign]
    elif point == "download.verified":  # .part renamed to .biblio, import not started
        from biblio_desktop.downloads.manager import DownloadManager

        pause_before(DownloadManager, "_check_package", point)
    elif point == "download.committed":  # imported, the download row not yet "done"
        from biblio_desktop.downloads.manager import DownloadManager

        pause_before(DownloadManager, "_set", point, lambda *_a, **k: k.get("state") == "done")
    elif point == "backup.copying":
        backup._copy_with_backup_api = _copy_pausing_midway(point)
    elif point == "backup.verified":
        pause_after(backup, "integrity_problems", point,
                    lambda path: atomic_files.is_temporary_name(Path(path).name))
    elif point == "restore.kept-current":
        pause_after(backup, "make_backup", point,
                    lambda *_a, **_k: _a[1:2] == (backup.BEFORE_RESTORE,))
    elif point == "restore.copied":
        pause_after(backup, "_copy_with_backup_api", point,
                    lambda _src, target: Path(target).parent.name != "backups")
    elif point == "restore.swapping":  # old -wal/-shm gone, new file not yet in place
        pause_before(atomic_files.AtomicFile, "commit", point,
                     lambda self: self.target.name == "library.sqlite3")
    elif point == "export.counter":  # counter file written, database not committed
        from biblio_desktop.records import issue

        pause_after(issue, "write_counter_floor", point)
    elif point == "export.issued":  # record committed (and queued), file not written
        from biblio_desktop.records import issue

        pause_before(issue, "write_record_file", point)
    elif point in ("export.writing", "export.pdf-writing"):
        suffix = ".pdf" if point == "export.pdf-writing" else ".json"
        pause_before(atomic_files.AtomicFile, "commit", point,
                     lambda self: self.target.suffix == suffix)
    elif point in ("sync.acknowledged", "sync.second-batch"):
        from biblio_desktop.sync import lrs

        pause_before(lrs, "_mark", point, nth_call(1 if point == "sync.acknowledged" else 2))
    elif point == "usb.writing":  # statements written, manifest not yet
        from biblio_desktop.sync import usb

        pause_before(usb, "_write", point, lambda path, _data: path.name == usb.MANIFEST)
    elif point == "deliver.acknowledged":  # the LRS has them, delivered.json not written
        from biblio_desktop.sync import usb

        pause_before(usb, "write_atomic", point)
    else:
        raise SystemExit(f"unknown kill point {point}")


def _copy_pausing_midway(point: str) -> Callable[[Path, Path], None]:
    """The backup copy, one page at a time, stopping after the first pages."""
    import sqlite3

    def copy(source: Path, target: Path) -> None:
        src = sqlite3.connect(source)
        dst = sqlite3.connect(target)

        def progress(_status: int, remaining: int, total: int) -> None:
            if total - remaining >= 2:
                pause(point)

        src.backup(dst, pages=1, progress=progress)
        raise AssertionError("the database is too small to stop the copy midway")

    return copy


def main() -> int:
    point, *argv = sys.argv[1:]
    install(point)
    from biblio_desktop.cli import main as cli_main

    code = cli_main(argv)
    print(f"finished {code} without reaching {point}", flush=True)
    return 3


if __name__ == "__main__":
    sys.exit(main())
