"""Free-text answers and the facilitator's reviews of them.

The app cannot score a free-text answer, so it keeps it for a person: when an attempt is
submitted, each free-text answer with something written in it is flagged `needs_review`
(tracker.py). The facilitator lists the answers waiting for review, per learner and per
course, and marks each reviewed with a score (0-100 %) and a comment; the learner sees
both in the quiz's result. A review is feedback: it changes neither the attempt's score
nor pass or fail, which were decided (and recorded, signed and sent) at submit time
(docs/package-format.md, "Free-text answers").

Only the facilitator overview and this module read across learners (architecture.md,
"Learner scoping"); a learner's own reviews come through `LearnerProgress`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import BiblioError
from ..packages.manifest import Manifest
from ..storage.models import AnswerRow, LearnerRow, QuizAttemptRow
from .quiz import Quiz

__all__ = ["COMMENT_MAX", "AnswerReview", "FreeTextAnswer", "ReviewError", "free_text_answers",
           "pending_review_counts", "review_answer", "reviews_of_attempt"]

COMMENT_MAX = 5000  # characters


class ReviewError(BiblioError, ValueError):
    """A review cannot be saved as given (the message says why)."""


@dataclass(frozen=True)
class AnswerReview:
    score: float  # 0..1, the facilitator's judgement; not part of the quiz score
    comment: str
    reviewer: str
    reviewed_at: datetime


@dataclass(frozen=True)
class FreeTextAnswer:
    """A submitted free-text answer, with what the facilitator needs to judge it."""

    answer_id: int
    learner_id: int
    learner_name: str
    course_id: str
    course_title: str
    item_id: str
    quiz_title: str
    question_id: str
    prompt: str
    attempt_no: int
    language: str
    submitted_at: datetime
    text: str
    review: AnswerReview | None


class AnswerSource(Protocol):
    """What the listing needs from the workspace: manifests and quizzes (by language)."""

    def manifest(self, course_id: str) -> Manifest: ...

    def quiz(self, course_id: str, item_id: str, language: str) -> Quiz: ...


def _review(row: AnswerRow) -> AnswerReview | None:
    if row.reviewed_at is None:
        return None
    return AnswerReview(score=row.review_score or 0.0, comment=row.review_comment or "",
                        reviewer=row.reviewed_by or "", reviewed_at=row.reviewed_at)


def _describe(source: AnswerSource | None, attempt: QuizAttemptRow, question_id: str,
              language: str | None) -> tuple[str, str, str]:
    """(course title, quiz title, prompt) in `language`, or ids where the course or the
    quiz is no longer installed: a review must stay possible after a course update."""
    course_title, quiz_title, prompt = attempt.course_id, attempt.item_id, question_id
    if source is None:
        return course_title, quiz_title, prompt
    try:
        manifest = source.manifest(attempt.course_id)
        course_title = manifest.text(manifest.title, language)
        quiz = source.quiz(attempt.course_id, attempt.item_id, attempt.language)
        quiz_title, prompt = quiz.title, quiz.question(question_id).prompt
    except (BiblioError, KeyError, OSError):
        pass
    return course_title, quiz_title, prompt


def free_text_answers(session: Session, source: AnswerSource | None = None, *,
                      learner_id: int | None = None, course_id: str | None = None,
                      reviewed: bool | None = False, language: str | None = None
                      ) -> list[FreeTextAnswer]:
    """Submitted free-text answers, oldest first: waiting for review (`reviewed=False`,
    the default), already reviewed (True) or both (None), for one learner and/or course."""
    query = (select(AnswerRow, QuizAttemptRow, LearnerRow.name)
             .join(QuizAttemptRow, AnswerRow.attempt_id == QuizAttemptRow.id)
             .join(LearnerRow, QuizAttemptRow.learner_id == LearnerRow.id)
             .where(AnswerRow.needs_review.is_(True)))
    if reviewed is not None:
        query = query.where(AnswerRow.reviewed_at.is_not(None) if reviewed
                            else AnswerRow.reviewed_at.is_(None))
    if learner_id is not None:
        query = query.where(QuizAttemptRow.learner_id == learner_id)
    if course_id is not None:
        query = query.where(QuizAttemptRow.course_id == course_id)
    query = query.order_by(QuizAttemptRow.submitted_at, QuizAttemptRow.id, AnswerRow.id)
    out = []
    for answer, attempt, name in session.execute(query).tuples():
        course_title, quiz_title, prompt = _describe(source, attempt, answer.question_id,
                                                     language)
        text = json.loads(answer.answer_json)
        out.append(FreeTextAnswer(
            answer_id=answer.id, learner_id=attempt.learner_id, learner_name=name,
            course_id=attempt.course_id, course_title=course_title, item_id=attempt.item_id,
            quiz_title=quiz_title, question_id=answer.question_id, prompt=prompt,
            attempt_no=attempt.attempt_no, language=attempt.language,
            submitted_at=attempt.submitted_at or answer.saved_at,
            text=text if isinstance(text, str) else "", review=_review(answer)))
    return out


def pending_review_counts(session: Session) -> dict[tuple[int, str], int]:
    """Answers waiting for review per (learner id, course id), for the facilitator's
    filters and the count on the review button."""
    rows = session.execute(
        select(QuizAttemptRow.learner_id, QuizAttemptRow.course_id, func.count())
        .join(AnswerRow, AnswerRow.attempt_id == QuizAttemptRow.id)
        .where(AnswerRow.needs_review.is_(True), AnswerRow.reviewed_at.is_(None))
        .group_by(QuizAttemptRow.learner_id, QuizAttemptRow.course_id)).tuples()
    return {(lid, cid): int(n) for lid, cid, n in rows}


def review_answer(session: Session, answer_id: int, *, score: float, comment: str,
                  reviewer: str, at: datetime) -> AnswerReview:
    """Store the facilitator's review of a free-text answer (again: the newest counts)."""
    if isinstance(score, bool) or not isinstance(score, int | float) \
            or not math.isfinite(score) or not 0 <= score <= 1:
        raise ReviewError(f"A review score is between 0 and 1 (0-100 %), not {score!r}.")
    if not isinstance(comment, str) or len(comment) > COMMENT_MAX:
        raise ReviewError(f"A review comment is text of at most {COMMENT_MAX} characters.",
                          "shorten the comment")
    row = session.get(AnswerRow, answer_id)
    if row is None or not row.needs_review or row.attempt.submitted_at is None:
        raise ReviewError("That answer does not exist or is not a submitted free-text "
                          "answer.", "refresh the list")
    row.review_score = float(score)
    row.review_comment = comment.strip()
    row.reviewed_by = reviewer[:100]
    row.reviewed_at = at
    review = _review(row)
    assert review is not None
    return review


def reviews_of_attempt(session: Session, attempt_id: int) -> dict[str, AnswerReview]:
    """The reviews of one attempt's answers, by question id (for the learner's result)."""
    rows = session.scalars(select(AnswerRow).where(
        AnswerRow.attempt_id == attempt_id, AnswerRow.reviewed_at.is_not(None)))
    return {row.question_id: review for row in rows if (review := _review(row)) is not None}
