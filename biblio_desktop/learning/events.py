"""Learning events, delivered inside the transaction that caused them.

Listeners (the xAPI outbox, later others) get the open database session, so what they
write commits or rolls back together with the answer or completion itself: a statement
can never be lost between "quiz passed" and "queued for the LRS".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from .quiz import AttemptResult, Quiz

if TYPE_CHECKING:
    from ..storage.models import CompletionRecordRow


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
    # "quiz", or "slides"/"video" for the questions of a slides or video item (answered
    # one by one on the item; submitted when the last one is): no pass or fail then.
    item_kind: str = "quiz"


@dataclass(frozen=True)
class CourseCompleted:
    learner_id: int
    course_id: str
    course_version: str
    completed_at: datetime
    score: float | None


@dataclass(frozen=True)
class RecordIssued:
    """A completion record was signed and stored (records/issue.py); the outbox queues it
    for the LRS in the same transaction, so a record cannot be issued without being queued."""

    record: CompletionRecordRow


LearningEvent = QuizSubmitted | CourseCompleted | RecordIssued
Listener = Callable[[Session, LearningEvent], None]
