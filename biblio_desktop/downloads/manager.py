"""Downloads the user asked for: fetch, verify, import; resumable across restarts.

Each download is a DownloadRow (url, validator, bytes done, state) and a `.part` file in
`<data>/downloads/`, so a paused or interrupted download resumes after an app restart.
Order of checks, none of which touches the installed course:
1. before fetching: the catalog's version is not older than (or equal to) the installed
   one, and the catalog's publisher key is the one pinned for the course;
2. after fetching: size and SHA-256 against the catalog entry;
3. the package's own manifest names the same id and version as the catalog entry (no
   mix-and-match) and is signed by the key the catalog names;
4. `Workspace.import_package`: signature, key pinning, rollback, every file's hash.
"""

from __future__ import annotations

import contextlib
import os
import threading
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from .. import clock
from ..errors import AlreadyInstalled, Cancelled, PackageError
from ..installation.importer import ImportResult
from ..packages.manifest import compare_with_installed
from ..packages.reader import inspect_package
from ..progress import CancelToken, ProgressFn, no_progress
from ..storage.db import unit_of_work
from ..storage.models import CourseRow, CourseVersionRow, DownloadRow
from .catalog import CatalogEntry
from .downloader import Downloader, DownloadError, DownloadState, check_download

if TYPE_CHECKING:
    from .library import DownloadLibrary

RESUMABLE = ("queued", "running", "paused", "failed")


class UnsignedPackage(PackageError):
    """An unsigned package where a signature was required (a workshop peer's)."""

_slots_lock = threading.Lock()
_slots: dict[str, threading.Semaphore] = {}


def downloads_dir(workspace: DownloadLibrary) -> Path:
    return workspace.layout.downloads


def _now() -> datetime:
    return clock.utc_now()


class DownloadToken(CancelToken):
    """A cancel token with two meanings: `pause()` keeps the `.part`, `cancel()` deletes it."""

    def __init__(self) -> None:
        super().__init__()
        self.paused = False

    def pause(self) -> None:
        self.paused = True
        super().cancel()


@dataclass(frozen=True)
class DownloadInfo:
    id: int
    course_id: str
    version: str
    url: str
    size: int
    sha256: str
    bytes_done: int
    state: str
    error: str | None
    part_path: Path
    updated_at: datetime


@dataclass(frozen=True)
class DownloadOutcome:
    result: ImportResult
    bytes_fetched: int  # over the network, in this run
    resumed_from: int  # bytes already in the .part when this run started


def _info(row: DownloadRow, root: Path) -> DownloadInfo:
    return DownloadInfo(row.id, row.course_id, row.version, row.url, row.size, row.sha256,
                        row.bytes_done, row.state, row.error, root / row.part_path,
                        row.updated_at)


