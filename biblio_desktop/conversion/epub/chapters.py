"""One EPUB chapter (XHTML) → the HTML block of a lesson, with its images copied.

The chapter is parsed as XML (EPUB requires XHTML; EPUB 2's named HTML entities are
turned into character references first, since their DTD is never read), then what a
lesson cannot hold is taken out and reported: scripts, embedded objects, forms, inline
SVG and MathML, audio and video. What remains goes through `lesson_html`, the lesson
sanitiser's allow-list, with every image and link resolved by this module: images must be
files of the book (remote, `data:` and missing ones are reported), links to other
chapters become `item:@REF` links the source writer turns into `item:ID`.

A scripted widget bound to a media type (EPUB 3.0 `bindings`, e.g. the IDPF quiz widget)
is never run. When its data is the plain quiz format that widget reads (`<quiz>` with
`select-one`, `select-many` and `text-entry` items and their correct answers), the
questions are rebuilt as a quiz item; otherwise the widget's fallback content is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.entities import name2codepoint
from typing import Any
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, tostring

from ...authoring.source import IMAGE_SUFFIXES
from ...errors import ConversionError
from ..archive import InputTree
from ..context import ConversionContext
from ..markup import html_text, lesson_html, local, parse_xml
from ..questions import keep_valid
from ..svg_check import svg_problem
from .book import XML_LIMIT, Book, resolve

CHAPTER_LIMIT = 16 * 1024 * 1024
IMAGE_LIMIT = 64 * 1024 * 1024
MAX_QUESTIONS = 500
MAX_DEPTH = 256  # elements inside elements: real books stay far below; serialising is recursive
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CONTROLS = {"form", "input", "button", "select", "textarea", "canvas", "iframe", "embed"}

# what was taken out of a chapter -> (what the report says, why)
_REASONS = {
    "script": ("script", "BIBLIO Desktop never runs scripts from converted material"),
    "object": ("embedded object", "embedded objects need plugins or scripts; the text the "
               "book gives in their place is kept"),
    "control": ("interactive form element", "form fields and embedded frames need the "
                "book's scripts; lessons show text and images only"),
    "svg": ("drawing in SVG", "lessons cannot show drawings written into the page; its "
            "title, if any, is kept as text"),
    "math": ("formula in MathML", "lessons cannot show MathML; its alternative text, if "
             "any, is kept"),
    "media": ("audio or video clip", "sound and video inside a chapter are not converted; "
              "the text the book gives in their place is kept"),
    "switch": ("alternative content (epub:switch)", "only the default content is kept"),
}


@dataclass
class Chapter:
    html: str
    heading: str = ""
    head_title: str = ""
    quizzes: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not html_text(self.html) and "<img" not in self.html


def _text(el: Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _numeric_entities(data: bytes) -> bytes:
    """EPUB 2 XHTML may use HTML's named entities (&nbsp;, &eacute;) from a DTD no parser
    here reads: make them character references, which need no DTD."""
    if b"&" not in data:
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data

    def numeric(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in _XML_ENTITIES or name not in name2codepoint:
            return match.group(0)
        return f"&#{name2codepoint[name]};"
    return _ENTITY.sub(numeric, text).encode("utf-8")


def depth_of(root: Element, limit: int = MAX_DEPTH) -> int:
    """How deeply elements nest (iteratively; stops counting past `limit`)."""
    deepest = 0
    stack = [(root, 1)]
    while stack:
        el, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > limit:
            return depth
        stack.extend((child, depth + 1) for child in el)
    return deepest


def _strip_namespaces(root: Element) -> None:
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = local(el.tag)
        if any("}" in key for key in el.attrib):
            el.attrib = {local(k): v for k, v in el.attrib.items()}


def _become(el: Element, tag: str, text: str | None = None, keep_children: bool = True
            ) -> None:
    """Turn `el` into a plain `tag` in place (its tail stays where it was)."""
    tail = el.tail
    if not keep_children:
        el[:] = []
        el.text = text
    el.tag = tag
    el.attrib.clear()
    el.tail = tail


def quiz_from_data(root: Element, ctx: ConversionContext, where: str
                   ) -> tuple[str, list[dict[str, Any]]] | None:
    """(title, questions) from the IDPF quiz widget's data, or None if it is not that."""
    if local(root.tag) != "quiz":
        return None
    title = _text(next((c for c in root if local(c.tag) == "title"), None))
    questions: list[dict[str, Any]] = []
    for number, item in enumerate((c for c in root if local(c.tag) == "item"), 1):
        if number > MAX_QUESTIONS:
            ctx.leave_out(f"questions after the first {MAX_QUESTIONS}", where,
                          "a quiz holds at most that many")
            break
        kind = (item.get("type") or "").strip()
        prompt = _text(next((c for c in item if local(c.tag) == "question"), None))
        question: dict[str, Any] = {"id": f"q{number}", "prompt": prompt}
        if kind in ("select-one", "select-many"):
            choices = [el for el in item.iter() if local(el.tag) == "choice"]
            question["type"] = "single" if kind == "select-one" else "multiple"
            question["options"] = [
                {"id": f"o{i}", "text": _text(choice),
                 **({"correct": True} if (choice.get("correct") or "") == "true" else {})}
                for i, choice in enumerate(choices, 1)]
        elif kind == "text-entry" and (item.get("answer") or "").strip():
            question["type"] = "text"
            question["accepted"] = [(item.get("answer") or "").strip()]
        else:
            ctx.leave_out(f"question {prompt[:60]!r}", where,
                          f"the quiz widget's question type {kind!r} has no equivalent")
            continue
        questions.append(question)
    kept = keep_valid(questions, ctx, where)
    return (title, kept) if kept else None


