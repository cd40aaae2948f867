"""Quiz engine: parse a quiz, plan an attempt, score answers. Pure functions, no I/O.

Quiz files come from course packages, which are untrusted input, so `parse_quiz` checks
every field and names the file and question in its message: an author fixing a quiz
needs to know where to look. Learners' answers come from the UI, so malformed answers
raise `AnswerError` (a bug to report) rather than scoring silently. The format is
described in docs/package-format.md, section "Quizzes".
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..errors import BiblioError
from .textfold import fold_text

__all__ = [
    "QUESTION_TYPES", "AnswerError", "AttemptPlan", "AttemptResult", "Option", "Pair",
    "Question", "QuestionResult", "Quiz", "QuizFormatError", "Step", "attempt_plan",
    "can_start_attempt", "parse_quiz", "resolve_pass_mark", "score_attempt",
    "score_question",
]

QUESTION_TYPES = ("single", "multiple", "true_false", "text", "numeric", "matching", "ordering")
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
    else:
        fields["steps"] = tuple(Step(sid, c.text(t, "text"))
                                for sid, t, c in ctx.items(raw, "steps", "step", {"id", "text"}, 2))
    return Question(id=qid, type=qtype, prompt=ctx.text(raw, "prompt"), points=points,
                    explanation=ctx.text(raw, "explanation", required=False), **fields)


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
    raise _bad(q, f"unknown question type {q.type!r}")


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
    return QuestionResult(question_id=q.id, score=score, points_earned=score * q.points,
                          points_possible=float(q.points), correct=score >= 1.0,
                          answered=answer is not None, feedback=feedback,
                          explanation=q.explanation)


def resolve_pass_mark(quiz: Quiz, course_pass_mark: float) -> float:
    """The quiz's own pass mark, else the course default (`completion.pass_mark`)."""
    return course_pass_mark if quiz.pass_mark is None else quiz.pass_mark


def score_attempt(quiz: Quiz, question_ids: Sequence[str], answers: Mapping[str, object],
                  pass_mark: float) -> AttemptResult:
    """Score a whole attempt: the questions it asked (its plan), not the whole bank.

    With `draw` each attempt asks a subset, so the score is over `question_ids` only.
    Questions missing from `answers` count as not answered; answers to questions that
    were not asked raise `AnswerError`, as they point to a mix-up of attempts.
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
    score = min(1.0, earned / possible) if possible > 0 else 0.0
    return AttemptResult(results=results, points_earned=earned, points_possible=possible,
                         score=score, pass_mark=float(pass_mark),
                         passed=score + _EPS >= pass_mark)


# --------------------------------------------------------------------------- planning

@dataclass(frozen=True)
class AttemptPlan:
    question_ids: tuple[str, ...]
    option_orders: Mapping[str, tuple[str, ...]]  # read-only


def _rng(seed: str, purpose: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}\x00{purpose}".encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _shuffled(items: Sequence[str], rng: random.Random) -> list[str]:
    # Own Fisher-Yates on getrandbits (MT19937 output is stable across Python versions),
    # so the library's shuffle/sample internals can never change a resumed attempt.
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        bits = i.bit_length() + 1
        j = rng.getrandbits(bits)
        while j > i:
            j = rng.getrandbits(bits)
        out[i], out[j] = out[j], out[i]
    return out


def _scrambled(items: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    out = _shuffled(items, rng)
    if len(out) > 1 and out == list(items):
        out = out[1:] + out[:1]  # a rotation is never the identity for 2+ distinct ids
    return tuple(out)


def attempt_plan(quiz: Quiz, seed: str) -> AttemptPlan:
    """Decide which questions an attempt asks and in which order options appear.

    Everything derives from sha256(`seed`) (e.g. "learner:item:attempt_no"), never from
    Python's salted `hash()`, so reopening an attempt after a restart, on another
    machine or Python version shows exactly the same questions in the same order. Each
    question's options use their own stream, so drawing other questions does not move
    them. Ordering steps and matching right sides always start scrambled, never solved.
    """
    ids = [q.id for q in quiz.questions]
    if quiz.draw is not None and quiz.draw < len(ids):
        drawn = set(_shuffled(ids, _rng(seed, "draw"))[: quiz.draw])
        ids = [qid for qid in ids if qid in drawn]
    if quiz.shuffle_questions:
        ids = _shuffled(ids, _rng(seed, "questions"))
    orders: dict[str, tuple[str, ...]] = {}
    for qid in ids:
        q = quiz.question(qid)
        rng = _rng(seed, f"options:{qid}")
        if q.type in ("single", "multiple"):
            option_ids = [o.id for o in q.options]
            orders[qid] = tuple(_shuffled(option_ids, rng) if quiz.shuffle_options
                                else option_ids)
        elif q.type == "matching":
            orders[qid] = _scrambled([p.id for p in q.pairs], rng)
        elif q.type == "ordering":
            orders[qid] = _scrambled([s.id for s in q.steps], rng)
    return AttemptPlan(question_ids=tuple(ids), option_orders=MappingProxyType(orders))


def can_start_attempt(quiz: Quiz, attempts_used: int) -> bool:
    """Whether another attempt is allowed, so the UI can grey out "Try again"."""
    if isinstance(attempts_used, bool) or not isinstance(attempts_used, int) \
            or attempts_used < 0:
        raise ValueError(f"attempts_used must be an integer of 0 or more, "
                         f"not {_show(attempts_used)}")
    return quiz.max_attempts == 0 or attempts_used < quiz.max_attempts
