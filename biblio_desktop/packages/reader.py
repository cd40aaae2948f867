"""Safe reading of an untrusted `.biblio` zip.

Everything that can be checked from the zip's central directory is checked before a
single byte is extracted (names, entry types, counts, sizes, ratios, the manifest's file
list); what cannot (real sizes, hashes) is checked again while streaming, so a zip whose
headers lie still cannot write more than it declared or slip a changed file through.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..disk_faults import is_disk_fault
from ..errors import PackageError
from ..progress import CancelToken, ProgressFn, no_progress
from .manifest import MAX_MANIFEST_BYTES, FileEntry, Manifest, parse_manifest
from .names import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    check_member_name,
    check_no_file_folder_clash,
    collision_key,
)

if TYPE_CHECKING:
    from .signing import PackageSignature

MAX_ENTRIES = 10_000
MAX_TOTAL_UNPACKED = 4 * 1024**3
MAX_RATIO = 200
RATIO_FLOOR = 64 * 1024  # tiny entries compress well legitimately; judge ratio above this
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class OpenedPackage:
    """A package whose directory, manifest and signature passed every static check."""

    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    signature: PackageSignature | None
    size: int

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.manifest.files)


def _is_symlink_or_special(info: zipfile.ZipInfo) -> bool:
    # Unix attributes: a file type of 0 (many tools write bare permissions) is a regular
    # file; links, devices, FIFOs and sockets are refused.
    kind = stat.S_IFMT(info.external_attr >> 16)
    if info.create_system == 3 and kind:
        return kind not in (stat.S_IFREG, stat.S_IFDIR)
    return False


def _check_directory(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > MAX_ENTRIES:
        raise PackageError(f"The package has {len(infos)} entries; at most {MAX_ENTRIES} "
                           "are allowed.")
    members: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    total = compressed = 0
    for info in infos:
        name = info.filename
        if info.is_dir():
            if name.rstrip("/"):
                check_member_name(name.rstrip("/"))
            continue
        check_member_name(name)
        if _is_symlink_or_special(info):
            raise PackageError(f"The package entry {name!r} is a link or special file; only "
                               "regular files are allowed.")
        if info.flag_bits & 0x1:
            raise PackageError(f"The package entry {name!r} is encrypted; encrypted packages "
                               "are not supported.")
        key = collision_key(name)
        if key in seen:
            other = seen[key]
            detail = "twice" if other == name else f"and as {other!r} (names differing in case)"
            raise PackageError(f"The package contains {name!r} {detail}.")
        seen[key] = name
        if info.file_size >= RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise PackageError(f"The package entry {name!r} expands more than {MAX_RATIO}:1; "
                               "it looks like a zip bomb.")
        total += info.file_size
        compressed += info.compress_size
        members[name] = info
    check_no_file_folder_clash(list(members))
    if total > MAX_TOTAL_UNPACKED:
        raise PackageError(f"The package would unpack to {total / 1024**3:.1f} GiB; at most "
                           "4 GiB is allowed.")
    if total >= RATIO_FLOOR and total > MAX_RATIO * max(compressed, 1):
        raise PackageError(f"The package expands more than {MAX_RATIO}:1 overall; it looks "
                           "like a zip bomb.")
    return members


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise PackageError(f"{info.filename} is larger than {limit // 1024} KiB; the package "
                           "is broken.")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        raise PackageError(f"{info.filename} is not the size the package says it is.")
    return data


@contextmanager
def _open_zip(path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise PackageError(f"No such file: {path}.") from exc
    except IsADirectoryError as exc:
        raise PackageError(f"{path} is a folder, not a .biblio package.",
                           "to build a package from a folder use 'biblio-desktop pack'") from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackageError(f"{path.name} is not a valid course package (not a readable zip "
                           "file).", "it may be damaged; copy it again") from exc
    try:
        yield zf
    finally:
        zf.close()


def _zip_errors() -> tuple[type[BaseException], ...]:
    import zlib

    return (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError)


def inspect_package(path: Path) -> OpenedPackage:
    """Run every check that needs no extraction; return the validated manifest."""
    path = Path(path)
    with _open_zip(path) as zf:
        try:
            return _inspect(path, zf)
        except _zip_errors() as exc:
            raise PackageError(f"{path.name} is damaged ({exc}).",
                               "copy or download it again") from exc


def _inspect(path: Path, zf: zipfile.ZipFile) -> OpenedPackage:
    members = _check_directory(zf.infolist())
    if MANIFEST_NAME not in members:
        raise PackageError(f"{path.name} has no course.json at its root; it is not a course "
                           "package.")
    manifest_bytes = _read_small(zf, members[MANIFEST_NAME], MAX_MANIFEST_BYTES)
    manifest = parse_manifest(manifest_bytes)
    signature = None
    if SIGNATURE_NAME in members:
        from .signing import verify_signature  # here: opening the app loads no crypto code

        signature = verify_signature(_read_small(zf, members[SIGNATURE_NAME], 64 * 1024),
                                     manifest_bytes)
        if manifest.publisher_key_id != signature.key.key_id:
            raise PackageError("The manifest names a different publisher key than the one "
                               "that signed it.")
    elif manifest.publisher_key_id:
        raise PackageError("The manifest says the package is signed, but signature.json is "
                           "missing.", "get the package again from its publisher")
    listed = {f.path: f for f in manifest.files}
    for name, info in members.items():
        if name in (MANIFEST_NAME, SIGNATURE_NAME):
            continue
        entry = listed.get(name)
        if entry is None:
            raise PackageError(f"The package contains {name!r}, which the manifest does not "
                               "list.")
        if info.file_size != entry.size:
            raise PackageError(f"{name!r} is {info.file_size} bytes in the zip but the manifest "
                               f"says {entry.size}.")
    for name in listed:
        if name not in members:
            raise PackageError(f"The manifest lists {name!r}, but it is missing from the "
                               "package.")
    return OpenedPackage(path, manifest, manifest_bytes, signature, path.stat().st_size)


class _SourceUnreadable(Exception):
    """Reading the package failed (its USB stick was pulled out, its disk failed): not a
    fault of the data folder being written to."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: FileEntry,
                   sink: IO[bytes] | None, on_bytes: ProgressFn, cancel: CancelToken | None,
                   buffer: bytearray) -> None:
    digest = hashlib.sha256()
    written = 0
    view = memoryview(buffer)
    with zf.open(info) as src:
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                n = src.readinto(view)  # type: ignore[attr-defined]
            except OSError as exc:  # the package's own disk, not the data folder's
                raise _SourceUnreadable(exc) from exc
            if not n:
                break
            written += n
            if written > entry.size:
                raise PackageError(f"{entry.path!r} holds more data than declared; the package "
                                   "is broken or malicious.")
            chunk = view[:n]
            digest.update(chunk)
            if sink is not None:
                sink.write(chunk)
            on_bytes(n, 0)
    if written != entry.size:
        raise PackageError(f"{entry.path!r} is shorter than declared; the package is damaged.")
    if digest.hexdigest() != entry.sha256:
        raise PackageError(f"{entry.path!r} does not match its checksum: the package was "
                           "changed or damaged.", "get the package again from its publisher")


