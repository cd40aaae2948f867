"""The facilitator's table: every learner's progress in every installed course.

Read from the `learner_course_stats` summary the tracker keeps (one row per learner and
course, see course_stats.py) rather than from item_progress and quiz_attempts, because
a workshop PC can hold hundreds of learners and the table must still appear at once.
Done items are counted here against the required items of each course's current
version, so a newer version that adds items shows the right fraction straight away.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.models import (
    CourseCompletionRow,
    CourseVersionRow,
    ItemRow,
    LearnerCourseStatsRow,
    LearnerRow,
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


def facilitator_overview(session: Session, learner_id: int | None = None, *,
                         learner_ids: Collection[int] | None = None
                         ) -> list[LearnerCourseStatus]:
    """Status of each (learner, installed course) pair, by learner name then course id.

    With `learner_id`, only that learner's rows (the learner's own course page and the
    facilitator's drill-down use the same numbers); with `learner_ids`, only those
    learners' (a cohort's report, learning/cohort_report.py).
    """
    learners_q = select(LearnerRow.id, LearnerRow.name).where(LearnerRow.role == "learner")
    if learner_id is not None:
        learners_q = learners_q.where(LearnerRow.id == learner_id)
    learners = session.execute(learners_q.order_by(LearnerRow.name)).all()
    if learner_ids is not None:
        learners = [row for row in learners if row[0] in learner_ids]
    # The current version of each course: its item ids, and which of them are required.
    items: dict[str, set[str]] = {}
    needed: dict[str, set[str]] = {}
    for cid, item_id, is_required in session.execute(
            select(CourseVersionRow.course_id, ItemRow.item_id, ItemRow.required)
            .join(ItemRow, ItemRow.course_version_id == CourseVersionRow.id)
            .where(CourseVersionRow.is_current)).tuples():
        items.setdefault(cid, set()).add(item_id)
        if is_required:
            needed.setdefault(cid, set()).add(item_id)
    required = {cid: frozenset(ids) for cid, ids in needed.items()}
    courses = sorted(required)  # as before: a course without required items is not listed
    sscope = [] if learner_id is None else [LearnerCourseStatsRow.learner_id == learner_id]
    stats = {
        (lid, cid): (secs, last, done, best) for lid, cid, secs, last, done, best
        in session.execute(
            select(LearnerCourseStatsRow.learner_id, LearnerCourseStatsRow.course_id,
                   LearnerCourseStatsRow.seconds_spent, LearnerCourseStatsRow.last_activity,
                   LearnerCourseStatsRow.done_item_ids, LearnerCourseStatsRow.quiz_best)
            .where(*sscope)).tuples()}
    cscope = [] if learner_id is None else [CourseCompletionRow.learner_id == learner_id]
    completions = {
        (lid, cid): (at, version) for lid, cid, at, version in session.execute(
            select(CourseCompletionRow.learner_id, CourseCompletionRow.course_id,
                   CourseCompletionRow.completed_at, CourseCompletionRow.course_version)
            .where(*cscope)).tuples()}
    # Many learners share the same done set (everything, or the first few items): count
    # each distinct (course, JSON text) once.
    counted: dict[tuple[str, str], int] = {}
    result = []
    append = result.append
    for lid, name in learners:
        for cid in courses:
            key = (lid, cid)
            row = stats.get(key)
            if row is None:
                secs, last, done, scores = 0, None, 0, {}
            else:
                secs, last, done_json, best_json = row
                done = counted.get((cid, done_json), -1)
                if done < 0:
                    done = len(required[cid].intersection(json.loads(done_json)))
                    counted[(cid, done_json)] = done
                scores = json.loads(best_json) if best_json != "{}" else {}
                if not scores.keys() <= items[cid]:  # an item the current version dropped
                    scores = {k: v for k, v in scores.items() if k in items[cid]}
            completed = completions.get(key)
            append(LearnerCourseStatus(
                learner_id=lid, learner_name=name, course_id=cid,
                required_items=len(required[cid]), done_items=done,
                seconds_spent=secs, last_activity=last,
                completed_at=completed[0] if completed else None,
                completed_version=completed[1] if completed else None,
                quiz_scores=scores))
    return result
