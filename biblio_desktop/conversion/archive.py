"""Read-only, confined access to an input: a zip, a tar (plain, gzip, bzip2, xz), a folder
or a single file.

Inputs come from anywhere, so the archive rules of DESIGN.md apply to zip *and* tar, with
one difference from `.biblio` packages: foreign archives use any file names (spaces,
accents), so names are not restricted to our own alphabet, only made safe. Refused, before
anything is used: absolute paths, `..`, drive letters, links (symbolic and hard), devices
and other special entries, duplicate names or names differing only by case or Unicode
form, more than MAX_ENTRIES entries, more than MAX_TOTAL bytes unpacked, and a compression
ratio above MAX_RATIO. A zip is read in place (random access, sizes checked while
streaming); a tar is unpacked once, streaming, into the conversion's work folder (what
`tar x` does), with the same checks, so converters see one interface.
"""

from __future__ import annotations

import os
import shutil
import stat
import tarfile
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from ..errors import ConversionError
from ..progress import CancelToken

MAX_ENTRIES = 50_000
MAX_TOTAL = 8 * 1024**3
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # small members compress well legitimately
CHUNK = 1024 * 1024


def safe_member_name(raw: str, label: str) -> str:
    """The member name as a relative POSIX path, or ConversionError if it leaves the root."""
    name = raw.replace("\\", "/")
    while name.startswith("./"):
        name = name[2:]
    name = name.rstrip("/")
    parts = PurePosixPath(name).parts
    if (not name or name.startswith("/") or ".." in parts
            or (len(name) > 1 and name[1] == ":") or "\x00" in name):
        raise ConversionError(f"{label} contains the entry {raw!r}, which points outside the "
                              "archive; the file is refused as unsafe.")
    return "/".join(p for p in parts if p != ".")


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


class InputTree:
    """The members of one input, by relative POSIX name; read-only and bounded."""

    def __init__(self, label: str) -> None:
        self.label = label  # the file name shown to the user
        self._sizes: dict[str, int] = {}
        self._keys: dict[str, str] = {}

    # -- building (subclasses) -------------------------------------------------------
    def _add(self, raw: str, size: int) -> str:
        name = safe_member_name(raw, self.label)
        key = _key(name)
        if key in self._keys:
            raise ConversionError(f"{self.label} contains {name!r} twice (or names differing "
                                  "only in case); the file is refused.")
        if len(self._sizes) >= MAX_ENTRIES:
            raise ConversionError(f"{self.label} has more than {MAX_ENTRIES} entries; the file "
                                  "is refused.")
        self._keys[key] = name
        self._sizes[name] = size
        return name

    # -- reading -----------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._sizes)

    def has(self, name: str) -> bool:
        return name in self._sizes

    def find(self, name: str) -> str | None:
        """The member whose name equals `name` ignoring case (foreign links often differ)."""
        return self._keys.get(_key(name.lstrip("/")))

    def size(self, name: str) -> int:
        return self._sizes[name]

    def open(self, name: str) -> IO[bytes]:
        raise NotImplementedError

    def read(self, name: str, limit: int = 64 * 1024 * 1024) -> bytes:
        """The whole member, refusing one larger than `limit` (structured files are small)."""
        if name not in self._sizes:
            raise ConversionError(f"{self.label} has no {name!r}.")
        if self._sizes[name] > limit:
            raise ConversionError(f"{name} in {self.label} is larger than "
                                  f"{limit // (1024 * 1024)} MiB; the file is refused.")
        with self.open(name) as fh:
            data = fh.read(limit + 1)
        if len(data) > limit or len(data) != self._sizes[name]:
            raise ConversionError(f"{name} in {self.label} is not the size its archive says; "
                                  "the file is damaged.")
        return data

    def copy_to(self, name: str, dest: Path, cancel: CancelToken | None = None) -> int:
        """Stream a member to `dest` (media can be large); returns the bytes written."""
        expected = self._sizes[name]
        written = 0
        with self.open(name) as src, dest.open("wb") as out:
            while chunk := src.read(CHUNK):
                written += len(chunk)
                if written > expected:
                    raise ConversionError(f"{name} in {self.label} is larger than its archive "
                                          "says; the file is damaged.")
                out.write(chunk)
                if cancel is not None:
                    cancel.raise_if_cancelled()
        if written != expected:
            raise ConversionError(f"{name} in {self.label} is shorter than its archive says; "
                                  "the file is damaged.")
        return written

    def close(self) -> None:
        """Release the archive (zip files hold an open handle)."""

    def __enter__(self) -> InputTree:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FolderTree(InputTree):
    """A folder on disk (an unpacked Common Cartridge, QTI items, an unpacked tar)."""

    def __init__(self, root: Path, label: str | None = None, *, owned: bool = False) -> None:
        super().__init__(label or root.name)
        self.root = root
        # `owned`: the folder is our own unpacked copy (a tar), never the user's files, so
        # members may be hard-linked into the course instead of copied.
        self.owned = owned
        for path in sorted(_walk(root, self.label)):
            self._add(path.relative_to(root).as_posix(), path.stat().st_size)

    def open(self, name: str) -> IO[bytes]:
        return (self.root / name).open("rb")

    def copy_to(self, name: str, dest: Path, cancel: CancelToken | None = None) -> int:
        """Hard-link our own unpacked files (no second copy of a 200 MB backup's media);
        copy when the link is impossible (another file system) or the files are the user's."""
        if self.owned:
            try:
                os.link(self.root / name, dest)
                return self._sizes[name]
            except OSError:
                pass
        return super().copy_to(name, dest, cancel)


