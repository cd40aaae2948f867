"""Build a `.biblio` package from a course source folder (`biblio-desktop pack`).

The package must be reproducible (the same source gives the same bytes, so publishers and
mirrors can compare hashes and a re-build never looks like a new version), so everything
that zip normally takes from the machine (timestamps, permissions, OS, entry order) is
fixed here. The build writes a temporary file beside the target and renames it at the
end: an interrupted or cancelled build leaves no half-written package that someone might
copy onto a USB stick. Before the rename, the produced manifest is parsed with the
importer's own parser, so the builder can never emit a package the importer refuses.
"""

from __future__ import annotations

import copy
import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..atomic_files import AtomicFile
from ..errors import BiblioError, PackageError
from ..packages.manifest import FileEntry, parse_manifest
from ..packages.names import MANIFEST_NAME, SIGNATURE_NAME
from ..packages.signing import load_private_key, public_key_of, sign_manifest
from ..progress import CancelToken, ProgressFn, no_progress
from .source import CourseSource, SourceFile, load_source

__all__ = ["STORED_SUFFIXES", "BuildResult", "build_package", "manifest_bytes"]

ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
ZIP_EXTERNAL_ATTR = 0o644 << 16  # -rw-r--r--, a regular file
ZIP_CREATE_SYSTEM = 3  # Unix; the default would depend on the building machine
# zlib's default: on a converted book's text (231 KB of Markdown, TOML, JSON) level 9
# took twice as long as 6 (27 vs 12 ms) to save 0.2 % (82,247 vs 82,379 bytes).
DEFLATE_LEVEL = 6
STORED_SUFFIXES = (".png", ".jpg", ".jpeg", ".mp4", ".webm", ".ogg", ".mp3", ".m4a", ".gif",
                   ".woff2")
CHUNK = 1024 * 1024
# The importer refuses entries over 64 KiB compressed more than 200:1 (zip bombs), so such
# an entry (a huge repetitive SVG, say) is stored instead; see docs/package-format.md §3.
MAX_RATIO = 200
RATIO_MIN_SIZE = 64 * 1024
# A file whose first 256 KiB do not deflate below 97 % (a PDF of scanned pages, a video
# with an unusual suffix) is stored: deflate on it costs seconds per 100 MB for nothing.
# Judged on four 16 KiB samples spread over them: deflating all 256 KiB took 6 ms a file,
# a quarter of converting a Moodle backup's 40 PDFs, and gave the same verdict on the
# whole real-case corpus but one file at the threshold (97.6 % against 96.6 %).
PROBE_SIZE = 256 * 1024
PROBE_SAMPLE = 16 * 1024
PROBE_RATIO = 0.97


