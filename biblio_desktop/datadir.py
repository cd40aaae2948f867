"""Where the app keeps its data, and the layout inside that folder.

Order of precedence: `--data-dir`, then `BIBLIO_DATA_DIR`, then portable mode (a
`biblio-data/` folder beside the executable, so a USB stick carries app and data), then
the platform's user data folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import APP_NAME
from .errors import DataFolderError

PORTABLE_FOLDER = "biblio-data"


def portable_data_dir(executable: str | None = None) -> Path | None:
    """The portable data folder beside the executable, if one exists.

    Only a bundled app (`sys.frozen`) looks for it: from a source checkout the
    "executable" is the Python interpreter, and a folder beside it means nothing."""
    exe = Path(executable or sys.executable).resolve()
    candidate = exe.parent / PORTABLE_FOLDER
    return candidate if candidate.is_dir() else None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("BIBLIO_DATA_DIR")
    if env:
        return Path(env).expanduser()
    if getattr(sys, "frozen", False):
        portable = portable_data_dir()
        if portable is not None:
            return portable
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
        """Create the folders and prove the place is writable, with a plain message when it
        is read-only (e.g. a write-protected USB stick) or full."""
        try:
            for folder in (self.root, self.courses, self.keys, self.exports, self.backups,
                           self.logs):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise data_folder_error(self.root, exc, "Cannot create the data folder") from exc
        if not os.access(self.root, os.W_OK):
            raise DataFolderError(
                f"The data folder {self.root} is read-only, so your progress cannot be saved.",
                READ_ONLY_HINT)
        probe = self.root / ".write-test"
        try:  # a read-only mount or a full disk shows here, not halfway through a lesson
            with open(probe, "wb") as out:
                out.write(b"\0" * WRITE_PROBE_BYTES)  # no fsync: start-up stays fast
        except OSError as exc:
            raise data_folder_error(self.root, exc, "Cannot write to the data folder") from exc
        finally:
            with contextlib.suppress(OSError):
                probe.unlink()


READ_ONLY_HINT = ("if it is on a USB stick, check the stick's write-protect switch; or "
                  "choose another place with --data-dir")
FULL_HINT = "free some space on that disk, or choose another place with --data-dir"
WRITE_PROBE_BYTES = 64 * 1024  # the size of a few saved answers, a little headroom
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, errno.EDQUOT}


def data_folder_error(root: Path, exc: OSError, what: str) -> DataFolderError:
    """A plain-language DataFolderError for an OSError met while preparing `root`."""
    if exc.errno in _READ_ONLY:
        return DataFolderError(
            f"The data folder {root} is read-only, so your progress cannot be saved.",
            READ_ONLY_HINT)
    if exc.errno in _FULL:
        return DataFolderError(f"The disk holding the data folder {root} is full.", FULL_HINT)
    return DataFolderError(f"{what} {root}: {exc.strerror or exc}.",
                           "choose another place with --data-dir, or check the disk is "
                           "writable")
