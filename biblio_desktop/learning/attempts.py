"""What a screen sees of a quiz attempt, and where the tracker gets its quizzes.

The tracker (tracker.py) and its part for the questions on slides and in videos
(item_questions.py) both hand out `AttemptView`s; it lives here, below both, so that the
tracker can import item_questions.py without item_questions.py importing the tracker
(the acyclic contract in pyproject.toml).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ..packages.manifest import Manifest
from ..storage.models import QuizAttemptRow
from .quiz import Quiz, resolve_pass_mark
from .quiz_plan import attempt_plan
from .reviews import AnswerReview, reviews_of_attempt

__all__ = ["AttemptView", "QuizSource", "attempt_view"]


@dataclass(frozen=True)
class AttemptView:
    """Everything a quiz screen needs to show or resume an attempt."""

    attempt_id: int
    item_id: str
    attempt_no: int
    question_ids: tuple[str, ...]
    option_orders: dict[str, tuple[str, ...]]
    answers: dict[str, Any]
    current_question: str | None
    submitted: bool
    score: float | None
    passed: bool | None
    pass_mark: float
    max_attempts: int
    attempts_used: int
    # The facilitator's reviews of free-text answers, by question id (reviews.py).
    reviews: dict[str, AnswerReview] = field(default_factory=dict)


class QuizSource:
    """How the tracker gets course manifests and quiz files (the Workspace provides it)."""

    def manifest(self, course_id: str) -> Manifest:  # pragma: no cover - interface
        raise NotImplementedError

    def quiz(self, course_id: str, item_id: str, language: str) -> Quiz:  # pragma: no cover
        raise NotImplementedError


def attempt_view(session: Session, row: QuizAttemptRow, quiz: Quiz, used: int,
                 course_pass_mark: float) -> AttemptView:
    """The attempt in `row` as a screen shows it: the questions in the order its seed drew
    them (the same on every resume), the answers saved so far and, once submitted, the
    facilitator's reviews. `used` is how many attempts count against the quiz's limit."""
    plan = attempt_plan(quiz, row.seed)
    reviews = reviews_of_attempt(session, row.id) if row.submitted_at else {}
    return AttemptView(
        attempt_id=row.id, item_id=row.item_id, attempt_no=row.attempt_no,
        question_ids=plan.question_ids, option_orders=dict(plan.option_orders),
        answers={a.question_id: json.loads(a.answer_json) for a in row.answers},
        current_question=row.current_question, submitted=row.submitted_at is not None,
        score=row.score, passed=row.passed,
        pass_mark=resolve_pass_mark(quiz, course_pass_mark),
        max_attempts=quiz.max_attempts, attempts_used=used, reviews=reviews)
