"""H5P content as course items: single questions and reading content, and the containers
QuestionSet (a quiz), CoursePresentation (slides with questions on them) and
InteractiveVideo (a video with questions at their times).

Containers reuse the question and lesson readers for what they hold, so nested content
is converted the same way wherever it sits; anything else is reported with its library
and version. Questions on slides carry `slide = N` (1-based) and questions in a video
`at = SECONDS` (docs/package-format.md, format_version 3). A video that is not inside the
file (YouTube, a web address) cannot be played offline: it is reported, and its questions
are kept as a quiz so the learning in them is not lost.
"""

from __future__ import annotations

import math
from typing import Any

from ..draft import ItemDraft
from .job import (
    MAX_NESTING,
    MAX_QUESTIONS,
    MAX_SLIDES,
    Job,
    items,
    library,
    library_label,
    plain,
    table,
    text,
)
from .lessons import heading, is_lesson, lesson_blocks
from .questions import Question, is_question, questions_of

CONTAINERS = ("H5P.QuestionSet", "H5P.CoursePresentation", "H5P.InteractiveVideo")
SUPPORTED = "question, reading, column, question set, presentation and interactive video"


def _shuffles(content: Any) -> bool:
    """H5P shows this content's answers in a random order (or lists the right one first)."""
    name = library(content)[0]
    behaviour = table(table(table(content).get("params")).get("behaviour"))
    return name in ("H5P.Summary", "H5P.SingleChoiceSet") or (
        name == "H5P.MultiChoice" and behaviour.get("randomAnswers") is not False)


class Questions:
    """The questions of one item, numbered, capped and checked as they are added."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.used: set[str] = set()
        self.list: list[Question] = []
        self.shuffle = False

    def add(self, content: Any, where: str, **place: float) -> None:
        if len(self.list) >= MAX_QUESTIONS:
            self.job.leave_out(library_label(content), self.job.where(where),
                               f"an item holds at most {MAX_QUESTIONS} questions")
            return
        found = questions_of(self.job, content, where, self.used)
        for question in found:
            question.update(place)
        self.list.extend(found)
        self.shuffle = self.shuffle or (bool(found) and _shuffles(content))

    def quiz(self, **extra: Any) -> dict[str, Any]:
        quiz: dict[str, Any] = {**extra, "questions": self.list}
        if self.shuffle:
            quiz["shuffle_options"] = True
        return quiz


def content_items(job: Job, content: Any, title: str, where: str = "",
                  depth: int = 0) -> list[ItemDraft]:
    """The course items one H5P content becomes (none if nothing in it can be played)."""
    job.ctx.check()
    name = library(content)[0]
    label = library_label(content)
    if depth > MAX_NESTING:
        job.leave_out(label, job.where(where), f"it is nested more than {MAX_NESTING} deep")
        return []
    if is_question(content):
        questions = Questions(job)
        questions.add(content, where)
        return [ItemDraft("quiz", title, quiz=questions.quiz(), origin=job.where(where, label))
                ] if questions.list else []
    if is_lesson(content):
        blocks = lesson_blocks(job, content, job.where(where, label), depth) or []
        body = "\n".join(blocks).strip()
        return [ItemDraft("lesson", title, body=body, origin=job.where(where, label))
                ] if body else []
    params = table(table(content).get("params"))
    if name == "H5P.QuestionSet":
        return _question_set(job, params, title, where, label)
    if name == "H5P.CoursePresentation":
        return _presentation(job, params, title, where, label, depth)
    if name == "H5P.InteractiveVideo":
        return _interactive_video(job, params, title, where, label)
    if name == "H5P.Column":
        return _column(job, params, title, where, depth)
    job.leave_out(label, job.where(where),
                  "BIBLIO Desktop cannot rebuild this H5P content type (it converts "
                  f"{SUPPORTED} types)")
    return []


def _column(job: Job, params: dict[str, Any], title: str, where: str,
            depth: int) -> list[ItemDraft]:
    """A column of content: runs of reading content become one lesson, runs of questions
    one quiz, and containers their own items, in the column's order."""
    out: list[ItemDraft] = []
    blocks: list[str] = []
    questions = Questions(job)

    def flush() -> None:
        nonlocal blocks, questions
        number = f"{title} ({len(out) + 1})" if out else title
        if "".join(blocks).strip():
            out.append(ItemDraft("lesson", number, body="\n".join(blocks).strip(),
                                 origin=job.where(where, "H5P.Column")))
        elif questions.list:
            out.append(ItemDraft("quiz", number, quiz=questions.quiz(),
                                 origin=job.where(where, "H5P.Column")))
        blocks, questions = [], Questions(job)

    for number, entry in enumerate(items(params.get("content")), 1):
        content = table(entry).get("content")
        part = ", ".join(p for p in (where, f"part {number}") if p)
        if is_lesson(content):
            if questions.list:
                flush()
            blocks.extend(lesson_blocks(job, content, job.where(part), depth + 1) or [])
        elif is_question(content):
            if "".join(blocks).strip():
                flush()
            questions.add(content, part)
        else:
            flush()
            out.extend(content_items(job, content, f"{title} ({len(out) + 1})", part,
                                     depth + 1))
    flush()
    return out


