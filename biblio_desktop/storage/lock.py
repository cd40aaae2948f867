"""One running app per data folder, also when the folder is on a network share.

Three layers, each covering what the one before cannot (docs/architecture.md,
"Durability"; the record itself: lock_record.py):

1. **The OS file lock** on `<data>/.lock` (`fcntl.flock` on POSIX, `msvcrt.locking` on
   Windows). The operating system drops it when the holder ends in any way, a crash or
   `kill -9` included, so on one computer a lock left by a dead process never blocks the
   next start. While another process holds it, nothing else matters: the folder is in use.
2. **The holder record** in the lock file: process id, computer (its name, and the hash of
   its random machine id: cloned PCs share names), start time, a random token and a
   *heartbeat* (UTC time and a counter) that the running app rewrites every `heartbeat`
   seconds from a background thread. On a network share the OS lock may not reach other
   computers (NFS mounted with `nolock`, SMB with `nobrl`) and is granted to both; so
   after getting it we still read the record, and a record from another computer with a
   recent heartbeat means the folder is open there: refused.
3. **Stale records.** A record from this computer is stale as soon as we hold the OS lock
   (the OS would not have granted it while its process lived). A record from another
   computer whose heartbeat is older than `stale_after` was left by a crash, a lost
   connection or a PC asleep. It is taken over only when asked (`take_over=True`: the app
   asks the user, the command line needs `--take-over`) and only after watching the
   record for `watch` seconds (at least three heartbeats) without seeing it move, so
   clocks that disagree between the two computers cannot make a live app look dead.

On a network share a new claim is double-checked: written, synced, read back after a short
pause; anything but our own record read back (another computer's claim, or nothing
readable) and we back off.

The holder never takes a record it cannot read for its own: the heartbeat, the release and
the double check write only over a record that is positively ours. A garbled record (a
write seen halfway) is read again; the heartbeat skips its write while the record is
unreadable and retries at the next beat; a record still garbled after `GARBLED_BEATS`
beats in a row, or emptied (the computer that took over has closed), means the folder was
lost. The share itself away (the file cannot be opened) is retried for as long as it lasts:
once back, the record tells whether someone else took over meanwhile.

An app whose record was taken over (say a laptop waking up) must not write on: its
heartbeat sees a token not its own and calls `on_lost` (the window says so and closes), and
until then every write to the folder's database is gated (`confirm`, installed by
`refuse_if_open_elsewhere` when `Workspace.open` runs): a write transaction starts, and
commits, only after the record was read and is still ours. What remains is the moment
between that read and the write (milliseconds, against a take-over that needs a watch of
many seconds without heartbeat first).

Commands that do not take the lock (`refuse_if_open_elsewhere`) refuse a record of another
computer with a recent heartbeat, and one that is not clearly recent is watched first
(its clock may be behind ours): if it moves, that app is alive and they refuse.

A file system without any locks (ENOLCK: e.g. NFS without its lock service) is refused:
SQLite needs those same locks to keep the database whole.

The lock file is never deleted: unlinking a lock file lets two processes lock two
different files of the same name. On release its text is emptied instead (if still ours).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from .. import clock, owners
from ..disk_faults import _READ_ONLY_ERRNOS
from ..errors import DataFolderError
from ..progress import ProgressFn, no_progress
from .filesystems import filesystem_type, is_network_folder
from .lock_gate import HELD, folder_key, install_write_gate
from .lock_record import (
    DEFAULT_TIMING,
    LOCK_FILENAME,
    RECORD_SIZE,
    UNKNOWN_HOLDER,
    LockHolder,
    LockLostError,
    LockTiming,
    Reading,
    busy_error,
    duration,
    encode_record,
    parse_record,
    read_holder,
    read_settled,
    watch_record,
)

__all__ = [
    "DEFAULT_TIMING", "GARBLED_BEATS", "LOCK_FILENAME", "RECORD_SIZE", "InstanceLock",
    "LockHolder", "LockLostError", "LockTiming", "StaleLockError", "busy_error",
    "parse_record", "read_holder", "refuse_if_open_elsewhere",
]

log = logging.getLogger(__name__)

# Beats in a row that may find the record garbled before the folder counts as lost: a
# write seen halfway is whole again at the next read, a record cut off by a crash stays so.
GARBLED_BEATS = 3

# Windows locks are mandatory: a locked byte cannot be read by others. The holder's details
# sit at the start of the file and the lock is taken on one byte far past them, so a second
# instance can still read who holds the folder.
_WINDOWS_LOCK_OFFSET = 1 << 20

_NO_LOCK_ERRNOS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS}


def _lock_mtime(lock_path: Path) -> float | None:
    with contextlib.suppress(OSError):
        return os.stat(lock_path).st_mtime
    return None


def _file_silence(data_dir: Path) -> float | None:
    """Seconds since the lock file was written, both times by the share's clock (records of
    older versions carry no heartbeat)."""
    mtime = _lock_mtime(data_dir / LOCK_FILENAME)
    if mtime is None:
        return None
    now = owners.share_now(data_dir)
    return (clock.now().timestamp() if now is None else now) - mtime


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
        self._garbled = 0  # beats in a row that found the record garbled
        self._io = threading.Lock()  # the heartbeat thread and release share the descriptor
        self._stop = threading.Event()
        self._wake = threading.Event()  # the next heartbeat now (the write gate saw a loss)
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
        self.lost_to = None
        self._garbled = 0
        self._stop.clear()
        self._wake.clear()
        HELD[folder_key(self.data_dir)] = self
        if "sqlalchemy" in sys.modules:  # else when Workspace.open runs
            install_write_gate()

    def release(self) -> None:
        self._stop.set()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        with self._io:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            key = folder_key(self.data_dir)
            if HELD.get(key) is self:
                del HELD[key]
            # Emptied only when positively ours: never another computer's record, nor one
            # we cannot read (it stays as it is; the next start reads it again).
            if read_settled(self.path).is_ours(self._token):
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
        while True:
            self._wake.wait(self.timing.heartbeat)
            self._wake.clear()
            if self._stop.is_set():
                return
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
        """One heartbeat: rewrite our record if it is still ours. If another computer's
        record replaced it (or emptied it, or garbled it for `GARBLED_BEATS` beats), nothing
        is written and the new holder is returned (and kept in `lost_to`). A record that
        cannot be read is not written over: OSError when the file could not be read,
        None when it was garbled; the next beat tries again."""
        with self._io:
            if self._fd is None or self.lost_to is not None:
                return self.lost_to
            reading = read_settled(self.path)
            if reading.is_ours(self._token):
                self._garbled = 0
                self._beat += 1
                self._write_record(self._fd)
                return None
            if reading.state == "failed":
                assert reading.error is not None
                raise reading.error
            if reading.state == "garbled":
                self._garbled += 1
                log.warning("the lock record in %s cannot be read (%d time(s) in a row); "
                            "not rewriting it", self.path, self._garbled)
                if self._garbled < GARBLED_BEATS:
                    return None
            return self._lost(reading)

    def _lost(self, reading: Reading) -> LockHolder:
        """Note (with `_io` held) that the folder is no longer ours."""
        if self.lost_to is None:
            self.lost_to = reading.holder or UNKNOWN_HOLDER
            log.error("the data folder %s was taken over by %s", self.data_dir,
                      self.lost_to.describe(clock.now()) if reading.holder else
                      "another computer (its record is " + reading.state + ")")
        return self.lost_to

    # --- the write gate ----------------------------------------------------------------------

    def confirm(self) -> None:
        """Raise unless the lock record is still ours: called before a write transaction
        starts and before any transaction commits on the folder's database (the write
        gate), so an app that was taken over while asleep cannot write a single
        transaction before its next heartbeat notices. `LockLostError` when it was taken
        over (the heartbeat is woken to tell `on_lost` at once); `DataFolderError` when the
        record cannot be read (the share away): that write is refused, the next may pass."""
        if self._fd is None and self.lost_to is None:
            return
        if self.lost_to is None:
            reading = read_settled(self.path)
            if reading.is_ours(self._token):
                return
            if reading.state in ("garbled", "failed"):
                reason = reading.error.strerror if reading.error and reading.error.strerror \
                    else "it is being rewritten or is damaged"
                raise DataFolderError(
                    f"Cannot check that this computer still has the data folder "
                    f"{self.data_dir}: its lock file could not be read ({reason}). Nothing "
                    "was saved.", "check the network connection to the data folder, then "
                    "try again")
            with self._io:
                self._lost(reading)
            self._wake.set()
        assert self.lost_to is not None
        raise LockLostError(self.data_dir, self.lost_to)

    # --- claiming --------------------------------------------------------------------------

    def _claim(self, fd: int, take_over: bool, progress: ProgressFn) -> None:
        holder = read_settled(self.path).holder  # garbled for good: nobody's record
        now = clock.now()
        if holder is not None:
            if holder.on_this_host:
                log.warning("the data folder %s was left locked by process %s (started %s), "
                            "which has ended; taking it", self.data_dir, holder.pid,
                            holder.started)
            else:
                silent = holder.silent_for(now) if holder.heartbeat is not None else \
                    _file_silence(self.data_dir)
                if silent is None or silent < self.timing.stale_after:
                    raise self._busy_error(holder)
                if not take_over:
                    raise self._stale_error(holder, silent)
                self._watch(holder, progress)
                log.warning("the data folder %s is taken over from %s", self.data_dir,
                            holder.describe(now))
        self._token = os.urandom(8).hex()
        self._started = clock.local_now().isoformat(timespec="seconds")
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
            self._double_check()

    def _watch(self, holder: LockHolder, progress: ProgressFn) -> None:
        """Take-over guard: the record must not move for `timing.watch` seconds."""
        moved = watch_record(self.path, holder, self.timing.watch, progress)
        if moved is not None:
            raise self._busy_error(moved, moved=True)

    def _double_check(self) -> None:
        """On a share: read our claim back after a pause; another computer may have written
        its own at the same moment if the OS lock does not reach between computers. Only
        our own record read back confirms the claim: anything unreadable is not rewritten
        (it may be the other computer's claim seen halfway), we back off instead."""
        time.sleep(self.timing.settle)
        reading = read_settled(self.path)
        if reading.is_ours(self._token):
            return
        if reading.state == "record":
            raise self._busy_error(reading.holder)
        log.warning("the claim on %s could not be read back (%s)", self.path, reading.state)
        raise DataFolderError(
            f"Could not make sure that no other computer is opening the data folder "
            f"{self.data_dir} at this moment: its lock file could not be read back.",
            "try again in a moment; if it keeps failing, check the network connection")

    def _write_record(self, fd: int) -> None:
        # One write of a fixed size, then cut off anything longer: a reader sees the old
        # record or the new one, never an empty file in between.
        data = encode_record(started=self._started, token=self._token, beat=self._beat)
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
        where = holder.where() or "on this computer "
        return StaleLockError(
            f"The data folder {self.data_dir} is marked as open {where}(process "
            f"{holder.pid}, since {since}), which has not been heard from for "
            f"{duration(silent)}: it probably crashed, lost its connection or went to sleep.",
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


# --- commands beside the app ------------------------------------------------------------------

def _tell(text: str) -> None:
    log.warning("%s", text)
    if sys.stderr is not None:  # pythonw on Windows has none
        with contextlib.suppress(OSError, ValueError):
            print(text, file=sys.stderr, flush=True)


def refuse_if_open_elsewhere(data_dir: Path | str, *, timing: LockTiming | None = None,
                             tell: Callable[[str], None] = _tell) -> None:
    """Raise `DataFolderError` when the app is open on this folder on another computer.
    For commands that open the library without the instance lock: beside an app on this
    computer they are safe (SQLite's locks work here), but the locks of a network share
    may not reach from one computer to another.

    A record of another computer with a recent heartbeat refuses at once. One that is not
    clearly recent (old, ahead of our clock, or without a heartbeat) may still be alive:
    this computer's clock may be behind. It is watched for `timing.watch` seconds first
    (`tell` says so: on stderr); if its counter moves, the app is alive: refused.

    Also, when this process holds the folder's InstanceLock, installs the write gate for
    its database (see the module docstring): Workspace.open calls this first."""
    timing = timing or DEFAULT_TIMING  # looked up now: tests shorten it
    folder = Path(data_dir)
    if HELD.get(folder_key(folder)) is not None:
        install_write_gate()
    lock_path = folder / LOCK_FILENAME
    holder = read_settled(lock_path).holder
    if holder is None or holder.on_this_host:
        return
    if holder.heartbeat is None:  # an older version: no counter to watch, only the file
        silent = _file_silence(folder)
        if silent is None or silent < timing.stale_after:
            raise busy_error(folder, holder)
        return
    silent = holder.silent_for(clock.now())
    assert silent is not None
    if 0 <= silent < timing.stale_after:
        raise busy_error(folder, holder)
    heard = f"not heard from for {duration(silent)}" if silent >= 0 else \
        "its clock is ahead of this computer's"
    tell(f"The data folder {folder} is marked as open {holder.where()}(process {holder.pid}; "
         f"{heard}): making sure BIBLIO Desktop is no longer running there "
         f"({duration(timing.watch)})… If it is not, opening BIBLIO Desktop here and taking "
         "the folder over ends these waits.")
    moved = watch_record(lock_path, holder, timing.watch)
    if moved is not None:
        raise busy_error(folder, moved, moved=True)


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
