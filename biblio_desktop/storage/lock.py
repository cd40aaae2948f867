"""One running app per data folder, also when the folder is on a network share.

Three layers, each covering what the one before cannot (docs/architecture.md, "One app per
data folder"):

1. **The OS file lock** on `<data>/.lock` (`fcntl.flock` on POSIX, `msvcrt.locking` on
   Windows). The operating system drops it when the holder ends in any way, a crash or
   `kill -9` included, so on one computer a lock left by a dead process never blocks the
   next start. While another process holds it, nothing else matters: the folder is in use.
2. **The holder record** in the lock file: process id, computer, start time, a random
   token and a *heartbeat* (UTC time and a counter) that the running app rewrites every
   `heartbeat` seconds from a background thread. On a network share the OS lock may not
   reach other computers (NFS mounted with `nolock`, SMB with `nobrl`) and is granted to
   both; so after getting it we still read the record, and a record from another computer
   with a recent heartbeat means the folder is open there: refused.
3. **Stale records.** A record from this computer is stale as soon as we hold the OS lock
   (the OS would not have granted it while its process lived). A record from another
   computer whose heartbeat is older than `stale_after` was left by a crash, a lost
   connection or a PC asleep. It is taken over only when asked (`take_over=True`: the app
   asks the user, the command line needs `--take-over`) and only after watching the
   record for `watch` seconds (longer than a heartbeat) without seeing it move, so clocks
   that disagree between the two computers cannot make a live app look dead.

On a network share a new claim is double-checked: written, synced, read back after a short
pause; if another computer wrote its own claim meanwhile, we back off. An app whose record
was taken over (say a laptop waking up) sees a token not its own at its next heartbeat and
is told to close (`on_lost`) before it writes on.

A file system without any locks (ENOLCK: e.g. NFS without its lock service) is refused:
SQLite needs those same locks to keep the database whole.

The lock file is never deleted: unlinking a lock file lets two processes lock two
different files of the same name. On release its text is emptied instead (if still ours).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from ..errors import DataFolderError
from ..owners import hostname
from ..progress import ProgressFn, no_progress
from .filesystems import filesystem_type, is_network_folder

log = logging.getLogger(__name__)

LOCK_FILENAME = ".lock"
RECORD_SIZE = 512  # the record is padded to this size and written in one piece

# Windows locks are mandatory: a locked byte cannot be read by others. The holder's details
# sit at the start of the file and the lock is taken on one byte far past them, so a second
# instance can still read who holds the folder.
_WINDOWS_LOCK_OFFSET = 1 << 20

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_NO_LOCK_ERRNOS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS}


@dataclass(frozen=True)
class LockTiming:
    """How often the holder proves it is alive, and when another computer may doubt it."""

    heartbeat: float = 10.0  # seconds between two heartbeats of a running app
    stale_after: float = 120.0  # another computer's record silent this long is stale
    watch: float = 15.0  # before a take-over, watch the record this long (> heartbeat)
    settle: float = 0.5  # on a network share, pause before reading a new claim back


DEFAULT_TIMING = LockTiming()


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as written into the lock file."""

    pid: int
    hostname: str
    started: str  # ISO 8601 local time of that computer
    token: str = ""  # random, one per acquisition: tells a take-over from our own record
    heartbeat: datetime | None = None  # UTC; None in records of older versions
    beat: int = 0  # counts heartbeats: moves even when the two clocks disagree

    @property
    def on_this_host(self) -> bool:
        return self.hostname.casefold() == hostname().casefold()

    def silent_for(self, now: datetime, fallback: float | None = None) -> float | None:
        """Seconds since the last heartbeat by our clock (negative: its clock is ahead);
        `fallback` for records without one (older versions)."""
        if self.heartbeat is None:
            return fallback
        return (now - self.heartbeat).total_seconds()

    def describe(self, now: datetime) -> str:
        """'on the computer 'X' (process N, since ...; last active ... ago)' for messages."""
        since = self.started.replace("T", " ")[:16]
        where = "" if self.on_this_host else f"on the computer {self.hostname!r} "
        silent = self.silent_for(now)
        heard = f"; last active {_duration(silent)} ago" if silent is not None and \
            not self.on_this_host else ""
        return f"{where}(process {self.pid}, since {since}{heard})"


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} minutes"
    return f"{seconds // 3600} hours"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def parse_record(text: str) -> LockHolder | None:
    """The holder in a lock file's text, or None when it is empty or unreadable."""
    try:
        data = json.loads(text or "null")
        heartbeat = data.get("heartbeat")
        when = datetime.fromisoformat(heartbeat.replace("Z", "+00:00")) if heartbeat else None
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return LockHolder(pid=int(data["pid"]), hostname=str(data["hostname"]),
                          started=str(data["started"]), token=str(data.get("token", "")),
                          heartbeat=when, beat=int(data.get("beat", 0)))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def read_holder(lock_path: Path) -> LockHolder | None:
    """The holder recorded in a lock file, or None when it is empty or unreadable.

    Opens the file afresh each time: on a network share that is what makes another
    computer's latest write visible (close-to-open consistency)."""
    try:
        with open(lock_path, "rb") as fh:
            raw = fh.read(RECORD_SIZE * 4)
    except OSError:
        return None
    return parse_record(raw.decode("utf-8", errors="replace").strip())