def _walk(opened: OpenedPackage, target: Path | None, progress: ProgressFn,
          cancel: CancelToken | None) -> None:
    total = opened.total_bytes
    done = 0

    def on_bytes(n: int, _: int) -> None:
        nonlocal done
        done += n
        progress(done, total)

    buffer = bytearray(CHUNK)
    with _open_zip(opened.path) as zf:
        try:
            infos = {i.filename: i for i in zf.infolist()}
            # Extract in the zip's own order: sequential reads, no seeking back and forth.
            entries = sorted(opened.manifest.files, key=lambda f: infos[f.path].header_offset)
            made: set[Path] = set()
            for entry in entries:
                if target is None:
                    _stream_member(zf, infos[entry.path], entry, None, on_bytes, cancel, buffer)
                    continue
                dest = target.joinpath(*entry.path.split("/"))
                if dest.parent not in made:
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    made.add(dest.parent)
                fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(
                    os, "O_NOFOLLOW", 0), 0o644)
                with os.fdopen(fd, "wb") as sink:
                    _stream_member(zf, infos[entry.path], entry, sink, on_bytes, cancel, buffer)
                    sink.flush()
                    os.fsync(sink.fileno())  # on disk before the import commits
        except _SourceUnreadable as exc:
            raise PackageError(
                f"Cannot read the package {opened.path} ({exc.error.strerror or exc}): if it "
                "is on a USB stick, check the stick is still plugged in; nothing was "
                "installed.", "copy the package to this computer and import it again") from exc
        except _zip_errors() as exc:
            raise PackageError(f"{opened.path.name} is damaged ({exc}).",
                               "copy or download it again") from exc
        except OSError as exc:
            if target is not None and is_disk_fault(exc):
                raise  # full, read-only or vanished disk: the importer names it
            raise PackageError(f"Cannot unpack {opened.path.name}: {exc.strerror or exc}.")\
                from exc
    progress(total, total)


def verify_contents(opened: OpenedPackage, progress: ProgressFn = no_progress,
                    cancel: CancelToken | None = None) -> None:
    """Hash every file without writing anything (used by `validate`)."""
    _walk(opened, None, progress, cancel)


def extract_verified(opened: OpenedPackage, staging: Path, progress: ProgressFn = no_progress,
                     cancel: CancelToken | None = None) -> None:
    """Extract into an empty `staging` folder, checking sizes and hashes as bytes stream."""
    staging.mkdir(parents=True, exist_ok=False)
    with open(staging / MANIFEST_NAME, "wb") as out:
        out.write(opened.manifest_bytes)
        out.flush()
        os.fsync(out.fileno())
    _walk(opened, staging, progress, cancel)
