"""Moodle XML question files (`<quiz><question type="...">`) as quiz items.

The question types map as in moodle_qtypes.py (shared with Moodle backups); this module
reads the file: categories become modules, `description` questions become lessons, and
pictures embedded as `<file encoding="base64">` are decoded (bounded in size, checked to
be raster images) into the course and shown in a lesson before the quiz, because our
question prompts are plain text.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from ..errors import ConversionError
from .archive import InputTree
from .context import ConversionContext
from .draft import CourseDraft
from .markup import html_text, lesson_html, local, parse_xml
from .moodle_qtypes import (
    UNSUPPORTED,
    cloze,
    essay,
    matching,
    multichoice,
    numerical,
    ordering,
    placeholders,
    shortanswer,
    truefalse,
)
from .qitems import Bank, Choice, image_sources, percent

MAX_XML = 256 * 1024 * 1024
MAX_IMAGE = 8 * 1024 * 1024  # one decoded picture
MAX_IMAGES_TOTAL = 256 * 1024 * 1024  # all pictures of one file
SNIFF_HEAD = 64 * 1024
IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"), (b"GIF87a", "gif"),
               (b"GIF89a", "gif"))
_PLAIN_FORMATS = ("plain_text", "markdown")


def text_of(el: Element | None, path: str = "text") -> str:
    """The text of `el/path` ("" when missing)."""
    if el is None:
        return ""
    found = el.find(path)
    return (found.text or "") if found is not None else ""


def plain(el: Element | None) -> str:
    """A Moodle text element (`<x format="html"><text>…</text></x>`) as plain text."""
    if el is None:
        return ""
    raw = text_of(el)
    if el.get("format", "html") in _PLAIN_FORMATS:
        return "\n".join(" ".join(line.split()) for line in raw.splitlines() if line.strip())
    return html_text(raw)


def image_kind(data: bytes) -> str | None:
    """The picture's extension when `data` starts like a PNG, JPEG, GIF or WebP."""
    for magic, ext in IMAGE_MAGIC:
        if data.startswith(magic):
            return ext
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


