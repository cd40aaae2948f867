"""The facilitator overview agrees with each learner's own progress page."""

from __future__ import annotations

from pathlib import Path

from biblio_desktop.learning.overview import facilitator_overview
from biblio_desktop.learning.tracker import LearnerProgress

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course
from .quiz_answers import right_answer, wrong_answer


def test_overview_matches_learner_pages(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    ids = {name: add_learner_row(ws, name) for name in ("Zane", "Anna", "Bruno")}
    anna = LearnerProgress(ws.sessions, ids["Anna"], ws)
    anna.mark_done(COURSE_ID, "m1-welcome")
    anna.mark_done(COURSE_ID, "m1-tour")  # optional: does not count
    anna.record_focus(COURSE_ID, "m1-welcome", 40)
    zane = LearnerProgress(ws.sessions, ids["Zane"], ws)
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    view = zane.current_attempt(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        zane.save_answer(view.attempt_id, qid, wrong_answer(quiz.question(qid)))
    zane.submit_attempt(view.attempt_id)
    view = zane.current_attempt(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        zane.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
    zane.submit_attempt(view.attempt_id)
    zane.mark_done(COURSE_ID, "m1-welcome")
    zane.report_video(COURSE_ID, "m2-video", 0, 10, 10)

    with ws.sessions() as session:
        rows = facilitator_overview(session)
    assert [r.learner_name for r in rows] == ["Anna", "Bruno", "Zane"]
    by_name = {r.learner_name: r for r in rows}
    assert by_name["Anna"].required_items == 3
    assert by_name["Anna"].done_items == 1 and by_name["Anna"].seconds_spent == 40
    assert by_name["Bruno"].done_items == 0 and by_name["Bruno"].last_activity is None
    assert by_name["Zane"].completed_at is not None and by_name["Zane"].fraction == 1.0
    assert by_name["Zane"].quiz_scores == {"m2-quiz": 1.0}
    for name, learner_id in ids.items():
        page = ws.course_progress(LearnerProgress(ws.sessions, learner_id, ws), COURSE_ID)
        assert abs(page.fraction - by_name[name].fraction) < 1e-9, name
    with ws.sessions() as session:
        only = facilitator_overview(session, learner_id=ids["Anna"])
    assert [(r.learner_name, r.done_items) for r in only] == [("Anna", 1)]
    ws.close()
