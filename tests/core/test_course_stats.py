"""The learner_course_stats summary: kept by the tracker in the same transaction as each
write, rebuilt in bulk, and filled by migrations 0004 (and 0010: first scores) for upgraded
databases."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from biblio_desktop.errors import BiblioError
from biblio_desktop.learning.course_stats import rebuild_all_stats, refresh_stats
from biblio_desktop.learning.events import LearningEvent, QuizSubmitted
from biblio_desktop.learning.tracker import LearnerProgress
from biblio_desktop.storage import db
from biblio_desktop.storage.models import (
    ItemProgressRow,
    LearnerCourseStatsRow,
    LearnerRow,
    QuizAttemptRow,
)
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import FakeClock, add_learner_row, workspace_with_course
from .quiz_answers import right_answer, wrong_answer


def _stats(session: Session) -> dict[tuple[int, str], tuple[object, ...]]:
    return {(r.learner_id, r.course_id): (r.seconds_spent, r.last_activity,
                                          json.loads(r.done_item_ids), json.loads(r.quiz_best),
                                          json.loads(r.quiz_first))
            for r in session.scalars(select(LearnerCourseStatsRow))}


def _stored_and_fresh(ws: Workspace) -> tuple[dict, dict]:
    with ws.sessions() as session:
        stored = _stats(session)
        rebuild_all_stats(session)
        fresh = _stats(session)
        session.rollback()
    return stored, fresh


def _attempt(ws: Workspace, progress: LearnerProgress, good: bool, submit: bool = True) -> int:
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    view = progress.current_attempt(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        q = quiz.question(qid)
        progress.save_answer(view.attempt_id, qid, right_answer(q) if good else wrong_answer(q))
    if submit:
        progress.submit_attempt(view.attempt_id)
    return view.attempt_id


def test_every_tracker_write_keeps_the_summary_exact(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    clock = FakeClock()
    lid = add_learner_row(ws, "Anna")
    progress = LearnerProgress(ws.sessions, lid, ws, clock=clock, monotonic=clock.monotonic)
    key = (lid, COURSE_ID)
    steps = [
        lambda: progress.open_item(COURSE_ID, "m1-welcome"),
        lambda: progress.record_focus(COURSE_ID, "m1-welcome", 30),
        lambda: progress.save_position(COURSE_ID, "m1-tour", slide=1),  # creates a row
        lambda: progress.report_scroll(COURSE_ID, "m1-welcome", 0.99),
        lambda: progress.report_slide(COURSE_ID, "m1-tour", 0, 2),
        lambda: progress.report_slide(COURSE_ID, "m1-tour", 1, 2),
        lambda: progress.report_video(COURSE_ID, "m2-video", 0, 9.5, 10),
        lambda: _attempt(ws, progress, good=False),
        lambda: _attempt(ws, progress, good=True, submit=False),  # open: no score yet
        lambda: progress.record_focus(COURSE_ID, "m2-quiz", 45),
    ]
    for step in steps:
        clock.advance(40)
        step()
        stored, fresh = _stored_and_fresh(ws)
        assert stored == fresh
    seconds, last, done, best, first = stored[key]
    assert seconds == 75 and last is not None
    assert done == ["m1-tour", "m1-welcome", "m2-video"]
    assert best == first == {"m2-quiz": 0.0}
    view = progress.last_attempt(COURSE_ID, "m2-quiz", "en")
    assert view is not None
    clock.advance(40)
    progress.submit_attempt(view.attempt_id)  # passes: the quiz item and the course
    stored, fresh = _stored_and_fresh(ws)
    assert stored == fresh
    assert stored[key][2] == ["m1-tour", "m1-welcome", "m2-quiz", "m2-video"]
    assert stored[key][3] == {"m2-quiz": 1.0}
    assert stored[key][4] == {"m2-quiz": 0.0}  # the first attempt's score stays the first
    assert progress.completion(COURSE_ID) is not None
    ws.close()


def test_a_failed_write_rolls_the_summary_back_with_it(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    lid = add_learner_row(ws, "Anna")

    def broken(_session: Session, event: LearningEvent) -> None:
        if isinstance(event, QuizSubmitted):
            raise BiblioError("listener failed")

    progress = LearnerProgress(ws.sessions, lid, ws, listeners=(broken,))
    progress.mark_done(COURSE_ID, "m1-welcome")
    attempt_id = _attempt(ws, progress, good=True, submit=False)
    with ws.sessions() as session:
        before = _stats(session)
    with pytest.raises(BiblioError):
        progress.submit_attempt(attempt_id)  # would have passed the quiz
    with ws.sessions() as session:
        assert _stats(session) == before
        assert before[(lid, COURSE_ID)][2:] == (["m1-welcome"], {}, {})
        assert session.get(QuizAttemptRow, attempt_id).submitted_at is None
    stored, fresh = _stored_and_fresh(ws)
    assert stored == fresh
    ws.close()


def test_focus_without_credit_does_not_touch_the_summary(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    clock = FakeClock()
    lid = add_learner_row(ws, "Anna")
    progress = LearnerProgress(ws.sessions, lid, ws, clock=clock, monotonic=clock.monotonic)
    progress.record_focus(COURSE_ID, "m1-welcome", 20)
    with ws.sessions() as session:
        stamp = session.get(LearnerCourseStatsRow, (lid, COURSE_ID)).updated_at
    clock.advance(30)
    assert progress.record_focus(COURSE_ID, "m1-welcome", 0) == 0
    with ws.sessions() as session:
        assert session.get(LearnerCourseStatsRow, (lid, COURSE_ID)).updated_at == stamp
    ws.close()


def test_refresh_and_rebuild(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    anna, bruno = add_learner_row(ws, "Anna"), add_learner_row(ws, "Bruno")
    ws.progress_of(anna).mark_done(COURSE_ID, "m1-welcome")
    with ws.sessions() as session, session.begin():
        # a row for a pair with no progress at all is the empty summary
        refresh_stats(session, bruno, COURSE_ID, datetime(2026, 1, 1))
        assert _stats(session)[(bruno, COURSE_ID)] == (0, None, [], {}, {})
        session.add(ItemProgressRow(learner_id=bruno, course_id="some.other.course",
                                    item_id="x", first_opened_at=datetime(2026, 1, 1),
                                    last_opened_at=datetime(2026, 1, 2), seconds_spent=7,
                                    completed_at=datetime(2026, 1, 2)))
    with ws.sessions() as session, session.begin():
        # written behind the tracker's back: only a rebuild knows; it also drops the
        # empty row of a pair with no progress
        assert rebuild_all_stats(session) == 2
        stats = _stats(session)
    assert stats[(bruno, "some.other.course")] == (7, datetime(2026, 1, 2), ["x"], {}, {})
    assert (bruno, COURSE_ID) not in stats and stats[(anna, COURSE_ID)][2] == ["m1-welcome"]
    ws.close()


def test_deleting_a_learner_cascades_to_the_summary(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    lid = add_learner_row(ws, "Anna")
    ws.progress_of(lid).mark_done(COURSE_ID, "m1-welcome")
    with ws.sessions() as session, session.begin():
        session.delete(session.get(LearnerRow, lid))
    with ws.sessions() as session:
        assert _stats(session) == {}
    ws.close()


def test_migration_0004_fills_the_summary_from_existing_progress(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "library.sqlite3")
    db.upgrade(engine, "0003")
    t = datetime(2026, 3, 2, 9, 0, 0)
    with engine.begin() as conn:
        conn.execute(insert(LearnerRow), [
            {"id": i, "name": n, "role": "learner", "failed_attempts": 0, "created_at": t}
            for i, n in ((1, "Anna"), (2, "Bruno"), (3, "Ilze"))])
        progress = [
            (1, "c.one", "lesson", 30, t.replace(hour=10), t),
            (1, "c.one", "slides", 15, t.replace(hour=11, microsecond=250), None),
            (1, "c.one", "quiz", 0, t.replace(hour=9), t),
            (1, "c.two", "lesson", 5, t, None),
            (2, "c.one", "lesson", 0, t, t),
        ]
        conn.execute(insert(ItemProgressRow), [
            {"learner_id": lid, "course_id": cid, "item_id": item, "seconds_spent": secs,
             "first_opened_at": t, "last_opened_at": last, "completed_at": done}
            for lid, cid, item, secs, last, done in progress])
        attempts = [  # learner, course, item, number, submitted, score, passed
            (1, "c.one", "quiz", 1, t, 0.25, False),
            (1, "c.one", "quiz", 2, t, 0.75, True),
            (1, "c.one", "quiz", 3, None, None, None),  # open
            (2, "c.one", "quiz", 1, None, None, None),  # open only: no score
            (3, "c.two", "final", 1, t, 0.5, False),  # attempts, no item_progress row
            (3, "c.two", "final", 2, t, 0.9, True),
        ]
        conn.execute(insert(QuizAttemptRow), [
            {"learner_id": lid, "course_id": cid, "item_id": item, "course_version": "1.0.0",
             "language": "en", "attempt_no": no, "seed": f"{lid}:{cid}:{item}:{no}",
             "started_at": t, "submitted_at": sub, "score": score, "passed": ok}
            for lid, cid, item, no, sub, score, ok in attempts])
    db.upgrade(engine, "0004")
    assert db.current_revision(engine) == "0004"
    db.upgrade(engine)  # 0010 adds the first scores, filled from the same attempts
    sessions = db.make_session_factory(engine)
    with sessions() as session:
        migrated = _stats(session)
        rebuild_all_stats(session)
        assert _stats(session) == migrated
        session.rollback()
    assert migrated == {  # first scores: attempt 1's, the open attempt has none
        (1, "c.one"): (45, t.replace(hour=11, microsecond=250), ["lesson", "quiz"],
                       {"quiz": 0.75}, {"quiz": 0.25}),
        (1, "c.two"): (5, t, [], {}, {}),
        (2, "c.one"): (0, t, ["lesson"], {}, {}),
        (3, "c.two"): (0, None, ["final"], {"final": 0.9}, {"final": 0.5}),
    }
    engine.dispose()
