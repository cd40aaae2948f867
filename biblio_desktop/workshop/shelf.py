"""What a sharing PC offers: the current version of each installed course whose package was
kept (installation/kept.py), as a catalog in the format the downloader already reads
(docs/catalog-format.md).

Packages are looked up by course id and version in the library's own rows; a client's path
is never turned into a file name (`package_file` takes the two names, checks them against
the rows, and builds the path itself).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..datadir import DataLayout
from ..installation.kept import kept_package_path
from ..storage.models import CourseVersionRow
from .protocol import PACKAGES_PREFIX

_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")
_VERSION_RE = re.compile(r"^[0-9]{1,6}\.[0-9]{1,6}\.[0-9]{1,6}$")


@dataclass(frozen=True)
class SharedPackage:
    course_id: str
    version: str
    size: int
    sha256: str
    path: Path
    title: dict[str, str]
    description: dict[str, str]
    languages: tuple[str, ...]
    signed_by: str | None

    @property
    def url_path(self) -> str:
        return f"{PACKAGES_PREFIX}{quote(self.course_id)}/{quote(self.version)}.biblio"


@dataclass(frozen=True)
class NotShared:
    course_id: str
    version: str
    reason: str


class Shelf:
    """The packages one data folder shares, read from its rows on each request (a course
    imported while sharing appears at the next catalog refresh)."""

    def __init__(self, layout: DataLayout, sessions: sessionmaker[Session]) -> None:
        self.layout = layout
        self.sessions = sessions

    def scan(self) -> tuple[list[SharedPackage], list[NotShared]]:
        shared, skipped = [], []
        with self.sessions() as session:
            rows = session.scalars(select(CourseVersionRow).where(
                CourseVersionRow.is_current).order_by(CourseVersionRow.course_id)).all()
            for row in rows:
                item = self._package(row)
                if isinstance(item, SharedPackage):
                    shared.append(item)
                else:
                    skipped.append(item)
        return shared, skipped

    def _package(self, row: CourseVersionRow) -> SharedPackage | NotShared:
        try:
            path = kept_package_path(self.layout, row.course_id, row.version)
            size = path.stat().st_size
        except (OSError, ValueError):
            return NotShared(row.course_id, row.version,
                             "its package was not kept (installed before workshop mode): "
                             "import the same .biblio file again to share it")
        if size != row.package_size:
            return NotShared(row.course_id, row.version,
                             "the kept package does not match the installed one: import it "
                             "again")
        data = json.loads(row.manifest_json)
        return SharedPackage(
            row.course_id, row.version, size, row.package_sha256, path,
            dict(data.get("title") or {}), dict(data.get("description") or {}),
            tuple(data.get("languages") or ()), row.signed_by)

    def package_file(self, course_id: str, version: str) -> SharedPackage | None:
        """The shared package of exactly this installed course version, or None."""
        if not _ID_RE.match(course_id) or len(course_id) > 200 or not _VERSION_RE.match(version):
            return None
        with self.sessions() as session:
            row = session.scalars(select(CourseVersionRow).where(
                CourseVersionRow.course_id == course_id, CourseVersionRow.version == version,
                CourseVersionRow.is_current)).first()
            if row is None:
                return None
            item = self._package(row)
        return item if isinstance(item, SharedPackage) else None

    def catalog(self, publisher: str) -> bytes:
        """The catalog JSON (relative package urls, so it works under any address)."""
        shared, _ = self.scan()
        packages = [{
            "id": p.course_id, "version": p.version, "title": p.title or {"en": p.course_id},
            "description": p.description, "languages": list(p.languages) or ["en"],
            "size": p.size, "sha256": p.sha256, "url": p.url_path.lstrip("/"),
            **({"publisher_key_id": p.signed_by} if p.signed_by else {}),
        } for p in shared]
        return json.dumps({"format_version": 1, "publisher": {"name": publisher},
                           "packages": packages}, ensure_ascii=False).encode("utf-8")
