"""What a converter produces: a course draft and a report of what was left out.

Converters never write package files themselves. They describe modules and items in the
terms of our own format (docs/package-format.md) and the source writer turns that into an
author's source folder, so every converted course passes the same checks as a course
written by hand, and `--to-source` gives the author exactly what was packed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ITEM_KINDS = ("lesson", "slides", "video", "quiz", "pdf")


@dataclass
class ItemDraft:
    """One item of a converted course.

    - `lesson`: `body` is the lesson's Markdown (sanitised HTML blocks are allowed: see
      conversion/html.py); media it shows are referenced as `../../media/NAME`.
    - `slides`: `body` is Markdown with slides separated by lines of `---`; `quiz` may hold
      questions on slides (each question has `slide = N`, 1-based).
    - `video`: `file` is a `media/...` path added with `ConversionContext.add_media`;
      `quiz` may hold questions at times (each has `at = SECONDS`); `subtitles` a `.vtt`.
    - `quiz`: `quiz` is a quiz table as in a quiz TOML file (`title`, optional `pass_mark`,
      `[[questions]]` of our 11 types, written exactly as an author would).
    - `pdf`: `file` is a `media/...` path of a PDF.
    `origin` says where in the input it came from (shown in the report). `ref` is a key
    unique within the conversion that lessons may link to as `item:@REF` before item ids
    exist (e.g. one EPUB chapter linking to another); the source writer turns each such
    link into `item:ID`, and drops the link (keeping its text) when REF is not an item.
    """

    kind: str
    title: str
    body: str | None = None
    quiz: dict[str, Any] | None = None
    file: str | None = None
    subtitles: str | None = None
    poster: str | None = None
    minutes: int | None = None
    required: bool = True
    origin: str = ""
    ref: str = ""


@dataclass
class ModuleDraft:
    title: str
    items: list[ItemDraft] = field(default_factory=list)
    origin: str = ""


@dataclass(frozen=True)
class LeftOut:
    """A part of the input that is not in the course, and why (said to the user)."""

    what: str    # e.g. "forum 'Introductions'", "H5P.Crossword 0.5"
    where: str   # e.g. "course.mbz: section 2", "presentation.h5p: slide 4"
    reason: str  # e.g. "forums need a server", "the video is on YouTube, not in the file"


@dataclass
class CourseDraft:
    """A whole converted course, in one language."""

    title: str
    language: str = "en"
    description: str = ""
    license: str = ""
    publisher: str = ""
    modules: list[ModuleDraft] = field(default_factory=list)

    def items(self) -> list[ItemDraft]:
        return [item for module in self.modules for item in module.items]