class ChapterReader:
    """Converts the chapters of one book; images land in the course once each."""

    def __init__(self, tree: InputTree, book: Book, ctx: ConversionContext,
                 refs: dict[str, str]) -> None:
        self.tree = tree
        self.book = book
        self.ctx = ctx
        self.refs = refs  # chapter member -> ItemDraft.ref
        self.dropped_links = 0

    def read(self, path: str, where: str) -> Chapter | None:
        """The chapter as lesson HTML, or None when it is left out (reported)."""
        if self.tree.size(path) > CHAPTER_LIMIT:
            self.ctx.leave_out("chapter", where, "the page is larger than 16 MiB; no real "
                               "chapter is, so it is left out")
            return None
        data = self.tree.read(path, CHAPTER_LIMIT)
        try:
            root = parse_xml(_numeric_entities(data), where)
        except ConversionError as exc:
            if "entities" in str(exc):
                raise  # a hostile chapter: refuse the whole book, loudly
            self.ctx.note(f"{where}: not well-formed XHTML; read as HTML instead.")
            text = data.decode("utf-8", "replace")
            return Chapter(lesson_html(text, lambda url, tag: self._resolve(path, where, url,
                                                                           tag)))
        if depth_of(root) > MAX_DEPTH:
            self.ctx.leave_out("chapter", where, f"its elements nest more than {MAX_DEPTH} "
                               "deep; no real chapter does, so it is left out")
            return None
        _strip_namespaces(root)
        head_title = _text(next((el for el in root.iter() if el.tag == "title"), None))
        body = next((el for el in root.iter() if el.tag == "body"), root)
        counts: dict[str, int] = {}
        quizzes = self._take_out(root, body, path, where, counts)
        for kind, count in counts.items():
            what, why = _REASONS[kind]
            self.ctx.leave_out(f"{what}" + (f" (×{count})" if count > 1 else ""), where, why)
        heading = _text(next((el for el in body.iter() if el.tag in _HEADINGS), None))
        html = tostring(body, encoding="unicode", method="html")
        block = lesson_html(html, lambda url, tag: self._resolve(path, where, url, tag))
        return Chapter(block, heading, head_title, quizzes)

    # -- what a lesson cannot hold -------------------------------------------------------
    def _take_out(self, root: Element, body: Element, path: str, where: str,
                  counts: dict[str, int]) -> list[tuple[str, list[dict[str, Any]]]]:
        def count(kind: str) -> None:
            counts[kind] = counts.get(kind, 0) + 1

        scripts = sum(1 for el in root.iter() if el.tag == "script")
        if scripts:
            counts["script"] = scripts
        quizzes: list[tuple[str, list[dict[str, Any]]]] = []
        gone: set[int] = set()  # inside something already taken out: not counted twice
        for el in list(body.iter()):
            if id(el) in gone:
                continue
            tag = el.tag
            if tag in ("object", "svg", "math", "switch"):
                gone.update(id(d) for d in el.iter() if d is not el)
            if tag == "object":
                quiz = self._bound_quiz(el, path, where)
                if quiz is not None:
                    quizzes.append(quiz)
                    _become(el, "p", f"The questions that were here are in the quiz "
                            f"“{quiz[0] or 'Quiz'}” after this lesson.", keep_children=False)
                else:
                    count("object")
                    _become(el, "div")
            elif tag == "switch":
                default = next((c for c in el if c.tag == "default"), None)
                count("switch")
                el[:] = [default] if default is not None else []
                _become(el, "div")
            elif tag == "svg":
                count("svg")
                title = _text(next((c for c in el if c.tag == "title"), None))
                _become(el, "span", title or None, keep_children=False)
            elif tag == "math":
                count("math")
                _become(el, "span", el.get("alttext") or None, keep_children=False)
            elif tag in ("audio", "video"):
                count("media")
                el[:] = [c for c in el if c.tag not in ("source", "track")]
                _become(el, "div")
            elif tag in _CONTROLS:
                count("control")
                _become(el, "span", None, keep_children=tag == "form")
            elif tag == "img":
                self._other_scheme(el, where)
        return quizzes

    def _other_scheme(self, img: Element, where: str) -> None:
        """Images at `data:`, `file:` and other addresses never reach the resolver (the
        sanitiser drops them first): report them here and drop the address."""
        src = (img.get("src") or "").strip()
        scheme = urlsplit(src).scheme.lower()
        if not scheme or scheme in ("http", "https"):
            return
        del img.attrib["src"]
        if scheme == "data":
            self.ctx.leave_out("an image written into the page (data: URL)", where,
                               "images are taken only from files of the book")
        else:
            shown = src if len(src) <= 80 else src[:77] + "…"
            self.ctx.leave_out(f"image {shown}", where, "only images inside the book are "
                               "used; other places on this computer or elsewhere are never read")

    def _bound_quiz(self, el: Element, path: str, where: str
                    ) -> tuple[str, list[dict[str, Any]]] | None:
        media_type = (el.get("type") or "").strip().lower()
        if media_type not in self.book.bindings or not el.get("data"):
            return None
        member, _frag = resolve(self.tree, path, el.get("data") or "")
        if member is None or self.tree.size(member) > XML_LIMIT:
            return None
        try:
            root = parse_xml(self.tree.read(member, XML_LIMIT), f"{self.tree.label}: {member}")
        except ConversionError:
            return None
        return quiz_from_data(root, self.ctx, where)

    # -- images and links ----------------------------------------------------------------
    def _resolve(self, path: str, where: str, url: str, tag: str) -> str | None:
        parts = urlsplit(url)
        if tag == "img":
            return self._image(path, where, url)
        if parts.scheme in ("http", "https"):
            return url
        if parts.scheme or parts.netloc or not parts.path:
            return None  # mailto:, javascript:, in-page anchors (ids are not kept)
        member, _frag = resolve(self.tree, path, url)
        if member is not None and member in self.refs:
            return f"item:@{self.refs[member]}"
        self.dropped_links += 1
        return None

    def _image(self, path: str, where: str, url: str) -> str | None:
        shown = url if len(url) <= 80 else url[:77] + "…"
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            self.ctx.leave_out(f"image {shown}", where, "it is on the internet, not in the "
                               "file; remote media are never fetched")
            return None
        member, _frag = resolve(self.tree, path, url)
        if member is None:
            self.ctx.leave_out(f"image {shown}", where, "the book does not contain this file")
            return None
        if not member.lower().endswith(IMAGE_SUFFIXES):
            self.ctx.leave_out(f"image {shown}", where, "lessons show PNG, JPEG, GIF, WebP "
                               "and SVG images only")
            return None
        if self.tree.size(member) > IMAGE_LIMIT:
            self.ctx.leave_out(f"image {shown}", where, "it is larger than 64 MiB")
            return None
        if member.lower().endswith(".svg"):
            problem = svg_problem(self.tree.read(member, XML_LIMIT)
                                  if self.tree.size(member) <= XML_LIMIT else b"")
            if problem:
                self.ctx.leave_out(f"image {shown}", where, problem)
                return None
        self.ctx.check()
        return "../../" + self.ctx.add_media(self.tree, member)
