"""Cohorts across the room: a joined PC paced by the cohorts of the workshop PC.

The facilitator makes cohorts on the workshop PC and puts learners of joined PCs in them
(their hand-over copies, handover.py). For the weeks to lock and open where those
learners sit, each joined PC asks after every delivery (`Workspace.workshop.deliver`):

- **asking** (`refresh_cohorts`, joined PC): `POST /cohorts` with its learners' transfer
  uids (`{"learners": [uid, …]}`, at most `MAX_ASKED`), with its token;
- **answering** (`cohorts_answer`, workshop PC): the cohorts that hold any of those
  learners: id, name, start date, pace, course ids, the weeks opened early for everyone,
  and the members and per-learner early weeks restricted to the uids asked *and* handed
  over by that PC (its own learners: never another PC's, never anyone's name);
- **keeping** (`apply_answer`, joined PC): the answer replaces, in one unit of work, the
  **managed** cohorts this PC had from that workshop PC (`cohorts.managed_by`, migration
  0011). Rows are updated in place by the workshop PC's cohort id, so each keeps its last
  good date (the clock guard of learning/pacing.py). Members are mapped to this PC's
  learners by uid; a learner put into a managed cohort leaves any local one (a learner is
  in one cohort at a time). The ordinary pacing code then locks and opens weeks.

The answer is untrusted (the LAN is not): bounded, decoded by `load_untrusted_json`, and a
wrong type anywhere refuses all of it (nothing changes here). Values are clamped: course
ids not installed here, weeks outside 1…`MAX_WEEK`, uids not asked are dropped; a cohort
with an unknown pace or a start date outside 2000…2099 is left out. Failures are quiet
like the hand-over refresh: the delivery is not affected and the next one tries again.

Leaving the workshop (`release_managed`) turns the managed cohorts into this PC's own, so a
term's pacing does not vanish when the room's network goes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from .. import clock
from ..errors import BiblioError
from ..learning.pacing import PACES
from ..storage.db import unit_of_work
from ..storage.models import (
    CohortCourseRow,
    CohortMemberRow,
    CohortOpeningRow,
    CohortRow,
    CourseRow,
    LearnerRow,
)
from ..untrusted_json import load_untrusted_json
from . import protocol as P
from .transfer import canonical_uid, learner_uid

MAX_ASKED = 2000  # learners one PC asks about (the hand-over store keeps 2000)
MAX_COHORTS = 200
MAX_COURSES = 100
MAX_WEEK = 520  # ten years of weekly modules: anything beyond is not a week of a course
EARLIEST_START = date(2000, 1, 1)
LATEST_START = date(2099, 12, 31)
MAX_ANSWER = 2 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class CohortSyncError(BiblioError):
    """A cohorts request or answer that is refused."""


@dataclass(frozen=True)
class RemoteCohort:
    """One cohort of the workshop PC, checked and mapped to this PC's learner ids."""

    remote_id: int
    name: str
    start_date: date
    pace: str
    course_ids: tuple[str, ...]
    opened_weeks: tuple[int, ...]
    learner_ids: tuple[int, ...]
    learner_weeks: tuple[tuple[int, int], ...]


def _learner_uids(session: Session, installation: str) -> dict[str, int]:
    rows = session.scalars(select(LearnerRow).where(LearnerRow.role == "learner"))
    return {learner_uid(installation, r): r.id for r in rows}


# --- the workshop PC -----------------------------------------------------------------------

def read_question(body: bytes) -> set[str]:
    """The uids a joined PC asks about (`{"learners": [uid, …]}`)."""
    data = load_untrusted_json(body, "The cohorts request", limit=P.MAX_COHORTS_BODY, depth=4,
                               error=CohortSyncError, verdict="it was refused")
    asked = data.get("learners") if isinstance(data, dict) else None
    if not isinstance(asked, list) or len(asked) > MAX_ASKED:
        raise CohortSyncError(f"Send {{\"learners\": [uid, …]}} with at most {MAX_ASKED} "
                              "learners.")
    return {u for u in map(canonical_uid, asked) if u is not None}


