"""A course draft as an author's source folder (course.toml, Markdown, quiz TOML, media).

This is the one place converted material meets our format: the folder it writes is what
`biblio-desktop convert --to-source` hands to the author and what `pack` builds, so a
converted course is checked by exactly the rules a hand-written one is.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import tomli_w

from ..errors import ConversionError
from .draft import CourseDraft, ItemDraft

_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_REF_LINK = re.compile(r'href="item:@([A-Za-z0-9_-]{1,64})"')
WORDS_PER_MINUTE = 180


def slug(text: str, fallback: str = "item", limit: int = 48) -> str:
    """Lower-case ASCII letters, digits and `-` (our id alphabet), at most `limit` long."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")
    return out or fallback


def one_line(text: str, limit: int = 200) -> str:
    """A title as one line of plain text (titles may not hold control characters)."""
    clean = " ".join(_CONTROL.sub(" ", text).split())
    return clean[:limit].rstrip() or "Untitled"


class _Ids:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, prefix: str, title: str) -> str:
        base = f"{prefix}-{slug(title, limit=40)}" if prefix else slug(title, limit=60)
        candidate, n = base, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate)
        return candidate


def course_id_for(title: str) -> str:
    """A stable course id from the title, so converting again gives the same course."""
    return f"local.converted.{slug(title, fallback='course', limit=60)}"


def _minutes(item: ItemDraft) -> int:
    if item.minutes is not None:
        return max(0, min(6000, int(item.minutes)))
    if item.kind == "quiz" and item.quiz:
        return max(1, len(item.quiz.get("questions", [])))
    if item.body:
        words = len(re.sub(r"<[^>]{0,2000}>", " ", item.body).split())
        return max(1, round(words / WORDS_PER_MINUTE))
    return 5


def write_source(draft: CourseDraft, folder: Path, *, course_id: str | None = None,
                 version: str = "1.0.0") -> Path:
    """Write `draft` into `folder` (which may already hold its media); return the folder.

    Empty modules are dropped; a course with no item at all is refused, because an empty
    course would only confuse a learner.
    """
    lang = draft.language if _LANG.match(draft.language or "") else "en"
    modules = [m for m in draft.modules if m.items]
    if not modules:
        raise ConversionError("Nothing in the input could be converted into a course item.",
                              "see the conversion report for what was left out and why")
    ids = _Ids()
    title = one_line(draft.title)
    data: dict[str, Any] = {
        "id": course_id or course_id_for(title), "version": version,
        "languages": [lang], "default_language": lang,
        "title": {lang: title},
    }
    if draft.description.strip():
        data["description"] = {lang: one_line(draft.description, 2000)}
    if draft.license.strip():
        data["license"] = one_line(draft.license, 100)
    data["publisher"] = {"name": one_line(draft.publisher or "Converted course", 200)}
    data["completion"] = {"rule": "all-required"}
    data["modules"] = []
    module_ids: list[str] = []
    item_ids: dict[int, str] = {}
    for number, module in enumerate(modules, 1):  # ids first: lessons may link to any item
        module_ids.append(ids.make(f"m{number}", one_line(module.title)))
        for item in module.items:
            item_ids[id(item)] = ids.make("", one_line(item.title))
    refs = {item.ref: item_ids[id(item)] for m in modules for item in m.items if item.ref}
    for module, module_id in zip(modules, module_ids, strict=True):
        table: dict[str, Any] = {"id": module_id, "title": {lang: one_line(module.title)},
                                 "items": []}
        for item in module.items:
            table["items"].append(_write_item(item, folder, lang, item_ids[id(item)], refs))
        data["modules"].append(table)
    (folder / "course.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    return folder


def _resolve_refs(body: str, refs: dict[str, str]) -> str:
    """`href="item:@REF"` -> `href="item:ID"`; an unknown REF loses its link (an `<a>`
    without href keeps its text and goes nowhere)."""
    def link(match: re.Match[str]) -> str:
        target = refs.get(match.group(1))
        return f'href="item:{target}"' if target else ""
    return _REF_LINK.sub(link, body) if "item:@" in body else body


def _write_item(item: ItemDraft, folder: Path, lang: str, item_id: str,
                refs: dict[str, str]) -> dict[str, Any]:
    title = one_line(item.title)
    table: dict[str, Any] = {"id": item_id, "kind": item.kind, "title": {lang: title},
                             "minutes": _minutes(item), "required": item.required}
    if item.kind in ("lesson", "slides"):
        suffix = ".slides.md" if item.kind == "slides" else ".md"
        rel = f"lessons/{lang}/{item_id}{suffix}"
        body = _resolve_refs((item.body or "").replace("\r\n", "\n"), refs)
        _write(folder, rel, f"---\ntitle: {title}\n---\n\n{body.strip()}\n")
        table["file"] = rel.replace(f"/{lang}/", "/{lang}/")
    elif item.kind == "quiz":
        rel = f"quizzes/{lang}/{item_id}.toml"
        quiz = {"title": title, **{k: v for k, v in (item.quiz or {}).items() if k != "title"}}
        _write(folder, rel, tomli_w.dumps(quiz))
        table["file"] = rel.replace(f"/{lang}/", "/{lang}/")
    elif item.kind in ("video", "pdf"):
        if not item.file:
            raise ConversionError(f"The {item.kind} item {title!r} has no file.")
        table["file"] = item.file
        if item.subtitles:
            table["subtitles"] = item.subtitles
        if item.poster:
            table["poster"] = item.poster
    else:
        raise ConversionError(f"Unknown item kind {item.kind!r} in a converted course.")
    if item.kind in ("slides", "video") and item.quiz and item.quiz.get("questions"):
        rel = f"quizzes/{lang}/{item_id}-questions.toml"
        _write(folder, rel, tomli_w.dumps({"title": title, **item.quiz}))
        table["questions"] = rel.replace(f"/{lang}/", "/{lang}/")
    return table


def _write(folder: Path, rel: str, text: str) -> None:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