def _lock_mtime(lock_path: Path) -> float | None:
    with contextlib.suppress(OSError):
        return os.stat(lock_path).st_mtime
    return None


class StaleLockError(DataFolderError):
    """Another computer's record is stale: may be taken over, but only when asked."""

    def __init__(self, message: str, hint: str, holder: LockHolder, silent: float) -> None:
        super().__init__(message, hint)
        self.holder = holder
        self.silent_seconds = silent


class InstanceLock:
    """An exclusive lock on a data folder for the life of one app process.

    `acquire()` raises `DataFolderError` when another process holds the folder, or when the
    lock file cannot be written (read-only media), and `StaleLockError` for another
    computer's stale record unless `take_over`. Acquiring twice on the same object is a
    no-op; `release()` is safe to call when not held. Use it as a context manager, or call
    `acquire()` at start (and `start_heartbeat()` in a long-running app).
    """

    def __init__(self, data_dir: Path | str, *, timing: LockTiming = DEFAULT_TIMING) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILENAME
        self.timing = timing
        self.lost_to: LockHolder | None = None  # set when another computer took it over
        self._fd: int | None = None
        self._token = ""
        self._started = ""
        self._beat = 0
        self._io = threading.Lock()  # the heartbeat thread and release share the descriptor
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def token(self) -> str:
        return self._token

    def acquire(self, *, take_over: bool = False, progress: ProgressFn = no_progress) -> None:
        """Take the folder (see the module docstring). `progress(done, total)` reports the
        watch before a take-over, which lasts `timing.watch` seconds."""
        if self._fd is not None:
            return
        fd = self._open()
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _NO_LOCK_ERRNOS:
                raise self._no_locks_error() from exc
            raise DataFolderError(f"Cannot lock the data folder {self.data_dir}: "
                                  f"{exc.strerror or exc}.",
                                  "check the disk, or choose another place with --data-dir"
                                  ) from exc
        if not locked:
            os.close(fd)
            raise self._busy_error(read_holder(self.path))
        try:
            self._claim(fd, take_over, progress)
        except BaseException:
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)
            raise
        self._fd = fd
        self._stop.clear()

    def release(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        with self._io:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            current = read_holder(self.path)
            if current is None or current.token == self._token:  # never empty theirs
                with contextlib.suppress(OSError):  # the text is informational here
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

    # --- heartbeat -------------------------------------------------------------------------

    def start_heartbeat(self, on_lost: Callable[[LockHolder], None]) -> None:
        """Refresh the heartbeat every `timing.heartbeat` seconds in a daemon thread (a
        slow network share never freezes the window). `on_lost(new_holder)` is called once,
        from that thread, if another computer took the folder over; the heartbeat stops."""
        if self._fd is None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._heartbeat_loop, args=(on_lost,),
                                        name="biblio-lock-heartbeat", daemon=True)
        self._thread.start()

    def _heartbeat_loop(self, on_lost: Callable[[LockHolder], None]) -> None:
        warned = False
        while not self._stop.wait(self.timing.heartbeat):
            try:
                taken = self.beat()
            except OSError as exc:  # a share gone for a moment: the next beat may work
                if not warned:
                    log.warning("cannot refresh the lock heartbeat in %s: %s", self.path, exc)
                    warned = True
                continue
            if taken is not None:
                on_lost(taken)
                return

    def beat(self) -> LockHolder | None:
        """One heartbeat: rewrite our record, unless another computer's record replaced it;
        then nothing is written and that holder is returned (and kept in `lost_to`)."""
        with self._io:
            if self._fd is None or self.lost_to is not None:
                return self.lost_to
            current = read_holder(self.path)
            if current is not None and current.token != self._token:
                self.lost_to = current
                log.error("the data folder %s was taken over by %s", self.data_dir,
                          current.describe(_utc_now()))
                return current
            self._beat += 1
            self._write_record(self._fd)
        return None

    # --- claiming --------------------------------------------------------------------------

    def _claim(self, fd: int, take_over: bool, progress: ProgressFn) -> None:
        holder = self._read_settled()
        now = _utc_now()
        if holder is not None:
            if holder.on_this_host:
                log.warning("the data folder %s was left locked by process %s (started %s), "
                            "which has ended; taking it", self.data_dir, holder.pid,
                            holder.started)
            else:
                mtime = _lock_mtime(self.path)
                silent = holder.silent_for(now, None if mtime is None else time.time() - mtime)
                if silent is None or silent < self.timing.stale_after:
                    raise self._busy_error(holder)
                if not take_over:
                    raise self._stale_error(holder, silent)
                self._watch(holder, progress)
                log.warning("the data folder %s is taken over from %s", self.data_dir,
                            holder.describe(now))
        self._token = os.urandom(8).hex()
        self._started = datetime.now().isoformat(timespec="seconds")
        self._beat = 0
        try:
            self._write_record(fd)
        except OSError as exc:
            if exc.errno in _READ_ONLY_ERRNOS:
                raise self._read_only_error(exc) from exc
            raise DataFolderError(f"Cannot write the lock file {self.path}: "
                                  f"{exc.strerror or exc}.",
                                  "check the disk has free space") from exc
        if is_network_folder(self.data_dir):
            self._double_check(fd)

    def _read_settled(self) -> LockHolder | None:
        """The record, read again briefly if it is being rewritten at this moment."""
        for _ in range(5):
            try:
                text = self.path.read_bytes().decode("utf-8", errors="replace").strip()
            except OSError:
                return None
            holder = parse_record(text)
            if holder is not None or not text:
                return holder
            time.sleep(0.05)
        return None  # unreadable for good (a write cut off by a crash): nobody's record

    def _watch(self, holder: LockHolder, progress: ProgressFn) -> None:
        """Take-over guard: the record must not move for `timing.watch` seconds."""
        total = max(1, round(self.timing.watch * 10))
        start = time.monotonic()
        progress(0, total)
        while (elapsed := time.monotonic() - start) < self.timing.watch:
            time.sleep(min(0.1, self.timing.watch - elapsed))
            now = read_holder(self.path)
            if now is not None and (now.token, now.beat) != (holder.token, holder.beat):
                raise self._busy_error(now, moved=True)
            progress(min(total, round((time.monotonic() - start) * 10)), total)
        progress(total, total)

    def _double_check(self, fd: int) -> None:
        """On a share: read our claim back after a pause; another computer may have written
        its own at the same moment if the OS lock does not reach between computers."""
        time.sleep(self.timing.settle)
        current = read_holder(self.path)
        if current is not None and current.token != self._token:
            raise self._busy_error(current)
        if current is None:
            self._write_record(fd)

    def _record_bytes(self) -> bytes:
        text = json.dumps({
            "pid": os.getpid(), "hostname": hostname(), "started": self._started,
            "token": self._token, "beat": self._beat,
            "heartbeat": _utc_now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        })
        return text.encode("utf-8").ljust(RECORD_SIZE - 1) + b"\n"

    def _write_record(self, fd: int) -> None:
        # One write of a fixed size, then cut off anything longer: a reader sees the old
        # record or the new one, never an empty file in between.
        data = self._record_bytes()
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)

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

    # --- messages --------------------------------------------------------------------------

    def _busy_error(self, holder: LockHolder | None, *, moved: bool = False) -> DataFolderError:
        return busy_error(self.data_dir, holder, moved=moved)

    def _stale_error(self, holder: LockHolder, silent: float) -> StaleLockError:
        since = holder.started.replace("T", " ")[:16]
        return StaleLockError(
            f"The data folder {self.data_dir} is marked as open on the computer "
            f"{holder.hostname!r} (process {holder.pid}, since {since}), which has not been "
            f"heard from for {_duration(silent)}: it probably crashed, lost its connection "
            "or went to sleep.",
            "if BIBLIO Desktop is no longer open there, start again with --take-over (the "
            "app asks); if it is, close it there first",
            holder, silent)

    def _no_locks_error(self) -> DataFolderError:
        kind = filesystem_type(self.data_dir)
        drive = f"a network drive ({kind})" if kind and is_network_folder(self.data_dir) \
            else "a drive"
        return DataFolderError(
            f"The data folder {self.data_dir} is on {drive} that does not support file locks, "
            "so neither the app nor its database can make sure only one computer changes it "
            "at a time.",
            "copy the data folder to a local drive, or have the share mounted with locking "
            "(NFS: with its lock service, without 'nolock'); or choose another place with "
            "--data-dir")

    def _read_only_error(self, exc: OSError) -> DataFolderError:
        return DataFolderError(
            f"The data folder {self.data_dir} is read-only ({exc.strerror or exc}), so "
            "answers and progress could not be saved.",
            "copy the data folder to a writable place (or unlock the USB stick) and start "
            "with --data-dir pointing there",
        )