def _question_set(job: Job, params: dict[str, Any], title: str, where: str,
                  label: str) -> list[ItemDraft]:
    out: list[ItemDraft] = []
    intro = table(params.get("introPage"))
    introduction = text(intro.get("introduction"))
    if plain(introduction):
        body = job.html_block(introduction, job.where(where, "introduction"))
        if body:
            out.append(ItemDraft("lesson", plain(intro.get("title"), 200) or title,
                                 body=body, origin=job.where(where, label, "introduction")))
    questions = Questions(job)
    for number, question in enumerate(items(params.get("questions")), 1):
        part = ", ".join(p for p in (where, f"question {number}") if p)
        if is_question(question):
            questions.add(question, part)
        else:
            job.leave_out(library_label(question), job.where(part),
                          "this kind of question cannot be rebuilt")
    if questions.list:
        extra: dict[str, Any] = {}
        percent = params.get("passPercentage")
        if isinstance(percent, (int, float)) and not isinstance(percent, bool) and (
                0 <= percent <= 100):
            extra["pass_mark"] = round(percent / 100, 4)
        if params.get("randomQuestions") is True:
            extra["shuffle_questions"] = True
        out.append(ItemDraft("quiz", title, quiz=questions.quiz(**extra),
                             origin=job.where(where, label)))
    return out


def _presentation(job: Job, params: dict[str, Any], title: str, where: str, label: str,
                  depth: int) -> list[ItemDraft]:
    slides = items(table(params.get("presentation")).get("slides"))
    if len(slides) > MAX_SLIDES:
        job.leave_out(f"slides {MAX_SLIDES + 1} to {len(slides)}", job.where(where, label),
                      f"a presentation is cut after {MAX_SLIDES} slides")
        slides = slides[:MAX_SLIDES]
    questions = Questions(job)
    later: list[ItemDraft] = []
    bodies: list[str] = []
    for number, slide in enumerate(slides, 1):
        slide = table(slide)
        part = ", ".join(p for p in (where, f"slide {number}") if p)
        keywords = [plain(table(k).get("main"), 200) for k in items(slide.get("keywords"))]
        blocks = [heading(2, next((k for k in keywords if k), f"{title} ({number})"))]
        for element in items(slide.get("elements")):
            content = table(element).get("action")
            if not table(content).get("library"):
                continue  # a "go to slide" button: navigation, which our slides have
            name = library(content)[0]
            if is_question(content):
                questions.add(content, part, slide=number)
            elif is_lesson(content):
                blocks.extend(lesson_blocks(job, content, job.where(part), depth + 1) or [])
            elif name in ("H5P.InteractiveVideo", "H5P.QuestionSet"):
                later.extend(content_items(job, content, f"{title} ({number})", part, depth + 1))
            elif name == "H5P.Shape":
                job.leave_out(library_label(content), job.where(part), "drawn shapes are "
                              "decoration and are not kept")
            else:
                job.leave_out(library_label(content), job.where(part),
                              "this content type cannot be rebuilt on a slide")
        bodies.append("\n".join(blocks).strip())
    if not slides:
        return later
    item = ItemDraft("slides", title, body="\n\n---\n\n".join(bodies) + "\n",
                     origin=job.where(where, label))
    if questions.list:
        item.quiz = questions.quiz()
    return [item, *later]


