"""Where the app keeps its data, and the layout inside that folder.

Order of precedence: `--data-dir`, then `BIBLIO_DATA_DIR`, then portable mode (a
`biblio-data/` folder beside the executable, so a USB stick carries app and data), then
the platform's user data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import APP_NAME
from .errors import DataFolderError

PORTABLE_FOLDER = "biblio-data"


def portable_data_dir(executable: str | None = None) -> Path | None:
    """The portable data folder beside the executable, if one exists."""
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
        """Create the folders, with a clear error when the place is not writable."""
        try:
            for folder in (self.root, self.courses, self.keys, self.exports, self.backups,
                           self.logs):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataFolderError(
                f"Cannot create the data folder {self.root}: {exc.strerror}.",
                "choose another place with --data-dir, or check the disk is writable",
            ) from exc
        if not os.access(self.root, os.W_OK):
            raise DataFolderError(f"The data folder {self.root} is read-only.",
                                  "choose another place with --data-dir")