class _Images:
    """Pictures embedded in the file, decoded once, bounded in size and in total."""

    def __init__(self, ctx: ConversionContext, where: str) -> None:
        self.ctx, self.where, self.total = ctx, where, 0

    def collect(self, q: Element, name: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for file in q.iter("file"):
            label = file.get("name") or "picture"
            data = self._decode(file, label, name)
            if data is None:
                continue
            ext = image_kind(data)
            if ext is None:
                self.ctx.leave_out(f"file {label!r}", f"{self.where}: {name}",
                                   "only PNG, JPEG, GIF and WebP pictures are taken from "
                                   "questions (SVG can carry scripts; other files are not "
                                   "pictures)")
                continue
            stem = label.rsplit(".", 1)[0] or "picture"
            out.append((self.ctx.add_media_bytes(f"{stem}.{ext}", data), stem))
        self._unresolved(q, name)
        return out

    def _unresolved(self, q: Element, name: str) -> None:
        """Report pictures the texts show that the file does not carry."""
        embedded = {f.get("name") or "" for f in q.iter("file")}
        for text in q.iter("text"):
            for src in image_sources(text.text or "") if "<img" in (text.text or "") else ():
                if src.startswith("@@PLUGINFILE@@/"):
                    if unquote(src[15:].split("?", 1)[0]).rsplit("/", 1)[-1] in embedded:
                        continue
                    reason = "it is not embedded in the file"
                else:
                    reason = "it is not inside the file (a web address); pictures are never " \
                             "fetched"
                self.ctx.leave_out(f"picture {src[:80]!r}", f"{self.where}: {name}", reason)

    def _decode(self, file: Element, label: str, name: str) -> bytes | None:
        raw = file.text or ""
        where = f"{self.where}: {name}"
        if file.get("encoding", "base64") != "base64":
            self.ctx.leave_out(f"file {label!r}", where, "it is not base64-encoded")
            return None
        if len(raw) > MAX_IMAGE * 4 // 3 + 4096:
            self.ctx.leave_out(f"file {label!r}", where, f"it is larger than "
                               f"{MAX_IMAGE // 1024 // 1024} MiB")
            return None
        try:
            data = base64.b64decode("".join(raw.split()), validate=True)
        except (binascii.Error, ValueError):
            self.ctx.leave_out(f"file {label!r}", where, "its base64 data is damaged")
            return None
        self.total += len(data)
        if self.total > MAX_IMAGES_TOTAL:
            self.ctx.leave_out(f"file {label!r}", where, "the file's pictures together are "
                               f"larger than {MAX_IMAGES_TOTAL // 1024 // 1024} MiB")
            return None
        return data


def points(raw: str) -> float:
    """A question's grade (`defaultgrade`), 1 when missing or absurd."""
    try:
        value = float(raw or 1)
    except ValueError:
        return 1.0
    return value if 0 < value <= 1000 else 1.0


def answers(q: Element) -> list[Choice]:
    """The `<answer fraction="…">` elements as choices."""
    return [Choice(plain(a), percent(a.get("fraction"), 0.0), plain(a.find("feedback")))
            for a in q.findall("answer")]


def map_question(q: Element, qtype: str, prompt: str, ctx: ConversionContext, where: str,
                 ) -> dict[str, Any] | None:
    """One `<question>` element (Moodle XML) as our question, or None (reported)."""
    if qtype == "multichoice":
        single = (text_of(q, "single") or "true").strip().lower() in ("true", "1")
        return multichoice(prompt, answers(q), single, ctx, where)
    if qtype == "truefalse":
        return truefalse(prompt, answers(q))
    if qtype == "shortanswer":
        return shortanswer(prompt, answers(q), ctx, where)
    if qtype == "numerical":
        return numerical(prompt, [(plain(a), text_of(a, "tolerance"),
                                   percent(a.get("fraction"), 0.0))
                                  for a in q.findall("answer")], ctx, where)
    if qtype == "matching":
        return matching(prompt, [(plain(s), plain(s.find("answer")))
                                 for s in q.findall("subquestion")], ctx, where)
    if qtype == "ordering":
        steps = sorted(q.findall("answer"), key=lambda a: percent(a.get("fraction"), 0))
        return ordering(prompt, [plain(a) for a in steps])
    if qtype == "essay":
        return essay(prompt)
    if qtype in ("ddwtos", "gapselect"):
        tag = "dragbox" if qtype == "ddwtos" else "selectoption"
        choices = [(plain(c), text_of(c, "group") or "1") for c in q.findall(tag)]
        return placeholders(qtype, prompt, choices, "Put the words into the gaps.", ctx,
                            where)
    if qtype == "multianswer":
        return cloze(text_of(q, "questiontext/text"), "Fill in the gaps.", ctx, where)
    ctx.leave_out(f"question {prompt[:60]!r}", where, f"the Moodle question type {qtype!r} "
                  "has no equivalent here")
    return None


def convert_moodle_xml(root: Element, ctx: ConversionContext, where: str, title: str,
                       ) -> CourseDraft:
    """A parsed `<quiz>` as a course draft: categories are modules."""
    bank = Bank(ctx, where, title)
    images = _Images(ctx, where)
    for number, q in enumerate(root.findall("question"), 1):
        ctx.check()
        qtype = (q.get("type") or "").strip()
        if qtype == "category":
            bank.category(text_of(q, "category/text"))
            continue
        name = " ".join(text_of(q, "name/text").split())[:120] or f"Question {number}"
        here = f"{where}: question {number} ({name})"
        if qtype == "description":
            body = lesson_html(text_of(q, "questiontext/text"), _link_only)
            bank.lesson(name, body, here)
            continue
        if qtype == "random":
            ctx.leave_out(f"random question {name!r}", here, "it picks a question from a "
                          "category when the quiz starts; the category's questions are "
                          "converted instead")
            continue
        prompt = plain(q.find("questiontext")) or name
        if qtype in ("ddwtos", "gapselect"):
            prompt = plain(q.find("questiontext"))
        question = map_question(q, qtype, prompt, ctx, here) if qtype not in UNSUPPORTED \
            else _unsupported(ctx, here, name, qtype)
        if question is None:
            continue
        general = plain(q.find("generalfeedback"))
        if general:
            question["explanation"] = general
        grade = points(text_of(q, "defaultgrade"))
        if question["type"] != "free_text" and grade != 1:
            question["points"] = grade
        bank.question(question, name, images.collect(q, name))
    return CourseDraft(title=title, modules=bank.modules())


def _unsupported(ctx: ConversionContext, where: str, name: str, qtype: str) -> None:
    ctx.leave_out(f"question {name!r}", where, f"Moodle {UNSUPPORTED[qtype][0]} "
                  "questions need Moodle to compute or place answers; they have no "
                  "equivalent here")


def _link_only(url: str, tag: str) -> str | None:
    return url if tag == "a" and url.startswith(("http://", "https://")) else None


def is_moodle_xml(head: bytes) -> bool:
    """True when the file's first element is `<quiz>` followed by `<question`."""
    text = head.decode("utf-8", "replace")
    i = 0
    while True:
        i = text.find("<", i)
        if i < 0 or i + 1 >= len(text):
            return False
        if text.startswith("<?", i) or text.startswith("<!--", i):
            end = text.find("?>" if text[i + 1] == "?" else "-->", i + 2)
            if end < 0:
                return False
            i = end + 2
            continue
        return text.startswith("<quiz", i) and text[i + 5:i + 6] in (">", " ", "\n", "\r",
                                                                    "\t") and \
            "<question" in text[i:]


class MoodleXmlConverter:
    """Moodle XML question files, recognised by their `<quiz>` root."""

    name = "moodle-xml"

    def sniff(self, tree: InputTree) -> str | None:
        names = tree.names()
        if len(names) != 1:
            return None
        with tree.open(names[0]) as fh:
            head = fh.read(SNIFF_HEAD)
        return "Moodle XML question file" if is_moodle_xml(head) else None

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        name = tree.names()[0]
        root = parse_xml(tree.read(name, MAX_XML), tree.label)
        if local(root.tag) != "quiz":
            raise ConversionError(f"{tree.label} is not a Moodle XML question file.")
        stem = tree.label.rsplit(".", 1)[0] or "Questions"
        return convert_moodle_xml(root, ctx, tree.label, stem)
