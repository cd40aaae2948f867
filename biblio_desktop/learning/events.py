"""Learning events, delivered inside the transaction that caused them.

Listeners (the xAPI outbox, later others) get the open database session, so what they
write commits or rolls back together with the answer or completion itself: a statement
can never be lost between "quiz passed" and "queued for the LRS".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from .quiz import AttemptResult, Quiz


@dataclass(frozen=True)
class QuizSubmitted:
    learner_id: int
    course_id: str
    course_version: str
    item_id: str
    attempt_id: int
    attempt_no: int
    language: str
    result: AttemptResult
    at: datetime
    # What was asked and answered, for listeners that describe each question (the xAPI
    # outbox: interaction definitions and the learner's responses).
    quiz: Quiz | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CourseCompleted:
    learner_id: int
    course_id: str
    course_version: str
    completed_at: datetime
    score: float | None


LearningEvent = QuizSubmitted | CourseCompleted
Listener = Callable[[Session, LearningEvent], None]
