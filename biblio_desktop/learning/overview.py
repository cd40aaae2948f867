"""The facilitator's table: every learner's progress in every installed course.

Built from a handful of grouped queries rather than one tracker per learner, because a
workshop PC can hold hundreds of learners and the table must still appear at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..storage.models import (
    CourseCompletionRow,
    CourseVersionRow,
    ItemProgressRow,
    ItemRow,
    LearnerRow,
    QuizAttemptRow,
)


@dataclass(frozen=True)
class LearnerCourseStatus:
    learner_id: int
    learner_name: str
    course_id: str
    required_items: int
    done_items: int
    seconds_spent: int
    last_activity: datetime | None
    completed_at: datetime | None
    completed_version: str | None
    quiz_scores: dict[str, float]

    @property
    def fraction(self) -> float:
        if self.completed_at is not None:
            return 1.0
        return self.done_items / self.required_items if self.required_items else 0.0


def facilitator_overview(session: Session, learner_id: int | None = None
                         ) -> list[LearnerCourseStatus]:
    """Status of each (learner, installed course) pair, by learner name then course id.

    With `learner_id`, only that learner's rows (the learner's own course page and the
    facilitator's drill-down use the same numbers).
    """
    learners_q = select(LearnerRow.id, LearnerRow.name).where(LearnerRow.role == "learner")
    if learner_id is not None:
        learners_q = learners_q.where(LearnerRow.id == learner_id)
    learners = session.execute(learners_q.order_by(LearnerRow.name)).all()
    current = and_(CourseVersionRow.id == ItemRow.course_version_id, CourseVersionRow.is_current)
    required = dict(session.execute(
        select(CourseVersionRow.course_id, func.count(ItemRow.id))
        .join(ItemRow, current).where(ItemRow.required)
        .group_by(CourseVersionRow.course_id)).tuples().all())
    scope = [] if learner_id is None else [ItemProgressRow.learner_id == learner_id]
    done_plain = {
        (lid, cid): n for lid, cid, n in session.execute(
            select(ItemProgressRow.learner_id, ItemProgressRow.course_id, func.count())
            .join(ItemRow, ItemRow.item_id == ItemProgressRow.item_id)
            .join(CourseVersionRow, and_(current,
                                         CourseVersionRow.course_id == ItemProgressRow.course_id))
            .where(ItemProgressRow.completed_at.is_not(None), ItemRow.required,
                   ItemRow.kind != "quiz", *scope)
            .group_by(ItemProgressRow.learner_id, ItemProgressRow.course_id)).tuples()}
    activity = {
        (lid, cid): (secs, last) for lid, cid, secs, last in session.execute(
            select(ItemProgressRow.learner_id, ItemProgressRow.course_id,
                   func.sum(ItemProgressRow.seconds_spent),
                   func.max(ItemProgressRow.last_opened_at))
            .where(*scope)
            .group_by(ItemProgressRow.learner_id, ItemProgressRow.course_id)).tuples()}
    qscope = [] if learner_id is None else [QuizAttemptRow.learner_id == learner_id]
    quiz_required = set(session.execute(
        select(CourseVersionRow.course_id, ItemRow.item_id).join(ItemRow, current)
        .where(ItemRow.required, ItemRow.kind == "quiz")).tuples().all())
    scores: dict[tuple[int, str], dict[str, float]] = {}
    passed: dict[tuple[int, str], int] = {}
    for lid, cid, item_id, best, ok in session.execute(
            select(QuizAttemptRow.learner_id, QuizAttemptRow.course_id, QuizAttemptRow.item_id,
                   func.max(QuizAttemptRow.score), func.max(QuizAttemptRow.passed))
            .where(QuizAttemptRow.submitted_at.is_not(None), *qscope)
            .group_by(QuizAttemptRow.learner_id, QuizAttemptRow.course_id,
                      QuizAttemptRow.item_id)).tuples():
        scores.setdefault((lid, cid), {})[item_id] = float(best)
        if ok and (cid, item_id) in quiz_required:
            passed[(lid, cid)] = passed.get((lid, cid), 0) + 1
    cscope = [] if learner_id is None else [CourseCompletionRow.learner_id == learner_id]
    completions = {
        (r.learner_id, r.course_id): r
        for r in session.scalars(select(CourseCompletionRow).where(*cscope))}
    result = []
    for lid, name in learners:
        for cid in sorted(required):
            key = (lid, cid)
            secs, last = activity.get(key, (0, None))
            done = completions.get(key)
            result.append(LearnerCourseStatus(
                learner_id=lid, learner_name=name, course_id=cid,
                required_items=required[cid],
                done_items=done_plain.get(key, 0) + passed.get(key, 0),
                seconds_spent=int(secs or 0), last_activity=last,
                completed_at=done.completed_at if done else None,
                completed_version=done.course_version if done else None,
                quiz_scores=scores.get(key, {})))
    return result
