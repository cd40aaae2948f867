"""H5P reading content rebuilt as lesson Markdown: Text, AdvancedText, Table, Link, Image,
Accordion (a heading per panel) and Dialogcards (each card's front as a heading, its back
as the text under it).

Each reader returns Markdown blocks (sanitised HTML blocks and headings) or None when the
library is not one of these, so presentations and question sets can use them for their
nested content too.
"""

from __future__ import annotations

from html import escape
from typing import Any

from ..markup import html_text
from ..source_writer import one_line
from .job import MAX_NESTING, MAX_PARTS, Job, items, library, library_label, plain, table, text

LESSON_LIBRARIES = ("H5P.Text", "H5P.AdvancedText", "H5P.Table", "H5P.Link", "H5P.Image",
                    "H5P.Accordion", "H5P.Dialogcards")
_MD_SPECIAL = set("\\`*_{}[]()#+-.!|")


def is_lesson(content: Any) -> bool:
    return library(content)[0] in LESSON_LIBRARIES


def heading(level: int, title: str) -> str:
    """A Markdown heading whose text reads literally (no emphasis, links or HTML)."""
    clean = one_line(title, 200)
    out = "".join(f"\\{c}" if c in _MD_SPECIAL else c for c in clean)
    return f"{'#' * level} {out.replace('&', '&amp;').replace('<', '&lt;')}\n"


def lesson_blocks(job: Job, content: Any, where: str, depth: int = 0) -> list[str] | None:
    """Markdown blocks for one H5P reading content, or None if it is not one."""
    name = library(content)[0]
    if name not in LESSON_LIBRARIES:
        return None
    job.ctx.check()
    params = table(table(content).get("params"))
    if name in ("H5P.Text", "H5P.AdvancedText", "H5P.Table"):
        block = job.html_block(text(params.get("text")), where)
        return [block] if block else []
    if name == "H5P.Image":
        block = job.image_block(params, where)
        return [block] if block else []
    if name == "H5P.Link":
        return _link(job, params, where)
    if depth >= MAX_NESTING:
        job.leave_out(library_label(content), where,
                      f"it is nested more than {MAX_NESTING} levels deep")
        return []
    if name == "H5P.Accordion":
        return _accordion(job, params, where, depth)
    return _dialog_cards(job, params, where)


def _link(job: Job, params: dict[str, Any], where: str) -> list[str]:
    widget = table(params.get("linkWidget"))
    url = text(widget.get("url")).strip()
    if not url:
        return []
    protocol = text(widget.get("protocol"))
    if protocol in ("http://", "https://") and "://" not in url:
        url = protocol + url
    title = plain(params.get("title"), 500) or url
    block = job.html_block(f'<p><a href="{escape(url)}">{escape(title)}</a></p>', where)
    return [block] if block else []


def _accordion(job: Job, params: dict[str, Any], where: str, depth: int) -> list[str]:
    blocks: list[str] = []
    for number, panel in enumerate(items(params.get("panels"))[:MAX_PARTS], 1):
        panel = table(panel)
        title = plain(panel.get("title"), 500)
        inner = panel.get("content")
        part = f"{where}, panel {number}"
        found = lesson_blocks(job, inner, part, depth + 1)
        if found is None:
            if table(inner).get("library"):
                job.leave_out(library_label(inner), part,
                              "this content type cannot be rebuilt in a lesson")
            found = []
        if title or found:
            blocks.append(heading(3, title or f"Part {number}"))
        blocks.extend(found)
    return blocks


def _dialog_cards(job: Job, params: dict[str, Any], where: str) -> list[str]:
    blocks: list[str] = []
    for field in ("title", "description"):
        if html_text(text(params.get(field))):
            blocks.append(job.html_block(text(params.get(field)), where))
    for number, card in enumerate(items(params.get("dialogs"))[:MAX_PARTS], 1):
        card = table(card)
        part = f"{where}, card {number}"
        front = plain(card.get("text"), 500)
        back = text(card.get("answer"))
        if not front and not html_text(back):
            continue
        blocks.append(heading(3, front or f"Card {number}"))
        image = table(card.get("image"))
        if text(image.get("path")):
            block = job.image_block({"file": image, "alt": card.get("imageAltText")}, part)
            if block:
                blocks.append(block)
        if html_text(back):
            blocks.append(job.html_block(back, part))
        tips = table(card.get("tips"))
        for side in ("front", "back"):
            tip = plain(tips.get(side), 2000)
            if tip:
                blocks.append(job.html_block(f"<p><em>{escape(tip)}</em></p>", part))
        if table(card.get("audio")) or items(card.get("audio")):
            job.leave_out("the card's sound", part, "sounds on cards are not kept")
    return [b for b in blocks if b]
