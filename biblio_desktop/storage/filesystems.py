"""Is the data folder on a network file system (an NFS or SMB share, a VM shared folder)?

It matters twice. SQLite's WAL mode keeps its index in shared memory (the `-shm` file,
memory-mapped), which computers cannot share: on a network folder a WAL database opened
from two PCs can be corrupted, so there the library uses the rollback journal
(`journal_mode=DELETE`, see db.py). And the single-instance lock cannot fully trust the
operating system's file lock across computers, so it also checks who the lock file names
and double-checks its claim (lock.py).

Detection: Linux reads the file system type of the folder's mount from /proc/self/mounts;
Windows asks whether the drive is remote (or the path is a \\\\server\\share path). Other
systems report "unknown", treated as local. `BIBLIO_NETWORK_FOLDER=1` (or `0`) overrides
the detection for a share it does not recognise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "ncpfs", "afs", "coda", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "beegfs", "ocfs2", "gfs2", "vboxsf", "vmhgfs", "drvfs",
    "davfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.glusterfs", "fuse.cephfs",
    "fuse.vmhgfs-fuse", "fuse.davfs2", "fuse.smbnetfs", "fuse.gvfsd-fuse",
})
OVERRIDE_ENV = "BIBLIO_NETWORK_FOLDER"
_MOUNTS = Path("/proc/self/mounts")


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_type(path: Path, mounts_text: str) -> str | None:
    """The file system type of the mount holding `path`, from /proc/mounts text."""
    target = str(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):  # the last of equal mounts is the visible one
            best, best_type = point, fields[2]
    return best_type


def _existing(path: Path) -> Path:
    """The path resolved, or its nearest existing parent (a data folder not made yet)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def filesystem_type(path: Path | str) -> str | None:
    """The file system type of the folder ("ext4", "nfs4", "cifs", ...; "remote" or
    "local" on Windows), or None when it cannot be told."""
    folder = _existing(Path(path))
    if sys.platform.startswith("linux"):
        try:
            return mount_type(folder, _MOUNTS.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return None
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_drive_kind(folder)
    return None


def _windows_drive_kind(folder: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    text = str(folder)
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return "remote"  # \\server\share\...
    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return "remote" if kind == 4 else "local"  # DRIVE_REMOTE


def is_network_folder(path: Path | str) -> bool:
    """True when the folder is on a network file system (or the override says so)."""
    override = os.environ.get(OVERRIDE_ENV, "").strip()
    if override in ("0", "1"):
        return override == "1"
    kind = filesystem_type(path)
    return kind is not None and (kind in NETWORK_TYPES or kind == "remote")
