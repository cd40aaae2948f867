"""Who made a temporary file or folder, and whether that process can still be working on it.

Long operations (import, backup, restore, exports) write into temporary names first. A
process killed midway (power cut, `kill -9`) leaves those behind, and the next start
removes them. The data folder may be shared, though: a command-line import beside the
open app, or another computer on a network share, may be writing its own temporary files
at that very moment. So each temporary name carries an *owner tag*, `<pid>-<host>` (the
host as 8 hex digits of the SHA-256 of the computer's name), and clean-up removes only
what a finished process left:

- made on this computer: its process is gone (a reused pid keeps the leftover a little
  longer, never the other way round);
- made on another computer: we cannot ask it, so only when older than a day;
- no tag (written by an older version): only when older than an hour, the age at which
  the backups folder always considered a temporary file abandoned.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import sys
import time
from dataclasses import dataclass

OTHER_HOST_AGE = 24 * 3600.0  # seconds before another computer's leftover may be removed
UNTAGGED_AGE = 3600.0

_TAG_RE = re.compile(r"(?P<pid>\d{1,10})-(?P<host>[0-9a-f]{8})")


def hostname() -> str:
    """This computer's name (os.uname is quicker to reach than the socket module)."""
    try:
        return os.uname().nodename
    except AttributeError:  # Windows
        return os.environ.get("COMPUTERNAME", "")


def host_id(name: str | None = None) -> str:
    """A short, file-name-safe stand-in for a computer's name."""
    raw = (hostname() if name is None else name).casefold().encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:8]


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
    """True when a temporary file or folder with this owner can no longer be in use."""
    age = (time.time() if now is None else now) - mtime
    if owner is None:
        return age > UNTAGGED_AGE
    if owner.on_this_host:
        return not pid_alive(owner.pid)
    return age > OTHER_HOST_AGE


def path_mtime(path: os.PathLike[str] | str) -> float:
    """The modification time without following links (0 when it vanished meanwhile)."""
    with contextlib.suppress(OSError):
        return os.lstat(path).st_mtime
    return 0.0