class DownloadManager:
    """Runs downloads for one workspace; one at a time per data folder by default."""

    def __init__(self, workspace: DownloadLibrary, *, max_parallel: int = 1,
                 downloader: Callable[[Callable[[str], None]], Downloader] | None = None
                 ) -> None:
        self.workspace = workspace
        self.root = workspace.layout.root
        handlers = getattr(workspace, "url_handlers", lambda: ())()
        self._make_downloader = downloader or (lambda notice: Downloader(
            notice=notice, opener=urllib.request.build_opener(*handlers)))
        key = str(self.root.resolve())
        with _slots_lock:
            self._slot = _slots.setdefault(key, threading.Semaphore(max_parallel))

    # --- queries -------------------------------------------------------------------------

    def list(self, *, active_only: bool = False) -> list[DownloadInfo]:
        with self.workspace.sessions() as session:
            query = select(DownloadRow).order_by(DownloadRow.id)
            if active_only:
                query = query.where(DownloadRow.state.in_(RESUMABLE))
            return [_info(r, self.root) for r in session.scalars(query)]

    def pending(self, course_id: str, version: str) -> DownloadInfo | None:
        """An unfinished download of this package, if any (it will resume)."""
        with self.workspace.sessions() as session:
            row = session.scalars(select(DownloadRow).where(
                DownloadRow.course_id == course_id, DownloadRow.version == version,
                DownloadRow.state.in_(RESUMABLE)).order_by(DownloadRow.id.desc())).first()
            return _info(row, self.root) if row else None

    # --- actions -------------------------------------------------------------------------

    def discard(self, download_id: int) -> None:
        """Cancel a download: delete its `.part` and mark it cancelled."""
        with unit_of_work(self.workspace.sessions) as session:
            row = session.get(DownloadRow, download_id)
            if row is None:
                return
            (self.root / row.part_path).unlink(missing_ok=True)
            if row.state in RESUMABLE:
                row.state, row.updated_at = "cancelled", _now()
            row.bytes_done = 0

    def check_offer(self, entry: CatalogEntry) -> None:
        """Refuse before downloading what the import would refuse anyway."""
        with self.workspace.sessions() as session:
            course = session.get(CourseRow, entry.id)
            if course is None:
                return
            order, newest = compare_with_installed([v.version for v in course.versions],
                                                   entry.version)
            if order == "same":
                raise AlreadyInstalled(f"{entry.id} {entry.version} is already installed; "
                                       "nothing to download.")
            if order == "older":
                raise PackageError(
                    f"The catalog offers {entry.id} {entry.version}, older than the installed "
                    f"{newest}; installing it would roll the course back.",
                    "ask the catalog's publisher for the current version")
            if (entry.publisher_key_id and course.pinned_key_id
                    and entry.publisher_key_id != course.pinned_key_id):
                raise PackageError(
                    f"The catalog says {entry.id} {entry.version} is signed by key "
                    f"{entry.publisher_key_id}, but the course belongs to the publisher key "
                    f"{course.pinned_key_id}.", "get the course from its publisher")

    def download(self, entry: CatalogEntry, *, catalog_url: str | None = None,
                 progress: ProgressFn = no_progress,
                 import_progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None,
                 notice: Callable[[str], None] | None = None,
                 require_signed: bool = False) -> DownloadOutcome:
        """Download (resuming an earlier attempt), verify and import one catalog entry.

        `require_signed` refuses an unsigned package before it is imported (a package from
        a workshop PC: an unsigned one needs the user's explicit consent).

        Raises `Cancelled` (paused: `.part` kept if `cancel` is a paused DownloadToken or on
        KeyboardInterrupt; otherwise deleted), `DownloadError`, `PackageError`,
        `AlreadyInstalled`. The installed course is never touched unless all checks pass.
        """
        self.check_offer(entry)
        row_id = self._row_for(entry, catalog_url)
        with self._exclusive(row_id, cancel):
            return self._run(row_id, entry, progress, import_progress, cancel,
                             notice or (lambda _m: None), require_signed)

    # --- internals -----------------------------------------------------------------------

    @contextlib.contextmanager
    def _exclusive(self, row_id: int, cancel: CancelToken | None):  # type: ignore[no-untyped-def]
        while not self._slot.acquire(timeout=0.1):
            if cancel is not None and cancel.cancelled:
                self._set(row_id, state="paused")
                cancel.raise_if_cancelled()
        try:
            yield
        finally:
            self._slot.release()

    def _row_for(self, entry: CatalogEntry, catalog_url: str | None) -> int:
        folder = downloads_dir(self.workspace)
        folder.mkdir(parents=True, exist_ok=True)
        with unit_of_work(self.workspace.sessions) as session:
            rows = session.scalars(select(DownloadRow).where(
                DownloadRow.course_id == entry.id, DownloadRow.version == entry.version,
                DownloadRow.state.in_(RESUMABLE))).all()
            keep = None
            for row in rows:
                if keep is None and row.url == entry.url and row.sha256 == entry.sha256 \
                        and row.size == entry.size:
                    keep = row
                else:  # the catalog changed what it offers: the old bytes are useless
                    (self.root / row.part_path).unlink(missing_ok=True)
                    row.state, row.updated_at = "cancelled", _now()
            if keep is not None:
                return keep.id
            now = _now()
            row = DownloadRow(catalog_url=catalog_url, course_id=entry.id,
                              version=entry.version, url=entry.url, size=entry.size,
                              sha256=entry.sha256, part_path="", etag=None, bytes_done=0,
                              state="queued", created_at=now, updated_at=now)
            session.add(row)
            session.flush()
            row.part_path = f"downloads/{entry.id}-{entry.version}-{row.id}.biblio.part"
            return row.id

    def _set(self, row_id: int, **values: object) -> None:
        with unit_of_work(self.workspace.sessions) as session:
            row = session.get(DownloadRow, row_id)
            if row is None:
                return
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = _now()

    def _run(self, row_id: int, entry: CatalogEntry, progress: ProgressFn,
             import_progress: ProgressFn, cancel: CancelToken | None,
             notice: Callable[[str], None], require_signed: bool = False) -> DownloadOutcome:
        with self.workspace.sessions() as session:
            row = session.get(DownloadRow, row_id)
            assert row is not None
            part = self.root / row.part_path
            state = DownloadState(row.bytes_done, row.etag)
        package = part.with_name(part.name.removesuffix(".part"))
        if package.exists() and not part.exists():
            # Killed after the download was verified and renamed, before its import ended:
            # the bytes are whole; resuming checks them again instead of fetching them.
            os.replace(package, part)
        resumed_from = part.stat().st_size if part.exists() else 0
        self._set(row_id, state="running", error=None)

        def save(s: DownloadState) -> None:
            self._set(row_id, bytes_done=s.bytes_done, etag=s.validator)

        downloader = self._make_downloader(notice)
        try:
            fetched = downloader.fetch(entry.url, part, size=entry.size, sha256=entry.sha256,
                                       state=state, progress=progress, cancel=cancel,
                                       save_state=save)
            check_download(fetched.sha256, entry.sha256, entry.size, part, entry.url)
        except (Cancelled, KeyboardInterrupt) as exc:
            if isinstance(exc, KeyboardInterrupt) or getattr(cancel, "paused", False):
                self._set(row_id, state="paused", bytes_done=_size(part))
            else:
                part.unlink(missing_ok=True)
                self._set(row_id, state="cancelled", bytes_done=0)
            raise
        except DownloadError as exc:
            if getattr(exc, "keep_part", False):
                self._set(row_id, state="failed", error=str(exc), bytes_done=_size(part))
            else:
                part.unlink(missing_ok=True)
                self._set(row_id, state="failed", error=str(exc), bytes_done=0, etag=None)
            raise
        except BaseException as exc:
            self._set(row_id, state="failed", error=str(exc), bytes_done=_size(part))
            raise
        os.replace(part, package)
        try:
            self._check_package(package, entry, require_signed)
            result = self.workspace.import_package(package, progress=import_progress,
                                                   cancel=cancel)
        except BaseException as exc:
            self._set(row_id, state="failed", error=str(exc), bytes_done=0, etag=None)
            raise
        finally:
            package.unlink(missing_ok=True)
        self._set(row_id, state="done", bytes_done=entry.size, error=None)
        return DownloadOutcome(result, fetched.bytes_fetched, resumed_from)

    def _check_package(self, package: Path, entry: CatalogEntry,
                       require_signed: bool = False) -> None:
        opened = inspect_package(package)
        m = opened.manifest
        if require_signed and opened.signature is None:
            raise UnsignedPackage(
                f"{entry.id} {entry.version} is not signed by its publisher, so nothing "
                "proves who made it or that it was not changed on the way; it was not "
                "imported.", "install it only if you trust the PC it came from: "
                "biblio-desktop download ID --accept-unsigned")
        if (m.id, m.version) != (entry.id, entry.version):
            raise PackageError(
                f"The catalog offered {entry.id} {entry.version}, but the downloaded package is "
                f"{m.id} {m.version}; it was not imported.",
                "ask the catalog's publisher to fix the catalog")
        if entry.publisher_key_id is not None:
            signer = opened.signature.key.key_id if opened.signature else None
            if signer != entry.publisher_key_id:
                raise PackageError(
                    f"The catalog says {entry.id} {entry.version} is signed by key "
                    f"{entry.publisher_key_id}, but the package is "
                    f"{'signed by ' + signer if signer else 'not signed'}; it was not imported.",
                    "ask the catalog's publisher")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def installed_versions(workspace: DownloadLibrary, course_id: str) -> list[str]:
    with workspace.sessions() as session:
        return list(session.scalars(select(CourseVersionRow.version).where(
            CourseVersionRow.course_id == course_id)))
