"""Files that appear whole or not at all, even when the process is killed or the power fails.

A file written in place and cut off halfway keeps its final name and looks real: a
truncated record, PDF or backup that fails only when someone needs it. Every file the app
hands to a user or relies on later is therefore written the same way:

1. into a temporary file beside the target (same folder, hence same file system);
2. `fsync` it, so its bytes are on the disk;
3. `os.replace` it over the target (atomic on POSIX and Windows: a reader sees the old
   file or the whole new one);
4. `fsync` the folder, so the rename itself survives a power cut (POSIX; Windows makes
   renames durable by itself and cannot open a folder this way).

Temporary names are `.<target>.<owner>.<random>.tmp`: hidden, and tagged with the owner
(see owners.py), so that what a killed process left is removed safely: by the next write
of the same target, and for the data folder at the next start (recovery.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from pathlib import Path
from types import TracebackType

from .owners import left_behind, owner_tag, parse_owner_tag, path_mtime

TEMP_SUFFIX = ".tmp"
SIDECARS = ("-journal", "-wal", "-shm")  # SQLite writes these beside a database file
_TEMP_RE = re.compile(r"^\.(?P<target>.+)\.(?P<owner>\d{1,10}-[0-9a-f]{8})\.[0-9a-f]{8}\.tmp"
                      r"(?:-journal|-wal|-shm)?$")


def temp_path_for(target: Path) -> Path:
    """A fresh temporary name beside `target` (not created)."""
    return target.with_name(f".{target.name}.{owner_tag()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename, a new file) to the disk; a no-op where the
    platform cannot (Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicFile:
    """A temporary file beside `target` that becomes `target` on `commit()`.

        with AtomicFile(out) as tmp:
            write_into(tmp.path)   # any writer that takes a path (zipfile, sqlite3, Qt)
        # committed when the block ends without an error; removed when it raises

    The temporary file is created empty and exclusively. `private=True` makes it readable
    by the owner only (0600) before a byte is written (keys, passwords, personal data);
    otherwise it gets the usual permissions of a new file. `mode` sets exact permission
    bits at commit. Creating one also removes the leftovers of earlier writes of the same
    target that were killed midway.
    """

    def __init__(self, target: Path | str, *, private: bool = False,
                 mode: int | None = None) -> None:
        self.target = Path(target)
        self.mode = mode
        self.committed = False
        self._synced = False
        self.target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.target.parent, self.target.name)
        self.path = temp_path_for(self.target)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600 if private else 0o666)
        os.close(fd)

    def sync(self) -> None:
        """fsync the temporary file now (commit does it unless already done)."""
        fsync_file(self.path)
        self._synced = True

    def commit(self) -> Path:
        """Put the temporary file in place of the target, durably; returns the target."""
        if not self._synced:
            self.sync()
        if self.mode is not None:
            os.chmod(self.path, self.mode)
        os.replace(self.path, self.target)
        self.committed = True
        fsync_dir(self.target.parent)
        return self.target

    def discard(self) -> None:
        """Remove the temporary file (and any SQLite journal beside it)."""
        for path in (self.path, *(self.path.with_name(self.path.name + s) for s in SIDECARS)):
            with contextlib.suppress(OSError):
                path.unlink()

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, _exc: BaseException | None,
                 _tb: TracebackType | None) -> None:
        if exc_type is None and not self.committed:
            try:
                self.commit()
            except BaseException:
                self.discard()
                raise
        elif not self.committed:
            self.discard()


def write_atomic(target: Path | str, data: bytes, *, private: bool = False,
                 mode: int | None = None) -> Path:
    """Write `data` to `target` whole or not at all (see the module docstring)."""
    with AtomicFile(target, private=private, mode=mode) as tmp, open(tmp.path, "wb") as fh:
        fh.write(data)
    return tmp.target


def is_temporary_name(name: str) -> bool:
    """True for the names AtomicFile gives its temporary files (and their journals)."""
    return _TEMP_RE.match(name) is not None


def remove_stale_temporaries(folder: Path, target_name: str | None = None) -> list[Path]:
    """Remove temporary files (or folders) in `folder` whose writer was killed; only those
    for `target_name` when given. Never raises: clean-up must not stop real work."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_RE.match(entry.name)
        if match is None or (target_name is not None and match["target"] != target_name):
            continue
        path = Path(entry.path)
        if not left_behind(parse_owner_tag(match["owner"]), path_mtime(path)):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