def busy_error(data_dir: Path, holder: LockHolder | None, *,
               moved: bool = False) -> DataFolderError:
    """'Already open' naming who has the folder open, and where."""
    if holder is None:
        return DataFolderError(
            f"BIBLIO Desktop is already open on this data folder by another BIBLIO Desktop "
            f"window: {data_dir}.",
            "switch to the open window, or close it and try again; to use a separate "
            "library at the same time, start with --data-dir")
    who = holder.describe(_utc_now())
    if holder.on_this_host:
        return DataFolderError(
            f"BIBLIO Desktop is already open on this data folder {who}: {data_dir}.",
            "switch to the open window, or close it and try again; to use a separate "
            "library at the same time, start with --data-dir")
    still = "; it is still running (its heartbeat just moved)" if moved else ""
    return DataFolderError(
        f"BIBLIO Desktop is already open on this data folder {who}{still}: {data_dir}.",
        "close it on that computer first: only one computer at a time may use a data folder "
        "on a network share; to use a separate library, start with --data-dir")


def refuse_if_open_elsewhere(data_dir: Path, *, timing: LockTiming = DEFAULT_TIMING) -> None:
    """Raise `DataFolderError` when the app is open on this folder on another computer
    (its heartbeat is recent). For commands that open the library without the instance
    lock: beside an app on this computer they are safe (SQLite's locks work here), but
    the locks of a network share may not reach from one computer to another."""
    holder = read_holder(Path(data_dir) / LOCK_FILENAME)
    if holder is None or holder.on_this_host:
        return
    silent = holder.silent_for(_utc_now())
    if silent is not None and silent < timing.stale_after:
        raise busy_error(Path(data_dir), holder)


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
