"""What every part of the H5P converter shares: the opened file, the report, media and text.

H5P content is JSON written by an editor in a browser, so every field may be missing, of
the wrong type or hostile. Readers here never trust a type: `text()`, `items()` and
`table()` return a safe default instead, so one odd field costs that field, not the
course. Media are taken only from the file's own `content/` folder; remote, `file://` and
path-escaping references are reported as left out, never fetched or followed. Images are
kept only when their bytes are PNG, JPEG, GIF or WebP: an SVG can carry scripts (see the
corpus' `xss-svg.h5p`), and a file's name or the JSON's `mime` say nothing reliable.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import unquote

from ...errors import ConversionError
from ..archive import InputTree, safe_member_name
from ..context import ConversionContext
from ..markup import html_text, lesson_html

MAX_NESTING = 12      # containers inside containers (a presentation in a column ...)
MAX_SLIDES = 500      # a presentation longer than this is cut, the rest reported
MAX_QUESTIONS = 1000  # per item; beyond, questions are reported as left out
MAX_PARTS = 5000      # text/image blocks of one lesson

_IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"),
                (b"GIF87a", "gif"), (b"GIF89a", "gif"))
REMOTE_REASON = "it is on the internet, not in the file; BIBLIO Desktop never downloads"


def table(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def items(value: Any) -> list[Any]:
    """`value` if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def text(value: Any) -> str:
    """`value` if it is a string, else ""."""
    return value if isinstance(value, str) else ""


def library(content: Any) -> tuple[str, str]:
    """(machine name, "major.minor") of a `{"library": "H5P.X 1.2", "params": ...}`."""
    raw = text(table(content).get("library")).strip()
    name, _, version = raw.partition(" ")
    return name[:100], version.strip()[:20]


def library_label(content: Any) -> str:
    name, version = library(content)
    return f"{name} {version}".strip() or "an element without a content type"


class Job:
    """One H5P file being converted (one per `convert` call)."""

    def __init__(self, tree: InputTree, ctx: ConversionContext, label: str) -> None:
        self.tree = tree
        self.ctx = ctx
        self.label = label  # the file name, shown in the report
        self.left_media: set[str] = set()

    # -- the report -------------------------------------------------------------------
    def where(self, *parts: str) -> str:
        return ": ".join((self.label, *[p for p in parts if p]))

    def leave_out(self, what: str, where: str, reason: str) -> None:
        self.ctx.leave_out(what, where, reason)

    # -- media ------------------------------------------------------------------------
    def member_for(self, path: str, what: str, where: str) -> str | None:
        """The member of the file that an H5P media `path` names, or None (reported).

        H5P paths are relative to `content/`; a path with a scheme is remote (or a local
        file of the author's computer) and a path leaving `content/` is refused.
        """
        raw = path.strip()
        if not raw:
            return None
        scheme = raw.split(":", 1)[0].lower() if ":" in raw.split("/", 1)[0] else ""
        if scheme in ("http", "https", "ftp") or raw.startswith("//"):
            self.leave_out(f"{what} {raw[:200]}", where, REMOTE_REASON)
            return None
        if scheme:
            self.leave_out(f"{what} {raw[:200]}", where,
                           f"a {scheme}: address is not a file inside the H5P file")
            return None
        clean = unquote(raw.split("#", 1)[0].split("?", 1)[0])
        try:
            name = safe_member_name(f"content/{clean}", self.label)
        except ConversionError:
            self.leave_out(f"{what} {raw[:200]}", where,
                           "its path leads outside the H5P file's content; refused as unsafe")
            return None
        if not name.startswith("content/"):
            self.leave_out(f"{what} {raw[:200]}", where,
                           "its path leads outside the H5P file's content; refused as unsafe")
            return None
        found = self.tree.find(name)
        if found is None:
            self.leave_out(f"{what} {raw[:200]}", where, "the file does not contain it")
        return found

    def _head(self, member: str, size: int = 16) -> bytes:
        with self.tree.open(member) as fh:
            return fh.read(size)

    def image(self, path: str, where: str) -> str | None:
        """Add a raster image of the file to the course; its `media/...` path, or None."""
        member = self.member_for(path, "image", where)
        if member is None:
            return None
        head = self._head(member)
        ext = next((e for magic, e in _IMAGE_MAGIC if head.startswith(magic)), None)
        if ext is None and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            ext = "webp"
        if ext is None:
            self.leave_out(f"image {path[:200]}", where,
                           "only PNG, JPEG, GIF and WebP pictures are kept (an SVG drawing "
                           "can carry scripts, so it is not taken)")
            return None
        stem = member.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return self.ctx.add_media(self.tree, member, f"{stem}.{ext}")

    def video(self, path: str, where: str) -> str | None:
        """Add an MP4 or WebM video of the file to the course; its path, or None."""
        member = self.member_for(path, "video", where)
        if member is None:
            return None
        head = self._head(member)
        if head[4:8] == b"ftyp":
            ext = "mp4"
        elif head[:4] == b"\x1a\x45\xdf\xa3":
            ext = "webm"
        else:
            self.leave_out(f"video {path[:200]}", where,
                           "only MP4 and WebM videos can be played")
            return None
        stem = member.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return self.ctx.add_media(self.tree, member, f"{stem}.{ext}")

    # -- text -------------------------------------------------------------------------
    def html_block(self, html: str, where: str) -> str:
        """H5P rich text as a sanitised HTML block for a lesson or a slide."""
        def resolve(url: str, tag: str) -> str | None:
            if tag == "a":
                low = url.lower()
                if low.startswith(("http://", "https://")):
                    return url
                return None  # javascript:, file:, relative pages of the H5P editor
            media = self.image(url, where)
            return f"../../{media}" if media else None

        return guard_lines(lesson_html(html, resolve))

    def image_block(self, params: Any, where: str) -> str:
        """An H5P.Image's params (`file.path`, `alt`) as a lesson block, or ""."""
        params = table(params)
        path = text(table(params.get("file")).get("path"))
        if not path:
            return ""
        media = self.image(path, where)
        if not media:
            return ""
        alt = html_text(text(params.get("alt")) or text(params.get("title")), max_chars=500)
        html = f'<p><img src="../../{escape(media)}" alt="{escape(alt)}"></p>'
        return lesson_html(html, lambda url, _tag: url)


def guard_lines(block: str) -> str:
    """Keep a block's lines from reading as Markdown structure in a slides file.

    A line of `---` would split a slide and a line opening with ``` or ~~~ would start a
    code fence; as HTML entities they look the same to the learner and mean nothing.
    """
    out = []
    for line in block.split("\n"):
        bare = line.strip()
        if bare.startswith(("---", "```", "~~~", "***", "___", "===")):
            indent = line[: len(line) - len(line.lstrip())]
            line = f"{indent}&#{ord(bare[0])};{bare[1:]}"
        out.append(line)
    return "\n".join(out)


def plain(value: Any, max_chars: int = 20_000) -> str:
    """An H5P text field (often HTML) as plain text."""
    return html_text(text(value), max_chars=max_chars)
