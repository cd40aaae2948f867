"""Read and validate a course author's source folder (course.toml, Markdown, quiz TOML).

Authors are not programmers, so every mistake is reported as a `PackageError` that names
the file (and item) and says what to change, before anything is written. The result,
`CourseSource`, is everything the builder needs: the manifest without the `files` list,
and the exact set of files to pack. Only files an item or a lesson actually uses are
packed, so notes and scripts lying around in the folder never leak into a package.
The format is described in docs/package-format.md.
"""

from __future__ import annotations

import io
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote

from ..errors import PackageError
from ..packages.frontmatter import link_targets, split_front_matter, split_slides
from ..packages.manifest import ITEM_KIND_SINCE, ITEM_KINDS
from ..packages.names import check_member_name, collision_key, content_relpath

__all__ = ["SOURCE_MANIFEST", "CourseSource", "SourceFile", "load_source"]

SOURCE_MANIFEST = "course.toml"
DEFAULT_MINUTES = 5
VIDEO_SUFFIXES = (".mp4", ".webm")
PDF_MAGIC = b"%PDF-"  # every PDF file starts with it (ISO 32000, 7.5.2)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_COURSE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")
_VERSION = re.compile(r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_TOP_KEYS = {"id", "version", "languages", "default_language", "license", "title",
             "description", "publisher", "completion", "skills", "modules"}
_ITEM_KEYS = {"id", "kind", "file", "subtitles", "poster", "minutes", "skills", "required",
              "title", "questions"}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


@dataclass(frozen=True)
class SourceFile:
    """One file to pack under `path`: a copy of `source`, or generated `data` (quiz JSON)."""

    path: str
    source: Path | None = None
    data: bytes | None = None

    def size(self) -> int:
        return len(self.data) if self.data is not None else self._source().stat().st_size

    def open(self) -> BinaryIO:
        """Stream the content (videos can be large, so copies are never read whole)."""
        return io.BytesIO(self.data) if self.data is not None else self._source().open("rb")

    def _source(self) -> Path:
        assert self.source is not None, "a SourceFile has either source or data"
        return self.source


@dataclass(frozen=True)
class CourseSource:
    """A validated source folder: the manifest minus `files`, and the files to pack."""

    folder: Path
    manifest: dict[str, Any]
    files: tuple[SourceFile, ...]  # sorted by package path

    @property
    def id(self) -> str:
        return self.manifest["id"]

    @property
    def version(self) -> str:
        return self.manifest["version"]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.manifest["languages"])


def load_source(folder: Path) -> CourseSource:
    """Read `folder`/course.toml and everything it uses; raise PackageError on any mistake."""
    return _Loader(Path(folder)).load()


def _fail(where: str, problem: str, hint: str = "") -> PackageError:
    """An error that starts with the file (and item) to open, then what is wrong."""
    end = "" if problem.endswith((".", "?", "!")) else "."
    return PackageError(f"{where}: {problem}{end}", hint)


