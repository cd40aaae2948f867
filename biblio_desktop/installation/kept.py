"""A copy of each imported package, kept so this PC can share it in a workshop.

The extracted course folder cannot be zipped back into the publisher's package: the
signature (`signature.json`) is not extracted, and a rebuilt zip would have another
SHA-256 than the one catalogs and records name. So after an import the package file itself
is kept as `<data>/packages/<course id>/<version>.biblio`: hard-linked when it lies on the
same disk (a download: no extra space), copied otherwise (whole or not at all). A course
imported before this existed is shared once its package is imported again (the importer
says "already installed", and the copy is kept if the bytes are the installed ones).

Keeping is best effort: a failure leaves the course installed and only not shareable.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
from pathlib import Path

from ..atomic_files import AtomicFile, fsync_dir, remove_stale_temporaries, temp_path_for
from ..datadir import DataLayout

log = logging.getLogger(__name__)

_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")
_VERSION_RE = re.compile(r"^[0-9]{1,6}\.[0-9]{1,6}\.[0-9]{1,6}$")


def packages_dir(layout: DataLayout) -> Path:
    return layout.root / "packages"


def kept_package_path(layout: DataLayout, course_id: str, version: str) -> Path:
    """Where the package of an installed version is kept. Refuses names that are not a
    course id and a version, so no caller can turn this into a path outside the folder."""
    if not _ID_RE.match(course_id) or len(course_id) > 200 or not _VERSION_RE.match(version):
        raise ValueError(f"not a course id and version: {course_id!r} {version!r}")
    return packages_dir(layout) / course_id / f"{version}.biblio"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def keep_package(layout: DataLayout, source: Path, course_id: str, version: str,
                 sha256: str | None = None) -> Path | None:
    """Keep `source` (just imported, or the same bytes as the installed version) as the
    shareable copy of `course_id` `version`; returns its path, or None if it could not be
    kept (logged). `sha256`, when given, must match the file."""
    try:
        target = kept_package_path(layout, course_id, version)
        if sha256 is not None and sha256_file(source) != sha256:
            return None
        if target.exists() and target.stat().st_size == source.stat().st_size:
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(target.parent, target.name)  # left by a killed keep
        tmp = temp_path_for(target)  # owner-tagged: clean-up knows whose it is
        try:
            os.link(source, tmp)  # same disk: no bytes copied
            os.replace(tmp, target)
            fsync_dir(target.parent)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            with AtomicFile(target) as out:
                shutil.copyfile(source, out.path)
        return target
    except (OSError, ValueError) as exc:
        log.warning("could not keep the package of %s %s for sharing: %s", course_id, version,
                    exc)
        return None


def forget_kept(layout: DataLayout, course_id: str, versions: list[str]) -> None:
    """Remove the kept packages of versions that were removed from the library."""
    for version in versions:
        with contextlib.suppress(OSError, ValueError):
            kept_package_path(layout, course_id, version).unlink()
