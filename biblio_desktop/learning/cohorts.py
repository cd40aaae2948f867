"""Cohorts: learners run together through one or more courses, released week by week.

A facilitator makes a cohort for a workshop or a term ("Valmiera, spring 2027"): a name,
a start date, its learners, its courses and a pace (learning/pacing.py). A learner is in
at most one cohort; moving them is one update of `cohort_members`, and since progress is
keyed by learner and course (never by cohort) it stays exactly as it was. A learner in no
cohort sees every course whole, as before cohorts existed.

`Cohorts` is what the Workspace hands out (`workspace.cohorts`); it returns frozen
dataclasses. Every change is one unit of work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from .. import clock
from ..errors import BiblioError
from ..packages.manifest import Manifest
from ..storage.db import unit_of_work
from ..storage.models import (
    CohortCourseRow,
    CohortMemberRow,
    CohortOpeningRow,
    CohortRow,
    ItemProgressRow,
    LearnerRow,
)
from . import pacing
from .pacing import PACES, ItemAccess, Pace, Today, Week, WeekView

MAX_NAME = 100


class CohortError(BiblioError):
    """A cohort request that cannot be done (unknown cohort, empty name, bad pace)."""


class ManifestSource(Protocol):
    def manifest(self, course_id: str) -> Manifest: ...


@dataclass(frozen=True)
class Cohort:
    id: int
    name: str
    start_date: date
    pace: Pace
    course_ids: tuple[str, ...]
    learner_ids: tuple[int, ...]
    created_at: datetime
    last_good_day: date | None
    # weeks opened early for everyone, and per learner id
    opened_weeks: tuple[int, ...] = ()
    learner_weeks: tuple[tuple[int, int], ...] = ()
    # on a joined PC, a cohort the workshop PC's facilitator runs (workshop/cohort_sync.py):
    # the workshop PC's installation id and name; None for this PC's own cohorts
    managed_by: str | None = None
    manager_name: str | None = None

    @property
    def managed(self) -> bool:
        """Read-only here: the workshop PC's facilitator changes it, and each delivery
        brings the change."""
        return self.managed_by is not None

    def early_weeks(self, learner_id: int | None) -> set[int]:
        weeks = set(self.opened_weeks)
        if learner_id is not None:
            weeks |= {w for lid, w in self.learner_weeks if lid == learner_id}
        return weeks


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise CohortError("A cohort needs a name.", "type a name, e.g. 'Valmiera, spring 2027'")
    if len(name) > MAX_NAME:
        raise CohortError(f"A cohort name is at most {MAX_NAME} characters.")
    return name


def _check_pace(pace: str) -> Pace:
    if pace not in PACES:
        raise CohortError(f"Unknown pace {pace!r}.", f"use one of {', '.join(PACES)}")
    return pace  # type: ignore[return-value]


class Cohorts:
    """The cohorts of this library, their pacing and the facilitator's early openings."""

    def __init__(self, sessions: sessionmaker[Session], source: ManifestSource) -> None:
        self._sessions = sessions
        self._source = source
        # manifests read by this instance: "today" and "next week to open" both walk every
        # course's weeks, and the dashboard asks both. An instance lives for one screen
        # refresh or command (workspace.cohorts hands out a new one each time), so a
        # course updated meanwhile is seen at the next.
        self._manifests: dict[str, Manifest] = {}

    # --- reading ------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, rows: Sequence[CohortRow]) -> list[Cohort]:
        ids = [r.id for r in rows]
        courses: dict[int, list[str]] = {}
        for cid, course_id in session.execute(
                select(CohortCourseRow.cohort_id, CohortCourseRow.course_id)
                .where(CohortCourseRow.cohort_id.in_(ids))
                .order_by(CohortCourseRow.position, CohortCourseRow.course_id)).tuples():
            courses.setdefault(cid, []).append(course_id)
        members: dict[int, list[int]] = {}
        for cid, lid in session.execute(
                select(CohortMemberRow.cohort_id, CohortMemberRow.learner_id)
                .join(LearnerRow, LearnerRow.id == CohortMemberRow.learner_id)
                .where(CohortMemberRow.cohort_id.in_(ids))
                .order_by(LearnerRow.name, LearnerRow.id)).tuples():
            members.setdefault(cid, []).append(lid)
        everyone: dict[int, set[int]] = {}
        per_learner: dict[int, set[tuple[int, int]]] = {}
        for cid, lid, week in session.execute(
                select(CohortOpeningRow.cohort_id, CohortOpeningRow.learner_id,
                       CohortOpeningRow.week).where(CohortOpeningRow.cohort_id.in_(ids))):
            if lid is None:
                everyone.setdefault(cid, set()).add(week)
            else:
                per_learner.setdefault(cid, set()).add((lid, week))
        return [Cohort(id=r.id, name=r.name, start_date=r.start_date,
                       pace=_check_pace(r.pace) if r.pace in PACES else "all",
                       course_ids=tuple(courses.get(r.id, ())),
                       learner_ids=tuple(members.get(r.id, ())), created_at=r.created_at,
                       last_good_day=r.last_good_day,
                       opened_weeks=tuple(sorted(everyone.get(r.id, ()))),
                       learner_weeks=tuple(sorted(per_learner.get(r.id, ()))),
                       managed_by=r.managed_by,
                       manager_name=(r.manager_name or r.managed_by) if r.managed_by else None)
                for r in rows]

    def list(self) -> list[Cohort]:
        """Every cohort, newest start date first."""
        with self._sessions() as session:
            rows = session.scalars(select(CohortRow).order_by(
                CohortRow.start_date.desc(), CohortRow.name)).all()
            return self._load(session, rows)

    def get(self, cohort_id: int) -> Cohort:
        with self._sessions() as session:
            row = session.get(CohortRow, cohort_id)
            if row is None:
                raise CohortError(f"There is no cohort {cohort_id}.")
            return self._load(session, [row])[0]

    def of_learner(self, learner_id: int) -> Cohort | None:
        """The cohort a learner is in, or None (then every course is open whole)."""
        with self._sessions() as session:
            cohort_id = session.scalar(select(CohortMemberRow.cohort_id).where(
                CohortMemberRow.learner_id == learner_id))
            if cohort_id is None:
                return None
            row = session.get(CohortRow, cohort_id)
            return self._load(session, [row])[0] if row else None

    # --- changing -----------------------------------------------------------------------

    def create(self, name: str, start_date: date, pace: str = "weekly", *,
               course_ids: Iterable[str] = (), learner_ids: Iterable[int] = ()) -> Cohort:
        """Make a cohort; learners already in another cohort move into it."""
        with unit_of_work(self._sessions) as session:
            now = clock.now()
            row = CohortRow(name=_clean_name(name), start_date=start_date,
                            pace=_check_pace(pace), created_at=now.replace(tzinfo=None),
                            # the facilitator's PC's date when the cohort was made is the
                            # first good date, unless it is impossible
                            last_good_day=None if clock.implausible(now)
                            else now.astimezone().date())
            session.add(row)
            session.flush()
            self._set_courses(session, row.id, course_ids)
            self._add_learners(session, row.id, learner_ids)
            cohort_id = row.id
        return self.get(cohort_id)

    def update(self, cohort_id: int, *, name: str | None = None,
               start_date: date | None = None, pace: str | None = None,
               course_ids: Iterable[str] | None = None) -> Cohort:
        with unit_of_work(self._sessions) as session:
            row = self._own_row(session, cohort_id)
            if name is not None:
                row.name = _clean_name(name)
            if start_date is not None:
                row.start_date = start_date
            if pace is not None:
                row.pace = _check_pace(pace)
            if course_ids is not None:
                session.execute(delete(CohortCourseRow).where(
                    CohortCourseRow.cohort_id == cohort_id))
                self._set_courses(session, cohort_id, course_ids)
        return self.get(cohort_id)

    def delete(self, cohort_id: int) -> None:
        """Remove a cohort; its learners keep all their progress and see courses whole."""
        with unit_of_work(self._sessions) as session:
            session.delete(self._own_row(session, cohort_id))

    def add_learners(self, cohort_id: int, learner_ids: Iterable[int]) -> Cohort:
        """Put learners into a cohort, moving them out of any other. Their progress stays
        (it belongs to the learner and course), and what they started stays open."""
        with unit_of_work(self._sessions) as session:
            self._own_row(session, cohort_id)
            self._add_learners(session, cohort_id, learner_ids)
        return self.get(cohort_id)

    def remove_learners(self, learner_ids: Iterable[int]) -> None:
        ids = list(learner_ids)
        with unit_of_work(self._sessions) as session:
            session.execute(delete(CohortMemberRow).where(CohortMemberRow.learner_id.in_(ids)))

    def open_week_early(self, cohort_id: int, week: int, learner_id: int | None = None
                        ) -> Cohort:
        """Open `week` (and every week before it) now, for the whole cohort or one learner."""
        with unit_of_work(self._sessions) as session:
            self._own_row(session, cohort_id)
            if week < 1:
                raise CohortError("Weeks are numbered from 1.")
            if learner_id is not None and session.scalar(select(CohortMemberRow.cohort_id).where(
                    CohortMemberRow.learner_id == learner_id)) != cohort_id:
                raise CohortError("That learner is not in this cohort.")
            session.add(CohortOpeningRow(cohort_id=cohort_id, learner_id=learner_id,
                                         week=week, opened_at=clock.utc_now()))
        return self.get(cohort_id)

    @staticmethod
    def _row(session: Session, cohort_id: int) -> CohortRow:
        row = session.get(CohortRow, cohort_id)
        if row is None:
            raise CohortError(f"There is no cohort {cohort_id}.")
        return row

    @classmethod
    def _own_row(cls, session: Session, cohort_id: int) -> CohortRow:
        """The row of a cohort this PC may change: a managed one is the workshop PC's
        (changed there; each delivery brings it here again, so a change here would
        silently vanish)."""
        row = cls._row(session, cohort_id)
        if row.managed_by is not None:
            raise CohortError(f"The cohort {row.name} is managed by the workshop PC "
                              f"{row.manager_name or row.managed_by}.",
                              "change it on that PC; this PC gets the change with its next "
                              "delivery")
        return row

    @staticmethod
    def _set_courses(session: Session, cohort_id: int, course_ids: Iterable[str]) -> None:
        for position, course_id in enumerate(dict.fromkeys(course_ids)):
            session.add(CohortCourseRow(cohort_id=cohort_id, course_id=course_id,
                                        position=position))

    @staticmethod
    def _add_learners(session: Session, cohort_id: int, learner_ids: Iterable[int]) -> None:
        now = clock.utc_now()
        for learner_id in dict.fromkeys(learner_ids):
            if session.get(LearnerRow, learner_id) is None:
                raise CohortError(f"There is no learner {learner_id}.")
            member = session.get(CohortMemberRow, learner_id)
            if member is None:
                session.add(CohortMemberRow(learner_id=learner_id, cohort_id=cohort_id,
                                            joined_at=now))
            elif member.cohort_id != cohort_id:
                member.cohort_id = cohort_id
                member.joined_at = now

    # --- pacing -------------------------------------------------------------------------

    def weeks(self, cohort: Cohort, course_id: str) -> tuple[Week, ...]:
        if course_id not in self._manifests:
            self._manifests[course_id] = self._source.manifest(course_id)
        return pacing.course_weeks(self._manifests[course_id], cohort.pace, cohort.start_date)

    def _last_week_opens(self, cohort: Cohort) -> date:
        days = [cohort.start_date]
        for course_id in cohort.course_ids:
            try:
                days.append(self.weeks(cohort, course_id)[-1].opens_on)
            except BiblioError:  # a course removed from the library since
                continue
        return max(days)

    def today(self, cohort: Cohort) -> Today:
        """The date this cohort is paced by now (pacing.pacing_today); a trusted reading
        later than the last good date is stored, once a day at most."""
        today = pacing.pacing_today(clock.now(), start=cohort.start_date,
                                    last_week_opens=self._last_week_opens(cohort),
                                    last_good=cohort.last_good_day)
        if today.trusted and (cohort.last_good_day is None or today.day > cohort.last_good_day):
            with unit_of_work(self._sessions) as session:
                row = session.get(CohortRow, cohort.id)
                if row is not None and (row.last_good_day is None
                                        or row.last_good_day < today.day):
                    row.last_good_day = today.day
        return today

    def access(self, learner_id: int, course_id: str) -> dict[str, ItemAccess] | None:
        """Which items of a course the learner may open now; None when no cohort paces
        this learner in this course (everything is open)."""
        cohort = self.of_learner(learner_id)
        if cohort is None or course_id not in cohort.course_ids or cohort.pace == "all":
            return None
        return self._access(cohort, learner_id, course_id, self.today(cohort))

    def _access(self, cohort: Cohort, learner_id: int, course_id: str, today: Today
                ) -> dict[str, ItemAccess]:
        with self._sessions() as session:
            started = session.scalars(select(ItemProgressRow.item_id).where(
                ItemProgressRow.learner_id == learner_id,
                ItemProgressRow.course_id == course_id)).all()
        return pacing.item_access(self._source.manifest(course_id),
                                  self.weeks(cohort, course_id), today.day,
                                  opened_weeks=cohort.early_weeks(learner_id),
                                  started_items=started)

    def this_week(self, learner_id: int, course_id: str) -> tuple[WeekView, Today] | None:
        """"This week" for the learner's library card and course outline, with the date
        used (its `warning` says when the clock was not trusted); None: not paced."""
        cohort = self.of_learner(learner_id)
        if cohort is None or course_id not in cohort.course_ids or cohort.pace == "all":
            return None
        today = self.today(cohort)
        access = self._access(cohort, learner_id, course_id, today)
        weeks = self.weeks(cohort, course_id)
        reached = pacing.reached_week(weeks, today.day, cohort.early_weeks(learner_id))
        return pacing.this_week(course_id, weeks, access, reached), today

    def next_week_to_open(self, cohort: Cohort, learner_id: int | None = None, *,
                          today: Today | None = None) -> int | None:
        """The week "open a week early" would open (for everyone or one learner), or None
        when every week of every course is already open. `today`: the caller's reading
        of `today(cohort)`, if it has one (the dashboard shows both)."""
        day = (today or self.today(cohort)).day
        reached = max(1, pacing.week_number(cohort.start_date, day),
                      *cohort.early_weeks(learner_id))
        last = 1
        for course_id in cohort.course_ids:
            try:
                last = max(last, len(self.weeks(cohort, course_id)))
            except BiblioError:
                continue
        return reached + 1 if reached < last and cohort.pace != "all" else None
