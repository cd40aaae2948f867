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

# Built once (compiling and cache-keying statements costs more than running them). JSON is
# decoded without json.loads' whitespace checks: the tracker wrote it (course_stats.py).
_decode = json.JSONDecoder().raw_decode
_LEARNERS = select(LearnerRow.id, LearnerRow.name).where(LearnerRow.role == "learner")
_ITEMS = (select(CourseVersionRow.course_id, ItemRow.item_id, ItemRow.required)
          .join(ItemRow, ItemRow.course_version_id == CourseVersionRow.id)
          .where(CourseVersionRow.is_current))
_STATS = select(LearnerCourseStatsRow.learner_id, LearnerCourseStatsRow.course_id,
                LearnerCourseStatsRow.seconds_spent, LearnerCourseStatsRow.last_activity,
                LearnerCourseStatsRow.done_item_ids, LearnerCourseStatsRow.quiz_best)
_COMPLETIONS = select(CourseCompletionRow.learner_id, CourseCompletionRow.course_id,
                      CourseCompletionRow.completed_at, CourseCompletionRow.course_version)


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
    conn = session.connection()  # Core rows: the ORM's row handling cost more than SQLite
    learners_q = _LEARNERS if learner_id is None else _LEARNERS.where(LearnerRow.id == learner_id)
    learners = conn.execute(learners_q.order_by(LearnerRow.name)).all()
    if learner_ids is not None:
        learners = [row for row in learners if row[0] in learner_ids]
    # The current version of each course: its item ids, and which of them are required.
    items: dict[str, set[str]] = {}
    needed: dict[str, set[str]] = {}
    for cid, item_id, is_required in conn.execute(_ITEMS):
        items.setdefault(cid, set()).add(item_id)
        if is_required:
            needed.setdefault(cid, set()).add(item_id)
    required = {cid: frozenset(ids) for cid, ids in needed.items()}
    courses = sorted(required)  # as before: a course without required items is not listed
    stats_q = _STATS if learner_id is None else _STATS.where(
        LearnerCourseStatsRow.learner_id == learner_id)
    stats = {(row[0], row[1]): row for row in conn.execute(stats_q).all()}
    completions_q = _COMPLETIONS if learner_id is None else _COMPLETIONS.where(
        CourseCompletionRow.learner_id == learner_id)
    completions = {(lid, cid): (at, version)
                   for lid, cid, at, version in conn.execute(completions_q).all()}
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
                _lid, _cid, secs, last, done_json, best_json = row
                done = counted.get((cid, done_json), -1)
                if done < 0:
                    done = len(required[cid].intersection(_decode(done_json)[0]))
                    counted[(cid, done_json)] = done
                scores = _decode(best_json)[0] if best_json != "{}" else {}
                if not scores.keys() <= items[cid]:  # an item the current version dropped
                    scores = {k: v for k, v in scores.items() if k in items[cid]}
            completed = completions.get(key)
            append(LearnerCourseStatus(
                lid, name, cid, len(required[cid]), done, secs, last,
                completed[0] if completed else None, completed[1] if completed else None,
                scores))
    return result
