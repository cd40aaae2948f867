"""Where the app keeps its data, and the layout inside that folder.

Order of precedence: `--data-dir`, then `BIBLIO_DATA_DIR`, then portable mode (a
`biblio-data/` folder beside the executable, so a USB stick carries app and data), then
the platform's user data folder.

**A chosen folder on a stick that is not there.** A folder given with `--data-dir` or
`BIBLIO_DATA_DIR` (a desktop shortcut to `E:\biblio-data`, say) that does not exist is not
simply created when it is evidently on a drive that is missing: creating it would put a
fresh, empty library on the system disk (under the empty mount point), the learner would
think their progress gone, and later two diverging libraries would exist. So
`resolve_data_dir` raises `DataFolderMissing` (exit code 3) when the folder is missing and

- its drive is not there: on Windows the drive letter does not exist; elsewhere it lies
  under a removable-media root (`/media`, `/run/media`, `/mnt`, `/Volumes`) and nothing is
  mounted between that root and the folder (an unmounted mount point is just an empty
  folder on the system disk; an existing but empty folder there counts as missing too), or
- it held a library before on this computer: every chosen folder seen with a
  `library.sqlite3` is remembered in the user's local config folder (`data-folders.json`
  beside the machine id, owners.py; the newest 20), which covers sticks mounted anywhere.

The app then asks to plug the stick in (Retry), to quit, or to choose another folder (only
by explicit choice); the command line prints the error. A folder that never held a library
and is not on a missing drive is created as before (a new library), and so is one the user
created by hand. Portable mode and the platform's folder are not checked: the first is
beside the running program, so its stick is there; the second is on the system disk.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import APP_NAME
from .disk_faults import LOW_SPACE_BYTES, disk_full, free_bytes, named_faults, read_only
from .errors import DataFolderError

log = logging.getLogger(__name__)

PORTABLE_FOLDER = "biblio-data"
DATABASE_NAME = "library.sqlite3"
KNOWN_FOLDERS_FILE = "data-folders.json"  # in the user's local config folder
KNOWN_FOLDERS_MAX = 20
# Where desktops mount USB sticks and drives (Linux: udisks, fstab; macOS)
REMOVABLE_ROOTS: tuple[str, ...] = ("/media", "/run/media", "/mnt", "/Volumes")
MISSING_EXIT_CODE = 3  # the disk, not the input (as `check` exits for a disk fault)


class DataFolderMissing(DataFolderError):
    """The chosen data folder is on a drive that is not there now (see the module doc)."""

    exit_code = MISSING_EXIT_CODE

    def __init__(self, folder: Path, drive: Path | None) -> None:
        self.folder = folder
        self.drive = drive
        if drive is not None:
            message = (f"The data folder {folder} is not there: the USB stick or drive it is "
                       f"on ({drive}) is not plugged in or not mounted. BIBLIO Desktop did "
                       "not make a new, empty library in its place.")
        else:
            message = (f"The data folder {folder} held this computer's library before but is "
                       "not there now (a USB stick or network drive not plugged in?). "
                       "BIBLIO Desktop did not make a new, empty library in its place.")
        super().__init__(message, "plug the stick in and try again, or give another folder "
                         "with --data-dir; to start a new library at that very place, "
                         "create the folder first")


def portable_data_dir(executable: str | None = None) -> Path | None:
    """The portable data folder beside the executable, if one exists.

    Only a bundled app (`sys.frozen`) looks for it: from a source checkout the
    "executable" is the Python interpreter, and a folder beside it means nothing."""
    exe = Path(executable or sys.executable).resolve()
    candidate = exe.parent / PORTABLE_FOLDER
    return candidate if candidate.is_dir() else None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None, *,
                     check_present: bool = True) -> Path:
    """The data folder to use. A chosen one (`explicit`, else `BIBLIO_DATA_DIR`) is checked
    with `ensure_present` unless `check_present` is False (the user just picked it)."""
    chosen = explicit or os.environ.get("BIBLIO_DATA_DIR")
    if chosen:
        folder = Path(chosen).expanduser()
        if check_present:
            ensure_present(folder)
        return folder
    if getattr(sys, "frozen", False):
        portable = portable_data_dir()
        if portable is not None:
            return portable
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


# --- a chosen folder on a drive that is not there --------------------------------------------

def _is_mount(path: Path) -> bool:
    return os.path.ismount(path)


def missing_drive(folder: Path) -> Path | None:
    """The drive or mount point `folder` is on when that is evidently not there now (see the
    module doc), else None. Never touches the disk beyond `exists` and `ismount`."""
    folder = Path(os.path.abspath(folder))
    if folder.drive:  # Windows: a drive letter (or a UNC share) that is not there
        anchor = Path(folder.anchor)
        return None if anchor.exists() else anchor
    for root_name in REMOVABLE_ROOTS:
        root = Path(root_name)
        if folder == root or not folder.is_relative_to(root):
            continue
        present = folder
        while not present.exists() and present != root:
            present = present.parent
        step = present
        while step != root:
            if _is_mount(step):
                return None  # something is mounted there: the drive is in
            step = step.parent
        # Name the stick: an unmounted mount point that exists (fstab) is the stick; a
        # removed one (udisks) was the next folder below the root or below root/<user>.
        if present == root or (present.parent == root and present.name == _user()):
            return present / folder.relative_to(present).parts[0]
        return present
    return None


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name known: /media/<user> is then not told apart
        return ""


def known_folders_path() -> Path:
    """The list of chosen data folders that held a library on this computer."""
    from .owners import machine_id_path

    return machine_id_path().parent / KNOWN_FOLDERS_FILE


def _key(folder: Path) -> str:
    return os.path.normcase(os.path.abspath(folder))


def _known_folders() -> list[str]:
    try:
        data = json.loads(known_folders_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    folders = data.get("folders") if isinstance(data, dict) else None
    return [f for f in folders if isinstance(f, str)] if isinstance(folders, list) else []


def remember_data_folder(folder: Path) -> None:
    """Note that `folder` holds a library (best effort: a config folder that cannot be
    written only loses the "held a library before" half of the check)."""
    key = _key(folder)
    known = _known_folders()
    if key in known:
        return
    known = [*known, key][-KNOWN_FOLDERS_MAX:]
    path = known_folders_path()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"folders": known}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot remember the data folder %s: %s", folder, exc)
        with contextlib.suppress(OSError):
            tmp.unlink()


def held_a_library(folder: Path) -> bool:
    """`folder` was seen holding a library on this computer (remember_data_folder)."""
    return _key(folder) in _known_folders()


def ensure_present(folder: Path) -> None:
    """Raise DataFolderMissing when the chosen `folder` is missing because its drive is not
    there (or it held a library before); remember it when it holds one."""
    try:
        if folder.is_dir():
            if (folder / DATABASE_NAME).is_file():
                remember_data_folder(folder)
                return
            drive = missing_drive(folder)
            if drive is not None and not any(folder.iterdir()):
                raise DataFolderMissing(folder, drive)  # an empty, unmounted mount point
            return
        if folder.exists():
            return  # not a folder: DataLayout.create names that
    except OSError:
        return  # unreadable: opening the library names the fault
    drive = missing_drive(folder)
    if drive is not None or held_a_library(folder):
        raise DataFolderMissing(folder, drive)


@dataclass(frozen=True)
class DataLayout:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "library.sqlite3"

    @property
    def courses(self) -> Path:
        return self.root / "courses"

    @property
    def staging(self) -> Path:
        return self.root / "courses" / ".staging"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def downloads(self) -> Path:
        """Partial downloads (`.part` files) that resume after a restart."""
        return self.root / "downloads"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def create(self) -> None:
        """Create the folders and prove the place is writable and has some room, with the
        fault named (disk_faults.py) when it is read-only (e.g. a write-protected USB
        stick), full, or gone: here, not halfway through a lesson."""
        doing = "opening the library"
        with named_faults(self.root, doing):
            for folder in (self.root, self.courses, self.keys, self.exports, self.backups,
                           self.logs):
                folder.mkdir(parents=True, exist_ok=True)
            if not os.access(self.root, os.W_OK):
                raise read_only(self.root, doing)
            probe = self.root / ".write-test"
            try:
                with open(probe, "wb") as out:
                    out.write(b"\0" * WRITE_PROBE_BYTES)  # no fsync: start-up stays fast
            finally:
                with contextlib.suppress(OSError):
                    probe.unlink()
        free = free_bytes(self.root)
        if free is not None and free < LOW_SPACE_BYTES:
            raise disk_full(self.root, doing)


WRITE_PROBE_BYTES = 64 * 1024  # the size of a few saved answers, a little headroom
