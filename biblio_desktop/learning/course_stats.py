"""The per (learner, course) summary behind the facilitator overview.

The overview must show hundreds of learners at once; scanning item_progress and
quiz_attempts for that took longer than the screen may. So the tracker keeps one row per
learner and course in `learner_course_stats`, recomputed from the source tables with
`refresh_stats` inside the same unit of work as every write that changes what the
overview shows: it commits (or rolls back) with the progress itself and cannot drift.

The row holds facts by item id, not counts: `done_item_ids` (items completed, quizzes
passed), `quiz_best` ({item id: best submitted score}) and `quiz_first` ({item id: score
of the first submitted attempt}: the pre-test score of the cohort report, prepost.py, which
so never scans quiz_attempts; migration 0010 filled it for upgraded databases). The
overview intersects the ids with the required items of the course's *current* version, so
installing a version that adds items changes the fraction without touching this table.

Anything that writes progress without the tracker (bulk loads, repairs, tests) calls
`rebuild_all_stats` afterwards. Migration 0004 fills the table for upgraded databases
with its own copy of the same computation.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, delete, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .. import clock
from ..storage.models import ItemProgressRow, LearnerCourseStatsRow, LearnerRow, QuizAttemptRow


def _now() -> datetime:
    return clock.utc_now()


def _best_score() -> Any:
    """Best score over submitted attempts (an open attempt has no score yet)."""
    return func.max(case((QuizAttemptRow.submitted_at.is_not(None), QuizAttemptRow.score)))


# The first submitted, scored attempt: grouped with MIN(attempt_no), SQLite hands back the
# bare `score` column from the row holding the minimum (the partial index of migration
# 0009 covers it). The same "first" as prepost.read_scores, its fresh computation.
_SCORED = (QuizAttemptRow.submitted_at.is_not(None), QuizAttemptRow.score.is_not(None))


def encode_done(item_ids: set[str]) -> str:
    return json.dumps(sorted(item_ids))


def encode_best(best: dict[str, float]) -> str:
    return json.dumps(best, sort_keys=True)


# Built once: constructing and cache-keying these statements cost more than running them.
_PROGRESS = (
    select(ItemProgressRow.item_id, ItemProgressRow.seconds_spent,
           ItemProgressRow.last_opened_at, ItemProgressRow.completed_at)
    .where(ItemProgressRow.learner_id == bindparam("learner_id"),
           ItemProgressRow.course_id == bindparam("course_id")))
_QUIZZES = (
    select(QuizAttemptRow.item_id, _best_score(), func.max(QuizAttemptRow.passed))
    .where(QuizAttemptRow.learner_id == bindparam("learner_id"),
           QuizAttemptRow.course_id == bindparam("course_id"))
    .group_by(QuizAttemptRow.item_id))
_FIRSTS = (
    select(QuizAttemptRow.item_id, QuizAttemptRow.score, func.min(QuizAttemptRow.attempt_no))
    .where(QuizAttemptRow.learner_id == bindparam("learner_id"),
           QuizAttemptRow.course_id == bindparam("course_id"), *_SCORED)
    .group_by(QuizAttemptRow.item_id))
_COLUMNS = ("seconds_spent", "last_activity", "done_item_ids", "quiz_best", "quiz_first",
            "updated_at")
_upsert = sqlite_insert(LearnerCourseStatsRow).values(
    {name: bindparam(name) for name in ("learner_id", "course_id", *_COLUMNS)})
_UPSERT = _upsert.on_conflict_do_update(
    index_elements=["learner_id", "course_id"],
    set_={name: getattr(_upsert.excluded, name) for name in _COLUMNS})


def refresh_stats(session: Session, learner_id: int, course_id: str,
                  now: datetime | None = None) -> None:
    """Recompute the summary row of one learner in one course from item_progress and
    quiz_attempts, in the caller's transaction (pending ORM changes are flushed first).

    Three indexed queries over one learner-course (a few dozen rows) and one upsert.
    """
    session.flush()
    conn = session.connection()
    key = {"learner_id": learner_id, "course_id": course_id}
    seconds = 0
    last: datetime | None = None
    done: set[str] = set()
    for item_id, secs, opened, completed in conn.execute(_PROGRESS, key):
        seconds += secs or 0
        if opened is not None and (last is None or opened > last):
            last = opened
        if completed is not None:
            done.add(item_id)
    best: dict[str, float] = {}
    for item_id, score, passed in conn.execute(_QUIZZES, key):
        if score is not None:
            best[item_id] = float(score)
        if passed:
            done.add(item_id)
    first = {item_id: float(score) for item_id, score, _no in conn.execute(_FIRSTS, key)}
    conn.execute(_UPSERT, {**key, "seconds_spent": seconds, "last_activity": last,
                           "done_item_ids": encode_done(done), "quiz_best": encode_best(best),
                           "quiz_first": encode_best(first), "updated_at": now or _now()})


def rebuild_all_stats(session: Session, now: datetime | None = None) -> int:
    """Recompute the whole table from the source tables (after writes that bypass the
    tracker); returns the number of rows written. Runs in the caller's transaction."""
    session.flush()
    stamp = now or _now()
    stats: dict[tuple[int, str], dict[str, Any]] = {}

    def entry(lid: int, cid: str) -> dict[str, Any]:
        return stats.setdefault((lid, cid), {"seconds": 0, "last": None, "done": set(),
                                             "best": {}, "first": {}})

    learners = select(LearnerRow.id).scalar_subquery()
    for lid, cid, secs, last in session.execute(
            select(ItemProgressRow.learner_id, ItemProgressRow.course_id,
                   func.sum(ItemProgressRow.seconds_spent),
                   func.max(ItemProgressRow.last_opened_at))
            .where(ItemProgressRow.learner_id.in_(learners))
            .group_by(ItemProgressRow.learner_id, ItemProgressRow.course_id)).tuples():
        e = entry(lid, cid)
        e["seconds"], e["last"] = int(secs or 0), last
    for lid, cid, item_id in session.execute(
            select(ItemProgressRow.learner_id, ItemProgressRow.course_id,
                   ItemProgressRow.item_id)
            .where(ItemProgressRow.completed_at.is_not(None),
                   ItemProgressRow.learner_id.in_(learners))).tuples():
        entry(lid, cid)["done"].add(item_id)
    for lid, cid, item_id, score, passed in session.execute(
            select(QuizAttemptRow.learner_id, QuizAttemptRow.course_id, QuizAttemptRow.item_id,
                   _best_score(), func.max(QuizAttemptRow.passed))
            .where(QuizAttemptRow.learner_id.in_(learners))
            .group_by(QuizAttemptRow.learner_id, QuizAttemptRow.course_id,
                      QuizAttemptRow.item_id)).tuples():
        e = entry(lid, cid)
        if score is not None:
            e["best"][item_id] = float(score)
        if passed:
            e["done"].add(item_id)
    for lid, cid, item_id, score, _no in session.execute(
            select(QuizAttemptRow.learner_id, QuizAttemptRow.course_id, QuizAttemptRow.item_id,
                   QuizAttemptRow.score, func.min(QuizAttemptRow.attempt_no))
            .where(QuizAttemptRow.learner_id.in_(learners), *_SCORED)
            .group_by(QuizAttemptRow.learner_id, QuizAttemptRow.course_id,
                      QuizAttemptRow.item_id)).tuples():
        entry(lid, cid)["first"][item_id] = float(score)
    session.execute(delete(LearnerCourseStatsRow))
    rows = [{"learner_id": lid, "course_id": cid, "seconds_spent": e["seconds"],
             "last_activity": e["last"], "done_item_ids": encode_done(e["done"]),
             "quiz_best": encode_best(e["best"]), "quiz_first": encode_best(e["first"]),
             "updated_at": stamp}
            for (lid, cid), e in sorted(stats.items())]
    if rows:
        session.execute(insert(LearnerCourseStatsRow), rows)
    return len(rows)
