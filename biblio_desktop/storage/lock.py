"""One running app per data folder.

`InstanceLock(data_dir)` takes an OS file lock on `<data>/.lock` (`fcntl.flock` on POSIX,
`msvcrt.locking` on Windows). The operating system drops that lock when the holding
process ends in any way, including a crash or `kill -9`, so a lock left behind by a dead
process never blocks the next start: there is nothing to clean up by hand and no pid
guessing. The file also records who holds it (pid, host name, start time) so the second
instance can say who has the folder open; that text is only for the message, the OS lock
is what counts.

The lock file is never deleted: unlinking a lock file lets two processes lock two
different files of the same name. On release its text is emptied instead.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from ..errors import DataFolderError

LOCK_FILENAME = ".lock"

# Windows locks are mandatory: a locked byte cannot be read by others. The holder's details
# sit at the start of the file and the lock is taken on one byte far past them, so a second
# instance can still read who holds the folder.
_WINDOWS_LOCK_OFFSET = 1 << 20

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_NO_LOCK_ERRNOS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS}


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as written into the lock file (for messages only)."""

    pid: int
    hostname: str
    started: str  # ISO 8601 local time


def _hostname() -> str:
    """This computer's name (os.uname is quicker to reach than the socket module)."""
    try:
        return os.uname().nodename
    except AttributeError:  # Windows
        return os.environ.get("COMPUTERNAME", "")


def read_holder(lock_path: Path) -> LockHolder | None:
    """The holder recorded in a lock file, or None when it is empty or unreadable."""
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8") or "null")
        return LockHolder(pid=int(data["pid"]), hostname=str(data["hostname"]),
                          started=str(data["started"]))
    except (OSError, ValueError, TypeError, KeyError):
        return None


class InstanceLock:
    """An exclusive lock on a data folder for the life of one app process.

    `acquire()` raises `DataFolderError` when another process holds the folder, or when the
    lock file cannot be written (read-only media). Acquiring twice on the same object is a
    no-op; `release()` is safe to call when not held. Use it as a context manager, or call
    `acquire()` at start and let process exit release it.
    """

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILENAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        fd = self._open()
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _NO_LOCK_ERRNOS:
                raise DataFolderError(
                    f"The data folder {self.data_dir} is on a drive that does not support "
                    "file locks, so the app cannot make sure it is opened only once.",
                    "copy the data folder to a local drive, or choose another place with "
                    "--data-dir",
                ) from exc
            raise DataFolderError(f"Cannot lock the data folder {self.data_dir}: "
                                  f"{exc.strerror or exc}.",
                                  "check the disk, or choose another place with --data-dir"
                                  ) from exc
        if not locked:
            os.close(fd)
            raise self._busy_error()
        self._fd = fd
        try:
            self._write_holder()
        except OSError as exc:
            self.release()
            if exc.errno in _READ_ONLY_ERRNOS:
                raise self._read_only_error(exc) from exc
            raise DataFolderError(f"Cannot write the lock file {self.path}: "
                                  f"{exc.strerror or exc}.",
                                  "check the disk has free space") from exc

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):  # the text is informational; the lock matters
            os.ftruncate(fd, 0)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, _type: type[BaseException] | None, _exc: BaseException | None,
                 _tb: TracebackType | None) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock object must not leak a descriptor
        with contextlib.suppress(Exception):
            self.release()

    # --- helpers ---------------------------------------------------------------------------

    def _open(self) -> int:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                           0o644)
        except OSError as exc:
            if exc.errno in _READ_ONLY_ERRNOS:
                raise self._read_only_error(exc) from exc
            raise DataFolderError(f"Cannot open the data folder {self.data_dir}: "
                                  f"{exc.strerror or exc}.",
                                  "check the disk, or choose another place with --data-dir"
                                  ) from exc

    def _write_holder(self) -> None:
        assert self._fd is not None
        text = json.dumps({"pid": os.getpid(), "hostname": _hostname(),
                           "started": datetime.now().isoformat(timespec="seconds")})
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, text.encode("utf-8"))
        os.fsync(self._fd)

    def _busy_error(self) -> DataFolderError:
        holder = read_holder(self.path)
        if holder is None:
            who = "by another BIBLIO Desktop window"
        elif holder.hostname and holder.hostname != _hostname():
            who = (f"on the computer {holder.hostname!r} (process {holder.pid}, since "
                   f"{holder.started.replace('T', ' ')})")
        else:
            who = f"(process {holder.pid}, since {holder.started.replace('T', ' ')})"
        return DataFolderError(
            f"BIBLIO Desktop is already open on this data folder {who}: {self.data_dir}.",
            "switch to the open window, or close it and try again; to use a separate "
            "library at the same time, start with --data-dir",
        )

    def _read_only_error(self, exc: OSError) -> DataFolderError:
        return DataFolderError(
            f"The data folder {self.data_dir} is read-only ({exc.strerror or exc}), so "
            "answers and progress could not be saved.",
            "copy the data folder to a writable place (or unlock the USB stick) and start "
            "with --data-dir pointing there",
        )


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
