"""Reading a Moodle backup (`.mbz`): its table of contents, its XML files and its files.

A Moodle 2+ backup is a tar (gzip) or, from old sites, a zip, with `moodle_backup.xml` at
the root (what the backup holds: sections, activities, the course), one folder per section
and per activity, `questions.xml` (the question bank), `files.xml` (every file's name, owner
and content hash) and the files themselves under `files/<2 hex>/<sha1>`.

Everything here is untrusted: XML goes through defusedxml (no entities, no external
references), small XML files are read with a size limit, the two that grow with the course
(`files.xml`, `questions.xml`) are streamed with `iterparse`, and a file is only ever
looked up by exact name in `files.xml` and then by its 40-hex-digit hash, so a crafted
`@@PLUGINFILE@@/../../x` link or a missing hash is dropped and reported, never followed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from ...errors import ConversionError
from ..archive import InputTree
from ..markup import local, parse_xml

NULL = "$@NULL@$"
MAX_XML = 64 * 1024 * 1024  # one activity's XML (a page, a book, quiz settings)
MAX_STREAMED_XML = 1024 * 1024 * 1024  # files.xml, questions.xml: streamed, not held
PLUGINFILE = "@@PLUGINFILE@@"
_HASH = re.compile(r"^[0-9a-f]{40}$")


def text(element: Element | None, path: str, default: str = "") -> str:
    """The text of `path` under `element`, with Moodle's `$@NULL@$` read as empty."""
    if element is None:
        return default
    found = element.findtext(path)
    if found is None or found == NULL:
        return default
    return found


def number(element: Element | None, path: str, default: float = 0.0) -> float:
    """A number field; a damaged or missing one gives `default` (never an exception)."""
    raw = text(element, path).strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        return default
    return value if value == value and abs(value) != float("inf") else default


def integer(element: Element | None, path: str, default: int = 0) -> int:
    raw = text(element, path).strip()
    return int(raw) if raw.isdigit() and len(raw) < 19 else default


def read_xml(tree: InputTree, name: str, limit: int = MAX_XML) -> Element:
    """A small XML member of the backup, parsed safely (ConversionError if unsafe)."""
    return parse_xml(tree.read(name, limit), f"{name} in {tree.label}")


# Learners' data inside an activity's XML (a backup made "with users"): never converted,
# and what makes a quiz.xml hundreds of MiB in a large course.
USER_DATA = frozenset({"attempts", "grades", "overrides", "progresses", "comments", "rates",
                       "notifications", "submissions", "posts", "discussions", "entries",
                       "responses", "completions", "ratings", "subscriptions"})


def read_activity_xml(tree: InputTree, name: str) -> Element:
    """An activity's XML; a large one (learners' data) is read streaming without it.

    Up to MAX_XML it is parsed whole. Beyond, it is streamed: the subtrees of USER_DATA are
    dropped as they are read (memory stays flat however many attempts it holds) and the
    rest may hold at most MAX_XML characters, or the file is refused.
    """
    if tree.size(name) <= MAX_XML:
        return read_xml(tree, name)
    stack: list[Element] = []
    root: Element | None = None
    pruned = kept = 0
    for event, element, path in stream_xml(tree, name, None):
        tag = path[-1]
        if event == "start":
            root = element if root is None else root
            stack.append(element)
            pruned += tag in USER_DATA
            kept += sum(len(v) for v in element.attrib.values()) if not pruned else 0
            continue
        stack.pop()
        if pruned:
            pruned -= tag in USER_DATA
            if stack:
                stack[-1].remove(element)  # detached: nothing of it stays in memory
            continue
        kept += len(element.text or "")
        if kept > MAX_XML:
            raise ConversionError(f"{name} in {tree.label} holds more than "
                                  f"{MAX_XML // 1024**2} MiB of text besides learners' "
                                  "data; the file is refused.")
    if root is None:
        raise ConversionError(f"{name} in {tree.label} is empty.")
    return root