def cohorts_answer(sessions: sessionmaker[Session], installation: str, asked: Iterable[str],
                   allowed: set[str]) -> dict[str, Any]:
    """The workshop PC's answer: its own cohorts holding any learner of `asked` ∩
    `allowed` (the uids the asking PC handed over), members and per-learner weeks
    restricted to those uids. Why no names: a joined PC must learn nothing about the
    other PCs' learners; the cohort's name, dates, pace and courses are the room's."""
    wanted = set(asked) & allowed
    out: list[dict[str, Any]] = []
    if not wanted:
        return {"cohorts": out}
    with sessions() as session:
        uid_of = {lid: uid for uid, lid in _learner_uids(session, installation).items()
                  if uid in wanted}
        members: dict[int, list[str]] = {}
        for cohort_id, learner_id in session.execute(select(
                CohortMemberRow.cohort_id, CohortMemberRow.learner_id).where(
                CohortMemberRow.learner_id.in_(list(uid_of)))).tuples():
            members.setdefault(cohort_id, []).append(uid_of[learner_id])
        rows = session.scalars(select(CohortRow).where(
            CohortRow.id.in_(list(members)), CohortRow.managed_by.is_(None))
            .order_by(CohortRow.id)).all()
        for row in rows:
            courses = session.scalars(select(CohortCourseRow.course_id).where(
                CohortCourseRow.cohort_id == row.id).order_by(
                CohortCourseRow.position, CohortCourseRow.course_id)).all()
            everyone: set[int] = set()
            per_learner: set[tuple[str, int]] = set()
            for learner_id, week in session.execute(select(
                    CohortOpeningRow.learner_id, CohortOpeningRow.week).where(
                    CohortOpeningRow.cohort_id == row.id)).tuples():
                if learner_id is None:
                    everyone.add(week)
                elif learner_id in uid_of:
                    per_learner.add((uid_of[learner_id], week))
            out.append({"id": row.id, "name": row.name,
                        "start_date": row.start_date.isoformat(), "pace": row.pace,
                        "course_ids": list(courses), "opened_weeks": sorted(everyone),
                        "members": sorted(members[row.id]),
                        "learner_weeks": [list(x) for x in sorted(per_learner)]})
    return {"cohorts": out}


# --- a joined PC ---------------------------------------------------------------------------

def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _list(value: object, limit: int) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise CohortSyncError("The workshop PC's cohorts cannot be read (a list is missing "
                              "or too long); nothing was changed.")
    return value


def parse_answer(raw: bytes, uids: dict[str, int], installed: set[str]
                 ) -> list[RemoteCohort]:
    """The workshop PC's answer, checked (see the module's docstring for what is refused
    and what is clamped) and mapped to this PC's learner ids through `uids`."""
    data = load_untrusted_json(raw, "The workshop PC's cohorts", limit=MAX_ANSWER, depth=8,
                               error=CohortSyncError, verdict="nothing was changed")
    if not isinstance(data, dict):
        raise CohortSyncError("The workshop PC's cohorts cannot be read; nothing was changed.")
    cohorts: list[RemoteCohort] = []
    seen: set[int] = set()
    for item in _list(data.get("cohorts"), MAX_COHORTS):
        if not isinstance(item, dict):
            raise CohortSyncError("The workshop PC's cohorts cannot be read; nothing was "
                                  "changed.")
        remote_id, name, start, pace = (_int(item.get("id")), item.get("name"),
                                        item.get("start_date"), item.get("pace"))
        if remote_id is None or not isinstance(name, str) or not isinstance(start, str) \
                or not isinstance(pace, str):
            raise CohortSyncError("A cohort of the workshop PC has no valid id, name, start "
                                  "date or pace; nothing was changed.")
        courses = _list(item.get("course_ids", []), MAX_COURSES)
        opened = _list(item.get("opened_weeks", []), MAX_WEEK)
        members = _list(item.get("members", []), MAX_ASKED)
        early = _list(item.get("learner_weeks", []), MAX_ASKED * 4)
        try:
            day = date.fromisoformat(start[:10])
        except ValueError:
            day = None
        if day is None or not EARLIEST_START <= day <= LATEST_START or pace not in PACES \
                or remote_id in seen or not 0 < remote_id < 2**31:
            continue  # left out: nothing sensible to pace by
        seen.add(remote_id)
        clean = " ".join(_CONTROL.sub("", name).split())[:100] or f"Cohort {remote_id}"
        learner_weeks = []
        for pair in early:
            if isinstance(pair, list) and len(pair) == 2 and _int(pair[1]) is not None \
                    and 1 <= pair[1] <= MAX_WEEK and canonical_uid(pair[0]) in uids:
                learner_weeks.append((uids[str(canonical_uid(pair[0]))], int(pair[1])))
        cohorts.append(RemoteCohort(
            remote_id, clean, day, pace,
            tuple(dict.fromkeys(c for c in courses if isinstance(c, str) and c in installed)),
            tuple(sorted({w for w in opened if _int(w) is not None and 1 <= w <= MAX_WEEK})),
            tuple(dict.fromkeys(uids[u] for u in map(canonical_uid, members) if u in uids)),
            tuple(sorted(set(learner_weeks)))))
    return cohorts


