"""Who made a temporary file or folder, and whether that process can still be working on it.

Long operations (import, backup, restore, exports) write into temporary names first. A
process killed midway (power cut, `kill -9`) leaves those behind, and the next start
removes them. The data folder may be shared, though: a command-line import beside the
open app, or another computer on a network share, may be writing its own temporary files
at that very moment. So each temporary name carries an *owner tag*, `<pid>-<host>` (the
host as 8 hex digits of the SHA-256 of this computer's *machine id*, see below), and
clean-up removes only what a finished process left:

- made on this computer: its process is gone (a reused pid keeps the leftover a little
  longer, never the other way round);
- made on another computer: we cannot ask it, so only when older than a day;
- no tag (written by an older version): only when older than an hour, the age at which
  the backups folder always considered a temporary file abandoned.

**Which computer.** Library PCs are often cloned from one disk image and then share their
name, so the name cannot tell two PCs apart: each computer (per user account) gets a
random *machine id*, made on first use and kept in the user's local (not roaming) config
folder (`platformdirs.user_config_dir`). Other computers only ever see a hash of it (in
owner tags and lock records, storage/lock_record.py). Names tagged by an older version
(a hash of the computer's name) therefore look like another computer's: kept a day, the
safe side. If that folder cannot be written, the id is derived from the computer's name
(as before, and logged): cloned PCs are then not told apart.

**Whose clock.** "Older than a day" compares a file's time with "now". On a network share
the file's time is stamped by the share (its server's clock), and this PC's clock may be
days ahead of it (a dead CMOS battery set right the wrong way): judged by our clock, another
PC's import staging written a minute ago would look days old. The start-up clean-up
(recovery.py) therefore judges inside `share_clock(data_folder)`: "now" is the time of a
file written into the data folder at that moment (`share_now`), so both times come from the
same clock. If that cannot be read, another computer's and untagged leftovers are kept.
Outside such a block (an atomic write tidying its own target's leftovers) this PC's clock
(clock.py) is used.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from . import clock

log = logging.getLogger(__name__)

OTHER_HOST_AGE = 24 * 3600.0  # seconds before another computer's leftover may be removed
UNTAGGED_AGE = 3600.0
MACHINE_ID_FILE = "machine-id"
SHARE_PROBE = ".clock-probe"  # written in a data folder to read the share's time

_TAG_RE = re.compile(r"(?P<pid>\d{1,10})-(?P<host>[0-9a-f]{8})")
_ID_RE = re.compile(r"[0-9a-f]{32}")


def hostname() -> str:
    """This computer's name, for people to read (os.uname is quicker to reach than the
    socket module). Never used alone to decide that something is this computer's."""
    try:
        return os.uname().nodename
    except AttributeError:  # Windows
        return os.environ.get("COMPUTERNAME", "")


# --- the machine id --------------------------------------------------------------------------

_machine_id: str | None = None
_fingerprint: str | None = None
_machine_id_lock = threading.Lock()


def machine_id_path() -> Path:
    import platformdirs  # only when first needed (start-up time)

    from . import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False)) \
        / MACHINE_ID_FILE


def machine_id() -> str:
    """This computer's random id (32 hex digits), the same for every process of this user
    on this computer: read from the config folder, made there on first use."""
    global _machine_id
    with _machine_id_lock:
        if _machine_id is None:
            try:
                _machine_id = _load_or_make(machine_id_path())
            except OSError as exc:
                log.warning("cannot keep a machine id (%s); telling this computer by its "
                            "name, so PCs cloned from one image are not told apart", exc)
                _machine_id = hashlib.sha256(f"host:{hostname().casefold()}".encode()
                                             ).hexdigest()[:32]
        return _machine_id


def _read_id(path: Path) -> str | None:
    for attempt in range(5):  # another process may be writing it this very moment
        with contextlib.suppress(FileNotFoundError):
            text = path.read_text(encoding="ascii", errors="replace").strip()
            if _ID_RE.fullmatch(text):
                return text
        if attempt < 4:
            time.sleep(0.02)
    return None


