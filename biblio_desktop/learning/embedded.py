"""Questions placed inside a slide deck or a video (an interactive presentation or video).

A `slides` or `video` item may name a questions file (manifest `questions`, format_version
3). It is a quiz file (`[[questions]]` of any of the eleven types) in which every question
says where it belongs: `slide = 3` (1-based) on slides, `at = 75.5` (seconds) on a video.
The file is parsed here into an ordinary `Quiz` (so scoring, attempt storage, free-text
review and xAPI statements are the quiz engine's) plus the places. The author's file and
the package's JSON keep the place keys; `parse_quiz` never sees them.

Pure functions, no I/O: the caller passes the number of slides when it knows it, so a
question on a slide that does not exist is refused when packing and when importing, with
the file and question named. Format: docs/package-format.md, "Questions in slides and
videos".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .quiz import Question, Quiz, QuizFormatError, parse_quiz, quiz_format_version

__all__ = ["EMBEDDED_FORMAT_VERSION", "PLACE_KEYS", "EmbeddedQuestions", "embedded_format_version",
           "parse_embedded"]

EMBEDDED_FORMAT_VERSION = 3  # the package format_version that added questions in items
PLACE_KEYS = {"slides": "slide", "video": "at"}  # item kind -> the key that places a question
_NOT_HERE = ("draw", "max_attempts", "shuffle_questions")  # every question has its place
MAX_SECONDS = 100 * 3600  # no course video is 100 hours long; larger is a typo


@dataclass(frozen=True)
class EmbeddedQuestions:
    """The questions of one slides or video item, in the order they come up."""

    kind: str  # "slides" | "video"
    quiz: Quiz  # questions sorted by place (file order among equal places)
    places: Mapping[str, float]  # question id -> slide number (1-based) or seconds

    def on_slide(self, index: int) -> tuple[Question, ...]:
        """The questions of slide `index` (0-based, as the slides view counts)."""
        return tuple(q for q in self.quiz.questions if self.places[q.id] == index + 1)

    def times(self) -> tuple[tuple[float, Question], ...]:
        """(seconds, question) in playing order, for a video's pauses and markers."""
        return tuple((float(self.places[q.id]), q) for q in self.quiz.questions)

    def due(self, before: float, after: float) -> tuple[Question, ...]:
        """Questions whose time lies in (`before`, `after`]: crossed by playing from
        `before` to `after` (a question at 0 is due when playing starts at 0)."""
        return tuple(q for at, q in self.times()
                     if before < at <= after or (at == 0 and before <= 0 <= after))


def _fail(where: str, label: str, message: str) -> QuizFormatError:
    return QuizFormatError(f"{where}: {label}: {message}")


def _place(raw: Mapping[str, Any], kind: str, where: str, label: str,
           slide_count: int | None) -> float:
    key = PLACE_KEYS[kind]
    other = next(k for k in PLACE_KEYS.values() if k != key)
    if other in raw:
        if kind == "slides":
            raise _fail(where, label, "'at' places a question in a video; a question on "
                        "slides says which slide it is on, e.g. slide = 2")
        raise _fail(where, label, "'slide' places a question on a slide; a question in a "
                    "video says when it comes, in seconds from the start, e.g. at = 75")
    if key not in raw:
        if kind == "slides":
            raise _fail(where, label, "has no place: add slide = N, the number of the slide "
                        "(from 1) it belongs on")
        raise _fail(where, label, "has no place: add at = SECONDS, the time in the video "
                    "(from its start) when it is asked")
    value = raw[key]
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "slides":
        if not number or not isinstance(value, int):
            raise _fail(where, label, f"'slide' must be a whole slide number, not {value!r}")
        if value < 1:
            raise _fail(where, label, f"'slide' counts from 1, not {value}")
        if slide_count is not None and value > slide_count:
            raise _fail(where, label, f"slide {value} does not exist: the slides file has "
                        f"{slide_count} slide{'s' if slide_count != 1 else ''}")
        return float(value)
    if not number:
        raise _fail(where, label, f"'at' must be a number of seconds, not {value!r}")
    try:
        finite = math.isfinite(value)
    except OverflowError:
        finite = False
    if not finite or not 0 <= value <= MAX_SECONDS:
        raise _fail(where, label, f"'at' must be between 0 and {MAX_SECONDS} seconds, "
                    f"not {value if finite else 'that number'}")
    return float(value)


def parse_embedded(data: object, *, kind: str, where: str, default_title: str = "Questions",
                   slide_count: int | None = None) -> EmbeddedQuestions:
    """Validate the questions file of a slides or video item and place its questions.

    Everything `parse_quiz` checks is checked, and also: each question has the place of
    its item's kind (a missing or wrong-kind place is refused, naming the question, since
    a question with nowhere to appear could never be answered and the item never
    completed), slide numbers exist (`slide_count`), times are non-negative seconds. The
    quiz settings that make no sense when every question has its place (`draw`,
    `max_attempts`, `shuffle_questions`) are refused. `title` is optional here.
    """
    if kind not in PLACE_KEYS:
        raise QuizFormatError(f"{where}: only slides and video items can have questions")
    if not isinstance(data, Mapping):
        raise QuizFormatError(f"{where}: the questions file must be a table of settings and "
                              f"[[questions]]")
    for key in _NOT_HERE:
        if key in data:
            raise QuizFormatError(f"{where}: '{key}' does not apply to questions in "
                                  f"{kind}: each question is asked at its place; remove it")
    raw_questions = data.get("questions")
    places: dict[str, float] = {}
    stripped: list[Any] = []
    if isinstance(raw_questions, list):
        for n, raw in enumerate(raw_questions, 1):
            if not isinstance(raw, Mapping):
                stripped.append(raw)  # parse_quiz names what is wrong with it
                continue
            qid = raw.get("id")
            label = f"question {qid!r}" if isinstance(qid, str) and qid else f"question #{n}"
            place = _place(raw, kind, where, label, slide_count)
            if isinstance(qid, str):
                places.setdefault(qid, place)  # a duplicate id is parse_quiz's to refuse
            stripped.append({k: v for k, v in raw.items() if k not in PLACE_KEYS.values()})
    plain = dict(data)
    plain["questions"] = stripped if isinstance(raw_questions, list) else raw_questions
    plain.setdefault("title", default_title)
    quiz = parse_quiz(plain, where=where)
    order = {q.id: n for n, q in enumerate(quiz.questions)}
    ordered = tuple(sorted(quiz.questions, key=lambda q: (places[q.id], order[q.id])))
    quiz = Quiz(title=quiz.title, questions=ordered, pass_mark=quiz.pass_mark,
                shuffle_options=quiz.shuffle_options)
    return EmbeddedQuestions(kind=kind, quiz=quiz, places=MappingProxyType(places))


def embedded_format_version(questions: EmbeddedQuestions) -> int:
    """Questions in an item need format_version 3 (whatever their types)."""
    return max(EMBEDDED_FORMAT_VERSION, quiz_format_version(questions.quiz))