def _seconds(interaction: dict[str, Any]) -> float:
    start = table(interaction.get("duration")).get("from")
    if isinstance(start, (int, float)) and not isinstance(start, bool) and math.isfinite(start):
        return round(max(0.0, min(float(start), 100 * 3600.0 - 1)), 3)
    return 0.0


def _interactive_video(job: Job, params: dict[str, Any], title: str, where: str,
                       label: str) -> list[ItemDraft]:
    iv = table(params.get("interactiveVideo"))
    video = table(iv.get("video"))
    title = plain(table(video.get("startScreenOptions")).get("title"), 200) or title
    here = job.where(where, label)
    file = _video_file(job, items(video.get("files")), here)
    questions = Questions(job)
    for number, interaction in enumerate(items(table(iv.get("assets")).get("interactions")), 1):
        interaction = table(interaction)
        content = interaction.get("action")
        at = _seconds(interaction)
        part = ", ".join(p for p in (where, f"at {at:g} s (interaction {number})") if p)
        if is_question(content):
            questions.add(content, part, at=at)
        else:
            job.leave_out(library_label(content), job.where(part),
                          "only questions shown during a video are kept")
    summary = table(iv.get("summary")).get("task")
    if table(table(summary).get("params")).get("summaries"):
        last = max((float(q["at"]) for q in questions.list), default=0.0)
        questions.add(summary, ", ".join(p for p in (where, "summary at the end") if p),
                      at=last)
    if file:
        item = ItemDraft("video", title, file=file, origin=here)
        if questions.list:
            item.quiz = questions.quiz()
        item.subtitles = _subtitles(job, video, here)
        return [item]
    if not questions.list:
        return []
    for question in questions.list:
        question.pop("at", None)
    job.ctx.note(f"{here}: the video is not in the file, so its questions are kept as a "
                 "quiz of their own")
    return [ItemDraft("quiz", title, quiz=questions.quiz(), origin=here)]


def _video_file(job: Job, files: list[Any], where: str) -> str | None:
    paths = [text(table(f).get("path")).strip() for f in files]
    paths = [p for p in paths if p]
    local = [p for p in paths if "://" not in p and not p.startswith("//")]
    for path in local:
        found = job.video(path, where)
        if found:
            return found
    for path in paths:
        if path not in local:
            youtube = "youtube." in path.lower() or "youtu.be" in path.lower()
            job.leave_out(f"video {path[:200]}", where,
                          "it is on YouTube, not in the file" if youtube else
                          "it is on the internet, not in the file; BIBLIO Desktop never "
                          "downloads")
    if not paths:
        job.leave_out("the video", where, "the interactive video names no video file")
    return None


def _subtitles(job: Job, video: dict[str, Any], where: str) -> str | None:
    tracks = items(table(video.get("textTracks")).get("videoTrack"))
    for track in tracks:
        path = text(table(table(track).get("track")).get("path"))
        if not path:
            continue
        member = job.member_for(path, "subtitles", where)
        if member is None:
            continue
        with job.tree.open(member) as fh:
            head = fh.read(16)
        if not head.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
            job.leave_out(f"subtitles {path[:200]}", where, "only WebVTT subtitles are kept")
            continue
        return job.ctx.add_media(job.tree, member, member.rsplit("/", 1)[-1].rsplit(".", 1)[0]
                                 + ".vtt")
    return None
