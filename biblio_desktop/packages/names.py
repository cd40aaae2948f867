"""Rules for file names inside a course package.

A package comes from a USB stick or the internet, so every name in it is hostile until
checked. The same rules serve the builder (so authors learn early) and the reader (so a
hand-made zip cannot slip past): relative, forward slashes, no `..`, no drive letters,
a small portable character set, and no two names that collide on a case-insensitive
or normalising file system (Windows, macOS).
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import PackageError

MAX_NAME_LENGTH = 240
_SEGMENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_DRIVE = re.compile(r"^[A-Za-z]:")
# Windows refuses these as file names, with or without an extension.
_DEVICES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
            *(f"lpt{n}" for n in range(1, 10))}
MANIFEST_NAME = "course.json"
SIGNATURE_NAME = "signature.json"
CONTENT_ROOTS = ("lessons", "media", "quizzes")


def check_member_name(name: str) -> str:
    """Return `name` if it is a safe package path, else raise PackageError saying why."""
    shown = name if len(name) <= 80 else name[:77] + "..."
    if not name:
        raise PackageError("The package contains an entry with an empty name.")
    if "\\" in name:
        raise PackageError(f"Unsafe file name {shown!r}: backslashes are not allowed.")
    if "\x00" in name or any(ord(c) < 32 for c in name):
        raise PackageError(f"Unsafe file name {shown!r}: control characters are not allowed.")
    if name.startswith("/"):
        raise PackageError(f"Unsafe file name {shown!r}: absolute paths are not allowed.")
    if _DRIVE.match(name):
        raise PackageError(f"Unsafe file name {shown!r}: drive letters are not allowed.")
    if len(name) > MAX_NAME_LENGTH:
        raise PackageError(f"File name too long ({len(name)} characters): {shown!r}.")
    parts = name.split("/")
    for part in parts:
        if part in ("", ".", ".."):
            raise PackageError(
                f"Unsafe file name {shown!r}: empty, '.' or '..' path parts are not allowed."
            )
        if not _SEGMENT.match(part):
            raise PackageError(
                f"Unsupported file name {shown!r}: use only letters, digits, '-', '_' and '.'."
            )
        if part.endswith("."):
            raise PackageError(f"Unsupported file name {shown!r}: a name may not end with '.' "
                               "(Windows would drop it).")
        if part.split(".")[0].lower() in _DEVICES:
            raise PackageError(f"Unsupported file name {shown!r}: {part.split('.')[0]!r} is a "
                               "reserved device name on Windows.")
    if name not in (MANIFEST_NAME, SIGNATURE_NAME) and parts[0] not in CONTENT_ROOTS:
        raise PackageError(
            f"Unexpected file {shown!r}: content must be under lessons/, media/ or quizzes/."
        )
    return name


def check_no_file_folder_clash(names: list[str]) -> None:
    """Refuse a name that is also used as a folder of another name (`a.png`, `a.png/b`)."""
    keys = {collision_key(n) for n in names}
    for name in names:
        parts = collision_key(name).split("/")
        for depth in range(1, len(parts)):
            if "/".join(parts[:depth]) in keys:
                raise PackageError(f"The package uses {'/'.join(name.split('/')[:depth])!r} "
                                   "both as a file and as a folder.")


def collision_key(name: str) -> str:
    """The key under which two names would land on the same file on some file system."""
    return unicodedata.normalize("NFC", name).casefold()


def content_relpath(base: str, link: str) -> str | None:
    """Resolve a relative `link` written in the file `base` to a package path.

    Returns None when the link leaves the package or is not a plain relative path; used to
    confine images and links in lessons to the course's own files.
    """
    if not link or "\\" in link or ":" in link.split("/")[0] or link.startswith("/"):
        return None
    parts = base.split("/")[:-1]
    for seg in link.split("/"):
        if seg in ("", "."):
            continue
        if seg == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(seg)
    return "/".join(parts) if parts else None
