"""Forge `.biblio` packages byte by byte, independently of the real builder.

The importer's tests must not trust the builder (a bug shared by both would hide), so
packages here are assembled with `zipfile` directly, and the helpers below can produce
everything a hostile package might contain: symlink entries, lying size fields,
encryption flags, broken signatures.
"""

from __future__ import annotations

import copy
import hashlib
import json
import stat
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

from biblio_desktop.ed25519 import PrivateKey as Ed25519PrivateKey
from biblio_desktop.packages.signing import public_key_of, sign_manifest

__all__ = [
    "DATE", "DROP", "QUIZ", "Ed25519PrivateKey", "build", "content_files", "file_info",
    "files_list",
    "manifest_bytes", "patch_entry", "quiz_bytes", "sign", "special_info", "symlink_info",
    "valid_manifest", "write_package",
]

DATE = (1980, 1, 1, 0, 0, 0)
DROP = object()  # pass as an override value to delete a top-level manifest field

QUIZ: dict[str, Any] = {
    "title": "Basics",
    "questions": [{
        "id": "q-one", "type": "single", "prompt": "Pick the right one.",
        "options": [{"id": "a", "text": "Wrong"}, {"id": "b", "text": "Right", "correct": True}],
    }],
}

LESSON_EN = "lessons/en/welcome.md"
LESSON_LV = "lessons/lv/welcome.md"
QUIZ_EN = "quizzes/en/basics.json"
QUIZ_LV = "quizzes/lv/basics.json"


def quiz_bytes(quiz: Any = None) -> bytes:
    return json.dumps(QUIZ if quiz is None else quiz, ensure_ascii=False).encode("utf-8")


def content_files(tag: str = "") -> dict[str, bytes]:
    """The content files a `valid_manifest` course refers to (en + lv lesson and quiz)."""
    return {
        LESSON_EN: f"---\ntitle: Welcome\n---\n\n# Welcome{tag}\n".encode(),
        LESSON_LV: f"---\ntitle: Sveicināti\n---\n\n# Sveicināti{tag}\n".encode(),
        QUIZ_EN: quiz_bytes(),
        QUIZ_LV: quiz_bytes(),
    }


def files_list(files: dict[str, bytes]) -> list[dict[str, Any]]:
    return [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(files.items())]


def valid_manifest(files: dict[str, bytes], **overrides: Any) -> dict[str, Any]:
    """A correct manifest: one module with a lesson and a quiz item, in en and lv.

    `files` are listed with their real size and SHA-256. Each keyword replaces a top-level
    field (`DROP` deletes it).
    """
    manifest: dict[str, Any] = {
        "format_version": 1,
        "id": "org.example.forge",
        "version": "1.0.0",
        "languages": ["en", "lv"],
        "default_language": "en",
        "title": {"en": "Forged course", "lv": "Viltots kurss"},
        "description": {"en": "A course made by hand.", "lv": "Ar roku darīts kurss."},
        "publisher": {"name": "Forge tests", "key_id": None},
        "license": "CC-BY-4.0",
        "skills": [{"id": "s-basics", "title": {"en": "Basics", "lv": "Pamati"},
                    "profile": "CECO", "digcomp": "1.1"}],
        "modules": [{
            "id": "m1", "title": {"en": "Module one", "lv": "Pirmais modulis"},
            "items": [
                {"id": "m1-lesson", "kind": "lesson",
                 "title": {"en": "Welcome", "lv": "Sveicināti"},
                 "path": {"en": LESSON_EN, "lv": LESSON_LV},
                 "minutes": 7, "skills": ["s-basics"], "required": True},
                {"id": "m1-quiz", "kind": "quiz", "title": {"en": "Quiz", "lv": "Tests"},
                 "path": {"en": QUIZ_EN, "lv": QUIZ_LV},
                 "minutes": 3, "skills": [], "required": False},
            ],
        }],
        "completion": {"rule": "all-required", "pass_mark": 0.7,
                       "certificate_title": {"en": "Certificate", "lv": "Apliecība"}},
        "files": files_list(files),
    }
    for key, value in overrides.items():
        if value is DROP:
            manifest.pop(key, None)
        else:
            manifest[key] = copy.deepcopy(value)
    return manifest


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")


