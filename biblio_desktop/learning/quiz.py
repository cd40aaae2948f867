"""Quiz engine: parse a quiz and score answers. Pure functions, no I/O.

Quiz files come from course packages, which are untrusted input, so `parse_quiz` checks
every field and names the file and question in its message: an author fixing a quiz
needs to know where to look. Learners' answers come from the UI, so malformed answers
raise `AnswerError` (a bug to report) rather than scoring silently. The format is
described in docs/package-format.md, section "Quizzes".
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import BiblioError
from .passages import (
    MalformedAnswer,
    PassageError,
    Segment,
    bank_distractors,
    parse_gaps,
    parse_marked,
    score_marked_words,
    score_placed_words,
    score_typed_gaps,
)
from .textfold import fold_text

__all__ = [
    "FORMAT_2_TYPES", "QUESTION_TYPES", "AnswerError", "AttemptResult", "BankWord",
    "Option", "Pair", "Question", "QuestionResult", "Quiz", "QuizFormatError", "Segment",
    "Step", "can_start_attempt", "parse_quiz",
    "quiz_format_version", "resolve_pass_mark", "score_attempt", "score_question",
]

# Types of format_version 1, then those added in format_version 2 (passages, free text).
FORMAT_2_TYPES = ("fill_blanks", "drag_words", "mark_words", "free_text")
QUESTION_TYPES = ("single", "multiple", "true_false", "text", "numeric", "matching",
                  "ordering", *FORMAT_2_TYPES)
UNSCORED_TYPES = ("free_text",)  # saved and reviewed by the facilitator, never scored here
TEXT_MAX = 500  # characters in a typed gap (as in the app's text field)
FREE_TEXT_MAX = 5000  # characters of a free-text answer unless the question says otherwise
FREE_TEXT_LIMIT = 20000  # the largest `max_length` a question may set
ID_MAX = 64
_EPS = 1e-9  # absorbs float rounding in tolerances and pass marks (0.1 + 0.2 != 0.3)


class QuizFormatError(BiblioError, ValueError):
    """A quiz file does not follow the format; the message names file and question."""


class AnswerError(ValueError):
    """A learner's answer has the wrong shape for its question (a caller bug)."""


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class Pair:
    id: str
    left: str
    right: str


@dataclass(frozen=True)
class Step:
    id: str
    text: str


@dataclass(frozen=True)
class BankWord:
    """A word of a drag-the-words bank: `w1`… for the gaps' words in order, then the
    distractors. The attempt plan shuffles them."""

    id: str
    text: str


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    points: float = 1
    explanation: str = ""
    options: tuple[Option, ...] = ()
    answer: bool | int | float | None = None  # true_false: bool; numeric: number
    tolerance: float = 0
    accepted: tuple[str, ...] = ()
    pairs: tuple[Pair, ...] = ()
    steps: tuple[Step, ...] = ()
    feedback_true: str = ""
    feedback_false: str = ""
    segments: tuple[Segment, ...] = ()  # fill_blanks, drag_words, mark_words: the passage
    distractors: tuple[str, ...] = ()  # drag_words: extra words in the bank
    max_length: int = FREE_TEXT_MAX  # free_text

    @property
    def scored(self) -> bool:
        """False for free-text questions: the app saves them, a facilitator reviews them."""
        return self.type not in UNSCORED_TYPES

    @property
    def gaps(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind == "gap")

    @property
    def words(self) -> tuple[Segment, ...]:
        """The selectable words of a mark-the-words passage; answers are their indexes."""
        return tuple(s for s in self.segments if s.kind == "word")

    @property
    def bank(self) -> tuple[BankWord, ...]:
        """The drag-the-words bank in the author's order (gap words, then distractors)."""
        words = [g.text for g in self.gaps] + list(self.distractors)
        return tuple(BankWord(f"w{n}", text) for n, text in enumerate(words, 1))


