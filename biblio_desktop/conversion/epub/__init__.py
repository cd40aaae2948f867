"""EPUB 2 and 3 books → a course: spine chapters become lessons, grouped into modules by
the table of contents.

- The reading order is the spine; items marked `linear="no"` (a cover, pop-up notes) are
  outside it and reported. The navigation document itself is not a lesson: it becomes
  the course's structure.
- Titles come from the table of contents (EPUB 3 nav document, else EPUB 2 NCX), else
  the chapter's first heading, its <title>, or its file name.
- Modules: one per top-level entry of the table of contents (chapters before the first
  entry form a first module named after the book); a small book (few chapters, or one
  top-level entry) is one module.
- Metadata: title, language, rights (as the licence), description, creator/publisher.
- Styles and embedded fonts are not kept: lessons have the app's own look.
"""

from __future__ import annotations

import re
import secrets

from ...errors import ConversionError
from ..archive import InputTree, SingleFileTree
from ..context import ConversionContext
from ..draft import CourseDraft, ItemDraft, ModuleDraft
from ..markup import html_text
from .book import XHTML_TYPES, Book, NavEntry, chapter_titles, is_epub, read_book
from .chapters import ChapterReader

SMALL_BOOK = 6  # chapters: below this a book is one module
_CC = re.compile(r"\bCC[ -]?(?:BY|0)(?:-(?:SA|NC|ND)){0,3}(?:[ -]\d\.\d)?")


def short_license(rights: str) -> str:
    """A licence line of at most 100 characters ("CC BY-SA 3.0" out of a sentence)."""
    match = _CC.search(rights)
    if match:
        return match.group(0)
    if len(rights) <= 100:
        return rights
    return rights[:97].rsplit(" ", 1)[0] + "…"


def _module_starts(book: Book, spine_index: dict[str, int]) -> list[tuple[int, str]]:
    starts: dict[int, str] = {}
    for entry in book.toc:
        path = entry.path or _first_path(entry)
        if path in spine_index and spine_index[path] not in starts:
            starts[spine_index[path]] = entry.label
    return sorted(starts.items())


def _first_path(entry: NavEntry) -> str | None:
    stack = [entry]
    while stack:
        current = stack.pop(0)
        if current.path:
            return current.path
        stack.extend(current.children)
    return None


class EpubConverter:
    """EPUB 2 and 3 (found by META-INF/container.xml naming an OPF package document)."""

    name = "epub"

    def sniff(self, tree: InputTree) -> str | None:
        if isinstance(tree, SingleFileTree):
            return None
        opf = is_epub(tree)
        if opf is None:
            return None
        try:
            book = read_book(tree, opf)
        except ConversionError:
            return "EPUB (damaged package document)"
        title = f": {book.title}" if book.title else ""
        return f"EPUB {book.version}{title}"

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        opf = is_epub(tree)
        if opf is None:  # pragma: no cover - sniff said yes
            raise ConversionError(f"{tree.label} is not an EPUB.")
        book = read_book(tree, opf)
        label = tree.label
        book_title = book.title or label.rsplit(".", 1)[0]
        titles = chapter_titles(book.toc)
        chapters: list[str] = []
        for item, linear in book.spine:
            where = f"{label}: {item.href}"
            if item.path is None:
                ctx.leave_out(f"chapter {item.href}", label, "the book does not contain "
                              "this file although its reading order lists it")
            elif item.path == book.nav_path:
                ctx.note(f"{label}: the table of contents ({item.href}) became the course's "
                         "modules and items.")
            elif not linear:
                ctx.leave_out(f"page {item.href}", where, "it is outside the book's reading "
                              "order (linear=\"no\"), e.g. a cover or a pop-up note")
            elif item.media_type not in XHTML_TYPES:
                ctx.leave_out(f"page {item.href} ({item.media_type})", where,
                              "only XHTML chapters are converted")
            elif item.path not in chapters:
                chapters.append(item.path)
        prefix = secrets.token_hex(4)
        refs = {path: f"epub-{prefix}-{n}" for n, path in enumerate(chapters)}
        reader = ChapterReader(tree, book, ctx, refs)
        items: dict[str, list[ItemDraft]] = {}
        for path in chapters:
            ctx.check()
            where = f"{label}: {titles.get(path) or path}"
            chapter = reader.read(path, where)
            if chapter is None:
                items[path] = []
                continue
            title = (titles.get(path) or chapter.heading or chapter.head_title
                     or path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
            made: list[ItemDraft] = []
            if chapter.empty and not chapter.quizzes:
                ctx.leave_out(f"chapter {title!r}", where, "it has no text or images that a "
                              "lesson can show")
            elif not chapter.empty:
                made.append(ItemDraft("lesson", title, body=chapter.html, origin=where,
                                      ref=refs[path]))
            for quiz_title, questions in chapter.quizzes:
                made.append(ItemDraft("quiz", quiz_title or f"{title}: quiz",
                                      quiz={"questions": questions}, origin=where))
                ctx.note(f"{where}: the book's scripted quiz “{quiz_title}” was rebuilt from "
                         f"its data as a quiz of {len(questions)} questions (its script is "
                         "never run).")
            items[path] = made
        self._report_book_level(book, tree, ctx)
        if reader.dropped_links:
            ctx.note(f"{label}: links to parts of the book that are not lessons were kept as "
                     f"plain text ({reader.dropped_links}).")
        modules = self._modules(book, book_title, label, chapters, items)
        return CourseDraft(title=book_title, language=book.language,
                           description=html_text(book.description, max_chars=2000),
                           license=short_license(book.rights),
                           publisher=book.publisher or book.creator, modules=modules)

    def _modules(self, book: Book, book_title: str, label: str, chapters: list[str],
                 items: dict[str, list[ItemDraft]]) -> list[ModuleDraft]:
        spine_index = {path: n for n, path in enumerate(chapters)}
        starts = _module_starts(book, spine_index)
        if len(chapters) < SMALL_BOOK or len(starts) < 2:
            every = [item for path in chapters for item in items[path]]
            return [ModuleDraft(book_title, every, label)]
        modules: list[ModuleDraft] = []
        if starts[0][0] > 0:
            modules.append(ModuleDraft(book_title, [], f"{label}: before the contents"))
        bounds = [s for s, _ in starts] + [len(chapters)]
        for (start, entry_title), end in zip(starts, bounds[1:], strict=True):
            modules.append(ModuleDraft(entry_title or book_title, [], f"{label}: {entry_title}"))
            for path in chapters[start:end]:
                modules[-1].items.extend(items[path])
        if starts[0][0] > 0:
            for path in chapters[:starts[0][0]]:
                modules[0].items.extend(items[path])
        return [m for m in modules if m.items]

    def _report_book_level(self, book: Book, tree: InputTree, ctx: ConversionContext) -> None:
        for media_type, handler in book.bindings.items():
            item = book.manifest.get(handler)
            name = item.href if item else handler
            ctx.leave_out(f"scripted widget player {name} (for {media_type})", tree.label,
                          "BIBLIO Desktop never runs a book's scripts; where the widget's "
                          "data was a plain quiz, it was rebuilt as a quiz item")
        kinds = {i.media_type for i in book.manifest.values()}
        if kinds & {"text/css"} or any("font" in k for k in kinds):
            ctx.note(f"{tree.label}: the book's styles and fonts are not kept; lessons use the "
                     "app's own look, which readers can enlarge.")
