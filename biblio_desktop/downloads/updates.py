"""What the catalogs offer compared with what is installed; removing superseded versions.

Installing an update is an ordinary download + import: the new version goes into its own
folder beside the old one and becomes current only when it is fully verified; learners'
progress is keyed by course id + item id, so it carries over, and a completion keeps the
version it was earned in.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..errors import BiblioError
from ..installation.importer import _remove_empty, _remove_tree
from ..packages.manifest import version_key
from ..storage.db import unit_of_work
from ..storage.models import (
    CompletionRecordRow,
    CourseCompletionRow,
    CourseVersionRow,
    QuizAttemptRow,
)
from .catalog import Catalog, CatalogEntry

if TYPE_CHECKING:
    from .library import DownloadLibrary

NOT_INSTALLED = "not installed"
INSTALLED = "installed"
UPDATE_AVAILABLE = "update available"
OLDER = "older than installed"


@dataclass(frozen=True)
class CatalogListing:
    """One catalog entry with its status against the installed courses."""

    entry: CatalogEntry
    catalog_url: str
    publisher: str
    status: str  # NOT_INSTALLED | INSTALLED | UPDATE_AVAILABLE | OLDER
    installed_version: str | None


@dataclass(frozen=True)
class Update:
    course_id: str
    installed_version: str
    entry: CatalogEntry  # the newest version the catalogs offer
    catalog_url: str


def _installed(workspace: DownloadLibrary) -> dict[str, str]:
    """Newest installed version per course id."""
    newest: dict[str, str] = {}
    with workspace.sessions() as session:
        for course_id, version in session.execute(
                select(CourseVersionRow.course_id, CourseVersionRow.version)):
            if course_id not in newest or version_key(version) > version_key(newest[course_id]):
                newest[course_id] = version
    return newest


def _catalogs(workspace: DownloadLibrary, catalogs: list[Catalog] | None) -> list[Catalog]:
    if catalogs is not None:
        return catalogs
    from .store import CatalogStore

    return CatalogStore(workspace).cached()


def catalog_listing(workspace: DownloadLibrary,
                    catalogs: list[Catalog] | None = None) -> list[CatalogListing]:
    """Every cached catalog entry with installed / update-available status (no network)."""
    installed = _installed(workspace)
    out = []
    for catalog in _catalogs(workspace, catalogs):
        for entry in catalog.packages:
            have = installed.get(entry.id)
            if have is None:
                status = NOT_INSTALLED
            elif version_key(entry.version) > version_key(have):
                status = UPDATE_AVAILABLE
            elif entry.version == have:
                status = INSTALLED
            else:
                status = OLDER
            out.append(CatalogListing(entry, catalog.url, catalog.publisher, status, have))
    return sorted(out, key=lambda x: (x.entry.id, version_key(x.entry.version), x.catalog_url))


def find_entry(workspace: DownloadLibrary, course_id: str, version: str | None = None,
               catalogs: list[Catalog] | None = None) -> tuple[CatalogEntry, str]:
    """The catalog entry to download (newest unless `version`) and its catalog URL."""
    found = [(c.find(course_id, version), c.url) for c in _catalogs(workspace, catalogs)]
    hits = [(e, url) for e, url in found if e is not None]
    if not hits:
        what = f"{course_id} {version}" if version else course_id
        raise BiblioError(f"No catalog offers {what}.",
                          "run 'biblio-desktop catalog refresh' and see 'biblio-desktop catalog "
                          "list'")
    return max(hits, key=lambda h: version_key(h[0].version))  # type: ignore[union-attr]


def updates_available(workspace: DownloadLibrary,
                      catalogs: list[Catalog] | None = None) -> list[Update]:
    """Installed courses for which a cached catalog offers a newer version (newest each)."""
    best: dict[str, Update] = {}
    for item in catalog_listing(workspace, catalogs):
        if item.status != UPDATE_AVAILABLE or item.installed_version is None:
            continue
        current = best.get(item.entry.id)
        if current is None or version_key(item.entry.version) > version_key(
                current.entry.version):
            best[item.entry.id] = Update(item.entry.id, item.installed_version, item.entry,
                                         item.catalog_url)
    return [best[k] for k in sorted(best)]


def remove_old_versions(workspace: DownloadLibrary, course_id: str) -> list[str]:
    """Remove the files and rows of superseded versions of a course; return those removed.

    Optional housekeeping, never called automatically. Kept: the current version, and any
    version a learner's completion, a completion record or an unfinished quiz attempt
    refers to. The rows go first (one transaction), then the folders; a folder left by a
    crash in between is removed on the next start (cleanup of unreferenced folders).
    """
    with unit_of_work(workspace.sessions) as session:
        rows = session.scalars(select(CourseVersionRow).where(
            CourseVersionRow.course_id == course_id)).all()
        current = next((r for r in rows if r.is_current), None)
        if current is None:
            return []
        if not (workspace.layout.courses / current.folder).is_dir():
            raise BiblioError(f"The current version of {course_id} is missing its files; "
                              "nothing was removed.", "import the course package again")
        referenced = set(session.scalars(select(CourseCompletionRow.course_version).where(
            CourseCompletionRow.course_id == course_id)))
        referenced |= set(session.scalars(select(CompletionRecordRow.course_version).where(
            CompletionRecordRow.course_id == course_id)))
        referenced |= set(session.scalars(select(QuizAttemptRow.course_version).where(
            QuizAttemptRow.course_id == course_id, QuizAttemptRow.submitted_at.is_(None))))
        doomed = [r for r in rows if r is not current and r.version not in referenced
                  and version_key(r.version) < version_key(current.version)]
        folders = [workspace.layout.courses / r.folder for r in doomed]
        removed = [r.version for r in doomed]
        for row in doomed:
            session.delete(row)
    for folder in folders:
        with contextlib.suppress(OSError):
            _remove_tree(folder)
            _remove_empty(folder.parent)
    workspace.forget_versions(course_id, removed)
    return sorted(removed, key=version_key)