def read_toml(path: Path, shown: str) -> dict[str, Any]:
    """Parse a TOML file, turning syntax errors into a message with the file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(shown, f"cannot read the file ({exc.strerror})") from exc
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _fail(shown, "the file is not UTF-8 text", "save it as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise _fail(shown, f"TOML syntax error: {exc}", "fix the line shown") from exc


class _Loader:
    """One pass over a source folder; collects the files to pack as it validates."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.languages: tuple[str, ...] = ()
        self.default = ""
        self.files: dict[str, SourceFile] = {}
        self.keys: dict[str, str] = {}  # collision key -> package path
        self.ids: set[str] = set()
        self.skill_ids: set[str] = set()
        self.item_ids: set[str] = set()
        self.item_links: list[tuple[str, str]] = []  # (lesson, "item:ID") checked at the end
        self.format_version = 1  # raised by what the course uses (question types, kinds)
        self.slide_counts: dict[str, int] = {}  # slides file -> its number of slides

    # ------------------------------------------------------------------ course.toml
    def load(self) -> CourseSource:
        if not (self.folder / SOURCE_MANIFEST).is_file():
            raise PackageError(f"{self.folder} has no {SOURCE_MANIFEST}.",
                               "pass the course's source folder, the one holding course.toml")
        data = read_toml(self.folder / SOURCE_MANIFEST, SOURCE_MANIFEST)
        where = SOURCE_MANIFEST
        self._keys(data, _TOP_KEYS, where)
        course_id = self._str(data, "id", where)
        if not _COURSE_ID.match(course_id):
            raise _fail(where, f"id {course_id!r} is not a reverse-DNS name in lower case",
                        "use something like 'eu.example.my-course'")
        version = self._str(data, "version", where)
        if not _VERSION.match(version):
            raise _fail(where, f"version {version!r} is not MAJOR.MINOR.PATCH",
                        "use a version like '1.0.0'")
        languages = data.get("languages")
        if (not isinstance(languages, list) or not languages
                or not all(isinstance(x, str) and _LANG.match(x) for x in languages)
                or len(set(languages)) != len(languages)):
            raise _fail(where, "languages must be a list of distinct language codes",
                        'write e.g. languages = ["en", "lv"]')
        self.languages = tuple(languages)
        self.default = data.get("default_language", languages[0])
        if self.default not in self.languages:
            raise _fail(where, f"default_language {self.default!r} is not in languages")
        manifest: dict[str, Any] = {
            "format_version": 1, "id": course_id, "version": version,
            "languages": list(self.languages), "default_language": self.default,
            "title": self._textmap(data.get("title"), f"{where}: [title]"),
        }
        if "description" in data:
            manifest["description"] = self._textmap(data["description"],
                                                    f"{where}: [description]")
        if "license" in data:
            manifest["license"] = self._str(data, "license", where)
        publisher = self._table(data.get("publisher"), f"{where}: [publisher]")
        if "key_id" in publisher:
            raise _fail(where, "[publisher] must not set key_id",
                        "remove it; 'pack --sign-key' adds it")
        self._keys(publisher, {"name"}, f"{where}: [publisher]")
        manifest["publisher"] = {"name": self._str(publisher, "name", f"{where}: [publisher]"),
                                 "key_id": None}
        manifest["completion"] = self._completion(data.get("completion", {}))
        manifest["skills"] = [self._skill(s, n) for n, s in
                              enumerate(self._list(data, "skills", where, required=False), 1)]
        modules = self._list(data, "modules", where)
        manifest["modules"] = [self._module(m, n) for n, m in enumerate(modules, 1)]
        for rel, link in self.item_links:
            if link[len("item:"):].split("#", 1)[0] not in self.item_ids:
                raise _fail(f"{rel}: link {link!r}", "points at no item of this course",
                            f"use the id of an item in {SOURCE_MANIFEST}")
        files = tuple(self.files[path] for path in sorted(self.files))
        # The lowest version that holds the course, so that apps which know only
        # format_version 1 still read courses that use nothing newer.
        manifest["format_version"] = self.format_version
        return CourseSource(self.folder, manifest, files)

    def _completion(self, raw: object) -> dict[str, Any]:
        where = f"{SOURCE_MANIFEST}: [completion]"
        table = self._table(raw, where)
        self._keys(table, {"rule", "pass_mark", "certificate_title"}, where)
        rule = table.get("rule", "all-required")
        if rule != "all-required":
            raise _fail(where, f"rule {rule!r} is not supported",
                        "use rule = \"all-required\", the only completion rule")
        out: dict[str, Any] = {"rule": rule}
        if "pass_mark" in table:
            mark = table["pass_mark"]
            if isinstance(mark, bool) or not isinstance(mark, int | float) or not 0 <= mark <= 1:
                raise _fail(where, f"pass_mark must be a number from 0 to 1, not {mark!r}")
            out["pass_mark"] = mark
        if "certificate_title" in table:
            out["certificate_title"] = self._textmap(table["certificate_title"],
                                                     f"{where}: [certificate_title]")
        return out

    def _skill(self, raw: object, n: int) -> dict[str, Any]:
        where = f"{SOURCE_MANIFEST}: skill #{n}"
        table = self._table(raw, where)
        skill_id = self._ident(table, where, self.skill_ids)
        where = f"{SOURCE_MANIFEST}: skill {skill_id!r}"
        self._keys(table, {"id", "title", "profile", "digcomp"}, where)
        out = {"id": skill_id, "title": self._textmap(table.get("title"), f"{where}, title"),
               "profile": self._str(table, "profile", where)}
        if "digcomp" in table:
            out["digcomp"] = self._str(table, "digcomp", where)
        return out

    def _module(self, raw: object, n: int) -> dict[str, Any]:
        where = f"{SOURCE_MANIFEST}: module #{n}"
        table = self._table(raw, where)
        module_id = self._ident(table, where, self.ids)
        where = f"{SOURCE_MANIFEST}: module {module_id!r}"
        self._keys(table, {"id", "title", "items"}, where)
        title = self._textmap(table.get("title"), f"{where}, title")
        items = [self._item(it, f"{where}, item #{k}")
                 for k, it in enumerate(self._list(table, "items", where), 1)]
        return {"id": module_id, "title": title, "items": items}

    # ------------------------------------------------------------------ items
    def _item(self, raw: object, where: str) -> dict[str, Any]:
        table = self._table(raw, where)
        item_id = self._ident(table, where, self.ids)
        self.item_ids.add(item_id)
        where = f"{SOURCE_MANIFEST}: item {item_id!r}"
        self._keys(table, _ITEM_KEYS, where)
        kind = self._str(table, "kind", where)
        if kind not in ITEM_KINDS:
            raise _fail(where, f"unknown kind {kind!r}", f"use one of {', '.join(ITEM_KINDS)}")
        if kind != "video" and {"subtitles", "poster"} & table.keys():
            raise _fail(where, "only video items can have subtitles or a poster")
        files = self._per_language(self._str(table, "file", where))
        self.format_version = max(self.format_version, ITEM_KIND_SINCE.get(kind, 1))
        titles: dict[str, str] = {}
        minutes: int | None = None
        if kind in ("lesson", "slides"):
            for lang, rel in files.items():
                meta = self._markdown(rel, f"{where}, file", slides=kind == "slides")
                titles[lang] = meta.get("title", "")
                if lang == self.default and "minutes" in meta:
                    minutes = self._fm_minutes(meta["minutes"], rel)
            paths = files
        elif kind == "quiz":
            paths = {}
            for lang, rel in files.items():
                paths[lang], titles[lang] = self._quiz(rel, f"{where}, file")
        elif kind == "pdf":
            paths = {lang: self._pdf(rel, f"{where}, file") for lang, rel in files.items()}
        else:
            self._suffix(files[self.default], VIDEO_SUFFIXES, f"{where}, file")
            paths = {lang: self._add(rel, f"{where}, file") for lang, rel in files.items()}
        if "title" in table:
            titles = self._textmap(table["title"], f"{where}, title")
        else:
            self._titles_from_files(titles, files, kind, where)
        if "minutes" in table:
            minutes = table["minutes"]
            if isinstance(minutes, bool) or not isinstance(minutes, int) \
                    or not 0 <= minutes <= 6000:
                raise _fail(where, f"minutes must be a whole number 0-6000, not {minutes!r}")
        skills = table.get("skills", [])
        if not isinstance(skills, list) or not all(isinstance(s, str) for s in skills):
            raise _fail(where, "skills must be a list of skill ids")
        for skill in skills:
            if skill not in self.skill_ids:
                raise _fail(where, f"unknown skill {skill!r}", "define it in a [[skills]] table")
        required = table.get("required", True)
        if not isinstance(required, bool):
            raise _fail(where, "required must be true or false")
        item: dict[str, Any] = {
            "id": item_id, "kind": kind, "title": titles, "path": paths,
            "minutes": DEFAULT_MINUTES if minutes is None else minutes,
            "skills": skills, "required": required,
        }
        if "subtitles" in table:
            subs = self._per_language(self._str(table, "subtitles", where))
            for rel in subs.values():
                self._suffix(rel, (".vtt",), f"{where}, subtitles")
            item["subtitles"] = {lang: self._add(rel, f"{where}, subtitles")
                                 for lang, rel in subs.items()}
        if "questions" in table:
            item["questions"] = self._questions(table, kind, files, titles, where)
        if "poster" in table:
            poster = self._str(table, "poster", where)
            self._suffix(poster, IMAGE_SUFFIXES, f"{where}, poster")
            item["poster"] = self._add(poster, f"{where}, poster")
        return item

    def _titles_from_files(self, titles: dict[str, str], files: dict[str, str], kind: str,
                           where: str) -> None:
        if kind in ("video", "pdf"):
            raise _fail(where, f"a {kind} item needs a title table",
                        "add [modules.items.title] with a text for every language")
        for lang, title in titles.items():
            if not title.strip():
                fix = ("add 'title = \"...\"' at its top" if kind == "quiz" else
                       "add a front matter block ('---', 'title: ...', '---') at its top")
                raise _fail(files[lang], "has no title", f"{fix}, or give the item "
                            f"a [modules.items.title] table in {SOURCE_MANIFEST}")

    def _markdown(self, rel: str, where: str, *, slides: bool) -> dict[str, str]:
        """Pack a lesson or slides file and every local file it links to; return its meta."""
        self._suffix(rel, (".md",), where)
        path = self._add(rel, where)
        try:
            text = (self.folder / path).read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _fail(rel, "the file is not UTF-8 text", "save it as UTF-8") from exc
        except OSError as exc:
            raise _fail(rel, f"cannot read the file ({exc.strerror})") from exc
        meta, body = split_front_matter(text)
        if slides:
            self.slide_counts[rel] = len(split_slides(body))
        if slides and not self.slide_counts[rel]:
            raise _fail(rel, "the slides file has no slides", "write at least one slide")
        for link in link_targets(body):
            if link.startswith("item:"):
                self.item_links.append((rel, link))
            target = link.split("#", 1)[0].split("?", 1)[0]
            if not target or _SCHEME.match(link):
                continue  # in-page anchor, http(s)://, item:, mailto: are not files
            resolved = content_relpath(rel, unquote(target))
            shown = f"{rel}: link {link!r}"
            if resolved is None:
                raise _fail(shown, "points outside the course folder",
                            "use a relative path to a file under lessons/ or media/")
            self._add(resolved, shown)
        return meta

    def _pdf(self, rel: str, where: str) -> str:
        """Pack a PDF; refuse a file that is not one (a renamed Word file, say), which
        the app could only show as damaged."""
        self._suffix(rel, (".pdf",), where)
        path = self._check_source(rel, where)
        try:
            with path.open("rb") as fh:
                head = fh.read(len(PDF_MAGIC))
        except OSError as exc:
            raise _fail(rel, f"cannot read the file ({exc.strerror})") from exc
        if head != PDF_MAGIC:
            raise _fail(rel, "is not a PDF file (it does not start with '%PDF-')",
                        "export or save the document as PDF again")
        return self._add(rel, where)

    def _fm_minutes(self, value: str, rel: str) -> int:
        if not value.isdigit() or int(value) > 6000:
            raise _fail(rel, f"front matter minutes must be a whole number 0-6000, not "
                        f"{value!r}")
        return int(value)

    def _quiz(self, rel: str, where: str) -> tuple[str, str]:
        """Validate a quiz TOML and register its JSON; return (package path, title)."""
        from ..learning.quiz import QuizFormatError, parse_quiz, quiz_format_version

        self._suffix(rel, (".toml",), where)
        self._check_source(rel, where)
        data = read_toml(self.folder / rel, rel)
        try:
            quiz = parse_quiz(data, where=rel)
            self.format_version = max(self.format_version, quiz_format_version(quiz))
            raw = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        except QuizFormatError as exc:
            message = str(exc) if str(exc).endswith(".") else f"{exc}."
            raise PackageError(message, "fix the quiz as described in docs/package-format.md, "
                               "section Quizzes") from exc
        except (TypeError, ValueError) as exc:  # TOML dates have no JSON form
            raise _fail(rel, f"the quiz holds a value JSON cannot store ({exc})") from exc
        package_path = rel[: -len(".toml")] + ".json"
        self._register(SourceFile(package_path, data=raw.encode("utf-8")), where)
        return package_path, data.get("title", "")

    def _questions(self, table: Mapping[str, Any], kind: str, files: dict[str, str],
                   titles: dict[str, str], where: str) -> dict[str, str]:
        """Questions placed on slides or in a video (format_version 3): validate each
        language's TOML against its own slides file and register its JSON."""
        from ..learning.embedded import embedded_format_version, parse_embedded
        from ..learning.quiz import QuizFormatError

        if kind not in ("slides", "video"):
            raise _fail(where, f"a {kind} item cannot have questions",
                        "put questions on slides or in a video, or make a quiz item")
        out: dict[str, str] = {}
        shown = f"{where}, questions"
        for lang, rel in self._per_language(self._str(table, "questions", where)).items():
            self._suffix(rel, (".toml",), shown)
            self._check_source(rel, shown)
            data = read_toml(self.folder / rel, rel)
            try:
                questions = parse_embedded(
                    data, kind=kind, where=rel, default_title=titles.get(lang) or "Questions",
                    slide_count=self.slide_counts.get(files[lang]) if kind == "slides" else None)
                raw = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
            except QuizFormatError as exc:
                message = str(exc) if str(exc).endswith(".") else f"{exc}."
                raise PackageError(message, "fix the questions as described in "
                                   "docs/package-format.md, section Questions in slides "
                                   "and videos") from exc
            except (TypeError, ValueError) as exc:  # TOML dates have no JSON form
                raise _fail(rel, f"the file holds a value JSON cannot store ({exc})") from exc
            self.format_version = max(self.format_version, embedded_format_version(questions))
            out[lang] = rel[: -len(".toml")] + ".json"
            self._register(SourceFile(out[lang], data=raw.encode("utf-8")), shown)
        return out

    # ------------------------------------------------------------------ files
    def _per_language(self, pattern: str) -> dict[str, str]:
        return {lang: pattern.replace("{lang}", lang) for lang in self.languages}

    def _suffix(self, rel: str, allowed: tuple[str, ...], where: str) -> None:
        if not rel.lower().endswith(allowed):
            raise _fail(where, f"{rel!r} must end with {' or '.join(allowed)}")

    def _check_source(self, rel: str, where: str) -> Path:
        try:
            check_member_name(rel)
        except PackageError as exc:
            raise _fail(where, exc.message, "fix the path or rename the file") from exc
        path = self.folder / rel
        if path.is_symlink():
            raise _fail(where, f"{rel} is a symbolic link", "copy the file into the folder")
        if not path.is_file():
            raise _fail(where, f"{rel} does not exist", "add the file or fix the path")
        return path

    def _add(self, rel: str, where: str) -> str:
        """Register the source file `rel` to be packed under the same name."""
        self._register(SourceFile(rel, source=self._check_source(rel, where)), where)
        return rel

    def _register(self, entry: SourceFile, where: str) -> None:
        key = collision_key(entry.path)
        other = self.keys.get(key)
        if other is not None and (other != entry.path or self.files[other] != entry):
            raise _fail(where, f"{entry.path!r} clashes with {other!r}",
                        "names must differ in more than letter case")
        self.keys[key] = entry.path
        self.files[entry.path] = entry

    # ------------------------------------------------------------------ values
    def _keys(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(k for k in table if k not in allowed)
        if unknown:
            raise _fail(where, f"unknown key {unknown[0]!r}",
                        f"check the spelling; allowed: {', '.join(sorted(allowed))}")

    def _table(self, raw: object, where: str) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise _fail(where, "is missing or not a table")
        return raw

    def _list(self, table: Mapping[str, Any], key: str, where: str, *,
              required: bool = True) -> list[Any]:
        value = table.get(key, None if required else [])
        if not isinstance(value, list) or (required and not value):
            raise _fail(where, f"needs at least one [[{key}]] entry" if required
                        else f"{key} must be written as [[{key}]] tables")
        return value

    def _str(self, table: Mapping[str, Any], key: str, where: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise _fail(where, f"{key} is missing or not a text" if value is None or
                        isinstance(value, str) else f"{key} must be text in quotes, "
                        f"not {value!r}")
        return value

    def _ident(self, table: Mapping[str, Any], where: str, seen: set[str]) -> str:
        ident = self._str(table, "id", where)
        if not _ID.match(ident):
            raise _fail(where, f"id {ident!r} is not valid",
                        "use 1-64 lower-case letters, digits and '-'")
        if ident in seen:
            raise _fail(where, f"the id {ident!r} is used twice",
                        "module and item ids must all be different")
        seen.add(ident)
        return ident

    def _textmap(self, raw: object, where: str) -> dict[str, str]:
        """A text in every course language (the doc promises authors nothing is missing)."""
        if not isinstance(raw, dict):
            raise _fail(where, "is missing", "add a table with a text for every language, "
                        f"e.g. {self.languages[0]} = \"...\"")
        for lang in self.languages:
            value = raw.get(lang)
            if not isinstance(value, str) or not value.strip():
                raise _fail(where, f"has no text for language {lang!r}",
                            f"add {lang} = \"...\"")
        extra = sorted(set(raw) - set(self.languages))
        if extra:
            raise _fail(where, f"has text for {extra[0]!r}, which is not in languages")
        return {lang: raw[lang] for lang in self.languages}
