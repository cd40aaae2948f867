"""The course manifest (`course.json`): parsing, validation and the frozen model.

The manifest is the one file every other check hangs on (it lists each file's size and
hash, and it is what the publisher signs), so it is parsed strictly: bounded size and
depth before `json` sees it, strict UTF-8, the shipped JSON Schema, then cross-checks the
schema cannot express (unique ids, known skills, every referenced path listed).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..errors import PackageError
from ..untrusted_json import load_untrusted_json, too_deep
from .names import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    check_member_name,
    check_no_file_folder_clash,
    collision_key,
)

# The newest format this app reads; it reads every older one too. format_version 2 added
# quiz question types (fill-in-the-blanks, drag-the-words, mark-the-words, free text),
# format_version 3 the `pdf` item kind and questions inside slides and videos (an item's
# `questions`); `pack` writes the lowest version that holds a course, so older apps keep
# reading packages that do not use what they lack (docs/package-format.md, "Format
# versions").
FORMAT_VERSION = 3
FORMAT_VERSIONS = (1, 2, 3)
QUESTIONS_FORMAT_VERSION = 3
QUESTION_KINDS = ("slides", "video")  # item kinds that may hold questions
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_DEPTH = 64
ITEM_KINDS = ("lesson", "video", "slides", "quiz", "pdf")
# Item kinds added after format_version 1, with the version that added them: a package
# that says an older version cannot hold them (its readers would not know the kind).
ITEM_KIND_SINCE = {"pdf": 3}


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Skill:
    id: str
    title: dict[str, str]
    profile: str
    digcomp: str | None


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: dict[str, str]
    path: dict[str, str]
    minutes: int
    skills: tuple[str, ...]
    required: bool
    subtitles: dict[str, str]
    poster: str | None
    # format_version 3: language -> questions file shown on the slides or in the video
    questions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Module:
    id: str
    title: dict[str, str]
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    languages: tuple[str, ...]
    default_language: str
    title: dict[str, str]
    description: dict[str, str]
    publisher_name: str
    publisher_key_id: str | None
    license: str
    skills: tuple[Skill, ...]
    modules: tuple[Module, ...]
    pass_mark: float
    certificate_title: dict[str, str]
    files: tuple[FileEntry, ...]
    format_version: int = 1

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for module in self.modules for item in module.items)

    def text(self, texts: dict[str, str], language: str | None = None) -> str:
        """Pick `language` from a text map, falling back to the course's default."""
        if language and language in texts:
            return texts[language]
        return texts.get(self.default_language) or next(iter(texts.values()), "")


def version_key(version: str) -> tuple[int, int, int]:
    """Sort key for a semantic version (the schema allows only MAJOR.MINOR.PATCH)."""
    major, minor, patch = (int(part) for part in version.split("."))
    return major, minor, patch


def compare_with_installed(installed: list[str], version: str) -> tuple[str, str | None]:
    """Where `version` stands against the installed versions of a course.

    Returns ("new" | "same" | "older" | "newer", newest installed version). Both the
    importer and the downloader refuse "same" (nothing to do) and "older" (a roll-back).
    """
    newest = max(installed, key=version_key, default=None)
    if newest is None:
        return "new", None
    if version in installed:
        return "same", newest
    if version_key(version) < version_key(newest):
        return "older", newest
    return "newer", newest


@cache
def course_schema() -> dict[str, Any]:
    """The JSON Schema of course.json shipped with the code (also documented for authors)."""
    text = resources.files("biblio_desktop.schemas").joinpath("course.schema.json").read_text(
        encoding="utf-8"
    )
    return json.loads(text)


def check_json_depth(raw: str, limit: int = MAX_DEPTH) -> None:
    """Refuse JSON nested deeper than `limit` before parsing it."""
    if too_deep(raw, limit):
        raise PackageError(
            f"The manifest is nested deeper than {limit} levels; the package is broken.")


def load_json_bounded(raw: bytes, what: str, limit: int = MAX_MANIFEST_BYTES) -> Any:
    """Decode untrusted JSON from a package: size limit, strict UTF-8, depth limit, no
    NaN/Infinity, no lone surrogates."""
    return load_untrusted_json(raw, what, limit=limit, depth=MAX_DEPTH, error=PackageError,
                               verdict="the package is broken")


def _schema_error(data: Any) -> str | None:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(course_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.path), list(e.path)))
    if not errors:
        return None
    error = errors[0]
    where = "/".join(str(p) for p in error.absolute_path) or "top level"
    message = error.message if len(error.message) < 160 else error.message[:157] + "..."
    return f"at {where}: {message}"


def parse_manifest(raw: bytes, *, trusted: bool = False) -> Manifest:
    """Parse and fully validate the bytes of course.json; raise PackageError on any flaw.

    `trusted=True` is for manifests read back from the library database, which were
    validated when imported: the JSON Schema pass (the slow part) is skipped, the cheap
    structural checks are not.
    """
    if trusted:
        return _build(json.loads(raw))
    data = load_json_bounded(raw, "The manifest (course.json)")
    if not isinstance(data, dict):
        raise PackageError("The manifest (course.json) must be a JSON object.")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise PackageError(
            f"This package uses format version {version}, newer than this app supports "
            f"({FORMAT_VERSION}).",
            "update BIBLIO Desktop to open it",
        )
    problem = _schema_error(data)
    if problem:
        raise PackageError(f"The manifest (course.json) is invalid {problem}.")
    return _build(data)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _textmap(value: dict[str, str], default_language: str, where: str) -> dict[str, str]:
    for text in value.values():
        if _CONTROL.search(text):  # terminal escapes and the like have no place in titles
            raise PackageError(f"The manifest is invalid: {where} contains control characters.")
    if default_language not in value:
        raise PackageError(
            f"The manifest is invalid: {where} has no text in the default language "
            f"{default_language!r}."
        )
    return dict(value)