def stream_xml(tree: InputTree, name: str, tags: frozenset[str] | None) -> Iterator[
        tuple[str, Element, list[str]]]:
    """Yield ("start"|"end", element, path of open tags) while reading a large member.

    The caller handles the elements it cares about on their "end" and clears them, so a
    questions.xml of hundreds of MiB is read with a small, flat memory footprint. Only
    elements whose tag is in `tags` (None: every element) are yielded.
    """
    if tree.size(name) > MAX_STREAMED_XML:
        raise ConversionError(f"{name} in {tree.label} is larger than "
                              f"{MAX_STREAMED_XML // 1024**2} MiB; the file is refused.")
    path: list[str] = []
    try:
        with tree.open(name) as fh:
            for event, element in iterparse(fh, events=("start", "end")):
                tag = local(element.tag)
                if event == "start":
                    path.append(tag)
                    if tags is None or tag in tags:
                        yield event, element, path
                else:
                    if tags is None or tag in tags:
                        yield event, element, path
                    path.pop()
    except DefusedXmlException as exc:
        raise ConversionError(f"{name} in {tree.label} declares XML entities or external "
                              "references, which are refused as unsafe.") from exc
    except ConversionError:
        raise
    except Exception as exc:  # ParseError and friends: damaged or not XML
        raise ConversionError(f"{name} in {tree.label} is not well-formed XML "
                              f"({exc}).") from exc


@dataclass(frozen=True)
class BackupFile:
    """One file of files.xml: who owns it and where its bytes are."""

    contenthash: str
    filepath: str
    filename: str
    size: int
    mimetype: str
    sortorder: int

    @property
    def member(self) -> str:
        return f"files/{self.contenthash[:2]}/{self.contenthash}"


Area = tuple[str, str, str, str]  # contextid, component, filearea, itemid


@dataclass
class FileIndex:
    """files.xml as a lookup: an area (owner) -> its files by path and name."""

    areas: dict[Area, dict[str, BackupFile]] = field(default_factory=dict)

    @classmethod
    def load(cls, tree: InputTree) -> FileIndex:
        index = cls()
        if not tree.has("files.xml"):
            return index
        for event, element, path in stream_xml(tree, "files.xml", frozenset({"file"})):
            if event != "end" or len(path) != 2:
                continue
            name = text(element, "filename")
            digest = text(element, "contenthash").strip().lower()
            if name and name != "." and _HASH.match(digest):
                area = (text(element, "contextid"), text(element, "component"),
                        text(element, "filearea"), text(element, "itemid"))
                entry = BackupFile(digest, text(element, "filepath") or "/", name,
                                   integer(element, "filesize"), text(element, "mimetype"),
                                   integer(element, "sortorder"))
                index.areas.setdefault(area, {})[entry.filepath + entry.filename] = entry
            element.clear()
        return index

    def files(self, area: Area) -> list[BackupFile]:
        """The files of one area, main file (highest sortorder) first, then by name."""
        found = self.areas.get(area, {})
        return sorted(found.values(), key=lambda f: (-f.sortorder, f.filepath, f.filename))

    def lookup(self, area: Area, url: str) -> BackupFile | None:
        """The file a `@@PLUGINFILE@@/...` URL names in `area`, by exact name, or None."""
        try:
            rel = unquote(urlsplit(url[len(PLUGINFILE):]).path)
        except ValueError:
            return None
        if not rel.startswith("/"):
            rel = "/" + rel
        return self.areas.get(area, {}).get(rel)


@dataclass
class Activity:
    """One activity listed in moodle_backup.xml."""

    moduleid: str
    sectionid: str
    modulename: str
    title: str
    directory: str


@dataclass
class Section:
    sectionid: str
    number: int
    name: str
    summary: str
    visible: bool
    sequence: list[str]
    directory: str
    component: str = ""


def safe_directory(raw: str, label: str) -> str:
    """An activity or section folder named by moodle_backup.xml, confined to the backup."""
    name = raw.strip().strip("/")
    parts = name.split("/")
    if (not name or len(parts) != 2 or parts[0] not in ("activities", "sections")
            or parts[1] in ("", ".", "..") or "\\" in name or "\x00" in name):
        raise ConversionError(f"{label}: moodle_backup.xml names the folder {raw!r}, which "
                              "is not an activity or section folder; the file is refused.")
    return name


def file_ok(tree: InputTree, entry: BackupFile) -> bool:
    """Whether the bytes of `entry` are in the backup (a reference may point nowhere)."""
    return tree.has(entry.member)
