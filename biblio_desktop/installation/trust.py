"""Which publisher key may sign which course.

A course id is bound to the first key seen, or to a key shipped with the app in
`resources/trusted-publishers/`. Without that binding anybody could publish an
"update" to a course and rewrite what learners are certified for.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import PackageError
from ..packages.signing import PackageSignature, PublisherKey, key_id_for


@dataclass(frozen=True)
class ShippedKey:
    name: str
    patterns: tuple[str, ...]
    key: PublisherKey

    def covers(self, course_id: str) -> bool:
        return any(
            course_id == p or (p.endswith(".*") and course_id.startswith(p[:-1]))
            for p in self.patterns
        )


def resources_dir() -> Path:
    """The app's resources folder (beside the package in a checkout and in the bundle)."""
    return Path(__file__).resolve().parent.parent.parent / "resources"


def load_shipped_keys(folder: Path | None = None) -> tuple[ShippedKey, ...]:
    """Read `trusted-publishers/*.json`; a broken file is skipped rather than trusted."""
    folder = folder or resources_dir() / "trusted-publishers"
    keys: list[ShippedKey] = []
    if not folder.is_dir():
        return ()
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            raw = base64.b64decode(data["public_key"], validate=True)
            patterns = tuple(str(p) for p in data["course_ids"])
        except (OSError, ValueError, KeyError, TypeError, binascii.Error):
            continue
        if len(raw) == 32 and patterns:
            keys.append(ShippedKey(str(data.get("name", path.stem)), patterns,
                                   PublisherKey(key_id_for(raw), raw)))
    return tuple(keys)


def expected_key(course_id: str, pinned: PublisherKey | None,
                 shipped: tuple[ShippedKey, ...]) -> PublisherKey | None:
    """The key a package for `course_id` must be signed with, or None if any will do."""
    if pinned is not None:
        return pinned
    for entry in shipped:
        if entry.covers(course_id):
            return entry.key
    return None


def check_trust(course_id: str, signature: PackageSignature | None,
                expected: PublisherKey | None) -> None:
    """Refuse a package not signed by the key bound to its course id."""
    if expected is None:
        return
    if signature is None:
        raise PackageError(
            f"The course {course_id} is published with a signed package, but this one is "
            "not signed.", "get the package from the course's publisher")
    if signature.key.public_key != expected.public_key:
        raise PackageError(
            f"This package of {course_id} is signed by an unknown key ({signature.key.key_id}), "
            f"not by the course's publisher ({expected.key_id}).",
            "get the package from the course's publisher")