@dataclass(frozen=True)
class Quiz:
    title: str
    questions: tuple[Question, ...]
    pass_mark: float | None = None
    max_attempts: int = 0
    shuffle_questions: bool = False
    shuffle_options: bool = False
    draw: int | None = None

    def question(self, question_id: str) -> Question:
        """Look a question up by id, because plans and answers refer to ids only."""
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)


# --------------------------------------------------------------------------- parsing

_QUIZ_KEYS = {"title", "pass_mark", "max_attempts", "shuffle_questions", "shuffle_options",
              "draw", "questions"}
_COMMON_KEYS = {"id", "type", "prompt", "explanation", "points"}
_TYPE_KEYS = {
    "single": {"options"}, "multiple": {"options"},
    "true_false": {"answer", "feedback_true", "feedback_false"},
    "text": {"accepted"}, "numeric": {"answer", "tolerance"},
    "matching": {"pairs"}, "ordering": {"steps"},
    "fill_blanks": {"text"}, "drag_words": {"text", "distractors"}, "mark_words": {"text"},
    "free_text": {"max_length"},
}
_TYPE_NAMES = {int: "an integer", float: "a number", str: "a string", bool: "true or false",
               list: "a list", dict: "a table", type(None): "null"}


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float, e.g. 10**400
        return False


def _show(value: object) -> str:
    """A short repr for messages; huge ints cannot even be printed (int_max_str_digits)."""
    if isinstance(value, int) and not _finite(value):
        return "a number too large"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(value: object) -> str:
    """Name a value's type the way a TOML/JSON author knows it, not as a Python class."""
    return "a table" if isinstance(value, Mapping) else _TYPE_NAMES.get(type(value), "unknown")


