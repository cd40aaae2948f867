"""Where the app keeps its data, and the layout inside that folder.

Order of precedence: `--data-dir`, then `BIBLIO_DATA_DIR`, then portable mode (a
`biblio-data/` folder beside the executable, so a USB stick carries app and data), then
the platform's user data folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import APP_NAME
from .disk_faults import LOW_SPACE_BYTES, disk_full, free_bytes, named_faults, read_only

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