def _load_or_make(path: Path) -> str:
    found = _read_id(path) if path.exists() else None
    if found:
        return found
    path.parent.mkdir(parents=True, exist_ok=True)
    new = os.urandom(16).hex()
    try:  # exclusively: two first starts at once agree on the winner's id
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o644)
    except FileExistsError:
        found = _read_id(path)
        if found:
            return found
        # Unreadable (cut off by a crash while it was first written): replace it whole.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(new + "\n", encoding="ascii")
        os.replace(tmp, path)
        return _read_id(path) or new
    try:
        os.write(fd, (new + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return new


def machine_fingerprint() -> str:
    """What other computers may see of the machine id: 16 hex digits of its SHA-256."""
    global _fingerprint
    if _fingerprint is None:
        _fingerprint = hashlib.sha256(machine_id().encode("ascii")).hexdigest()[:16]
    return _fingerprint


def host_id(name: str | None = None) -> str:
    """A short, file-name-safe stand-in for this computer (its machine id); for a given
    computer name, that name's (the tags of older versions)."""
    if name is None:
        return machine_fingerprint()[:8]
    return hashlib.sha256(name.casefold().encode("utf-8")).hexdigest()[:8]


def owner_tag() -> str:
    """`<pid>-<host>` for names this process gives to its temporary files."""
    return f"{os.getpid()}-{host_id()}"


@dataclass(frozen=True)
class Owner:
    pid: int
    host: str  # host_id()

    @property
    def on_this_host(self) -> bool:
        return self.host == host_id()


def parse_owner_tag(text: str) -> Owner | None:
    match = _TAG_RE.fullmatch(text)
    return Owner(int(match["pid"]), match["host"]) if match else None


def pid_alive(pid: int) -> bool:
    """True when a process with this id runs on this computer (or we cannot tell)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    except OSError as exc:
        return exc.errno != errno.ESRCH
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def left_behind(owner: Owner | None, mtime: float, now: float | None = None) -> bool:
    """True when a temporary file or folder with this owner can no longer be in use.

    `now` defaults to the share's time inside `share_clock` (see the module docstring),
    else to this computer's clock."""
    if owner is not None and owner.on_this_host:
        return not pid_alive(owner.pid)
    if now is None:
        now = _judging_now()
        if now is None:  # the share's time is unknown: another's work may be live
            return False
    age = now - mtime
    return age > (UNTAGGED_AGE if owner is None else OTHER_HOST_AGE)


def path_mtime(path: os.PathLike[str] | str) -> float:
    """The modification time without following links (0 when it vanished meanwhile)."""
    with contextlib.suppress(OSError):
        return os.lstat(path).st_mtime
    return 0.0


# --- the share's clock -----------------------------------------------------------------------

def share_now(folder: os.PathLike[str] | str) -> float | None:
    """The time now by the clock that stamps files in `folder` (a network share's server):
    a small file there is written and its modification time read. None when it cannot be
    (a read-only or vanished folder)."""
    probe = Path(folder) / SHARE_PROBE
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     0o644)
        try:
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))  # the write stamps the time
            os.fsync(fd)
        finally:
            os.close(fd)
        return os.stat(probe).st_mtime  # after close: the server's attributes (NFS, SMB)
    except OSError:
        return None


class _ShareClock:
    """The share's "now", read once and only when first needed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._read = False
        self._now: float | None = None

    def now(self) -> float | None:
        if not self._read:
            self._now, self._read = share_now(self.folder), True
            if self._now is None:
                log.info("cannot read the time of %s: other computers' leftovers are kept",
                         self.folder)
        return self._now


_judging: ContextVar[_ShareClock | None] = ContextVar("biblio_share_clock", default=None)


@contextlib.contextmanager
def share_clock(folder: os.PathLike[str] | str) -> Iterator[None]:
    """Inside the block, `left_behind` judges the age of another computer's (and untagged)
    leftovers by the clock of the share holding `folder`, not by this computer's."""
    token = _judging.set(_ShareClock(Path(folder)))
    try:
        yield
    finally:
        _judging.reset(token)


def _judging_now() -> float | None:
    judging = _judging.get()
    return clock.now().timestamp() if judging is None else judging.now()
