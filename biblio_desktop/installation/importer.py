"""Installing a course package into the data folder.

The import is all-or-nothing: files are extracted and verified in a staging folder,
then moved into `courses/<id>/<version>/` inside the same database transaction that
records them. If anything fails (a bad hash, a cancel, a crash) the staging folder is
removed and the transaction rolled back; `cleanup_interrupted` removes what a killed
process left.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .. import clock
from ..atomic_files import fsync_dir
from ..datadir import DataLayout
from ..disk_faults import fault_from, restated
from ..errors import AlreadyInstalled, PackageError
from ..owners import left_behind, owner_tag, parse_owner_tag, path_mtime
from ..packages.manifest import Item, Manifest, compare_with_installed, version_key
from ..packages.reader import OpenedPackage, extract_verified, inspect_package, verify_contents
from ..packages.signing import PublisherKey
from ..progress import CancelToken, ProgressFn, no_progress
from ..storage.db import unit_of_work
from ..storage.models import CourseRow, CourseVersionRow, ItemRow
from .trust import ShippedKey, check_trust, expected_key, load_shipped_keys


@dataclass(frozen=True)
class ImportResult:
    course_id: str
    version: str
    title: str
    previous_version: str | None
    folder: Path
    signed_by: str | None


def _sha256_file(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def check_quizzes(manifest: Manifest, read: Callable[[str], bytes]) -> None:
    """Parse every quiz file of every language so a broken quiz is refused at import.

    A quiz may ask only the question types of the package's format_version: a
    format_version 1 package with a fill-in-the-blanks question would be read by older
    apps as broken, not as "update the app", so it is refused here as well.
    """
    from ..learning.quiz import FORMAT_2_TYPES, QuizFormatError, parse_quiz, quiz_format_version
    from ..packages.manifest import load_json_bounded

    for item in manifest.items:
        if item.questions:
            check_item_questions(manifest, item, read)
        if item.kind != "quiz":
            continue
        for path in sorted(set(item.path.values())):
            data = load_json_bounded(read(path), f"The quiz {path}")
            try:
                quiz = parse_quiz(data, where=path)
            except QuizFormatError as exc:
                raise PackageError(f"Invalid quiz: {exc}") from exc
            if quiz_format_version(quiz) > manifest.format_version:
                newer = next(q for q in quiz.questions if q.type in FORMAT_2_TYPES)
                raise PackageError(
                    f"Invalid quiz: {path}: question {newer.id!r} is of type "
                    f"{newer.type!r}, which needs format_version 2, but the manifest "
                    f"says {manifest.format_version}.",
                    "pack the course again with this version of biblio-desktop")


def check_item_questions(manifest: Manifest, item: Item, read: Callable[[str], bytes]) -> None:
    """Parse the questions of a slides or video item in every language, each against the
    slides file of its language, so a question on a slide that does not exist (or with no
    place) is refused at import, not found by a learner who can then never finish."""
    from ..learning.embedded import parse_embedded
    from ..learning.quiz import QuizFormatError
    from ..packages.frontmatter import split_front_matter, split_slides
    from ..packages.manifest import load_json_bounded

    for lang, path in sorted(item.questions.items()):
        data = load_json_bounded(read(path), f"The questions file {path}")
        slide_count = None
        if item.kind == "slides":
            slides_path = item.path.get(lang) or item.path[manifest.default_language]
            try:
                text = read(slides_path).decode("utf-8")
            except UnicodeDecodeError as exc:
                raise PackageError(f"The slides file {slides_path} is not UTF-8 text.") from exc
            slide_count = len(split_slides(split_front_matter(text)[1]))
        try:
            parse_embedded(data, kind=item.kind, where=path, slide_count=slide_count)
        except QuizFormatError as exc:
            raise PackageError(f"Invalid questions: {exc}") from exc


def validate_package(path: Path, progress: ProgressFn = no_progress,
                     cancel: CancelToken | None = None) -> OpenedPackage:
    """Every check an import makes, without installing anything."""
    import zipfile

    opened = inspect_package(path)
    verify_contents(opened, progress, cancel)
    with zipfile.ZipFile(opened.path) as zf:
        check_quizzes(opened.manifest, zf.read)
    return opened


def _pinned(course: CourseRow | None) -> PublisherKey | None:
    if course is None or course.pinned_public_key is None or course.pinned_key_id is None:
        return None
    return PublisherKey(course.pinned_key_id, course.pinned_public_key)


def _check_against_installed(session: Session, opened: OpenedPackage,
                             shipped: tuple[ShippedKey, ...]) -> str | None:
    """Trust and version checks; returns the current version, if any."""
    manifest = opened.manifest
    course = session.get(CourseRow, manifest.id)
    check_trust(manifest.id, opened.signature, expected_key(manifest.id, _pinned(course),
                                                            shipped))
    if course is None:
        return None
    order, newest = compare_with_installed([v.version for v in course.versions],
                                           manifest.version)
    if order == "same":
        raise AlreadyInstalled(f"{manifest.id} {manifest.version} is already installed; "
                               "nothing changed.")
    if order == "older":
        raise PackageError(
            f"This package is version {manifest.version} of {manifest.id}, older than the "
            f"installed {newest}; installing it would roll the course back.",
            "use the newest package")
    current = next((v.version for v in course.versions if v.is_current), None)
    return current


def _record(session: Session, opened: OpenedPackage, folder: str, sha256: str) -> None:
    manifest = opened.manifest
    now = clock.utc_now()
    course = session.get(CourseRow, manifest.id)
    if course is None:
        course = CourseRow(id=manifest.id, added_at=now)
        session.add(course)
    if opened.signature is not None and course.pinned_key_id is None:
        course.pinned_key_id = opened.signature.key.key_id
        course.pinned_public_key = opened.signature.key.public_key
    for old in course.versions:
        old.is_current = False
    major, minor, patch = version_key(manifest.version)
    row = CourseVersionRow(
        course=course, version=manifest.version,
        version_order=major * 10**12 + minor * 10**6 + patch,
        package_sha256=sha256, package_size=opened.size,
        manifest_json=opened.manifest_bytes.decode("utf-8"), folder=folder,
        signed_by=opened.signature.key.key_id if opened.signature else None,
        imported_at=now, is_current=True,
    )
    session.add(row)
    position = 0
    for module in manifest.modules:
        for item in module.items:
            row.items.append(ItemRow(item_id=item.id, module_id=module.id, kind=item.kind,
                                     position=position, required=item.required,
                                     minutes=item.minutes))
            position += 1


def _make_read_only(folder: Path) -> None:
    """Extracted files become read-only, and every folder's entries are made durable: the
    files' bytes were synced as they were written (reader.py), so after this a power cut
    cannot leave a committed course with empty or missing files."""
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            os.chmod(os.path.join(dirpath, name), 0o444)
        fsync_dir(Path(dirpath))


def import_package(
    layout: DataLayout,
    sessions: sessionmaker[Session],
    path: Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    shipped_keys: tuple[ShippedKey, ...] | None = None,
    before_write: Callable[[], None] | None = None,
    _fault: Callable[[str], None] | None = None,
) -> ImportResult:
    """Verify and install a package; raise PackageError (nothing changed) if it is refused.

    `before_write` runs once the package is fully verified, just before the database is
    changed (the Workspace backs the database up there, so refused packages cost no
    backup). `_fault` is a test hook called at named steps to simulate a crash mid-import.
    """
    shipped = load_shipped_keys() if shipped_keys is None else shipped_keys
    opened = inspect_package(Path(path))
    manifest = opened.manifest
    with unit_of_work(sessions) as session:
        _check_against_installed(session, opened, shipped)
    package_sha = _sha256_file(opened.path)
    layout.staging.mkdir(parents=True, exist_ok=True)
    # Tagged with this process: the clean-up at another process's start leaves it alone.
    staging = layout.staging / f"{uuid.uuid4().hex}-{owner_tag()}"
    final = layout.courses / manifest.id / manifest.version
    moved = False
    try:
        extract_verified(opened, staging, progress, cancel)
        if _fault:
            _fault("extracted")
        check_quizzes(manifest, lambda p: (staging / p).read_bytes())
        _make_read_only(staging)
        if before_write:
            before_write()
        with unit_of_work(sessions) as session:
            previous = _check_against_installed(session, opened, shipped)
            _record(session, opened, f"{manifest.id}/{manifest.version}", package_sha)
            session.flush()
            if _fault:
                _fault("recorded")
            if final.exists():  # left by a crash between move and commit
                _remove_tree(final)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging, final)
            moved = True
            for folder in (final.parent, layout.courses, layout.staging):
                fsync_dir(folder)  # the move is on disk before the rows commit
            if _fault:
                _fault("moved")
    except BaseException as exc:
        with contextlib.suppress(OSError):  # a vanished disk: the next start cleans up
            if moved:
                _remove_tree(final)
                _remove_empty(final.parent)
            _remove_tree(staging)
        fault = fault_from(exc, layout.root, f"installing {manifest.id}") \
            if isinstance(exc, Exception) else None
        if fault is not None and fault is not exc:  # full, read-only or vanished disk
            raise restated(fault, "The course was not installed.") from exc
        raise
    return ImportResult(manifest.id, manifest.version, manifest.text(manifest.title), previous,
                        final, opened.signature.key.key_id if opened.signature else None)


def _remove_tree(path: Path) -> None:
    """Remove what an import left: a folder tree, or a stray file or link.

    Links are unlinked, never followed, and permissions are changed only on our own
    entries, so a link planted in the data folder cannot expose a file outside it.
    """
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()
        return
    if not path.exists():
        return

    def make_writable(func: Callable[..., object], target: str, _exc: object) -> None:
        # Extracted files are read-only; Windows refuses to delete those until made writable.
        if os.path.islink(target):
            os.unlink(target)
            return
        os.chmod(target, 0o644)
        func(target)

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=make_writable)
    else:
        shutil.rmtree(path, onerror=make_writable)


def _remove_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


def _staging_left_behind(entry: Path) -> bool:
    """A staging folder whose import cannot still be running. Folders of older versions
    carry no owner tag and are removed as before."""
    _uuid, _sep, tag = entry.name.partition("-")
    owner = parse_owner_tag(tag)
    return owner is None or left_behind(owner, path_mtime(entry))


def cleanup_interrupted(layout: DataLayout, sessions: sessionmaker[Session]) -> list[Path]:
    """Remove staging folders and course folders no database row refers to.

    They can only come from an import killed midway; removing them on start keeps the
    promise that an interrupted import leaves nothing behind. Another process may be
    importing into the same data folder right now (a command beside the app), so a staging
    folder goes only when its process has ended (see owners.py), and a course folder
    without a row is looked at again while holding the database's write lock, which an
    import holds from moving its folder into place until its rows are committed.
    """
    removed: list[Path] = []
    if layout.staging.exists():
        for child in layout.staging.iterdir():
            if _staging_left_behind(child):
                _remove_tree(child)
                removed.append(child)
    if not layout.courses.exists():
        return removed
    with sessions() as session:
        known = set(session.scalars(select(CourseVersionRow.folder)))
    suspects = _unknown_course_folders(layout, known)
    if suspects:
        try:
            with unit_of_work(sessions) as session:
                known = set(session.scalars(select(CourseVersionRow.folder)))
                for version_dir in _unknown_course_folders(layout, known):
                    _remove_tree(version_dir)
                    removed.append(version_dir)
        except OperationalError:  # busy for long: another process writes; next start
            return removed
    for course_dir in layout.courses.iterdir():
        if not course_dir.name.startswith(".") and course_dir.is_dir() \
                and not course_dir.is_symlink():
            _remove_empty(course_dir)
    return removed


def _unknown_course_folders(layout: DataLayout, known: set[str]) -> list[Path]:
    found = []
    for course_dir in layout.courses.iterdir():
        if course_dir.name.startswith(".") or course_dir.is_symlink() or not course_dir.is_dir():
            continue
        for version_dir in course_dir.iterdir():
            if version_dir.name.startswith("."):
                continue
            if (f"{course_dir.name}/{version_dir.name}" not in known or version_dir.is_symlink()
                    or not version_dir.is_dir()):
                found.append(version_dir)
    return found


def read_manifest_json(row: CourseVersionRow) -> dict[str, object]:
    return json.loads(row.manifest_json)