def sign(manifest: dict[str, Any] | bytes, key: Ed25519PrivateKey) -> tuple[bytes, bytes]:
    """Set publisher.key_id (for a dict) and return (manifest bytes, signature.json bytes)."""
    if isinstance(manifest, dict):
        manifest = copy.deepcopy(manifest)
        manifest["publisher"]["key_id"] = public_key_of(key).key_id
        manifest = manifest_bytes(manifest)
    return manifest, sign_manifest(manifest, key)


def file_info(name: str, compression: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=DATE)
    info.compress_type = compression
    info.create_system = 3
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def symlink_info(name: str) -> zipfile.ZipInfo:
    """An entry that `unzip` and many extractors would create as a symbolic link."""
    info = zipfile.ZipInfo(name, date_time=DATE)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def special_info(name: str, kind: int = stat.S_IFIFO) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=DATE)
    info.create_system = 3
    info.external_attr = (kind | 0o644) << 16
    return info


def write_package(
    path: Path,
    entries: list[tuple[str | zipfile.ZipInfo, bytes]],
    manifest: dict[str, Any] | bytes | None,
    signature: bytes | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write a zip: course.json (if any), signature.json (if any), then `entries` in order.

    Names given as strings become regular files with `compression`; a ZipInfo is written
    as it is (duplicates are allowed: that is one of the things to forge).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(manifest, dict):
        manifest = manifest_bytes(manifest)
    head: list[tuple[str | zipfile.ZipInfo, bytes]] = []
    if manifest is not None:
        head.append(("course.json", manifest))
    if signature is not None:
        head.append(("signature.json", signature))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is what some cases want
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in head + list(entries):
                info = file_info(name, compression) if isinstance(name, str) else name
                zf.writestr(info, data)
    return path


def build(path: Path, files: dict[str, bytes] | None = None, *,
          key: Ed25519PrivateKey | None = None, compression: int = zipfile.ZIP_DEFLATED,
          **overrides: Any) -> Path:
    """A complete valid package (signed with `key` if given)."""
    files = content_files() if files is None else files
    manifest = valid_manifest(files, **overrides)
    signature = None
    raw: dict[str, Any] | bytes = manifest
    if key is not None:
        raw, signature = sign(manifest, key)
    return write_package(path, list(files.items()), raw, signature, compression)


# --- patching raw zip headers ------------------------------------------------------------

_LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"
_END = b"PK\x05\x06"


def patch_entry(path: Path, name: str, *, file_size: int | None = None,
                compress_size: int | None = None, crc: int | None = None,
                flag_bits: int | None = None) -> None:
    """Overwrite size/CRC/flag fields of `name` in the central directory AND local header.

    This is how a zip lies about its contents: the directory says one thing, the
    compressed stream holds another.
    """
    data = bytearray(path.read_bytes())
    end = data.rfind(_END)
    if end < 0:
        raise ValueError("no end of central directory record")
    (cd_offset,) = struct.unpack_from("<I", data, end + 16)
    pos = cd_offset
    found = False
    while data[pos:pos + 4] == _CENTRAL:
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        entry_name = bytes(data[pos + 46:pos + 46 + name_len]).decode("utf-8")
        (local,) = struct.unpack_from("<I", data, pos + 42)
        if entry_name == name:
            found = True
            assert data[local:local + 4] == _LOCAL
            # central: flags +8, crc +16, csize +20, usize +24
            # local:   flags +6, crc +14, csize +18, usize +22
            for field, c_off, l_off, fmt in (
                (flag_bits, 8, 6, "<H"), (crc, 16, 14, "<I"),
                (compress_size, 20, 18, "<I"), (file_size, 24, 22, "<I"),
            ):
                if field is not None:
                    struct.pack_into(fmt, data, pos + c_off, field)
                    struct.pack_into(fmt, data, local + l_off, field)
        pos += 46 + name_len + extra_len + comment_len
    if not found:
        raise KeyError(name)
    path.write_bytes(bytes(data))