@dataclass(frozen=True)
class BuildResult:
    """What was built, for the CLI summary and for publishing (the package's SHA-256)."""

    out: Path
    course_id: str
    version: str
    file_count: int  # content files listed in the manifest (course.json/signature excluded)
    size: int  # bytes of the .biblio file
    sha256: str  # of the .biblio file


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """The canonical bytes of course.json; the signature covers exactly these bytes."""
    return json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _zip_info(name: str, size: int, *, store: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
    info.external_attr = ZIP_EXTERNAL_ATTR
    info.create_system = ZIP_CREATE_SYSTEM
    info.file_size = size  # lets zipfile decide on ZIP64 up front, for huge videos
    if store or name.lower().endswith(STORED_SUFFIXES):
        info.compress_type = zipfile.ZIP_STORED  # already compressed: deflate only costs time
    else:
        info.compress_type = zipfile.ZIP_DEFLATED
        # ZipFile.open(info, "w") takes the level from the ZipInfo, not from the archive;
        # `_compresslevel` is the attribute in 3.11-3.12 and an alias of it in 3.13.
        info._compresslevel = DEFLATE_LEVEL  # type: ignore[attr-defined]
    return info


class _Meter:
    """Turns bytes read (hash pass) and bytes written (zip pass) into progress calls."""

    def __init__(self, total: int, progress: ProgressFn, cancel: CancelToken | None) -> None:
        self.done, self.total, self.progress, self.cancel = 0, total, progress, cancel

    def check(self) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def add(self, count: int) -> None:
        self.done += count
        self.progress(min(self.done, self.total), self.total)


def _open_source(entry: SourceFile) -> BinaryIO:
    """Open a file to pack; a vanished or unreadable file is the author's to fix."""
    try:
        return entry.open()
    except OSError as exc:
        raise PackageError(f"Cannot read {entry.path}: {exc.strerror}.",
                           "check the file and build again") from exc


def _hash_file(entry: SourceFile, meter: _Meter) -> tuple[FileEntry, bool]:
    """The file's manifest entry, and whether it looks incompressible (see PROBE_SIZE)."""
    digest, size, incompressible = hashlib.sha256(), 0, False
    probe_it = not entry.path.lower().endswith(STORED_SUFFIXES)  # else stored anyway
    with _open_source(entry) as fh:
        while chunk := fh.read(CHUNK):
            if size == 0 and probe_it and len(chunk) >= RATIO_MIN_SIZE:
                probe = b"".join(chunk[at:at + PROBE_SAMPLE] for at in
                                 range(0, min(len(chunk), PROBE_SIZE), PROBE_SIZE // 4))
                incompressible = len(zlib.compress(probe, 1)) > PROBE_RATIO * len(probe)
            digest.update(chunk)
            size += len(chunk)
            meter.add(len(chunk))
            meter.check()
    return FileEntry(entry.path, size, digest.hexdigest()), incompressible


def _write_entry(zf: zipfile.ZipFile, entry: SourceFile, expected: FileEntry,
                 meter: _Meter, *, store: bool) -> bool:
    """Pack one file, checking it is still what was hashed; True if it compressed too well."""
    digest, size = hashlib.sha256(), 0
    info = _zip_info(entry.path, expected.size, store=store)
    with _open_source(entry) as fh, zf.open(info, "w") as dest:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            dest.write(chunk)
            meter.add(len(chunk))
            meter.check()
    if size != expected.size or digest.hexdigest() != expected.sha256:
        raise PackageError(f"{entry.path} changed while the package was being built.",
                           "close the program editing it and build again")
    return size > RATIO_MIN_SIZE and size > MAX_RATIO * max(info.compress_size, 1)


def _write_zip(path: Path, course: CourseSource, entries: list[FileEntry], manifest: bytes,
               signature: bytes | None, meter: _Meter, stored: frozenset[str]) -> set[str]:
    """Write the whole zip to `path`; return the names that compressed beyond MAX_RATIO."""
    too_dense: set[str] = set()
    with path.open("wb") as raw, zipfile.ZipFile(raw, "w") as zf:
        _write_bytes(zf, MANIFEST_NAME, manifest)
        if signature is not None:
            _write_bytes(zf, SIGNATURE_NAME, signature)
        for entry, expected in zip(course.files, entries, strict=True):
            meter.check()
            if _write_entry(zf, entry, expected, meter, store=entry.path in stored):
                too_dense.add(entry.path)
    return too_dense  # fsynced once, when the finished package is put in place


def _write_bytes(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = _zip_info(name, len(data))
    zf.writestr(info, data, compresslevel=DEFLATE_LEVEL)


def _verify(path: Path, manifest: bytes, expected_names: list[str]) -> str:
    """Re-read the produced zip the way the importer will; return its SHA-256."""
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        if names != expected_names:
            raise PackageError("The built package does not hold the expected entries; "
                               "this is a bug in the builder.")
        if zf.read(MANIFEST_NAME) != manifest:
            raise PackageError("The built package's course.json differs from the one "
                               "written; this is a bug in the builder.")
    # No second parse_manifest: these bytes are the ones build_package validated before
    # writing (checked equal just above), and validation is a pure function of them.
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def build_package(source: Path, out: Path, *, sign_key: Path | None = None,
                  progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> BuildResult:
    """Validate the source folder `source` and write the package `out` (.biblio).

    `progress(done, total)` counts bytes: every content file is read twice (once to hash
    it for the manifest, which comes first in the zip, once to pack it). `cancel` is
    checked between files and chunks; a cancelled or failed build raises (`Cancelled`,
    `PackageError`, `BiblioError` for a bad key file) and leaves `out` untouched.
    """
    course = load_source(Path(source))
    private = load_private_key(Path(sign_key)) if sign_key is not None else None
    out = Path(out)
    sizes = [entry.size() for entry in course.files]
    meter = _Meter(2 * sum(sizes), progress, cancel)
    meter.progress(0, meter.total)
    entries: list[FileEntry] = []
    incompressible: set[str] = set()
    for entry in course.files:
        meter.check()
        hashed, dense = _hash_file(entry, meter)
        entries.append(hashed)
        if dense:
            incompressible.add(hashed.path)
    manifest = _manifest(course, entries, public_key_of(private).key_id if private else None)
    parse_manifest(manifest)  # fail before writing anything if the importer would refuse it
    signature = sign_manifest(manifest, private) if private is not None else None

    if out.is_dir():
        raise BiblioError(f"{out} is a folder.", "give a file name ending in .biblio")
    try:
        temp = AtomicFile(out, mode=0o644)  # a package is meant to be shared
    except OSError as exc:
        raise BiblioError(f"Cannot write into {out.parent}: {exc.strerror}.") from exc
    try:
        stored = _write_zip(temp.path, course, entries, manifest, signature, meter,
                            frozenset(incompressible))
        if stored:  # deterministic: the same source always takes the same second pass
            _write_zip(temp.path, course, entries, manifest, signature, meter,
                       frozenset(stored | incompressible))
        names = [MANIFEST_NAME, *([SIGNATURE_NAME] if signature else []),
                 *(e.path for e in entries)]
        package_hash = _verify(temp.path, manifest, names)
        meter.check()
        temp.commit()
    except OSError as exc:
        raise BiblioError(f"Cannot write {out}: {exc.strerror or exc}.",
                          "check the free space and that you may write there") from exc
    finally:
        if not temp.committed:
            temp.discard()
    meter.progress(meter.total, meter.total)
    return BuildResult(out=out, course_id=course.id, version=course.version,
                       file_count=len(entries), size=out.stat().st_size, sha256=package_hash)


def _manifest(course: CourseSource, entries: list[FileEntry], key_id: str | None) -> bytes:
    data = copy.deepcopy(course.manifest)
    data["publisher"]["key_id"] = key_id
    data["files"] = [{"path": e.path, "size": e.size, "sha256": e.sha256}
                     for e in sorted(entries, key=lambda e: e.path)]
    return manifest_bytes(data)