def _walk(root: Path, label: str) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        for entry in (*dirnames, *filenames):
            path = Path(dirpath) / entry
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                raise ConversionError(f"{label} contains the link {entry!r}; links are "
                                      "refused (they can point anywhere).")
            if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                raise ConversionError(f"{label} contains the special file {entry!r}; only "
                                      "regular files are read.")
        for entry in filenames:
            yield Path(dirpath) / entry


class SingleFileTree(InputTree):
    """A lone file (GIFT, Moodle XML, a QTI item, a PDF) as a tree of one member."""

    def __init__(self, path: Path) -> None:
        super().__init__(path.name)
        self.path = path
        self.member = self._add(path.name, path.stat().st_size)

    def open(self, name: str) -> IO[bytes]:
        return self.path.open("rb")


class ZipTree(InputTree):
    def __init__(self, path: Path) -> None:
        super().__init__(path.name)
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ConversionError(f"{path.name} is not a readable zip file ({exc}).") from exc
        self._infos: dict[str, zipfile.ZipInfo] = {}
        total = packed = 0
        for info in infos:
            if info.is_dir():
                continue
            kind = stat.S_IFMT(info.external_attr >> 16)
            if info.create_system == 3 and kind and kind != stat.S_IFREG:
                raise ConversionError(f"{path.name} contains the link or special file "
                                      f"{info.filename!r}; the file is refused as unsafe.")
            if info.flag_bits & 0x1:
                raise ConversionError(f"{path.name} is encrypted; it cannot be read.")
            if info.file_size >= RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1):
                raise ConversionError(f"{info.filename} in {path.name} expands more than "
                                      f"{MAX_RATIO}:1; it looks like a zip bomb.")
            name = self._add(info.filename, info.file_size)
            self._infos[name] = info
            total += info.file_size
            packed += info.compress_size
        _check_total(path.name, total, packed)

    def open(self, name: str) -> IO[bytes]:
        return self._zip.open(self._infos[name])

    def close(self) -> None:
        self._zip.close()


def _check_total(label: str, total: int, packed: int) -> None:
    if total > MAX_TOTAL:
        raise ConversionError(f"{label} would unpack to {total / 1024**3:.1f} GiB; at most "
                              f"{MAX_TOTAL // 1024**3} GiB is read.")
    if total >= RATIO_FLOOR and total > MAX_RATIO * max(packed, 1):
        raise ConversionError(f"{label} expands more than {MAX_RATIO}:1 overall; it looks "
                              "like an archive bomb.")


def unpack_tar(path: Path, dest: Path, cancel: CancelToken | None = None) -> FolderTree:
    """Unpack a tar (any compression) into `dest`, streaming and checked; return its tree.

    Links, devices and names leaving the root refuse the whole file; the unpacked total is
    checked against MAX_TOTAL and against the compressed size as it grows, so a tar bomb is
    stopped early instead of filling the disk.
    """
    packed = max(path.stat().st_size, 1)
    seen: set[str] = set()
    total = 0
    try:
        with tarfile.open(path, mode="r:*") as tar:
            for count, member in enumerate(tar, 1):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                if count > MAX_ENTRIES:
                    raise ConversionError(f"{path.name} has more than {MAX_ENTRIES} entries; "
                                          "the file is refused.")
                if member.isdir():
                    safe_member_name(member.name or ".", path.name)
                    continue
                if not member.isfile():
                    raise ConversionError(f"{path.name} contains the link or special file "
                                          f"{member.name!r}; the file is refused as unsafe.")
                name = safe_member_name(member.name, path.name)
                key = _key(name)
                if key in seen:
                    raise ConversionError(f"{path.name} contains {name!r} twice (or names "
                                          "differing only in case); the file is refused.")
                seen.add(key)
                total += member.size
                if total > MAX_TOTAL or (total >= RATIO_FLOOR and total > MAX_RATIO * packed):
                    _check_total(path.name, total, packed)
                target = dest / name
                target.parent.mkdir(parents=True, exist_ok=True)
                src = tar.extractfile(member)
                if src is None:  # pragma: no cover - isfile() members always have data
                    continue
                written = 0
                with src, target.open("wb") as out:
                    while chunk := src.read(CHUNK):
                        written += len(chunk)
                        out.write(chunk)
                        if cancel is not None:
                            cancel.raise_if_cancelled()
                if written != member.size:
                    raise ConversionError(f"{name} in {path.name} is truncated; the file is "
                                          "damaged.")
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            raise  # a disk fault in the work folder: named by the caller, not "damaged"
        raise ConversionError(f"{path.name} is not a readable tar archive ({exc}).") from exc
    return FolderTree(dest, path.name, owned=True)


def open_input(path: Path, work: Path, cancel: CancelToken | None = None) -> InputTree:
    """Open `path` as a tree: a folder, a zip, a tar (unpacked into `work`) or one file.

    The kind is found from the content (magic bytes), never from the file name.
    """
    path = Path(path)
    if path.is_symlink() and path.is_dir():
        raise ConversionError(f"{path} is a link to a folder; give the folder itself.")
    if path.is_dir():
        return FolderTree(path)
    if not path.is_file():
        raise ConversionError(f"{path} does not exist or is not a file.")
    with path.open("rb") as fh:
        head = fh.read(512)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return ZipTree(path)
    if _looks_like_tar(path, head):
        dest = work / "unpacked"
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        return unpack_tar(path, dest, cancel)
    return SingleFileTree(path)


def _looks_like_tar(path: Path, head: bytes) -> bool:
    if head[:2] == b"\x1f\x8b" or head[:3] == b"BZh" or head[:6] == b"\xfd7zXZ\x00":
        return True  # compressed: a compressed lone file is not something we convert
    return len(head) >= 262 and head[257:262] == b"ustar"
