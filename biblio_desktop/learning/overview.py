"""The facilitator's table: every learner's progress in every installed course.

Read from the `learner_course_stats` summary the tracker keeps (one row per learner and
course, see course_stats.py) rather than from item_progress and quiz_attempts, because
a workshop PC can hold hundreds of learners and the table must still appear at once.
Done items are counted here against the required items of each course's current
version, so a newer version that adds items shows the right fraction straight away.

A cohort of 400 learners x 10 courses is 4,000 rows, read at each showing of the cohort
dashboard (benchmarks/bench_cohorts.py), so the rows are plain tuples read with the
driver's own cursor: SQLAlchemy's row and date handling cost more than SQLite's query.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple, overload

from sqlalchemy import DateTime, select
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
_STATS_SQL = (f"SELECT learner_id, course_id, seconds_spent, last_activity, done_item_ids, "
              f"quiz_best, {{first}} FROM {LearnerCourseStatsRow.__tablename__}")
_COMPLETIONS_SQL = (f"SELECT learner_id, course_id, completed_at, course_version "
                    f"FROM {CourseCompletionRow.__tablename__}")


def _datetime_parser() -> object:
    """SQLAlchemy's own reading of a stored DateTime, for text fromisoformat refuses."""
    from sqlalchemy.dialects import sqlite

    return DateTime().result_processor(sqlite.dialect(), None)


def _when(text: str | None) -> datetime | None:
    """A DateTime column read as text by the driver: SQLAlchemy wrote it in ISO form
    ("2026-03-02 10:11:12.000000"), which fromisoformat reads ten times faster."""
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return _datetime_parser()(text)  # type: ignore[operator, no-any-return]


def score_in(text: str | None, item_id: str) -> float | None:
    """One quiz's score in a summary's {item id: score} JSON, or None.

    The cohort's gains need two numbers of each of its 4,000 summary rows, and decoding
    the whole JSON twice per row was a fifth of the dashboard's time. The tracker writes it
    with sorted keys, ", " and ": " (course_stats.encode_best), item ids are
    [a-z0-9-] and the values numbers, so `"<id>": ` can only start that item's entry and
    its number runs to the next "," or "}". Text in any other layout (the key is there,
    but not so) is decoded whole; float() reads the number as json does.
    """
    if not text:
        return None
    key = f'"{item_id}": '
    at = text.find(key)
    if at >= 0:
        start = at + len(key)
        end = text.find(",", start)
        try:
            return float(text[start:end if end >= 0 else text.index("}", start)])
        except ValueError:
            pass
    elif f'"{item_id}"' not in text:
        return None
    value = _decode(text)[0].get(item_id)
    return None if value is None else float(value)


class LearnerCourseStatus(NamedTuple):
    """One learner in one course (a tuple: a cohort report makes thousands)."""

    learner_id: int
    learner_name: str
    course_id: str
    required_items: int
    done_items: int
    seconds_spent: int
    last_activity: datetime | None
    completed_at: datetime | None
    completed_version: str | None
    quiz_scores: dict[str, float]  # {quiz item id: best submitted score}

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
    return list(read_overview(session, learner_id, learner_ids=learner_ids))


def read_overview(session: Session, learner_id: int | None = None, *,
                  learner_ids: Collection[int] | None = None,
                  course_ids: Collection[str] | None = None,
                  first_scores: bool = False) -> OverviewRows:
    """`facilitator_overview`'s rows (also only `course_ids`, when given), read now and
    each made when first asked for: the cohort dashboard shows a screenful of its 4,000
    rows, the CSV and PDF walk them all, and both see the same row. `first_scores` also
    reads the first-attempt scores the tracker keeps, for `OverviewRows.test_scores` (the
    cohort report's pre-tests: it never scans quiz_attempts)."""
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
    # as before: a course without required items is not listed
    courses = sorted(c for c in required if course_ids is None or c in course_ids)
    stats_sql = _STATS_SQL.format(first="quiz_first" if first_scores else "NULL")
    # the driver's own cursor, in the session's transaction (one snapshot): SQLAlchemy's
    # Row objects for 4,000 rows cost as much as SQLite's reading them
    raw = conn.connection.driver_connection
    where = ("", ()) if learner_id is None else (" WHERE learner_id = ?", (learner_id,))
    stats = raw.execute(stats_sql + where[0], where[1]).fetchall()
    completions = {(lid, cid): (_when(at), version)
                   for lid, cid, at, version in raw.execute(_COMPLETIONS_SQL + where[0],
                                                            where[1]).fetchall()}
    return OverviewRows([(lid, name) for lid, name in learners], courses, items, required,
                        stats, completions)