def apply_answer(sessions: sessionmaker[Session], manager: str, manager_name: str,
                 cohorts: list[RemoteCohort]) -> None:
    """Replace the cohorts managed by the workshop PC `manager` with `cohorts`, in one unit
    of work (rules in the module's docstring). Cohorts of another workshop PC (this PC
    joined elsewhere since) become this PC's own."""
    now = clock.now()
    first_good = None if clock.implausible(now) else now.astimezone().date()
    with unit_of_work(sessions) as session:
        session.execute(update(CohortRow).where(
            CohortRow.managed_by.is_not(None), CohortRow.managed_by != manager).values(
            managed_by=None, manager_name=None, remote_id=None))
        existing = {r.remote_id: r for r in session.scalars(select(CohortRow).where(
            CohortRow.managed_by == manager))}
        wanted: set[tuple[int, int]] = set()  # (learner id, cohort id)
        kept: set[int] = set()
        for cohort in cohorts:
            row = existing.get(cohort.remote_id)
            if row is None:
                row = CohortRow(created_at=now.replace(tzinfo=None), last_good_day=first_good,
                                managed_by=manager, remote_id=cohort.remote_id)
                session.add(row)
            row.name, row.start_date, row.pace = cohort.name, cohort.start_date, cohort.pace
            row.manager_name = manager_name[:100]
            session.flush()
            kept.add(row.id)
            stamp = clock.utc_now()
            # written only when they changed: the same answer comes every 30 seconds
            courses = session.scalars(select(CohortCourseRow.course_id).where(
                CohortCourseRow.cohort_id == row.id).order_by(CohortCourseRow.position)).all()
            if tuple(courses) != cohort.course_ids:
                session.execute(delete(CohortCourseRow).where(
                    CohortCourseRow.cohort_id == row.id))
                for position, course_id in enumerate(cohort.course_ids):
                    session.add(CohortCourseRow(cohort_id=row.id, course_id=course_id,
                                                position=position))
            openings = {(lid, week) for lid, week in session.execute(select(
                CohortOpeningRow.learner_id, CohortOpeningRow.week).where(
                CohortOpeningRow.cohort_id == row.id)).tuples()}
            wanted_openings = {(None, w) for w in cohort.opened_weeks} | set(
                cohort.learner_weeks)
            if openings != wanted_openings:
                session.execute(delete(CohortOpeningRow).where(
                    CohortOpeningRow.cohort_id == row.id))
                for learner_id, week in sorted(wanted_openings, key=lambda x: (x[0] or 0,
                                                                               x[1])):
                    session.add(CohortOpeningRow(cohort_id=row.id, learner_id=learner_id,
                                                 week=week, opened_at=stamp))
            for learner_id in cohort.learner_ids:
                member = session.get(CohortMemberRow, learner_id)
                if member is None:
                    session.add(CohortMemberRow(learner_id=learner_id, cohort_id=row.id,
                                                joined_at=stamp))
                elif member.cohort_id != row.id:
                    member.cohort_id, member.joined_at = row.id, stamp
                wanted.add((learner_id, row.id))
            session.flush()
        for row in existing.values():
            if row.id not in kept:
                session.delete(row)  # its members and openings go with it (cascade)
        session.flush()
        # members the workshop PC no longer names leave its cohorts (and see courses whole)
        for member in session.scalars(select(CohortMemberRow).where(
                CohortMemberRow.cohort_id.in_(list(kept)))).all():
            if (member.learner_id, member.cohort_id) not in wanted:
                session.delete(member)


def release_managed(sessions: sessionmaker[Session]) -> int:
    """Turn every managed cohort into one of this PC's own (leaving the workshop); the
    number released. Members, weeks opened early and the last good date stay."""
    with unit_of_work(sessions) as session:
        result = session.execute(update(CohortRow).where(CohortRow.managed_by.is_not(None))
                                 .values(managed_by=None, manager_name=None, remote_id=None))
        return int(getattr(result, "rowcount", 0) or 0)


def refresh_cohorts(workspace: Any) -> int:
    """Ask the joined workshop PC for its cohorts of this PC's learners and keep them as
    managed cohorts (one unit of work); the number kept. Raises BiblioError (not joined,
    unreachable, refused, unreadable): the caller stays quiet and tries next time."""
    from ..sync.outbox import installation_uri
    from .handover import _call, _peer

    peer = _peer(workspace)
    with unit_of_work(workspace.sessions) as session:
        uids = _learner_uids(session, installation_uri(session))
        installed = set(session.scalars(select(CourseRow.id)))
    asked = sorted(uids)[:MAX_ASKED]
    raw = _call(peer, P.COHORTS_PATH, limit=MAX_ANSWER,
                body=json.dumps({"learners": asked}).encode("utf-8"))
    cohorts = parse_answer(raw, {u: uids[u] for u in asked}, installed)
    apply_answer(workspace.sessions, peer.installation or peer.base_url, peer.name, cohorts)
    return len(cohorts)
