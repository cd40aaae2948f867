"""What a converter works with: the output source folder, the report, Cancel and progress.

Converters put media straight into the source folder being written (streamed, never read
whole, so a 200 MB Moodle backup does not need 200 MB of memory), say what they leave out
and why, and check Cancel between steps. A cancelled or refused conversion removes the
whole folder, so nothing is left behind.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..progress import CancelToken, ProgressFn, no_progress
from .archive import InputTree
from .draft import LeftOut

_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def safe_name(name: str, fallback: str = "file", limit: int = 80) -> str:
    """A file name made of our package alphabet (lower-case letters, digits, `-_.`)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem, dot, ext = ascii_name.lower().rpartition(".")
    if not dot:
        stem, ext = ext, ""
    stem = _UNSAFE.sub("-", stem).strip("-._") or fallback
    ext = _UNSAFE.sub("", ext)[:10]
    stem = stem[: max(1, limit - len(ext) - 1)].strip("-._") or fallback
    return f"{stem}.{ext}" if ext else stem


class ConversionContext:
    """Shared state of one conversion (one or several inputs into one course)."""

    def __init__(self, source_dir: Path, *, cancel: CancelToken | None = None,
                 progress: ProgressFn = no_progress) -> None:
        self.source_dir = source_dir
        self.cancel = cancel or CancelToken()
        self.progress = progress
        self.left_out: list[LeftOut] = []
        self.notes: list[str] = []
        self._media: dict[tuple[str, str], str] = {}
        self._taken: set[str] = set()

    def check(self) -> None:
        """Raise `Cancelled` if the user pressed Cancel (call between steps)."""
        self.cancel.raise_if_cancelled()

    def leave_out(self, what: str, where: str, reason: str) -> None:
        """Report a part of the input that will not be in the course, and why."""
        self.left_out.append(LeftOut(what, where, reason))

    def note(self, text: str) -> None:
        """Report something the user should know that is not a loss (e.g. a type mapped)."""
        self.notes.append(text)

    def _reserve(self, folder: str, name: str) -> str:
        base = safe_name(name)
        stem, dot, ext = base.rpartition(".")
        if not dot:
            stem, ext = base, ""
        candidate, n = base, 1
        while f"{folder}/{candidate}" in self._taken:
            n += 1
            candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        path = f"{folder}/{candidate}"
        self._taken.add(path)
        return path

    def add_media(self, tree: InputTree, member: str, name: str | None = None,
                  folder: str = "media") -> str:
        """Copy `member` of `tree` into the course; return its path (`media/...`).

        The same member added twice is copied once. Lessons refer to it as
        `../../` + the returned path.
        """
        key = (tree.label, member)
        if key in self._media:
            return self._media[key]
        path = self._reserve(folder, name or member.rsplit("/", 1)[-1])
        target = self.source_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        tree.copy_to(member, target, self.cancel)
        self._media[key] = path
        return path

    def add_media_bytes(self, name: str, data: bytes, folder: str = "media") -> str:
        """Write generated media (e.g. an image decoded from the input) into the course."""
        path = self._reserve(folder, name)
        target = self.source_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return path