class _Ctx:
    """Where we are in the file, so every message says where the problem is."""

    def __init__(self, where: str, label: str = "") -> None:
        self.where, self.label = where, label

    def fail(self, message: str) -> QuizFormatError:
        prefix = f"{self.where}: {self.label}: " if self.label else f"{self.where}: "
        return QuizFormatError(prefix + message)

    def get(self, d: Mapping[str, Any], key: str, kind: type, default: Any = ...) -> Any:
        if key not in d:
            if default is ...:
                raise self.fail(f"'{key}' is missing")
            return default
        value = d[key]
        if kind is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            if ok and not _finite(value):
                raise self.fail(f"'{key}' must be a finite number, not {_show(value)}")
        elif kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, kind)
        if not ok:
            raise self.fail(f"'{key}' must be {_TYPE_NAMES[kind]}, not {_kind(value)}")
        return value

    def text(self, d: Mapping[str, Any], key: str, *, required: bool = True) -> str:
        value = self.get(d, key, str, ... if required else "")
        if required and not value.strip():
            raise self.fail(f"'{key}' must not be empty")
        return value

    def table(self, value: object, what: str, keys: set[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(f"{what} must be a table, not {_kind(value)}")
        unknown = sorted(str(k) for k in value if k not in keys)
        if unknown:
            raise self.fail(f"unknown key(s) {', '.join(map(repr, unknown))} in {what}"
                            f" (allowed: {', '.join(sorted(keys))})")
        return value

    def ident(self, d: Mapping[str, Any], what: str) -> str:
        value = self.get(d, "id", str)
        if not 1 <= len(value) <= ID_MAX:
            raise self.fail(f"{what} id {_show(value)} must be 1-{ID_MAX} characters long")
        return value

    def items(self, d: Mapping[str, Any], key: str, what: str, keys: set[str],
              minimum: int) -> list[tuple[str, Mapping[str, Any], _Ctx]]:
        raw = self.get(d, key, list)
        if len(raw) < minimum:
            raise self.fail(f"needs at least {minimum} {what}s in '{key}', found {len(raw)}")
        out: list[tuple[str, Mapping[str, Any], _Ctx]] = []
        for n, value in enumerate(raw, 1):
            child = _Ctx(self.where, f"{self.label}, {what} #{n}")
            table = child.table(value, f"the {what}", keys)
            ident = child.ident(table, what)
            if any(ident == seen for seen, _, _ in out):
                raise self.fail(f"duplicate {what} id {ident!r}")
            child.label = f"{self.label}, {what} {ident!r}"
            out.append((ident, table, child))
        return out


def parse_quiz(data: object, *, where: str = "quiz") -> Quiz:
    """Validate a quiz (the JSON from a package, as Python objects) and build a `Quiz`.

    Strict on purpose: an unknown key is usually a typo ("corect = true") that would
    otherwise silently make a question unanswerable, so it is refused with a message
    naming `where` (the file) and the question id, for the course author to fix.
    """
    ctx = _Ctx(where)
    top = ctx.table(data, "the quiz", _QUIZ_KEYS)
    title = ctx.text(top, "title")
    pass_mark = ctx.get(top, "pass_mark", float, None)
    if pass_mark is not None and not 0 <= pass_mark <= 1:
        raise ctx.fail(f"'pass_mark' must be between 0 and 1, not {pass_mark}")
    max_attempts = ctx.get(top, "max_attempts", int, 0)
    if max_attempts < 0:
        raise ctx.fail(f"'max_attempts' must be 0 (unlimited) or more, not {max_attempts}")
    raw_questions = ctx.get(top, "questions", list)
    if not raw_questions:
        raise ctx.fail("'questions' must hold at least one question")
    questions: list[Question] = []
    for n, raw in enumerate(raw_questions, 1):
        q = _parse_question(raw, _Ctx(where, f"question #{n}"))
        if any(q.id == seen.id for seen in questions):
            raise _Ctx(where, f"question #{n}").fail(f"duplicate question id {q.id!r}")
        questions.append(q)
    draw = ctx.get(top, "draw", int, None)
    if draw is not None and not 1 <= draw <= len(questions):
        raise ctx.fail(f"'draw' must be between 1 and the number of questions "
                       f"({len(questions)}), not {draw}")
    return Quiz(title=title, questions=tuple(questions), pass_mark=pass_mark,
                max_attempts=max_attempts,
                shuffle_questions=ctx.get(top, "shuffle_questions", bool, False),
                shuffle_options=ctx.get(top, "shuffle_options", bool, False), draw=draw)


def _parse_question(raw: object, ctx: _Ctx) -> Question:
    if not isinstance(raw, Mapping):
        raise ctx.fail(f"must be a table, not {_kind(raw)}")
    qid = ctx.ident(raw, "question")
    ctx.label = f"question {qid!r}"
    qtype = ctx.get(raw, "type", str)
    if qtype not in _TYPE_KEYS:
        raise ctx.fail(f"unknown type {_show(qtype)} (expected one of {', '.join(QUESTION_TYPES)})")
    ctx.table(raw, "the question", _COMMON_KEYS | _TYPE_KEYS[qtype])
    points = ctx.get(raw, "points", float, 1)
    if points <= 0:
        raise ctx.fail(f"'points' must be more than 0, not {points}")
    fields: dict[str, Any] = {}
    if qtype in ("single", "multiple"):
        options = tuple(
            Option(oid, c.text(t, "text"), c.get(t, "correct", bool, False),
                   c.text(t, "feedback", required=False))
            for oid, t, c in ctx.items(raw, "options", "option",
                                    {"id", "text", "correct", "feedback"}, 2))
        n_correct = sum(o.correct for o in options)
        if qtype == "single" and n_correct != 1:
            raise ctx.fail(f"a single-choice question needs exactly one option with "
                           f"correct = true, found {n_correct}")
        if qtype == "multiple" and n_correct == 0:
            raise ctx.fail("a multiple-choice question needs at least one option with "
                           "correct = true, found none")
        fields["options"] = options
    elif qtype == "true_false":
        fields.update(answer=ctx.get(raw, "answer", bool),
                      feedback_true=ctx.text(raw, "feedback_true", required=False),
                      feedback_false=ctx.text(raw, "feedback_false", required=False))
    elif qtype == "text":
        accepted = ctx.get(raw, "accepted", list)
        if not accepted:
            raise ctx.fail("'accepted' must list at least one answer")
        for value in accepted:
            if not isinstance(value, str) or not fold_text(value):
                raise ctx.fail(f"every accepted answer must be a non-empty string, "
                               f"not {_show(value)}")
        fields["accepted"] = tuple(accepted)
    elif qtype == "numeric":
        tolerance = ctx.get(raw, "tolerance", float, 0)
        if tolerance < 0:
            raise ctx.fail(f"'tolerance' must be 0 or more, not {tolerance}")
        fields.update(answer=ctx.get(raw, "answer", float), tolerance=tolerance)
    elif qtype == "matching":
        fields["pairs"] = tuple(
            Pair(pid, c.text(t, "left"), c.text(t, "right"))
            for pid, t, c in ctx.items(raw, "pairs", "pair", {"id", "left", "right"}, 2))
    elif qtype == "ordering":
        fields["steps"] = tuple(Step(sid, c.text(t, "text"))
                                for sid, t, c in ctx.items(raw, "steps", "step", {"id", "text"}, 2))
    else:
        points = _parse_format_2(raw, ctx, qtype, fields, points)
    return Question(id=qid, type=qtype, prompt=ctx.text(raw, "prompt"), points=points,
                    explanation=ctx.text(raw, "explanation", required=False), **fields)


def _parse_format_2(raw: Mapping[str, Any], ctx: _Ctx, qtype: str, fields: dict[str, Any],
                    points: float) -> float:
    """The passage and free-text types (format_version 2); returns the question's points."""
    if qtype == "free_text":
        if "points" in raw:
            raise ctx.fail("a free-text question has no 'points': the app does not score it "
                           "(a facilitator reviews the answer); remove 'points'")
        limit = ctx.get(raw, "max_length", int, FREE_TEXT_MAX)
        if not 1 <= limit <= FREE_TEXT_LIMIT:
            raise ctx.fail(f"'max_length' must be between 1 and {FREE_TEXT_LIMIT} "
                           f"characters, not {limit}")
        fields["max_length"] = limit
        return 0
    text = ctx.text(raw, "text")
    try:
        if qtype == "mark_words":
            fields["segments"] = parse_marked(text)
        else:
            fields["segments"] = parse_gaps(text, alternatives=qtype == "fill_blanks")
        if qtype == "drag_words":
            fields["distractors"] = bank_distractors(fields["segments"],
                                                     ctx.get(raw, "distractors", list, []))
    except PassageError as exc:
        raise ctx.fail(str(exc)) from None
    return points


def quiz_format_version(quiz: Quiz) -> int:
    """The lowest package format_version that can hold this quiz: 2 when it asks a
    question type added in format_version 2, else 1 (older apps read those packages)."""
    return 2 if any(q.type in FORMAT_2_TYPES for q in quiz.questions) else 1


# --------------------------------------------------------------------------- scoring

@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    score: float  # 0..1
    points_earned: float
    points_possible: float
    correct: bool
    answered: bool
    feedback: tuple[str, ...] = ()
    explanation: str = ""
    scored: bool = True  # False: free text, counted as answered, never right or wrong


@dataclass(frozen=True)
class AttemptResult:
    results: tuple[QuestionResult, ...]
    points_earned: float
    points_possible: float
    score: float  # 0..1
    pass_mark: float
    passed: bool


def _bad(q: Question, message: str) -> AnswerError:
    return AnswerError(f"question {q.id!r}: {message}")


_NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)", re.ASCII)


def _number(q: Question, answer: object) -> float:
    if isinstance(answer, str):
        text = answer.strip().replace("\u2212", "-")  # U+2212 MINUS SIGN from word processors
        if not _NUMBER_RE.fullmatch(text):
            raise _bad(q, f"{_show(answer)} is not a number")
        answer = float(text.replace(",", "."))  # 400 digits give inf, refused below
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        raise _bad(q, f"expected a number, got {type(answer).__name__}")
    if not _finite(answer):
        raise _bad(q, f"{_show(answer)} is not a finite number")
    return float(answer)


def _ids(q: Question, answer: object, known: Sequence[str], what: str) -> list[str]:
    if isinstance(answer, str | bytes) or not isinstance(answer, Sequence | set | frozenset):
        raise _bad(q, f"expected a list of {what} ids, got {type(answer).__name__}")
    ids = list(answer)
    for value in ids:
        if not isinstance(value, str):
            raise _bad(q, f"{what} ids must be strings, not {_show(value)}")
        if value not in known:
            raise _bad(q, f"unknown {what} id {_show(value)}")
    if len(set(ids)) != len(ids):
        raise _bad(q, f"the same {what} id is given twice")
    return ids


def _score_and_feedback(q: Question, answer: object) -> tuple[float, tuple[str, ...]]:
    if q.type == "single":
        if not isinstance(answer, str):
            raise _bad(q, f"a single-choice answer is one option id, not {type(answer).__name__}")
        chosen = _ids(q, [answer], [o.id for o in q.options], "option")
    elif q.type == "multiple":
        chosen = _ids(q, answer, [o.id for o in q.options], "option")
    if q.type in ("single", "multiple"):
        picked = [o for o in q.options if o.id in chosen]
        right = sum(o.correct for o in picked)
        n_correct = max(1, sum(o.correct for o in q.options))
        score = max(0.0, (right - (len(picked) - right)) / n_correct)
        return score, tuple(o.feedback for o in picked if o.feedback)
    if q.type == "true_false":
        if not isinstance(answer, bool):
            raise _bad(q, f"expected true or false, got {type(answer).__name__}")
        feedback = q.feedback_true if answer else q.feedback_false
        return float(answer == q.answer), (feedback,) if feedback else ()
    if q.type == "text":
        if not isinstance(answer, str):
            raise _bad(q, f"expected text, got {type(answer).__name__}")
        given = fold_text(answer)
        return float(bool(given) and any(given == fold_text(a) for a in q.accepted)), ()
    if q.type == "numeric":
        assert isinstance(q.answer, int | float)
        diff = abs(_number(q, answer) - q.answer)
        return float(diff <= q.tolerance + _EPS * max(1.0, abs(q.answer))), ()
    if q.type == "matching":
        if not isinstance(answer, Mapping):
            raise _bad(q, f"expected a map from pair id to pair id, got {type(answer).__name__}")
        known = [p.id for p in q.pairs]
        keys = _ids(q, list(answer), known, "pair")
        if len(keys) != len(known):
            missing = ", ".join(repr(k) for k in known if k not in keys)
            raise _bad(q, f"no choice given for pair(s) {missing} (None = left unmatched)")
        for value in answer.values():
            if value is not None:
                _ids(q, [value], known, "pair")
        return sum(answer[k] == k for k in known) / max(1, len(known)), ()
    if q.type == "ordering":
        known = [s.id for s in q.steps]
        if isinstance(answer, set | frozenset):
            raise _bad(q, "the step order must be a list, not a set")
        order = _ids(q, answer, known, "step")
        if len(order) != len(known):
            raise _bad(q, f"expected an ordered list of all {len(known)} step ids, "
                          f"got {len(order)}")
        return sum(a == b for a, b in zip(order, known, strict=True)) / max(1, len(known)), ()
    if q.type in FORMAT_2_TYPES:
        return _score_format_2(q, answer), ()
    raise _bad(q, f"unknown question type {q.type!r}")


def _score_format_2(q: Question, answer: object) -> float:
    """The passage types (rules in passages.py) and free text (checked, never scored)."""
    try:
        if q.type == "fill_blanks":
            return score_typed_gaps(q.gaps, answer, TEXT_MAX)
        if q.type == "drag_words":
            return score_placed_words(q.gaps, {w.id: w.text for w in q.bank}, answer)
        if q.type == "mark_words":
            return score_marked_words(q.words, answer)
    except MalformedAnswer as exc:
        raise _bad(q, str(exc)) from None
    if not isinstance(answer, str):
        raise _bad(q, f"expected text, got {type(answer).__name__}")
    if len(answer) > q.max_length:
        raise _bad(q, f"the answer is longer than {q.max_length} characters")
    return 0.0


def score_question(q: Question, answer: object) -> QuestionResult:
    """Score one answer (None = not answered) between 0 and 1, with the feedback to show.

    Partial credit follows the table in the format doc so authors can predict scores;
    a malformed answer raises `AnswerError` instead of scoring 0, because it means the
    UI sent something the learner never chose.
    """
    if answer is None:
        score, feedback = 0.0, ()
    else:
        score, feedback = _score_and_feedback(q, answer)
    answered = answer is not None
    if not q.scored:  # free text: answered when something was written
        answered = isinstance(answer, str) and bool(answer.strip())
    return QuestionResult(question_id=q.id, score=score, points_earned=score * q.points,
                          points_possible=float(q.points), correct=q.scored and score >= 1.0,
                          answered=answered, feedback=feedback,
                          explanation=q.explanation, scored=q.scored)


def resolve_pass_mark(quiz: Quiz, course_pass_mark: float) -> float:
    """The quiz's own pass mark, else the course default (`completion.pass_mark`)."""
    return course_pass_mark if quiz.pass_mark is None else quiz.pass_mark


def score_attempt(quiz: Quiz, question_ids: Sequence[str], answers: Mapping[str, object],
                  pass_mark: float) -> AttemptResult:
    """Score a whole attempt: the questions it asked (its plan), not the whole bank.

    With `draw` each attempt asks a subset, so the score is over `question_ids` only.
    Questions missing from `answers` count as not answered; answers to questions that
    were not asked raise `AnswerError`, as they point to a mix-up of attempts.

    Free-text questions earn no points and weigh nothing in the score, but an attempt
    passes only when each of them was answered (something written): the score must
    reach the pass mark and no free-text question may be left empty. An attempt that
    asks only free-text questions scores the share of them answered.
    """
    if isinstance(pass_mark, bool) or not isinstance(pass_mark, int | float) \
            or not 0 <= pass_mark <= 1:
        raise ValueError(f"pass_mark must be a number between 0 and 1, not {_show(pass_mark)}")
    bank = {q.id: q for q in quiz.questions}
    if isinstance(question_ids, str) or not isinstance(question_ids, Sequence) \
            or not question_ids or not all(isinstance(qid, str) for qid in question_ids):
        raise AnswerError("an attempt needs a non-empty list of question ids (strings)")
    if len(set(question_ids)) != len(question_ids):
        raise AnswerError("the attempt lists the same question twice")
    unknown = [qid for qid in question_ids if qid not in bank]
    if unknown:
        raise AnswerError(f"question(s) {', '.join(map(_show, unknown))} are not in the quiz")
    if not isinstance(answers, Mapping):
        raise AnswerError(f"answers must be a map by question id, not {type(answers).__name__}")
    extra = [k for k in answers if k not in question_ids]
    if extra:
        raise AnswerError(f"answers given for question(s) not in this attempt: "
                          f"{', '.join(map(_show, extra))}")
    results = tuple(score_question(bank[qid], answers.get(qid)) for qid in question_ids)
    earned = sum(r.points_earned for r in results)
    possible = sum(r.points_possible for r in results)
    free = [r for r in results if not r.scored]
    if possible > 0:
        score = min(1.0, earned / possible)
    else:
        score = sum(r.answered for r in free) / len(free) if free else 0.0
    passed = score + _EPS >= pass_mark and all(r.answered for r in free)
    return AttemptResult(results=results, points_earned=earned, points_possible=possible,
                         score=score, pass_mark=float(pass_mark), passed=passed)


def can_start_attempt(quiz: Quiz, attempts_used: int) -> bool:
    """Whether another attempt is allowed, so the UI can grey out "Try again"."""
    if isinstance(attempts_used, bool) or not isinstance(attempts_used, int) \
            or attempts_used < 0:
        raise ValueError(f"attempts_used must be an integer of 0 or more, "
                         f"not {_show(attempts_used)}")
    return quiz.max_attempts == 0 or attempts_used < quiz.max_attempts
