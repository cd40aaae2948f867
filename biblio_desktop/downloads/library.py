"""What the catalogs and downloads need from the library.

The Workspace facade passes itself (`Workspace.catalogs`, `Workspace.downloads`): the
downloads sit below the facade and never import it (docs/architecture.md, "Layers").
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from ..datadir import DataLayout
    from ..installation.importer import ImportResult
    from ..progress import CancelToken, ProgressFn


class DownloadLibrary(Protocol):
    layout: DataLayout
    sessions: sessionmaker[Session]

    def import_package(self, path: Path, *, progress: ProgressFn = ...,
                       cancel: CancelToken | None = ..., backup: bool = ...) -> ImportResult:
        """Verify and install a package (its signature, key pin and every file's hash)."""
        ...

    def forget_versions(self, course_id: str, versions: Iterable[str]) -> None:
        """Drop what the library keeps in memory about removed versions of a course."""
        ...