class OverviewRows(Sequence[LearnerCourseStatus]):
    """Every learner x course (by learner name, then course id) as read by
    `read_overview`; row n is made from the summary row when first asked for."""

    def __init__(self, learners: list[tuple[int, str]], courses: list[str],
                 items: dict[str, set[str]], required: dict[str, frozenset[str]],
                 stats: list[Any],
                 completions: dict[tuple[int, str], tuple[datetime, str]]) -> None:
        self.learners = learners
        self.courses = courses
        self._items, self._required = items, required
        self._rows_read, self._completions = stats, completions
        self._stats: dict[tuple[int, str], Any] | None = None  # by (learner, course)
        self._rows: list[LearnerCourseStatus | None] = [None] * (len(learners) * len(courses))
        # Many learners share the same done set (everything, or the first few items):
        # count each distinct (course, JSON text) once.
        self._counted: dict[tuple[str, str], int] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def _by_key(self) -> dict[tuple[int, str], Any]:
        if self._stats is None:
            self._stats = {(row[0], row[1]): row for row in self._rows_read}
        return self._stats

    def test_scores(self, pre: Mapping[str, Collection[str]],
                    post: Mapping[str, Collection[str]]
                    ) -> tuple[dict[tuple[str, str], dict[int, float]],
                               dict[tuple[str, str], dict[int, float]]]:
        """({(course, item): {learner: first score}} of the items `pre` names per course,
        the same of the best scores of the items `post` names), from the summary rows in
        one pass, without making the rows: the cohort's gains need these two numbers of
        every learner in every course (4,000 rows at each showing of the dashboard), so
        `score_in` is written out here. First scores need `read_overview(first_scores=
        True)`; without, there are none."""
        firsts: dict[tuple[str, str], dict[int, float]] = {}
        bests: dict[tuple[str, str], dict[int, float]] = {}
        wanted: dict[str, list[tuple[int, str, str, dict[int, float]]]] = {}
        for column, items, found in ((6, pre, firsts), (5, post, bests)):
            for cid in self.courses:
                for item_id in items.get(cid, ()):
                    scores = found[(cid, item_id)] = {}
                    wanted.setdefault(cid, []).append(
                        (column, item_id, f'"{item_id}": ', scores))
        learners = {lid for lid, _name in self.learners}
        for row in self._rows_read:
            tests = wanted.get(row[1])
            if tests is None or row[0] not in learners:
                continue
            lid = row[0]
            for column, item_id, key, scores in tests:
                text = row[column]
                at = text.find(key) if text else -1
                if at >= 0:
                    start = at + len(key)
                    end = text.find(",", start)
                    try:
                        scores[lid] = float(
                            text[start:end if end >= 0 else text.index("}", start)])
                        continue
                    except ValueError:
                        pass
                value = score_in(text, item_id)  # not there, or written another way
                if value is not None:
                    scores[lid] = value
        return firsts, bests

    def _make(self, n: int) -> LearnerCourseStatus:
        lid, name = self.learners[n // len(self.courses)]
        cid = self.courses[n % len(self.courses)]
        key = (lid, cid)
        required = self._required[cid]
        row = self._by_key().get(key)
        if row is None:
            secs, last, done, scores = 0, None, 0, {}
        else:
            _lid, _cid, secs, last, done_json, best_json, _first_json = row
            last = _when(last)
            done = self._counted.get((cid, done_json), -1)
            if done < 0:
                done = len(required.intersection(_decode(done_json)[0]))
                self._counted[(cid, done_json)] = done
            scores = _decode(best_json)[0] if best_json != "{}" else {}
            items = self._items[cid]
            if not scores.keys() <= items:  # an item the current version dropped
                scores = {k: v for k, v in scores.items() if k in items}
        completed = self._completions.get(key)
        status = LearnerCourseStatus(
            lid, name, cid, len(required), done, secs or 0, last,
            completed[0] if completed else None, completed[1] if completed else None,
            scores)
        self._rows[n] = status
        return status

    def _row(self, n: int) -> LearnerCourseStatus:
        return self._rows[n] or self._make(n)

    @overload
    def __getitem__(self, index: int) -> LearnerCourseStatus: ...

    @overload
    def __getitem__(self, index: slice) -> list[LearnerCourseStatus]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self._row(n) for n in range(*index.indices(len(self)))]
        return self._row(range(len(self))[index])

    def __iter__(self) -> Iterator[LearnerCourseStatus]:
        return (self._row(n) for n in range(len(self)))