def _build(data: dict[str, Any]) -> Manifest:
    default = data["default_language"]
    languages = tuple(data["languages"])
    format_version = int(data["format_version"])
    if default not in languages:
        raise PackageError(
            f"The manifest is invalid: default_language {default!r} is not in languages."
        )
    files: list[FileEntry] = []
    seen: dict[str, str] = {}
    for entry in data["files"]:
        path = check_member_name(entry["path"])
        if path in (MANIFEST_NAME, SIGNATURE_NAME):
            raise PackageError(f"The manifest lists {path!r} in files; only content under "
                               "lessons/, media/ and quizzes/ belongs there.")
        key = collision_key(path)
        if key in seen:
            raise PackageError(f"The manifest lists {path!r} twice (or a name differing in case).")
        seen[key] = path
        files.append(FileEntry(path, entry["size"], entry["sha256"]))
    listed = {f.path for f in files}
    check_no_file_folder_clash(sorted(listed))

    def listed_path(path: str, where: str) -> str:
        if path not in listed:
            raise PackageError(
                f"The manifest is invalid: {where} points at {path!r}, which is not in files."
            )
        return path

    skills = tuple(
        Skill(s["id"], _textmap(s["title"], default, f"skill {s['id']}"), s["profile"],
              s.get("digcomp"))
        for s in data.get("skills", [])
    )
    skill_ids = [s.id for s in skills]
    if len(set(skill_ids)) != len(skill_ids):
        raise PackageError("The manifest is invalid: two skills share an id.")
    ids: set[str] = set()
    modules: list[Module] = []
    for mod in data["modules"]:
        if mod["id"] in ids:
            raise PackageError(f"The manifest is invalid: the id {mod['id']!r} is used twice.")
        ids.add(mod["id"])
        items: list[Item] = []
        for it in mod["items"]:
            where = f"item {it['id']}"
            if it["id"] in ids:
                raise PackageError(f"The manifest is invalid: the id {it['id']!r} is used twice.")
            ids.add(it["id"])
            since = ITEM_KIND_SINCE.get(it["kind"], 1)
            if since > format_version:
                raise PackageError(
                    f"The manifest is invalid: {where} is a {it['kind']!r} item, which needs "
                    f"format_version {since}, but the manifest says {format_version}.",
                    "pack the course again with this version of biblio-desktop")
            unknown = [s for s in it.get("skills", []) if s not in skill_ids]
            if unknown:
                raise PackageError(f"The manifest is invalid: {where} names unknown skill "
                                   f"{unknown[0]!r}.")
            paths = {lang: listed_path(p, where) for lang, p in it["path"].items()}
            if default not in paths:
                raise PackageError(f"The manifest is invalid: {where} has no file for the "
                                   f"default language {default!r}.")
            subtitles = {lang: listed_path(p, where) for lang, p in it.get("subtitles", {}).items()}
            poster = it.get("poster")
            questions = _questions(it, default, int(data["format_version"]), listed_path)
            items.append(Item(
                id=it["id"], kind=it["kind"], title=_textmap(it["title"], default, where),
                path=paths, minutes=it.get("minutes", 5), skills=tuple(it.get("skills", [])),
                required=it.get("required", True), subtitles=subtitles,
                poster=listed_path(poster, where) if poster else None, questions=questions,
            ))
        modules.append(Module(mod["id"], _textmap(mod["title"], default, f"module {mod['id']}"),
                              tuple(items)))
    completion = data["completion"]
    return Manifest(
        id=data["id"], version=data["version"], languages=languages, default_language=default,
        title=_textmap(data["title"], default, "title"),
        description=_textmap(data["description"], default, "description")
        if data.get("description") else {},
        publisher_name=data["publisher"]["name"],
        publisher_key_id=data["publisher"].get("key_id"),
        license=data.get("license", ""), skills=skills, modules=tuple(modules),
        pass_mark=float(completion.get("pass_mark", 0.7)),
        certificate_title=dict(completion.get("certificate_title", {})),
        files=tuple(files), format_version=format_version,
    )


def _questions(it: dict[str, Any], default: str, format_version: int,
               listed_path: Any) -> dict[str, str]:
    """An item's questions files (format_version 3), checked against its kind and the
    package's format_version: a package that says 1 or 2 cannot hold them, since an app
    of that version would show the slides or video without their questions."""
    raw = it.get("questions")
    if not raw:
        return {}
    where = f"item {it['id']}"
    if it["kind"] not in QUESTION_KINDS:
        raise PackageError(f"The manifest is invalid: {where} is a {it['kind']} and has "
                           "questions; only slides and video items can have them.")
    if format_version < QUESTIONS_FORMAT_VERSION:
        raise PackageError(
            f"The manifest is invalid: {where} has questions on its {it['kind']}, which "
            f"needs format_version {QUESTIONS_FORMAT_VERSION}, but the manifest says "
            f"{format_version}.", "pack the course again with this version of biblio-desktop")
    paths = {lang: listed_path(p, where) for lang, p in raw.items()}
    if default not in paths:
        raise PackageError(f"The manifest is invalid: {where} has no questions file for the "
                           f"default language {default!r}.")
    return paths
